import FolioModel
@testable import FolioTables
import Testing

/// Row labels and units of tables in text a PDF converter wrote (fixed-width and Markdown).
@Suite struct MarkdownLeadingBreakTests {
    func cells(_ line: String) -> [String?] {
        let text = Array(line.utf8)
        return GridReader.pipeRows(text, [Span(start: 0, end: text.count)]).first?.cells.map { $0?.text } ?? []
    }

    @Test func aCellOpeningWithALineBreakReadsFromItsText() {
        #expect(cells("||**2024**|<br>**2023**|<br>2022|") == [nil, "2024", "2023", "2022"])
        #expect(cells("|Client incentives<br>|13,764|") == ["Client incentives", "13,764"])
        #expect(cells("|<br><br>Net income|<br>1,200|") == ["Net income", "1,200"])
    }

    @Test func yearsDroppedToTheNextLineStayAHeaderAndTheUnitsRowUnderThemCounts() throws {
        let tables = try processed(text: """
            #### **CONSOLIDATED STATEMENTS OF CASH FLOWS**

            ||**For the Years Ended September 30,**|||
            |---|---|---|---|
            ||**2024**|<br>**2023**|<br>**2022**|
            |||**(in millions)**||
            |Net income|$ 19,743|$ 17,273|$ 14,957|
            |Share-based compensation|850|765|602|
            |Depreciation and amortization|1,034|943|861|

            """).tables
        let t = try #require(tables.first)
        #expect(t.units.scale == 1_000_000)
        let net = t.cells.first { $0.rowLabel == "Net income" && $0.col == 0 }
        #expect(net?.scale == 1_000_000)
        #expect(!t.cells.contains { $0.raw.contains("2023") })
    }
}

/// Units and title read from the lines a fixed-width region left above it.
@Suite struct LookbackHeaderLineTests {
    func context(_ s: String, before marker: String) throws -> TableContext {
        let text = Array(s.utf8)
        let at = try #require(s.utf8.firstRange(of: marker.utf8)).lowerBound
        return Lookback.context(text, before: s.utf8.distance(from: s.utf8.startIndex, to: at)).context
    }

    @Test func aUnitsNoteInTheLabelColumnOfAHeaderLineAboveTheRegion() throws {
        let s = """
            The following table lists the categories of property (in years):

            Millions, except estimated useful life                 Accumulated       Net book      Estimated
            As of June 30, 2025                            Cost    depreciation         value    useful life
            Land                                     $    5,450             N/A   $     5,450            N/A
            Rail                                         19,515           7,797        11,718             45

            """
        let c = try context(s, before: "Land")
        #expect(c.units.scale == 1_000_000)
        #expect(c.units.source?.text == "Millions, except estimated useful life")
        // The units line is no part of the title.
        #expect(c.title?.hasPrefix("Millions") == false)
    }

    @Test func aUnitsPhraseAloneOrAWordIsNoUnitsHeader() {
        let line = "Millions, except estimated useful life                 Accumulated       Net book"
        let text = Array(line.utf8)
        #expect(Lookback.unitsNoteCell(text, Span(start: 0, end: text.count))?.note == "Millions, except estimated useful life")
        for other in ["Land and buildings                      Cost       Net", "Millions                Common shares     Total",
                      "Millions, except per share amounts"] {
            let t = Array(other.utf8)
            #expect(Lookback.unitsNoteCell(t, Span(start: 0, end: t.count)) == nil)
        }
    }

    @Test func aNumberStrandedInTheMarginIsNoPartOfTheHeading() throws {
        let pad = String(repeating: " ", count: 60)
        let s = """
                                       Consolidated Statements of Cash Flows
                                                   (in millions)

            4\(pad)Fiscal Year Ended January 31,
                                                                       2025           2024
            Net income                                          $     6,197    $     4,136
            Depreciation                                              3,477          3,959

            """
        let c = try context(s, before: "          2025")
        #expect(c.units.scale == 1_000_000)
        // The period heading, read now, is the title (its period reaches the columns).
        #expect(c.title == "Fiscal Year Ended January 31,")
        #expect(Lookback.withoutMarginNumber("4\(pad)Fiscal Year Ended") == "Fiscal Year Ended")
        // A list number or footnote marker printed close to its text stays.
        #expect(Lookback.withoutMarginNumber("15            Letter from the accountants") == "15            Letter from the accountants")
        #expect(Lookback.withoutMarginNumber("2026\(pad)892") == "2026\(pad)892")
    }
}

/// Row labels whose figures a converter printed between the label's two lines
/// (`FixedWidth.joinLabelsAroundFigures`).
@Suite struct LabelAroundFiguresTests {
    func labels(_ s: String) throws -> [String: [String]] {
        let doc = try processed(text: s)
        let t = try #require(doc.tables.first)
        var out: [String: [String]] = [:]
        for c in t.cells { out[c.rowLabel, default: []].append(c.raw) }
        return out
    }

    @Test func theLinesAboveAndBelowTheFiguresAreOneLabel() throws {
        let s = """
                                                   Common        Paid-in      Retained
                                                   shares        surplus      earnings       Total
        Balance at April 1, 2025                    1,113          5,075        66,450      71,525
        Net income                                      -              -         1,876       1,876
        Conversion, stock option exercises,
                                                        1             47             -          48
        forfeitures, ESPP, and other
        Share repurchase programs (Note
                                                       (6)           383        (1,336)       (959)
        16)
        Dividends declared ($1.34 per
                                                        -              -          (794)       (794)
        share)
        Balance at June 30, 2025                    1,108          5,505        65,196      71,809
        """
        let l = try labels(s)
        #expect(l["Conversion, stock option exercises, forfeitures, ESPP, and other"] == ["1", "47", "-", "48"])
        #expect(l["Share repurchase programs (Note 16)"]?.count == 4)
        #expect(l["Dividends declared ($1.34 per share)"]?.contains("(794)") == true)
        #expect(l["Balance at June 30, 2025"]?.count == 4)
        #expect(l[""] == nil)
    }

    @Test func aHeadingOrALineThatDoesNotGoOnIsLeftAlone() {
        func row(_ label: String?, _ figures: [String], indent: Int = 0, blank: Bool = false, at: Int) -> GridRow {
            var cells: [GridCell?] = [label.map { GridCell(text: $0, span: Span(start: at, end: at + $0.utf8.count)) }]
            for f in figures { cells.append(GridCell(text: f, span: Span(start: at + 50, end: at + 50 + f.utf8.count))) }
            var r = GridRow(cells: cells, span: Span(start: at, end: at + 60), blankBefore: blank)
            r.indent = label == nil ? nil : indent
            return r
        }
        let joined = FixedWidth.joinLabelsAroundFigures([row("Dividends declared ($1.34 per", [], at: 0), row(nil, ["(794)"], at: 61),
                                                          row("share)", [], at: 122)])
        #expect(joined.count == 1)
        #expect(joined.first?.label == "Dividends declared ($1.34 per share)")
        // A heading ending in `:` heads the rows below; a line that does not go on is a label of its own.
        for (top, bottom) in [("Operating activities:", "depreciation"), ("Net income", "Other income"), ("REVENUES", "net of returns")] {
            let rows = [row(top, [], at: 0), row(nil, ["12"], at: 61), row(bottom, [], at: 122)]
            #expect(FixedWidth.joinLabelsAroundFigures(rows).count == 3)
        }
        // A blank line between them, or a last line printed left of the first: not one label.
        #expect(FixedWidth.joinLabelsAroundFigures([row("Conversion of notes,", [], indent: 4, at: 0), row(nil, ["12"], at: 61),
                                                    row("and other", [], indent: 0, at: 122)]).count == 3)
        #expect(FixedWidth.joinLabelsAroundFigures([row("Conversion of notes,", [], at: 0), row(nil, ["12"], at: 61),
                                                    row("and other", [], blank: true, at: 122)]).count == 3)
    }
}

/// When the label of a row without values goes on into the next (`LabelText.wraps`).
@Suite struct WrapsRuleTests {
    @Test func aCapsHeadingGoesOnOnlyWhenPlainlyCut() {
        #expect(LabelText.wraps("BALANCE MARCH 31,", into: "2024"))
        #expect(LabelText.wraps("TOTAL DERIVATIVES DESIGNATED AS", into: "HEDGING INSTRUMENTS"))
        #expect(LabelText.wraps("TOTAL COMPREHENSIVE INCOME ATTRIBUTABLE TO SMITH &", into: "WESSON"))
        #expect(!LabelText.wraps("REVENUES", into: "Product sales"))
        #expect(!LabelText.wraps("NONCASH INVESTING AND FINANCING ACTIVITIES -", into: "Common stock issued"))
        #expect(!LabelText.wraps("PROPERTY AND EQUIPMENT, NET", into: "Land"))
        #expect(!LabelText.wraps("CASH FLOWS FROM OPERATING ACTIVITIES:", into: "net income"))
    }

    @Test func anOpenParenthesisGoesOn() {
        #expect(LabelText.wraps("Share repurchase programs (Note", into: "16)"))
        #expect(LabelText.wraps("Dividends declared ($1.34 per", into: "share)"))
        #expect(!LabelText.wraps("Share repurchase programs (Note 16)", into: "Balance at June 30, 2025"))
    }

    @Test func aCapsLabelCutAtItsCommaJoinsTheYearThatLabelsItsFigures() throws {
        let doc = try processed(text: """
                                                  Common         Retained        Total
                                                  shares         earnings       equity
            BALANCE DECEMBER 31,
            2024                                  2,344         68,615         52,545
            Net earnings                                         3,956          3,956
            BALANCE MARCH 31,
            2025                                  2,344         72,571         56,501
            """)
        let t = try #require(doc.tables.first)
        let labels = Set(t.cells.map(\.rowLabel))
        #expect(labels.contains("BALANCE MARCH 31, 2025"))
        #expect(labels.contains("BALANCE DECEMBER 31, 2024"))
    }
}

/// A label going on under its figures' line at its own indentation (`TableBuilder.continuesLabel`).
@Suite struct LabelContinuedAtItsIndentTests {
    @Test func aLowercaseLineAtTheLabelsIndentGoesOnAndACapitalisedOneIsARow() throws {
        let doc = try processed(text: """
                                                                              2025          2024
            Other comprehensive income (loss):
                Foreign currency translation adjustments, net of tax         97,341      (75,246)
                of $21 million and $1 million, respectively
                Amount excluded from assessment of effectiveness
                and recognized in earnings based on amortization             (14,802)          —
                approach
                Unrealized gains on securities                                  (699)          —
                Other                                                             12            4
            Total other comprehensive income (loss)                           (818,933)     22,765
            """)
        let t = try #require(doc.tables.first)
        let labels = Set(t.cells.map(\.rowLabel))
        #expect(labels.contains("Foreign currency translation adjustments, net of tax of $21 million and $1 million, respectively"))
        #expect(labels.contains("Amount excluded from assessment of effectiveness and recognized in earnings based on amortization approach"))
        #expect(labels.contains("Unrealized gains on securities"))
        #expect(labels.contains("Other"))
    }
}

/// A units note a Markdown converter cut between two header cells (`TableBuilder.cutCellNote`).
@Suite struct MarkdownCutUnitsNoteTests {
    func header(_ texts: [String?]) -> GridRow {
        var at = 0
        let cells: [GridCell?] = texts.map { t in
            defer { at += 40 }
            return t.map { GridCell(text: $0, span: Span(start: at, end: at + $0.utf8.count)) }
        }
        return GridRow(cells: cells, span: Span(start: 0, end: at))
    }

    @Test func thePiecesOfTheNoteAreGluedWhereTheCutSplitAWord() {
        #expect(TableBuilder.cutCellNote(header([nil, "June 30, 2025 (in thou", "December 31, 2024 sands)"]))?.text == "(in thousands)")
        #expect(TableBuilder.cutCellNote(header([nil, "Unrealized Gain (Loss) on Investments (in thousa",
                                                 "Unrealized Gain (Loss) on Derivative Instruments nds)", "Total"]))?.text == "(in thousands)")
        // A note whose open piece states the scale already is the header rows' own.
        #expect(TableBuilder.cutCellNote(header([nil, "(in millions", ", except weigh fair value)", "ted-average"])) == nil)
        // Headings alone, or a parenthesis that is no units note: nothing.
        #expect(TableBuilder.cutCellNote(header([nil, "Unrealized Gain (Loss)", "Total"])) == nil)
        #expect(TableBuilder.cutCellNote(header([nil, "Options (weighted", "average) price"])) == nil)
    }

    @Test func theTableTakesTheNoteAsItsUnits() throws {
        let doc = try processed(text: """
            Total long-lived assets by geographical region:

            ||**June 30, 2025**<br> <br>**(in thou**|**December 31, 2024**<br>**sands)**|
            |---|---|---|
            |Americas|$ 236,725|$ 231,984|
            |Europe|99,241|93,288|
            |Total long-lived assets|$ 335,966|$ 325,272|

            """)
        let t = try #require(doc.tables.first)
        #expect(t.units.scale == 1000)
        #expect(t.cells.first { $0.rowLabel == "Europe" }?.scale == 1000)
    }
}

/// A heading over rows printed one column in, not the first line of a hanging label
/// (`TableBuilder.hangingContinues`), and headings a `LabelText.wraps` rule no longer joins
/// to the row below (`, net`; a capitalized first word cut at its comma).
@Suite struct HeadingOverRowsOneColumnInTests {
    @Test func aCapitalizedLineOneColumnInStartsANameOfItsOwn() {
        #expect(!TableBuilder.hangingContinues("Liabilities and equity", into: "Current liabilities", nextHasSibling: true))
        #expect(!TableBuilder.hangingContinues("Weighted-average discount rate", into: "Operating", nextHasSibling: true))
        #expect(TableBuilder.hangingContinues("Total Domestic Retail", into: "Stores", nextHasSibling: false))
        #expect(TableBuilder.hangingContinues("Treasury shares issued for other share-", into: "based plans, net", nextHasSibling: true))
        #expect(TableBuilder.hangingContinues("Net gain (loss) reclassified from accumulated", into: "OCI into income", nextHasSibling: true))
        #expect(TableBuilder.hangingContinues("Other comprehensive income, net of tax of", into: "($3)", nextHasSibling: true))
        #expect(!TableBuilder.hangingContinues("Adjustments:", into: "depreciation", nextHasSibling: false))
    }

    @Test func headingsOneColumnLeftOfTheirRowsGoToTheRowPath() throws {
        let doc = try processed(text: """
                                                                        2024          2023
            Total assets                                           $   135,161   $   134,711

            Liabilities and equity
             Current liabilities
             Current portion of long-term debt                     $     6,804   $     7,191
             Accounts payable and accrued liabilities                   31,945        30,650
             Total current liabilities                                  38,749        37,841
            Weighted-average discount rate
             Operating                                                     3.3 %         3.0 %
             Finance                                                       4.2 %         3.6 %
            """)
        let t = try #require(doc.tables.first)
        let current = try #require(t.cells.first { $0.raw.contains("6,804") })
        #expect(current.rowLabel == "Current portion of long-term debt")
        #expect(current.rowPath == ["Liabilities and equity", "Current liabilities", "Current portion of long-term debt"])
        let operating = try #require(t.cells.first { $0.raw.contains("3.3") })
        #expect(operating.rowLabel == "Operating")
        #expect(operating.rowPath.first == "Weighted-average discount rate")
    }

    @Test func aWrappedLabelWithAHangingIndentStillGoesOn() throws {
        let doc = try processed(text: """
                                                                        2024          2023
            Share-based compensation                                        89            75
            Treasury shares issued for other share-
             based plans, net                                               (6)           22
            Total Domestic Retail
             Stores                                                      1,996         2,191
            Dividends declared                                            (793)         (780)
            """)
        let t = try #require(doc.tables.first)
        #expect(t.cells.contains { $0.rowLabel == "Treasury shares issued for other share-based plans, net" })
        #expect(t.cells.contains { $0.rowLabel == "Total Domestic Retail Stores" })
    }

    @Test func aLabelEndingInNetIsWhole() {
        #expect(!LabelText.wraps("Intangible assets, net", into: "Developed product rights"))
        #expect(!LabelText.wraps("Other income (expense), net", into: "Interest income"))
        #expect(LabelText.wraps("Payments for acquisitions, net", into: "of cash acquired"))
        #expect(LabelText.wraps("Income from operations, net of", into: "Tax"))
    }

    @Test func aLineOpeningWithALowercaseAsideGoesOnTheLabelAbove() {
        #expect(LabelText.wraps("Segment operating", into: "(loss)/earnings"))
        #expect(LabelText.wraps("Income tax", into: "(benefit) expense"))
        #expect(!LabelText.wraps("Revenue", into: "(in millions)"))
        #expect(!LabelText.wraps("Other income", into: "(Gains) losses on equity investments"))
    }

    @Test func aCapitalizedFirstWordCutAtItsCommaStartsARow() {
        #expect(!LabelText.wraps("Liabilities", into: "Debt, excluding finance lease obligations"))
        #expect(!LabelText.wraps("Balance sheet location", into: "Property, equipment and right-of-use assets, net"))
        #expect(LabelText.wraps("Balance at December", into: "31, 2024"))
        #expect(LabelText.wraps("Net income per ADS attributable to shareholders of Qifu", into: "Technology, Inc"))
    }
}
