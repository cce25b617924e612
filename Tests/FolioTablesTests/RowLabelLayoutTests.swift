import FolioModel
@testable import FolioTables
import Testing

/// Row labels of fixed-width tables (`pdftotext -layout`) that a figure, a column of ranges,
/// a title trim or a hanging indent used to take: each rule on small tables written for it,
/// with the layouts that look alike and must stay as they were.
@Suite struct RowLabelLayoutTests {
    func table(_ s: String) throws -> Table {
        let doc = try processed(text: s)
        return try #require(doc.tables.first)
    }

    func label(of raw: String, in t: Table) -> String? {
        t.cells.first { $0.raw.hasSuffix(raw) }?.rowLabel
    }

    // MARK: A label opening with figures (`FixedWidth.isFigureBoundary`, `runsOnIntoWords`)

    @Test func aLabelOpeningWithARateAndAYearStaysTheLabel() throws {
        let s = """
        (dollars in millions)                    Due Date         2024          2023
          1.90% 2025 Notes                       February 2025    $   500       $   500
          3.25% 2027 Notes                       February 2027      1,000         1,000
          4.80% 2029 Notes                       April 2029           750             —
        Total debt outstanding, at par                            $ 2,250       $ 1,500
        """
        let t = try table(s)
        #expect(label(of: "1,000", in: t) == "3.25% 2027 Notes")
        #expect(label(of: "750", in: t) == "4.80% 2029 Notes")
        #expect(label(of: "2,250", in: t) == "Total debt outstanding, at par")
    }

    // MARK: A rate printed before the label, a space before its `%` (`LabelColumns.splitOpeningRates`)

    @Test func aRateOpeningTheLabelIsAFigureOfTheRow() throws {
        let s = """
        (in millions)                                                2024        2023     Rate
        Senior Notes
        2024 USD Notes      4.100 % Senior Notes due January 2028    $ 750       $ —      4.262 %
                            4.350 % Senior Notes due January 2032    1,150         —      4.446 %
        2023 USD Notes      4.850 % Senior Notes due March 2033        750         750    4.923 %
                            3.800 % Senior Notes due November 2046     600         600    3.893 %
        Total debt                                                 $ 3,250     $ 1,350
        """
        let t = try table(s)
        #expect(label(of: "1,150", in: t) == "Senior Notes due January 2032")
        #expect(label(of: "600", in: t) == "Senior Notes due November 2046")
        #expect(label(of: "4.446 %", in: t) == "Senior Notes due January 2032")
        let rate = try #require(t.cells.first { $0.raw == "4.350 %" })
        #expect(rate.rowLabel == "Senior Notes due January 2032")
        #expect(label(of: "3,250", in: t) == "Total debt")
    }

    @Test func aRateOpeningTheLabelAtTheMargin() throws {
        let s = """
        (in millions)                                2024        2023
        3.800 % Senior Notes due 2027             $   600     $   600
        4.350 % Senior Notes due 2032               1,150       1,150
        Total                                     $ 1,750     $ 1,750
        """
        let t = try table(s)
        #expect(label(of: "1,150", in: t) == "Senior Notes due 2032")
        #expect(t.cells.first { $0.raw == "3.800 %" }?.rowLabel == "Senior Notes due 2027")
    }

    @Test func ratesThatAreNoLabelOpeningStayAsTheyWere() {
        func grid(_ s: String) -> [GridRow] {
            let b = Array(s.utf8)
            var spans: [Span] = [], start = 0
            for (i, c) in b.enumerated() where c == 0x0A { spans.append(Span(start: start, end: i)); start = i + 1 }
            return GridReader.tabRows(b, spans)
        }
        // A column of rates right of the labels: figures, not labels.
        let column = grid("x\t2024\tRate\nNotes due 2030\t1,150\t4.446 %\nNotes due 2032\t750\t4.923 %\n")
        #expect(LabelColumns.splitOpeningRates(column) == column)
        // A rate glued to its `%`: the label's own text.
        let glued = grid("x\t2024\n1.90% 2025 Notes\t500\n3.25% 2027 Notes\t1,000\n")
        #expect(LabelColumns.splitOpeningRates(glued) == glued)
        // A single row opening with a rate: no column of them.
        let once = grid("x\t2024\n3.7 % Growth in sales\t5\nOther\t6\n")
        #expect(LabelColumns.splitOpeningRates(once) == once)
        // A rate after a figure of the row: a cell of figures and words, not a label.
        let after = grid("x\t2024\t\nA\t5\t4.1 % of sales\nB\t6\t3.2 % of sales\n")
        #expect(LabelColumns.splitOpeningRates(after) == after)
        #expect(LabelColumns.openingRate("4.350 % Senior Notes") == 7)
        #expect(LabelColumns.openingRate("4.350 %") == nil)
        #expect(LabelColumns.openingRate("4.350% Notes") == nil)
    }

    @Test func cutAtFiguresOnlyWhereTheFiguresOpenTheLine() {
        func texts(_ line: String) -> [String] {
            let b = Array(line.utf8)
            return FixedWidth.tokens(b, Span(start: 0, end: b.count)).map(\.text)
        }
        // Two figures and then words at the line's start: one label.
        #expect(texts("  1.90% 2025 Notes        500") == ["1.90% 2025 Notes", "500"])
        // Figures of narrow columns stay cut, and a scale word stays with its figure.
        #expect(texts("Revenue    61,181 64,849 57,365") == ["Revenue", "61,181", "64,849", "57,365"])
        #expect(texts("Backlog    445 2.3 billion") == ["Backlog", "445", "2.3 billion"])
        // Figures then words after a label: the words are a cell of their own column.
        #expect(texts("Contracts    161 (41) 1 Net revenue") == ["Contracts", "161", "(41)", "1 Net revenue"])
    }

    // MARK: Figure printed as a row label (`FixedWidth.isFigureLabel`)

    @Test func rangesAndPricesPrintedAsLabelsAtTheMargin() throws {
        let s = """
                                               Number       Remaining       Average
          Range of Exercise Prices           Outstanding      Life          Price
        $1.34 to $154.14                               2          2.6   $   128.18
        $157.70 to $167.45                             1          2.4       162.50
        $218.21                                        2          4.1       218.21
        """
        let t = try table(s)
        #expect(label(of: "162.50", in: t) == "$157.70 to $167.45")
        #expect(label(of: "4.1", in: t) == "$218.21")
        #expect(t.nCols == 4)
    }

    @Test func aFigureEndingAWrappedLabelJoinsIt() throws {
        let s = """
                                                       Retained         Total
                                                       earnings        equity
        Balance at April 1, 2024                       $ 26,908     $ (17,016)
        Net loss                                         (1,439)       (1,439)
        Other comprehensive income, net of tax of
        ($3)                                                  20            20
        Share-based compensation                              89            89
        """
        let t = try table(s)
        #expect(label(of: "20", in: t) == "Other comprehensive income, net of tax of ($3)")
        #expect(label(of: "89", in: t) == "Share-based compensation")
        #expect(label(of: "26,908", in: t) == "Balance at April 1, 2024")
    }

    @Test func aRowOfFiguresUnderItsColumnsKeepsItsFigures() throws {
        let s = """
                                               2024          2023
        Cash                                  1,000           900
        Receivables                             500           400
                                              1,500         1,300
        """
        let t = try table(s)
        #expect(t.cells.contains { $0.raw == "1,500" && $0.value == 1500 })
    }

    // MARK: Ranges in the label zone (`FixedWidth.labelZoneTextColumn`)

    @Test func aColumnOfRangesIsNoPartOfTheLabels() throws {
        let s = """
                                                               Stated                December 31,
                                                Maturities     Rates              2023        2024
        2014 Notes issuance of $6.0 billion     2034 - 2044   4.80% - 4.95%      4,000       2,750
        2017 Notes issuance of $17.0 billion    2025 - 2057   3.15% - 5.20%     15,000      13,000
        2020 Notes issuance of $10.0 billion    2025 - 2060   0.80% - 2.70%      9,000       9,000
        """
        let t = try table(s)
        #expect(label(of: "4,000", in: t) == "2014 Notes issuance of $6.0 billion")
        #expect(label(of: "13,000", in: t) == "2017 Notes issuance of $17.0 billion")
        #expect(t.cells.contains { $0.raw == "9,000" && $0.value == 9000 })
    }

    // MARK: Several text columns in the label zone (`FixedWidth.labelZoneTextColumns`)

    @Test func eachColumnOfRangesIsAColumnOfItsOwn() throws {
        let s = """
                                                         Stated           Effective
                                          Maturities      Rates             Rates          2023       2024
        Series A notes of $6.0 billion    2034 - 2044   4.80% - 4.95%   4.93% - 5.12%     4,000      2,750
        Series B notes of $17.0 billion   2025 - 2057   3.15% - 5.20%   3.02% - 4.33%    15,000     13,000
        Series C notes of $10.0 billion   2025 - 2060   0.80% - 2.70%   0.88% - 2.77%     9,000      9,000
        Total                                                                            28,000     24,750
        """
        let t = try table(s)
        for raw in ["2034 - 2044", "4.80% - 4.95%", "4.93% - 5.12%", "0.88% - 2.77%"] {
            #expect(t.cells.contains { $0.raw == raw }, "\(raw) is a cell of its own")
        }
        let stated = try #require(t.cells.first { $0.raw == "3.15% - 5.20%" })
        let effective = try #require(t.cells.first { $0.raw == "3.02% - 4.33%" })
        #expect(stated.col + 1 == effective.col)
        #expect(label(of: "4,000", in: t) == "Series A notes of $6.0 billion")
        #expect(t.cells.contains { $0.raw == "24,750" && $0.value == 24750 })
    }

    @Test func wordsRightOfTheOnlyTextColumnStayItsCell() throws {
        let s = """
                                              Payment
                                              terms            2024       2023
        4.25% Senior notes due April 2046     Semi-annually   1,600      1,600
        3.80% Senior notes due March 2034     Quarterly         800        800
        5.00% Senior notes due May 2029       Semi-annually     500        500
        """
        let t = try table(s)
        #expect(t.cells.contains { $0.raw == "Quarterly" })
        #expect(label(of: "800", in: t) == "3.80% Senior notes due March 2034")
    }

    // MARK: First row's label begun above its figures (`FixedWidth.opensFirstRow`)

    @Test func theFirstRowsLabelAboveItsFiguresIsNoTitle() throws {
        let s = """
        Consolidated Statements of Equity

        Balance at December 31,
        2021                             1,768     $     18    $ (3,143)
        Net earnings attributable to
        Parent Inc.                          —            —        11,836
        Balance at December 31,
        2022                             1,770     $     18    $ (3,200)
        """
        let t = try table(s)
        #expect(label(of: "1,768", in: t) == "Balance at December 31, 2021")
        #expect(label(of: "11,836", in: t) == "Net earnings attributable to Parent Inc.")
        #expect(label(of: "1,770", in: t) == "Balance at December 31, 2022")
    }

    @Test func aTitleOverTheFirstRowIsStillTrimmed() {
        let s = """
        Revenue by segment
        Cloud                                  1,000       900
        Devices                                  500       400
        """
        let r = TableRegionFinder.find(in: Array(s.utf8))
        #expect(r.count == 1)
        #expect(r.first?.lines.count == 2)
    }

    // MARK: Sentence-case heading over one row (`TableBuilder.hangingContinues`)

    @Test func aSentenceCaseHeadingOverOneRowOneColumnIn() throws {
        let s = """
                                                                     2025          2024
             Accrued expenses and other current liabilities
              Cash flow hedges                                   $    913      $    584

             Losses reclassified from AOCI related to cash flow hedges
              Revenue                                            $   (189)     $    (56)
        """
        let doc = try processed(text: s)
        let cells = doc.tables.flatMap(\.cells)
        #expect(cells.first { $0.raw.hasSuffix("913") }?.rowLabel == "Cash flow hedges")
        #expect(cells.first { $0.raw.hasSuffix("(189)") }?.rowLabel == "Revenue")
    }

    @Test func aHangingLineStillGoesOnFromATitleCaseOrAWrappingLabel() {
        #expect(TableBuilder.hangingContinues("Total Domestic Retail", into: "Stores", nextHasSibling: false))
        #expect(TableBuilder.hangingContinues("Net earnings attributable to", into: "Parent Inc.", nextHasSibling: false))
        #expect(TableBuilder.hangingContinues("Treasury shares issued for other share-", into: "based plans, net", nextHasSibling: false))
        #expect(!TableBuilder.hangingContinues("Accrued expenses and other current liabilities", into: "Cash flow hedges",
                                               nextHasSibling: false))
        #expect(LabelText.isSentenceCase("Accrued expenses and other current liabilities"))
        #expect(!LabelText.isSentenceCase("Total Domestic Retail"))
        #expect(!LabelText.isSentenceCase("Income Before Income Taxes and of the Year"))
    }
}
