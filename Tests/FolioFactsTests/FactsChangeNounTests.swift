import Testing
import FolioModel
@testable import FolioFacts

/// A change stated as a noun (issue #20): `changeNoun`. Made-up sentences.
@Suite("Facts: changes stated as a noun")
struct FactsChangeNounTests {
    func dated(_ s: String) -> [String] { FactsFromToTests().dated(s) }

    @Test("changeNoun: `the increase in <noun> was $X`, `a $X reduction of <noun>` are the noun's change")
    func changeNoun() {
        #expect(dated("For fiscal 2023, the increase in the deferred tax asset valuation allowance was $87 million.") ==
                ["Deferred tax asset valuation allowance change 87.0 change 2023-01-01..2023-12-31"])
        #expect(dated("In the third quarter of 2024, a change in state apportionment resulted in a $12 million reduction of our deferred tax expense.") ==
                ["Deferred tax expense change -12.0 change 2024-07-01..2024-09-30"])
        #expect(dated("For the year ended December 31, 2024, operating cash flow rose, primarily due to a $410 million increase in net income.") ==
                ["Net income change 410.0 change 2024-01-01..2024-12-31"])
    }

    @Test("changeNoun: a noun cut short, a clause joined to it, or a change inside a qualifier names no change")
    func notChangeNoun() {
        // (`cost` of `cost of revenues`; `revenues and partially offset`.)
        #expect(dated("For the year ended December 31, 2024, margins fell due to a $151 million increase in cost of revenues.") == [])
        #expect(dated("For the year ended December 31, 2024, income rose, driven by a $520 million increase in revenues and partially offset by higher costs.") == [])
        // (The amount of another noun: `costs related to the reduction in force of €136 million`.)
        #expect(dated("As of December 31, 2023, we had accrued severance costs related to the reduction in force of €136 million.")
                .allSatisfy { !$0.contains(" change ") })
    }
}
