import FolioModel
@testable import FolioFacts

/// The narrative facts of one sentence, one line each (`metric value x scale period role`):
/// what the sentence-level suites compare.
func factLines(_ s: String, base: StatedPeriod? = nil) -> [String] {
    let t = Array(s.utf8)
    return NarrativeExtractor.extract(t, sentence: 0..<t.count, base: base).map {
        "\($0.metric) \($0.figure.value)x\($0.figure.scale) \($0.period?.text ?? "nil") \($0.role)"
    }
}
