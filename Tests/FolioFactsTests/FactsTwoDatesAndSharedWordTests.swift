import Testing
import FolioModel
@testable import FolioFacts

/// Two rules of issue #20 on small hand-written inputs: a metric that shares one word with a
/// row of another line is no match (`CellMatcher.score`, `oneSharedWord`), and one figure
/// stated for two dates is a fact of each (`PeriodParser.twoDates`, `oneFigureTwoDates`).
@Suite("Facts: one shared word is another line; one figure for two dates")
struct FactsTwoDatesAndSharedWordTests {
    // MARK: oneSharedWord

    @Test("oneSharedWord: another line of the same kind scores 0")
    func sharedWordOnly() {
        #expect(CellMatcher.score("Advertising expenses", "Interest expense") == 0)
        #expect(CellMatcher.score("Cash discounts", "Cash flows from investing activities") == 0)
        #expect(CellMatcher.score("Deductions to the allowance", "Foreign income deduction") == 0)
    }

    @Test("oneSharedWord: a side whose other words name only the kind of amount still matches")
    func kindWordsOnly() {
        #expect(CellMatcher.score("Depreciation expense", "Depreciation") >= 0.5)
        #expect(CellMatcher.score("Impairment charges", "Lease-related asset impairments") >= 0.5)
        #expect(CellMatcher.score("Subscription revenue", "Subscription") >= 0.5)
        // Two shared words: the rule does not apply.
        #expect(CellMatcher.score("Net income attributed to the Company", "Net income attributable to ordinary shareholders") >= 0.5)
    }

    @Test("oneSharedWord: a figure equal to another line's cell finds no cell")
    func noCellForAnotherLine() {
        let end = CalendarDate(year: 2024, month: 12, day: 31)
        let period = end.flatMap { Period.ending($0, months: 12) }
        let cells = [
            Cell(row: 0, col: 1, rowLabel: "Interest expense", rowPath: ["Interest expense"], columnPath: ["2024"],
                 raw: "2,224", value: 2224, scale: 1_000_000, unit: "USD", period: period),
            Cell(row: 1, col: 1, rowLabel: "Cash flows from investing activities", rowPath: ["Cash flows from investing activities"],
                 columnPath: ["2024"], raw: "(2,009)", value: -2009, scale: 1_000_000, unit: "USD", period: period),
        ]
        var matcher = CellMatcher(tables: [Table(id: 1, span: Span(start: 0, end: 0), cells: cells)])
        let fy = StatedPeriod.year(2024, text: "2024")
        #expect(matcher.match(metric: "Advertising expenses", period: fy, unit: "USD", agrees: { _ in true }, threshold: 0.5) == nil)
        #expect(matcher.match(metric: "Cash discounts", period: fy, unit: "USD", agrees: { _ in true }, threshold: 0.5) == nil)
        #expect(matcher.match(metric: "Interest expense", period: fy, unit: "USD", agrees: { _ in true }, threshold: 0.5)?.1.row == 0)
    }

    // MARK: oneFigureTwoDates

    /// Each fact of `s` read as one paragraph, after `twoDates`: metric, value, date, role.
    func facts(_ s: String) -> [String] {
        let t = Array(s.utf8)
        return NarrativeExtractor.sentences(t, 0..<t.count).flatMap { r -> [NarrativeFact] in
            var f = NarrativeExtractor.extract(t, sentence: r, base: nil) + NarrativeExtractor.noneStated(t, sentence: r, base: nil)
            PeriodParser.twoDates(t, sentence: r, &f)
            return f
        }.map { f in
            let p = f.period?.factPeriod
            return "\(f.metric) = \(f.figure.value) @ \(p?.instant ?? p?.end ?? "nil") \(f.role)"
        }
    }

    @Test("oneFigureTwoDates: `as of both A and B`, `at A, and B`, `as of A and <year>`: a fact for each date")
    func twoDates() {
        #expect(facts("As of both June 30, 2025, and December 31, 2024, Northwind had $20 million of short-term investments.") == [
            "Short-term investments = 20.0 @ 2025-06-30 current", "Short-term investments = 20.0 @ 2024-12-31 comparative",
        ])
        #expect(facts("The amount due to suppliers was approximately $5.6 billion as of March 31, 2025 and June 30, 2024.") == [
            "Amount due to suppliers = 5.6 @ 2025-03-31 current", "Amount due to suppliers = 5.6 @ 2024-06-30 comparative",
        ])
        #expect(facts("There were no borrowings outstanding under the credit facility as of December 31, 2024 and 2023.") == [
            "Borrowings outstanding under the credit facility = 0.0 @ 2024-12-31 current",
            "Borrowings outstanding under the credit facility = 0.0 @ 2023-12-31 comparative",
        ])
    }

    @Test("oneFigureTwoDates: a figure for each date, `respectively`, or one date leave the facts as read")
    func twoDatesNegative() {
        // Two figures, one for each date: the list reads them (no copy).
        #expect(facts("Prepaid expenses were $5.4 billion and $6.3 billion as of December 31, 2023 and December 31, 2024.") == [
            "Prepaid expenses = 5.4 @ 2023-12-31 current", "Prepaid expenses = 6.3 @ 2024-12-31 comparative",
        ])
        let t = Array("Goodwill was $1.2 billion and $1.1 billion as of December 31, 2024 and 2023, respectively.".utf8)
        #expect(PeriodParser.instantPair(t, 0..<t.count)?.first == nil)
        #expect(facts("As of December 31, 2024, goodwill was $1.2 billion.") == ["Goodwill = 1.2 @ 2024-12-31 current"])
        // A record date is not a balance date.
        let r = Array("A dividend of $0.50 per share payable to holders of record at May 1, 2025 and June 1, 2025.".utf8)
        #expect(PeriodParser.instantPair(r, 0..<r.count)?.first == nil)
    }
}
