import Testing
import FolioModel
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
        // bothInstants: one figure for two dates, the first.
        #expect(PeriodParser.find(in: "As of both June 30, 2025, and December 31, 2024, the Company had $20 million")?.factPeriod.instant == "2025-06-30")
        #expect(PeriodParser.find(in: "was $0 at both June 30, 2025, and December 31, 2024")?.factPeriod.instant == "2025-06-30")
        #expect(PeriodParser.find(in: "both of which were $5 million")  == nil)
    }

    @Test("expiryYear: the year something expires, starts or runs through is not a figure's period")
    func expiryYears() {
        #expect(PeriodParser.find(in: "loss carryforwards of $480 million which expire beginning in fiscal 2029 through fiscal 2045") == nil)
        #expect(PeriodParser.find(in: "credits of $5 million, which expire in 2031") == nil)
        #expect(PeriodParser.find(in: "notes maturing in 2030") == nil)
        // The figure's own period before the expiry is still read.
        #expect(PeriodParser.find(in: "carryforwards in fiscal 2024 of $9 million, which expire in 2031")?.factPeriod.end == "2024-12-31")
        #expect(PeriodParser.find(in: "revenue in fiscal 2024")?.factPeriod.end == "2024-12-31")
    }

    @Test("eventDate and eventInstant: the figures of an event the text dates are of its day, inside the filing's period or not")
    func eventInstants() throws {
        func date(_ s: String) -> String? {
            let t = Array(s.utf8)
            return PeriodParser.eventDate(t, 0..<t.count).map { "\($0.date.iso) \($0.text)" }
        }
        #expect(date("On February 22, 2023, we acquired Northwind for cash consideration of $3.5 billion.") == "2023-02-22 On February 22, 2023")
        #expect(date("In July 2022, the company entered into a term loan.") == "2022-07-31 In July 2022")
        #expect(date("a term loan originally due in July 2023") == nil)
        // A day something is scheduled to mature on is no event's (`isExpiry`).
        #expect(date("which provided for a credit facility that was scheduled to mature on December 23, 2025") == nil)
        #expect(date("Revenue was $5 billion in 2024.") == nil)
        let feb = try #require(CalendarDate(year: 2023, month: 2, day: 22))
        let day = StatedPeriod.event(feb, phrase: "On February 22, 2023")
        #expect(day.factPeriod.instant == "2023-02-22")
        #expect(day.factPeriod.start == nil)
        #expect(day.text == "On February 22, 2023")
        #expect(day.isEvent && !StatedPeriod.year(2023, text: "2023").isEvent)
        let june = try #require(CalendarDate(year: 2024, month: 6, day: 30))
        #expect(StatedPeriod.event(june, phrase: "In June 2024").factPeriod.instant == "2024-06-30")
        // eventFlow: what the event pays or raises is a flow over its day or month.
        let paid = try #require(day.flow(of: "Cash consideration"))
        #expect([paid.factPeriod.start, paid.factPeriod.end] == ["2023-02-22", "2023-02-22"])
        let raised = try #require(StatedPeriod.event(june, phrase: "In June 2024").flow(of: "Net proceeds of the term loan"))
        #expect([raised.factPeriod.start, raised.factPeriod.end] == ["2024-06-01", "2024-06-30"])
        #expect(day.flow(of: "Goodwill acquired") == nil)
        // eventResultFlow: what the event makes the company recognize, too.
        let dec = try #require(CalendarDate(year: 2022, month: 12, day: 31))
        let loss = try #require(StatedPeriod.event(dec, phrase: "In December 2022").flow(of: "Impairment loss on its right-of-use asset"))
        #expect([loss.factPeriod.start, loss.factPeriod.end] == ["2022-12-01", "2022-12-31"])
        #expect(day.flow(of: "Wrote-off the related leasehold improvements") != nil)
        #expect(day.flow(of: "Fine") == nil)
        // eventActionFlow: what the event grants, returns, designates or claims.
        #expect(day.flow(of: "Grant date fair value") != nil)
        #expect(day.flow(of: "Amount returned to defendants") != nil)
        #expect(StatedPeriod.event(dec, phrase: "In December 2022").flow(of: "Euro-denominated notes de-designated")?.factPeriod.start == "2022-12-01")
        #expect(day.flow(of: "Minimum damages claimed") != nil)
        // boundAtEvent: a maximum stands at the event's date.
        #expect(day.flow(of: "Maximum future payments") == nil)
        #expect(StatedPeriod.year(2024, text: "2024").flow(of: "Cash consideration") == nil)
    }

    @Test("scheduleAsOf: figures for years still to come, estimated at a stated date, are of that date")
    func scheduleAsOf() {
        func periods(_ s: String, base: StatedPeriod?) -> [String] {
            let t = Array(s.utf8)
            var facts = NarrativeExtractor.extract(t, sentence: 0..<t.count, base: base)
            PeriodParser.scheduleAsOf(t, sentence: 0..<t.count, &facts, base: base)
            return facts.map { "\($0.figure.value) \($0.role) \($0.period?.factPeriod.instant ?? $0.period?.factPeriod.end ?? "nil")" }
        }
        let fy = StatedPeriod(kind: .duration(months: 12), year: 2023, month: 1, day: 29, text: "FY 2023 (the filing's period)")
        let s = "The estimated future amortization expense associated with the net carrying amount of intangible assets as of January 29, 2023 is estimated to be $602 million in fiscal year 2024, $541 million in fiscal year 2025 and $247 million in fiscal year 2026."
        #expect(periods(s, base: fy) == ["602.0 current 2023-01-29", "541.0 current 2023-01-29", "247.0 current 2023-01-29"])
        let fy24 = StatedPeriod.year(2024, text: "FY 2024 (the filing's period)")
        #expect(periods("As of December 31, 2024, future minimum payments were $1.2 billion in 2026.", base: fy24) == ["1.2 current 2024-12-31"])
        // A year not still to come keeps its period; without a stated date, or without a base, too.
        #expect(periods("As of December 31, 2024, future minimum payments were $1.2 billion in 2024.", base: fy24) == ["1.2 current 2024-12-31"])
        #expect(periods("Future minimum payments are $1.2 billion in 2026.", base: fy24) == ["1.2 current 2026-12-31"])
        #expect(periods("As of December 31, 2024, future minimum payments were $1.2 billion in 2026.", base: nil) == ["1.2 current 2026-12-31"])
    }

    @Test("balanceAtPeriodEnd: a balance the text dates nowhere is of the end of the filing's period, a flow of the period")
    func balancesAtPeriodEnd() throws {
        let fy = StatedPeriod(kind: .duration(months: 12), year: 2024, month: 12, day: 31, text: "FY 2024 (the filing's period)")
        #expect(fy.balance(of: "Foreign loss carryforwards")?.factPeriod.instant == "2024-12-31")
        #expect(fy.balance(of: "Assets held for sale primarily include Goodwill")?.factPeriod.instant == "2024-12-31")
        #expect(fy.balance(of: "Other non-inventory purchase obligations")?.factPeriod.instant == "2024-12-31")
        #expect(fy.balance(of: "Intangible asset amortization expense") == nil)
        #expect(fy.balance(of: "Revenue") == nil)
        let at = StatedPeriod(kind: .instant, year: 2024, month: 12, day: 31, text: "as of December 31, 2024")
        #expect(at.balance(of: "Goodwill") == nil)
    }

    @Test("pairedDurations: `six and three months ended <date>` names both periods, the first first")
    func pairedDurations() throws {
        let p = try #require(PeriodParser.find(in: "expense for the six and three months ended June 30, 2025, was"))
        #expect(p.factPeriod.start == "2025-01-01")
        #expect(p.factPeriod.end == "2025-06-30")
        let both = try #require(PeriodParser.pairedDurations(p))
        #expect(both.map(\.factPeriod.start) == ["2025-01-01", "2025-04-01"])
        #expect(both[1].text == "three months ended June 30, 2025")
        let six = try #require(PeriodParser.find(in: "the six months ended June 30, 2025"))
        #expect(PeriodParser.pairedDurations(six) == nil)
    }
}
