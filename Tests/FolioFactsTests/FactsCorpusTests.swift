import Foundation
import FolioTestSupport
import Testing
import FolioModel
@testable import FolioFacts

@Suite("Narrative facts on the shared corpus",
       .enabled(if: TestPaths.sharedHas("earnings-releases") && TestPaths.sharedHas("pdf-text"),
                TestPaths.sharedAbsent("earnings-releases, pdf-text")))
struct FactsCorpusTests {
    static func files() -> [String] {
        let root = TestPaths.sharedCorpus
        var out: [String] = []
        for dir in ["earnings-releases", "pdf-text"] {
            let d = root + "/" + dir
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: d) else { continue }
            out += names.filter { $0.hasSuffix(".txt") }.sorted().map { d + "/" + $0 }
        }
        return out
    }

    @Test("plain-text releases and reports: no failure, no bare numbers, years or page numbers as facts")
    func corpus() throws {
        let files = Self.files()
        #expect(!files.isEmpty, "no plain-text release or report in ../shared/corpus")
        var total = 0
        for path in files {
            let doc = try #require(try FactsTestSupport.run(path), "pipeline failed on \(path)")
            let narrative = doc.facts.filter { $0.origin == .narrative }
            total += narrative.count
            for f in narrative {
                let printed = f.span.map { doc.string($0) } ?? ""
                // Every fact is a figure: a currency, a scale word or a percent sign.
                #expect(f.unit != nil || f.scale > 1, "bare number \(printed) in \(path)")
                // Its metric is words, not a number or a lone symbol.
                #expect(f.metric.contains { $0.isLetter } && f.metric.count <= 120, "metric '\(f.metric)' in \(path)")
                // A year is never a value: `in 2023` or `December 31, 2023` are periods.
                if let v = f.value, f.scale == 1, f.unit != "percent" {
                    #expect(!(v >= 1900 && v <= 2100 && v == v.rounded()), "year-like value \(printed) in \(path)")
                }
                // Periods are well-formed ISO dates when present.
                if let p = f.period {
                    for d in [p.start, p.end, p.instant].compactMap({ $0 }) { #expect(d.count == 10 && d.dropFirst(4).first == "-") }
                    if let s = p.start, let e = p.end { #expect(s <= e) }
                }
            }
            let summary = doc.diagnostics.filter { $0.code == "facts.summary" }
            #expect(summary.count == (narrative.isEmpty ? 0 : 1))
            for f in narrative.prefix(4) {
                print("FACT \((path as NSString).lastPathComponent): \(FactsTestSupport.line(f, doc))")
            }
        }
        #expect(total > 0)
    }
}
