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

    @Test("what an event pays or raises")
    func eventFlows() {
        #expect(MetricKinds.namesEventFlow("cash consideration"))
        #expect(MetricKinds.namesEventFlow("net proceeds of the term loan"))
        #expect(MetricKinds.namesEventFlow("total cash purchase price for the acquisition"))
        #expect(!MetricKinds.namesEventFlow("goodwill acquired"))
        #expect(!MetricKinds.namesEventFlow("senior notes issued"))
    }
}
