import Testing
import FolioModel
@testable import FolioFacts

/// **restatingAside** (issue #20): an aside that restates the subject inside it is no part of
/// the metric.
@Suite("Facts: restating asides inside a subject")
struct FactsRestatingAsideTests {
    func facts(_ s: String, base: StatedPeriod? = nil) -> [String] { factLines(s, base: base) }

    @Test("`, representing ...,` and `, including ...,` inside a subject are asides")
    func restatingAside() {
        #expect(facts("The reserve for obsolete parts, representing a write-down of spare parts, was $41 million at December 31, 2025.") ==
                ["Reserve for obsolete parts 41.0x1000000 at December 31, 2025 current"])
        #expect(facts("Deferred costs, including those capitalized under the new program, were $2.4 billion and $1.9 billion at June 30, 2025 and December 31, 2024, respectively.") ==
                ["Deferred costs 2.4x1000000000 at June 30, 2025 current",
                 "Deferred costs 1.9x1000000000 December 31, 2024 comparative"])
        // An aside that takes a part away is another measure: it stays in the metric.
        #expect(facts("Revenue, excluding the effect of currency, was $5 million in 2025.") ==
                ["Revenue, excluding the effect of currency 5.0x1000000 2025 current"])
    }
}
