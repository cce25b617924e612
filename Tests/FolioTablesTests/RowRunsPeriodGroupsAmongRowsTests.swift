import FolioModel
@testable import FolioTables
import Testing

/// Reading-order note tables printed row by row whose period groups' header is printed
/// among the first row, the first group's heading over the units caption
/// (`RowRuns.periodGroupsAmongRows`, #17). Inputs written for them (a made-up company).
@Suite struct RowRunsPeriodGroupsAmongRowsTests {
    static func periods(_ t: Table, row label: String) -> [String] {
        t.cells.filter { $0.rowLabel == label && $0.value != nil }.sorted { $0.col < $1.col }.map { c in
            if case let .duration(s, e)? = c.period { return "\(s)..\(e)" }
            return "-"
        }
    }

    static func values(_ t: Table, row label: String) -> [Double] {
        t.cells.filter { $0.rowLabel == label }.sorted { $0.col < $1.col }.compactMap(\.value)
    }

    static let quarterAndNineMonths = [
        "2031-07-01..2031-09-30", "2030-07-01..2030-09-30", "2031-01-01..2031-09-30", "2030-01-01..2030-09-30",
    ]

    /// The first group's heading and date over the caption, the second group's under it, the
    /// first row's label and figures among the years: every column takes its group's period
    /// and its year, and the first row is read with its figures in print order.
    @Test func headerAndFirstRowAmongTheYears() throws {
        let text = """
            The components of our net periodic benefit cost were as follows:
            Three months ended
            September 30,
            Millions

            2031

            Service cost

            $

            21 $

            Nine months ended
            September 30,

            2030
            24

            2031
            $

            63 $

            2030
            70

            Interest cost

            35

            36

            104

            109

            Expected return on plan assets

            (51)

            (53)

            (150)

            (158)

            Net periodic benefit cost

            5

            7

            17

            21

            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(Self.periods(t, row: "Interest cost") == Self.quarterAndNineMonths)
        #expect(Self.values(t, row: "Service cost") == [21, 24, 63, 70])
        #expect(Self.periods(t, row: "Service cost") == Self.quarterAndNineMonths)
        #expect(t.units.scale == 1_000_000)
    }

    /// The first row's label printed before the first year, its figures among the later
    /// years, a heading on one line with its date (`Three months ended March 31,`).
    @Test func labelBeforeTheYearsHeadingWithItsDate() throws {
        let text = """
            Additional information on share awards appears in the following table:
            Three months ended March 31,
            (in millions)
            Fair value of awards vested

            2031
            $

            Six months ended March 31,

            2030

            8 $

            5

            2031
            $

            2030

            19 $

            12

            Cash received from exercises

            4

            3

            9

            7

            Tax benefit realized

            1

            1

            2

            2

            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(Self.values(t, row: "Fair value of awards vested") == [8, 5, 19, 12])
        #expect(Self.periods(t, row: "Tax benefit realized")
                    == ["2031-01-01..2031-03-31", "2030-01-01..2030-03-31", "2030-10-01..2031-03-31", "2029-10-01..2030-03-31"])
    }

    /// Several rows printed among the header: the header is read, those rows are not (which
    /// figure is whose cannot be told); the chain's rows keep their figures.
    @Test func severalRowsAmongTheHeaderAreLeftOut() throws {
        let text = """
            Stock-based compensation appears in the table below:
            Three months ended
            September 30,
            Millions

            2031

            Nine months ended
            September 30,

            2030

            2031

            2030

            Stock options

            $

            7 $

            5

            Retention awards

            26

            $

            13 $

            9

            18

            48

            Total stock-based compensation

            $

            37 $

            28

            $

            71 $

            54

            Tax benefits realized

            $

            1 $

            1

            $

            8 $

            10

            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(Self.periods(t, row: "Tax benefits realized") == Self.quarterAndNineMonths)
        #expect(Self.values(t, row: "Total stock-based compensation") == [37, 28, 71, 54])
        #expect(t.cells.contains { $0.rowLabel == "Stock options" } == false)
    }

    /// Guards: with no period heading over the caption, or with the years not repeating in
    /// blocks, no column takes a period; the rows keep their figures.
    @Test func withoutTheHeadingOverTheCaptionOrRepeatingYearsNoHeader() throws {
        let base = """
            Other income included the following:
            Three months ended
            September 30,
            Millions

            2031

            Nine months ended
            September 30,

            2030

            2031

            2030

            Interest income

            16

            10

            31

            22

            Rental income

            14

            15

            27

            30

            """
        let noHeadingOver = base.replacingOccurrences(of: "Three months ended\nSeptember 30,\n", with: "")
        let notRepeating = base.replacingOccurrences(of: "2031\n\n2030\n\nInterest", with: "2029\n\n2028\n\nInterest")
        for text in [noHeadingOver, notRepeating] {
            let doc = try processed(text: text)
            let t = try #require(doc.tables.first)
            #expect(Self.values(t, row: "Rental income") == [14, 15, 27, 30])
            #expect(Self.periods(t, row: "Rental income") == ["-", "-", "-", "-"])
        }
        let doc = try processed(text: base)
        let t = try #require(doc.tables.first)
        #expect(Self.periods(t, row: "Rental income") == Self.quarterAndNineMonths)
    }
}
