import Testing
import FolioModel
@testable import FolioFacts

@Suite("Facts: only figures of the filing, under a metric that is a noun phrase")
struct FactAdmissionTests {
    /// `metric value` of every fact `extract` reads from `s`.
    func facts(_ s: String, base: StatedPeriod? = StatedPeriod.year(2023, text: "2023")) -> [String] {
        let t = Array(s.utf8)
        return NarrativeExtractor.extract(t, sentence: 0..<t.count, base: base).map { "\($0.metric) \($0.figure.value)" }
    }

    /// `isRange` of the first two figures of `s`; nil unless it has two.
    func range(_ s: String) -> Bool? {
        let t = Array(s.utf8)
        let f = FigureScanner.scan(t, 0..<t.count)
        guard f.count == 2 else { return nil }
        return FactAdmission.isRange(t, f[0], f[1], from: 0)
    }

    @Test("metricNounPhrase: clauses keep their subject, leading adverbs go; fragments, places and bare count nouns are turned away")
    func nounPhrases() {
        func np(_ s: String) -> String? { FactAdmission.nounPhrase(s) }
        #expect(np("Net revenue") == "Net revenue")
        #expect(np("Net income (loss)") == "Net income (loss)")
        #expect(np("Net revenue change") == "Net revenue change")
        #expect(np("Shares repurchased") == "Shares repurchased")
        // A clause: its subject; inverted, what follows its verb.
        #expect(np("Costs of the facility are included in interest expense and") == "Costs of the facility")
        #expect(np("Acquisition expenses, which were comprised of legal fees,") == "Acquisition expenses")
        #expect(np("Included in inventories on our balance sheets are deferred costs") == "Deferred costs")
        // (`Assets` alone does not say which: `bareWords`.)
        #expect(np("Included in inventories on our balance sheets are assets") == nil)
        #expect(np("Respectively, as well as state loss carryforwards") == "State loss carryforwards")
        // A fragment ending in a conjunction or preposition; a place; a participle start.
        #expect(np("Shares purchased under") == nil)
        #expect(np("Primarily due") == nil)
        #expect(np("Included in other long-term liabilities on our balance sheets") == nil)
        #expect(np("Per share on an average base") == nil)
        // What is counted, without which count; a qualifier left alone.
        #expect(np("Shares") == nil)
        #expect(np("Shares change") == nil)
        #expect(np("Net") == nil)
        // A subject without a word is no metric.
        #expect(np("2024, which was") == nil)
        #expect(np("3.5, which") == nil)
    }

    @Test("metricNounPhrase: an offsetting clause and an adjective left before `to` are no metric; a bullet label and a footnote's verb go")
    func fragments() {
        func np(_ s: String) -> String? { FactAdmission.nounPhrase(s) }
        #expect(np("Offset by the positive impacts of higher pricing") == nil)
        #expect(np("Exercise price equal") == nil)
        // A noun that merely starts with such a word is kept.
        #expect(np("Offset agreements") == "Offset agreements")
        // leadingVerb.
        #expect(np("Includes property and equipment added under finance leases") == "Property and equipment added under finance leases")
        #expect(np("Also includes intangible asset amortization expense") == "Intangible asset amortization expense")
        #expect(np("Excludes finance lease obligations") == "Finance lease obligations")
        // labelColon.
        #expect(np("Cash: Cash provided by operations") == "Cash provided by operations")
        #expect(np("Liquidity: Total debt") == "Total debt")
    }

    @Test("attributivePercent: a stake or a coupon is not a figure of the period")
    func attributivePercent() {
        #expect(facts("In 2023, the company was a 10% partner in the venture.") == [])
        #expect(facts("In 2023, the company repaid $1.3 billion of 3.75% senior notes.").allSatisfy { !$0.hasSuffix(" 3.75") })
        #expect(facts("In 2023, the effective tax rate was 21% of pre-tax income.") == ["Effective tax rate 21.0"])
    }

    @Test("comparativePercent: a percent before `<comparative> than` compares, it states no figure")
    func comparativePercents() {
        #expect(facts("The new platform is around 60% lighter than a conventional platform in 2023.").isEmpty)
        #expect(facts("The new engine is 25% more efficient than the old one in 2023.").isEmpty)
        #expect(!facts("The utilization rate was 60% in 2023, higher than in 2022.").isEmpty)
    }

    @Test("componentOfSubject and comparisonWithoutCurrent: a part of the subject, a comparative without its current")
    func componentsAndComparatives() {
        #expect(facts("In 2023, net cash used in financing activities was primarily related to $7.8 billion used for repurchases.") == [])
        // (The part is no level of the subject; it is its own noun's change: `changeNoun`.)
        #expect(facts("In 2023, operating income increased, primarily due to a $12 million increase in revenue.") == ["Revenue change 12.0"])
        #expect(facts("Diluted earnings per share compared to diluted earnings per share of $4.20 in 2022.") == [])
        // A statement with its comparative is read as before.
        #expect(facts("Net income attributable to the company was $5.0 million in 2023.") == ["Net income attributable to the company 5.0"])
    }

    @Test("forwardLooking: figures after a plan, a target or a hypothetical are not facts; before it they are")
    func forwardLooking() {
        #expect(facts("Our goal is to save 60 billion gallons of water in 2030.") == [])
        #expect(facts("A 10% change in exchange rates would result in a translation adjustment of $2.1 billion.") == [])
        #expect(facts("Revenue was $5.0 billion in 2023, and we expect revenue of $6.0 billion in 2024.") == ["Revenue 5.0"])
        // A modal in a relative clause describes a noun; the sentence still states a figure.
        #expect(facts("In 2023, the amount of tax benefits that would impact the tax rate was $4.3 billion.") == ["Amount of tax benefits 4.3"])
    }

    @Test("targetYear: a figure followed by `by <later year>` is a target")
    func targetYear() {
        #expect(facts("Women in leadership reached 40% of our workforce by 2030.") == [])
        // `by` with the year of the period itself is no target.
        #expect(facts("Women in leadership reached 40% of our workforce by 2023.") == ["Women in leadership 40.0"])
    }

    @Test("rangeBound: `$6 to $7 billion` is a range; `from $6 to $7 billion` and `$1 billion to $7 billion` after a change word are not")
    func rangeBound() {
        #expect(facts("In 2023, the value of repurchases was $6 to $7 billion.") == [])
        #expect(range("Revenue increased $1.0 billion to $7.0 billion in 2023.") == false)
        #expect(range("the value of $6 to $7 billion") == true)
        #expect(range("sales grew from $6 to $7 billion") == false)
        // Different units are no range (`3% to $6.9 billion`).
        #expect(range("sales decreased 3% to $6.9 billion") == false)
    }
}
