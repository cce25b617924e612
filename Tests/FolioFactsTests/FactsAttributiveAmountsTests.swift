import Testing
import FolioModel
@testable import FolioFacts

/// **coordinatedAmountBeforeNoun** and **commaAfterAmount** (issue #20): amounts printed as the
/// first modifier of their noun (`amountBeforeNoun`) with no article of their own after `and`,
/// or with a comma between the amount and a compound modifier.
@Suite("Facts: attributive amounts after and, a comma after the amount")
struct FactsAttributiveAmountsTests {
    let year = StatedPeriod.year(2024, text: "FY 2024")
    func facts(_ s: String, base: StatedPeriod? = nil) -> [String] { factLines(s, base: base) }

    @Test("coordinatedAmountBeforeNoun: an amount after and shares the article and verb of the amount before it")
    func coordinated() {
        #expect(facts("In March 2024, Norvale entered into a $4.0 billion 364-day bridge credit agreement and $2.0 billion 364-day term loan credit agreement.") ==
                ["364-day bridge credit agreement 4.0x1000000000 In March 2024 current",
                 "364-day term loan credit agreement 2.0x1000000000 In March 2024 current"])
        #expect(facts("In May 2024, we repaid the $1.2 billion term loan and $300 million revolving credit facility.") ==
                ["Term loan repaid 1.2x1000000000 In May 2024 current",
                 "Revolving credit facility repaid 300.0x1000000 In May 2024 current"])
        // Not after an amount that is no noun's first modifier (no article before it).
        #expect(!facts("In May 2024, Zentro borrowed $1.2 billion and $300 million revolving credit facility fees.", base: year)
                .contains { $0.hasPrefix("Revolving credit facility fees") })
        // Nor where the first amount's phrase does not reach `and`.
        #expect(!facts("In May 2024, Zentro entered into a $1.2 billion term loan due 2027 and $300 million revolving credit facility.")
                .contains { $0.hasPrefix("Revolving credit facility") })
    }

    @Test("commaAfterAmount: a comma between the amount and a compound modifier of its noun")
    func commaAfterAmount() {
        #expect(facts("Zentro maintains a $600 million, 2 -year receivables facility.", base: year) ==
                ["2 -year receivables facility 600.0x1000000 2024-12-31 (the end of the period) current"])
        #expect(facts("In June 2024, Zentro entered into a $250 million, five-year term loan.") ==
                ["Five-year term loan 250.0x1000000 In June 2024 current"])
        // Any other word after the comma is no word of the phrase.
        #expect(facts("In June 2024, Zentro entered into a $250 million, unsecured term loan.") == [])
    }

    @Test("amountBeforeNoun still refuses a one-word noun: no figure of the filing")
    func oneWordNoun() {
        #expect(facts("Norvale sees a $5 billion opportunity in cloud services.", base: year) == [])
        #expect(facts("The company addresses a $2 trillion market.", base: year) == [])
        #expect(facts("We met our $1 billion goal for 2024.", base: year) == [])
        #expect(facts("In June 2024, Zentro identified a $5 billion opportunity and $2 billion market.") == [])
    }
}
