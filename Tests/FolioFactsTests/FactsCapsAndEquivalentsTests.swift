import Testing
import FolioModel
@testable import FolioFacts

/// **standingCap**, **modifiersBeforeAmount** and **bracketedEquivalent** (issue #20): the size
/// of a facility or program the company has now, an amount with its kind's words printed before
/// it, and an amount restated in another currency in brackets.
@Suite("Facts: standing caps, modifiers before an amount, bracketed equivalents")
struct FactsCapsAndEquivalentsTests {
    let year = StatedPeriod.year(2024, text: "FY 2024")
    func facts(_ s: String, base: StatedPeriod? = nil) -> [String] { factLines(s, base: base) }

    @Test("standingCap: a facility or program the company has now, undated, is at the end of the span of time the text is under")
    func standingCap() {
        #expect(facts("We have a $575 million commercial paper program to support general corporate purposes.", base: year) ==
                ["Commercial paper program 575.0x1000000 2024-12-31 (the end of the period) current"])
        #expect(facts("Norvale currently has an existing $5.0 billion five-year revolving credit facility that matures in March 2028.", base: year) ==
                ["Five-year revolving credit facility 5.0x1000000000 2024-12-31 (the end of the period) current"])
        #expect(facts("The Revolving Credit Agreement provides for a $5.0 billion unsecured revolving credit facility.", base: year) ==
                ["Unsecured revolving credit facility 5.0x1000000000 2024-12-31 (the end of the period) current"])
        // Not in the past, not done with, not what is no facility, not under an event or no period.
        #expect(facts("We had a $575 million commercial paper program.", base: year) == [])
        #expect(facts("We repaid the $2.0 billion term loan.", base: year) == [])
        #expect(facts("We have a $5 million deductible insurance policy.", base: year) == [])
        #expect(facts("We have a $575 million commercial paper program.") == [])
        var event = StatedPeriod(kind: .instant, year: 2024, month: 6, day: 30, text: "In June 2024")
        event.isEvent = true
        #expect(facts("We have a $575 million commercial paper program.", base: event) == [])
        // An instant a sentence before set is not the date the cap stands at.
        let instant = StatedPeriod(kind: .instant, year: 2023, month: 12, day: 31, text: "as of December 31, 2023")
        #expect(facts("We have a $575 million commercial paper program.", base: instant) == [])
    }

    @Test("modifiersBeforeAmount: compounds and a facility's kind words between the article and the amount, a comma after each")
    func modifiersBeforeAmount() {
        #expect(facts("In May 2023, Norvale entered into an amended and restated credit agreement for a five-year, unsecured $7.0 billion revolving credit facility, which will expire in May 2028.") ==
                ["Revolving credit facility 7.0x1000000000 In May 2023 current"])
        #expect(facts("On April 12, 2024, Norvale entered into a five-year , $3 billion unsecured revolving credit facility.") ==
                ["Unsecured revolving credit facility 3.0x1000000000 On April 12, 2024 current"])
        #expect(facts("Norvale has a committed five-year unsecured $8 billion revolving credit facility.", base: year) ==
                ["Revolving credit facility 8.0x1000000000 2024-12-31 (the end of the period) current"])
        #expect(facts("On April 12, 2024, Norvale replaced its previous $1 billion unsecured revolving credit facility.") ==
                ["Unsecured revolving credit facility 1.0x1000000000 On April 12, 2024 current"])
        // (A word of time after the noun ends the phrase: `originally due`.)
        #expect(facts("In July 2022, Norvale entered into an unsecured INR 22.7 billion term loan originally due July 2023.") ==
                ["Term loan 22.7x1000000000 In July 2022 current"])
        // (One compound, as before: `a 364 -day $1.5 billion credit facility`.)
        #expect(facts("In July 2024, we renewed a 364 -day $1.5 billion credit facility.") ==
                ["Credit facility 1.5x1000000000 In July 2024 current"])
        // Any other word before the amount is no modifier of the facility's kind.
        #expect(facts("In May 2023, Norvale entered into a large $7.0 billion revolving credit facility.") == [])
        #expect(facts("In May 2023, Norvale entered into a very long five-year $7.0 billion revolving credit facility.") == [])
    }

    @Test("bracketedEquivalent: the noun after a bracket restating the amount in another currency names both")
    func bracketedEquivalent() {
        #expect(facts("Following these settlements, approximately £0.3 billion (approximately $0.4 billion as of December 31, 2024) of unresolved damages claims remain.", base: year) ==
                ["Unresolved damages claims remain 0.3x1000000000 as of December 31, 2024 current",
                 "Unresolved damages claims remain 0.4x1000000000 as of December 31, 2024 current"])
        #expect(facts("In February 2022, Norvale issued €750 million ($781 million and $830 million as of December 31, 2024 and 2023, respectively) principal amount of notes due February 2029.") ==
                ["Notes issued 750.0x1000000 In February 2022 current",
                 "Notes issued 781.0x1000000 as of December 31, 2024 current",
                 "Notes issued 830.0x1000000 2023 comparative"])
        // A bracket in the same currency restates nothing: it says something else of the amount.
        #expect(facts("In 2024, Norvale recorded $5 million ($3 million after tax) of restructuring charges.").first?.hasPrefix("Restructuring charges") != true)
    }
}
