import FolioModel
@testable import FolioTables
import Testing

/// Reading-order tables whose header's last pieces are printed over the units caption and
/// the caption over the labels (`ColumnRuns.headerOverCaption`), and small tables printed
/// row by row after their labels (`ColumnRuns.rowsPrintedAcross`), #17. Inputs written for
/// them (a made-up company).
@Suite struct ColumnRunsHeaderOverCaptionTests {
    static func rows(_ t: Table) -> [String: [Double]] {
        Dictionary(grouping: t.cells.filter { $0.value != nil }, by: \.rowLabel)
            .mapValues { $0.compactMap(\.value) }
    }

    static func periods(_ t: Table, row label: String) -> [String] {
        t.cells.filter { $0.rowLabel == label }.map { c in
            if case let .duration(s, e)? = c.period { return "\(s)..\(e)" }
            return "-"
        }
    }

    /// A quarter's comparison: the change columns' header (`Change` / `Q1'31 vs. Q1'30`) over
    /// the caption; the labels and their columns under it.
    @Test func changeHeaderOverTheCaptionLabelsNoRow() throws {
        let text = """
            Results of operations for the quarter

            Three Months Ended
            March 31,
            2031
            2030

            Change
            Q1'31 vs. Q1'30

            (in thousands, except percentages)

            Cost of sales
            Share of sales

            $

            4,210 $
            38 %

            3,950 $
            36 %

            260

            7 %

            The increase in cost of sales was due to higher volumes.

            """
        let doc = try processed(text: text)
        let labels = doc.tables.flatMap { $0.cells.map(\.rowLabel) }
        #expect(!labels.contains("Change"))
        #expect(!labels.contains("Q1'31 vs. Q1'30"))
        let t = try #require(doc.tables.first)
        #expect(Self.rows(t)["Cost of sales"] == [4_210, 3_950])
        #expect(Self.rows(t)["Share of sales"] == [38, 36])
        // The years above the change columns' pieces head the columns.
        #expect(Self.periods(t, row: "Cost of sales") == ["2031-01-01..2031-03-31", "2030-01-01..2030-03-31"])
    }

    /// A year's comparison of three rows: `Increase` / `(Decrease)` over the caption.
    @Test func increaseHeaderOverTheCaptionLabelsNoRow() throws {
        let text = """
            Revenue by product line

            Year Ended
            December 31,
            2030
            2029

            Increase
            (Decrease)

            (in millions)

            Subscriptions
            Services
            Total revenue

            $

            900
            100
            1,000

            $

            800
            150
            950

            """
        let doc = try processed(text: text)
        let labels = doc.tables.flatMap { $0.cells.map(\.rowLabel) }
        #expect(!labels.contains("Increase"))
        let t = try #require(doc.tables.first)
        #expect(Self.rows(t)["Subscriptions"] == [900, 800])
        #expect(Self.rows(t)["Total revenue"] == [1_000, 950])
        #expect(Self.periods(t, row: "Services") == ["2030-01-01..2030-12-31", "2029-01-01..2029-12-31"])
    }

    /// Each row's figures printed one a line after the labels, the first row's each with its
    /// sign, then the percentages: no table (each row would take the other's figure).
    @Test func rowsPrintedAcrossStayText() throws {
        let text = """
            Six months compared

            (in thousands, except percentages)

            Cost of sales
            Share of sales

            $ 8,420
            $ 7,910
            $
            38 %
            36 %

            510

            6 %

            The increase in cost of sales was due to higher volumes.

            """
        let doc = try processed(text: text)
        #expect(!doc.tables.contains { t in t.cells.contains { $0.rowLabel == "Cost of sales" } })
    }

    /// The same rows printed column by column (a sign on the first row only) are read.
    @Test func columnsWithOneSignAreRead() throws {
        let text = """
            Six months compared

            (in thousands, except percentages)

            Cost of sales
            Share of sales

            $ 8,420
            38 %

            $ 7,910
            36 %

            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(Self.rows(t)["Cost of sales"] == [8_420, 7_910])
    }
}
