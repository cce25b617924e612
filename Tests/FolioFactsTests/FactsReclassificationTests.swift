import Testing
import FolioModel
@testable import FolioFacts

/// `expectedReclassification` (issue #20): the hedge gains and losses a company expects to
/// reclassify out of accumulated other comprehensive income, on small hand-written sentences.
@Suite("Facts: amounts expected to be reclassified out of AOCI")
struct FactsReclassificationTests {
    let year = PeriodParser.find(in: "year ended December 31, 2024")

    @Test("expectedReclassification: each amount named by its gain or loss and its place, at the period's end")
    func expectedReclassification() {
        #expect(factLines("Assuming market rates remain constant, Northwind expects to reclassify pre-tax gains of $126 million into cost of products sold and pre-tax losses of $21 million into interest expense, net over the next 12 months.", base: year)
                == ["Pre-tax gains expected to be reclassified into cost of products sold 126.0x1000000 2024-12-31 (the end of the period) current",
                    "Pre-tax losses expected to be reclassified into interest expense 21.0x1000000 2024-12-31 (the end of the period) current"])
        #expect(factLines("Based on its portfolio of cash flow hedges, Zentro expects to reclassify losses of $8 million (pre-tax) out of AOCI into earnings during the next 12 months.", base: year)
                == ["Losses expected to be reclassified into earnings 8.0x1000000 2024-12-31 (the end of the period) current"])
        // A date the sentence states is the instant.
        #expect(factLines("As of June 30, 2025, Alder expects to reclassify net gains of $4 million into revenue within the next twelve months.", base: year)
                == ["Net gains expected to be reclassified into revenue 4.0x1000000 As of June 30, 2025 current"])
    }

    @Test("expectedReclassification: other expectations stay forward-looking, no fact")
    func otherExpectations() {
        #expect(factLines("Northwind expects to repurchase shares of $2.0 billion in 2025.", base: year) == [])
        #expect(factLines("Zentro expects revenue of $5.0 billion in 2025.", base: year) == [])
        // A reclassification that is no gain or loss.
        #expect(factLines("Alder expects to reclassify its building of $40 million into assets held for sale.", base: year) == [])
    }
}
