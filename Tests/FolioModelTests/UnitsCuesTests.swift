@testable import FolioModel
import Testing

/// `UnitsParser.Cues`: the one pass that tells `UnitsParser.parse` which phrases can occur.
/// Every phrase `parse` searches for must raise its cue, or `parse` would skip a phrase
/// that is there.
@Suite struct UnitsCuesTests {
    @Test func everyCurrencyNameRaisesItsCue() {
        for (name, _, cue) in UnitsParser.currencyNames {
            #expect(UnitsParser.Cues.scan(UnitsParser.lowered("Amounts in \(name), net")).contains(cue), "\(name)")
        }
    }

    @Test func everyScalePhraseRaisesACueOfItsScale() {
        let thousands = ["thousand", "thous.", "'000", "\u{2019}000", "(000", "in 000", "000s", "000's"]
        for p in thousands {
            #expect(UnitsParser.Cues.scan(UnitsParser.lowered("(x \(p))")).any(.thousands), "\(p)")
        }
        for p in ["million", "mn)", "(mm"] {
            #expect(UnitsParser.Cues.scan(UnitsParser.lowered("(x \(p)")).any(.millions), "\(p)")
        }
        #expect(UnitsParser.Cues.scan(UnitsParser.lowered("In Billions")).contains(.illion))
        #expect(UnitsParser.Cues.scan(UnitsParser.lowered("EXCEPT per share")).contains(.except))
        #expect(UnitsParser.Cues.scan(UnitsParser.lowered("shares in thousands")).contains(.sharesIn))
    }

    @Test func aTextWithoutPhrasesHasNoCues() {
        #expect(UnitsParser.Cues.scan(UnitsParser.lowered("Total revenue 2024 (net)")).isEmpty)
        #expect(UnitsParser.Cues.scan(UnitsParser.lowered("mm 00 thou illio excep eu")).isEmpty)
        #expect(UnitsParser.parse("Total revenue 2024 (net)").isEmpty)
    }

    @Test func parseReadsEachPhraseAsBefore() {
        let u = UnitsParser.parse("(In millions of U.S. dollars, except per share data; shares in thousands)")
        #expect(u.scale == 1_000_000)
        #expect(u.currencies == ["USD"])
        #expect(u.exceptShares)
        #expect(u.shareScale == 1000)
        #expect(UnitsParser.parse("(RMB'000)").scale == 1000)
        #expect(UnitsParser.parse("(RMB'000)").currencies == ["RMB"])
        #expect(UnitsParser.parse("HK$ in billions").currencies == ["HKD"])
        #expect(UnitsParser.parse("€ mn)").currencies == ["EUR"])
        #expect(UnitsParser.parse("€ mn)").scale == 1_000_000)
    }
}
