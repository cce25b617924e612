import FolioModel
@testable import FolioTables
import Testing

/// Reading-order debt schedules: rows whose labels start with a rate, a text column and a
/// rate column among the amounts (`ColumnRuns.debtSchedule`, #17). Each on inputs written
/// for it (a made-up company).
@Suite struct ColumnRunsDebtScheduleTests {
    func values(_ t: Table, _ row: String) -> [Double?] {
        t.cells.filter { $0.rowLabel == row }.map(\.value)
    }

    /// Notes with their interest terms (a text column, one a note), the principal (dashes of
    /// the rows below the notes printed on one line, a footnote under it) and two years of
    /// carrying amounts, each column's last rows after a currency sign.
    static let notesWithTerms = """
        Long-Term Debt
        (in millions)

        4.25% Senior notes due March 2027
        Floating rate notes due June 2028
        5.50% Senior notes due May 2031
        6.10% Senior notes due May 2040
        Total senior notes
        Finance lease obligations; payable in monthly installments
        through June 30, 2045
        Total long-term debt
        Less: current installments
        Long-term debt, excluding current installments

        Interest
        Payable

        Semi-annually
        Quarterly
        Semi-annually
        Semi-annually

        Principal
        Amount

        $

        400
        300
        500
        500
        1,700
        ————
        (1) Includes unamortized discounts and issuance costs of the notes.

        March 1,
        2031

        $

        398
        299
        495
        497
        1,689

        $

        210
        1,899
        305
        1,594

        March 2,
        2030

        $

        399
        —
        494
        496
        1,389

        $

        190
        1,579
        110
        1,469

        """

    @Test func textColumnAndDashesRunTogether() throws {
        let doc = try processed(text: Self.notesWithTerms)
        let t = try #require(doc.tables.first)
        #expect(values(t, "6.10% Senior notes due May 2040") == [500, 497, 496])
        #expect(values(t, "Floating rate notes due June 2028") == [300, 299, 0])
        #expect(values(t, "Long-term debt, excluding current installments").suffix(2) == [1_594, 1_469])
        #expect(values(t, "Finance lease obligations; payable in monthly installments through June 30, 2045").suffix(2) == [210, 190])
        #expect(!t.cells.contains { $0.raw.contains("annually") })
    }

    static func notesWithRates(noncurrent: String) -> String {
        """
        Debt
        (dollars in millions)

        2.10-3.40% notes due 2029
        Floating rate term loan due 2030
        4.60% senior notes due 2032
        1.75% senior euro notes due 2035 (€500 principal)
        5.25% senior notes due 2050
        Unamortized discounts
        Total long-term debt
        Current portion
        Noncurrent portion
        (a)

        2031 Effective
        interest rate (a)

        2031

        1.90-2.80% $
        6.05 %
        4.71 %
        1.88 %
        5.32 %

        Excludes the effect of any related interest rate swaps.

        $

        1,250
        800
        1,000
        540
        750
        (40)
        4,300
        1,250
        \(noncurrent)

        2030 Effective
        interest rate (a)

        2030

        1.90-2.80% $
        5.80 %
        4.71 %
        1.88 %
        —

        $

        1,250
        800
        1,000
        560
        —
        (45)
        3,565
        —
        3,565

        """
    }

    /// A rate column each year, one rate a note (a range of rates read as no figure), a
    /// footnote between the rates and the amounts, the year printed under the rate's header.
    @Test func rateColumnOnTheNotes() throws {
        let doc = try processed(text: Self.notesWithRates(noncurrent: "3,050"))
        let t = try #require(doc.tables.first)
        #expect(values(t, "4.60% senior notes due 2032") == [4.71, 1_000, 4.71, 1_000])
        #expect(values(t, "Floating rate term loan due 2030") == [6.05, 800, 5.8, 800])
        #expect(values(t, "Noncurrent portion") == [3_050, 3_565])
        #expect(values(t, "Unamortized discounts") == [-40, -45])
    }

    /// The same schedule whose portions do not add up to its total: not read as a debt schedule.
    @Test func portionsThatDoNotAddUpAreNoSchedule() throws {
        let text = Array(Self.notesWithRates(noncurrent: "3,000").utf8)
        let ls = TableRegionFinder.lines(text, in: nil)
        let kinds = ColumnRuns.classifyAll(text, ls)
        let first = try #require(ls.firstIndex { String(decoding: text[$0.range], as: UTF8.self).hasPrefix("2.10-3.40%") })
        #expect(ColumnRuns.debtSchedule(text, ls, kinds, from: first)?.last == nil)
        let good = Array(Self.notesWithRates(noncurrent: "3,050").utf8)
        let gl = TableRegionFinder.lines(good, in: nil)
        #expect(ColumnRuns.debtSchedule(good, gl, ColumnRuns.classifyAll(good, gl), from: first) != nil)
    }

    /// Notes in bands under headings without a colon, the totals in the last notes' band and a
    /// group of portions after them: each band's columns printed before the next band's, the
    /// rates one a note of the band, the years above the labels; a footnote marker right
    /// under the labels heads no column.
    static let notesInBands = """
        Debt
        December 31,
        2031

        2030

        Effective Interest
        Rate(1)

        (in millions, except percentages)

        Dollar notes
        2.15% Senior Notes due May 2033
        3.40% Senior Notes due May 2036
        4.05% Senior Notes due May 2041
        Sterling notes
        1.25% Senior Notes due June 2034
        2.60% Senior Notes due June 2039
        Total debt
        Unamortized discounts
        Total carrying value of debt
        Reported as:
        Current maturities of debt
        Long-term debt
        Total carrying value of debt
        (1)

        $

        600
        900
        1,100

        $

        600
        900
        1,100

        2.24 %
        3.52 %
        4.11 %

        420
        380
        3,400
        (25)
        3,375 $

        410
        370
        3,380
        (30)
        3,350

        1.33 %
        2.71 %

        —
        3,375
        3,375

        —
        3,350
        3,350

        """

    @Test func notesInBandsUnderHeadings() throws {
        let doc = try processed(text: Self.notesInBands)
        let t = try #require(doc.tables.first)
        #expect(values(t, "3.40% Senior Notes due May 2036") == [900, 900, 3.52])
        #expect(values(t, "2.60% Senior Notes due June 2039") == [380, 370, 2.71])
        #expect(values(t, "Total debt") == [3_400, 3_380])
        #expect(values(t, "Long-term debt") == [3_375, 3_350])
        #expect(t.header.contains { $0.contains("2031") })
    }

    /// Lines of prose that start with a rate, then figures that are no schedule's columns
    /// (no total adds up): no debt schedule, no table with these rows.
    @Test func proseStartingWithRatesStaysText() throws {
        let text = """
            Highlights

            4.50% growth in subscribers over the prior year
            2.25% decline in churn across regions
            6.10% increase in average revenue per member
            3.75% of employees in research
            1.50% rise in content hours

            Key figures

            120
            95
            310
            44
            18

            """
        let doc = try processed(text: text)
        #expect(!doc.tables.contains { t in t.cells.contains { $0.rowLabel.hasPrefix("4.50% growth") } })
    }


    /// Notes printed group by group, each group its own small table: a heading, the notes'
    /// labels, then a run a column of one figure a note (two years of amounts, then the
    /// effective rates); the totals' figures last, before their labels, the first (the notes'
    /// sum) unlabelled (`notesInGroups`).
    static func notesGroupByGroup(middle: String) -> String {
        """
        Borrowings
        December 31,
        2031
        2030
        (in millions)

        Series C Bonds

        3.20 % Bonds due April 2033
        3.80 % Bonds due April 2043

        $

        500
        300

        $

        500
        300

        3.31 %
        3.92 %

        Series B Bonds

        2.40 % Bonds due July 2032

        \(middle)

        Series A Bonds

        1.90 % Bonds due May 2034
        2.70 % Bonds due May 2044
        3.10 % Bonds due May 2054

        200
        250
        150

        200
        250
        —

        1.98 %
        2.81 %
        3.17 %

        2,000
        (20)
        1,980
        (200)
        1,780 $

        1,850
        (22)
        1,828
        —
        1,828

        Less: issuance costs
        Total borrowings
        Less: current portion
        Long-term borrowings

        """
    }

    @Test func notesGroupByGroup() throws {
        let doc = try processed(text: Self.notesGroupByGroup(middle: "600\n\n600\n\n2.52 %"))
        let t = try #require(doc.tables.first)
        #expect(values(t, "Bonds due April 2043") == [3.80, 300, 300, 3.92])
        #expect(values(t, "Bonds due July 2032") == [2.40, 600, 600, 2.52])
        #expect(values(t, "Bonds due May 2054") == [3.10, 150, 0, 3.17])
        #expect(values(t, "Total borrowings") == [1_980, 1_828])
        #expect(values(t, "Long-term borrowings") == [1_780, 1_828])
        #expect(values(t, "") == [2_000, 1_850])
        #expect(t.cells.first { $0.rowLabel == "Bonds due May 2034" }?.rowPath.contains("Series A Bonds") == true)
        #expect(t.cells.first { $0.rowLabel == "Bonds due July 2032" && $0.value == 600 }?.columnPath.contains("2031") == true)
        #expect(t.cells.first { $0.raw == "3.17 %" }?.columnPath.isEmpty == true)
    }

    /// A group whose runs break the shape (one amount run where the others print two): no
    /// group-by-group reading of the region.
    @Test func groupBreakingTheShapeLeavesTheRegion() throws {
        let text = Array(Self.notesGroupByGroup(middle: "600\n\n2.52 %").utf8)
        let ls = TableRegionFinder.lines(text, in: nil)
        let kinds = ColumnRuns.classifyAll(text, ls)
        let first = try #require(ls.firstIndex { String(decoding: text[$0.range], as: UTF8.self) == "Series C Bonds" })
        #expect(ColumnRuns.notesInGroups(text, ls, kinds, from: first) == nil)
        let doc = try processed(text: String(decoding: text, as: UTF8.self))
        #expect(!doc.tables.contains { t in t.cells.contains { $0.rowLabel.hasSuffix("Bonds due July 2032") && $0.value == 600 } })
    }

    /// Groups with the rate run first and one amount run, then a note under no heading and
    /// totals that do not add up: the groups are read, the note and the totals are not.
    @Test func groupsWithRatesFirstAndTotalsThatDoNotAddUp() throws {
        let text = """
            Term loans at year end
            2031
            (in thousands)

            Tranche one

            5.10 % Term loan due 2033
            5.40 % Term loan due 2035

            5.22 %
            5.51 %

            $

            4,000
            6,000

            Tranche two

            6.00 % Term loan due 2036

            6.12 %

            2,500

            Tranche three

            6.30 % Term loan due 2038
            6.45 % Term loan due 2040

            6.41 %
            6.58 %

            1,000
            1,500

            7.25 % Bridge loan due 2032

            7.40 %

            800

            15,800
            (90)
            15,700

            Less: costs
            Total term loans

            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(values(t, "Term loan due 2035") == [5.40, 5.51, 6_000])
        #expect(values(t, "Term loan due 2036") == [6.00, 6.12, 2_500])
        #expect(!t.cells.contains { $0.rowLabel.hasSuffix("Bridge loan due 2032") })
        #expect(!t.cells.contains { $0.rowLabel == "Total term loans" })
        #expect(!t.cells.contains { $0.value == 15_700 })
    }

    /// A label starting with a rate: digits with a decimal point (or a range of two), `%`,
    /// then a word; a percent of prose is none.
    @Test func rateLabels() {
        #expect(ColumnRuns.rateLabel("3.75% Senior notes due February 2030"))
        #expect(ColumnRuns.rateLabel("4.100 % Senior Notes due January 2031"))
        #expect(ColumnRuns.rateLabel("1.25-3.85% aggregate notes due 2029"))
        #expect(!ColumnRuns.rateLabel("5% of revenue came from services"))
        #expect(!ColumnRuns.rateLabel("3.75%"))
        #expect(!ColumnRuns.rateLabel("Floating rate notes due 2030"))
    }
}
