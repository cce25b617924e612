import FolioModel
@testable import FolioTables
import Testing

/// **Day numbers under their months** (fixed-width text): a period heading centred over its
/// columns, broken at the month, the day alone on the next line.
@Suite struct DaysUnderMonthsTests {
    static let text = """
                              CONSOLIDATED STATEMENTS OF EARNINGS

                                             Three Months Ended March        Nine Months Ended March
                                                        31                              31
    Amounts in millions except per share amounts      2025        2024             2025        2024
    NET SALES                                     $  19,776   $  20,195       $  63,395   $  63,507
      Cost of products sold                           9,694       9,855          30,533      30,500
    OPERATING INCOME                                 10,082      10,340          32,862      33,007

    """

    @Test func theDayJoinsItsHeadingAndTheUnitsNoteBelowIsRead() throws {
        let t = try #require(try processed(text: Self.text).tables.first)
        #expect(t.header.contains { $0.contains("Three Months Ended March 31") })
        #expect(!t.header.contains { $0.contains("31") })
        let sales = try #require(t.cells.first { $0.rowLabel == "NET SALES" && $0.col == 0 })
        #expect(sales.scale == 1_000_000)
        #expect(sales.period == .duration(start: CalendarDate(year: 2025, month: 1, day: 1)!, end: CalendarDate(year: 2025, month: 3, day: 31)!))
        let nine = try #require(t.cells.first { $0.rowLabel == "NET SALES" && $0.col == 3 })
        #expect(nine.value == 63_507 && nine.period?.end == CalendarDate(year: 2024, month: 3, day: 31)!)
        #expect(!t.cells.contains { $0.rowLabel.isEmpty })
    }

    @Test func onlyDaysUnderAMonthAreTaken() {
        func tok(_ x0: Int, _ s: String) -> FixedWidth.Token {
            FixedWidth.Token(start: x0, end: x0 + s.utf8.count, x0: x0, x1: x0 + s.utf8.count, text: s)
        }
        let above = [tok(40, "Three Months Ended March"), tok(72, "Nine Months Ended Sept.")]
        #expect(FixedWidth.daysUnderMonths([tok(52, "31"), tok(84, "30")], above: above)?.map(\.text)
                == ["Three Months Ended March 31", "Nine Months Ended Sept. 30"])
        // A figure, a day out of range, a number under no month: no heading's end.
        #expect(FixedWidth.daysUnderMonths([tok(52, "310")], above: above) == nil)
        #expect(FixedWidth.daysUnderMonths([tok(52, "32")], above: above) == nil)
        #expect(FixedWidth.daysUnderMonths([tok(52, "31")], above: [tok(40, "Three Months Ended")]) == nil)
        #expect(FixedWidth.daysUnderMonths([tok(10, "31")], above: above) == nil)
    }
}
