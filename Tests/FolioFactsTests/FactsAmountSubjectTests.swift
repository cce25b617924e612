import Testing
import FolioModel
@testable import FolioFacts

/// **amountAsSubject** (issue #20): an amount that opens its clause as the subject of a passive
/// verb is named by the participle and the place after it.
@Suite("Facts: an amount as the subject of a passive verb")
struct FactsAmountSubjectTests {
    func facts(_ s: String, base: StatedPeriod? = nil) -> [String] { factLines(s, base: base) }

    @Test("an amount after an opening phrase, then a passive verb, a participle and a place, names itself by them")
    func namedByParticipleAndPlace() {
        #expect(facts("During the three months ended March 31, 2025, $42 was allocated to the operating segments.") ==
                ["Amount allocated to operating segments 42.0x1 three months ended March 31, 2025 current"])
        // A list of amounts takes the list of periods after the place; `and` joins two nouns of the place.
        #expect(facts("Of these costs, $12 million, $10 million and $9 million was included in research and development expense for fiscal 2025, 2024 and 2023, respectively.") ==
                ["Amount included in research and development expense 12.0x1000000 fiscal 2025 current",
                 "Amount included in research and development expense 10.0x1000000 fiscal 2024 comparative",
                 "Amount included in research and development expense 9.0x1000000 fiscal 2023 comparative"])
        // `of` inside the place; the date of an opening event is the amount's.
        #expect(facts("On June 30, 2024, approximately $8,150 was reclassified to the cost of inventory.") ==
                ["Amount reclassified to cost of inventory 8150.0x1 On June 30, 2024 current"])
    }

    @Test("a plan, an expectation, a period or a form of payment after the verb, and a part after `of which`, name no amount")
    func notNamed() {
        #expect(facts("During 2024, $3 million will be paid to the sellers.") == [])
        #expect(facts("At March 31, 2025, $37 is expected to be recovered from future orders.") == [])
        #expect(facts("In 2024, $5 million was paid in cash to the sellers.") == [])
        #expect(facts("During 2024, $2 million was recorded in the fourth quarter.") == [])
        // (A later amount after `and` is no comparative of the first: its name is its own.)
        #expect(facts("In 2024, $40 was presented in other assets and $15 was presented in other liabilities.") ==
                ["Amount presented in other assets 40.0x1 2024 current"])
    }
}
