import Testing
import FolioModel
@testable import FolioFacts

/// **respectiveNames** (issue #20): a list of amounts closed by `respectively` whose other
/// list is of names printed after the amounts (`was allocated to Alpha, Beta and Gamma`), not
/// of periods.
@Suite("Facts: amounts paired with a list of names by respectively")
struct FactsRespectiveNamesTests {
    func facts(_ s: String, base: StatedPeriod? = nil) -> [String] { factLines(s, base: base) }

    func names(_ s: String) -> [String]? {
        let t = Array(s.utf8)
        let figures = FigureScanner.scan(t, 0..<t.count)
        return NarrativeExtractor.respectiveNames(t, figures, 0, sentence: 0..<t.count, base: nil)?.metrics
    }

    @Test("a participle after the amounts, then the names: `Amount <participle> <link> <name>`, the sentence's one period")
    func participleThenNames() {
        let allocated = facts("During the six months ended June 30, 2025, the company allocated costs to its segments, of which $172, $140, and $39 was allocated to Alpha, Beta and Gamma, respectively.")
        #expect(allocated == ["Amount allocated to Alpha 172.0x1 six months ended June 30, 2025 current",
                              "Amount allocated to Beta 140.0x1 six months ended June 30, 2025 current",
                              "Amount allocated to Gamma 39.0x1 six months ended June 30, 2025 current"])
        // An HTML rendition's spacing (`$ 172 , $ 140 , and $ 39`) reads the same.
        #expect(facts("During the six months ended June 30, 2025, the company allocated costs to its segments, of which $ 172 , $ 140 , and $ 39 was allocated to Alpha, Beta and Gamma, respectively.") == allocated)
        #expect(names("$5 million and $7 million were paid to Delta Holdings and the Epsilon Trust, respectively.") ==
                ["Amount paid to Delta Holdings", "Amount paid to Epsilon Trust"])
    }

    @Test("`of <noun>` after the amounts names what they measure, with the words up to the names")
    func nounThenNames() {
        #expect(facts("As of January 31, 2025, the company had approximately $1.05 billion and $245 million of cumulative undistributed earnings held by certain subsidiaries in Ireland and the Netherlands, respectively.") ==
                ["Cumulative undistributed earnings held by certain subsidiaries in Ireland 1.05x1000000000 As of January 31, 2025 current",
                 "Cumulative undistributed earnings held by certain subsidiaries in Netherlands 245.0x1000000 As of January 31, 2025 current"])
        // (A plan is no figure of the filing: `forwardLooking` screens it first.)
        #expect(facts("As of January 31, 2025, we intend to invest $1.05 billion and $245 million of cash in subsidiaries in Ireland and the Netherlands, respectively.") == [])
        // (Earnings held that a company intends to reinvest are no plan: `reinvestmentIntent`.)
        #expect(facts("As of January 31, 2025, we intend to reinvest $1.05 billion and $245 million of earnings held by subsidiaries in Ireland and the Netherlands, respectively.") ==
                ["Earnings held by subsidiaries in Ireland 1.05x1000000000 As of January 31, 2025 current",
                 "Earnings held by subsidiaries in Netherlands 245.0x1000000 As of January 31, 2025 current"])
        // A passive verb after the noun is dropped.
        #expect(names("$40 million and $25 million of revenue was recognized in Canada and Mexico, respectively.") ==
                ["Revenue recognized in Canada", "Revenue recognized in Mexico"])
    }

    @Test("not a list of periods, nor names not as many as the amounts, nor without `respectively`")
    func notNames() {
        // Periods open the sentence, or follow the amounts: the lists of periods read them.
        #expect(names("During fiscal 2024, 2023 and 2022, we amortized $272 million, $254 million and $238 million of costs into sales and marketing expense, respectively.") == nil)
        #expect(names("$40 million and $25 million of revenue was recognized in 2024 and 2023, respectively.") == nil)
        #expect(names("$40 million and $25 million was allocated to the three and six months ended June 30, 2025, respectively.") == nil)
        // Three names for two amounts; no `respectively`; no link; a clause between.
        #expect(names("$40 million and $25 million was allocated to Alpha, Beta and Gamma, respectively.") == nil)
        #expect(names("$40 million and $25 million was allocated to Alpha and Beta.") == nil)
        #expect(names("$40 million and $25 million, which we allocated to Alpha and Beta, respectively.") == nil)
        // A verb that is no participle, and counts, name nothing here.
        #expect(names("$40 million and $25 million was due to Alpha and Beta, respectively.") == nil)
        #expect(names("40 million and 25 million shares were issued to Alpha and Beta, respectively.") == nil)
    }
}
