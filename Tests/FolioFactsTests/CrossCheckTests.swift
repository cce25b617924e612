import Testing
import FolioModel
@testable import FolioFacts

@Suite("Cross-check: a disagreement needs the same metric, period, unit and scale family")
struct CrossCheckTests {
    func cell(_ label: String, _ value: Double, scale: Int = 1_000_000, path: [String]? = nil,
              concept: String? = nil, context: String? = nil) -> Cell {
        Cell(row: 0, col: 1, rowLabel: label, rowPath: path ?? [label], columnPath: ["2023"], raw: "\(value)",
             value: value, scale: scale, unit: "USD", concept: concept, context: context)
    }

    @Test("a figure that agrees within rounding agrees with a row of similar words")
    func agreesOnSimilarRow() {
        #expect(CrossCheck.outcome(metric: "Net income attributed to the Company", tag: nil,
                                   cell: cell("Net income attributable to ordinary shareholders", 1111.7),
                                   stated: 1_111_700_000, agrees: true) == .agrees)
    }

    @Test("rows that only share words are not the metric: unmatched, not disagrees")
    func similarRowIsNotAccused() {
        #expect(CrossCheck.outcome(metric: "Working capital deficiency", tag: nil, cell: cell("Share capital", 50),
                                   stated: 120_000_000, agrees: false) == .unmatched)
        #expect(CrossCheck.outcome(metric: "Due to related parties", tag: nil, cell: cell("Due from related parties", 80),
                                   stated: 100_000_000, agrees: false) == .unmatched)
        #expect(CrossCheck.outcome(metric: "Total deferred revenue", tag: nil, cell: cell("Deferred revenue", 8976),
                                   stated: 13_600_000_000, agrees: false) == .unmatched)
    }

    @Test("the same metric within a factor of two disagrees; a part or another scale does not")
    func sameMetricDisagrees() {
        #expect(CrossCheck.outcome(metric: "Total net revenue", tag: nil, cell: cell("Total net revenue", 4495.5),
                                   stated: 4_459_500_000, agrees: false) == .disagrees)
        #expect(CrossCheck.outcome(metric: "Total net revenue", tag: nil, cell: cell("Total net revenue", 4495.5),
                                   stated: 449_500_000, agrees: false) == .unmatched)
        // A short label takes its meaning from its row path.
        #expect(CrossCheck.outcome(metric: "Net income per share diluted", tag: nil,
                                   cell: cell("Diluted", 3.0, scale: 1, path: ["Net income per share", "Diluted"]),
                                   stated: 2.5, agrees: false) == .disagrees)
    }

    @Test("where the filer tagged both, their concepts and contexts decide")
    func filerTagsDecide() {
        let tag = FilerTags.Tag(concept: "us-gaap:NotesPayable", context: "c-2")
        #expect(CrossCheck.outcome(metric: "Outstanding notes", tag: tag,
                                   cell: cell("Long-term debt", 14453, concept: "us-gaap:LongTermDebtNoncurrent", context: "c-2"),
                                   stated: 14_453_000_000, agrees: true) == .unmatched)
        #expect(CrossCheck.outcome(metric: "Notes", tag: tag,
                                   cell: cell("Notes payable", 14000, concept: "us-gaap:NotesPayable", context: "c-2"),
                                   stated: 14_453_000_000, agrees: false) == .disagrees)
        #expect(CrossCheck.outcome(metric: "Notes", tag: tag,
                                   cell: cell("Notes payable", 14453, concept: "us-gaap:NotesPayable", context: "c-3"),
                                   stated: 14_453_000_000, agrees: true) == .unmatched)
    }
}

@Suite("Narrative facts: figures listed for a list of periods")
struct NarrativeListTests {
    func facts(_ s: String) -> [String] {
        let t = Array(s.utf8)
        return NarrativeExtractor.extract(t, sentence: 0..<t.count, base: nil).map { n in
            let p = n.period?.factPeriod
            return "\(n.metric) \(n.figure.value)x\(n.figure.scale) \(p?.instant ?? p?.end ?? "nil") \(n.role)"
        }
    }

    @Test("`for fiscal 2024, 2023 and 2022 was $A, $B and $C, respectively`: periods before the figures")
    func periodsBefore() {
        #expect(facts("Advertising expenses for fiscal 2024, 2023 and 2022 were $1.04 billion, $970 million and $1.04 billion, respectively.") == [
            "Advertising expenses 1.04x1000000000 2024-12-31 current",
            "Advertising expenses 970.0x1000000 2023-12-31 comparative",
            "Advertising expenses 1.04x1000000000 2022-12-31 comparative",
        ])
    }

    @Test("`were $A and $B as of December 31, 2023 and December 31, 2024`: dates after the figures")
    func datesAfter() {
        #expect(facts("Prepaid expenses were $5.4 billion and $6.3 billion as of December 31, 2023 and December 31, 2024.") == [
            "Prepaid expenses 5.4x1000000000 2023-12-31 current",
            "Prepaid expenses 6.3x1000000000 2024-12-31 comparative",
        ])
        #expect(facts("Liabilities for return allowances were $1.3 billion, $1.4 billion, and $1.4 billion as of December 31, 2022, 2023, and 2024.") == [
            "Liabilities for return allowances 1.3x1000000000 2022-12-31 current",
            "Liabilities for return allowances 1.4x1000000000 2023-12-31 comparative",
            "Liabilities for return allowances 1.4x1000000000 2024-12-31 comparative",
        ])
    }

    @Test("`was $A in 2024, $B in 2023 and $C in 2022`: each figure's own period")
    func ownPeriods() {
        #expect(facts("Amortization expense was $7.6 billion in 2024, $7.9 billion in 2023 and $7.7 billion in 2022.") == [
            "Amortization expense 7.6x1000000000 2024-12-31 current",
            "Amortization expense 7.9x1000000000 2023-12-31 comparative",
            "Amortization expense 7.7x1000000000 2022-12-31 comparative",
        ])
    }

    @Test("an opening phrase ends after its dates, not at the comma inside one")
    func openingPhrase() {
        #expect(NarrativeExtractor.metricPhrase("As of November 29, 2024 and 2023, the carrying value of our debt was")?.0 == "Carrying value of our debt")
        #expect(NarrativeExtractor.metricPhrase("During fiscal 2024, 2023 and 2022, the total intrinsic value of options exercised was")?.0 == "Total intrinsic value of options exercised")
    }

    @Test("a list needs as many periods as figures; without them nothing is guessed")
    func listNeedsPeriods() {
        let t = Array("Fees were $5 million and $6 million.".utf8)
        let figures = FigureScanner.scan(t, 0..<t.count)
        #expect(NarrativeExtractor.listEnd(t, figures, from: 0) == 1)
        #expect(NarrativeExtractor.listPeriods(t, figures, 0, 1, clauseStart: 0, sentenceEnd: t.count, base: nil) == nil)
        let y = Array("in fiscal 2024, 2023 and 2022".utf8)
        #expect(NarrativeExtractor.periodList(y, 0..<y.count, base: nil, count: 3)?.map(\.year) == [2024, 2023, 2022])
        #expect(NarrativeExtractor.periodList(y, 0..<y.count, base: nil, count: 2) == nil)
    }
}

@Suite("Fiscal years: a stated fiscal year ends where the statements' years end")
struct FiscalYearTests {
    func table(ending end: String) -> Table {
        let d = CalendarDate(iso: end)
        let cell = Cell(row: 0, col: 1, rowLabel: "Revenue", rowPath: ["Revenue"], columnPath: ["Fiscal 2024"], raw: "1",
                        value: 1, scale: 1, unit: "USD", period: d.flatMap { Period.ending($0, months: 12) })
        return Table(id: 1, span: Span(start: 0, end: 1), cells: [cell, cell])
    }

    @Test("a year ending in late November: `fiscal 2024` is the year to November 29, 2024")
    func novemberYearEnd() throws {
        let end = try #require(FiscalYear.end(of: [table(ending: "2024-11-29")]))
        #expect(end.month == 11 && end.day == 29)
        let p = FiscalYear.adjust(StatedPeriod.year(2024, text: "fiscal 2024"), yearEnd: end)
        #expect(p.year == 2024 && p.month == 11 && p.day == 29)
        // A bare year is the calendar year as stated.
        #expect(FiscalYear.adjust(StatedPeriod.year(2024, text: "2024"), yearEnd: end).month == 12)
    }

    @Test("a year ending in January or February is named either way: left as stated without the filing's naming")
    func earlyYearEnd() throws {
        let end = try #require(FiscalYear.end(of: [table(ending: "2025-02-02")]))
        #expect(FiscalYear.adjust(StatedPeriod.year(2024, text: "fiscal 2024"), yearEnd: end).month == 12)
    }

    @Test("the filing's metadata says how its fiscal years are named: by the year they end in, or the year before")
    func naming() throws {
        func md(_ end: String?, _ fy: Int?, _ fp: String) -> DocumentMetadata {
            var m = DocumentMetadata()
            m.periodEnd = end
            m.fiscalYear = fy
            m.fiscalPeriod = fp
            return m
        }
        // `For the fiscal year ended February 2, 2025` of `fiscal 2024`: named by the year before.
        let byStart = try #require(FiscalYear.naming(md("2025-02-02", 2024, "FY"), yearEnd: nil))
        #expect(byStart.offset == 1)
        let p = FiscalYear.adjust(StatedPeriod.year(2023, text: "fiscal 2023"), naming: byStart)
        #expect(p.year == 2024 && p.month == 2 && p.day == 2)
        // `For the fiscal year ended January 31, 2025` of `fiscal 2025`: named by the year it ends in.
        let byEnd = try #require(FiscalYear.naming(md("2025-01-31", 2025, "FY"), yearEnd: nil))
        #expect(byEnd.offset == 0)
        let q = FiscalYear.adjust(StatedPeriod.year(2025, text: "fiscal 2025"), naming: byEnd)
        #expect(q.year == 2025 && q.month == 1 && q.day == 31)
        // A quarter of `fiscal 2025` ending in August lies in the year that ends in 2026.
        let feb = try #require(FiscalYear.end(of: [table(ending: "2025-02-02")]))
        #expect(FiscalYear.naming(md("2025-08-03", 2025, "Q2"), yearEnd: feb)?.offset == 1)
        // Unknown or implausible naming: nothing is assumed.
        #expect(FiscalYear.naming(md(nil, 2025, "FY"), yearEnd: nil) == nil)
        #expect(FiscalYear.naming(md("2025-01-31", 2021, "FY"), yearEnd: nil) == nil)
    }
}

@Suite("Cross-check: the same words, as often")
struct SameMetricTests {
    @Test("`Cash equivalents` is not `Cash and cash equivalents`; `Net revenues` is `Net revenue`")
    func sequences() {
        let c = Cell(row: 0, col: 1, rowLabel: "Cash and cash equivalents", rowPath: ["Cash and cash equivalents"],
                     columnPath: [], raw: "1", value: 1, scale: 1, unit: "USD")
        #expect(!CrossCheck.sameMetric("Cash equivalents", c))
        #expect(CrossCheck.sameMetric("cash and cash equivalents", c))
        var d = c
        d.rowLabel = "Net revenues"
        #expect(CrossCheck.sameMetric("Net revenue", d))
    }
}

@Suite("Narrative facts: a comparison that names another metric")
struct OtherMetricComparisonTests {
    @Test("`compared to loss from operations of $X` is not the earnings' comparative; `compared to $X in 2022` is")
    func otherMetric() {
        let s = "Earnings from operations for the six months ended June 30, 2025, was $285 million compared to loss from operations of $1,176 million during the same period in 2024."
        let t = Array(s.utf8)
        #expect(NarrativeExtractor.extract(t, sentence: 0..<t.count, base: nil).map(\.figure.value) == [285])
        let s2 = "Total net revenue was RMB4,495.5 million, compared to RMB3,906.6 million in 2022."
        let t2 = Array(s2.utf8)
        #expect(NarrativeExtractor.extract(t2, sentence: 0..<t2.count, base: nil).map(\.role) == ["current", "comparative"])
    }
}
