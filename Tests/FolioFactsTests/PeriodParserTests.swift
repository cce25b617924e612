import Testing
@testable import FolioFacts

@Suite("Period phrases")
struct PeriodParserTests {
    @Test("headings and sentences name quarters, years and instants")
    func phrases() {
        #expect(PeriodParser.find(in: "Fourth Quarter 2023 Financial Results")?.factPeriod.start == "2023-10-01")
        #expect(PeriodParser.find(in: "Fourth Quarter 2023 Financial Results")?.factPeriod.end == "2023-12-31")
        #expect(PeriodParser.find(in: "Full Year 2023 Financial Highlights")?.factPeriod.start == "2023-01-01")
        #expect(PeriodParser.find(in: "was 2.35% as of December 31, 2023.")?.factPeriod.instant == "2023-12-31")
        let q4 = PeriodParser.find(in: "fourth quarter of 2023")
        #expect(PeriodParser.find(in: "in the same period of 2022", base: q4)?.factPeriod.start == "2022-10-01")
        #expect(PeriodParser.find(in: "in the prior quarter", base: q4)?.factPeriod.start == "2023-07-01")
        #expect(PeriodParser.find(in: "in the prior quarter", base: q4)?.factPeriod.end == "2023-09-30")
        #expect(PeriodParser.find(in: "in 2022", base: q4)?.factPeriod.end == "2022-12-31")
        #expect(PeriodParser.find(in: "Three months ended December 31, 2023 RMB", bareDates: true)?.factPeriod.start == "2023-10-01")
        #expect(PeriodParser.find(in: "Year ended June 30, 2024", bareDates: true)?.factPeriod.start == "2023-07-01")
        #expect(PeriodParser.find(in: "December 31, 2022 RMB", bareDates: true)?.factPeriod.instant == "2022-12-31")
        #expect(PeriodParser.find(in: "Our 157 partners") == nil)
    }

    @Test("a balance at a date is an instant; `as at` still reads as before; no date, no instant")
    func balanceAtADate() {
        #expect(PeriodParser.find(in: "the obligations were $8.1 billion at December 31, 2024 and $8.6 billion")?.factPeriod.instant == "2024-12-31")
        #expect(PeriodParser.find(in: "letters of credit outstanding at June 2025")?.factPeriod.instant == "2025-06-30")
        #expect(PeriodParser.find(in: "stood at 4.1% as at March 31, 2024")?.factPeriod.instant == "2024-03-31")
        #expect(PeriodParser.find(in: "priced at a premium to par") == nil)
    }
}
