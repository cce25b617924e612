import Testing
import FolioModel
@testable import FolioFacts

/// A recall rule of issue #20 on small hand-written notes: a note label glued to the first
/// word of its note (`noteLabelOpening`).
@Suite("Facts: note labels and amounts stated as none")
struct FactsNoteAndNoneTests {
    /// Each fact of `s` read as one paragraph: metric, value, period end or instant.
    func facts(_ s: String, base: StatedPeriod? = nil) -> [String] {
        let t = Array(s.utf8)
        return NarrativeExtractor.sentences(t, 0..<t.count).flatMap { r in
            NarrativeExtractor.extract(t, sentence: r, base: base)
        }.map { f in
            let p = f.period?.factPeriod
            return "\(f.metric) = \(f.figure.value) @ \(p?.instant ?? p?.end ?? "nil")"
        }
    }

    @Test("noteLabelOpening: `(1)As of ...` opens after its label")
    func noteLabelOpening() {
        let s = "(1)As of September 30, 2024 and 2023, the book value of preferred stock was $540 million and $456 million, respectively."
        let t = Array(s.utf8)
        let r = NarrativeExtractor.sentences(t, 0..<t.count)
        #expect(r.map { NarrativeExtractor.str(t, $0.lowerBound, $0.upperBound) }.first?.hasPrefix("As of September 30") == true)
        #expect(facts(s) == ["Book value of preferred stock = 540.0 @ 2024-09-30", "Book value of preferred stock = 456.0 @ 2023-09-30"])
        // The same with a space after the label, and a letter label.
        #expect(facts("(2) As of September 30, 2024, goodwill was $1.2 billion.") == ["Goodwill = 1.2 @ 2024-09-30"])
        #expect(facts("(a)During fiscal 2024 and 2023, research expense was $12 million and $10 million, respectively.",
                      base: nil).count == 2)
    }

    @Test("noteLabelOpening: no label, or no capital after it, leaves the sentence whole")
    func noteLabelOpeningNegative() {
        for s in ["(2024)As of June 30, the balance was $5 million.", "(b) 1.0030 and 1.7860, the rates.",
                  "(In millions)Revenue was $5 million.", "(1)as of June 30, 2025, it was $5 million."] {
            let t = Array(s.utf8)
            #expect(NarrativeExtractor.sentences(t, 0..<t.count).first?.lowerBound == 0, "\(s)")
        }
    }
}
