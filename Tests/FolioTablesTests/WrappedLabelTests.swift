import FolioModel
import FolioNormalize
import FolioRead
import FolioSegment
@testable import FolioTables
import FolioTestSupport
import Testing

/// Row labels printed over several lines of fixed-width text (`pdftotext -layout`): before
/// their figures (`FixedWidth.isWrappedLabel`) and after them
/// (`FixedWidth.isLabelContinuation`, `TableBuilder.continuesLabel`). Each rule on inputs
/// written for it, and the layouts that look alike and must not be joined.
@Suite struct WrappedLabelTests {
    func regions(_ s: String) -> [TableRegion] { TableRegionFinder.find(in: Array(s.utf8)) }

    func labels(_ s: String) throws -> [String] {
        let doc = try processed(text: s)
        let t = try #require(doc.tables.first)
        var out: [String] = []
        for c in t.cells where !out.contains(c.rowLabel) { out.append(c.rowLabel) }
        return out
    }

    @Test func aLongFirstLineWrappedOverTheFiguresLineStaysInTheTable() throws {
        let s = """
                                                                                   2024        2023
        Net income                                                                1,200       1,100
        Adjustments to reconcile net income to net cash from operating activities:
            Depreciation and amortization of property, equipment and capitalized software,
            and other intangible assets                                             410         380
            Stock-based compensation                                                 95          90
        """
        let r = regions(s)
        #expect(r.count == 1)
        #expect(r.first?.lines.count == 6)
        let l = try labels(s)
        #expect(l.contains("Depreciation and amortization of property, equipment and capitalized software, and other intangible assets"))
        #expect(l.contains("Stock-based compensation"))
    }

    @Test func aWrappedLabelEndingInAConnectorOrGoingOnInLowercase() throws {
        let s = """
                                                                                   2024        2023
        Revenue                                                                   5,000       4,800
        Cash flow hedging activities, net of tax expense (benefit) of $16 in 2024 and
        $(19) in 2023                                                                80         (84)
        Unrealized gains (losses) on marketable securities and privately held debt
            securities                                                               31          83
        """
        let l = try labels(s)
        #expect(l.contains("Cash flow hedging activities, net of tax expense (benefit) of $16 in 2024 and $(19) in 2023"))
        #expect(l.contains("Unrealized gains (losses) on marketable securities and privately held debt securities"))
    }

    @Test func aHeadingWhoseLaterLineHangsDeeperThanItsRowsStaysInTheTable() throws {
        // The heading's second line is indented deeper than the rows it groups: the rows are
        // measured against its first line, so the statement is not cut at the heading.
        let s = """
                                                                           2024        2023
        Net income                                                        5,560       5,428
         Adjustments to reconcile net income to net cash from operations:
             Other non-cash items                                            10           3
             Changes in operating assets and liabilities, net of acquired assets and
                assumed liabilities:
               Trade receivables, net                                       143        (159)
               Deferred revenue                                             309         536
                   Net cash provided by operating activities              8,056       7,302
        """
        let r = regions(s)
        #expect(r.count == 1)
        #expect(r.first?.lines.count == 9)
        let doc = try processed(text: s)
        #expect(doc.tables.count == 1)
        let t = try #require(doc.tables.first)
        let trade = try #require(t.cells.first { $0.raw == "143" })
        #expect(trade.rowLabel == "Trade receivables, net")
        #expect(trade.columnPath == ["2024"])
        // A row printed left of the heading's first line is no row of the heading.
        let text = Array("""
                                                                           2024        2023
             Changes in operating assets and liabilities, net of acquired assets and
                assumed liabilities
        Trade receivables, net                                              143        (159)
        """.utf8)
        let ls = TableRegionFinder.lines(text)
        #expect(FixedWidth.isWrappedLabel(text, ls, ls.map { TableRegionFinder.classify(text, $0) }, 1) == false)
    }

    @Test func aSentenceOrAHeadingIsNoWrappedLabel() {
        // A sentence ending in `.` over a row: the region ends before it. A line going on
        // into an unlabelled line of figures printed right of it is that row's label
        // (`TableBuilder.labelsFiguresBelow`), so the region goes on over it.
        let s = """
                                                                                   2024        2023
        Net income                                                                1,200       1,100
        Stock-based compensation                                                     95          90
        The accompanying notes are an integral part of these consolidated financial statements.
        Revenue                                                                   5,000       4,800
        Cost of sales                                                             2,000       1,900
        """
        let text = Array(s.utf8)
        let ls = TableRegionFinder.lines(text)
        let kinds = ls.map { TableRegionFinder.classify(text, $0) }
        #expect(FixedWidth.isWrappedLabel(text, ls, kinds, 3) == false)
        let sub = Array("""
        Amounts reclassified out of other comprehensive income into earnings, and
                                                                                  1,295       1,190
        """.utf8)
        let sl = TableRegionFinder.lines(sub)
        #expect(FixedWidth.isWrappedLabel(sub, sl, sl.map { TableRegionFinder.classify(sub, $0) }, 0))
        // A figure printed under the label, not right of it, is no row of that label.
        let under = Array("""
        Amounts reclassified out of other comprehensive income into earnings, and
                                           1,295                                       1,190
        """.utf8)
        let ul = TableRegionFinder.lines(under)
        #expect(FixedWidth.isWrappedLabel(under, ul, ul.map { TableRegionFinder.classify(under, $0) }, 0) == false)
        #expect(regions(s).first?.lines.count == 3)
    }

    @Test func aLabelContinuedUnderItsFiguresJoinsItsRow() throws {
        let s = """
                                                                                   2025        2024
        Total liabilities                                                         1,618       1,887
        Stockholders' equity:
         Common stock, $0.001 par value; 500,000 shares authorized; 54,198 and       53          52
            52,667 shares issued; 52,701 and 51,767 shares outstanding at June 30, 2025 and
            December 31, 2024, respectively
         Treasury stock, at cost                                                    (1)          —
         Additional paid-in capital                                               3,310       3,100
        """
        let r = regions(s)
        #expect(r.count == 1)
        let l = try labels(s)
        #expect(l.contains("Common stock, $0.001 par value; 500,000 shares authorized; 54,198 and 52,667 shares issued; 52,701 and 51,767 shares outstanding at June 30, 2025 and December 31, 2024, respectively"))
        #expect(l.contains("Treasury stock, at cost"))
        #expect(l.contains("Additional paid-in capital"))
    }

    @Test func aDeeperLineWrappingIntoTheNextFiguresStartsTheNextRow() throws {
        // `Depreciation ...` is indented deeper than `Net income`, but goes on into the next
        // row's figures: the first line of that row's label, not the end of `Net income`.
        let s = """
                                                                                   2024        2023
        Net income                                                                1,200       1,100
            depreciation and amortization of property, equipment and
            capitalized software                                                    410         380
        """
        let l = try labels(s)
        #expect(l.contains("Net income"))
        #expect(l.contains("depreciation and amortization of property, equipment and capitalized software"))
    }

    @Test func aHeadingUnderARowIsNoContinuation() throws {
        let s = """
                                                                                   2024        2023
        Total current assets                                                      9,000       8,000
          Other assets:
            Goodwill                                                              1,200       1,100
            Intangible assets                                                       410         380
        """
        let doc = try processed(text: s)
        let t = try #require(doc.tables.first)
        let total = try #require(t.cells.first { $0.raw == "9,000" })
        #expect(total.rowLabel == "Total current assets")
        let goodwill = try #require(t.cells.first { $0.raw == "1,200" })
        #expect(goodwill.rowPath == ["Other assets", "Goodwill"])
    }

    @Test func aFootnoteMarkerWrappedUnderItsLabelEndsTheLabel() throws {
        let s = """
                                                                       Cost        Fair Value
             Cash                                                 $  11,706      $  11,706
             Money market funds                                      39,160         39,160
        Less: Restricted cash, cash equivalents, and marketable securities
        (2)                                                                             (503)
             Total cash and marketable securities                                  $ 50,363
        """
        let l = try labels(s)
        #expect(l.contains("Cash"))
        #expect(l.contains("Money market funds"))
        #expect(l.contains("Less: Restricted cash, cash equivalents, and marketable securities (2)"))
        #expect(l.contains("Total cash and marketable securities"))
        // A row of figures without a label, printed under its columns, keeps its first figure.
        let bytes = Array("                 (2)       (5)".utf8)
        let row = FixedWidth.tokens(bytes, Span(start: 0, end: bytes.count))
        #expect(FixedWidth.isMarkerLabel(row[0], of: row) == false)
    }
}

/// A row label printed around or above its figures' line, the figures' line printing no
/// label (`FixedWidth.joinLabelsAroundFigures`, `TableBuilder.labelsFiguresBelow`,
/// `FixedWidth.isWrappedLabel`), read through the default pipeline's stages, so a figures'
/// line opening with a nil figure (`-`) keeps its columns (`Normalizer.isNilFigureOpeningRow`).
@Suite struct LabelAboveFiguresTests {
    func table(_ s: String) throws -> Table {
        let doc = try TestPipeline.run([ReadStage(options: StageOptions()), NormalizeStage(options: StageOptions()),
                                        SegmentStage(options: StageOptions()), TablesStage(options: StageOptions())], text: s)
        #expect(doc.tables.count == 1)
        return try #require(doc.tables.first)
    }

    func rows(_ t: Table) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for c in t.cells { out[c.rowLabel, default: []].append(c.raw) }
        return out
    }

    @Test func aLabelAroundAFiguresLineOpeningWithADashIsOneRowInOneTable() throws {
        let t = try table("""
        Statement of Changes in Equity
                                                Common  Treasury   Paid-in  Retained
        Millions                                shares    shares   surplus  earnings      Total
        Balance at April 1, 2025               1,113.2   (514.2) $   5,075 $  66,450 $  71,525
        Net income                                   -         -         -     1,876      1,876
        Conversion, stock option exercises,
                                                     -       0.1        47         -         47
        forfeitures, ESPP, and other [b]
        Share repurchase programs (Note
                                                     -     (6.1)       383   (1,336)      (953)
        16)
        Balance at June 30, 2025               1,113.2   (520.3) $   5,505 $  65,990 $  71,495

        """)
        let r = rows(t)
        #expect(r["Conversion, stock option exercises, forfeitures, ESPP, and other [b]"] == ["-", "0.1", "47", "-", "47"])
        #expect(r["Share repurchase programs (Note 16)"] == ["-", "(6.1)", "383", "(1,336)", "(953)"])
        #expect(r["Balance at June 30, 2025"]?.count == 5)
        #expect(r[""] == nil)
    }

    @Test func aLabelThatGoesOnLabelsTheFiguresLineUnderIt() throws {
        let t = try table("""
                                                          2025          2024
        Net income                                       1,200         1,100
        Stock-based compensation expense, net of
                                                           310           290
        Depreciation                                       100            90
        Effect of exchange rate changes on cash (Note
                                                           (12)            8
        Net change in cash                               1,598         1,488

        """)
        let r = rows(t)
        #expect(r["Stock-based compensation expense, net of"] == ["310", "290"])
        #expect(r["Effect of exchange rate changes on cash (Note"] == ["(12)", "8"])
        #expect(r["Depreciation"] == ["100", "90"])
        #expect(r[""] == nil)
        // Depreciation is no member of a heading.
        #expect(t.cells.first { $0.rowLabel == "Depreciation" }?.rowPath == ["Depreciation"])
    }

    @Test func aLongLabelAboveItsFiguresKeepsTheStatementWhole() throws {
        let t = try table("""
                                                                                        2025          2024
        Net income                                                                     1,200         1,100
        Change in net unrealized gains (losses) on available-for-sale securities, net of
                                                                                         (12)           45
        Comprehensive income                                                           1,188         1,145

        """)
        let r = rows(t)
        #expect(r["Change in net unrealized gains (losses) on available-for-sale securities, net of"] == ["(12)", "45"])
        #expect(r["Comprehensive income"] == ["1,188", "1,145"])
    }

    @Test func aLabelWhoseLastWordsReadAsAFigureKeepsTheStatementWhole() throws {
        let s = """
                                                                                   2024          2023
        Net income (loss)                                                     $  59,248     $  30,425
        Other comprehensive income (loss):
            Foreign currency translation adjustments, net of tax of $100, $(55), and
            $226                                                                (3,333)         1,027
            Change in net unrealized gains (losses), net of tax of $159, $(110), and
            $(2,086)                                                              6,339           366
        Comprehensive income (loss)                                           $  62,254     $  31,872

        """
        let t = try table(s)
        let r = rows(t)
        #expect(r["Foreign currency translation adjustments, net of tax of $100, $(55), and $226"] == ["(3,333)", "1,027"])
        #expect(r["Change in net unrealized gains (losses), net of tax of $159, $(110), and $(2,086)"] == ["6,339", "366"])
        #expect(r["Net income (loss)"]?.count == 2)
        // Printed under the figures, not at the margin, a figure opens no label.
        let text = Array("""
            Change in net unrealized gains (losses), net of tax of $159, $(110), and
                                      (2,086)                                     6,339           366
        """.utf8)
        let ls = TableRegionFinder.lines(text)
        #expect(FixedWidth.isWrappedLabel(text, ls, ls.map { TableRegionFinder.classify(text, $0) }, 0) == false)
    }

    @Test func aFirstRowLabelBegunAboveItsFiguresKeepsItsFirstLineWhenItRunsPastTheFigures() throws {
        // A narrow label column (a PDF read directly): the first line of the first row's
        // label runs past the left edge of the figures (`FixedWidth.opensFirstRow`).
        let t = try table("""
                          2024      Additions    2025
        Acquired developed
        technology     $  4,624  $   (1,666)  $  2,958
        Customer
        relationships     6,674          220     6,894
        Total          $ 11,298  $   (1,446)  $  9,852

        """)
        let r = rows(t)
        #expect(r["Acquired developed technology"] == ["$  4,624", "$   (1,666)", "$  2,958"])
        #expect(r["Customer relationships"]?.count == 3)
        #expect(!t.header.joined().contains { $0.contains("Acquired") })
    }

    @Test func aHeadingOverAnUnlabelledTotalStaysAHeading() throws {
        let t = try table("""
                                                          2025          2024
        Operating Activities
          Net income                                     1,200         1,100
          Depreciation                                     100            90
                                                         1,300         1,190
        Investing Activities
                                                        (1,750)       (1,660)
        Financing Activities:
                                                          (400)         (300)
        Net change in cash                                (850)         (770)

        """)
        let r = rows(t)
        #expect(r["Investing Activities"] == nil)
        #expect(r["Financing Activities:"] == nil)
        #expect(r["Financing Activities"] == nil)
        #expect(t.cells.contains { $0.raw == "(1,750)" && $0.rowPath.first == "Investing Activities" })
        #expect(r["Net change in cash"] == ["(850)", "(770)"])
    }
}
