import FolioModel
@testable import FolioTables
import Testing

/// Reading-order tables whose columns stand in groups of the same years under a heading
/// naming each group (a pension note's plans), the pieces printed before the first run, the
/// first group's heading with the title (`ColumnRuns.headsInColumnGroups`, #17). Inputs
/// written for them (a made-up company).
@Suite struct ColumnRunsColumnGroupsTests {
    static func header(_ t: Table, column: Int) -> [String] {
        t.cells.first { $0.col == column && $0.value != nil }?.columnPath ?? []
    }

    /// Two plans, two years each; `pieces` are the lines printed before the first run.
    static func costs(pieces: String) -> String {
        """
        Pension plans
        (in millions)
        Service cost
        Interest cost
        Total cost

        \(pieces)

        50
        40
        90

        45
        38
        83

        10
        8
        18

        9
        7
        16

        """
    }

    @Test func yearsDealtOutUnderTheirGroups() throws {
        let doc = try processed(text: Self.costs(pieces: "2031\n\n$\n\n$\n\nRetiree medical plans\n\n2030\n\n2031\n\n2030"))
        let t = try #require(doc.tables.first)
        #expect(t.nRows == 3)
        #expect(Self.header(t, column: 0) == ["2031"])
        #expect(Self.header(t, column: 1) == ["2030"])
        #expect(Self.header(t, column: 2) == ["Retiree medical plans", "2031"])
        #expect(Self.header(t, column: 3) == ["Retiree medical plans", "2030"])
        #expect(t.cells.filter { $0.rowLabel == "Total cost" }.sorted { $0.col < $1.col }.map(\.raw) == ["90", "83", "18", "16"])
    }

    static func cell(_ text: String, at start: Int) -> GridCell {
        GridCell(text: text, span: Span(start: start, end: start + text.utf8.count))
    }

    /// Each group's heading printed: each block takes its own.
    @Test func aHeadingForEveryGroup() throws {
        let pieces = ["Pension plans", "2031", "Retiree medical plans", "2030", "2031", "2030"].enumerated().map { Self.cell($1, at: $0 * 40) }
        let heads = try #require(ColumnRuns.headsInColumnGroups([pieces, [], [], []], above: []))
        #expect(heads.map { $0.map(\.text) } == [["Pension plans", "2031"], ["Pension plans", "2030"],
                                                 ["Retiree medical plans", "2031"], ["Retiree medical plans", "2030"]])
    }

    /// Guards: a units caption or a period heading among the pieces is no group's heading
    /// (the period groups are `headsInPeriodGroups`' to deal), and years that do not repeat in
    /// blocks, or a heading too many, deal out nothing.
    @Test func otherPiecesDealNothing() {
        func dealt(_ texts: [String]) -> [[String]]? {
            let pieces = texts.enumerated().map { Self.cell($1, at: $0 * 40) }
            return ColumnRuns.headsInColumnGroups([pieces, [], [], []], above: [])?.map { $0.map(\.text) }
        }
        #expect(dealt(["2031", "(in millions)", "2030", "2031", "2030"]) == nil)
        #expect(dealt(["2031", "Six Months Ended", "2030", "2031", "2030"]) == nil)
        #expect(dealt(["2031", "Retiree medical plans", "2030", "2029", "2028"]) == nil)
        #expect(dealt(["A", "2031", "B", "2030", "C", "2031", "2030"]) == nil)
        #expect(dealt(["2031", "Retiree medical plans", "2030", "2031", "2030"]) != nil)
    }
}
