import FolioModel
@testable import FolioTables
import Testing

/// Layouts of header and label cells (issue #14): a units note inside a header label cell,
/// two label columns, a numeric `Units` column. Each input is written for its rule.
@Suite struct HeaderLayoutTests {
    func table(_ s: String, _ k: Int = 0) throws -> Table {
        let tables = try processed(text: s).tables
        try #require(tables.count > k, "expected at least \(k + 1) tables, got \(tables.count)")
        return tables[k]
    }

    /// An HTML page: `caption` as a paragraph, then one `<table>` whose rows are the lines of
    /// `rows`, cells split at tabs.
    func htmlTable(_ caption: String, _ rows: String) throws -> Table {
        var html = "<html><body><p>\(caption)</p><table>\n"
        for line in rows.split(separator: "\n") {
            html += "<tr>" + line.split(separator: "\t", omittingEmptySubsequences: false).map { "<td>\($0)</td>" }.joined() + "</tr>\n"
        }
        html += "</table></body></html>\n"
        let tables = try processed(text: html).tables
        try #require(!tables.isEmpty, "no table from \(html)")
        return tables[0]
    }

    func cell(_ t: Table, _ label: String, col: Int = 0) -> Cell? {
        t.cells.first { $0.rowLabel == label && $0.col == col }
    }

    // MARK: units note inside a header label cell

    @Test("a parenthesised units note among a header cell's words: the first that is a cell note")
    func embeddedNote() throws {
        let a = try #require(UnitsParser.embeddedCellNote("years ended December 31 (in millions) (brackets denote cash outflows)"))
        #expect(a.note == "(in millions)")
        #expect(a.offset == 24)
        #expect(UnitsParser.embeddedCellNote("as of December 31 (in millions, except share data)")?.note == "(in millions, except share data)")
        #expect(UnitsParser.embeddedCellNote("50 basis point (in millions) (brackets denote a reduction)")?.note == "(in millions)")
        #expect(UnitsParser.embeddedCellNote("Aggregate intrinsic value (millions)")?.note == "(millions)")
        #expect(UnitsParser.parse("(thous.)").scale == 1000)
        #expect(UnitsParser.embeddedCellNote("years ended December 31 (unaudited)") == nil)
        #expect(UnitsParser.embeddedCellNote("Notes (1) $14.1 billion") == nil)
        #expect(UnitsParser.embeddedCellNote("(brackets denote (in millions") == nil)
    }

    @Test("a statement whose header label cell names its periods and its units: the table's units, from that note")
    func headerLabelCellWithNote() throws {
        let t = try table("""
            Consolidated Statements of Cash Flows

            years ended December 31 (in millions) (brackets denote cash outflows)\t2024\t2023
            Net earnings\t$4,286\t$4,873
            Depreciation\t(681)\t(749)

            """)
        #expect(t.units.scale == 1_000_000)
        #expect(t.units.source?.kind == .headerCell)
        #expect(t.units.source?.text == "(in millions)")
        #expect(cell(t, "Net earnings")?.scale == 1_000_000)
        #expect(cell(t, "Depreciation")?.value == -681)
    }

    @Test("a second header row labelled with its units note is a header row, not data")
    func secondHeaderRowWithNote() throws {
        let t = try table("""
            \tAsset position\tAsset position\tLiability position\tLiability position
            as of December 31 (in millions)\tCaption\t2024\tCaption\t2024
            Forward contracts\tPrepaid expenses\t$119\tAccounts payable\t$5
            Swaps\tOther assets\t148\tOther liabilities\t32

            """)
        #expect(t.units.scale == 1_000_000)
        #expect(t.header.count == 2)
        #expect(cell(t, "Forward contracts", col: 1)?.scale == 1_000_000)
        #expect(cell(t, "Forward contracts", col: 1)?.value == 119)
    }

    @Test("a column header with its own note scales its column only")
    func columnHeaderNote() throws {
        let t = try table("""
            \tOptions (thous.)\tWeighted-average exercise price\tAggregate intrinsic value (millions)
            Outstanding at January 1\t2,000\t$120.50\t$400
            Granted\t300\t150.25\t

            """)
        #expect(cell(t, "Outstanding at January 1", col: 0)?.scale == 1000)
        #expect(cell(t, "Outstanding at January 1", col: 1)?.scale == 1)
        #expect(cell(t, "Outstanding at January 1", col: 2)?.scale == 1_000_000)
    }

    // MARK: two label columns

    @Test("two label columns: an item printed on its first row, sub-items under it in the second column")
    func twoLabelColumns() throws {
        let t = try table("""
            years ended December 31 (in millions)\t\t2024\t2023
            Immunology\t\t\t
            Humira\tUnited States\t$7,142\t$12,160
            \tInternational\t1,851\t2,244
            \tTotal\t$8,993\t$14,404
            Skyrizi\tUnited States\t$10,086\t$6,753
            \tInternational\t1,632\t1,010
            \tTotal\t$11,718\t$7,763
            Total net revenues\t\t$56,334\t$54,318

            """)
        #expect(t.nCols == 3)
        let us = try #require(cell(t, "Humira"))
        #expect(us.value == 7142 && us.scale == 1_000_000)
        #expect(us.rowPath.suffix(2) == ["Humira", "United States"])
        let intl = try #require(t.cells.first { $0.rowLabel == "International" && $0.value == 1632 })
        #expect(intl.rowPath.suffix(2) == ["Skyrizi", "International"])
        #expect(cell(t, "Total net revenues")?.value == 56334)
        #expect(!t.cells.contains { $0.raw == "United States" })
    }

    @Test("a second label column after a figure; a column of years under a segment name stays a column")
    func laterLabelColumn() throws {
        let t = try table("""
            (in millions)

            			2024	2023
            2024 USD Notes	4.100%	Senior Notes due January 2028	$750	$—
            	4.350%	Senior Notes due January 2032	1,150	—
            	4.550%	Senior Notes due January 2035	1,100	—

            """)
        #expect(t.cells.first { $0.rowLabel == "Senior Notes due January 2032" && $0.value == 1150 }?.scale == 1_000_000)
        #expect(t.cells.first { $0.rowLabel == "2024 USD Notes" && $0.value == 750 }?.rowPath.suffix(2) == ["2024 USD Notes", "Senior Notes due January 2028"])
        let s = try table("""
            (in millions)

            		Net sales	Earnings
            Beauty	2025	$3,490	$684
            	2024	3,550	753
            Grooming	2025	$1,505	$404
            	2024	1,539	379

            """)
        // A column of years is not folded: the period rules read it.
        #expect(s.cells.contains { $0.raw == "2025" })
        #expect(s.cells.first { $0.value == 3550 }?.scale == 1_000_000)
        // Its rows are labelled: the item on its own row, the year on the rows under it.
        let beauty = try #require(s.cells.first { $0.value == 3490 })
        #expect(beauty.rowLabel == "Beauty")
        #expect(beauty.rowPath.suffix(2) == ["Beauty", "2025"])
        let prior = try #require(s.cells.first { $0.value == 3550 })
        #expect(prior.rowLabel == "2024")
        #expect(prior.rowPath.suffix(2) == ["Beauty", "2024"])
        #expect(s.cells.first { $0.value == 379 }?.rowPath.suffix(2) == ["Grooming", "2024"])
    }

    @Test("year rows under an item: labelled only with an item above, never a column with text")
    func yearRowsNeedAnItem() {
        func rows(_ s: String) -> [GridRow] { GridReader.tabRows(Array(s.utf8), lines(Array(s.utf8))) }
        // Every row prints its own label: nothing to carry.
        let own = rows("x\t\tSales\nBeauty\t2025\t5\nGrooming\t2024\t6\nCare\t2024\t7\n")
        #expect(LabelColumns.foldSecondLabelColumn(own) == own)
        // A column mixing years and words is not a column of years.
        let mixed = rows("x\t\tSales\nBeauty\t2025\t5\n\t2024\t6\n\tOther\t7\n\t2023\t8\n")
        #expect(LabelColumns.labelYearRows(mixed, firstFigure: 1) == mixed)
        let years = rows("x\t\tSales\nBeauty\t2025\t5\n\t2024\t6\n\t2023\t8\n")
        let out = LabelColumns.labelYearRows(years, firstFigure: 1)
        #expect(out[2].label == "2024" && out[2].labelPath == ["Beauty", "2024"])
        #expect(out[2].text(1) == "2024")
        #expect(out[1].label == "Beauty" && out[1].labelPath == ["Beauty", "2025"])
    }

    @Test("HTML: the units note in the header label cell and two label columns, read from the markup")
    func htmlTwoLabelColumns() throws {
        let doc = try processed(text: """
            <html><body><p>Net revenues by product:</p><table>
            <tr><td>years ended December 31 (in millions)</td><td></td><td>2024</td><td>2023</td></tr>
            <tr><td>Humira</td><td>United States</td><td>$</td><td>7,142</td><td>$</td><td>12,160</td></tr>
            <tr><td></td><td>International</td><td></td><td>1,851</td><td></td><td>2,244</td></tr>
            <tr><td></td><td>Total</td><td>$</td><td>8,993</td><td>$</td><td>14,404</td></tr>
            <tr><td>Skyrizi</td><td>United States</td><td>$</td><td>10,086</td><td>$</td><td>6,753</td></tr>
            <tr><td></td><td>International</td><td></td><td>1,632</td><td></td><td>1,010</td></tr>
            </table></body></html>
            """)
        let t = try #require(doc.tables.first)
        #expect(t.units.scale == 1_000_000)
        #expect(t.units.source?.text == "(in millions)")
        let intl = try #require(t.cells.first { $0.rowLabel == "International" && $0.value == 1851 })
        #expect(intl.scale == 1_000_000)
        #expect(intl.rowPath.suffix(2) == ["Humira", "International"])
        #expect(t.cells.first { $0.rowLabel == "Humira" }?.value == 7142)
    }

    @Test("a text column with its own header is data, not a second label column")
    func textColumnWithHeader() {
        let text = "x\tLocation\t2024\nPlant\tOhio\t5\nStore\tIowa\t4\n\tTexas\t6\n\tUtah\t7\n"
        let rows = GridReader.tabRows(Array(text.utf8), lines(Array(text.utf8)))
        let out = LabelColumns.foldSecondLabelColumn(rows)
        // The column stays, every cell in it; a row with no label of its own takes its
        // words as its label (`labelLaterCells`).
        #expect(out.map { $0.cells.count } == rows.map { $0.cells.count })
        #expect(out.map { $0.text(1) } == rows.map { $0.text(1) })
        #expect(out[3].label == "Texas" && out[3].labelPath == ["Store", "Texas"])
        #expect(out[4].label == "Utah" && out[4].labelPath == ["Store", "Utah"])
    }

    func lines(_ b: [UInt8]) -> [Span] {
        var out: [Span] = [], start = 0
        for (i, c) in b.enumerated() where c == 0x0A { out.append(Span(start: start, end: i)); start = i + 1 }
        return out
    }

    // MARK: rows and columns a units statement names

    @Test("noun-scoped scales read from a units statement; shares, per-share, percent and dates name none")
    func scopedScalesParsed() {
        #expect(UnitsParser.parse("(in millions, except conversion rate)").scoped == [ScopedScale(noun: "conversion rate", scale: 1)])
        #expect(UnitsParser.parse("(in millions, except per share amounts and employees)").scoped == [ScopedScale(noun: "employees", scale: 1)])
        #expect(UnitsParser.parse("(options in thousands, aggregate intrinsic value in millions)").scoped
                == [ScopedScale(noun: "options", scale: 1000), ScopedScale(noun: "aggregate intrinsic value", scale: 1_000_000)])
        #expect(UnitsParser.parse("Millions, except per share amounts, for the three months ended June 30,").scoped.isEmpty)
        #expect(UnitsParser.parse("(Dollars in millions, except per share data)").scoped.isEmpty)
        #expect(UnitsParser.parse("(In millions, except where otherwise noted)").scoped.isEmpty)
        #expect(UnitsParser.parse("(in thousands, except number of shares and percentages)").scoped.isEmpty)
        #expect(UnitsParser.parse("(net income in millions and shares in thousands)").scoped == [ScopedScale(noun: "net income", scale: 1_000_000)])
        // Only a statement of scale is read: a sentence naming no scale names no noun.
        #expect(UnitsParser.parse("except conversion rate").scoped.isEmpty)
    }

    @Test("a units note read into a column's header exempts the column its other headings name (`noteExemptsItsColumn`)")
    func columnNoteExemptingItsColumn() {
        let note = "(in millions, except conversion rate)"
        let header = [["", "Book Value", "Conversion Rate Into Class A Common Stock"], ["", note, note]]
        let stated = UnitsParser.parse(note)
        #expect(TableBuilder.noteExemptsItsColumn(stated, header: header, column: 2) == 1)
        #expect(TableBuilder.noteExemptsItsColumn(stated, header: header, column: 1) == nil)
        // A note exempting nothing by name, and a note's own words, name no column.
        #expect(TableBuilder.noteExemptsItsColumn(UnitsParser.parse("(in millions, except per share data)"), header: header, column: 2) == nil)
        #expect(TableBuilder.noteExemptsItsColumn(stated, header: [["", note]], column: 1) == nil)
    }

    @Test("a column or row named by the units statement takes the scale it gives")
    func scopedScalesApplied() throws {
        let v = try htmlTable("(in millions, except conversion rate)", """
            \tBook Value\tConversion Rate Into Class A Common Stock
            Series A preferred stock\t$1,234\t100.0000
            Series B preferred stock\t500\t1.0030
            """)
        #expect(cell(v, "Series A preferred stock", col: 0)?.scale == 1_000_000)
        let rate = try #require(cell(v, "Series B preferred stock", col: 1))
        #expect(rate.scale == 1 && rate.scaleReason == .namedInUnits)
        let m = try htmlTable("(in millions, except weighted-average fair value)", """
            \t2024\t2023
            Total fair value of units vested\t$472\t$350
            Weighted-average grant-date fair value\t$340\t$335
            """)
        #expect(cell(m, "Total fair value of units vested")?.scale == 1_000_000)
        #expect(cell(m, "Weighted-average grant-date fair value")?.scale == 1)
        // A share-count row named by the statement; a label printing figures names nothing.
        let g = try htmlTable("(in millions, except weighted-average fair value and par value)", """
            \t2024\t2023
            Weighted-average grant-date fair value of awards granted\t$340\t$335
            Common stock, $0.001 par value; 4,990,000,000 shares authorized\t$6,932\t$6,252
            """)
        #expect(cell(g, "Weighted-average grant-date fair value of awards granted")?.scale == 1)
        #expect(cell(g, "Common stock, $0.001 par value; 4,990,000,000 shares authorized")?.scale == 1_000_000)
        let o = try htmlTable("(options in thousands, aggregate intrinsic value in millions)", """
            \tOptions\tAggregate Intrinsic Value
            Outstanding at December 31, 2023\t7,481\t$396
            Granted\t648\t
            """)
        #expect(cell(o, "Granted", col: 0)?.scale == 1000)
        #expect(cell(o, "Outstanding at December 31, 2023", col: 1)?.scale == 1_000_000)
    }

    @Test("a footnote glued to its marker, with figures in billions, states no scale")
    func gluedFootnote() {
        let note = "(1)The related unrealized gain (loss) recorded was $(13.6) billion, $1.0 billion, and $(1.3) billion for the years ended December 31, 2022, 2023, and 2024."
        #expect(UnitsParser.isFigureNote(note))
        #expect(!UnitsParser.isStatement(note))
        #expect(UnitsParser.parse("a loss of $(13.6) billion").scale == nil)
        #expect(!UnitsParser.isFigureNote("(In millions)"))
        #expect(UnitsParser.parse("(In billions)").scale == 1_000_000_000)
    }

    @Test("a rate printed in a money row's label (`at $0.52 per class A common stock`) does not make it per share")
    func rateInLabel() throws {
        #expect(!LabelText.isPerShare("Cash dividends declared and paid, at a quarterly amount of $0.52 per class A common stock"))
        #expect(LabelText.withoutFigureRate("Dividends, at $0.52 per share, paid") == "Dividends, at , paid")
        #expect(LabelText.isPerShare("Dividends declared per share"))
        #expect(LabelText.isPerShare("Net income per share, diluted"))
        let t = try htmlTable("(in millions, except per share data)", """
            \tRetained Earnings
            Net income\t$19,743
            Cash dividends declared and paid, at a quarterly amount of $0.52 per class A common stock\t(4,217)
            """)
        #expect(cell(t, "Cash dividends declared and paid, at a quarterly amount of $0.52 per class A common stock")?.scale == 1_000_000)
    }

    // MARK: a range printed in one cell

    @Test("a range's bounds and their bytes: digits only, `$` and `%` and spaces left out")
    func rangeBoundsLocated() throws {
        let a = try #require(PrintedRange.located(Array("4.80% - 4.95%".utf8)))
        #expect(a.map(\.value) == [4.8, 4.95])
        #expect(a.map(\.bytes) == [0..<4, 8..<12])
        let b = try #require(PrintedRange.located(Array("$10 to $20".utf8)))
        #expect(b.map(\.bytes) == [1..<3, 8..<10])
        #expect(PrintedRange.located(Array("Notes due 2028".utf8)) == nil)
        #expect(PrintedRange.bounds(Array("33 - 36%".utf8)) == [33, 36])
    }

    @Test("a range cell: value null, bounds with their bytes, typed as its column's figures")
    func rangeCell() throws {
        let t = try htmlTable("(in millions)", """
            \tInterest Rates\tAmount\tPayments\tFees
            Notes A\t4.80% - 4.95%\t$6,000\t2025 - 2034\t$10 - $20
            Notes B\t33 - 36%\t17,000\t2026 - 2030\t5 to 7
            """)
        let a = try #require(cell(t, "Notes A", col: 0))
        #expect(a.value == nil && a.unit == "percent" && a.scale == 1 && a.scaleReason == .percent)
        #expect(a.bounds?.map(\.value) == [4.8, 4.95])
        let spans = (a.bounds ?? []).compactMap { $0.span }
        #expect(spans.count == 2 && spans.allSatisfy { $0.end - $0.start == 4 })
        // `%` printed on the high bound only: both are percentages.
        #expect(cell(t, "Notes B", col: 0)?.unit == "percent")
        #expect(cell(t, "Notes B", col: 0)?.bounds?.map(\.value) == [33, 36])
        // A span of years is unscaled; a money range takes the table's scale.
        let years = try #require(cell(t, "Notes A", col: 2))
        #expect(years.scale == 1 && years.unit == nil && years.bounds?.map(\.value) == [2025, 2034])
        let money = try #require(cell(t, "Notes A", col: 3))
        #expect(money.scale == 1_000_000 && money.bounds?.map(\.value) == [10, 20])
        // Figures are not ranges.
        #expect(cell(t, "Notes A", col: 1)?.bounds == nil && cell(t, "Notes A", col: 1)?.value == 6000)
    }

    // MARK: per-share computations

    @Test("a per-share heading spanning a computation's columns marks only the column that says per share")
    func perShareHeadingOverComputation() throws {
        let t = try htmlTable("(in millions, except per share data)", """
            \tBasic Earnings Per Share\tBasic Earnings Per Share\tBasic Earnings Per Share
            \tIncome Allocation (A)\tWeighted-Average Shares Outstanding (B)\tEarnings per Share = (A)/(B)
            Class A common stock\t$15,790\t1,621\t$9.74
            Class C common stock\t623\t16\t$38.97
            """)
        #expect(cell(t, "Class A common stock", col: 0)?.scale == 1_000_000)
        #expect(cell(t, "Class A common stock", col: 1)?.scale == 1_000_000)
        #expect(cell(t, "Class A common stock", col: 2)?.scale == 1)
        let p = try htmlTable("(in millions, except per share data)", """
            \tPer share\tPer share
            \t2024\t2023
            Dividends declared\t$1.64\t$1.55
            Dividends paid\t$1.60\t$1.50
            """)
        #expect(cell(p, "Dividends declared", col: 0)?.scale == 1)
    }

    @Test("a column heading stacked over lines says per share though its lowest line does not")
    func perShareHeadingStackedOverLines() throws {
        let t = try htmlTable("(in millions, except per share data)", """
            \tBasic Earnings Per Share\tBasic Earnings Per Share\tBasic Earnings Per Share
            \tIncome\tWeighted-Average\tEarnings per
            \tAllocation\tShares Outstanding\tShare =
            \t(A)\t(B)\t(A)/(B)
            Class A common stock\t$15,790\t1,621\t$9.74
            Class C common stock\t623\t16\t$38.97
            """)
        #expect(cell(t, "Class A common stock", col: 0)?.scale == 1_000_000)
        #expect(cell(t, "Class A common stock", col: 1)?.scale == 1_000_000)
        #expect(cell(t, "Class A common stock", col: 2)?.scale == 1)
    }

    @Test("a share count's column under a per-share heading of its own counts shares")
    func shareCountUnderPerShareHeading() throws {
        let t = try htmlTable("(in millions, except per share data)", """
            \tIncome\tDiluted Earnings Per Share\tEarnings
            \tAllocation\tWeighted-Average Shares Outstanding\tPer Share
            Class A common stock\t$19,743\t2,029\t$9.73
            Class C common stock\t623\t16\t$38.92
            """)
        #expect(cell(t, "Class A common stock", col: 0)?.scale == 1_000_000)
        #expect(cell(t, "Class A common stock", col: 1)?.scale == 1_000_000)
        #expect(cell(t, "Class A common stock", col: 2)?.scale == 1)
    }

    @Test("under a per-share group heading, rows of whole numbers are the computation's amounts")
    func wholeNumbersUnderPerShareGroup() throws {
        let t = try htmlTable("(in millions, except per share data)", """
            \t2024\t2023
            Basic EPS\t\t
            Net earnings attributable to the company\t$4,278\t$4,863
            Earnings allocated to participating securities\t40\t43
            Basic earnings per share\t$2.40\t$2.73
            """)
        #expect(cell(t, "Net earnings attributable to the company")?.scale == 1_000_000)
        #expect(cell(t, "Earnings allocated to participating securities")?.scale == 1_000_000)
        #expect(cell(t, "Basic earnings per share")?.scale == 1)
    }

    @Test("one column's own scale note does not scale the counts and prices beside it")
    func oneColumnScaleNote() throws {
        let t = try table("""
            	Options	Weighted-Average Exercise Price	Aggregate Intrinsic Value (in millions)
            Outstanding as of September 30, 2024	5,364,732	$150.20	$431
            Granted	722,695	$250.10	

            """)
        #expect(t.units.scale == nil)
        #expect(cell(t, "Outstanding as of September 30, 2024", col: 0)?.scale == 1)
        #expect(cell(t, "Outstanding as of September 30, 2024", col: 2)?.scale == 1_000_000)
        // Beside period columns, the note is the table's (printed over one period, or broken
        // across the header by text extraction).
        let p = try table("""
            \tJune 30, 2025\tJune 30, 2024 (in thousands)\tDecember 31, 2024
            Cash and cash equivalents\t$601,196\t$797,875\t$512,667
            Restricted cash\t2,703\t4,053\t3,114

            """)
        #expect(p.units.scale == 1000)
        #expect(cell(p, "Cash and cash equivalents", col: 2)?.scale == 1000)
        #expect(TableBuilder.namesYear("Fiscal 2023") && !TableBuilder.namesYear("Options") && !TableBuilder.namesYear("12345"))
    }

    @Test("a labelled row naming every column under a spanning header row is a header row")
    func labelledColumnNamesRow() throws {
        let t = try htmlTable("The following table summarizes stock options outstanding (in millions):", """
            \tOptions Outstanding\tOptions Outstanding\tOptions Exercisable\tOptions Exercisable
            Range of Exercise Prices\tNumber Outstanding (in millions)\tWeighted-Average Exercise Price\tNumber of Shares (in millions)\tWeighted-Average Exercise Price
            $1.34 to $154.14\t2\t$128.18\t2\t$127.85
            $157.70 to $167.45\t1\t162.50\t1\t162.27
            """)
        #expect(t.header.count == 2)
        #expect(t.header.last?.first == "Range of Exercise Prices")
        #expect(cell(t, "$1.34 to $154.14", col: 1)?.scale == 1)
        #expect(cell(t, "$1.34 to $154.14", col: 0)?.scale == 1_000_000)
        #expect(cell(t, "$157.70 to $167.45", col: 3)?.value == 162.27)
    }

    // MARK: unit column

    @Test("a numeric column headed `Units` counts awards; a word column so headed names units")
    func unitsColumn() throws {
        let t = try table("""
            (in millions)

            \tUnits\tWeighted-average grant-date fair value\tAggregate intrinsic value
            Outstanding at January 1\t2.2\t$344\t
            Outstanding at December 31\t2.1\t$403\t$1,081

            """)
        #expect(cell(t, "Outstanding at January 1", col: 0)?.value == 2.2)
        #expect(cell(t, "Outstanding at December 31", col: 2)?.value == 1081)
        #expect(cell(t, "Outstanding at December 31", col: 2)?.scale == 1_000_000)
        let e = try table("""
            \tUnit\t2024\t2023
            Energy use\tMWh\t1,200\t1,100
            Water\tm3\t300\t280

            """)
        #expect(cell(e, "Energy use", col: 1)?.unit == "MWh")
    }
}
