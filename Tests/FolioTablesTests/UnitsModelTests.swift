import FolioModel
@testable import FolioTables
import Testing

/// The units model (`Sources/FolioModel/Units.swift`): where a table's units come from, and
/// which exemption gives a cell another scale. Each input is written for its rule.
@Suite struct UnitsModelTests {
    func table(_ s: String, _ k: Int = 0) throws -> Table {
        let tables = try processed(text: s).tables
        try #require(tables.count > k, "expected at least \(k + 1) tables, got \(tables.count)")
        return tables[k]
    }

    func cell(_ t: Table, _ label: String, col: Int = 0) -> Cell? {
        t.cells.first { $0.rowLabel == label && $0.col == col }
    }

    // MARK: phrases

    @Test("caption lines: parenthesised notes and leading units phrases; footnotes and sentences are not")
    func captionLines() {
        #expect(UnitsParser.isCaptionLine("(millions of dollars, unless noted)"))
        #expect(UnitsParser.isCaptionLine("(In millions, except per share data)"))
        #expect(UnitsParser.isCaptionLine("($ in thousands, except per share amounts)"))
        #expect(UnitsParser.isCaptionLine("Dollars in millions"))
        #expect(!UnitsParser.isCaptionLine("(1) Includes $14.1 billion of deferred revenue"))
        #expect(!UnitsParser.isCaptionLine("In millions of dollars."))
        #expect(!UnitsParser.isCaptionLine("(Revenue rose. In thousands of cases)"))
    }

    @Test("scale notes where units are expected: looser than a caption line of running text")
    func scaleNotes() {
        #expect(UnitsParser.isScaleNote("Total (in millions)"))
        #expect(UnitsParser.isScaleNote("U.S. $ in millions"))
        #expect(UnitsParser.isScaleNote("(000s)"))
        #expect(!UnitsParser.isCaptionLine("Total (in millions)"), "a line of text that only ends in a scale is prose")
        #expect(!UnitsParser.isCaptionLine("U.S. $ in millions"))
        #expect(!UnitsParser.isScaleNote("(Unaudited)"), "no scale stated")
        #expect(!UnitsParser.isScaleNote("Revenue of $5 million"), "a scale word after a figure states no scale")
        #expect(!UnitsParser.isScaleNote("(in millions) " + String(repeating: "x", count: 400)))
    }

    @Test("a scale word after a figure is an amount, not a statement of scale")
    func figureScaleWords() {
        #expect(UnitsParser.parse("(1) Includes $14.1 billion of deferred revenue").scale == nil)
        #expect(UnitsParser.parse("5 million shares were repurchased").scale == nil)
        #expect(UnitsParser.parse("(in millions; revenue of $14.1 billion)").scale == 1_000_000)
        #expect(UnitsParser.parse("US$ million").scale == 1_000_000)
        #expect(UnitsParser.isFigureNote("(1) Includes $14.1 billion"))
        #expect(UnitsParser.isFigureNote("(a) Excludes restructuring"))
        #expect(!UnitsParser.isFigureNote("(In millions)"))
        #expect(!UnitsParser.isStatement("(2) $3.2 billion was paid in 2024"))
    }

    @Test("header-cell notes: a cell that is only a units note states a scale")
    func cellNotes() {
        #expect(UnitsParser.isCellNote("(millions of dollars, unless noted)"))
        #expect(UnitsParser.isCellNote("(in 000s)"))
        #expect(UnitsParser.isCellNote("(Dollars in thousands, except per share data)"))
        #expect(!UnitsParser.isCellNote("(Unaudited)"))
        #expect(!UnitsParser.isCellNote("(1) $4.2 billion"))
    }

    @Test("a lead-in sentence of any length ending in its units note")
    func leadInNote() throws {
        let long = String(repeating: "The following table presents revenue by segment and geography, ", count: 8)
            + "which management uses to allocate resources (in millions, except per share data):"
        let note = try #require(UnitsParser.trailingNote(long))
        #expect(note.note == "(in millions, except per share data)")
        #expect(UnitsParser.parse(note.note).scale == 1_000_000)
        #expect(UnitsParser.trailingNote("Revenue grew to $14.1 billion (up 12%):") == nil)
        #expect(UnitsParser.trailingNote("Fiscal 2024 revenue was $14.1 billion.") == nil)
    }

    // MARK: sources

    @Test("a caption line above the table is the source; a footnote mentioning billions between them is not")
    func captionOverFootnote() throws {
        let t = try table("""
            (In millions)

            (1) Includes $14.1 billion of revenue recognized over time

            \t2024\t2023
            Revenue\t1,200\t1,100
            Cost of revenue\t700\t650

            """)
        #expect(t.units.scale == 1_000_000)
        #expect(t.units.source?.kind == .caption)
        #expect(t.units.source?.text == "(In millions)")
        #expect(cell(t, "Revenue")?.scale == 1_000_000)
        #expect(cell(t, "Revenue")?.scaleReason == nil)
    }

    @Test("a long lead-in sentence ending in (in millions): gives the table its scale, with its span")
    func leadInSource() throws {
        let lead = String(repeating: "The table below shows the changes in the carrying amount of goodwill by reportable segment, ", count: 4)
            + "including acquisitions and foreign currency translation (in millions):"
        let text = lead + "\n\n\tNorth America\tInternational\nBalance at start\t4,100\t2,300\nAcquisitions\t120\t80\n"
        let t = try table(text)
        #expect(t.units.scale == 1_000_000)
        let src = try #require(t.units.source)
        #expect(src.kind == .leadIn)
        #expect(src.text == "(in millions)")
        let span = try #require(src.span)
        #expect(String(decoding: Array(text.utf8)[span.range], as: UTF8.self) == "(in millions)")
    }

    @Test("a running units header of a notes section applies to tables below it that state no scale, however far")
    func runningHeader() throws {
        let page = """
            NOTES TO CONSOLIDATED FINANCIAL STATEMENTS
            (Tabular amounts in millions, except per share data)

            Note 5. Property and equipment

            Property and equipment consisted of the following at the dates shown.

            Depreciation is computed on the straight-line method over the useful lives.

            Land is not depreciated.

            Buildings are depreciated over forty years.

            Equipment is depreciated over three to seven years.

            \t2024\t2023
            Land\t300\t290
            Buildings\t1,500\t1,400

            """
        let t = try table(page)
        #expect(t.units.scale == 1_000_000)
        #expect(t.units.source?.kind == .runningHeader)
        // Printed right above a table, the same line is still read as the running header.
        let near = try table("(Tabular amounts in millions)\n\n\t2024\t2023\nLand\t300\t290\nBuildings\t1,500\t1,400\n")
        #expect(near.units.source?.kind == .runningHeader)
        #expect(near.units.scale == 1_000_000)
        #expect(t.units.source?.text == "(Tabular amounts in millions, except per share data)")
        #expect(cell(t, "Land")?.scale == 1_000_000)
    }

    @Test("the second of two tables under one caption gets the caption's units")
    func secondTableUnderCaption() throws {
        let text = """
            Segment results (in millions)

            \tRevenue\tMargin
            Americas\t$5,000\t$1,200
            Europe\t$3,000\t$700

            Corporate items are not allocated.

            \tRevenue\tMargin
            Asia\t$2,000\t$400
            Other\t$500\t$90

            """
        let second = try table(text, 1)
        #expect(second.units.scale == 1_000_000)
        #expect(second.units.source?.text == "Segment results (in millions)" || second.units.source?.text == "(in millions)")
    }

    @Test("no units statement: the source is the default")
    func defaultSource() throws {
        let t = try table("\t2024\t2023\nEmployees\t1,200\t1,100\nStores\t300\t290\n")
        #expect(t.units.scale == nil)
        #expect(t.units.source?.kind == .default)
    }

    // MARK: exemptions

    @Test("per-share rows and percentages keep scale 1 and say why; money rows take the caption's")
    func exemptions() throws {
        let t = try table("""
            (In millions, except per share data)

            \t2024\t2023
            Net income\t$1,500\t$1,300
            Gross margin\t41.2%\t40.8%
            Earnings per share:
            Basic\t$2.10\t$1.85
            Diluted\t$2.05\t$1.80

            """)
        #expect(cell(t, "Net income")?.scale == 1_000_000)
        #expect(cell(t, "Net income")?.scaleReason == nil)
        #expect(cell(t, "Gross margin")?.scale == 1)
        #expect(cell(t, "Gross margin")?.scaleReason == .percent)
        #expect(cell(t, "Basic")?.scale == 1)
        #expect(cell(t, "Basic")?.scaleReason == .perShare)
    }

    @Test("share counts under a caption that excepts them are unscaled, with reason shares")
    func sharesExempt() throws {
        let t = try table("""
            (In thousands, except share and per share data)

            \t2024\t2023
            Revenue\t$9,000\t$8,000
            Weighted-average shares outstanding\t52,000,000\t51,000,000

            """)
        #expect(cell(t, "Revenue")?.scale == 1000)
        let shares = try #require(cell(t, "Weighted-average shares outstanding"))
        #expect(shares.scale == 1)
        #expect(shares.scaleReason == .shares)
    }

    @Test("a column printing % on its first figure only is a percent column; its money neighbour keeps the scale")
    func percentColumnMarkedOnce() throws {
        let t = try table("""
            (In millions)

            \tNet sales\t% of net sales
            Appliances\t$14,046\t8.8%
            Bath\t6,485\t4.1
            Building Materials\t12,423\t7.8
            Net sales\t$159,514\t100.0%

            """)
        #expect(cell(t, "Bath", col: 1)?.unit == "percent")
        #expect(cell(t, "Bath", col: 1)?.scale == 1)
        #expect(cell(t, "Bath", col: 1)?.scaleReason == .percent)
        #expect(cell(t, "Bath", col: 0)?.scale == 1_000_000)
        // A money row under a percent row is not a percentage.
        let m = try table("(In millions)\n\n\t2024\t2023\nGross margin\t41.2%\t40.8%\nRevenue\t1,200\t1,100\n")
        #expect(cell(m, "Revenue")?.unit != "percent")
        #expect(cell(m, "Revenue")?.scale == 1_000_000)
    }

    @Test("units in a header row's label cell: `in millions` over the labels, years over the figures")
    func headerLabelUnits() throws {
        let t = try table("""
            CONSOLIDATED STATEMENTS OF EARNINGS

            \tFiscal\tFiscal
            in millions\t2024\t2023
            Net sales\t$159,514\t$152,669
            Cost of sales\t104,625\t101,709

            """)
        #expect(t.units.scale == 1_000_000)
        #expect(t.units.source?.kind == .headerCell)
        #expect(t.units.source?.text == "in millions")
        #expect(cell(t, "Net sales")?.scale == 1_000_000)
        #expect(cell(t, "Net sales")?.columnPath == ["Fiscal", "2024"])
        #expect(UnitsParser.isUnitsPhrase("Millions, except per share amounts"))
        #expect(UnitsParser.isUnitsPhrase("Amounts in millions of dollars except per share amounts or as otherwise specified."))
        #expect(!UnitsParser.isUnitsPhrase("Revenue ton-miles (billions)"))
        #expect(!UnitsParser.isUnitsPhrase("in 2024 revenue was $5 million"))
    }

    @Test("a statement continued under its own header takes the units its first part read from a header cell")
    func continuedPartKeepsHeaderUnits() throws {
        let doc = try processed(text: """
            STATEMENTS OF SHAREHOLDERS' EQUITY

            \tThree Months Ended March 31, 2025\t\t
            Dollars in millions; shares in thousands\tCommon Stock\tRetained Earnings
            \tShares\tAmount
            Balance at start\t2,344,852\t$127,544
            Net earnings\t\t3,769
            \tShares\tAmount
            Balance at start\t2,351,000\t$125,100
            Net earnings\t\t3,100

            """)
        let tables = doc.tables
        try #require(tables.count >= 1)
        for t in tables {
            #expect(t.units.scale == 1_000_000, "table \(t.id)")
            #expect(t.units.source?.kind == .headerCell)
        }
        let earnings = tables.flatMap(\.cells).filter { $0.rowLabel == "Net earnings" && $0.value != nil }
        #expect(!earnings.isEmpty && earnings.allSatisfy { $0.scale == 1_000_000 })
    }

    @Test("a general units statement removed as a page footer covers the tables of its page only")
    func furnitureFooterPages() {
        let statement = "Amounts in millions of dollars except per share amounts or as otherwise specified."
        let removals = [
            Removal(kind: "running_header", text: "The Company 1", sourceSpan: Span(start: 100, end: 113)),
            Removal(kind: "running_footer", text: statement, sourceSpan: Span(start: 900, end: 983)),
            Removal(kind: "running_header", text: "2 The Company", sourceSpan: Span(start: 1000, end: 1013)),
            Removal(kind: "running_footer", text: "See accompanying notes.", sourceSpan: Span(start: 1900, end: 1923)),
        ]
        let pages = TablesStage.furnitureUnitsPages(removals)
        #expect(pages.count == 1)
        #expect(pages.first.map { ($0.pageStart, $0.pageEnd) } ?? (0, 0) == (113, 900))
        #expect(UnitsParser.isGeneralStatement(statement))
        #expect(!UnitsParser.isGeneralStatement("(In millions)"))
        #expect(UnitsParser.isGeneralStatement("(Tabular amounts in millions, except per share data)"))
    }

    @Test("the cheap first test of a general units statement folds ASCII case and reads bytes in place")
    func generalStatementFirstTest() {
        func may(_ s: String) -> Bool { Array(s.utf8).withUnsafeBufferPointer { UnitsParser.mayBeGeneralStatement($0) } }
        #expect(may("(TABULAR AMOUNTS IN MILLIONS)"))
        #expect(may("(In millions, unless Otherwise noted)"))
        #expect(!may("(In millions, except per share data)"))
        #expect(!may("tabula rasa"))
    }
}
