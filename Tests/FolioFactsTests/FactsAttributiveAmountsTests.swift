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

/// **gluedFootnoteMarker**, **openingAmountBeforeNoun** and **issuedInPeriod** (issue #20): a
/// footnote under a debt table that opens with its amount, its marker glued to the currency.
@Suite("Facts: footnotes opening with an amount before its noun")
struct FactsOpeningAmountTests {
    func facts(_ s: String, base: StatedPeriod? = nil) -> [String] { factLines(s, base: base) }

    @Test("gluedFootnoteMarker: one or two digits glued to a currency opening the sentence are no figure")
    func gluedMarker() {
        let t = Array("1€600 million euro-denominated notes issued in March 2023.".utf8)
        let figures = FigureScanner.scan(t, 0..<t.count)
        #expect(figures.map { "\($0.unit ?? "-") \($0.value)x\($0.scale)" } == ["EUR 600.0x1000000"])
        let u = Array("12CHF150 million loan.".utf8)
        #expect(FigureScanner.scan(u, 0..<u.count).map { "\($0.unit ?? "-") \($0.value)" } == ["CHF 150.0"])
        // (Three digits are no marker: the amount stays unread as before.)
        let v = Array("123€5 million notes.".utf8)
        #expect(!FigureScanner.scan(v, 0..<v.count).contains { $0.unit == "EUR" })
    }

    @Test("openingAmountBeforeNoun and issuedInPeriod: a footnote's amount is of the month its debt was issued")
    func openingFootnote() {
        #expect(facts("1€600 million euro-denominated notes issued in March 2023.") ==
                ["Euro-denominated notes 600.0x1000000 in March 2023 current"])
        #expect(facts("2 CHF150 million Swiss franc-denominated term loan issued on May 4, 2022.") ==
                ["Swiss franc-denominated term loan 150.0x1000000 on May 4, 2022 current"])
        // No period stated, a one-word noun, or an article before the amount: not dated by the issue.
        #expect(facts("1€600 million euro-denominated notes.") == [])
        #expect(facts("1€600 million notes issued in March 2023.") == [])
        #expect(facts("Zentro repaid a $500 million term loan issued in June 2021.") == [])
    }

    @Test("modifierStops: also ends the phrase before the verb")
    func alsoEnds() {
        #expect(facts("On June 3, 2024, the $2.0 billion credit facility also provided for a commitment fee.") ==
                ["Credit facility 2.0x1000000000 On June 3, 2024 current"])
    }
}
