import Testing
import FolioModel
@testable import FolioFacts

/// `partInKind` (issue #20): the parts of a consideration stated by what was paid.
@Suite("Facts: parts of a whole paid in cash or stock")
struct FactsPartInKindTests {
    @Test("partInKind: `which consisted of $X in cash` is the part of the whole paid so, of its period")
    func partInKind() {
        #expect(factLines("In 2024, the fair value of the consideration transferred for Zentro was $419 million, which consisted primarily of $374 million in cash.")
                == ["Fair value of the consideration transferred for Zentro 419.0x1000000 2024 current",
                    "Fair value of the consideration transferred for Zentro paid in cash 374.0x1000000 2024 current"])
        #expect(factLines("In 2024, the purchase price of $929 million consisted of $800 million in cash and $129 million in shares of common stock.")
                == ["Purchase price 929.0x1000000 2024 current",
                    "Purchase price paid in cash 800.0x1000000 2024 current",
                    "Purchase price paid in shares of common stock 129.0x1000000 2024 current"])
    }

    @Test("partInKind: no verb of consisting, or no `in cash` after the amount, is not this reader's")
    func partInKindNegative() {
        // Two amounts of their own, no parts.
        #expect(factLines("In 2024, revenue was $419 million, and Northwind held $374 million in cash.").allSatisfy { !$0.contains("paid in") })
        // A part named by its own noun stays `amountOfNoun`'s.
        #expect(factLines("In 2024, the purchase price of $929 million consisted of $800 million of notes.").allSatisfy { !$0.contains("paid in") })
    }
}
