import Testing
import FolioModel
@testable import FolioFacts

/// **currencyItems** (issue #20): a list of amounts each in a currency of its own states one
/// measure once per currency, at the period stated after the list.
@Suite("Facts: lists of amounts in several currencies")
struct FactsCurrencyItemsTests {
    /// `metric value x scale unit period role`, one line per fact of the sentence.
    func facts(_ s: String) -> [String] {
        let t = Array(s.utf8)
        return NarrativeExtractor.extract(t, sentence: 0..<t.count, base: nil).map {
            "\($0.metric) \($0.figure.value)x\($0.figure.scale) \($0.figure.unit ?? "nil") \($0.period?.text ?? "nil") \($0.role)"
        }
    }

    @Test("currencyItems: one fact per currency, all of the period after the list; a second list of the same currencies at its own period")
    func currencyItems() {
        #expect(facts("Zentro had forward contracts designated as hedges with notional amounts totaling € 6.2 billion, SEK 1.4 billion, CAD 500 million and CHF 50 million at December 31, 2024 and € 4.9 billion, SEK 1.3 billion, CAD 750 million and CHF 40 million at December 31, 2023.") ==
                ["Forward contracts designated as hedges with notional amounts 6.2x1000000000 EUR at December 31, 2024 current",
                 "Forward contracts designated as hedges with notional amounts 1.4x1000000000 SEK at December 31, 2024 current",
                 "Forward contracts designated as hedges with notional amounts 500.0x1000000 CAD at December 31, 2024 current",
                 "Forward contracts designated as hedges with notional amounts 50.0x1000000 CHF at December 31, 2024 current",
                 "Forward contracts designated as hedges with notional amounts 4.9x1000000000 EUR at December 31, 2023 comparative",
                 "Forward contracts designated as hedges with notional amounts 1.3x1000000000 SEK at December 31, 2023 comparative",
                 "Forward contracts designated as hedges with notional amounts 750.0x1000000 CAD at December 31, 2023 comparative",
                 "Forward contracts designated as hedges with notional amounts 40.0x1000000 CHF at December 31, 2023 comparative"])
        #expect(facts("As of June 30, 2025, the notes outstanding totaled €900 million and £300 million.") ==
                ["Notes outstanding 900.0x1000000 EUR As of June 30, 2025 current",
                 "Notes outstanding 300.0x1000000 GBP As of June 30, 2025 current"])
    }

    @Test("currencyItems: not a list in one currency, nor two amounts of one currency, nor a bracketed equivalent")
    func notCurrencyItems() {
        let t = Array("€6.2 billion, SEK 1.4 billion and €50 million".utf8)
        let figures = FigureScanner.scan(t, 0..<t.count)
        // The run stops before a currency it already holds.
        #expect(NarrativeExtractor.currencyRunEnd(t, figures, from: 0) == 1)
        let u = Array("$6.2 billion, $1.4 billion and $50 million".utf8)
        #expect(NarrativeExtractor.currencyRunEnd(u, FigureScanner.scan(u, 0..<u.count), from: 0) == 0)
        let v = Array("€6.2 billion ($6.9 billion) and".utf8)
        #expect(NarrativeExtractor.currencyRunEnd(v, FigureScanner.scan(v, 0..<v.count), from: 0) == 0)
        #expect(NarrativeExtractor.isPlainListGap(Array(", and ".utf8), 0, 6))
        #expect(!NarrativeExtractor.isPlainListGap(Array(" at ".utf8), 0, 4))
        #expect(!NarrativeExtractor.isPlainListGap(Array(" ".utf8), 0, 1))
    }
}
