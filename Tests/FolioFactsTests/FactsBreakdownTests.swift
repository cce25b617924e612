import Testing
import FolioModel
@testable import FolioFacts

/// A whole broken down into its parts after `comprised of` (issue #20): each part named by
/// what it is (`partsOfWhole`), a quoted line item naming a part (`quotedLineItem`).
/// Made-up sentences.
@Suite("Facts: parts of a whole after comprised of")
struct FactsBreakdownTests {
    /// The facts of `s` as `factLines` shows them, each metric as admitted (`FactsStage.admitted`).
    func facts(_ s: String) -> [String] {
        let t = Array(s.utf8)
        return NarrativeExtractor.extract(t, sentence: 0..<t.count, base: StatedPeriod.year(2024, text: "FY2024")).compactMap { n in
            FactAdmission.nounPhrase(n.metric).map { "\($0) \(n.figure.value)x\(n.figure.scale) \(n.period?.text ?? "nil") \(n.role)" }
        }
    }

    @Test("partsOfWhole: an amount before its noun, and an amount for the fair value of a liability")
    func partsBeforeNounAndFor() {
        #expect(facts("The purchase price of $140 million was comprised of a $120 million closing cash payment and $20 million for the fair value of deferred consideration.") ==
                ["Purchase price 140.0x1000000 FY2024 current", "Closing cash payment 120.0x1000000 FY2024 current",
                 "Fair value of deferred consideration 20.0x1000000 FY2024 current"])
        // (The list ends where the next amount follows a clause: `for which ... up to`.)
        #expect(facts("The total consideration of $75 million consisted of a $60 million base payment and $15 million for the estimated value of earn-out liabilities, for which the group may pay up to $40 million.")
                .prefix(3) == ["Total consideration 75.0x1000000 FY2024 current", "Base payment 60.0x1000000 FY2024 current",
                               "Estimated value of earn-out liabilities 15.0x1000000 FY2024 current"])
    }

    @Test("partsOfWhole: quoted line items after `of` and `included in`, of the whole's date")
    func quotedParts() {
        #expect(facts("At March 31, 2025, the group had $9.2 billion of programming commitments consisting of $2.3 billion included in “Current programming liabilities” and $0.8 billion of “Other long-term liabilities” and $6.1 billion of unrecognized commitments.") ==
                ["Programming commitments 9.2x1000000000 At March 31, 2025 current",
                 "Current programming liabilities 2.3x1000000000 At March 31, 2025 current",
                 "Other long-term liabilities 0.8x1000000000 At March 31, 2025 current",
                 "Unrecognized commitments 6.1x1000000000 At March 31, 2025 current"])
        #expect(facts("As of June 30, 2025, we held $410 million of \"Restricted cash, non-current\".") ==
                ["Restricted cash, non-current 410.0x1000000 As of June 30, 2025 current"])
        // (No quote, or one that does not close on a name: as before.)
        #expect(NarrativeExtractor.quotedName(Array("\"Other assets, net\" and".utf8), at: 0, end: 23)?.name == "Other assets, net")
        #expect(NarrativeExtractor.quotedName(Array("\"Other assets; net\" and".utf8), at: 0, end: 23) == nil)
    }

    @Test("partsOfWhole: no breakdown verb, or a verb with no amount after it, reads as before")
    func noBreakdown() {
        #expect(facts("Revenue of $50 million in 2024 consisted primarily of product sales, compared with $40 million in 2023.") ==
                ["Revenue 50.0x1000000 2024 current", "Revenue 40.0x1000000 2023 comparative"])
        // (`for the` and a period names no part.)
        #expect(facts("Segment revenue of $80 million was comprised of $50 million for the three months ended March 31, 2025 and $30 million for the three months ended June 30, 2025.")
                .allSatisfy { !$0.hasPrefix("Three months") })
    }

    @Test("liabilityAtEvent: a liability an event leaves stands at its date; what it pays is a flow over it")
    func liabilityAtEvent() {
        #expect(!MetricKinds.namesEventFlow("fair value of deferred consideration liabilities"))
        #expect(!MetricKinds.namesEventFlow("estimated value of earn-out liability"))
        #expect(MetricKinds.namesEventFlow("deferred consideration"))
        #expect(MetricKinds.namesEventFlow("closing cash payment"))
    }
}
