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

    @Test("a plan, an expectation, a period or a form of payment after the verb name no amount")
    func notNamed() {
        #expect(facts("During 2024, $3 million will be paid to the sellers.") == [])
        #expect(facts("At March 31, 2025, $37 is expected to be recovered from future orders.") == [])
        #expect(facts("In 2024, $5 million was paid in cash to the sellers.") == [])
        #expect(facts("During 2024, $2 million was recorded in the fourth quarter.") == [])
        // (A later amount after `and` is no comparative of the first: its name is its own,
        // `coordinatedSubject`.)
        #expect(facts("In 2024, $40 was presented in other assets and $15 was presented in other liabilities.") ==
                ["Amount presented in other assets 40.0x1 2024 current",
                 "Amount presented in other liabilities 15.0x1 2024 current"])
    }

    /// **partOfWhole**: a part after `, of which` is named as an amount that opens its clause.
    @Test("a part after `, of which` with a passive verb, a participle and a place is named by them")
    func partOfWhole() {
        let deferred = facts("At January 31, 2025, deferred revenue was $30 million, of which $12 million was classified as a current liability.")
        // The whole keeps its own fact; the part takes the sentence's date.
        #expect(deferred == ["Deferred revenue 30.0x1000000 At January 31, 2025 current",
                             "Amount classified as current liability 12.0x1000000 At January 31, 2025 current"])
        let loans = facts("At March 31, 2025, loans to dealers were $500, of which approximately $75 is recorded in other current assets.")
        #expect(loans.contains(where: { $0.hasPrefix("Amount recorded in other current assets 75.0x1 ") }))
        // Without the comma, or without a passive participle and place, the part is not named.
        #expect(!facts("We had $6 million of tax contingencies of which $4 million was recorded in other liabilities.").contains(where: { $0.hasPrefix("Amount") }))
        #expect(!facts("Revenue was $30 million, of which $12 million is expected to be recognized next year.").contains(where: { $0.hasPrefix("Amount") }))
    }
}

/// **coordinatedSubject** (issue #20): a second clause after `and` that repeats the shape of an
/// amount opening its clause names its amount by its own participle and place, of the first's period.
@Suite("Facts: a second amount as the subject of a clause after and")
struct FactsCoordinatedSubjectTests {
    func facts(_ s: String, base: StatedPeriod? = nil) -> [String] { factLines(s, base: base) }

    @Test("the amount after `and` with its own passive verb, participle and place is named by them, of the first's period")
    func secondClauseNamed() {
        let credits = facts("At March 31, 2025, $1.52 billion is attributable to the State of Oregon and may be carried over indefinitely and $97 million is attributable to various other states and will begin to expire in fiscal year 2027.")
        #expect(credits == ["Amount attributable to State of Oregon 1.52x1000000000 At March 31, 2025 current",
                            "Amount attributable to various other states 97.0x1000000 At March 31, 2025 current"])
        #expect(facts("During fiscal 2025, $12 million was reclassified to cost of sales, and $3 million was reclassified to operating expenses.") ==
                ["Amount reclassified to cost of sales 12.0x1000000 fiscal 2025 current",
                 "Amount reclassified to operating expenses 3.0x1000000 fiscal 2025 current"])
    }

    @Test("an amount after `and` whose first amount is no subject of its clause is not named so")
    func firstNotSubject() {
        #expect(!facts("During 2024, the Company recorded $40 in other assets and $15 was presented in other liabilities.")
                    .contains(where: { $0.hasPrefix("Amount presented in other liabilities") }))
        #expect(!facts("During 2024, $40 will be paid to the sellers and $15 was presented in other liabilities.")
                    .contains(where: { $0.hasPrefix("Amount presented in other liabilities") }))
    }
}
