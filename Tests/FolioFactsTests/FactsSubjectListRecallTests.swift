import Testing
import FolioModel
@testable import FolioFacts

/// A noun-phrase subject that states a list of amounts (issue #20): a condition inside its
/// relative clause, a period phrase inside it before a qualifier, and a list of dates opening
/// the sentence before `there were`. Made-up sentences.
@Suite("Facts: a subject's list of amounts")
struct FactsSubjectListRecallTests {
    func facts(_ s: String) -> [String] { FactsRecallShapesTests().facts(s) }

    @Test("conditionalInRelative: a modal after `that if <participle>` is the relative clause's, no plan; the clause names the part")
    func conditionalInRelative() {
        #expect(facts("Deferred tax liabilities that if reversed would increase our current tax payable were $41 million, $52 million, and $63 million at March 1, 2025, March 2, 2024, and March 3, 2023, respectively.") == [
            "Deferred tax liabilities that would increase our current tax payable 41.0x1000000 at March 1, 2025 current",
            "Deferred tax liabilities that would increase our current tax payable 52.0x1000000 March 2, 2024 comparative",
            "Deferred tax liabilities that would increase our current tax payable 63.0x1000000 March 3, 2023 comparative",
        ])
        #expect(facts("Warranty reserves that, if released, would lower cost of sales were $18 million at June 30, 2025.") ==
                ["Warranty reserves that would lower cost of sales 18.0x1000000 at June 30, 2025 current"])
        // (A modal of the clause itself still states a hypothetical.)
        #expect(facts("If the notes were converted, we would issue shares valued at $18 million.").isEmpty)
    }

    @Test("periodInsideSubject: a period phrase closed by a comma inside the subject is its period; the qualifier after it stays")
    func periodInsideSubject() {
        #expect(facts("Fees collected during the nine months ended September 30, 2025 and 2024, from balances recorded as deferred income at the beginning of each year were $4,210 and $3,150.") == [
            "Fees collected from balances recorded as deferred income at the beginning of each year 4210.0x1 nine months ended September 30, 2025 current",
            "Fees collected from balances recorded as deferred income at the beginning of each year 3150.0x1 2024 comparative",
        ])
        #expect(facts("Royalties earned in fiscal 2025 and 2024, under licenses signed before the merger, were $310 million and $290 million, respectively.") == [
            "Royalties earned under licenses signed before the merger 310.0x1000000 fiscal 2025 current",
            "Royalties earned under licenses signed before the merger 290.0x1000000 fiscal 2024 comparative",
        ])
    }

    @Test("dateListOpening: a list of dates opening the sentence ends at its last date's comma")
    func dateListOpening() {
        #expect(facts("At March 1, 2025, March 2, 2024, and March 3, 2023, there were $41 million, $52 million, and $63 million of unrecognized tax benefits.") == [
            "Unrecognized tax benefits 41.0x1000000 At March 1, 2025 current",
            "Unrecognized tax benefits 52.0x1000000 March 2, 2024 comparative",
            "Unrecognized tax benefits 63.0x1000000 March 3, 2023 comparative",
        ])
        #expect(facts("As of June 30, 2025, December 31, 2024 and June 30, 2024, the carrying value of the notes was $905 million, $910 million and $915 million, respectively.") == [
            "Carrying value of the notes 905.0x1000000 As of June 30, 2025 current",
            "Carrying value of the notes 910.0x1000000 December 31, 2024 comparative",
            "Carrying value of the notes 915.0x1000000 June 30, 2024 comparative",
        ])
    }

    @Test("changeByList: a change verb's list of amounts is the same change for each period of a list")
    func changeByList() {
        #expect(facts("Goodwill increased by $23 million and $25 million in fiscal 2025 and 2024, respectively.") == [
            "Goodwill change 23.0x1000000 fiscal 2025 change",
            "Goodwill change 25.0x1000000 fiscal 2024 comparative",
        ])
        #expect(facts("In fiscal 2025, 2024 and 2023, the tax holiday decreased the Irish tax by $210 million, $190 million and $170 million, respectively.") == [
            "Irish tax change -210.0x1000000 fiscal 2025 change",
            "Irish tax change -190.0x1000000 fiscal 2024 comparative",
            "Irish tax change -170.0x1000000 fiscal 2023 comparative",
        ])
    }

    @Test("namedObject: a capitalised object right after a change verb is named without an article")
    func namedObject() {
        #expect(facts("In fiscal 2025, the tax holiday decreased Irish tax by $210 million.") == ["Irish tax change -210.0x1000000 fiscal 2025 change"])
        // (A bare common noun says too little: `increased prices by`.)
        #expect(facts("In fiscal 2025, the new contracts increased service prices by $12 million.").isEmpty)
    }

    @Test("secondPredicate: `, and was <list>` with no subject of its own restates the subject's metric; periodBeforeCut")
    func secondPredicate() {
        #expect(facts("The total fair value of vested options was $406 million and $3.3 billion for the three- and six-month periods ended March 28, 2026, respectively, and was $321 million and $2.6 billion for the three- and six-month periods ended March 29, 2025, respectively.") == [
            "Total fair value of vested options 406.0x1000000 three- and six-month periods ended March 28, 2026 current",
            "Total fair value of vested options 3.3x1000000000 six-month periods ended March 28, 2026 comparative",
            "Total fair value of vested options 321.0x1000000 three- and six-month periods ended March 29, 2025 current",
            "Total fair value of vested options 2.6x1000000000 six-month periods ended March 29, 2025 comparative",
        ])
        #expect(facts("Freight costs were $14 million in 2025, and were $12 million in 2024.") ==
                ["Freight costs 14.0x1000000 2025 current", "Freight costs 12.0x1000000 2024 current"])
        // (A new subject after `and` is its own: `and the fair value of the notes was`.)
        #expect(facts("Freight costs were $14 million in 2025, and the fair value of the notes was $12 million in 2025.") ==
                ["Freight costs 14.0x1000000 2025 current", "Fair value of the notes 12.0x1000000 2025 current"])
    }

    @Test("placeAside: a bracket of place ending the subject stays as its place, without brackets or the statement's name")
    func placeAside() {
        #expect(facts("As of June 30, 2025 and December 31, 2024, the carrying amount of the Company's yen-denominated notes (included in \"Long-term debt\" on the Company's Balance Sheets) was approximately $2.5 billion and $2.6 billion, respectively.") == [
            "Carrying amount of the Company's yen-denominated notes included in \"Long-term debt\" 2.5x1000000000 As of June 30, 2025 current",
            "Carrying amount of the Company's yen-denominated notes included in \"Long-term debt\" 2.6x1000000000 December 31, 2024 comparative",
        ])
        #expect(facts("As of June 30, 2025, the fair value of the swaps (recorded in other liabilities), which were designated as hedges, was $12 million.") ==
                ["Fair value of the swaps recorded in other liabilities 12.0x1000000 As of June 30, 2025 current"])
    }

    @Test("includedPartPeriods: a list whose part is listed after `which includes` takes the periods printed after the part")
    func includedPartPeriods() {
        #expect(facts("Depreciation expense on equipment was $4.9 billion, $5.2 billion, and $6.1 billion which includes amortization of equipment acquired under finance leases of $1.1 billion, $1.2 billion, and $1.3 billion for 2022, 2023, and 2024.") == [
            "Depreciation expense on equipment 4.9x1000000000 2022 current",
            "Depreciation expense on equipment 5.2x1000000000 2023 comparative",
            "Depreciation expense on equipment 6.1x1000000000 2024 comparative",
            "Amortization of equipment acquired under finance leases 1.1x1000000000 2022 current",
            "Amortization of equipment acquired under finance leases 1.2x1000000000 2023 comparative",
            "Amortization of equipment acquired under finance leases 1.3x1000000000 2024 comparative",
        ])
        #expect(facts("Freight costs were $40 million and $36 million, including fuel surcharges of $9 million and $8 million, in 2025 and 2024, respectively.") == [
            "Freight costs 40.0x1000000 2025 current", "Freight costs 36.0x1000000 2024 comparative",
            "Fuel surcharges 9.0x1000000 2025 current", "Fuel surcharges 8.0x1000000 2024 comparative",
        ])
    }

    @Test("sharedPartQualifier: two `included` lists, the part's qualifier printed once after the second")
    func sharedPartQualifier() {
        #expect(facts("At June 30, 2025 and December 31, 2024, Prepaid expenses included $31 and $29 and Other assets included $12 and $15 held in escrow for the buyers.") == [
            "Prepaid expenses held in escrow 31.0x1 At June 30, 2025 current", "Prepaid expenses held in escrow 29.0x1 December 31, 2024 comparative",
            "Other assets held in escrow 12.0x1 At June 30, 2025 current", "Other assets held in escrow 15.0x1 December 31, 2024 comparative",
        ])
        // (No qualifier after the second list: neither names a part.)
        #expect(facts("At June 30, 2025 and December 31, 2024, Prepaid expenses included $31 and $29 and Other assets included $12 and $15.").isEmpty)
    }
}
