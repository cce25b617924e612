import Testing
import FolioModel
@testable import FolioFacts

/// Sentences whose subject is the company (a pronoun or `the Company`) and whose verb carries
/// the metric (issue #20): `the Company` before its verb (`companyVerb`) is no part of the
/// metric (`companySubject`), the amount's object after `under` or `for` names it with the verb
/// (`amountLinkedObject`), and two verbs with their amounts share one object (`verbPairAmounts`).
@Suite("Facts: the company's verb and its object")
struct FactsCompanySubjectTests {
    func facts(_ s: String, base: StatedPeriod? = nil) -> [String] { factLines(s, base: base) }

    @Test("companyVerb: a past verb right after `we`, `it`, `they` or `the Company`")
    func companyVerb() {
        func verb(_ s: String, _ k: Int) -> Bool { NarrativeExtractor.isCompanyVerb(Words.split(Array(s.utf8)[...]), k) }
        #expect(verb("the company accrued", 2))
        #expect(verb("we have subsequently accrued", 3))
        #expect(verb("it sold", 1))
        #expect(!verb("the customer accrued", 2))
        #expect(!verb("we will accrue", 2))
        #expect(!verb("we expected", 1))
    }

    @Test("amountLinkedObject: `under` or `for` after the amount of an action names what it went to")
    func amountLinkedObject() {
        #expect(facts("In fiscal 2024, Halvard Tools borrowed and repaid $5.0 billion under the term loan credit agreement.") ==
                ["Amount borrowed and repaid under term loan credit agreement 5.0x1000000000 fiscal 2024 current"])
        #expect(facts("In fiscal 2024, we borrowed $2.0 billion under a new term loan due April 2027.") ==
                ["Amount borrowed under new term loan 2.0x1000000000 fiscal 2024 current"])
        #expect(facts("In 2024, we paid $300 million for the patent license.") ==
                ["Amount paid for patent license 300.0x1000000 2024 current"])
        // A period, a quantifier, a purpose, or an amount that is not the verb's object names no object.
        #expect(facts("In 2024, we recorded $5 million for fiscal 2024.") == [])
        #expect(facts("In 2024, we paid $5 million for each share tendered.") == [])
        #expect(facts("In 2024, we paid $5 million for a minority stake.") == [])
        #expect(facts("In 2024, we paid $5 million for repurchasing shares.") == [])
        #expect(facts("In 2024, the fee amounted to $5 million under the agreement.").allSatisfy { !$0.hasPrefix("Amount") })
        // (A verb of booking names no object here; `actionAmounts` names its amount: `Amount recorded for restructuring`.)
        #expect(facts("In 2024, we recorded $5 million for the restructuring.").allSatisfy { !$0.hasPrefix("Restructuring") })
        #expect(facts("The 2023 loss of $31 million for the funded plans and a loss of $45 million for retiree medical plans were driven by rates.")
                .allSatisfy { !$0.hasPrefix("Amount") })
        // A bound, an idiom, or a verb beyond a participle names no object either.
        #expect(facts("In January 2023, we entered into a credit agreement, providing for a term loan of up to $3.5 billion for the acquisition.")
                .allSatisfy { !$0.hasPrefix("Amount") })
        #expect(facts("In 2024, we invested $3.5 billion for the purpose of funding the acquisition.") == [])
    }

    @Test("companySubject: the Company is no word of the metric")
    func companySubject() {
        #expect(facts("In fiscal 2024, the Company accrued interest of $5 million.") ==
                ["Accrued interest 5.0x1000000 fiscal 2024 current"])
        // `the Company` before an auxiliary and its participle keeps the clause's reading.
        #expect(facts("As of June 30, 2025, the Company had designated forward contracts with notional amounts equivalent to $42.6 million.") != [])
    }

    @Test("verbPairAmounts: two verbs with their amounts share the object after the second")
    func verbPairAmounts() {
        #expect(facts("During fiscal 2025, we issued $40 million and repaid $25 million of commercial paper.") ==
                ["Commercial paper issued 40.0x1000000 fiscal 2025 current", "Commercial paper repaid 25.0x1000000 fiscal 2025 current"])
        #expect(facts("During fiscal 2025, we issued $0 and repaid $0 under the Receivables Facility.") ==
                ["Amount issued under Receivables Facility 0.0x1 fiscal 2025 current", "Amount repaid under Receivables Facility 0.0x1 fiscal 2025 current"])
        // Anything else between the amounts is another shape.
        #expect(facts("During fiscal 2025, we issued $40 million, and we repaid $25 million of commercial paper.").count == 1)
    }

    @Test("amountRemaining: what remains available for a purpose names the amount")
    func amountRemaining() {
        #expect(facts("As of June 30, 2025, $375.0 million remained available for future stock repurchases under the program.") ==
                ["Amount available for future stock repurchases 375.0x1000000 As of June 30, 2025 current"])
        #expect(facts("As of December 31, 2024, we have $6.1 billion remaining under the repurchase program.") ==
                ["Amount remaining under repurchase program 6.1x1000000000 As of December 31, 2024 current"])
        #expect(facts("As of June 30, 2025, $12.0 billion remains available for repurchases.") ==
                ["Amount available for repurchases 12.0x1000000000 As of June 30, 2025 current"])
        // No date before the amount, no word of remaining, or a period after the link: another shape.
        #expect(facts("As of the date of filing of this report, $250.0 million remained available for repurchase.").allSatisfy { !$0.hasPrefix("Amount") })
        #expect(facts("As of June 30, 2025, $12.0 billion was spent for repurchases.").allSatisfy { !$0.hasPrefix("Amount") })
        #expect(facts("As of June 30, 2025, $12.0 billion remains available for 2025.").allSatisfy { !$0.hasPrefix("Amount") })
    }

    @Test("boardVerbObject: a board's verb and its object with no article: the object names the amount")
    func boardVerbObject() {
        #expect(factLines("In fiscal 2024, Northwind's board of directors authorized share repurchase programs of $25.0 billion.").first?
                .hasPrefix("Share repurchase programs 25.0x1000000000") == true)
        #expect(factLines("In 2024, the Board of Directors approved capital expenditures of $400 million.").first?
                .hasPrefix("Capital expenditures 400.0x1000000") == true)
        // With an article, as before.
        #expect(factLines("In 2024, our Board of Directors declared a quarterly cash dividend of $0.25 per share.").first?
                .hasPrefix("Quarterly cash dividend") == true)
    }

    @Test("monthYearList and a prefixed action: `In December 2024 and 2023, ... de-designated $X and $Y of <noun>`")
    func monthYearList() {
        #expect(factLines("In December 2024 and 2023, Northwind de-designated €400 million and €109 million of its euro-denominated notes as hedges.")
                == ["Euro-denominated notes de-designated 400.0x1000000 In December 2024 current",
                    "Euro-denominated notes de-designated 109.0x1000000 2023 comparative"])
        // `designated` alone is the action itself.
        #expect(factLines("In 2024, Zentro designated $500 million of its senior notes as hedges of its net investment.").first
                == "Senior notes designated 500.0x1000000 2024 current")
    }
}
