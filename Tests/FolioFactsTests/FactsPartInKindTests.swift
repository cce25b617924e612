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

/// `coordinatedBareWord` (issue #20): a lone noun after `and` takes the qualifier of the one before.
@Suite("Facts: a lone noun sharing the qualifier before it")
struct FactsCoordinatedBareWordTests {
    @Test("coordinatedBareWord: `<qualifier> assets of $X and liabilities of $Y`: both qualified, one period")
    func coordinated() {
        #expect(factLines("At June 30, 2025, Northwind Services assets of $1,451 million and liabilities of $504 million were classified as held for sale.")
                == ["Northwind Services assets 1451.0x1000000 At June 30, 2025 current",
                    "Northwind Services liabilities 504.0x1000000 At June 30, 2025 current"])
        #expect(factLines("At December 31, 2024, the retail segment's payments of $80 million and obligations of $95 million were settled.").last
                == "Retail segment's obligations 95.0x1000000 At December 31, 2024 current")
    }

    @Test("coordinatedBareWord: a noun that names a measure, or a head without a qualifier, is not this reader's")
    func notCoordinated() {
        // The head is a lone noun: nothing to share.
        #expect(factLines("At June 30, 2025, assets of $1,451 million and liabilities of $504 million were held for sale.")
                .allSatisfy { !$0.contains(" liabilities 504") })
        // Words other than `and <noun> of` between.
        #expect(factLines("At June 30, 2025, Alder assets of $1,451 million were held for sale, and liabilities of $504 million were settled.")
                .allSatisfy { !$0.hasPrefix("Alder liabilities") })
    }
}
