import FolioModel
@testable import FolioTables
import Testing

/// Layouts of fixed-width and PDF tables whose periods were lost (issues #17/#18): a rate
/// column beside dated balances. Each input is written for its rule.
@Suite struct TextPeriodLayoutTests {
    let december2024 = CalendarDate(year: 2024, month: 12, day: 31)!

    func cell(_ t: Table, _ label: String, value: Double) -> Cell? {
        t.cells.first { $0.rowLabel == label && $0.value == value }
    }

    // MARK: rates beside balances (PeriodResolver.ratesAtBalanceDate)

    /// A debt schedule: a coupon column with no heading, amounts under two years, an
    /// `Effective Interest Rate` column under no date; `title` over it.
    func debtSchedule(title: String, rateHeader: [String] = ["Effective", "Interest Rate"], secondRate: Bool = false) -> Table {
        var t = Table(id: 1, title: title, span: Span(start: 0, end: 0))
        let rows: [(String, Double, Double, Double, Double)] = [("Senior Notes due January 2032", 4.35, 1150, 0, 4.446),
                                                                 ("Senior Notes due March 2033", 4.85, 750, 750, 4.923)]
        for (r, row) in rows.enumerated() {
            t.cells.append(Cell(row: r, col: 1, rowLabel: row.0, rowPath: [row.0], columnPath: [], raw: "\(row.1) %", value: row.1, scale: 1, unit: "percent"))
            t.cells.append(Cell(row: r, col: 2, rowLabel: row.0, rowPath: [row.0], columnPath: ["2024"], raw: "\(row.2)", value: row.2, scale: 1, unit: "USD"))
            t.cells.append(Cell(row: r, col: 3, rowLabel: row.0, rowPath: [row.0], columnPath: ["2023"], raw: "\(row.3)", value: row.3, scale: 1, unit: "USD"))
            t.cells.append(Cell(row: r, col: 4, rowLabel: row.0, rowPath: [row.0], columnPath: rateHeader, raw: "\(row.4) %", value: row.4, scale: 1, unit: "percent"))
            if secondRate {
                t.cells.append(Cell(row: r, col: 5, rowLabel: row.0, rowPath: [row.0], columnPath: rateHeader, raw: "\(row.4) %", value: row.4, scale: 1, unit: "percent"))
            }
        }
        return t
    }

    @Test("a column of rates nothing dates, beside balances, is at the table's latest balance date")
    func ratesBesideBalances() {
        var t = debtSchedule(title: "Debt consisted of the following at December 31:")
        PeriodResolver.resolve(&t, filing: FilingPeriods())
        #expect(cell(t, "Senior Notes due January 2032", value: 0)?.period == .instant(CalendarDate(year: 2023, month: 12, day: 31)!))
        for value in [4.35, 4.446, 4.85, 4.923] {
            let rate = t.cells.first { $0.value == value }
            #expect(rate?.period == .instant(december2024))
            #expect(rate?.periodReason == PeriodReason.balanceDate.rawValue)
        }
    }

    @Test("a rate column stays undated in a table of durations or beside a second column of its header")
    func ratesNotDated() {
        // Interest for the years: the rate may be the year's.
        var flows = debtSchedule(title: "Interest expense for the years ended December 31:")
        PeriodResolver.resolve(&flows, filing: FilingPeriods())
        #expect(cell(flows, "Senior Notes due January 2032", value: 1150)?.period == Period.ending(december2024, months: 12))
        #expect(flows.cells.filter { $0.unit == "percent" }.allSatisfy { $0.period == nil })
        // `Rate` twice: the dates over them were lost, either may be the earlier year's.
        var twice = debtSchedule(title: "Debt consisted of the following at December 31:", rateHeader: ["Rate"], secondRate: true)
        PeriodResolver.resolve(&twice, filing: FilingPeriods())
        #expect(twice.cells.filter { $0.col >= 4 }.allSatisfy { $0.period == nil })
        // The coupon column, alone of its header, is still dated.
        #expect(twice.cells.filter { $0.col == 1 }.allSatisfy { $0.period == .instant(december2024) })
    }
}
