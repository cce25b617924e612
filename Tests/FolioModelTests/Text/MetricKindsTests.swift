import FolioModel
import Testing

@Suite struct MetricKindsTests {
    @Test("balances: carryforwards whatever else they say, balance words without a flow word")
    func balances() {
        #expect(MetricKinds.namesBalance("foreign net operating loss carryforwards"))
        #expect(MetricKinds.namesBalance("income taxes payable"))
        #expect(MetricKinds.namesBalance("assets held for sale primarily include goodwill"))
        #expect(!MetricKinds.namesBalance("intangible asset amortization expense"))
        #expect(!MetricKinds.namesBalance("goodwill impairment"))
        #expect(!MetricKinds.namesBalance("revenue"))
    }

    @Test("a word is found where a word of the metric begins, not inside another word")
    func wordsBeginWords() {
        // `recognized` (a flow word) inside `unrecognized` (a balance word) is not a flow
        #expect(MetricKinds.namesBalance("total unrecognized tax benefits"))
        #expect(MetricKinds.namesBalance("unrecognized compensation cost related to unvested awards"))
        #expect(!MetricKinds.namesBalance("unrecognized tax benefits recognized in income"))
        // a word's end may run on: plurals
        #expect(MetricKinds.namesBalance("purchase obligation"))
        #expect(MetricKinds.namesBalance("noncancelable purchase obligations"))
        // `payment` is not in `repayment`, which is a word of its own
        #expect(MetricKinds.namesEventFlow("debt repayments"))
        #expect(!MetricKinds.namesEventFlow("prepayments"))
        #expect(!MetricKinds.namesBalance("repayment of purchase obligations"))
        #expect(MetricKinds.containsWord("gain on sale", ["gain"]))
        #expect(!MetricKinds.containsWord("measured against the benchmark", ["gain"]))
        #expect(MetricKinds.containsWord("net (gain)", ["gain"]))
        #expect(!MetricKinds.containsWord("", ["gain"]))
        #expect(!MetricKinds.containsWord("ga", ["gain"]))
    }

    @Test("balances of the tax notes and the balance sheet; a movement of a balance is a flow")
    func balanceWordsAndMovements() {
        #expect(MetricKinds.namesBalance("long-term deferred tax assets"))
        #expect(MetricKinds.namesBalance("long-term deferred tax liabilities"))
        #expect(MetricKinds.namesBalance("california research and development tax credits"))
        #expect(MetricKinds.namesBalance("carrying value for the product rights"))
        #expect(MetricKinds.namesBalance("non-cash unremitted earnings"))
        #expect(MetricKinds.namesBalance("accrued liabilities for various tax contingencies"))
        #expect(!MetricKinds.namesBalance("increase in goodwill"))
        #expect(!MetricKinds.namesBalance("goodwill change"))
        #expect(MetricKinds.namesBalance("acquired in-process research and development intangible assets"))
        #expect(!MetricKinds.namesBalance("inventory provisions for excess inventory and purchase obligations"))
        // By a balance word only: the held words do not count.
        #expect(MetricKinds.namesBalanceByWord("total unrecognized tax benefits"))
        #expect(!MetricKinds.namesBalanceByWord("accounts payable and accrued expenses"))
        #expect(!MetricKinds.namesBalanceByWord("income taxes payable"))
        #expect(MetricKinds.namesBalance("income taxes payable"))
        // A held or balance word and no flow word: a flow word undoes the held word.
        #expect(MetricKinds.namesBalanceWithoutFlow("sales tax receivable"))
        #expect(MetricKinds.namesBalanceWithoutFlow("purchase obligations"))
        #expect(!MetricKinds.namesBalanceWithoutFlow("provision for loans receivable"))
        #expect(!MetricKinds.namesBalanceWithoutFlow("income taxes payable"))
        #expect(!MetricKinds.namesBalanceWithoutFlow("revenue"))
    }

    @Test("what an event pays or raises")
    func eventFlows() {
        #expect(MetricKinds.namesEventFlow("cash consideration"))
        #expect(MetricKinds.namesEventFlow("net proceeds of the term loan"))
        #expect(MetricKinds.namesEventFlow("total cash purchase price for the acquisition"))
        #expect(!MetricKinds.namesEventFlow("goodwill acquired"))
        #expect(!MetricKinds.namesEventFlow("senior notes issued"))
        // awardedFlow: what a court awards is ordered paid at the event.
        #expect(MetricKinds.namesEventFlow("damages awarded"))
        #expect(MetricKinds.namesEventFlow("pre-judgment interest awarded"))
        #expect(!MetricKinds.namesEventFlow("fine imposed"))
    }
}
