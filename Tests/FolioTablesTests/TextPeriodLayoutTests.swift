import FolioModel
@testable import FolioTables
import Testing

/// Layouts of fixed-width and PDF tables whose periods were lost (issues #17/#18): a rate
/// column beside dated balances, a label column's heading glued to the first year. Each
/// input is written for its rule.
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

    // MARK: label heading glued to the first year (FixedWidth.splitTrailingFigures)

    @Test("a label column's heading one space before the first year heads the labels, the year its column")
    func headingGluedToFirstYear() throws {
        let text = """
            The following table summarizes benefit plan information:

                                                              Defined benefit plans    Other plans
            as of and for the years ended December 31 (in millions) 2024     2023     2024     2023
            Service cost                                        $    286 $    270 $     43 $     37
            Interest cost                                            451      432       41       37
            Benefits paid                                          (347)    (316)     (31)     (35)

            """
        let tables = try processed(text: text).tables
        let t = try #require(tables.first)
        let service = try #require(cell(t, "Service cost", value: 286))
        #expect(service.columnPath.last == "2024")
        #expect(service.period == Period.ending(december2024, months: 12))
        #expect(cell(t, "Interest cost", value: 432)?.period == Period.ending(CalendarDate(year: 2023, month: 12, day: 31)!, months: 12))
        #expect(!t.cells.contains { $0.columnPath.contains { $0.contains("years ended") } })
    }

    @Test("a label column's heading over the first column's currency signs heads the labels; a Note heading does not")
    func headingOverCurrencySigns() throws {
        let heading = "as of and for the years ended December 31 (in millions)  2024     2023"
        let text = [heading,
                    "Service cost                                      $    286 $    270",
                    "Interest cost                                          451      432", ""].joined(separator: "\n")
        #expect(FixedWidth.headingBesideYears(FixedWidth.tokens(Array(heading.utf8), Span(start: 0, end: heading.utf8.count)),
                                              labelsStart: { 0 }, labelLimit: 50))
        let t = try #require(try processed(text: text).tables.first)
        #expect(cell(t, "Service cost", value: 286)?.columnPath == ["2024"])
        #expect(cell(t, "Interest cost", value: 432)?.period == Period.ending(CalendarDate(year: 2023, month: 12, day: 31)!, months: 12))
        // A heading right of where the labels start heads a column of its own.
        let note = Array("                  Note    2024    2023".utf8)
        #expect(!FixedWidth.headingBesideYears(FixedWidth.tokens(note, Span(start: 0, end: note.count)), labelsStart: { 0 }, labelLimit: 30))
    }

    // MARK: dated column names beside a stub heading (FixedWidth.isStubBesideDates)

    @Test("a stub heading beside column names ending in years is a header line, its years the columns' dates")
    func stubBesideDates() throws {
        let text = """
            The components of the Company's borrowings were as follows (in millions):
                                             Contractual  Carrying Value as of  Carrying Value as of
                                                                January 31,          January 31,
            Instrument                      Interest Rate          2025                 2024
            2028 Senior Notes                     3.70 %           1,496               1,495
            2031 Senior Notes                     1.95 %           1,491               1,490
            Total carrying value of debt                           2,987               2,985

            """
        let t = try #require(try processed(text: text).tables.first)
        #expect(!t.cells.contains { $0.rowLabel == "Instrument" })
        #expect(cell(t, "2028 Senior Notes", value: 1496)?.period == .instant(CalendarDate(year: 2025, month: 1, day: 31)!))
        #expect(cell(t, "Total carrying value of debt", value: 2985)?.period == .instant(CalendarDate(year: 2024, month: 1, day: 31)!))
        // A stub naming the period (the label column's heading) or a line of one dated name is not one.
        let line = Array("x  Interest Rate  2025  2024".utf8)
        let cells = FixedWidth.tokens(line, Span(start: 0, end: line.count)).dropFirst()
        #expect(FixedWidth.isStubBesideDates("Instrument", Array(cells)))
        #expect(!FixedWidth.isStubBesideDates("As of December 31", Array(cells)))
        #expect(!FixedWidth.isStubBesideDates("Instrument", Array(cells.prefix(2))))
        #expect(!FixedWidth.isStubBesideDates("ASSETS", Array(cells.dropFirst())))
    }

    @Test("a year after words on a line of other cells than years stays with its words")
    func yearInHeadingAmongWordsStays() {
        let text = Array("Notes due 2029    Principal    Rate\n".utf8)
        var lines = [(Span(start: 0, end: text.count - 1), FixedWidth.tokens(text, Span(start: 0, end: text.count - 1)), false)]
        FixedWidth.splitTrailingFigures(&lines, cols: [(10, 16), (18, 27)])
        #expect(lines[0].1.map(\.text) == ["Notes due 2029", "Principal", "Rate"])
    }

    @Test("an amount after a preposition stays in its label; a figure after a label's last word in a column is split off")
    func amountTheLabelNames() {
        func split(_ s: String) -> [String] {
            let text = Array(s.utf8)
            var lines = [(Span(start: 0, end: text.count), FixedWidth.tokens(text, Span(start: 0, end: text.count)), false)]
            FixedWidth.splitTrailingFigures(&lines, cols: [(40, 44), (58, 62)])
            return lines[0].1.map(\.text)
        }
        // `$28` ends where the first column's figures end.
        #expect(split("Other comprehensive loss, net of tax of $28             (87)") == ["Other comprehensive loss, net of tax of $28", "(87)"])
        #expect(split("Total stockholders' equity, at end $2,828             (87)") == ["Total stockholders' equity, at end", "$2,828", "(87)"])
    }
}
