import FolioModel
import Testing
@testable import FolioFacts

/// **bracketedComparative**: `<metric> of $A (<period> - $B)`: $B is the metric at the
/// bracket's period, a comparative of $A.
@Suite struct BracketedComparativeTests {
    /// `value period-dates role` of each fact: an instant's date, else `start..end`.
    func facts(_ s: String, base: StatedPeriod? = nil) -> [String] {
        let t = Array(s.utf8)
        return NarrativeExtractor.extract(t, sentence: 0..<t.count, base: base).map { f in
            let p = f.period?.factPeriod
            return "\(f.metric) \(f.figure.value) " + (p?.instant ?? "\(p?.start ?? "nil")..\(p?.end ?? "nil")") + " \(f.role)"
        }
    }

    /// A fiscal year ending on June 30, 2024, as a section heading states it.
    let fiscal2024 = StatedPeriod(kind: .duration(months: 12), year: 2024, month: 6, day: 30, text: "Year Ended June 30, 2024")

    @Test("a bare year: the current's period that year; a date: that date; a dash, an en dash or a colon")
    func comparativesInBrackets() {
        #expect(facts("Professional fees of $41,250 (2023 - $38,900) increased with the audit.", base: fiscal2024)
                == ["Professional fees 41250.0 2023-07-01..2024-06-30 current", "Professional fees 38900.0 2022-07-01..2023-06-30 comparative"])
        #expect(facts("At June 30, 2024, inventory was $7,420 (June 30, 2023 – $5,015).")
                == ["Inventory 7420.0 2024-06-30 current", "Inventory 5015.0 2023-06-30 comparative"])
        #expect(facts("Revenue for the year was HK$18.2 million (2023: HK$15.6 million).", base: fiscal2024)
                == ["Revenue for the year 18.2 2023-07-01..2024-06-30 current", "Revenue for the year 15.6 2022-07-01..2023-06-30 comparative"])
    }

    @Test("a current figure that took its comparative's year from words after it is of the base period")
    func currentKeepsTheBase() {
        #expect(facts("Listing fees of $12,000 (2023 - $30,500) were lower than last year.", base: fiscal2024)
                == ["Listing fees 12000.0 2023-07-01..2024-06-30 current", "Listing fees 30500.0 2022-07-01..2023-06-30 comparative"])
    }

    @Test("no comparative: a bracket without a year, a later year, another unit, no dash, text after the figure")
    func notComparatives() {
        for s in ["Professional fees of $41,250 (Note 7 - $38,900) increased.",
                  "Professional fees of $41,250 (2026 - $38,900) increased.",
                  "Professional fees of $41,250 (2023 - 12%) increased.",
                  "Professional fees of $41,250 (2023 $38,900) increased.",
                  "Professional fees of $41,250 (2023 - $38,900 restated) increased."] {
            #expect(!facts(s, base: fiscal2024).contains { $0.hasSuffix("comparative") }, "\(s)")
        }
    }

    @Test("the phrase: bytes between the figures, the closing bracket after the second")
    func phrase() {
        let s = "fees of $41,250 ( fiscal 2023 — $38,900 ) rose"
        let t = Array(s.utf8)
        let a = 15, b = Array("fees of $41,250 ( fiscal 2023 — ".utf8).count
        let end = b + 7
        let r = NarrativeExtractor.comparativeBracketPhrase(t, from: a, to: b, figureEnd: end, limit: t.count)
        #expect(r.map { String(decoding: t[$0], as: UTF8.self) } == "fiscal 2023")
        #expect(NarrativeExtractor.comparativeBracketPhrase(t, from: a, to: b, figureEnd: end, limit: end) == nil)
    }
}

/// The cross-check of a bracketed comparative: its year's period is its current's, so it is
/// compared only where the current's period is stated, not assumed.
@Suite struct BracketedComparativeCheckTests {
    /// Under `heading`, `Professional fees of $41,250 (2014 - $38,900) increased.`, and a
    /// statement row printing `printed` for 2014; the filing's period is 2015.
    func checks(heading: String, printed: Double) throws -> [FactCheck?] {
        let prose = "\(heading)\n\nProfessional fees of $41,250 (2014 - $38,900) increased.\n\n"
        let bytes = Array(prose.utf8)
        var doc = WorkingDocument(docId: "t", source: "t.txt", bytes: bytes)
        doc.setText(bytes, map: OffsetMap())
        let h = heading.utf8.count
        doc.sections = [Section(id: 1, parentId: nil, level: 1, heading: heading, span: Span(start: 0, end: bytes.count))]
        doc.blocks = [Block(id: 1, sectionId: 1, kind: .heading, text: "", span: Span(start: 0, end: h)),
                      Block(id: 2, sectionId: 1, kind: .paragraph, text: "", span: Span(start: h + 2, end: bytes.count - 2))]
        doc.metadata.periodEnd = "2015-12-31"
        doc.metadata.fiscalPeriod = "FY"
        doc.metadata.fiscalYear = 2015
        let year2014 = CalendarDate(year: 2014, month: 12, day: 31).flatMap { Period.ending($0, months: 12) }
        let cell = Cell(row: 0, col: 1, rowLabel: "Professional fees", rowPath: ["Professional fees"],
                        columnPath: ["2014"], raw: String(printed), value: printed, scale: 1, unit: "USD", period: year2014)
        doc.tables = [Table(id: 1, span: Span(start: 0, end: 0), cells: [cell])]
        try FactsStage(options: StageOptions()).process(&doc)
        return doc.facts.filter { $0.role == "comparative" }.map(\.check)
    }

    @Test func comparedWhereTheCurrentsPeriodIsStated() throws {
        #expect(try checks(heading: "Results of Operations - Year Ended December 31, 2015", printed: 38_900) == [.agrees])
        #expect(try checks(heading: "Results of Operations - Year Ended December 31, 2015", printed: 52_000) == [.disagrees])
        // The current's period is the filing's, assumed: neither agrees nor disagrees.
        #expect(try checks(heading: "Results of Operations", printed: 38_900) == [.unmatched])
        #expect(try checks(heading: "Results of Operations", printed: 52_000) == [.unmatched])
    }
}
