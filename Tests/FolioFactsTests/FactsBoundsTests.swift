import Testing
import FolioModel
@testable import FolioFacts

/// Amounts stated as a bound of an estimate or a claim (issue #20): `estimateRange`,
/// `claimedMinimum`, named by `boundMetric`; and nones of a frame of their own
/// (`noneAfterAmount`, `costsToObtain`). Made-up sentences.
@Suite("Facts: ranges and minimums of estimates and claims")
struct FactsBoundsTests {
    func dated(_ s: String) -> [String] { FactsFromToTests().dated(s) }

    @Test("estimateRange: `may range from $X to $Y`, a claim's `$X to $Y in damages` are the range's two ends")
    func estimateRange() {
        #expect(dated("As of September 30, 2025, it is reasonably possible that future costs to settle these claims may range from approximately $60 million to $85 million.") == [
            "Future costs to settle these claims (low end of range) 60.0 current 2025-09-30",
            "Future costs to settle these claims (high end of range) 85.0 current 2025-09-30",
        ])
        #expect(dated("In May 2022, the plaintiff alleged in its expert report that Northwind could owe $12 million to $30 million in damages.") == [
            "Damages (low end of range) 12.0 current 2022-05-31", "Damages (high end of range) 30.0 current 2022-05-31",
        ])
        #expect(dated("As of March 31, 2024, before tax costs of the ongoing program have generally ranged from $20 to $40 annually.") == [
            "Pre-tax costs of the ongoing program (low end of range) 20.0 current 2024-03-31",
            "Pre-tax costs of the ongoing program (high end of range) 40.0 current 2024-03-31",
        ])
    }

    @Test("estimateRange: a change, a price's range or a range with no estimate is no bound")
    func notEstimateRange() {
        // (A change keeps its reading: the level after `to`.)
        #expect(!dated("In June 2024, we increased our commercial paper program from $4.0 billion to $11.5 billion.").contains { $0.contains("range") })
        #expect(dated("Through June 30, 2025, our stock price has ranged from $31.10 to $412.00.").allSatisfy { !$0.contains("range") })
        #expect(dated("In 2024, we repurchased shares at a value of $6 to $7 billion.") == [])
    }

    @Test("claimedMinimum: `claiming damages in excess of $X`, `allege more than $X in damages` are the claim's minimum")
    func claimedMinimum() {
        #expect(dated("In June 2022, the plaintiffs filed a claim seeking damages against Northwind in excess of £2 billion.") ==
                ["Minimum damages sought 2.0 current 2022-06-30"])
        #expect(dated("As of December 31, 2024, the plaintiffs allege more than $300 million in single damages against the defendants.") ==
                ["Minimum single damages alleged 300.0 current 2024-12-31"])
        #expect(dated("In March 2021, the plaintiffs claimed damages of more than approximately $40 million.") ==
                ["Minimum damages claimed 40.0 current 2021-03-31"])
        #expect(dated("As of December 31, 2024, the complaint claims compensation in an amount that exceeds $75 million.") ==
                ["Minimum compensation claimed 75.0 current 2024-12-31"])
    }

    @Test("claimedMinimum: a criterion, a threshold or a condition is no claim's minimum")
    func notClaimedMinimum() {
        #expect(dated("In 2024, we seek lessees that have annual revenue of at least $10 million.") == [])
        #expect(dated("In 2024, the rate is adjusted if a single loss greater than €15 million is incurred.") == [])
        #expect(dated("As of December 31, 2024, the plaintiffs claim damages if losses exceed $50 million.").allSatisfy { !$0.hasPrefix("Minimum") })
    }

    @Test("boundMetric: one naming for maximums, minimums and range ends")
    func boundMetric() {
        #expect(NarrativeExtractor.boundMetric(.maximum, "Additional payments") == "Maximum additional payments")
        #expect(NarrativeExtractor.boundMetric(.minimum, "SEC penalties") == "Minimum SEC penalties")
        #expect(NarrativeExtractor.boundMetric(.lowEnd, "damages") == "Damages (low end of range)")
        #expect(NarrativeExtractor.boundMetric(.highEnd, "Damages") == "Damages (high end of range)")
    }

    func nones(_ s: String) -> [String] {
        let t = Array(s.utf8)
        return NarrativeExtractor.sentences(t, 0..<t.count).flatMap { NarrativeExtractor.noneStated(t, sentence: $0, base: nil) }.map { f in
            let p = f.period?.factPeriod
            return "\(f.metric) = \(f.figure.value) @ \(p?.instant ?? p?.end ?? "nil")"
        }
    }

    @Test("noneAfterAmount: `had $X of ... and no <noun>` is a none of the same frame")
    func noneAfterAmount() {
        #expect(nones("At March 1, 2025, we had $85 million of borrowings outstanding under our commercial paper program and no borrowings outstanding under the revolving credit facility.")
                == ["Borrowings outstanding under the revolving credit facility = 0.0 @ 2025-03-01"])
        #expect(nones("As of June 30, 2024, there were $40 million of letters of credit outstanding and no outstanding borrowings under the term loan.")
                == ["Outstanding borrowings under the term loan = 0.0 @ 2024-06-30"])
        // (No amount of the frame before `and no`: no none.)
        #expect(nones("At March 1, 2025, we reviewed the facility and no borrowings outstanding under it were found.") == [])
    }

    @Test("costsToObtain: `no impairments of costs to obtain revenue contracts for fiscal 2025 and 2024`, one each")
    func costsToObtain() {
        #expect(nones("There were no impairments of costs to obtain revenue contracts for fiscal 2025 and 2024.")
                == ["Impairments of costs to obtain revenue contracts = 0.0 @ 2025-12-31",
                    "Impairments of costs to obtain revenue contracts = 0.0 @ 2024-12-31"])
        #expect(nones("There were no impairments of costs to fulfill contracts during 2023.")
                == ["Impairments of costs to fulfill contracts = 0.0 @ 2023-12-31"])
    }

    func noneFacts(_ s: String) -> [String] {
        let t = Array(s.utf8)
        return NarrativeExtractor.sentences(t, 0..<t.count).flatMap { NarrativeExtractor.noneStated(t, sentence: $0, base: nil) }.map { f in
            let p = f.period?.factPeriod
            return "\(f.metric) = \(f.figure.value) @ \(p?.start ?? "nil")..\(p?.end ?? p?.instant ?? "nil")"
        }
    }

    @Test("impairmentTestNone: a test `as of` a day that found `no impairment` is the tested asset's impairment, none, that day")
    func impairmentTestNone() {
        #expect(noneFacts("We completed the annual impairment test of goodwill as of October 1, 2024, resulting in no impairments.")
                == ["Impairment of goodwill = 0.0 @ 2024-10-01..2024-10-01"])
        #expect(noneFacts("We performed our annual impairment review of trademarks and goodwill as of May 1, 2023, and concluded there was no impairment.")
                == ["Impairment of trademarks and goodwill = 0.0 @ 2023-05-01..2023-05-01"])
        // (No test named, or no date: no fact.)
        #expect(noneFacts("As of May 1, 2023, there was no impairment.") == [])
        #expect(noneFacts("We performed our annual impairment review of goodwill and concluded there was no impairment.") == [])
    }
}
