import Testing
import FolioModel
@testable import FolioFacts

/// A whole and the part of it a clause dates (issue #20): `partAsideBeforeNoun`,
/// `partInPeriod`, and the part's clause cut from the whole's period
/// (`partClauseAfterTheFigure`). Made-up sentences.
@Suite("Facts: parts of a whole dated by a clause")
struct FactsPartAsideTests {
    func dated(_ s: String) -> [String] { FactsFromToTests().dated(s) }

    @Test("partAsideBeforeNoun: `$A, of which $B was <participle> in <period>, of <noun>` names both by the noun")
    func partAsideBeforeNoun() {
        #expect(dated("For the year ended December 31, 2023, we recorded approximately $410 million, of which $150 million was recorded in the third quarter, of lease abandonment charges related to our offices.") == [
            "Lease abandonment charges related to our offices recorded 410.0 current 2023-01-01..2023-12-31",
            "Lease abandonment charges related to our offices recorded 150.0 current 2023-07-01..2023-09-30",
        ])
        // (An aside that says where the part went, not when, is no such part.)
        #expect(dated("For the year ended December 31, 2023, we recorded approximately $410 million, of which $150 million related to Europe, of lease abandonment charges.")
                .allSatisfy { !$0.hasPrefix("Lease abandonment charges 150.0") })
    }

    @Test("partInPeriod: `<metric> was $A, of which $B was <participle> in <period>` is the metric for that period")
    func partInPeriod() {
        #expect(dated("For fiscal 2023, license revenue was $2.4 billion, of which $0.9 billion was recognized in the fourth quarter.") == [
            "License revenue 2.4 current 2023-01-01..2023-12-31",
            "License revenue 0.9 current 2023-10-01..2023-12-31",
        ])
        // (A larger `part`, or more words than the period in the clause: no part.)
        #expect(dated("For fiscal 2023, license revenue was $2.4 billion, of which $0.9 billion was recognized in the fourth quarter from new customers.") == [
            "License revenue 2.4 current 2023-01-01..2023-12-31",
        ])
    }

    @Test("partClauseAfterTheFigure: a period in the part's clause does not date the whole")
    func partClauseAfterTheFigure() {
        #expect(dated("For the year ended December 31, 2022, we recorded restructuring charges of $300 million, of which $110 million was paid in the first quarter of 2023.").first ==
                "Restructuring charges 300.0 current 2022-01-01..2022-12-31")
        // (`, which` is the amount's own clause: its date is the amount's.)
        #expect(dated("The company determined a fair value of $2.4 billion, which was lower than the carrying value, as of November 11, 2024.").first ==
                "Fair value 2.4 current 2024-11-11")
    }
}
