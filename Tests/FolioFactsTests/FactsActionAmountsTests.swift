import Testing
import FolioModel
@testable import FolioFacts

/// Amounts that are the object of what the company did, with no `of <noun>` after them (issue
/// #20, `actionAmounts`): named by the verb and its object, each of a list its own period.
@Suite("Facts: amounts the company's verb takes (actionAmounts)")
struct FactsActionAmountsTests {
    func facts(_ s: String, base: StatedPeriod? = nil) -> [String] { factLines(s, base: base) }

    @Test("actionAmounts: a list after a verb of cash, one amount per period of a list")
    func bareVerbList() {
        #expect(facts("We contributed $42 million, $38 million and $31 million in fiscal 2024, 2023 and 2022, respectively.") == [
            "Amount contributed 42.0x1000000 fiscal 2024 current",
            "Amount contributed 38.0x1000000 fiscal 2023 comparative",
            "Amount contributed 31.0x1000000 fiscal 2022 comparative",
        ])
        #expect(facts("During 2024 and 2023, the Company repaid approximately $610 million and $275 million, respectively.") == [
            "Amount repaid 610.0x1000000 2024 current",
            "Amount repaid 275.0x1000000 2023 comparative",
        ])
    }

    @Test("actionAmounts: the object after `in`, `for` or a principal phrase names the amounts")
    func objectAfterAmounts() {
        #expect(facts("As of March 31, 2025 and March 31, 2024, we have accrued $17 million and $12 million, respectively, for the payment of interest and penalties.") == [
            "Amount accrued for payment of interest and penalties 17.0x1000000 As of March 31, 2025 current",
            "Amount accrued for payment of interest and penalties 12.0x1000000 March 31, 2024 comparative",
        ])
        #expect(facts("In the fourth quarter of 2024, we recorded $88 million in product warranty liabilities.")
                == ["Amount recorded in product warranty liabilities 88.0x1000000 fourth quarter of 2024 current"])
        #expect(facts("In fiscal 2024, 2023 and 2022, we spent $61 million, $55 million and $40 million in capital expenditures.") == [
            "Capital expenditures spent 61.0x1000000 fiscal 2024 current",
            "Capital expenditures spent 55.0x1000000 fiscal 2023 comparative",
            "Capital expenditures spent 40.0x1000000 fiscal 2022 comparative",
        ])
        #expect(facts("In 2024, we recorded $5 million for the restructuring.") == ["Amount recorded for restructuring 5.0x1000000 2024 current"])
        // (Each its event's date: `eventDateList`; under a fiscal year the text is about.)
        #expect(facts("In March 2022, April 2020, and October 2017, we issued a total of $3.00 billion, $2.50 billion, and $1.00 billion aggregate principal of senior notes, respectively.",
                      base: PeriodParser.find(in: "fiscal 2024")) == [
            "Senior notes issued 3.0x1000000000 In March 2022 current",
            "Senior notes issued 2.5x1000000000 April 2020 comparative",
            "Senior notes issued 1.0x1000000000 October 2017 comparative",
        ])
    }

    @Test("objectBeforeAmounts: the verb's object before `totaling` names the amounts")
    func objectBeforeAmounts() {
        #expect(facts("During fiscal 2024 and 2023, we entered into agreements whereupon we provided them with prepayments totaling $4.5 billion and $2.1 billion, respectively.") == [
            "Prepayments provided 4.5x1000000000 fiscal 2024 current",
            "Prepayments provided 2.1x1000000000 fiscal 2023 comparative",
        ])
        #expect(facts("In fiscal 2024, we made payments totaling $80 million.") == ["Payments made 80.0x1000000 fiscal 2024 current"])
        // A noun of two words names the amount itself; a quantity names nothing.
        #expect(facts("In fiscal 2024, we made license payments totaling $80 million.") == ["License payments 80.0x1000000 fiscal 2024 current"])
        #expect(facts("In fiscal 2024, we paid an aggregate of $80 million.") == ["Amount paid 80.0x1000000 fiscal 2024 current"])
    }

    @Test("actionAmounts: a single amount of an event is what moved over the event")
    func eventFlow() {
        let got = facts("In May 2025, upon the maturity of the notes, the Company paid $112.4 million to satisfy the remaining principal.")
        #expect(got == ["Amount paid 112.4x1000000 In May 2025 current"])
        let t = Array("In May 2025, upon the maturity of the notes, the Company paid $112.4 million to satisfy the remaining principal.".utf8)
        let p = NarrativeExtractor.extract(t, sentence: 0..<t.count, base: nil).first?.period?.factPeriod
        #expect(p?.start == "2025-05-01" && p?.end == "2025-05-31")
        // A noun of a payment too; what was booked stands at the event's date.
        func period(_ s: String) -> FactPeriod? {
            let t = Array(s.utf8)
            return NarrativeExtractor.extract(t, sentence: 0..<t.count, base: nil).first?.period?.factPeriod
        }
        #expect(period("In June 2024, we entered into an agreement whereupon we provided them with a prepayment of $2.5 billion.")?.start == "2024-06-01")
        #expect(period("In June 2024, we recorded $25 million in warranty liabilities.")?.instant == "2024-06-30")
    }

    @Test("coordinatedAction: a verb after `and` whose subject is the company's verb before it")
    func coordinatedAction() {
        #expect(facts("In Q4 2024, we entered into an agreement and invested $1.3 billion in a third convertible note.")
                == ["Amount invested 1.3x1000000000 Q4 2024 current"])
        #expect(facts("In fiscal 2024, we reviewed the plan and contributed $12 million to it.") == ["Amount contributed 12.0x1000000 fiscal 2024 current"])
        // Another subject, a relative clause, or an amount between: none.
        #expect(facts("In fiscal 2024, customers that we served and paid $4 million were billed.") == [])
        #expect(facts("In fiscal 2024, the lenders reviewed the plan and contributed $12 million to it.") == [])
    }

    @Test("wholeAcrossAside: the noun after a part stated in an aside")
    func wholeAcrossAside() {
        #expect(facts("For the year ended December 31, 2022, we recorded approximately $1.1 billion, of which $720 million related to North America, of impairments of property and equipment.")
                == ["Impairments recorded 1.1x1000000000 year ended December 31, 2022 current"])
        // (An aside that dates its part: the part too, `partAsideBeforeNoun`.)
        #expect(facts("For the year ended December 31, 2022, we recorded approximately $1.1 billion, of which $720 million was recorded in the fourth quarter, of impairments of property and equipment.")
                == ["Impairments recorded 1.1x1000000000 year ended December 31, 2022 current", "Impairments recorded 720.0x1000000 fourth quarter current"])
        #expect(facts("For the year ended December 31, 2022, we recorded approximately $1.1 billion, of which $720 million was recorded in the fourth quarter.") == [])
    }

    @Test("actionAmounts: plans, bounds, vague verbs alone, unstated periods and nouns after the amount give nothing")
    func refused() {
        for s in ["We will pay $40 million in fiscal 2026 to the plan.",
                  "The Company could make additional payments of up to $900 million upon achievement of milestones.",
                  "We recorded $12 million during fiscal 2024.",
                  "We paid $7 million termination fee in fiscal 2024.",
                  "We contributed $42 million and $38 million to the plan.",
                  "We expect to contribute $42 million in fiscal 2025.",
                  "Customers paid $5 million and $4 million in fiscal 2024 and 2023, respectively.",
                  "We have invested $3 billion in research and development since our inception."] {
            #expect(facts(s) == [], "\(s)")
        }
    }
}
