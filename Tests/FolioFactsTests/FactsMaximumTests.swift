import Testing
import FolioModel
@testable import FolioFacts

/// Amounts stated as a maximum, `up to $X` (issue #20): `maximumUpTo` and
/// `maximumInModalFrame`. Made-up sentences.
@Suite("Facts: maximums a facility or agreement allows")
struct FactsMaximumTests {
    func dated(_ s: String) -> [String] { FactsFromToTests().dated(s) }

    @Test("maximumUpTo: `<noun> of up to $X`, `up to $X of|in <noun>` is the noun's maximum")
    func maximumUpTo() {
        #expect(dated("In March 2024, we entered into a credit agreement providing for a senior secured term loan of up to $1.2 billion.") ==
                ["Maximum senior secured term loan 1.2 current 2024-03-31"])
        #expect(dated("As of December 31, 2024, Northwind could make additional payments of up to $250 million upon the achievement of regulatory milestones.") ==
                ["Maximum additional payments 250.0 current 2024-12-31"])
        #expect(dated("On May 2, 2024, the board approved a program to repurchase up to $2.0 billion of our common stock.") ==
                ["Maximum repurchase of common stock 2.0 current 2024-05-02"])
        #expect(dated("At June 30, 2025, the facility allows us to carry up to a total of $12.5 billion of debt.") ==
                ["Maximum debt 12.5 current 2025-06-30"])
    }

    @Test("maximumUpTo: a risk, a limit for each, a possible change or a place is no maximum of the filing")
    func notMaximumUpTo() {
        #expect(dated("As of December 31, 2024, violations of these laws may result in fines of up to $10 million.") == [])
        #expect(dated("In 2024, we matched up to $5,000 of donations, per employee, to eligible charities.") == [])
        #expect(dated("As of December 31, 2024, the reserve may decrease by up to $30 million over the next 12 months.") == [])
        #expect(dated("In 2024, we announced that we will invest up to $2.0 billion in a new plant.") == [])
        #expect(dated("In 2024, the program had an aggregate value of up to $150 million.") == [])
    }
}
