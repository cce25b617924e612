import FolioModel
@testable import FolioTables
import Testing

/// Reading-order note tables of a 10-Q printed column by column, each period group's heading
/// and years printed before its own runs (`ColumnRuns.periodGroupLikeTheFirst`), and the rows
/// below printed row by row continuing them (`TablesStage.rowsAfterColumnRuns`), #17. Inputs
/// written for them (a made-up company).
@Suite struct ColumnRunsLaterPeriodGroupTests {
    static func columns(_ t: Table, _ label: String) -> [String] {
        t.cells.filter { $0.rowLabel == label && $0.value != nil }.sorted { $0.col < $1.col }
            .map { $0.columnPath.joined(separator: " ") }
    }

    static let groups = ["Six months ended June 30 2031", "Six months ended June 30 2030",
                         "Three months ended June 30 2031", "Three months ended June 30 2030"]

    static func revenues(laterYear: String = "2030", between: String = "") -> String {
        """
        Defense revenues by the customer's location consisted of the following:
        (Dollars in millions)
        U.S. customers
        Non-U.S. customers
        Total revenues

        Six months ended June 30
        2031
        2030
        $10,160
        2,755
        $12,915

        $9,963
        3,008
        $12,971

        Three months ended June 30
        2031
        \(laterYear)
        $5,227
        1,390
        $6,617

        $4,519
        1,502
        $6,021
        \(between)
        Revenue recognized over time

        100 %

        99 %

        100 %

        98 %

        Revenue from the government

        92 %

        90 %

        92 %

        89 %

        """
    }

    /// The second group's heading and years printed before its runs, as the first's: four
    /// columns, each with its group's period and its year.
    @Test func laterGroupPrintedLikeTheFirst() throws {
        let doc = try processed(text: Self.revenues())
        let t = try #require(doc.tables.first)
        #expect(Self.columns(t, "Total revenues") == Self.groups)
        #expect(t.cells.filter { $0.rowLabel == "Total revenues" }.sorted { $0.col < $1.col }.compactMap(\.value) == [12915, 12971, 6617, 6021])
    }

    /// The rows printed row by row right after the runs continue the table: they take its
    /// header.
    @Test func rowsAfterTheRunsContinueTheTable() throws {
        let doc = try processed(text: Self.revenues())
        let t = try #require(doc.tables.first)
        #expect(Self.columns(t, "Revenue from the government") == Self.groups)
    }

    /// Guards: the later group's years not the first's (`2029`): the runs stop at its header,
    /// and the first group's two columns are read; a sentence between the runs and the rows:
    /// the rows are a table of their own.
    @Test func otherYearsOrASentenceBetweenKeepThemApart() throws {
        let other = try processed(text: Self.revenues(laterYear: "2029"))
        let t = try #require(other.tables.first)
        #expect(Self.columns(t, "Total revenues") == Array(Self.groups.prefix(2)))
        for sentence in ["The following percentages of revenue were recognized as follows:",
                         "Percentages of revenue recognized in the periods are shown below."] {
            let apart = try processed(text: Self.revenues(between: "\n" + sentence + "\n"))
            let first = try #require(apart.tables.first)
            #expect(!first.cells.contains { $0.rowLabel == "Revenue from the government" })
        }
    }
}
