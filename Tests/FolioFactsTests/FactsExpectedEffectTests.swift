import FolioModel
import Testing
@testable import FolioFacts

/// Present amounts and estimated effects a modal or a verb of expectation states (issue #20):
/// `estimatedIncomeEffect`, `reinvestmentIntent`, `expectedFate`, `expectedReceipt`, on small hand-written sentences.
@Suite("Facts: estimated effects of a change in estimate, amounts with an expected future")
struct FactsExpectedEffectTests {
    let year = PeriodParser.find(in: "year ended December 31, 2024")

    /// The facts of `s` with their period as the shared model states it, after `scheduleAsOf`.
    func lines(_ s: String, base: StatedPeriod?) -> [String] {
        let t = Array(s.utf8)
        var facts = NarrativeExtractor.extract(t, sentence: 0..<t.count, base: base)
        PeriodParser.scheduleAsOf(t, sentence: 0..<t.count, &facts, base: base)
        return facts.map {
            let p = $0.period?.factPeriod
            return "\($0.metric) \($0.figure.value)x\($0.figure.scale) \(p?.instant ?? (p?.start ?? "nil") + ".." + (p?.end ?? "nil")) \($0.role)"
        }
    }

    @Test("estimatedIncomeEffect: the effect on a later year's income, of that year, negative for a decrease")
    func estimatedIncomeEffect() {
        #expect(lines("Based on equipment included in property and equipment as of December 31, 2024, we estimate an increase in 2025 operating income of approximately $45 million.", base: year)
                == ["Estimated change in operating income 45.0x1000000 2025-01-01..2025-12-31 change"])
        #expect(lines("For those servers whose useful life will change from six years to four years, Northwind anticipates a decrease in fiscal 2025 net income of $12 million.", base: year)
                == ["Estimated change in net income -12.0x1000000 2025-01-01..2025-12-31 change"])
        #expect(lines("The accelerated depreciation will continue into 2025 and reduce operating income by approximately $30 million in 2025.", base: year)
                == ["Estimated change in operating income -30.0x1000000 2025-01-01..2025-12-31 change"])
        #expect(lines("It is estimated this change will increase our fiscal year 2025 operating income by $8 million.", base: year)
                == ["Estimated change in operating income 8.0x1000000 2025-01-01..2025-12-31 change"])
    }

    @Test("estimatedIncomeEffect: guidance, a target, a year not to come, or no change of estimate named: no such fact")
    func notAnEstimatedEffect() {
        // Guidance: no noun of change, no change of estimate.
        #expect(lines("We expect 2025 operating income of $2.0 billion.", base: year) == [])
        #expect(lines("We expect an increase in 2025 operating income of $300 million driven by higher volumes.", base: year) == [])
        // The year the text is under: a result, read by the other rules, not as an estimate.
        #expect(!lines("This change in useful lives increased our fiscal year 2024 operating income by $8 million.", base: year)
                    .contains { $0.hasPrefix("Estimated") })
        // No year.
        #expect(lines("The change in useful lives will increase operating income by $8 million.", base: year) == [])
    }

    @Test("reinvestmentIntent: undistributed earnings a company intends to reinvest are held at the date")
    func reinvestmentIntent() {
        #expect(factLines("As of December 31, 2024, we intend to indefinitely reinvest approximately $2.1 billion and $310 million of undistributed earnings held by subsidiaries in Ireland and Japan, respectively.", base: year)
                == ["Undistributed earnings held by subsidiaries in Ireland 2.1x1000000000 As of December 31, 2024 current",
                    "Undistributed earnings held by subsidiaries in Japan 310.0x1000000 As of December 31, 2024 current"])
        #expect(factLines("At June 30, 2025, Zentro intends to permanently reinvest $640 million of undistributed foreign earnings.", base: year)
                == ["Undistributed foreign earnings 640.0x1000000 At June 30, 2025 current"])
    }

    @Test("reinvestmentIntent: any other intent stays a plan, no fact")
    func otherIntents() {
        #expect(factLines("We intend to reinvest $50 million in new plants in 2025.", base: year) == [])
        #expect(factLines("Northwind intends to repurchase $500 million of its common stock.", base: year) == [])
        // A later modal still marks a plan.
        #expect(factLines("We intend to reinvest our foreign earnings and will invest $200 million of earnings in 2025.", base: year) == [])
    }

    @Test("expectedFate: a part of a balance with what is expected to become of it, at the sentence's date")
    func expectedFate() {
        #expect(factLines("At September 30, 2025, $4,210 of deferred production costs and unamortized tooling are expected to be recovered from units that have firm orders, and $95 is expected to be recovered from units that represent expected future orders.", base: year)
                == ["Deferred production costs and unamortized tooling expected to be recovered from units that have firm orders 4210.0x1 At September 30, 2025 current",
                    "Deferred production costs and unamortized tooling expected to be recovered from units that represent expected future orders 95.0x1 At September 30, 2025 current"])
        // A number inside the noun (a program's), and no second part.
        #expect(factLines("At March 31, 2025, $2,150 of 450 program deferred costs are expected to be recovered from units under contract.", base: year)
                == ["450 program deferred costs expected to be recovered from units under contract 2150.0x1 At March 31, 2025 current"])
        // `expect $X of <noun> to be ...`: with no date, the end of the period the text is under.
        #expect(factLines("We expect approximately $310 million of goodwill to be deductible for tax purposes.", base: year)
                == ["Goodwill expected to be deductible for tax purposes 310.0x1000000 2024-12-31 (the end of the period) current"])
    }

    @Test("expectedFate: what a plan spends, or an expectation of anything else, is no such fact")
    func notExpectedFate() {
        #expect(!factLines("At December 31, 2024, $2.0 billion of capital expenditures are expected to be incurred in 2025.", base: year)
                    .contains { $0.contains("expected") })
        #expect(factLines("We expect approximately $500 million of share repurchases to be made in 2025.", base: year) == [])
        #expect(factLines("We expect $1.2 billion of revenue to be generated by new products.", base: year) == [])
        // A relative clause's verb qualifies its noun: the metric stays a noun phrase.
        #expect(FactAdmission.nounPhrase("Deferred costs expected to be recovered from units that represent future orders") != nil)
        #expect(FactAdmission.nounPhrase("Assets held for sale primarily include goodwill") == nil)
    }

    @Test("expectedReceipt: what agreements entitle the company to receive, with when, at the period's end")
    func expectedReceipt() {
        #expect(factLines("Under these agreements, Northwind expects to receive sublease income of approximately $120 million in the next five years and $14 million thereafter.", base: year)
                == ["Sublease income expected to be received in the next five years 120.0x1000000 2024-12-31 (the end of the period) current",
                    "Sublease income expected to be received thereafter 14.0x1000000 2024-12-31 (the end of the period) current"])
        #expect(factLines("As of March 31, 2025, Zentro expects to receive milestone payments of $45 million over the remaining term of the license.", base: year)
                == ["Milestone payments expected to be received over the remaining term of the license 45.0x1000000 As of March 31, 2025 current"])
    }

    @Test("expectedReceipt: any other expectation stays a plan, no fact")
    func notExpectedReceipt() {
        #expect(factLines("Northwind expects revenue of $5.0 billion in 2025.", base: year) == [])
        #expect(factLines("Northwind expects to pay lease payments of $120 million in the next five years.", base: year) == [])
        #expect(factLines("Zentro expects to receive approximately $50 million in 2025.", base: year) == [])
    }
}
