import Testing
import FolioModel
@testable import FolioFacts

/// `partsInPlaces` (issue #20): the parts of an amount after `including`, each named by the
/// line it was booked in, on small hand-written sentences.
@Suite("Facts: parts of an amount named by their place")
struct FactsPartsInPlacesTests {
    func facts(_ s: String) -> [String] { factLines(s) }

    @Test("partsInPlaces: `$A including $B in X, $C in Y and $D in Z` names each part by its place, of the head's period")
    func partsInPlaces() {
        #expect(facts("For the six months ended June 30, 2025, the Company incurred severance charges of $42 including $20 in "
                      + "Cost of revenue, $15 in SG&A and $7 in Other expense, net.")
                == ["Severance charges 42.0x1 six months ended June 30, 2025 current",
                    "Severance charges in Cost of revenue 20.0x1 six months ended June 30, 2025 current",
                    "Severance charges in SG&A 15.0x1 six months ended June 30, 2025 current",
                    "Severance charges in Other expense 7.0x1 six months ended June 30, 2025 current"])
        // A place of several words with `and` inside it; a comma before `including`; the clause after the list cut.
        #expect(facts("In fiscal 2024, restructuring costs were $120 million, including $80 million in research and development "
                      + "and $40 million in cost of revenue, primarily for severance.")
                == ["Restructuring costs 120.0x1000000 fiscal 2024 current",
                    "Restructuring costs in research and development 80.0x1000000 fiscal 2024 current",
                    "Restructuring costs in cost of revenue 40.0x1000000 fiscal 2024 current"])
        // One part alone, its place after an article.
        #expect(facts("During 2024, the Company recorded impairment charges of $9 million including $6 million in the Europe segment.")
                == ["Impairment charges 9.0x1000000 2024 current",
                    "Impairment charges in Europe segment 6.0x1000000 2024 current"])
    }

    @Test("partsInPlaces: a period after `in`, a part without a place or a part of another noun is no place")
    func partsInPlacesNegative() {
        // `in the fourth quarter`, `in 2023`: a period, not a place.
        #expect(!facts("In 2024, revenue was $500 million, including $300 million in the fourth quarter.").contains { $0.contains(" in fourth") })
        #expect(facts("In 2024, revenue was $500 million, including $300 million in 2023.").allSatisfy { !$0.hasPrefix("Revenue in") })
        // A part named by its own noun stays `amountOfNoun`'s.
        #expect(facts("Total charges were $90 million in 2024, including $30 million of severance.")
                == ["Total charges 90.0x1000000 2024 current", "Severance 30.0x1000000 2024 current"])
        // A list whose second part names no place: none of the parts is read as placed.
        #expect(facts("In 2024, charges were $50 million, including $20 million in cost of sales and $30 million of severance.")
                .allSatisfy { !$0.hasPrefix("Charges in") })
    }
}
