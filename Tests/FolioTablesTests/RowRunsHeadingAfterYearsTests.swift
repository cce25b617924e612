import FolioModel
@testable import FolioTables
import Testing

/// Reading-order tables printed row by row whose change column's heading is printed after the
/// header's years, right before the first row's figures (`RowRuns.headingAfterYears`, #17).
/// Inputs written for them (a made-up company).
@Suite struct RowRunsHeadingAfterYearsTests {
    static func rows(_ t: Table) -> [String: [Double]] {
        Dictionary(grouping: t.cells.filter { $0.value != nil }, by: \.rowLabel).mapValues { $0.compactMap(\.value) }
    }

    /// `Change` after the years heads the change column: the first row takes no label.
    @Test func changeAfterTheYearsLabelsNoRow() throws {
        let text = """
            Shipments by crop

            Wheat

            2031

            2030

            Change

            512

            480

            7 %

            Barley

            300

            310

            (3)%

            Oats

            120

            100

            20 %

            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(!t.cells.contains { $0.rowLabel == "Change" })
        #expect(Self.rows(t)[""] == [512, 480, 7])
        #expect(Self.rows(t)["Barley"] == [300, 310, -3])
    }

    /// A row of as many figures as the years above it, or a label of several words, is the
    /// first row under the header: it keeps its label.
    @Test func firstRowUnderTheYearsKeepsItsLabel() throws {
        let asMany = """
            Results

            2031

            2030

            Revenue

            900

            850

            Costs

            600

            550

            Profit

            300

            300

            """
        let t = try #require(try processed(text: asMany).tables.first)
        #expect(Self.rows(t)["Revenue"] == [900, 850])
        let words = """
            Operating statistics

            2031

            2030

            Tons shipped

            220

            206

            7 %

            Cars loaded

            107

            100

            8 %

            Average speed

            24

            23

            3 %

            """
        let u = try #require(try processed(text: words).tables.first)
        #expect(Self.rows(u)["Tons shipped"] == [220, 206, 7])
    }
}
