import FolioModel
@testable import FolioTables
import Testing

/// Reading-order statements of two period groups whose first row is a band of its own, the
/// second group's heading printed among that row's figures (`ColumnRuns.groupHeadingAmongBand`,
/// #17). Each on inputs written for it (a made-up company).
@Suite struct ColumnRunsGroupAmongBandTests {
    /// Each column's period, in column order, as `start..end`.
    static func periods(_ t: Table, row label: String) -> [String] {
        t.cells.filter { $0.rowLabel == label }.map { c in
            if case let .duration(s, e)? = c.period { return "\(s)..\(e)" }
            return "-"
        }
    }

    static func values(_ t: Table, row label: String) -> [Double?] {
        t.cells.filter { $0.rowLabel == label }.map(\.value)
    }

    /// A cash flow statement: the quarter's heading above the labels, the half year's among
    /// net income's figures, then each later band column by column.
    static func cashFlows(secondYears: String = "2030\n2029") -> String {
        """
        ACME WIDGETS, INC.
        STATEMENTS OF CASH FLOWS
        (in thousands)
        Three Months Ended
        June 30,
        June 30,
        2030
        2029

        Cash flows from operating activities:
        Net income
        Adjustments to reconcile net income to net cash:
        Depreciation
        Stock-based compensation
        Net cash provided by operating activities
        Cash flows from investing activities:
        Purchases of equipment
        Net cash used in investing activities

        $

        $

        500

        $

        Six Months Ended
        June 30,
        June 30,
        \(secondYears)

        400

        $ 900

        $ 700

        60
        40
        600

        55
        35
        490

        120
        80
        1,100

        110
        70
        880

        (30)
        (30)

        (20)
        (20)

        (50)
        (50)

        (40)
        (40)
        """
    }

    /// Both groups' headings dealt out: each column its group's heading, its date, its year.
    @Test func secondGroupHeadingAmongTheFirstRowIsItsHeader() throws {
        let doc = try processed(text: Self.cashFlows())
        let t = try #require(doc.tables.first)
        #expect(Self.values(t, row: "Net income") == [500, 400, 900, 700])
        #expect(Self.values(t, row: "Net cash provided by operating activities") == [600, 490, 1100, 880])
        #expect(Self.values(t, row: "Net cash used in investing activities") == [-30, -20, -50, -40])
        #expect(Self.periods(t, row: "Depreciation") == ["2030-04-01..2030-06-30", "2029-04-01..2029-06-30",
                                                         "2030-01-01..2030-06-30", "2029-01-01..2029-06-30"])
    }

    /// Headings naming their date, the years alone under them, a nine months' group: the
    /// comprehensive income statement's net income set apart.
    @Test func headingsWithTheirDatesAndNineMonths() throws {
        let text = """
            ACME WIDGETS, INC.
            STATEMENTS OF COMPREHENSIVE INCOME
            (in millions)
            For the Three Months Ended September 30,
            2030
            2029

            Net income
            Other comprehensive income:
            Foreign currency translation
            Unrealized gains on securities
            Comprehensive income

            $

            300

            $

            For the Nine Months Ended September 30,
            2030
            2029

            250

            $ 800

            $ 720

            10
            5
            315

            (4)
            2
            248

            12
            (6)
            806

            3
            1
            724
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(Self.values(t, row: "Net income") == [300, 250, 800, 720])
        #expect(Self.values(t, row: "Comprehensive income") == [315, 248, 806, 724])
        #expect(Self.periods(t, row: "Foreign currency translation") == [
            "2030-07-01..2030-09-30", "2029-07-01..2029-09-30", "2030-01-01..2030-09-30", "2029-01-01..2029-09-30"])
    }

    /// A quarter's cash flow statement of two period groups: the header, the operating
    /// section's labels, `moreLabels` (the later sections', each line ending with a newline,
    /// or none), then net income's band with the second group's heading among its figures,
    /// then `runs`.
    static func operating(moreLabels: String, runs: String) -> String {
        """
        ACME WIDGETS, INC.
        STATEMENTS OF CASH FLOWS
        (in thousands)
        Three Months Ended
        March 31,
        March 31,
        2030
        2029

        Cash flows from operating activities:
        Net income
        Adjustments to reconcile net income to net cash:
        Increase in inventories
        Decrease in payables
        Depreciation and amortization of property and equipment
        Stock-based compensation
        Net cash provided by operating activities
        \(moreLabels)
        $

        100

        $

        Six Months Ended
        March 31,
        March 31,
        2030
        2029

        90

        $ 210

        $ 170

        \(runs)
        """
    }

    /// A band ending at a label the normalizer joined from two lines (shorter than a label
    /// known as wrapped by its length): in a statement of period groups it is taken as
    /// printed on two lines, and the runs reconcile.
    @Test func aBandEndsAtAJoinedLongLabel() throws {
        let text = Self.operating(moreLabels: """
            """, runs: """
            (5)
            (3)

            (4)
            (2)

            (9)
            (6)

            (8)
            (7)

            20
            8
            119

            18
            6
            109

            40
            15
            250

            36
            12
            203
            """)
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(Self.values(t, row: "Depreciation and amortization of property and equipment") == [20, 18, 40, 36])
        #expect(Self.values(t, row: "Net cash provided by operating activities") == [119, 109, 250, 203])
        #expect(Self.periods(t, row: "Net income") == ["2030-01-01..2030-03-31", "2029-01-01..2029-03-31",
                                                       "2029-10-01..2030-03-31", "2028-10-01..2029-03-31"])
    }

    /// Two bands ending at joined labels: the fewest labels taken as wrapped that let the
    /// counts fit are two, and only one pair does.
    @Test func twoBandsEndAtJoinedLongLabels() throws {
        let text = Self.operating(moreLabels: """
            Cash flows from investing activities:
            Purchases of equipment
            Proceeds from sales of equipment
            Purchases of investments
            Maturities of investments
            Net cash used in investing activities
            Effect of exchange rate changes on cash and cash equivalents
            Net increase in cash and cash equivalents
            Cash and cash equivalents at beginning of period
            Cash and cash equivalents at end of period

            """, runs: """
            (5)
            (4)

            (3)
            (2)

            (9)
            (6)

            (8)
            (7)

            20
            10
            121

            18
            9
            112

            40
            21
            256

            36
            17
            208

            (30)
            5
            (10)
            15
            (20)

            (20)
            4
            (8)
            12
            (12)

            (50)
            9
            (18)
            27
            (32)

            (40)
            7
            (15)
            20
            (28)

            2
            103
            400
            503

            (1)
            99
            300
            399

            3
            227
            276
            503

            (2)
            178
            221
            399
            """)
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(Self.values(t, row: "Depreciation and amortization of property and equipment") == [20, 18, 40, 36])
        #expect(Self.values(t, row: "Cash and cash equivalents at end of period") == [503, 399, 503, 399])
        #expect(Self.periods(t, row: "Purchases of equipment") == ["2030-01-01..2030-03-31", "2029-01-01..2029-03-31",
                                                                   "2029-10-01..2030-03-31", "2028-10-01..2029-03-31"])
    }

    /// Guard: a second group whose years do not repeat the first's in the same order: which
    /// column is whose cannot be told, no column gets a period from the groups' headings.
    @Test func groupsWhoseYearsDoNotRepeatGiveNoPeriod() throws {
        let doc = try processed(text: Self.cashFlows(secondYears: "2029\n2030"))
        for t in doc.tables {
            #expect(!Self.periods(t, row: "Depreciation").contains { $0.hasPrefix("2029-01-01") || $0.hasPrefix("2030-01-01") })
        }
    }

    /// Guard: a schedule of one row under a long heading in capitals, its four figures each a
    /// run, the second group's heading among them. Taking the heading as wrapped reads the
    /// four runs as two columns of two rows (the heading taking figures): fewer columns than
    /// the groups' headings tell, so that reading is not taken.
    @Test func aReadingOfFewerColumnsThanTheGroupsIsNotTaken() throws {
        let text = """
            Gains and losses recognized in other comprehensive income:
            Three Months Ended March 31
            2030
            2029

            DERIVATIVES IN NET INVESTMENT HEDGING RELATIONSHIPS
            Foreign currency interest rate contracts
            $
            (473) $

            Nine Months Ended March 31
            2030
            2029

            269

            $

            (117) $

            67

            Amounts reclassified from accumulated other comprehensive income were not material.
            """
        let doc = try processed(text: text)
        for t in doc.tables {
            #expect(t.cells.filter { $0.rowLabel.hasPrefix("DERIVATIVES") }.allSatisfy { $0.value == nil })
            #expect(t.nCols != 3)
        }
    }

    @Test func theHeadingAmongTheBandIsRecognised() {
        let text = Array("Net income\nDepreciation\n\n500\n\nSix Months Ended\nJune 30,\nJune 30,\n2030\n2029\n\n400\n".utf8)
        let lines = TableRegionFinder.lines(text, in: 0..<text.count)
        let kinds = ColumnRuns.classifyAll(text, lines)
        let band: [(pieces: [Int], figures: [Int])] = [(pieces: [], figures: [3])]
        #expect(ColumnRuns.groupHeadingAmongBand(text, lines, kinds, band, Array(5...9)))
        // A band of more rows than one, a heading without a period, a date over no year: none.
        #expect(!ColumnRuns.groupHeadingAmongBand(text, lines, kinds, [(pieces: [], figures: [3, 11])], Array(5...9)))
        #expect(!ColumnRuns.groupHeadingAmongBand(text, lines, kinds, band, Array(6...9)))
        #expect(!ColumnRuns.groupHeadingAmongBand(text, lines, kinds, band, Array(5...7)))
    }
}
