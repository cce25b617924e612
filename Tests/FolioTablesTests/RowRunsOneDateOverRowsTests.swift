import FolioModel
@testable import FolioTables
import Testing

/// Reading-order note tables printed row by row whose columns are measures at one date, the
/// date right under the units caption (`RowRuns.oneDateOverRows`, #17). Inputs written for
/// them (a made-up company).
@Suite struct RowRunsOneDateOverRowsTests {
    static func instants(_ t: Table, row label: String) -> [String] {
        t.cells.filter { $0.rowLabel == label && $0.value != nil }.sorted { $0.col < $1.col }.map { c in
            if case let .instant(d)? = c.period { return "\(d)" }
            return "-"
        }
    }

    static func properties(second: String = "Accumulated", columns: Int = 3) -> String {
        let rows = [("Rail", ["19,515", "7,797", "11,718"]), ("Ties", ["12,593", "4,206", "8,387"]),
                    ("Ballast", ["6,575", "2,245", "4,330"]), ("Locomotives", ["9,793", "3,799", "5,994"])]
        let body = rows.map { label, figures in ([label] + figures.prefix(columns)).joined(separator: "\n\n") }
        return """
            The following table lists the major categories of property and equipment:
            Millions
            As of June 30, 2031

            Cost

            Land

            $

            5,450

            \(second)
            depreciation
            N/A $

            Net book
            value

            5,450

            \(body.joined(separator: "\n\n"))

            """
    }

    /// The date under the caption, the measures mixed with the first row: every column is at
    /// the date; the rows keep their figures.
    @Test func everyColumnAtTheDate() throws {
        let doc = try processed(text: Self.properties())
        let t = try #require(doc.tables.first)
        #expect(Self.instants(t, row: "Ties") == ["2031-06-30", "2031-06-30", "2031-06-30"])
        #expect(t.units.scale == 1_000_000)
    }

    /// Guards: another date among the lines under the caption (the columns may be two dates),
    /// or two columns only (the other date may be printed elsewhere): no column takes the date.
    @Test func anotherDateOrTwoColumnsGiveNoHeader() throws {
        let anotherDate = Self.properties(second: "December 31, 2030")
        let doc = try processed(text: anotherDate)
        let t = try #require(doc.tables.first)
        #expect(Self.instants(t, row: "Ties") == ["-", "-", "-"])
        let two = try processed(text: Self.properties(columns: 2))
        let t2 = try #require(two.tables.first)
        #expect(Self.instants(t2, row: "Ties") == ["-", "-"])
    }
}
