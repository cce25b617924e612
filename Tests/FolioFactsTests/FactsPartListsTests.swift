import Testing
import FolioModel
@testable import FolioFacts

/// Parts of a whole stated as lists of amounts (issue #20): the noun printed after
/// `respectively` (`respectivelyOfNoun`), and a part's clause that says what the part is
/// before where it went (`complementBeforeParticiple`). Made-up sentences.
@Suite("Facts: parts of a whole stated as lists")
struct FactsPartListsTests {
    func facts(_ s: String) -> [String] { FactsRecallTests().facts(s) }

    @Test("respectivelyOfNoun: `$A and $B, respectively, of <noun>` names each amount by the noun")
    func respectivelyOfNoun() {
        #expect(facts("As of March 31, 2025 and December 31, 2024, about $2.3 billion and $2.1 billion, respectively, of the Company's yen notes were designated as hedges.") ==
                ["Yen notes 2.3x1000000000 As of March 31, 2025 current", "Yen notes 2.1x1000000000 December 31, 2024 comparative"])
        // (A second owner says whose part it is; `from` names which part.)
        #expect(facts("In 2024, 2023 and 2022, domestic pretax income included $6.2 billion, $5.3 billion and $4.4 billion, respectively, of the Group's domestic subsidiaries’ income from licensing in Asia.") ==
                ["Domestic subsidiaries’ income from licensing in Asia 6.2x1000000000 2024 current",
                 "Domestic subsidiaries’ income from licensing in Asia 5.3x1000000000 2023 comparative",
                 "Domestic subsidiaries’ income from licensing in Asia 4.4x1000000000 2022 comparative"])
        // (Anything but `of` after `respectively`: no noun of the list.)
        #expect(facts("As of March 31, 2025 and December 31, 2024, about $2.3 billion and $2.1 billion, respectively, for the yen notes were designated.")
                .allSatisfy { !$0.hasPrefix("Yen notes") })
    }

    @Test("ownersSkipped: the holder is left off, a second owner stays")
    func ownersSkipped() {
        let t = Array("the Company's U.S. entities' income".utf8)
        let (held, noun) = NarrativeExtractor.ownersSkipped(t, from: 0, to: t.count)
        #expect(NarrativeExtractor.str(t, held, noun) == "U.S. entities' " && NarrativeExtractor.str(t, noun, t.count) == "income")
        let u = Array("our notes, which".utf8)
        let none = NarrativeExtractor.ownersSkipped(u, from: 0, to: u.count)
        #expect(none.held == 0 && none.noun == 0)
    }

    @Test("complementBeforeParticiple: `of which $A and $B was <adjective> and <participle> in <place>` names the parts")
    func complementBeforeParticiple() {
        #expect(facts("Deferred commissions were $812 million and $701 million as of March 31, 2024 and March 31, 2023, of which $530 million and $455 million was noncurrent and included in other assets, respectively.") ==
                ["Deferred commissions 812.0x1000000 as of March 31, 2024 current", "Deferred commissions 701.0x1000000 March 31, 2023 comparative",
                 "Amount included in other assets 530.0x1000000 as of March 31, 2024 current",
                 "Amount included in other assets 455.0x1000000 March 31, 2023 comparative"])
        #expect(facts("At June 30, 2025, $64 million was short-term and recorded in prepaid expenses.") ==
                ["Amount recorded in prepaid expenses 64.0x1000000 At June 30, 2025 current"])
        // (No participle after `and`: no place, no fact.)
        #expect(facts("At June 30, 2025, $64 million was short-term and unpaid.") == [])
    }

    @Test("bracketedAmountsOfNoun: `<noun> ($A and $B as of <dates>, respectively)` measures the noun")
    func bracketedAmountsOfNoun() {
        #expect(facts("This balance includes the current portion of term loans ($2.1 billion and $1.9 billion as of March 31, 2025 and June 30, 2024, respectively).") ==
                ["Current portion of term loans 2.1x1000000000 as of March 31, 2025 current",
                 "Current portion of term loans 1.9x1000000000 June 30, 2024 comparative"])
        #expect(facts("At December 31, 2024, the trust had restricted cash ($45 million).") ==
                ["Restricted cash 45.0x1000000 At December 31, 2024 current"])
        // (Not a preposition's object: `held by the trustee ($45 million)`.)
        #expect(facts("The total includes restricted cash held by the trustee ($45 million at December 31, 2024).").allSatisfy { !$0.hasPrefix("Trustee") })
        // (A negative amount's bracket is its sign; `of` after the amount names something else.)
        #expect(facts("For 2024, hedge results were ($94) million.").allSatisfy { !$0.hasPrefix("Hedge results (") })
        #expect(facts("The plan includes term loans ($5 million of which matures in 2026).").allSatisfy { !$0.hasPrefix("Term loans") })
    }

    @Test("enDashCompound: an en dash with no space around it joins two words as a hyphen does")
    func enDashCompound() {
        #expect(facts("At June 30, 2025, we had $3.1 billion of euro–denominated notes.") ==
                ["Euro–denominated notes 3.1x1000000000 At June 30, 2025 current"])
        // (A spaced dash still ends the phrase.)
        #expect(facts("At June 30, 2025, we had $3.1 billion of euro – denominated notes.").allSatisfy { !$0.hasPrefix("Euro – denominated") })
    }
}
