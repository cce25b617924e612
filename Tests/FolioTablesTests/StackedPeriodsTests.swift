import FolioModel
@testable import FolioTables
import Testing

/// An equity statement printing one block of rows per period under one header naming both
/// (`For the three months ended June 30, 2025 and 2024`): the balance rows date themselves
/// and the rows between two of them (`PeriodResolver.resolve`, `rollforwardDurations`).
@Suite struct StackedPeriodsTests {
    func table(rows: [String], header: [String]) -> Table {
        var t = Table(id: 1, title: "Condensed Consolidated Statements of Equity", span: Span(start: 0, end: 0))
        for (r, label) in rows.enumerated() {
            t.cells.append(Cell(row: r, col: 1, rowLabel: label, rowPath: [label], columnPath: header,
                                raw: "1", value: 1, scale: 1, unit: "USD"))
        }
        PeriodResolver.resolve(&t, filing: FilingPeriods())
        return t
    }

    @Test func balanceRowsAndTheRowsBetweenThemUnderAHeaderOfTwoPeriods() {
        let t = table(rows: ["Balance at April 1, 2025", "Net loss", "Balance at June 30, 2025",
                             "Balance at April 1, 2024", "Net loss", "Balance at June 30, 2024"],
                      header: ["For the three months ended June 30, 2025 and 2024", "Retained earnings"])
        #expect(t.cells.map(show) == ["@2025-04-01", "2025-04-02..2025-06-30", "@2025-06-30",
                                      "@2024-04-01", "2024-04-02..2024-06-30", "@2024-06-30"])
    }

    @Test func aChangeColumnStillComparesPeriods() {
        let t = table(rows: ["Balance at April 1, 2025", "Net loss", "Balance at June 30, 2025"],
                      header: ["2025 vs. 2024", "% Change"])
        #expect(t.cells.allSatisfy { $0.period == nil })
    }

    @Test func rowsWithoutBalancesStillComparePeriods() {
        let t = table(rows: ["Revenue", "Net loss"], header: ["For the three months ended June 30, 2025 and 2024", "Total"])
        #expect(t.cells.map(show) == ["-compares_periods", "-compares_periods"])
    }
}
