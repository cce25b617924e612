import Testing
import FolioModel
@testable import FolioFacts

/// The facts the stage reads from a note of one paragraph, in a filing whose metadata is
/// `end` and `fy` (an annual report): metric, value and period.
func noteFacts(_ paragraph: String, end: String, fy: Int) throws -> [String] {
    let lines = ["Note 9 - Commitments", paragraph]
    var (doc, spans, at) = linesDocument("q", lines)
    doc.sections = [Section(id: 1, parentId: nil, level: 1, heading: lines[0], span: Span(start: 0, end: at))]
    doc.blocks = [Block(id: 1, sectionId: 1, kind: .heading, text: lines[0], span: spans[0]),
                  Block(id: 2, sectionId: 1, kind: .paragraph, text: lines[1], span: spans[1])]
    var m = DocumentMetadata()
    m.periodEnd = end
    m.fiscalYear = fy
    m.fiscalPeriod = "FY"
    doc.metadata = m
    try FactsStage(options: StageOptions()).process(&doc)
    return doc.facts.map { "\($0.metric) \($0.value ?? -1) \($0.period?.start ?? "-") \($0.period?.end ?? $0.period?.instant ?? "nil")" }
}

@Suite("fiscalQuarter: a quarter or half named with its fiscal year is that part of the filer's year")
struct FiscalQuarterTests {
    func md(_ end: String, _ fy: Int, _ fp: String) -> DocumentMetadata {
        var m = DocumentMetadata()
        m.periodEnd = end
        m.fiscalYear = fy
        m.fiscalPeriod = fp
        return m
    }

    @Test("quarterOfFiscalYear: `the third quarter of fiscal year 2021` is read with its year, not the base's quarter")
    func readsFiscalYearInFull() throws {
        let p = try #require(PeriodParser.find(in: "In the third quarter of fiscal year 2021, we booked a gain of $40 million."))
        #expect(p.kind == .duration(months: 3))
        #expect(p.text == "third quarter of fiscal year 2021")
        let base = try #require(PeriodParser.find(in: "in fiscal 2027"))
        let h = try #require(PeriodParser.find(in: "during the first half of the fiscal year 2026 sales of $9 million", base: base))
        #expect(h.kind == .duration(months: 6) && h.year == 2026)
    }

    @Test("a year ending late in January, named by the year it ends in: the third quarter ends in October before")
    func januaryYearEnd() throws {
        let naming = try #require(FiscalYear.naming(md("2022-01-28", 2022, "FY"), yearEnd: nil))
        let stated = try #require(PeriodParser.find(in: "In the third quarter of fiscal year 2021, we booked $40 million."))
        let p = FiscalYear.adjust(stated, naming: naming)
        #expect(p.factPeriod.end == "2020-10-28")
        #expect(p.factPeriod.start == "2020-07-29")
        // `second quarter of fiscal 2021` (the year next to `of`) too.
        let q2 = try #require(PeriodParser.find(in: "charges in the second quarter of fiscal 2021 of $5 million"))
        #expect(FiscalYear.adjust(q2, naming: naming).factPeriod.end == "2020-07-28")
    }

    @Test("a year ending on June 30: the first half ends on December 31 before, a month's last day")
    func juneYearEnd() throws {
        let naming = try #require(FiscalYear.naming(md("2026-06-30", 2026, "FY"), yearEnd: nil))
        let h = try #require(PeriodParser.find(in: "revenue for the first half of fiscal 2026 was $12 million"))
        let p = FiscalYear.adjust(h, naming: naming)
        #expect(p.factPeriod.start == "2025-07-01" && p.factPeriod.end == "2025-12-31")
        let q1 = try #require(PeriodParser.find(in: "Q1 fiscal 2026 revenue was $5 million"))
        #expect(FiscalYear.adjust(q1, naming: naming).factPeriod.end == "2025-09-30")
        // Without a naming, a year ending in the second half of the calendar year (offset 0).
        let third = try #require(PeriodParser.find(in: "in the third quarter of fiscal 2026"))
        #expect(FiscalYear.adjust(third, yearEnd: (6, 30)).factPeriod.end == "2026-03-31")
    }

    @Test("left as stated: a quarter stated by its end, a calendar quarter, a December year")
    func leftAsStated() throws {
        let naming = try #require(FiscalYear.naming(md("2022-01-28", 2022, "FY"), yearEnd: nil))
        let ended = try #require(PeriodParser.find(in: "for the fiscal quarter ended September 30, 2021"))
        #expect(FiscalYear.adjust(ended, naming: naming).factPeriod.end == "2021-09-30")
        let calendar = try #require(PeriodParser.find(in: "in the third quarter of 2021"))
        #expect(FiscalYear.adjust(calendar, naming: naming).factPeriod.end == "2021-09-30")
        let december = try #require(FiscalYear.naming(md("2021-12-31", 2021, "FY"), yearEnd: nil))
        let stated = try #require(PeriodParser.find(in: "in the third quarter of fiscal year 2021"))
        #expect(FiscalYear.adjust(stated, naming: december).factPeriod.end == "2021-09-30")
    }

    @Test("the stage names a stated fiscal quarter the filer's way")
    func stageNamesFiscalQuarter() throws {
        let got = try noteFacts("In the third quarter of fiscal year 2021, we recorded $40 million in product warranty liabilities.",
                                 end: "2022-01-28", fy: 2022)
        #expect(got == ["Amount recorded in product warranty liabilities 40.0 2020-07-29 2020-10-28"])
    }
}

@Suite("awardedFlow: what a court awards at an event is a flow of the event")
struct AwardedFlowTests {
    @Test("awardedFlow: an amount a court awards in a month is the month's flow, not the instant at its end")
    func awardedInAMonth() throws {
        let got = try noteFacts("In March 2022, a jury found that the company infringed the patents and awarded the plaintiff $30 million in damages.",
                                 end: "2022-12-31", fy: 2022)
        #expect(got == ["Damages awarded 30.0 2022-03-01 2022-03-31"])
        let day = try noteFacts("On August 9, 2022, the court awarded the plaintiff $12 million in pre-judgment interest.",
                                 end: "2022-12-31", fy: 2022)
        #expect(day == ["Pre-judgment interest awarded 12.0 2022-08-09 2022-08-09"])
    }
}
