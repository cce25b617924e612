import FolioModel
@testable import FolioTables
import Testing

/// Text as PDF converters print it: fixed-width lines with figures one space apart, and
/// Markdown with emphasis and line breaks inside cells. Each rule on inputs written for it.
@Suite struct FixedWidthFigureBoundaryTests {
    func tokens(_ s: String) -> [String] {
        let text = Array(s.utf8)
        return FixedWidth.tokens(text, Span(start: 0, end: text.count)).map(\.text)
    }

    @Test func figuresOneSpaceApartAreCellsOfTheirOwn() {
        #expect(tokens("Income before taxes    8,949 7,255 6,310") == ["Income before taxes", "8,949", "7,255", "6,310"])
        #expect(tokens("Other     (93,400) (1,222,145)   — —") == ["Other", "(93,400)", "(1,222,145)", "—", "—"])
    }

    @Test func aCurrencySignAfterAFigureStartsTheNextFigure() {
        #expect(tokens("Net earnings     $      14,806 $        15,143 $  17,105")
                == ["Net earnings", "$", "14,806", "$", "15,143", "$", "17,105"])
        #expect(tokens("Net sales    $ 61,181 $ 57,365") == ["Net sales", "$ 61,181", "$ 57,365"])
    }

    @Test("a currency sign one space after a label starts the figure after it")
    func aCurrencySignAfterALabelStartsTheFigure() {
        #expect(tokens("Interest rate contracts $ 12,657 $ 10,140") == ["Interest rate contracts", "$ 12,657", "$ 10,140"])
        #expect(tokens("excluding fair value hedges $  6,797 $       6,767")
                == ["excluding fair value hedges", "$", "6,797", "$", "6,767"])
        #expect(tokens("Outstanding       5.0 years $      228.23") == ["Outstanding", "5.0 years", "$", "228.23"])
        // A sign fused to its figure inside a label, and a sign before words, stay in the label.
        #expect(tokens("Other loss, net of tax of $28      (1,204)") == ["Other loss, net of tax of $28", "(1,204)"])
        #expect(tokens("Notes issued at $ 5 billion     4,980") == ["Notes issued at $ 5 billion", "4,980"])
    }

    @Test("the first row's label over the first column's currency signs is its label")
    func firstRowLabelOverTheSigns() throws {
        let doc = try processed(text: """
            The book values and fair values of certain financial instruments are shown below:

                                                            Book    Approximate
            (in millions)                                  value    fair values
            Liabilities
            Current portion of long-term debt and finance
            lease obligations, excluding fair value hedges $  6,797 $       6,767
            Long-term debt and finance lease obligations      60,243        55,836
            Total liabilities                          $     67,040 $      62,603

            """)
        let t = try #require(doc.tables.first)
        let first = t.cells.filter { $0.row == t.cells.first?.row }
        #expect(first.map(\.value) == [6_797, 6_767])
        #expect(first.first?.rowLabel == "Current portion of long-term debt and finance lease obligations, excluding fair value hedges")
        #expect(Set(t.cells.map(\.col)).count == 2)
    }

    @Test func whatBelongsToAFigureStaysWithIt() {
        // A percent sign, a scale word and a footnote marker printed one space after a figure.
        #expect(tokens("Change    3.7 %    (6.4)%") == ["Change", "3.7 %", "(6.4)%"])
        #expect(tokens("October      978 (1)   $ 194.17 (a)") == ["October", "978 (1)", "$ 194.17 (a)"])
        // A label that ends in figures is not split: the text before the space is no figure.
        #expect(tokens("Notes due 2026 5.5%      1,000") == ["Notes due 2026 5.5%", "1,000"])
        #expect(tokens("The 2025 2024 comparison") == ["The 2025 2024 comparison"])
        // A range of figures is one cell.
        #expect(tokens("   $0.30 - $0.50      1,550,892") == ["$0.30 - $0.50", "1,550,892"])
        #expect(tokens("Rate     4.6% – 5.2%    4.1%") == ["Rate", "4.6% – 5.2%", "4.1%"])
        // A range in one cell ends before the next column's currency sign.
        #expect(tokens("Notes due 2024     0.65-2.69% $      —     0.65-2.69% $   7,169")
                == ["Notes due 2024", "0.65-2.69%", "$", "—", "0.65-2.69%", "$", "7,169"])
    }

    @Test func narrowColumnsBecomeGridColumns() {
        let s = """
                                        2025        2024
        Industrial                   34,210 30,118
        Consumer                     26,971      27,247
        Total                      $ 61,181 $    57,365
        """
        let text = Array(s.utf8)
        let rows = FixedWidth.read(text, TableRegionFinder.lines(text)).rows
        let data = rows.filter { !$0.label.isEmpty }
        #expect(data.count == 3)
        for r in data { #expect(r.dataColumns == [1, 2]) }
        #expect(data.last?.text(1) == "$ 61,181")
        #expect(data.last?.text(2) == "$    57,365")
    }

    @Test func aLongGroupLabelLineStaysInsideTheStatement() {
        let s = """
                                                                                         2025          2024
        Net income                                                                  $  12,885  $     10,962
        Adjustments to reconcile net income to net cash provided by operating activities:
          Depreciation and amortization                                                 4,120         3,876
          Stock-based compensation                                                      1,208         1,115

        The following table summarizes the cash paid for amounts included in leases:

                                                                                         2025          2024
        Operating cash flows                                                            1,610         1,500
        Financing cash flows                                                              210           190
        """
        let text = Array(s.utf8)
        let regions = TableRegionFinder.find(in: text)
        #expect(regions.count == 2)
        #expect(regions.first?.lines.count == 5)
    }

    @Test func aTitleOverAHeaderAfterABlankLineStartsTheNextTable() {
        let s = """
                                            2025        2024
        Net sales                      $ 61,181 $    57,365
        Net income                       12,885      10,962

                          SEGMENT NET SALES
                            (in thousands)
                                        2025    2024       Change
        Industrial                    34,210  30,118      13.6 %
        Consumer                      26,971  27,247      (1.0)%

        Operating expenses:
          Selling                          1,200   1,100
          Research                           800     700
        """
        let text = Array(s.utf8)
        let regions = TableRegionFinder.find(in: text)
        #expect(regions.count == 2)
        #expect(regions.first?.lines.count == 3)
        // A group label after a blank line has rows under it, not a header: same table.
        #expect(regions.last?.lines.count == 7)
    }

    @Test func dayNumbersOfABrokenDateHeaderAreNotFigures() {
        let s = """
                                                        Six months ended June    Three months ended
        (Dollars in millions, except per share data)                   30                  June 30
                                                                2025        2024       2025         2024
        Sales of products                                      $35,269      $26,792    $19,122      $13,524
        Sales of services                                        6,976       6,643      3,627        3,342
        """
        let text = Array(s.utf8)
        let lines = TableRegionFinder.lines(text)
        #expect(FixedWidth.isDataLine(text, lines[1]) == false)
        #expect(FixedWidth.isDataLine(text, lines[3]))
        let read = FixedWidth.read(text, lines)
        #expect(read.caption == "(Dollars in millions, except per share data)")
        #expect(read.rows.filter { !$0.label.isEmpty }.map(\.label) == ["Sales of products", "Sales of services"])
        // Figures in a row that names a month are still figures when they are not day numbers.
        let row = Array("June sales        1,234       1,100".utf8)
        #expect(FixedWidth.isDataLine(row, Span(start: 0, end: row.count)))
    }

    @Test func yearsThatLabelASchedulesRowsAreLabels() {
        let s = """
                                          Leases       Debt
        2026                         $       892   $    418
        2027                               1,610      5,000
        2028 and thereafter                3,905     12,500
        """
        let text = Array(s.utf8)
        let rows = FixedWidth.read(text, TableRegionFinder.lines(text)).rows
        let data = rows.filter { !$0.label.isEmpty }
        #expect(data.map(\.label) == ["2026", "2027", "2028 and thereafter"])
        for r in data { #expect(r.dataColumns == [1, 2]) }
        // A line of years alone stays a header line.
        #expect(FixedWidth.isYearLabel(FixedWidth.Token(start: 0, end: 4, x0: 0, x1: 4, text: "2025"),
                                       of: [FixedWidth.Token(start: 0, end: 4, x0: 0, x1: 4, text: "2025"),
                                            FixedWidth.Token(start: 10, end: 14, x0: 10, x1: 14, text: "2024")]) == false)
    }
}

@Suite struct MarkdownCellTests {
    @Test func eachPipeTableWithItsDelimiterRowIsARegion() {
        let s = "| a | 2025 |\n|---|---:|\n| x | 1 |\n| y | 2 |\n\n| b | 2024 |\n|---|---|\n| z | 3 |\n| Total | 3 |\n"
        let regions = TableRegionFinder.find(in: Array(s.utf8))
        #expect(regions.map(\.lines.count) == [4, 4])
        // Rows after a blank line without a delimiter row of their own continue the table.
        let one = "| a | 2025 |\n|---|---:|\n| x | 1 |\n\n| y | 2 |\n"
        #expect(TableRegionFinder.find(in: Array(one.utf8)).map(\.lines.count) == [5])
    }

    func cells(_ line: String) -> [String?] {
        let text = Array(line.utf8)
        return GridReader.pipeRows(text, [Span(start: 0, end: text.count)]).first?.cells.map { $0?.text } ?? []
    }

    @Test func lineBreaksAndEmphasisInsideCells() {
        #expect(cells("||**June 30,**<br>**2025**|**June 30,**<br/>**2024**|") == [nil, "June 30, 2025", "June 30, 2024"])
        #expect(cells("|**_in millions, except per share data_**|**Fiscal**<br>**2024**|") == ["in millions, except per share data", "Fiscal 2024"])
        #expect(cells("|Selling and administrative<br>expenses|12,540|") == ["Selling and administrative expenses", "12,540"])
        #expect(cells("|**Total revenue**|**412.6**|4.3%|") == ["Total revenue", "412.6", "4.3%"])
        #expect(cells("|Revenue*|1,234*|") == ["Revenue*", "1,234*"])
    }

    @Test("superscript tags read as nothing, their text stays (GridReader.superscriptTag)")
    func superscriptTagsInsideCells() {
        #expect(cells("|Total assets|<sup>$</sup><br>3,683,964|$ 3,795,833|") == ["Total assets", "$ 3,683,964", "$ 3,795,833"])
        #expect(cells("|**Actual STI**<br>**Payout**<sup>**(1)**</sup>|494<sup>(4)</sup>|<SUP>$ 1,709,820</SUP>|")
                == ["Actual STI Payout(1)", "494(4)", "$ 1,709,820"])
        // Other tags and a lone angle bracket stay as printed.
        #expect(cells("|Ratio <sub>x</sub>|< 1|<su|") == ["Ratio <sub>x</sub>", "< 1", "<su"])
    }

    @Test("the next column's currency sign after a figure is dropped (GridReader.withoutNextColumnsSign)")
    func nextColumnsSignAfterAFigure() {
        #expect(cells("|Balance at April 1, 2025|$ (57,549) $|(720) $|16,039|")
                == ["Balance at April 1, 2025", "$ (57,549)", "(720)", "16,039"])
        #expect(cells("|Revenue|457,438$|5.8 $|**(692) $ **|") == ["Revenue", "457,438", "5.8", "(692)"])
        // Words before a sign, and a sign alone, stay as printed.
        #expect(cells("|Amounts in US $|$|Total $|") == ["Amounts in US $", "$", "Total $"])
    }

    @Test("figures under superscript currency signs keep their column numeric")
    func superscriptSignsKeepTheColumnNumeric() throws {
        let t = try #require(try processed(text: """
            Consolidated Balance Sheets

            (in thousands)

            ||June 30, 2025|December 31, 2024|
            |---|---|---|
            |Cash|<sup>$</sup><br>1,200|$ 1,100|
            |Receivables|300|250|
            |Total current assets|<sup>$</sup><br>1,500|$ 1,350|
            |Notes payable|<sup>$</sup> 700|$ 650|
            |Accrued liabilities|800<sup>(2)</sup>|700|
            |Total liabilities|<sup>$</sup>1,500|$ 1,350|

            """).tables.first)
        let june = t.cells.filter { $0.col == 0 }.map(\.value)
        #expect(june == [1_200, 300, 1_500, 700, 800, 1_500])
    }

    @Test func spansStayOnThePrintedBytes() {
        let line = "|**Gross profit**|**21,179**|"
        let text = Array(line.utf8)
        let row = GridReader.pipeRows(text, [Span(start: 0, end: text.count)]).first
        let span = row?.cells[1]?.span
        #expect(span.map { String(decoding: text[$0.range], as: UTF8.self) } == "**21,179**")
    }

    /// `figureAbove`: a figure printed right above a region (a reading-order text's run of the
    /// statement before) is no title, whatever its sign; the scan ends there.
    @Test func aFigureAboveIsNoTitle() {
        for above in ["$16,866", "$ 640,294", "-1,250", "12.5 %"] {
            let s = "Segment Results\n\(above)\n"
            let text = Array(s.utf8)
            #expect(Lookback.context(text, before: text.count).context.title == nil, "\(above)")
        }
        // A title over the units caption is still read.
        let s = "Segment Results\n(in millions)\n"
        let text = Array(s.utf8)
        #expect(Lookback.context(text, before: text.count).context.title == "Segment Results")
    }

    /// `comparisonHeading`: a change column's heading above a region is no title; a title that
    /// compares periods among other words still is.
    @Test func aComparisonHeadingIsNoTitle() {
        for above in ["Q3'26 vs. Q3'25", "2026 vs. 2025", "Q3 2026 versus Q3 2025", "YTD'26 vs. YTD'25"] {
            let s = "Operating Results\n\(above)\n"
            let text = Array(s.utf8)
            #expect(Lookback.context(text, before: text.count).context.title == nil, "\(above)")
        }
        let s = "Sales Change Drivers 2026 vs. 2025\n"
        let text = Array(s.utf8)
        #expect(Lookback.context(text, before: text.count).context.title == "Sales Change Drivers 2026 vs. 2025")
        // A period line under a name stays the name's period.
        let p = "Operating Results\nFiscal 2026 versus Fiscal 2025\n"
        let pt = Array(p.utf8)
        #expect(Lookback.context(pt, before: pt.count).context.title == "Operating Results Fiscal 2026 versus Fiscal 2025")
    }

    @Test func unitsNoteInABoldMarkdownHeading() {
        let s = "### **Statements of Income**\n\n### **(in thousands, except per share data)**\n\n"
        let text = Array(s.utf8)
        let found = Lookback.context(text, before: text.count)
        #expect(found.context.units.scale == 1000)
        #expect(found.context.title == "Statements of Income")
    }
}

/// Units notes a PDF-to-Markdown converter prints inside header cells.
@Suite struct MarkdownHeaderUnitsTests {
    func table(_ s: String) throws -> Table {
        let tables = try processed(text: s).tables
        return try #require(tables.first)
    }

    func cell(_ t: Table, _ label: String, col: Int = 0) -> Cell? {
        t.cells.first { $0.rowLabel == label && $0.col == col }
    }

    @Test func aUnitsNoteGluedToTheLabelHeadingIsTheTablesUnits() {
        #expect(UnitsParser.embeddedCellNote("years ended December 31(in millions)")?.note == "(in millions)")
        #expect(UnitsParser.embeddedCellNote("as of December 31 (dollars in millions)")?.note == "(dollars in millions)")
        #expect(UnitsParser.embeddedCellNote("(in millions) (brackets denote cash outflows)")?.note == "(in millions)")
        #expect(UnitsParser.embeddedCellNote("_(Dollars in millions)_ Si")?.note == "(Dollars in millions)")
        // A parenthesis that states no scale is not one; the note alone is itself.
        #expect(UnitsParser.embeddedCellNote("years ended (brackets denote gains)") == nil)
        #expect(UnitsParser.embeddedCellNote("(in millions)")?.note == "(in millions)")
        #expect(UnitsParser.embeddedCellNote("Total (1)") == nil)
    }

    @Test func tableTakesTheScaleOfItsLabelHeading() throws {
        let t = try table("""
            Consolidated Statements of Earnings

            |**years ended December 31(in millions, except per share data)**|**2024**|**2023**|
            |---|---|---|
            |Net revenues|$ 56,334|$ 54,318|
            |Cost of products sold|16,904|20,415|
            |Basic earnings per share|$ 2.40|$ 2.73|

            """)
        #expect(t.units.scale == 1_000_000)
        #expect(cell(t, "Net revenues")?.scale == 1_000_000)
        #expect(cell(t, "Basic earnings per share")?.scale == 1)
    }

    @Test func aUnitsNoteSplitOverTheColumnHeadersNamesNoColumn() {
        #expect(TableBuilder.isUnitsNoteRow(["(in millions, exce", "pt per share data)"][...]))
        #expect(TableBuilder.isUnitsNoteRow(["2024 (in millions, exc", "2023 ept percentages and", "2022 per share data)"][...]))
        #expect(TableBuilder.isUnitsNoteRow(["(in thousands, except per share data)", "(in thousands, except per share data)"][...]))
        // A column's own note closes before the next column's heading.
        #expect(!TableBuilder.isUnitsNoteRow(["Shares (in millions)", "Price per share"][...]))
        #expect(!TableBuilder.isUnitsNoteRow(["Per share", "Total (in millions)"][...]))
    }

    @Test func figuresUnderASplitUnitsNoteKeepTheTablesScale() throws {
        let t = try table("""
            |Balance sheets|**Septem**|**ber 30,**|
            |---|---|---|
            ||**2024**|**2023**|
            ||**(in thousands, exce**|**pt per share data)**|
            |Cash and cash equivalents|$ 11,975|$ 16,286|
            |Investment securities|3,200|3,842|
            |Weighted-average shares outstanding|425,211|430,065|

            """)
        #expect(cell(t, "Investment securities")?.scale == 1000)
        #expect(cell(t, "Investment securities", col: 1)?.scale == 1000)
        #expect(cell(t, "Weighted-average shares outstanding")?.scale == 1000)
    }
}

/// A column of words printed between the row labels and the figures of a fixed-width table.
@Suite struct FixedWidthTextColumnTests {
    func rows(_ s: String) -> [GridRow] {
        let text = Array(s.utf8)
        return FixedWidth.read(text, TableRegionFinder.lines(text)).rows
    }

    @Test func wordsAlignedBetweenLabelAndFiguresAreAColumn() {
        let r = rows("""
                                                    Interest         Principal       Carrying
                                                    payable          amount          value
        4.25% Senior notes due April 2046           Semi-annually       1,600          1,587
        3.90% Senior notes due June 2047            Semi-annually       1,150          1,145
        4.50% Senior notes due December 2048        Semi-annually       1,500          1,466
        Total senior notes                                              4,250          4,198
        """)
        let data = r.filter { !$0.label.isEmpty }
        #expect(data.map(\.label) == ["4.25% Senior notes due April 2046", "3.90% Senior notes due June 2047",
                                      "4.50% Senior notes due December 2048", "Total senior notes"])
        #expect(data[0].text(1) == "Semi-annually")
        #expect(data[0].text(2) == "1,600")
        #expect(data[3].text(1) == nil)
        #expect(data[3].text(3) == "4,198")
    }

    @Test func aRowWithoutLabelKeepsItsFirstWordsAsLabel() {
        let r = rows("""
                                                     2024         2023
        Skyrizi               United States   $    10,086   $    6,753
                              International         1,632        1,010
        Rinvoq                United States   $     4,259   $    2,824
                              International         1,712        1,145
        Venclexta             United States   $     1,009   $    1,087
                              International         1,574        1,201
        """)
        let data = r.filter { !$0.label.isEmpty }
        #expect(data.map(\.label) == ["Skyrizi", "International", "Rinvoq", "International", "Venclexta", "International"])
        #expect(data[0].text(1) == "United States")
        #expect(data[1].text(2) == "1,632")
    }

    @Test func oneAlignedWordIsNoColumn() {
        // Words after a label on fewer than three rows stay in the label.
        let r = rows("""
                                                     2024         2023
        Foreign exchange      contracts           1,632        1,010
        Interest rate swaps                       1,712        1,145
        Total                                     3,344        2,155
        """)
        #expect(r.filter { !$0.label.isEmpty }.first?.label == "Foreign exchange contracts")
    }
}

/// Column alignment by the figures themselves.
@Suite struct FixedWidthAlignmentTests {
    @Test func aCurrencySignAfterAHangingParenthesisDoesNotJoinTwoColumns() {
        let s = """
                                                         2022           2023          2024
        Net product sales                      $       242,901    $   255,887   $   272,311
        Net service sales                              271,082        318,898       365,648
        Equity-method activity, net of tax                    (3)           (12)          (101)
        Net income (loss)                      $        (2,722) $      30,425   $    59,248
        """
        let text = Array(s.utf8)
        let data = FixedWidth.read(text, TableRegionFinder.lines(text)).rows.filter { !$0.label.isEmpty }
        #expect(data.count == 4)
        for r in data { #expect(r.dataColumns == [1, 2, 3]) }
        #expect(data[0].text(2) == "$   255,887")
        #expect(data[3].text(1) == "$        (2,722)")
        #expect(data[3].text(2) == "$      30,425")
    }

    @Test func theExtentOfAFigureLeavesOutItsSeparateSign() {
        let tok = FixedWidth.Token(start: 10, end: 25, x0: 10, x1: 25, text: "$       242,901")
        #expect(FixedWidth.alignedExtent(tok) == (18, 25))
        let plain = FixedWidth.Token(start: 0, end: 7, x0: 0, x1: 7, text: "(2,722)")
        #expect(FixedWidth.alignedExtent(plain) == (0, 7))
    }
}

@Suite struct FixedWidthDashTests {
    @Test func aCentredDashOpensNoColumnBetweenFigureColumns() {
        let s = """
                                                       November 29,     December 1,
                                                           2024             2023
        Cash and cash equivalents                  $      7,613     $      7,141
        Short-term investments                              273              701
        Other borrowings                               $ —                   125
        Total                                            7,886            7,967
        """
        let text = Array(s.utf8)
        let data = FixedWidth.read(text, TableRegionFinder.lines(text)).rows.filter { !$0.label.isEmpty }
        for r in data { #expect(r.dataColumns.allSatisfy { $0 <= 2 }) }
        #expect(data[2].text(1) == "$ —")
        #expect(data[2].text(2) == "125")
        #expect(FixedWidth.placedDashes([(47, 48)], among: [(51, 56)]).count == 1)
        #expect(FixedWidth.placedDashes([(30, 31)], among: [(51, 56)]).count == 2)
    }
}

@Suite struct FixedWidthLabelEdgeTests {
    @Test func aYearHeaderOverTheCurrencySignIsAHeaderNotALabel() {
        let s = """
                                                     November 29,       December 1,
                                                         2024               2023
        Cash and cash equivalents                 $            7,613  $           7,141
        Short-term investments                                   273                701
        Total current assets                                  11,232             11,084
        """
        let text = Array(s.utf8)
        let rows = FixedWidth.read(text, TableRegionFinder.lines(text)).rows
        #expect(rows.filter { !$0.label.isEmpty }.map(\.label) == ["Cash and cash equivalents", "Short-term investments", "Total current assets"])
        #expect(rows.contains { $0.label.isEmpty && $0.text(1) == "2024" })
    }
}

@Suite struct FixedWidthPrintedColumnTests {
    @Test func aHeadingCentredOverTwoDollarColumnsSpansBoth() {
        let s = """
                                                        September 30,
                                                     2024              2023
        Foreign exchange contracts         $               49    $              100
        Cross-currency swaps               $               36    $              178
        Total                                              85                   278
        """
        let text = Array(s.utf8)
        let rows = FixedWidth.read(text, TableRegionFinder.lines(text)).rows
        let top = rows.first { $0.label.isEmpty && $0.text(1) == "September 30," }
        #expect(top?.spanEnds?[1] == 2)
    }
}

@Suite struct MarkdownSplitNoteTests {
    @Test func aUnitsNoteCutOverTheColumnHeadersIsTheTablesUnits() throws {
        let tables = try processed(text: """
            ||**For the Years Ended**|**September 30,**|
            |---|---|---|
            ||**2024**|**2023**|
            ||**(in millions, exc**|**ept per share data)**|
            |Net revenue|$ 35,926|$ 32,653|
            |Operating expenses|12,331|11,653|
            |Diluted earnings per share|$ 9.73|$ 8.28|

            """).tables
        let t = try #require(tables.first)
        #expect(t.units.scale == 1_000_000)
        #expect(t.cells.first { $0.rowLabel == "Operating expenses" }?.scale == 1_000_000)
        #expect(t.cells.first { $0.rowLabel == "Diluted earnings per share" }?.scale == 1)
    }
}
