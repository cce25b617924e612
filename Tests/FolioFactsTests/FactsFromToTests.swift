import Testing
import FolioModel
@testable import FolioFacts

/// Changes stated with the levels they join (issue #20): `changeFromTo` and `objectFromTo`.
/// Made-up sentences.
@Suite("Facts: changes from one level to another")
struct FactsFromToTests {
    func facts(_ s: String) -> [String] { FactsRecallShapesTests().facts(s) }

    /// Each fact's metric, value, role and period as dates.
    func dated(_ s: String) -> [String] {
        let t = Array(s.utf8)
        return NarrativeExtractor.sentences(t, 0..<t.count).flatMap { NarrativeExtractor.extract(t, sentence: $0, base: nil) }
            .map { f in
                let p = f.period?.factPeriod
                return "\(f.metric) \(f.figure.value) \(f.role) \(p?.instant ?? "\(p?.start ?? "nil")..\(p?.end ?? "nil")")"
            }
    }

    @Test("changeFromTo: `<subject> increased $C from $A <date> to $B <date>` is the change and both levels")
    func changeFromTo() {
        #expect(dated("Customer deposits increased $45 million from $310 million as of March 31, 2025 to $355 million as of September 30, 2025.") == [
            "Customer deposits change 45.0 change 2025-04-01..2025-09-30",
            "Customer deposits 310.0 current 2025-03-31", "Customer deposits 355.0 current 2025-09-30",
        ])
        // (`by`, a rounded change and a word of decrease: negative.)
        #expect(dated("Accrued warranty costs decreased by $1.2 billion from $4.7 billion at December 31, 2023 to $3.5 billion at December 31, 2024.") == [
            "Accrued warranty costs change -1.2 change 2024-01-01..2024-12-31",
            "Accrued warranty costs 4.7 current 2023-12-31", "Accrued warranty costs 3.5 current 2024-12-31",
        ])
    }

    @Test("changeFromTo: a change that is not the levels' difference, or levels without dates, is no such statement")
    func notChangeFromTo() {
        #expect(dated("Customer deposits increased $90 million from $310 million as of March 31, 2025 to $355 million as of September 30, 2025.")
                .allSatisfy { !$0.contains(" change ") })
        #expect(dated("Customer deposits increased $45 million from $310 million to $355 million on new contracts.")
                .allSatisfy { !$0.hasPrefix("Customer deposits change") && !$0.hasPrefix("Customer deposits 310") })
    }

    @Test("objectFromTo: `<subject> increased <object> from $A to $B` is the object's level after the change")
    func objectFromTo() {
        // (The event's date: `In <month> <year>`, the month's last day; `On <date>`.)
        #expect(dated("In March 2025, the Company increased its revolving credit facility from $2.0 billion to $3.5 billion to fund the purchase.") ==
                ["Revolving credit facility 3.5 current 2025-03-31"])
        #expect(dated("On August 14, 2024, we repaid the bridge loan and reduced our commercial paper program from $12.0 billion to $6.0 billion.") ==
                ["Commercial paper program 6.0 current 2024-08-14"])
        // (A date after each level: both are facts.)
        #expect(dated("We raised the securitization facility from $800 million at December 31, 2024 to $1.1 billion at June 30, 2025.") ==
                ["Securitization facility 800.0 current 2024-12-31", "Securitization facility 1.1 current 2025-06-30"])
    }

    @Test("objectFromTo: no date, a one-word object, a plan or a range states no level")
    func notObjectFromTo() {
        #expect(dated("The Company increased its revolving credit facility from $2.0 billion to $3.5 billion.") == [])
        #expect(dated("In March 2025, we increased our reserves from $2.0 billion to $3.5 billion.") == [])
        #expect(dated("In March 2025, we agreed that we would increase the revolving credit facility from $2.0 billion to $3.5 billion.") == [])
        #expect(dated("In March 2025, we estimated the liability at $2.0 billion to $3.5 billion.") == [])
    }
}
