import Testing
import FolioModel
@testable import FolioFacts

/// A rule of issue #20 on small hand-written inputs: a metric that shares one word with a row
/// of another line is no match (`CellMatcher.score`, `oneSharedWord`).
@Suite("Facts: one shared word is another line")
struct FactsTwoDatesAndSharedWordTests {
    // MARK: oneSharedWord

    @Test("oneSharedWord: another line of the same kind scores 0")
    func sharedWordOnly() {
        #expect(CellMatcher.score("Advertising expenses", "Interest expense") == 0)
        #expect(CellMatcher.score("Cash discounts", "Cash flows from investing activities") == 0)
        #expect(CellMatcher.score("Deductions to the allowance", "Foreign income deduction") == 0)
    }

    @Test("oneSharedWord: a side whose other words name only the kind of amount still matches")
    func kindWordsOnly() {
        #expect(CellMatcher.score("Depreciation expense", "Depreciation") >= 0.5)
        #expect(CellMatcher.score("Impairment charges", "Lease-related asset impairments") >= 0.5)
        #expect(CellMatcher.score("Subscription revenue", "Subscription") >= 0.5)
        // Two shared words: the rule does not apply.
        #expect(CellMatcher.score("Net income attributed to the Company", "Net income attributable to ordinary shareholders") >= 0.5)
    }

    @Test("oneSharedWord: a figure equal to another line's cell finds no cell")
    func noCellForAnotherLine() {
        let end = CalendarDate(year: 2024, month: 12, day: 31)
        let period = end.flatMap { Period.ending($0, months: 12) }
        let cells = [
            Cell(row: 0, col: 1, rowLabel: "Interest expense", rowPath: ["Interest expense"], columnPath: ["2024"],
                 raw: "2,224", value: 2224, scale: 1_000_000, unit: "USD", period: period),
            Cell(row: 1, col: 1, rowLabel: "Cash flows from investing activities", rowPath: ["Cash flows from investing activities"],
                 columnPath: ["2024"], raw: "(2,009)", value: -2009, scale: 1_000_000, unit: "USD", period: period),
        ]
        var matcher = CellMatcher(tables: [Table(id: 1, span: Span(start: 0, end: 0), cells: cells)])
        let fy = StatedPeriod.year(2024, text: "2024")
        #expect(matcher.match(metric: "Advertising expenses", period: fy, unit: "USD", agrees: { _ in true }, threshold: 0.5) == nil)
        #expect(matcher.match(metric: "Cash discounts", period: fy, unit: "USD", agrees: { _ in true }, threshold: 0.5) == nil)
        #expect(matcher.match(metric: "Interest expense", period: fy, unit: "USD", agrees: { _ in true }, threshold: 0.5)?.1.row == 0)
    }
}
