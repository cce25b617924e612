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

    @Test("report periods: the phrases the metadata extractor reads too (HeuristicTests.periods)")
    func reportPeriods() {
        func read(_ s: String) -> [String?]? {
            PeriodParser.find(in: s).map { [$0.factPeriod.start, $0.factPeriod.end, $0.factPeriod.text] }
        }
        #expect(read("Q4 2023 Earnings Call") == ["2023-10-01", "2023-12-31", "Q4 2023"])
        #expect(read("Q4-2023 Full-Year") == ["2023-10-01", "2023-12-31", "Q4-2023"])
        #expect(read("First Half 2024 Results") == ["2024-01-01", "2024-06-30", "First Half 2024"])
        #expect(read("Full Year 2023 Highlights") == ["2023-01-01", "2023-12-31", "Full Year 2023"])
        #expect(read("FY 2024 Results") == ["2024-01-01", "2024-12-31", "FY 2024"])
        #expect(read("Annual Report for fiscal 2023-24") == ["2023-01-01", "2023-12-31", "fiscal 2023"])
        #expect(read("Results for the third quarter of fiscal 2023") == ["2023-07-01", "2023-09-30", "third quarter of fiscal 2023"])
        // A quarter and its year named together: the year.
        #expect(read("Fourth Quarter and Full Year 2023 Results") == ["2023-01-01", "2023-12-31", "Full Year 2023"])
        #expect(read("Q4 and Full Year 2023 Results") == ["2023-01-01", "2023-12-31", "Full Year 2023"])
        let q3 = PeriodParser.find(in: "third quarter 2023")
        #expect(PeriodParser.find(in: "fourth quarter and full year 2023", base: q3)?.factPeriod.text == "fourth quarter")
        #expect(read("Third Half 2023") == nil)
    }

    @Test("a balance at a date is an instant; `as at` still reads as before; no date, no instant")
    func balanceAtADate() {
        #expect(PeriodParser.find(in: "the obligations were $8.1 billion at December 31, 2024 and $8.6 billion")?.factPeriod.instant == "2024-12-31")
        #expect(PeriodParser.find(in: "letters of credit outstanding at June 2025")?.factPeriod.instant == "2025-06-30")
        #expect(PeriodParser.find(in: "stood at 4.1% as at March 31, 2024")?.factPeriod.instant == "2024-03-31")
        #expect(PeriodParser.find(in: "priced at a premium to par") == nil)
    }
}
