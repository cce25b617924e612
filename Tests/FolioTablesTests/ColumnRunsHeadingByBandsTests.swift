import FolioModel
@testable import FolioTables
import Testing

/// Reading-order statements with section headings printed without a colon that no lexical
/// rule names: the bands of the runs place them (`ColumnRuns.headingByBands`), and a
/// reconciliation's heading names the row it leads to (`namesALaterRow`), #17. Inputs written
/// for them (a made-up company).
@Suite struct ColumnRunsHeadingByBandsTests {
    static func row(_ t: Table, _ label: String) -> [String] {
        t.cells.filter { $0.rowLabel == label && $0.value != nil }.sorted { $0.col < $1.col }.map(\.raw)
    }

    /// A cash flow statement: both headings of its operating section printed without a
    /// colon, the runs broken into bands at them.
    static let cashFlows = """
        Statements of Cash Flows
        (in thousands)
        Six Months Ended June 30,
        2031
        2030
        Operating Activities:
        Net income
        Adjustments to reconcile net income to net cash provided by operating activities
        Depreciation and amortization
        Stock-based compensation
        Deferred income taxes
        Changes in operating assets and liabilities
        Accounts receivable
        Accounts payable
        Net cash provided by operating activities
        Investing Activities:
        Purchases of property and equipment
        Purchases of investments
        Net cash used in investing activities

        See accompanying notes.

        1,000

        $

        800

        300
        200
        (50)

        250
        150
        (40)

        (100)
        70
        1,420

        (60)
        50
        1,150

        (400)
        (600)
        (1,000)

        (300)
        (200)
        (500)

        """

    @Test func cashFlowsWithHeadingsWithoutColons() throws {
        let doc = try processed(text: Self.cashFlows)
        let t = try #require(doc.tables.first { !Self.row($0, "Accounts receivable").isEmpty })
        #expect(Self.row(t, "Net income") == ["1,000", "800"])
        #expect(Self.row(t, "Deferred income taxes") == ["(50)", "(40)"])
        #expect(Self.row(t, "Accounts receivable") == ["(100)", "(60)"])
        #expect(Self.row(t, "Net cash provided by operating activities") == ["1,420", "1,150"])
        #expect(Self.row(t, "Changes in operating assets and liabilities").isEmpty)
    }

    /// A roll-forward of accumulated other comprehensive income: one heading mid-table, the
    /// runs broken at it, the last row the sum of the rows above.
    static func comprehensive(runs: String) -> String {
        """
        The components of accumulated other comprehensive income were as follows:
        (in millions)

        Foreign currency translation adjustments
        Net investment hedges
        Cash flow hedges
        Foreign exchange contracts
        Interest rate contracts
        Accumulated other comprehensive income (loss)

        \(runs)

        """
    }

    static let brokenAtTheHeading = """
        $
        (1,100)
        180

        $
        (440)
        110

        (20)
        (120)
        (1,060)

        150
        —
        (180)
        """

    @Test func headingWhereTheRunsBreak() throws {
        let doc = try processed(text: Self.comprehensive(runs: Self.brokenAtTheHeading))
        let t = try #require(doc.tables.first { !Self.row($0, "Interest rate contracts").isEmpty })
        #expect(Self.row(t, "Net investment hedges") == ["180", "110"])
        #expect(Self.row(t, "Foreign exchange contracts") == ["(20)", "150"])
        #expect(Self.row(t, "Accumulated other comprehensive income (loss)") == ["(1,060)", "(180)"])
        #expect(Self.row(t, "Cash flow hedges").isEmpty)
    }

    /// Guard: the same figures, each column one unbroken run: no band tells where the
    /// heading stands, and the statement stays text.
    @Test func noHeadingInsideAnUnbrokenRun() throws {
        let unbroken = """
            $
            (1,100)
            180
            (20)
            (120)
            (1,060)

            $
            (440)
            110
            150
            —
            (180)
            """
        let doc = try processed(text: Self.comprehensive(runs: unbroken))
        #expect(!doc.tables.contains { !Self.row($0, "Interest rate contracts").isEmpty })
    }

    /// Guard: a label line too many (a wrapped label's second line starting with a figure)
    /// over unbroken runs whose total adds up only with `Common stock` taking no figure (the
    /// rows below it summed): no band ends there, and the equity stays text.
    @Test func noHeadingForALabelLineTooMany() throws {
        let text = """
            Stockholders' equity:
            Preferred stock, none issued
            Common stock, 10 shares authorized;
            5 and 4 shares outstanding, respectively
            Additional paid-in capital
            Retained earnings
            Total stockholders' equity

            $
            50
            100
            300
            200
            $ 600

            $
            40
            100
            250
            150
            $ 500

            """
        let doc = try processed(text: text)
        #expect(!doc.tables.contains { !Self.row($0, "Retained earnings").isEmpty })
    }

    /// Guard: a first label is no heading the bands place (another table's labels printed
    /// over these runs would read so, each a row off).
    @Test func noFirstLabelHeading() throws {
        let text = """
            Cost of revenue
            Research and development
            Sales and marketing
            General and administrative
            Total stock-based compensation expense

            $
            1,200
            128,500
            7,300
            $ 137,000

            $
            1,800
            116,900
            6,300
            $ 125,000

            """
        let doc = try processed(text: text)
        #expect(!doc.tables.contains { !Self.row($0, "Research and development").isEmpty })
    }

    /// A reconciliation's heading names the row it leads to, after `to`; a row that merely
    /// holds a later row's words does not.
    @Test func headingNamingALaterRow() {
        func labels(_ texts: [String]) -> [ColumnRuns.Label] { texts.map { ColumnRuns.Label(text: $0, span: Span(start: 0, end: 0)) } }
        let flows = labels(["Adjustments to reconcile net income to net cash provided by operating activities, net of acquisitions",
                            "Depreciation", "Net cash provided by operating activities"])
        #expect(ColumnRuns.namesALaterRow(flows, 0))
        let earnings = labels(["Earnings before provision for income taxes", "Provision for income taxes", "Net earnings"])
        #expect(!ColumnRuns.namesALaterRow(earnings, 0))
    }

    /// A segment's income statement in four columns: its first row a band of its own, a
    /// heading without a colon where the runs break, and its last row printed apart, after a
    /// lone `$` line, before the first column's figure (`headingAndRowApart`). The bands
    /// differ in length (bands of one length fit two orders of the runs).
    static let segmentResults = """
        Three Months Ended
        March 31,
        March 31,
        2031
        2030

        Nine Months Ended
        March 31,
        March 31,
        2031
        2030
        (in thousands)

        Revenues
        Less:
        Cost of revenues
        Marketing
        Research and development
        General and administrative
        Operating income
        Operating margin

        $

        Nonoperating items
        Interest expense
        Interest income
        Income before income taxes
        Provision for income taxes
        $

        Net income

        5,000

        $

        4,000

        $

        15,000

        $

        12,000

        2,000
        1,000
        200
        300
        1,500
        30.0 %

        1,800
        900
        150
        250
        900
        22.5 %

        6,000
        3,000
        600
        900
        4,500
        30.0 %

        5,400
        2,700
        450
        750
        2,700
        22.5 %

        (100)
        20
        1,420
        (300)
        1,120

        (90)
        10
        820
        (170)
        650

        (300)
        60
        4,260
        (900)
        3,360

        (270)
        30
        2,460
        (510)
        1,950

        """

    @Test func aHeadingAndTheLastRowPrintedApart() throws {
        let doc = try processed(text: Self.segmentResults)
        let t = try #require(doc.tables.first { !Self.row($0, "Interest expense").isEmpty })
        #expect(Self.row(t, "Revenues") == ["5,000", "4,000", "15,000", "12,000"])
        #expect(Self.row(t, "Operating margin") == ["30.0 %", "22.5 %", "30.0 %", "22.5 %"])
        #expect(Self.row(t, "Interest expense") == ["(100)", "(90)", "(300)", "(270)"])
        #expect(Self.row(t, "Net income") == ["1,120", "650", "3,360", "1,950"])
        #expect(Self.row(t, "Nonoperating items").isEmpty)
        let net = try #require(t.cells.first { $0.rowLabel == "Net income" && $0.col == 2 })
        #expect(net.period == .duration(start: CalendarDate(year: 2030, month: 7, day: 1)!, end: CalendarDate(year: 2031, month: 3, day: 31)!))
    }

    /// The last row printed apart must be the net of the two rows above it (or add up as a
    /// row apart does): when it is not, the region stays text.
    @Test func aRowApartThatDoesNotAddUpStaysText() throws {
        let text = Self.segmentResults.replacingOccurrences(of: "1,120", with: "1,125")
        let doc = try processed(text: text)
        #expect(!doc.tables.contains { !Self.row($0, "Interest expense").isEmpty })
    }

    /// A net of the two rows above, in every column.
    @Test func netOfTheTwoRowsAbove() {
        let text = Array("1,420\n(300)\n1,120\n820\n(170)\n650\n".utf8)
        var lines: [Span] = []
        var start = 0
        for (i, b) in text.enumerated() where b == 0x0A { lines.append(Span(start: start, end: i)); start = i + 1 }
        let labels = ["Income before income taxes", "Provision for income taxes", "Net income"].map { ColumnRuns.Label(text: $0, span: Span(start: 0, end: 0)) }
        #expect(ColumnRuns.netOfTheTwoAbove(text, lines, labels: labels, figures: [[0, 1, 2], [3, 4, 5]]))
        #expect(!ColumnRuns.netOfTheTwoAbove(text, lines, labels: labels, figures: [[0, 1, 2]]))
        #expect(!ColumnRuns.netOfTheTwoAbove(text, lines, labels: labels, figures: [[0, 1, 2], [3, 1, 5]]))
    }

    /// One labelled row under a group label, and runs of figures: the heading rule needs four
    /// rows, and reads nothing (its counts are divided by the rows but one: no crash).
    @Test func oneLabelledRowReachesNoHeading() {
        let text = Array("100\n200\n300\n400\n".utf8)
        let lines = [Span(start: 0, end: 3), Span(start: 4, end: 7), Span(start: 8, end: 11), Span(start: 12, end: 15)]
        let kinds = [ColumnRuns.Line](repeating: .figure, count: 4)
        let labels = ["Operating data:", "Net revenue"].map { ColumnRuns.Label(text: $0, span: Span(start: 0, end: 0)) }
        let runs: [(pieces: [Int], figures: [Int])] = [([], [0, 1]), ([], [2, 3])]
        #expect(ColumnRuns.headingByBands(text, lines, kinds, runs, labels) == nil)
    }

    /// A pension note's cost for two kinds of plan, each under a heading without a colon, the
    /// first heading first among the labels; the rows under the second repeat the first's
    /// (`headingsOverParallelGroups`).
    static func planCosts(firstTotal: String = "(48)", secondTotal: String = "65", secondRow: String = "Interest cost") -> String {
        """
        Net Periodic Benefit Cost
        (in millions)
        2031
        2030

        Pension plans
        Service cost
        Interest cost
        Expected return on plan assets
        Net periodic benefit cost
        Retiree medical plans
        Service cost
        \(secondRow)
        Net periodic benefit cost

        $

        286
        451
        (785)
        \(firstTotal)

        $

        270
        432
        (723)
        (21)

        43
        22
        \(secondTotal)

        37
        13
        50

        """
    }

    @Test func headingsOverParallelGroups() throws {
        let doc = try processed(text: Self.planCosts())
        let t = try #require(doc.tables.first { !Self.row($0, "Expected return on plan assets").isEmpty })
        let pension = t.cells.filter { $0.rowPath.first == "Pension plans" && $0.rowLabel == "Service cost" }.map(\.raw)
        let retiree = t.cells.filter { $0.rowPath.first == "Retiree medical plans" && $0.rowLabel == "Net periodic benefit cost" }.map(\.raw)
        #expect(pension == ["286", "270"])
        #expect(retiree == ["65", "50"])
        #expect(Self.row(t, "Pension plans").isEmpty)
        #expect(Self.row(t, "Retiree medical plans").isEmpty)
    }

    /// A second group with a row of its own and no total adding up in every column, or
    /// without the second group repeating the first's rows, the region stays text.
    @Test func parallelGroupsNeedTheirTotalsAndRepeatedRows() throws {
        let text = Self.planCosts(firstTotal: "(60)", secondTotal: "75", secondRow: "Curtailment gain")
            .replacingOccurrences(of: "(21)", with: "(35)").replacingOccurrences(of: "\n50\n", with: "\n64\n")
        let wrong = try processed(text: text)
        #expect(!wrong.tables.contains { !Self.row($0, "Expected return on plan assets").isEmpty })
        // With its totals adding up, the same layout is read.
        let right = try processed(text: Self.planCosts(secondRow: "Curtailment gain"))
        #expect(right.tables.contains { !Self.row($0, "Curtailment gain").isEmpty })
        let labels = ["Pension plans", "Service cost", "Interest cost", "Retiree medical plans", "Service cost", "Interest cost"]
            .map { ColumnRuns.Label(text: $0, span: Span(start: 0, end: 0)) }
        #expect(ColumnRuns.parallelsTheFirst(labels, bounds: [0, 3], at: 1) == true)
        var other = labels
        other[5].text = "Plan amendments"
        #expect(ColumnRuns.parallelsTheFirst(other, bounds: [0, 3], at: 1) == nil)
    }

    /// A schedule of rates for two plans, no total: the second group repeating every one of
    /// its labels from the first places the headings without one.
    @Test func parallelGroupsOfRatesWithoutTotals() throws {
        let text = """
            Assumptions Used in Determining Net Periodic Benefit Cost
            2031
            2030

            Pension plans
            Discount rate for service cost
            Discount rate for interest cost
            Expected return on plan assets
            Retiree medical plans
            Discount rate for service cost
            Discount rate for interest cost

            4.8 %
            4.7 %
            7.5 %

            5.0 %
            4.9 %
            7.3 %

            5.2 %
            4.9 %

            5.3 %
            5.1 %

            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first { !Self.row($0, "Expected return on plan assets").isEmpty })
        let retiree = t.cells.filter { $0.rowPath.first == "Retiree medical plans" && $0.rowLabel == "Discount rate for interest cost" }.map(\.raw)
        #expect(retiree == ["4.9 %", "5.1 %"])
        #expect(Self.row(t, "Expected return on plan assets") == ["7.5 %", "7.3 %"])
        // A second group with a row of its own needs a total to add up.
        let labels = ["Pension plans", "Discount rate", "Return on assets", "Retiree plans", "Discount rate", "Return on assets", "Trend rate"]
            .map { ColumnRuns.Label(text: $0, span: Span(start: 0, end: 0)) }
        #expect(ColumnRuns.parallelsTheFirst(labels, bounds: [0, 3], at: 1) == false)
    }

    /// Three groups under headings without colons, each closed by the same total of three
    /// words or more: the counts three figures a column short, the bands breaking at the two
    /// later headings (`headingsOverParallelGroups`, `groups: 3`).
    @Test func threeGroupsClosedByOneTotal() throws {
        let text = """
            Reclassifications out of accumulated other comprehensive loss
            2031
            2030

            Net investment hedging activities
            Gains on excluded components
            Tax expense
            Total reclassifications, net of tax
            Pension benefits
            Amortization of actuarial losses
            Tax benefit
            Total reclassifications, net of tax
            Cash flow hedging activities
            Gains on forward contracts
            Losses on interest rate swaps
            Tax expense
            Total reclassifications, net of tax

            (120)
            27
            (93)

            (110)
            24
            (86)

            30
            (7)
            23

            40
            (9)
            31

            (70)
            20
            10
            (40)

            (60)
            10
            12
            (38)

            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first { !Self.row($0, "Losses on interest rate swaps").isEmpty })
        let totals = t.cells.filter { $0.rowLabel == "Total reclassifications, net of tax" }.sorted { ($0.row, $0.col) < ($1.row, $1.col) }.map(\.raw)
        #expect(totals == ["(93)", "(86)", "23", "31", "(40)", "(38)"])
        #expect(t.cells.filter { $0.rowPath.first == "Pension benefits" && $0.rowLabel == "Tax benefit" }.map(\.raw) == ["(7)", "(9)"])
        #expect(Self.row(t, "Cash flow hedging activities").isEmpty)
        // A group closed by the same total but sharing no other row parallels the first.
        let labels = ["Hedges", "Gains", "Total reclassifications, net of tax", "Pensions", "Amortization", "Total reclassifications, net of tax"]
            .map { ColumnRuns.Label(text: $0, span: Span(start: 0, end: 0)) }
        #expect(ColumnRuns.parallelsTheFirst(labels, bounds: [0, 3], at: 1) == false)
        var generic = labels
        generic[2].text = "Total"
        generic[5].text = "Total"
        #expect(ColumnRuns.parallelsTheFirst(generic, bounds: [0, 3], at: 1) == nil)
    }
}
