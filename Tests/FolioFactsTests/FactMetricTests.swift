import Testing
import FolioModel
@testable import FolioFacts

/// The metric rules of issue #20's precision work, each on small hand-written sentences: the
/// metric is the noun phrase the figure measures, with its qualifiers.
@Suite("Facts: metrics that name what the figure measures")
struct FactMetricTests {
    /// `metric value` of every fact `extract` reads from `s`.
    func facts(_ s: String) -> [String] { FactAdmissionTests().facts(s) }

    @Test("actionOfAmount: the verb of what was done with an amount is part of its metric")
    func actionOfAmount() {
        #expect(facts("In May 2023, we issued $500 million of senior notes due 2027 and $750 million of senior notes due 2029.") ==
                ["Senior notes issued 500.0", "Senior notes issued 750.0"])
        #expect(facts("In 2023, the company issued and redeemed $7.7 billion of commercial paper.") ==
                ["Commercial paper issued and redeemed 7.7"])
        #expect(facts("Separately, in March 2023, we repaid $1.1 billion of term loans at maturity.") == ["Term loans repaid 1.1"])
        // No verb of an action, or another verb between: the noun alone.
        #expect(facts("As of December 31, 2023, there was $79 million of unrecognized compensation cost.") ==
                ["Unrecognized compensation cost 79.0"])
        #expect(facts("In 2023, we issued notes and had $5 million of restricted cash.") == ["Restricted cash 5.0"])
    }


    @Test("includingItem: the item after `including` owns the amount linked to it by `of`")
    func includingItem() {
        #expect(facts("In 2023, the net assets acquired relate to intangible assets, including goodwill of $1.7 billion.") == ["Goodwill 1.7"])
        #expect(facts("In 2023, total revenue, including services, was $5 million.").allSatisfy { !$0.hasPrefix("Services") })
    }

    @Test("openingPhraseComma: a list of dates joined by `, and` is one opening phrase")
    func openingDateList() {
        #expect(facts("At June 30, 2023, and December 31, 2022, total trade-in commitments were $1,403 and $1,393, respectively.").first ==
                "Total trade-in commitments 1403.0")
    }

    @Test("compoundJoint: `&` joins two words of an amount's noun")
    func ampersand() {
        #expect(facts("In 2023, the company held $1.3 billion of acquired IPR&D associated with products.") == ["Acquired IPR&D 1.3"])
    }

    @Test("relatedQualifier: `related to` and its noun phrase stay with the amount's noun")
    func relatedQualifier() {
        #expect(facts("As of December 31, 2023, there was $16 million of unrecognized compensation cost related to unvested options.") ==
                ["Unrecognized compensation cost related to unvested options 16.0"])
        #expect(facts("In 2023, we recorded $5 million of expense related to the restructuring of our plants.") ==
                ["Expense related to the restructuring 5.0"])
        #expect(facts("In 2023, cash from investing included $1.9 million of proceeds from a net working capital settlement.") ==
                ["Proceeds from a net working capital settlement 1.9"])
        // A qualifier without its noun is left off.
        #expect(facts("As of December 31, 2023, there was $16 million of unrecognized cost related to.") == ["Unrecognized cost 16.0"])
    }

    @Test("auxiliaryParticiple and asWellAs: a verb of having keeps its object's first word; `as well as` opens no phrase")
    func objectsAndLists() {
        #expect(facts("In 2023, the company had California net operating loss carryforwards of approximately $480 million.") ==
                ["California net operating loss carryforwards 480.0"])
        #expect(facts("In 2023, the Board has approved a dividend of $2 million.") == ["Dividend 2.0"])
        #expect(facts("In 2023, we had tax credits of $669 million as well as U.S. federal, state and foreign loss carryforwards of $38.9 billion.")
            .last == "U.S. federal, state and foreign loss carryforwards 38.9")
    }

    @Test("` percent` is a word: `2 percentage points` is no percent figure")
    func percentWord() {
        #expect(FactsUnitTests().figures("an increase of 2 percentage points") == [])
        #expect(FactsUnitTests().figures("an increase of 2 percent") == ["2 percent=2.0x1 percent"])
    }

    @Test("changeOfNoun: a change in a noun phrase before `of` names the change")
    func changeOfNoun() {
        #expect(facts("In 2023, operating cash was benefited by the changes in unearned revenue of $1.6 billion.") ==
                ["Changes in unearned revenue 1.6"])
        #expect(facts("In 2023, expenses were raised by changes in fair value of contingent liabilities of $3.8 billion.") ==
                ["Changes in fair value of contingent liabilities 3.8"])
        // Without the change noun, the noun phrase alone.
        #expect(facts("As of November 29, 2023, we continue to maintain a valuation allowance of $725 million.") == ["Valuation allowance 725.0"])
    }

    @Test("afterTaxAside: a bracketed figure `after tax` is the metric after tax")
    func afterTaxAside() {
        #expect(facts("During 2023, we recorded a net pre-tax charge of $30 million ($24 million after tax).") ==
                ["Net pre-tax charge 30.0", "Net charge after tax 24.0"])
        // The same figure in another currency keeps its metric.
        #expect(facts("In 2023, revenue was RMB500 million (US$70 million).") == ["Revenue 500.0", "Revenue 70.0"])
    }
}
