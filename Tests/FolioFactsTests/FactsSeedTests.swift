import Foundation
import FolioTestSupport
import Testing
import FolioModel
import FolioPipeline
@testable import FolioFacts

enum FactsTestSupport {
    /// The default pipeline on the file at `path`; nil when it cannot be read or failed.
    static func run(_ path: String) throws -> WorkingDocument? {
        try TestPipeline.runDefault(file: path)
    }

    /// `metric | figure as printed | scale | unit | start..end (or instant) | check`.
    static func line(_ f: Fact, _ doc: WorkingDocument) -> String {
        let p = f.period
        let when = p?.instant ?? "\(p?.start ?? "nil")..\(p?.end ?? "nil")"
        return "\(f.metric) | \(f.span.map { doc.string($0) } ?? "") | \(f.scale) | \(f.unit ?? "nil") | \(when) | \(f.check)"
    }
}

@Suite("Narrative facts on the earnings seed")
struct FactsSeedTests {
    static let seed = TestPaths.seeds + "/003_05f12aa528e47d2d.txt"

    func facts(under heading: String, _ doc: WorkingDocument) throws -> [Fact] {
        let s = try #require(doc.sections.first { $0.heading == heading })
        return doc.facts.filter { f in f.span.map { $0.start >= s.span.start && $0.start < s.span.end } ?? false }
    }

    @Test("the Fourth Quarter 2023 Financial Highlights list, figure by figure, with comparatives and checks")
    func q4Highlights() throws {
        let doc = try #require(try FactsTestSupport.run(Self.seed))
        let got = try facts(under: "Fourth Quarter 2023 Financial Highlights", doc).map { FactsTestSupport.line($0, doc) }
        #expect(got == [
            "Total net revenue | RMB4,495.5 million | 1000000 | RMB | 2023-10-01..2023-12-31 | agrees",
            "Total net revenue | US$633.2 million | 1000000 | USD | 2023-10-01..2023-12-31 | agrees",
            "Total net revenue | RMB3,906.6 million | 1000000 | RMB | 2022-10-01..2022-12-31 | agrees",
            "Income from operations | RMB1,279.6 million | 1000000 | RMB | 2023-10-01..2023-12-31 | agrees",
            "Income from operations | US$180.2 million | 1000000 | USD | 2023-10-01..2023-12-31 | agrees",
            "Income from operations | RMB943.9 million | 1000000 | RMB | 2022-10-01..2022-12-31 | agrees",
            "Non-GAAP income from operations | RMB1,322.1 million | 1000000 | RMB | 2023-10-01..2023-12-31 | agrees",
            "Non-GAAP income from operations | US$186.2 million | 1000000 | USD | 2023-10-01..2023-12-31 | agrees",
            "Non-GAAP income from operations | RMB995.2 million | 1000000 | RMB | 2022-10-01..2022-12-31 | agrees",
            "Operating margin | 28.5% | 1 | percent | 2023-10-01..2023-12-31 | agrees",
            "Non-GAAP operating margin | 29.4% | 1 | percent | 2023-10-01..2023-12-31 | agrees",
            "Net income | RMB1,107.7 million | 1000000 | RMB | 2023-10-01..2023-12-31 | agrees",
            "Net income | US$156.0 million | 1000000 | USD | 2023-10-01..2023-12-31 | agrees",
            "Net income | RMB867.9 million | 1000000 | RMB | 2022-10-01..2022-12-31 | agrees",
            "Non-GAAP net income | RMB1,150.3 million | 1000000 | RMB | 2023-10-01..2023-12-31 | agrees",
            "Non-GAAP net income | US$162.0 million | 1000000 | USD | 2023-10-01..2023-12-31 | agrees",
            "Non-GAAP net income | RMB919.3 million | 1000000 | RMB | 2022-10-01..2022-12-31 | agrees",
            "Net income attributed to the Company | RMB1,111.7 million | 1000000 | RMB | 2023-10-01..2023-12-31 | agrees",
            "Net income attributed to the Company | US$156.6 million | 1000000 | USD | 2023-10-01..2023-12-31 | agrees",
            "Net income attributed to the Company | RMB872.0 million | 1000000 | RMB | 2022-10-01..2022-12-31 | agrees",
            "Net income margin | 24.6% | 1 | percent | 2023-10-01..2023-12-31 | agrees",
            "Non-GAAP net income margin | 25.6% | 1 | percent | 2023-10-01..2023-12-31 | agrees",
        ])
        // Values as printed, before scale; the compared cell value after its scale.
        let first = try #require(doc.facts.first { $0.metric == "Total net revenue" && $0.unit == "RMB" })
        #expect(first.value == 4495.5 && first.comparedValue == 4_495_503_000 && first.origin == .narrative)
        #expect(first.cell == FactCell(tableId: 2, row: 9, col: 1))
        // The comparative points at the current fact in its currency; the USD figure is current too.
        let q4 = try facts(under: "Fourth Quarter 2023 Financial Highlights", doc)
        #expect(q4.prefix(3).map { $0.role ?? "nil" } == ["current", "current", "comparative"])
        #expect(q4[2].comparativeOf == q4[0].id && q4[0].comparativeOf == nil)
    }

    @Test("the Financial Results sections carry prior-quarter comparatives; the other highlight lists their periods")
    func resultsAndOtherLists() throws {
        let doc = try #require(try FactsTestSupport.run(Self.seed))
        let q4 = try facts(under: "Fourth Quarter 2023 Financial Results", doc).map { FactsTestSupport.line($0, doc) }
        #expect(q4.prefix(4) == [
            "Total net revenue | RMB4,495.5 million | 1000000 | RMB | 2023-10-01..2023-12-31 | agrees",
            "Total net revenue | US$633.2 million | 1000000 | USD | 2023-10-01..2023-12-31 | agrees",
            "Total net revenue | RMB3,906.6 million | 1000000 | RMB | 2022-10-01..2022-12-31 | agrees",
            // No Q3 column in the statements: unmatched, not a disagreement.
            "Total net revenue | RMB4,281.0 million | 1000000 | RMB | 2023-07-01..2023-09-30 | unmatched",
        ])
        let fy = try facts(under: "Full Year 2023 Financial Results", doc).map { FactsTestSupport.line($0, doc) }
        #expect(fy.contains("Income taxes expense | RMB1,008.9 million | 1000000 | RMB | 2023-01-01..2023-12-31 | agrees"))
        #expect(fy.contains("Net income per fully diluted ADS | RMB26.08 | 1 | RMB | 2023-01-01..2023-12-31 | agrees"))
        #expect(fy.contains("Total net revenue | RMB16,553.9 million | 1000000 | RMB | 2022-01-01..2022-12-31 | agrees"))
        let business = try facts(under: "Fourth Quarter 2023 Business Highlights", doc).map { FactsTestSupport.line($0, doc) }
        #expect(business.contains("Total outstanding loan balance | RMB186,478 million | 1000000 | RMB | 2023-12-31 | unmatched"))
        #expect(business.contains("Total outstanding loan balance | RMB163,465 million | 1000000 | RMB | 2022-12-31 | unmatched"))
        #expect(business.contains("Total facilitation and origination loan volume change | 13.8% | 1 | percent | 2023-10-01..2023-12-31 | unmatched"))
        let ops = try facts(under: "Full Year 2023 Operational Highlights", doc).map { FactsTestSupport.line($0, doc) }
        #expect(ops.first == "Total loan facilitation and origination volume | RMB475,831 million | 1000000 | RMB | 2023-01-01..2023-12-31 | unmatched")
        #expect(ops.contains("Total loan facilitation and origination volume | RMB412,361 million | 1000000 | RMB | 2022-01-01..2022-12-31 | unmatched"))
    }

    @Test("reconciliation: every matched narrative fact agrees with the statements")
    func reconciliation() throws {
        let doc = try #require(try FactsTestSupport.run(Self.seed))
        let narrative = doc.facts.filter { $0.origin == .narrative }
        let matched = narrative.filter { $0.cell != nil }
        // (283: `at an amount equivalent to approximately 20% to 30% of ... net income` is a
        // policy's range after `will`, not a figure of the filing; the weighted average basic
        // and diluted ADS of the quarter and the year, `Weighted average basic ADS used in
        // calculating GAAP and Non-GAAP net income per ADS was 158.16 million`, are read under
        // their 15-word subject.)
        #expect(narrative.count == 283)
        #expect(matched.count == 213)
        #expect(matched.allSatisfy { $0.check == .agrees })
        #expect(narrative.filter { $0.cell == nil }.allSatisfy { $0.check == .unmatched && $0.comparedValue == nil })
        let summary = doc.diagnostics.filter { $0.code == "facts.summary" }.map(\.message)
        #expect(summary == ["283 narrative facts, 213 matched to cells: 213 agree, 0 disagree"])
        #expect(!doc.diagnostics.contains { $0.code == "facts.disagrees" })
        // Ids continue from 1 in document order.
        #expect(doc.facts.map(\.id) == Array(1...doc.facts.count))
    }
}
