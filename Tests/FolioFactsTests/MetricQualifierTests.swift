import Testing
import FolioModel
@testable import FolioFacts

@Suite("Facts: a metric keeps the qualifier that says which measure it is")
struct MetricQualifierTests {
    func facts(_ s: String) -> [String] { MetricNamesTests().facts(s) }
    func np(_ s: String) -> String? { FactAdmission.nounPhrase(s) }
    func phrase(_ s: String) -> String? { NarrativeExtractor.metricPhrase(s)?.0 }

    @Test("trailingQualifier: a `for` or `under` phrase after the figure names which measure it is")
    func trailing() {
        #expect(facts("The actuarial loss of $491 million for qualified pension plans and actuarial gain of $62 million for other post-employment plans were driven by the discount rate.")
            == ["Actuarial loss for qualified pension plans 491.0", "Actuarial gain for other post-employment plans 62.0"])
        #expect(facts("The Company recognized gross income tax expense of $430 million in 2023 and $339 million in 2022 for interest and penalties related to income tax matters.")
            == ["Gross income tax expense for interest and penalties 430.0", "Gross income tax expense for interest and penalties 339.0"])
        #expect(facts("Borrowings of $151 million under the revolving credit facility were repaid in 2024.")
            == ["Borrowings under the revolving credit facility 151.0"])
        // (A period, a count, a unit: no qualifier.)
        #expect(facts("Revenue was $5.2 billion for the three months ended June 30, 2024.") == ["Revenue 5.2"])
        #expect(facts("Revenue was $5.2 billion for fiscal 2024.") == ["Revenue 5.2"])
    }

    @Test("trailingQualifier reads the words after a figure: a qualifier, a list's glue, or else")
    func trailingWords() {
        func read(_ s: String) -> NarrativeExtractor.Trailing {
            let t = Array(s.utf8)
            return NarrativeExtractor.trailingQualifier(t, 0..<t.count)
        }
        #expect(read(" in 2022 for interest and penalties related to taxes.") == .qualifier("for interest and penalties"))
        #expect(read(" in 2023 and ") == .glue)
        #expect(read(" for each share") == .none)
        #expect(read(" for the same period last year") == .none)
        #expect(read(" which was recorded") == .none)
    }

    @Test("percentOfOpening: `As a percent of X,` stays with the metric")
    func percentOf() {
        #expect(phrase("As a percent of net sales, SG&A was") == "SG&A as a percent of net sales")
        #expect(phrase("As a percentage of revenue, gross margin was") == "Gross margin as a percent of revenue")
        #expect(phrase("As of December 31, 2024, gross margin was") == "Gross margin")
    }

    @Test("anaphoricMetric, jurisdictionOnly and lone generic words are turned away")
    func anaphoric() {
        #expect(np("Fair values of these agreements") == nil)
        #expect(np("Amounts outstanding under such facilities") == nil)
        #expect(np("Second charge") == nil)
        #expect(np("Second quarter revenue") == "Second quarter revenue")
        #expect(np("Expense recognized for these plans") == "Expense recognized for these plans")
        #expect(np("U.S. federal") == nil)
        #expect(np("U.S. federal net operating loss carryforwards") == "U.S. federal net operating loss carryforwards")
        #expect(np("Collateral") == nil)
    }

    @Test("coordinatedNoun and nominalOf: `and` and `of` inside an amount's noun phrase")
    func amountNouns() {
        #expect(facts("Cash provided reflected $43.4 million of depreciation and amortization, and $1.0 million of amortization of debt discount and issuance costs in 2024.")
            == ["Depreciation and amortization 43.4", "Amortization of debt discount and issuance costs 1.0"])
        #expect(facts("We returned $2.0 billion of DFCF and returning capital to shareholders in 2024.") == ["DFCF returned 2.0"])
        #expect(facts("As of December 31, 2024, we had $640.0 million of U.S. federal and $723.7 million of state net operating loss carryforwards.")
            == ["State net operating loss carryforwards 723.7"])
    }

    @Test("actionOfBareWord and a facility's `under`: a lone word named by its verb or its facility")
    func bareWords() {
        #expect(facts("As of September 30, 2024, the Company received collateral of $62 million from counterparties, which is included in accrued liabilities, and posted collateral of $48 million, which is included in prepaid expenses.")
            == ["Collateral received 62.0", "Collateral posted 48.0"])
        #expect(facts("There were $682 million of borrowings outstanding under the Credit Facility as of December 31, 2023.")
            == ["Borrowings outstanding under the Credit Facility 682.0"])
        #expect(facts("There were $147 million of borrowings outstanding under these facilities as of December 31, 2023.") == [])
        #expect(phrase("the Company repurchased an aggregate of") != "Aggregate repurchased")
        #expect(np("Carrying amount of these investments") == "Carrying amount of these investments")
        #expect(phrase("The amount of gain recognized in Accumulated other comprehensive income (AOCI) for such instruments was")
            == "Amount of gain recognized in Accumulated other comprehensive income (AOCI) for such instruments")
        #expect(phrase("we acquired Healthcare, Inc. (One Medical), for cash consideration of") == "Cash consideration")
    }

    @Test("disposalGroupItem and a qualifier through `to` and an abbreviation")
    func disposalAndAbbreviation() {
        #expect(facts("Liabilities held for sale primarily include Advances and progress billings of $309 million and Accrued liabilities of $116 million.")
            == ["Advances and progress billings held for sale 309.0", "Accrued liabilities held for sale 116.0"])
        func read(_ s: String) -> NarrativeExtractor.Trailing {
            let t = Array(s.utf8)
            return NarrativeExtractor.trailingQualifier(t, 0..<t.count)
        }
        #expect(read(" for U.S. DoD and") == .qualifier("for U.S. DoD"))
        #expect(read(" as of December 31, 2022, for the rights to recover products from customers")
            == .qualifier("for the rights to recover products"))
    }

    @Test("openingForQualifier and adjectiveParticiple")
    func openingAndParticiple() {
        #expect(facts("As of September 30, 2024, for non-U.S. pension plans, the fair value of plan assets was $370 million, and accumulated benefit obligation was $302 million.")
            == ["Fair value of plan assets for non-U.S. pension plans 370.0", "Accumulated benefit obligation for non-U.S. pension plans 302.0"])
        #expect(facts("For the year ended December 31, 2024, revenue was $5.2 billion.") == ["Revenue 5.2"])
        #expect(facts("For example, revenue was $5.2 billion in 2024.") == ["Revenue 5.2"])
        #expect(phrase("We made cash payments, net of acquired cash, related to acquisition activity of")
            == "Cash payments, net of acquired cash, related to acquisition activity")
    }

    @Test("participialAside and figureInName: the subject around a name with a figure and an aside")
    func asideAndName() {
        #expect(facts("The net proceeds from the issuance of the 2024 USD Notes, after deducting the original issue discount, underwriting discount and offering expenses, were $3.96 billion.")
            == ["Net proceeds from the issuance of the 2024 USD Notes 3.96"])
    }

    @Test("estimatedTo: what projects were estimated to do is no figure of the period")
    func estimatedTo() {
        #expect(facts("Projects were estimated to reduce GHG emissions by 5.3 million metric tons of CO2e and save 4.5 billion gallons of water in 2023.") == [])
        #expect(facts("The settlement is estimated to be $600 million in 2024.") == ["Settlement 600.0"])
    }

    @Test("includedInSubject: a lone result is named by the subject that includes it")
    func includedInSubject() {
        #expect(facts("The change in fair value recognized in net earnings is recorded in other expense, net in the statements of earnings and included charges of $3.8 billion in 2024.")
            == ["Charges included in change in fair value recognized in net earnings 3.8"])
        #expect(phrase("Net income for 2024 included charges of") == "Charges included in Net income")
        #expect(phrase("We included charges of") == "Charges")
        #expect(phrase("Other operating expense (income), net included a gain of") == "Gain included in Other operating expense (income)")
    }

    @Test("pastTenseObject and invertedPlace")
    func objectAndPlace() {
        #expect(phrase("On February 10, 2025, our Board of Directors declared a quarterly cash dividend of") == "Quarterly cash dividend")
        #expect(facts("Included in “Other long-term liabilities” on our consolidated balance sheets was $5.7 billion and $6.5 billion of unearned revenue as of December 31, 2023 and 2024.")
            == ["Unearned revenue included in Other long-term liabilities 5.7", "Unearned revenue included in Other long-term liabilities 6.5"])
    }
}
