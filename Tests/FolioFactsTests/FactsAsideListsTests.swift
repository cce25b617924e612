import Testing
import FolioModel
@testable import FolioFacts

/// Lists of amounts the readers lost to what stands between or around the amounts (issue #20).
/// Made-up sentences.
@Suite("Facts: lists with asides and nouns after them")
struct FactsAsideListsTests {
    func dated(_ s: String) -> [String] { FactsFromToTests().dated(s) }

    @Test("perShareAsides: each amount of a list restated per share in an aside of its own; not without an aside after each, or as many periods")
    func perShareAsides() {
        #expect(dated("For 2024, 2023 and 2022, the credit resulted in a reduction of income tax expense of $310 million, or $0.42 per diluted share, $285 million, or $0.39 per diluted share, and $240 million, or $0.33 per diluted share, respectively.") == [
            "Income tax expense change -310.0 change 2024-01-01..2024-12-31",
            "Income tax expense change per diluted share -0.42 change 2024-01-01..2024-12-31",
            "Income tax expense change -285.0 comparative 2023-01-01..2023-12-31",
            "Income tax expense change per diluted share -0.39 comparative 2023-01-01..2023-12-31",
            "Income tax expense change -240.0 comparative 2022-01-01..2022-12-31",
            "Income tax expense change per diluted share -0.33 comparative 2022-01-01..2022-12-31",
        ])
        #expect(dated("Net earnings were $1.2 billion, or $2.10 per diluted share, and $0.9 billion, or $1.61 per diluted share, for fiscal 2025 and 2024, respectively.") == [
            "Net earnings 1.2 current 2025-01-01..2025-12-31",
            "Net earnings per diluted share 2.1 current 2025-01-01..2025-12-31",
            "Net earnings 0.9 comparative 2024-01-01..2024-12-31",
            "Net earnings per diluted share 1.61 comparative 2024-01-01..2024-12-31",
        ])
        // (The second amount has no aside: the head and its aside only, as before.)
        #expect(dated("For 2024 and 2023, net earnings were $1.2 billion, or $2.10 per diluted share, and $0.9 billion, respectively.").count < 4)
        // (Three items, two periods.)
        #expect(dated("For 2024 and 2023, net earnings were $1.2 billion, or $2.10 per diluted share, $0.9 billion, or $1.61 per diluted share, and $0.7 billion, or $1.20 per diluted share, respectively.").count < 6)
    }

    @Test("changeOfAmountsIn: `a net increase of $A, $B and $C, respectively, in <noun>` is the noun's change in each period; `in` a period names none")
    func changeOfAmountsIn() {
        #expect(dated("In fiscal 2025, 2024 and 2023, the Company reported a net increase of approximately $120 million, $95 million, and $60 million, respectively, in its accrued warranty costs.") == [
            "Accrued warranty costs change 120.0 change 2025-01-01..2025-12-31",
            "Accrued warranty costs change 95.0 comparative 2024-01-01..2024-12-31",
            "Accrued warranty costs change 60.0 comparative 2023-01-01..2023-12-31",
        ])
        #expect(dated("During 2024, the new pricing led to an increase of $15 million in deferred revenue.") ==
                ["Deferred revenue change 15.0 change 2024-01-01..2024-12-31"])
        // (`in` a period after the amounts names no measure.)
        #expect(dated("The change resulted in an increase of $5 million in fiscal 2024.").allSatisfy { !$0.contains(" change ") })
        #expect(dated("The change resulted in a decrease of $5 million in the fourth quarter of 2024.").allSatisfy { !$0.contains(" change ") })
    }

    @Test("judgedAsNoun: amounts opening their clause `were determined to be <noun>` are that noun's, each at its date; not a plan")
    func judgedAsNoun() {
        #expect(dated("At June 30, 2025 and December 31, 2024, $8 and $11 were determined to be impaired notes receivable and charged off.") == [
            "Amount determined to be impaired notes receivable 8.0 current 2025-06-30",
            "Amount determined to be impaired notes receivable 11.0 comparative 2024-12-31",
        ])
        #expect(dated("As of March 31, 2025, $3 million was deemed to be excess inventory.") ==
                ["Amount deemed to be excess inventory 3.0 current 2025-03-31"])
        // (An expectation names nothing.)
        #expect(dated("As of March 31, 2025, $3 million was expected to be collected within one year.").allSatisfy { !$0.contains(" to be ") })
    }

    @Test("namesInQualifier: one noun whose qualifier ends in as many names as the list's amounts names one metric per name")
    func namesInQualifier() {
        #expect(dated("At December 31, 2024, revenue from customers in Canada and Mexico was $5 million and $6 million, respectively.") == [
            "Revenue from customers in Canada 5.0 current 2024-12-31",
            "Revenue from customers in Mexico 6.0 current 2024-12-31",
        ])
        #expect(dated("As of March 31, 2025, goodwill allocated to the Industrial and Medical reporting units was $2.10 billion and $450 million, respectively.") == [
            "Goodwill allocated to Industrial reporting units 2.1 current 2025-03-31",
            "Goodwill allocated to Medical reporting units 450.0 current 2025-03-31",
        ])
        // (Two names, three amounts: no metric per name.)
        #expect(dated("At December 31, 2024, revenue from customers in Canada and Mexico was $5 million, $6 million and $7 million, respectively.")
                .allSatisfy { !$0.hasPrefix("Revenue from customers in Mexico") && !$0.hasPrefix("Revenue from customers in Canada 5") })
    }

    @Test("differenceBy: `<subject> were reduced by` and `<subject> exceeded <object> by` state a difference at each date; not a plan")
    func differenceBy() {
        #expect(dated("At June 30, 2025 and December 31, 2024, our trade receivables were reduced by $9 million and $7 million, respectively.") == [
            "Trade receivables reduction 9.0 current 2025-06-30",
            "Trade receivables reduction 7.0 comparative 2024-12-31",
        ])
        #expect(dated("At March 31, 2025, the estimated cost of the cleanup exceeded our accrued liabilities by $120 million.") ==
                ["Excess of estimated cost of the cleanup over accrued liabilities 120.0 current 2025-03-31"])
        // (A plan, or a hypothetical, states no difference.)
        #expect(dated("We expect that the cost will have exceeded our accrued liabilities by $120 million.").allSatisfy { !$0.hasPrefix("Excess") })
    }

    @Test("differenceAside: `<figure>, approximately <amount> less|higher than <noun>` is the difference at the figure's period")
    func differenceAside() {
        #expect(dated("At June 30, 2025, the fair value of the notes was $18.2 billion, approximately $2.1 billion less than the carrying value.") == [
            "Fair value of the notes 18.2 current 2025-06-30",
            "Excess of carrying value over fair value of the notes 2.1 current 2025-06-30",
        ])
        #expect(dated("At March 31, 2025, the fair value of long-term debt was $4.0 billion, $0.3 billion higher than its carrying amount.") == [
            "Fair value of long-term debt 4.0 current 2025-03-31",
            "Excess of fair value of long-term debt over carrying amount 0.3 current 2025-03-31",
        ])
        // (No comparison after the amount, or a word between other than an approximator: no difference.)
        #expect(dated("At March 31, 2025, the fair value of long-term debt was $4.0 billion, $0.3 billion of which is current.")
                .allSatisfy { !$0.hasPrefix("Excess") })
        #expect(dated("At March 31, 2025, the fair value of long-term debt was $4.0 billion, or $0.3 billion less than the carrying amount.")
                .allSatisfy { !$0.hasPrefix("Excess") })
    }

    @Test("listAcrossNouns: a respectively list whose later items name their own noun: each item its period and noun")
    func listAcrossNouns() {
        #expect(dated("For fiscal 2025, 2024 and 2023, Northwind recognized net unrealized gains of $14 million and net unrealized losses of $61 million and $208 million, respectively, on equity securities.") == [
            "Net unrealized gains 14.0 current 2025-01-01..2025-12-31",
            "Net unrealized losses 61.0 current 2024-01-01..2024-12-31",
            "Net unrealized losses 208.0 comparative 2023-01-01..2023-12-31",
        ])
        #expect(dated("In 2024 and 2023, Alder recorded foreign exchange gains of $5 million and foreign exchange losses of $3 million, respectively.") == [
            "Foreign exchange gains 5.0 current 2024-01-01..2024-12-31",
            "Foreign exchange losses 3.0 current 2023-01-01..2023-12-31",
        ])
        // (No `respectively`, or not as many periods as items: not read so.)
        #expect(!dated("For fiscal 2025, Northwind recognized net unrealized gains of $14 million and net unrealized losses of $61 million.")
                .contains { $0.contains("2024-01-01") })
        let fewer = dated("For fiscal 2025 and 2024, Northwind recognized gains of $14 million and losses of $61 million and $208 million, respectively.")
        #expect(!fewer.contains("Losses 61.0 current 2024-01-01..2024-12-31"), "\(fewer)")
    }

    @Test("amountsInPlaces: `<noun> of $A in <place> and $B in <place>`: the noun's measure once per place")
    func amountsInPlaces() {
        #expect(dated("In 2024, Alder also recorded intangible asset amortization expense of $120 million in our Retail segment and $85 million in Other.") == [
            "Intangible asset amortization expense in Retail segment 120.0 current 2024-01-01..2024-12-31",
            "Intangible asset amortization expense in Other 85.0 current 2024-01-01..2024-12-31",
        ])
        // (A head named by its `in` noun already keeps it; a second amount with no place is no part.)
        #expect(dated("In fiscal 2024, we returned $9.1 billion to shareholders in share repurchases and $400 million in quarterly cash dividends.")
                .allSatisfy { !$0.contains("in quarterly cash dividends") || !$0.hasPrefix("Share repurchases") })
        #expect(dated("In 2024, Alder recorded amortization expense of $120 million in our Retail segment and $85 million.")
                .allSatisfy { !$0.hasPrefix("Amortization expense in Retail segment") })
    }

    @Test("bareAmountsBeforeNoun: a list of bare amounts after a verb of holding names the noun after the last, each at its date")
    func bareAmountsBeforeNoun() {
        #expect(dated("As of December 31, 2024 and 2023, the group had ¥1.3 billion and ¥1.6 billion yen-denominated borrowings outstanding.") == [
            "Yen-denominated borrowings 1.3 current 2024-12-31",
            "Yen-denominated borrowings 1.6 comparative 2023-12-31",
        ])
        #expect(dated("At June 30, 2025 and December 31, 2024, purchases included $45 million and $38 million unsettled trades.") == [
            "Unsettled trades 45.0 current 2025-06-30",
            "Unsettled trades 38.0 comparative 2024-12-31",
        ])
        // (After another verb the amounts are the verb's: no noun read this way.)
        #expect(dated("At June 30, 2025 and December 31, 2024, we sold $45 million and $38 million unsettled trades.").allSatisfy { !$0.hasPrefix("Unsettled trades ") })
    }

    /// Facts of `s` read under the six months ended June 30, 2025 (a 10-Q's period).
    func underHalfYear(_ s: String) -> [String] {
        let t = Array(s.utf8), h = Array("six months ended June 30, 2025".utf8)
        let base = PeriodParser.find(h, 0..<h.count, base: nil)
        return NarrativeExtractor.sentences(t, 0..<t.count).flatMap { NarrativeExtractor.extract(t, sentence: $0, base: base) }
            .map { "\($0.metric) \($0.figure.value) \($0.role) \($0.period?.factPeriod.instant ?? "nil")" }
    }

    @Test("namedItemsFor: `<noun> have a <measure>: <name> for <amount>, ...` states the measure per item at the period's end")
    func namedItemsFor() {
        #expect(underHalfYear("The following notes have a principal amount denominated in sterling: 2.500% Notes for £400 million, 3.250% Notes for £1,650 million, and 4.000% Notes for £300 million.") == [
            "2.500% Notes principal amount 400.0 current 2025-06-30",
            "3.250% Notes principal amount 1650.0 current 2025-06-30",
            "4.000% Notes principal amount 300.0 current 2025-06-30",
        ])
        // (No measure the items have: a sale's prices are no such list; no period: no fact.)
        #expect(underHalfYear("The Company sold the following businesses: the Alpha unit for $400 million, and the Beta unit for $250 million.") == [])
        #expect(dated("The following notes have a principal amount denominated in sterling: Series A Notes for £400 million, Series B Notes for £650 million.") == [])
    }
}
