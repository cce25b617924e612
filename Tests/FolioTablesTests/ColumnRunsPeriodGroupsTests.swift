import FolioModel
@testable import FolioTables
import Testing

/// Reading-order statements whose columns stand in period groups (a 10-Q's quarter, then its
/// year to date), the header's pieces printed where the text flow reached them
/// (`ColumnRuns.headsInPeriodGroups`, #17). Each on inputs written for it (a made-up company).
@Suite struct ColumnRunsPeriodGroupsTests {
    /// Each column's period, in column order, as `start..end`.
    static func periods(_ t: Table, row label: String) -> [String] {
        t.cells.filter { $0.rowLabel == label }.map { c in
            if case let .duration(s, e)? = c.period { return "\(s)..\(e)" }
            return "-"
        }
    }

    static func statement(_ header: (above: String, runs: [String])) -> String {
        let runs = [["100", "40", "60"], ["90", "35", "55"], ["210", "80", "130"], ["180", "70", "110"]]
        let body = zip(header.runs, runs).map { pieces, figures in
            (pieces.isEmpty ? "" : pieces + "\n\n") + "$\n" + figures.joined(separator: "\n")
        }.joined(separator: "\n\n")
        return """
            STATEMENTS OF OPERATIONS
            (in thousands)
            \(header.above)

            Revenue
            Cost of revenue
            Gross profit

            \(body)
            """
    }

    /// The first group's heading and first year above the labels; the second group's heading
    /// and each later year printed before the run left of its column's.
    @Test func headingsAndYearsPrintedOneRunEarlyAreDealtOut() throws {
        let text = Self.statement((above: "For the Three Months Ended June 30,\n2030",
                                   runs: ["For the Six Months Ended June 30,\n2029", "2030", "", "2029"]))
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.cells.filter { $0.rowLabel == "Gross profit" }.map(\.value) == [60, 55, 130, 110])
        #expect(Self.periods(t, row: "Revenue") == ["2030-04-01..2030-06-30", "2029-04-01..2029-06-30",
                                                    "2030-01-01..2030-06-30", "2029-01-01..2029-06-30"])
    }

    /// Headings apart from their dates, a date a column: each column's date dealt out with its
    /// year, each group's heading over its columns.
    @Test func headingsDatesAndYearsInPrintOrderAreDealtOut() throws {
        let text = Self.statement((above: "Three Months Ended\nSeptember 30,\n2030",
                                   runs: ["September 30,\n2029", "Nine Months Ended\nSeptember 30,\n2030", "September 30,\n2029", ""]))
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.cells.filter { $0.rowLabel == "Gross profit" }.map(\.value) == [60, 55, 130, 110])
        #expect(Self.periods(t, row: "Revenue") == ["2030-07-01..2030-09-30", "2029-07-01..2029-09-30",
                                                    "2030-01-01..2030-09-30", "2029-01-01..2029-09-30"])
    }

    /// One heading for two groups of years: which columns it heads cannot be told, the
    /// columns get no period (no period is better than a wrong one).
    @Test func aHeadingShortOfTheGroupsGivesNoPeriod() throws {
        let text = Self.statement((above: "2030", runs: ["For the Six Months Ended June 30,\n2029", "2030", "", "2029"]))
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.cells.filter { $0.rowLabel == "Gross profit" }.map(\.value) == [60, 55, 130, 110])
        #expect(!Self.periods(t, row: "Revenue").contains { $0.hasPrefix("2029-01-01") || $0.hasPrefix("2030-01-01") })
    }

    @Test func yearsRepeatingInBlocks() {
        #expect(ColumnRuns.periodBlock([2030, 2029, 2030, 2029]) == 2)
        #expect(ColumnRuns.periodBlock([2030, 2029, 2028, 2030, 2029, 2028]) == 3)
        #expect(ColumnRuns.periodBlock([2030, 2029, 2029, 2030]) == nil)
        #expect(ColumnRuns.periodBlock([2030, 2029]) == nil)
    }
}
