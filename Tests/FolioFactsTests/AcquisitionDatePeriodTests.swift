import Testing
import FolioModel
@testable import FolioFacts

/// `acquisitionDatePeriod` on small hand-written inputs: a sentence naming the acquisition
/// date takes the date of the allocation table above it in its section (the tables stage's
/// decision, read from the cells' period reason).
@Suite("Facts: figures stated at or from the acquisition date")
struct AcquisitionDatePeriodTests {
    static let closing = CalendarDate(year: 2024, month: 8, day: 1)
    static let fy = StatedPeriod.year(2024, text: "FY 2024 (the filing's period)")

    /// An allocation table dated `closing`, in section 7, ending at byte 100.
    static func allocation(section: Int? = 7, end: Int = 100, reason: String = AcquisitionDates.reason) -> Table {
        let cell = Cell(row: 0, col: 1, rowLabel: "Cash and equivalents", rowPath: ["Cash and equivalents"],
                        columnPath: ["Fair value"], raw: "1,020", value: 1020, scale: 1_000_000, unit: "USD",
                        period: closing.map { .instant($0) }, periodReason: reason)
        return Table(id: 1, sectionId: section, span: Span(start: 0, end: end), cells: [cell])
    }

    /// The facts of `s` (one sentence, the filing's period as base) after the rule, the
    /// sentence read as if it began at byte `at` in `section`: metric, value, period.
    func facts(_ s: String, tables: [Table] = [allocation()], at: Int = 200, section: Int? = 7) -> [String] {
        let t = Array(s.utf8)
        let acquisitions = AcquisitionDates(tables)
        return NarrativeExtractor.sentences(t, 0..<t.count).flatMap { r -> [NarrativeFact] in
            var f = NarrativeExtractor.extract(t, sentence: r, base: Self.fy)
            // (The sentence's place in a document: `at`.)
            let period = AcquisitionDates.period(t, sentence: r) { acquisitions.date(before: at, section: section) }
            if let period { for k in f.indices where f[k].period == Self.fy { f[k].period = period } }
            return f
        }.map { f in
            let p = f.period?.factPeriod
            return "\(f.metric) = \(f.figure.value) @ \(p?.instant ?? "\(p?.start ?? "nil")..\(p?.end ?? "nil")")"
        }
    }

    @Test("`as of the acquisition date`: the instant of the allocation table above")
    func asOfTheAcquisitionDate() {
        #expect(facts("The fair value of the related financing liability was $246 million as of the acquisition date.") == [
            "Fair value of the related financing liability = 246.0 @ 2024-08-01",
        ])
    }

    @Test("`from the acquisition date through <date>`: the days from the table's date to the stated one")
    func fromTheAcquisitionDate() {
        #expect(facts("For the period from the acquisition date through December 31, 2024, net revenues attributable to Example Bio were $578 million.") == [
            "Net revenues attributable to Example Bio = 578.0 @ 2024-08-01..2024-12-31",
        ])
    }

    @Test("no dated table above in the section, or another use of the words: the sentence is left as read")
    func leftAsRead() {
        let asOf = "The fair value of the related financing liability was $246 million as of the acquisition date."
        let asRead = ["Fair value of the related financing liability = 246.0 @ 2024-01-01..2024-12-31"]
        #expect(facts(asOf, section: 8) == asRead)                                  // another section
        #expect(facts(asOf, at: 50) == asRead)                                      // the table is below
        #expect(facts(asOf, tables: [Self.allocation(reason: "column_header")]) == asRead)   // not dated at an acquisition
        #expect(facts("The acquisition date fair value of the consideration transferred was $419 million.")
            == ["Acquisition date fair value of the consideration transferred = 419.0 @ 2024-01-01..2024-12-31"])
        #expect(facts("Goodwill of $200 million is attributable to the synergies expected to arise after the acquisition date.")
            == ["Goodwill = 200.0 @ 2024-01-01..2024-12-31"])
    }

    @Test("apply: the figures whose period is the base move, one stating its own period keeps it")
    func ownPeriodKept() {
        let table = Self.allocation(end: 0)   // above a sentence at byte 0
        var t = Array("Operating losses were $682 million in 2023 as of the acquisition date.".utf8)
        var r = NarrativeExtractor.sentences(t, 0..<t.count)[0]
        var f = NarrativeExtractor.extract(t, sentence: r, base: Self.fy)
        let before = f.map(\.period)
        #expect(!before.isEmpty && before.allSatisfy { $0 != Self.fy })
        AcquisitionDates([table]).apply(t, sentence: r, &f, base: Self.fy, section: 7)
        #expect(f.map(\.period) == before)

        t = Array("Operating losses were $682 million as of the acquisition date.".utf8)
        r = NarrativeExtractor.sentences(t, 0..<t.count)[0]
        f = NarrativeExtractor.extract(t, sentence: r, base: Self.fy)
        #expect(f.map(\.period) == [Self.fy])
        AcquisitionDates([table]).apply(t, sentence: r, &f, base: Self.fy, section: 7)
        #expect(f.map { $0.period?.factPeriod.instant } == ["2024-08-01"])
    }

    /// The facts of `s` (the filing's period as base) after `allocationParagraph`, the sentence
    /// read as if it began at byte `at` in `section`: metric, value, period.
    func underTable(_ s: String, tables: [Table] = [allocation()], at: Int = 200, section: Int? = 7) -> [String] {
        let t = Array(s.utf8)
        let acquisitions = AcquisitionDates(tables)
        return NarrativeExtractor.sentences(t, 0..<t.count).flatMap { r -> [NarrativeFact] in
            var f = NarrativeExtractor.extract(t, sentence: r, base: Self.fy)
            acquisitions.allocationParagraph(&f, at: at, section: section, filingPeriod: Self.fy)
            return f
        }.map { f in
            let p = f.period?.factPeriod
            return "\(f.metric) = \(f.figure.value) @ \(p?.instant ?? "\(p?.start ?? "nil")..\(p?.end ?? "nil")")"
        }
    }

    @Test("allocationParagraph: an undated balance right under the allocation table is at the table's date")
    func allocationParagraphBalance() {
        #expect(underTable("Other noncurrent assets primarily consist of $250 million of deferred tax assets.") == [
            "Deferred tax assets = 250.0 @ 2024-08-01",
        ])
        // (What the deal pays, `eventFlow`: the flow of that day.)
        #expect(underTable("The cash consideration of $900 million was funded with cash on hand.") == [
            "Cash consideration = 900.0 @ 2024-08-01..2024-08-01",
        ])
    }

    @Test("allocationParagraph: a flow, a stated period, another section or a table between: left as read")
    func allocationParagraphLeftAsRead() {
        let balance = "Other noncurrent assets primarily consist of $250 million of deferred tax assets."
        let asRead = ["Deferred tax assets = 250.0 @ 2024-01-01..2024-12-31"]
        #expect(underTable(balance, section: 8) == asRead)                             // another section
        #expect(underTable(balance, at: 50) == asRead)                                 // the table is below
        let between = Table(id: 2, sectionId: 7, span: Span(start: 150, end: 180), cells: [])
        #expect(underTable(balance, tables: [Self.allocation(), between]) == asRead)   // another table between
        #expect(underTable(balance, tables: [Self.allocation(reason: "column_header")]) == asRead)
        #expect(underTable("Acquisition-related expenses of $44 million were included in SG&A expense.")
            == ["Acquisition-related expenses = 44.0 @ 2024-01-01..2024-12-31"])      // a flow is of the year
        #expect(underTable("Deferred tax assets were $250 million at December 31, 2024.")
            == ["Deferred tax assets = 250.0 @ 2024-12-31"])                          // a period of its own
    }
}
