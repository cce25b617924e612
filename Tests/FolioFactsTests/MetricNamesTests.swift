import Testing
import FolioModel
@testable import FolioFacts

@Suite("Facts: metric names are noun phrases naming the measure")
struct MetricNamesTests {
    /// `metric value` of every admitted fact `extract` reads from `s` (`FactsStage.admitted`'s
    /// test of the metric).
    func facts(_ s: String, base: StatedPeriod? = StatedPeriod.year(2024, text: "2024")) -> [String] {
        let t = Array(s.utf8)
        return NarrativeExtractor.extract(t, sentence: 0..<t.count, base: base).compactMap { n in
            FactAdmission.nounPhrase(n.metric).map { "\($0) \(n.figure.value)" }
        }
    }

    func np(_ s: String) -> String? { FactAdmission.nounPhrase(s) }
    func phrase(_ s: String) -> String? { NarrativeExtractor.metricPhrase(s)?.0 }

    @Test("compoundTail: a compound's second half stays (`SG&A`, `U.S.`)")
    func compounds() {
        #expect(phrase("Net advertising expense included in SG&A was") == "Net advertising expense included in SG&A")
        #expect(phrase("As a percent of net sales, SG&A was") == "SG&A as a percent of net sales")
        #expect(phrase("Revenue generated in the U.S. was") == "Revenue generated in the U.S.")
        #expect(np("Net advertising expense included in SG&A") == "Net advertising expense included in SG&A")
    }

    @Test("fragments are turned away: a qualifier without its noun, a clause's verb or adverb, a negation, a lone word")
    func fragments() {
        #expect(np("Related to net investment hedges") == nil)
        #expect(np("Related tax benefits") == "Related tax benefits")
        #expect(np("Consisted primarily") == nil)
        #expect(np("First tranche consisted") == nil)
        #expect(np("Before tax, for the Postretirement Plan") == nil)
        #expect(np("2024 also included foreign currency translation adjustments") == nil)
        #expect(np("Assets held for sale primarily include goodwill") == nil)
        #expect(np("Following table presents the reconciliation of our provision") == nil)
        #expect(np("Interest expense primarily from our notes") == "Interest expense primarily from our notes")
        #expect(np("Costs included in cost of revenue") == "Costs included in cost of revenue")
        #expect(np("Not") == nil)
        #expect(np("Not been met") == nil)
        #expect(np("Plaintiffs claim damages in excess") == nil)
        #expect(np("Vested") == nil)
        #expect(np("Aggregate") == nil)
        #expect(np("Payments") == nil)
        #expect(np("Goodwill") == "Goodwill")
    }

    @Test("a heading repeated, a year list's tail, `consisting of`, a first phrase with its own figure go")
    func trimmed() {
        #expect(np("Other Income (Expense), Net Other income (expense), net") == "Other income (expense), net")
        #expect(np("And 2022, the book value of series A preferred stock") == "Book value of series A preferred stock")
        #expect(np("Consisting of goodwill balances allocated to our reporting units") == "Goodwill balances allocated to our reporting units")
        #expect(np("Weighted average remaining lease term of 6.8 years and a weighted average discount rate") == "Weighted average discount rate")
        #expect(np("And the rest") == nil)
    }

    @Test("a part's noun names it: `consisted of $X of <noun>`, a coupon after `of`, `include <noun> of $X`")
    func parts() {
        #expect(facts("The first tranche consisted of $600 million of floating rate senior notes due December 24, 2025.")
            == ["Floating rate senior notes 600.0"])
        #expect(facts("- The second tranche consisted of $900 million of 5.10% senior notes due December 24, 2025 (the “2025 notes”).")
            == ["5.10% senior notes 900.0"])
        #expect(facts("Other noncurrent assets primarily consist of $250 million of deferred tax assets.") == ["Deferred tax assets 250.0"])
        #expect(facts("Net deferred tax asset includes long-term deferred tax assets of $3.40 billion.") == ["Long-term deferred tax assets 3.4"])
        #expect(facts("As of September 30, 2024, the Company had $894 million of foreign net operating loss carryforwards.")
            == ["Foreign net operating loss carryforwards 894.0"])
        // (`netAdjective`: `net` opening the noun phrase is its first word, `net of` a qualifier.)
        #expect(facts("As of December 31, 2024, there was $16 million of net unrecognized compensation cost.")
            == ["Net unrecognized compensation cost 16.0"])
        #expect(facts("In fiscal 2024, 2023 and 2022, the Company recognized $29 million, $34 million and $15 million of net interest expense, respectively.")
            == ["Net interest expense 29.0", "Net interest expense 34.0", "Net interest expense 15.0"])
        // (`participleAfterNoun`: `paid,` ends another item's phrase; it is no action of the last amount.)
        #expect(facts("Cash used in fiscal 2024 reflected $8.9 billion of cash dividends paid, $1.5 billion of repayments of long-term debt, and $649 million of share repurchases.")
            == ["Cash dividends paid 8.9", "Repayments 1.5", "Share repurchases 649.0"])
        #expect(facts("In 2024, inventory included $3,476 million of work in process.") == ["Work in process 3476.0"])
        // (`outstandingAdjective`: `outstanding` opening the phrase is its adjective.)
        #expect(facts("At March 1, 2025, the Trust had $42 million of outstanding borrowings under its revolving facility.")
            == ["Outstanding borrowings under its revolving facility 42.0"])
        #expect(facts("As of June 30, 2024, there was $7 million of outstanding principal on the term loan.")
            == ["Outstanding principal 7.0"])
        // (`pluralTotal`: `total` after a plural noun is its statement's verb, in a dated sentence.)
        #expect(facts("The development contract and the authorized production lots total approximately $12 billion as of June 30, 2025.")
            == ["Development contract and the authorized production lots 12.0"])
        #expect(facts("As of March 31, 2025, Alder's purchase obligations total $4.2 billion.") == ["Alder's purchase obligations 4.2"])
        #expect(facts("Future minimum lease payments total $1.1 billion.").isEmpty)
        #expect(facts("In 2024, we repurchased shares for a total $3 billion.").allSatisfy { !$0.hasPrefix("Shares") })
        // (`participleOf`: a participle of booking before `of` is a word of the phrase.)
        #expect(facts("The rise in contract liabilities was offset by revenue recognized of $31 million during 2024.")
            == ["Revenue recognized 31.0"])
        #expect(facts("During 2024, costs incurred of $45 million were charged to expense.") == ["Costs incurred 45.0"])
        // (`gerundObject`: `of <gerund> <article> <noun>` is a word group of the phrase.)
        #expect(facts("In 2024, the asset increased by $6 million as a result of deferring incremental costs of obtaining a contract of $18 million.")
            .contains("Incremental costs of obtaining a contract 18.0"))
        #expect(facts("In 2024, the company capitalized costs of fulfilling a contract of $12 million.")
            == ["Capitalized costs of fulfilling a contract 12.0"])
        // (A gerund that opens the phrase, or one no article follows, joins nothing.)
        #expect(facts("In 2024, the award was calculated applying a fair value of $15 million.").allSatisfy { !$0.hasPrefix("Calculated") })
        // (`resultingFrom`: `from` after a verb of cause opens no range.)
        #expect(facts("Contract liabilities increased by $9 million resulting from $40 million of additional billings.")
            .contains("Additional billings 40.0"))
        // (Not before a word that ends the phrase: `$5 million of outstanding under` names nothing.)
        #expect(facts("As of June 30, 2024, there was $7 million of outstanding under the term loan.").isEmpty)
        #expect(facts("In 2024, we assigned $14 million of the increase in goodwill to our Compute segment.") == ["Increase in goodwill 14.0"])
    }

    @Test("bracketInPhrase, relativeParticiple, referenceWord: the subject keeps its words")
    func subjects() {
        #expect(facts("For fiscal 2024, the Company recognized pre-tax net gains (losses) in other comprehensive income (loss) related to cash flow hedges of $38 million.")
            == ["Pre-tax net gains (losses) in other comprehensive income (loss) related to cash flow hedges 38.0"])
        #expect(facts("As of December 31, 2024, the amount recognized in accumulated other comprehensive income (loss), before tax, for the Postretirement Plan was $10 million.")
            == ["Amount recognized in accumulated other comprehensive income (loss), before tax, for the Postretirement Plan 10.0"])
        #expect(facts("During 2024, the fair value of restricted stock units that vested was $39.6 billion.")
            == ["Fair value of restricted stock units that vested 39.6"])
        #expect(facts("The total fair value of the Company's senior notes (the “Senior Notes”) above was $6.6 billion as of January 31, 2025.")
            == ["Total fair value of the Company's senior notes (the “Senior Notes”) 6.6"])
        #expect(facts("On February 22, 2023, we acquired Healthcare, Inc. (One Medical), for cash consideration of approximately $3.5 billion.")
            == ["Cash consideration 3.5"])
        #expect(facts("Included in other long-term liabilities on our balance sheets was $6.5 billion of unearned revenue as of December 31, 2024.")
            == ["Unearned revenue included in other long-term liabilities 6.5"])
    }

    @Test("otherMetricAfterAnd: `and <metric> of $X` is its own metric, not a comparative")
    func secondMetric() {
        #expect(facts("The 2024 actuarial gain of $855 million for qualified pension plans and actuarial gain of $62 million for other plans were driven by rates.")
            .contains("Actuarial gain for other plans 62.0"))
    }
}
