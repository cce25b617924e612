import FolioModel
@testable import FolioTables
import Testing

/// A reading-order statement under its title joined with its period line and units note (the
/// normalizer joins them when the note ends the period line): text above the table, not a
/// row label (`ColumnRuns.isTitleWithPeriodNote`), #17. Inputs written for them (a made-up
/// company).
@Suite struct ColumnRunsTitleWithPeriodNoteTests {
    static func statement(title: String) -> String {
        """
        Example Corp. and Subsidiaries
        \(title)
        Net earnings
        Depreciation
        Stock-based compensation
        Net cash from operating activities

        2031

        100
        20
        10
        130

        2030

        90
        18
        9
        117

        """
    }

    static let joinedTitle = "Consolidated Statements of Cash Flows years ended December 31 (in millions) (brackets denote cash outflows)"

    static func row(_ t: Table, _ label: String) -> [String] {
        t.cells.filter { $0.rowLabel == label && $0.value != nil }.sorted { $0.col < $1.col }
            .map { $0.columnPath.joined(separator: " ") + "=" + $0.raw }
    }

    /// The rows start under the title line: each label takes its figures.
    @Test func rowsUnderTheJoinedTitle() throws {
        let doc = try processed(text: Self.statement(title: Self.joinedTitle))
        let t = try #require(doc.tables.first { !Self.row($0, "Depreciation").isEmpty })
        #expect(Self.row(t, "Net earnings") == ["2031=100", "2030=90"])
        #expect(Self.row(t, "Net cash from operating activities") == ["2031=130", "2030=117"])
    }

    /// Such a line names a period and holds a units note, longer than a header piece; a
    /// title without them, or a period line alone that short, is none.
    @Test func whichLinesAreTitlesWithTheirNote() {
        func test(_ s: String) -> Bool {
            let b = Array(s.utf8)
            return ColumnRuns.isTitleWithPeriodNote(b, Span(start: 0, end: b.count))
        }
        #expect(test(Self.joinedTitle))
        #expect(!test("Consolidated Statements of Cash Flows (Unaudited)"))
        #expect(!test("Consolidated Statements of Cash Flows years ended December 31"))
        #expect(!test("years ended (in millions)"))
    }
}
