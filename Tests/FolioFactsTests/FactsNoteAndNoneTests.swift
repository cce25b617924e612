import Testing
import FolioModel
@testable import FolioFacts

/// Two recall rules of issue #20 on small hand-written notes: a note label glued to the
/// first word of its note (`noteLabelOpening`), and an amount stated as none (`noneStated`).
@Suite("Facts: note labels and amounts stated as none")
struct FactsNoteAndNoneTests {
    /// Each fact of `s` read as one paragraph: metric, value, period end or instant.
    func facts(_ s: String, base: StatedPeriod? = nil) -> [String] {
        let t = Array(s.utf8)
        return NarrativeExtractor.sentences(t, 0..<t.count).flatMap { r in
            NarrativeExtractor.extract(t, sentence: r, base: base) + NarrativeExtractor.noneStated(t, sentence: r, base: base)
        }.map { f in
            let p = f.period?.factPeriod
            return "\(f.metric) = \(f.figure.value) @ \(p?.instant ?? p?.end ?? "nil")"
        }
    }

    @Test("noteLabelOpening: `(1)As of ...` opens after its label")
    func noteLabelOpening() {
        let s = "(1)As of September 30, 2024 and 2023, the book value of preferred stock was $540 million and $456 million, respectively."
        let t = Array(s.utf8)
        let r = NarrativeExtractor.sentences(t, 0..<t.count)
        #expect(r.map { NarrativeExtractor.str(t, $0.lowerBound, $0.upperBound) }.first?.hasPrefix("As of September 30") == true)
        #expect(facts(s) == ["Book value of preferred stock = 540.0 @ 2024-09-30", "Book value of preferred stock = 456.0 @ 2023-09-30"])
        // The same with a space after the label, and a letter label.
        #expect(facts("(2) As of September 30, 2024, goodwill was $1.2 billion.") == ["Goodwill = 1.2 @ 2024-09-30"])
        #expect(facts("(a)During fiscal 2024 and 2023, research expense was $12 million and $10 million, respectively.",
                      base: nil).count == 2)
    }

    @Test("noteLabelOpening: no label, or no capital after it, leaves the sentence whole")
    func noteLabelOpeningNegative() {
        for s in ["(2024)As of June 30, the balance was $5 million.", "(b) 1.0030 and 1.7860, the rates.",
                  "(In millions)Revenue was $5 million.", "(1)as of June 30, 2025, it was $5 million."] {
            let t = Array(s.utf8)
            #expect(NarrativeExtractor.sentences(t, 0..<t.count).first?.lowerBound == 0, "\(s)")
        }
    }

    @Test("noneStated: `there were no`, `had no`, `No ... were` state a nil amount, of the sentence's period")
    func noneStated() {
        #expect(facts("There were no borrowings outstanding under the Short-Term Credit Agreement or the prior agreement as of December 31, 2024.")
                == ["Borrowings outstanding under the Short-Term Credit Agreement = 0.0 @ 2024-12-31"])
        #expect(facts("As of November 29, 2024, there were no outstanding borrowings under this Revolving Credit Agreement.")
                == ["Outstanding borrowings under this Revolving Credit Agreement = 0.0 @ 2024-11-29"])
        #expect(facts("During 2024, there have been no transfers of assets or liabilities into or out of Level 3 of the fair value hierarchy.")
                == ["Transfers of assets or liabilities = 0.0 @ 2024-12-31"])
        #expect(facts("As of September 30, 2024 and 2023, the Company had no amounts outstanding under the credit facility.")
                == ["Amounts outstanding under the credit facility = 0.0 @ 2024-09-30"])
        #expect(facts("No amounts were outstanding under the company's credit facilities as of December 31, 2024 and December 31, 2023.")
                == ["Amounts outstanding under the company's credit facilities = 0.0 @ 2024-12-31"])
        #expect(facts("As of June 30, 2025, no amounts have been borrowed under the Revolving Credit Agreement.").isEmpty)
        #expect(facts("As of December 31, 2024 and 2023, there were no accumulated goodwill impairment losses.")
                == ["Accumulated goodwill impairment losses = 0.0 @ 2024-12-31"])
    }

    @Test("allowanceFor: `no allowance for <noun>` names the allowance by its `for`")
    func allowanceFor() {
        #expect(facts("As of March 31, 2025, no allowance for credit losses on receivables was recorded.")
                == ["Allowance for credit losses = 0.0 @ 2025-03-31"])
        #expect(facts("There was no allowance for doubtful accounts as of December 31, 2024.")
                == ["Allowance for doubtful accounts = 0.0 @ 2024-12-31"])
        // A period after `for` names no allowance; a present states a policy.
        #expect(facts("There was no allowance for the year ended December 31, 2024.").isEmpty)
        #expect(facts("As of March 31, 2025, no allowance for credit losses is required.").isEmpty)
    }

    @Test("noneEachPeriod: none stated for a list of periods is a fact for each, the later ones comparatives")
    func noneEachPeriod() {
        #expect(facts("There were no impairment charges related to any of our intangible assets in fiscal 2024, fiscal 2023, or fiscal 2022.")
                == ["Impairment charges = 0.0 @ 2024-12-31", "Impairment charges = 0.0 @ 2023-12-31",
                    "Impairment charges = 0.0 @ 2022-12-31"])
        #expect(facts("There were no impairments of goodwill during the six months ended June 30, 2025 and 2024.")
                == ["Impairments of goodwill = 0.0 @ 2025-06-30", "Impairments of goodwill = 0.0 @ 2024-06-30"])
        let t = Array("There were no impairment charges in 2024 and 2023.".utf8)
        let f = NarrativeExtractor.noneStated(t, sentence: 0..<t.count, base: nil)
        #expect(f.map(\.role) == ["current", "comparative"] && f.map(\.of) == [nil, 0])
        // One period, or two dates (`oneFigureTwoDates`' to read): one fact.
        #expect(facts("There were no impairment charges in fiscal 2024.") == ["Impairment charges = 0.0 @ 2024-12-31"])
        #expect(facts("There were no borrowings outstanding under the credit facility as of December 31, 2024 and 2023.")
                == ["Borrowings outstanding under the credit facility = 0.0 @ 2024-12-31"])
    }

    @Test("noneStated: no amount of money, or no frame, is no fact")
    func noneStatedNegative() {
        for s in ["There is no assurance that the program will be completed by December 31, 2025.",
                  "No preferred stock was outstanding as of December 31, 2024.",
                  "We have no obligation to repurchase shares as of December 31, 2024.",
                  "The program has no expiration date and no borrowings will be made in 2025.",
                  "As of January 29, 2023, we had no t issued any commercial paper.",
                  "Goodwill was no t impaired in any of these years ended December 31, 2024.",
                  // A present states a policy; one word names no measure.
                  "There is no expense or asset information supplemental to the segment measures.",
                  "As the investments are available-for-sale, no gains or losses are recognized unless they are sold.",
                  "We have no outstanding borrowings under the facility as of June 30, 2025.",
                  "As of February 1, 2024, we concluded there was no impairment as of that date.",
                  // Owed under what is not said; a noun an infinitive qualifies is cut short.
                  "The company repaid the notes and there were no amounts outstanding as of December 31, 2024.",
                  // (`costs to obtain`, `costs to fulfill` name which costs: `costsToObtain`.)
                  "There were no impairments of assets to be sold for fiscal 2025 and 2024."] {
            #expect(facts(s).isEmpty, "\(s)")
        }
    }

    @Test("noneStated: an undated nil amount is no fact, whatever date an earlier sentence named")
    func noneStatedUndated() throws {
        let lines = ["Note 7 - Debt",
                     "The prior agreement provided for a credit facility that was scheduled to mature on December 23, 2025. "
                     + "There were no outstanding borrowings under the Prior Credit Agreement."]
        var (doc, spans, at) = linesDocument("d", lines)
        doc.sections = [Section(id: 1, parentId: nil, level: 1, heading: lines[0], span: Span(start: 0, end: at))]
        doc.blocks = [Block(id: 1, sectionId: 1, kind: .heading, text: lines[0], span: spans[0]),
                      Block(id: 2, sectionId: 1, kind: .paragraph, text: lines[1], span: spans[1])]
        doc.metadata.periodEnd = "2025-01-31"
        doc.metadata.fiscalPeriod = "FY"
        doc.metadata.fiscalYear = 2025
        try FactsStage(options: StageOptions()).process(&doc)
        let got = doc.facts.map { "\($0.metric) \($0.value ?? -1) \($0.period?.end ?? $0.period?.instant ?? "nil") \($0.unit ?? "nil")" }
        #expect(got.isEmpty)
        // Dated in its own sentence, it is one.
        let dated = "There were no outstanding borrowings under the Prior Credit Agreement as of January 31, 2025."
        var (doc2, spans2, _) = linesDocument("d", [lines[0], dated])
        doc2.sections = doc.sections
        doc2.blocks = [Block(id: 1, sectionId: 1, kind: .heading, text: lines[0], span: spans2[0]),
                       Block(id: 2, sectionId: 1, kind: .paragraph, text: dated, span: spans2[1])]
        doc2.metadata = doc.metadata
        try FactsStage(options: StageOptions()).process(&doc2)
        #expect(doc2.facts.map { "\($0.metric) \($0.value ?? -1) \($0.period?.instant ?? "nil")" }
                == ["Outstanding borrowings under the Prior Credit Agreement 0.0 2025-01-31"])
    }

    @Test("hasNoWord: the word `no` alone, in either case, at any offset; never inside a word")
    func noWordScan() {
        func has(_ s: String, from: Int = 0) -> Bool {
            let t = Array(s.utf8)
            return NarrativeExtractor.hasNoWord(t, from..<t.count)
        }
        for s in ["no", "No amounts", "there were no borrowings", "x no", "xx no", "NO AMOUNTS", "(no)", "a, no."] {
            #expect(has(s), "\(s)")
        }
        for s in ["", "n", "not", "know", "piano", "None", "nos", "anno", "Nobody", "on"] {
            #expect(!has(s), "\(s)")
        }
        // The range bounds the word: `no` at its edges stands alone there.
        #expect(has("piano", from: 3))
        #expect(!has("known", from: 1))
    }

    @Test("perfectNone: `there has|have been no` with no period is of the section's or filing's duration")
    func perfectNone() {
        let fy = StatedPeriod(kind: .duration(months: 12), year: 2024, month: 6, day: 30, text: "FY 2024 (the filing's period)")
        #expect(facts("There have been no transfers of assets or liabilities into or out of Level 3.", base: fy)
                == ["Transfers of assets or liabilities = 0.0 @ 2024-06-30"])
        #expect(facts("Since the plan began, there has been no impairment charges on the retained interests.", base: fy)
                == ["Impairment charges = 0.0 @ 2024-06-30"])
        // A past perfect, a present, no base or an instant one: no fact.
        let day = StatedPeriod(kind: .instant, year: 2024, month: 6, day: 30, text: "June 30, 2024")
        #expect(facts("There had been no transfers of assets or liabilities into or out of Level 3.", base: fy).isEmpty)
        #expect(facts("There are no transfers of assets or liabilities into or out of Level 3.", base: fy).isEmpty)
        #expect(facts("There have been no transfers of assets or liabilities into or out of Level 3.").isEmpty)
        #expect(facts("There have been no transfers of assets or liabilities into or out of Level 3.", base: day).isEmpty)
    }

    @Test("bookedNone: `accrued|recorded|recognized|incurred no <amount>` is none booked in the sentence's periods")
    func bookedNone() {
        #expect(facts("In fiscal 2025 and 2024, the Bank accrued no significant penalties.")
                == ["Significant penalties accrued = 0.0 @ 2025-12-31", "Significant penalties accrued = 0.0 @ 2024-12-31"])
        #expect(facts("During 2023, the Partnership recorded no impairment charges on its pipelines.")
                == ["Impairment charges recorded = 0.0 @ 2023-12-31"])
        // No period stated, or one word naming no measure: no fact.
        #expect(facts("The Bank accrued no significant penalties on the settled matters.").isEmpty)
        #expect(facts("During 2023, the Partnership recognized no impairment.").isEmpty)
    }

    @Test("notImpaired: `<noun phrase> was|were not impaired` is an impairment of none in each stated period")
    func notImpaired() {
        #expect(facts("During fiscal 2025, 2024 and 2023, we completed our annual tests and concluded that goodwill was not impaired in any of these years.")
                == ["Impairment of goodwill = 0.0 @ 2025-12-31", "Impairment of goodwill = 0.0 @ 2024-12-31",
                    "Impairment of goodwill = 0.0 @ 2023-12-31"])
        #expect(facts("In the third quarter of 2024, our indefinite-lived brand names were not impaired.")
                == ["Impairment of indefinite-lived brand names = 0.0 @ 2024-09-30"])
        #expect(facts("Based on the assessment performed in 2024, the Bank’s indefinite-lived licenses were not impaired.")
                == ["Impairment of indefinite-lived licenses = 0.0 @ 2024-12-31"])
        // A present states a policy; no period, or a date only, no fact.
        #expect(facts("The Bank concluded that goodwill was not impaired and had no losses at December 31, 2024.").isEmpty)
        #expect(facts("Goodwill is not impaired unless its carrying amount exceeds its fair value in 2024.").isEmpty)
        #expect(facts("We concluded that goodwill was not impaired.").isEmpty)
    }
}
