import Testing
import FolioModel
@testable import FolioFacts

/// `reasonablyPossibleChange` (issue #20): the change a company judges reasonably possible in
/// a balance within the next year, on small hand-written sentences.
@Suite("Facts: reasonably possible changes in a balance")
struct FactsReasonablyPossibleTests {
    let year = PeriodParser.find(in: "year ended December 31, 2024")

    @Test("reasonablyPossibleChange: the change, named by its direction and the balance, at the period's end")
    func reasonablyPossibleChange() {
        #expect(factLines("It is reasonably possible that our gross unrecognized tax benefits may decrease by up to $35 million within the next 12 months.", base: year)
                == ["Reasonably possible decrease in gross unrecognized tax benefits 35.0x1000000 2024-12-31 (the end of the period) current"])
        #expect(factLines("Northwind believes it is reasonably possible that the liability for uncertain tax positions could change within the next twelve months by approximately $8 million.", base: year)
                == ["Reasonably possible change in liability for uncertain tax positions 8.0x1000000 2024-12-31 (the end of the period) current"])
        #expect(factLines("It is reasonably possible that Zentro’s unrecognized tax benefits will be reduced by $3 million.", base: year)
                == ["Reasonably possible reduction in unrecognized tax benefits 3.0x1000000 2024-12-31 (the end of the period) current"])
        #expect(factLines("We believe it is reasonably possible that a decrease of up to $15 million in unrecognized tax benefits may occur in the next year.", base: year)
                == ["Reasonably possible decrease in unrecognized tax benefits 15.0x1000000 2024-12-31 (the end of the period) current"])
        // A date the sentence states is the instant.
        #expect(factLines("As of June 30, 2025, it is reasonably possible that our unrecognized tax benefits could decrease by $4 million.", base: year)
                == ["Reasonably possible decrease in unrecognized tax benefits 4.0x1000000 As of June 30, 2025 current"])
    }

    @Test("reasonablyPossibleChange: no modal, no change verb, or no `reasonably possible`: not read so")
    func otherSentences() {
        #expect(factLines("It is reasonably possible that Alder will pay $40 million to settle the claim.", base: year) == [])
        #expect(factLines("Our unrecognized tax benefits may decrease by up to $35 million within the next 12 months.", base: year)
                .allSatisfy { !$0.hasPrefix("Reasonably possible") })
        #expect(factLines("It is reasonably possible that, in the view of Alder and its auditors, the reserve could change by $9 million.", base: year) == [])
    }
}
