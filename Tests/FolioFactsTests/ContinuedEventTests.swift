import Testing
import FolioModel
@testable import FolioFacts

/// `continuedEvent`: a sentence that points back to the event the sentence before it dated
/// is of the event's date (issue #20).
@Suite("Facts: continuedEvent")
struct ContinuedEventTests {
    func event(_ year: Int, _ month: Int, _ day: Int, _ phrase: String) throws -> StatedPeriod {
        StatedPeriod.event(try #require(CalendarDate(year: year, month: month, day: day)), phrase: phrase)
    }

    @Test("a sentence opening with `This` or with its amount after `The` takes the event's date")
    func continued() throws {
        let march = try event(2025, 3, 31, "In March 2025")
        #expect(factLines("This change included lowering the commitments under the 364-day revolving facility from $2.5 billion to $1.5 billion.",
                          base: march).contains("Commitments under the 364-day revolving facility 1.5x1000000000 In March 2025 current"))
        let august = try event(2023, 8, 31, "In August 2023")
        #expect(factLines("The $4.0 billion bridge facility also provided that the commitments would be reduced by any net proceeds.",
                          base: august) == ["Bridge facility 4.0x1000000000 In August 2023 current"])
        #expect(factLines("These amendments added a $750 million revolving credit facility scheduled to mature in 2029.",
                          base: august).contains("Revolving credit facility 750.0x1000000 In August 2023 current"))
    }

    @Test("no event, no pointing back, or a size the event ends: no fact of the event's date")
    func notContinued() throws {
        let march = try event(2025, 3, 31, "In March 2025")
        // A period, not an event: a facility is no figure of the filing's own period.
        #expect(factLines("The $4.0 billion bridge facility also provided that the commitments would be reduced.",
                          base: StatedPeriod.year(2025, text: "2025")) == [])
        // A sentence that does not point back to the event.
        #expect(factLines("Separately, lenders hold a $3.0 billion revolving credit facility scheduled to expire in 2028.", base: march)
            .allSatisfy { !$0.contains("In March 2025") })
        // What the event ends no longer stands at its date.
        #expect(factLines("This change included terminating the three-year $0.8 billion back-up credit facility that was scheduled to expire in 2027.",
                          base: march).allSatisfy { !$0.contains("In March 2025") })
    }
}

extension ContinuedEventTests {
    @Test("the verb nearest the amount decides: a facility ended, then another's commitments lowered")
    func nearestVerb() throws {
        let march = try event(2025, 3, 31, "In March 2025")
        let lines = factLines("This change included terminating the two-year $0.8 billion back-up facility that was scheduled to expire in 2027 and lowering the commitments under the 364-day back-up facility from $2.5 billion to $1.5 billion.", base: march)
        #expect(lines.contains { $0.hasPrefix("Commitments under the 364-day back-up facility 1.5x1000000000 In March 2025") })
        #expect(lines.allSatisfy { !$0.contains("0.8x") })
    }
}

/// `objectBeforeExpiry`: an expiry clause between a changed object and its link word.
@Suite("Facts: objectBeforeExpiry")
struct ObjectBeforeExpiryTests {
    @Test("the object of a change ends before the clause that says when it expires")
    func objectBeforeExpiry() {
        #expect(factLines("In June 2025, we lowered the commitments under the 364-day revolving facility that is scheduled to expire in June 2026 from $2.5 billion to $1.5 billion.")
            == ["Commitments under the 364-day revolving facility 1.5x1000000000 In June 2025 current"])
        #expect(factLines("In March 2025, we increased the receivables facility expiring in 2027 from $600 million to $800 million.")
            == ["Receivables facility 800.0x1000000 In March 2025 current"])
        // A clause that ends on no year, or a year that is no expiry's, is no such clause.
        #expect(factLines("In June 2025, we lowered the commitments under the facility that we entered into with lenders from $2.5 billion to $1.5 billion.").isEmpty)
    }
}

/// `continuedPeriod`: the duration a sentence opens with, handed on to the sentence after it
/// that points back.
@Suite("Facts: continuedPeriod")
struct ContinuedPeriodTests {
    func sentences(_ s: String) -> ([UInt8], [Range<Int>]) {
        let t = Array(s.utf8)
        return (t, NarrativeExtractor.sentences(t, 0..<t.count))
    }

    @Test("`As part of` or `This` after a sentence opening with a duration: of that duration")
    func continued() throws {
        let (t, ss) = sentences("During the quarter ended March 31, 2025, Northwind refinanced its term loan. As part of the refinancing, Northwind repaid the existing $1.5 billion term loan and borrowed $1.5 billion under a new term loan.")
        try #require(ss.count == 2)
        #expect(NarrativeExtractor.openingDuration(t, ss[0], base: nil) != nil)
        let p = try #require(NarrativeExtractor.continuedPeriod(t, ss[1], previous: (ss[0], nil), base: nil))
        let lines = NarrativeExtractor.extract(t, sentence: ss[1], base: p).map { "\($0.metric) \($0.figure.value) \($0.period?.factPeriod.start ?? "-") \($0.period?.factPeriod.end ?? "-")" }
        #expect(lines == ["Term loan repaid 1.5 2025-01-01 2025-03-31", "Amount borrowed under new term loan 1.5 2025-01-01 2025-03-31"])
        let (u, rs) = sentences("In fiscal 2024, the company amended its credit agreement. These amendments added a $500 million revolving facility.")
        let q = NarrativeExtractor.openingDuration(u, rs[0], base: nil)
        #expect(NarrativeExtractor.continuedPeriod(u, rs[1], previous: (rs[0], nil), base: nil)?.text == q?.text)
    }

    @Test("no opening duration, no pointing back, or a period of its own: nothing handed on")
    func notContinued() throws {
        let (t, ss) = sentences("The company refinanced its term loan during the quarter ended March 31, 2025. As part of the refinancing, it repaid $1.5 billion.")
        #expect(NarrativeExtractor.openingDuration(t, ss[0], base: nil) == nil)
        let (u, rs) = sentences("During 2024, the company refinanced its term loan. Separately, it repaid $1.5 billion of notes. As part of the refinancing, it repaid $1.0 billion in 2023.")
        let q = NarrativeExtractor.openingDuration(u, rs[0], base: nil)
        #expect(q != nil)
        #expect(NarrativeExtractor.continuedPeriod(u, rs[1], previous: (rs[0], nil), base: nil) == nil)
        #expect(NarrativeExtractor.continuedPeriod(u, rs[2], previous: (rs[0], nil), base: nil) == nil)
        // (The sentence right before only: a duration two sentences back is no longer handed on.)
        #expect(NarrativeExtractor.continuedPeriod(t, ss[1], previous: (ss[0], nil), base: nil) == nil)
    }
}
