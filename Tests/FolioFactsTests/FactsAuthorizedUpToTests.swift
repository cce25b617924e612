import Testing
import FolioModel
@testable import FolioFacts

/// **authorizedUpTo** (issue #20): the amount an authorization states as a bound.
@Suite("Facts: amounts authorized up to a bound")
struct FactsAuthorizedUpToTests {
    func facts(_ s: String) -> [String] { factLines(s) }

    @Test("authorizedUpTo: `authorized ... to repurchase|issue up to <amount> of|in <noun>` is the amount authorized")
    func authorizedUpTo() {
        #expect(facts("In March 2022, the Board of Directors of Norvale authorized a program to repurchase up to $10.0 billion of our common stock, with no fixed expiration.") ==
                ["Amount authorized to repurchase common stock 10.0x1000000000 In March 2022 current"])
        #expect(facts("The Board of Directors authorized the issuance of up to $9.0 billion of debt securities.") ==
                ["Amount authorized to issue debt securities 9.0x1000000000 nil current"])
        #expect(facts("In December 2020, our Board of Directors granted authority to repurchase up to $15 billion in our common stock.") ==
                ["Amount authorized to repurchase common stock 15.0x1000000000 In December 2020 current"])
    }

    @Test("authorizedUpTo: read where the sentence lies in its text, after other sentences")
    func authorizedUpToInText() {
        let first = "Norvale returns cash to its shareholders through dividends and the repurchase of its shares in the open market. "
        let t = Array((first + "The Board of Directors authorized a program to repurchase up to $10.0 billion of our common stock.").utf8)
        let facts = NarrativeExtractor.extract(t, sentence: first.utf8.count..<t.count, base: nil)
        #expect(facts.map(\.metric) == ["Amount authorized to repurchase common stock"])
    }

    @Test("authorizedUpTo: other bounds stay no fact")
    func otherBounds() {
        #expect(facts("Zentro could make additional payments of up to $1.6 billion upon achievement of certain milestones.") == [])
        #expect(facts("It is reasonably possible that unrecognized tax benefits may decrease by up to $50 million over the next 12 months.") == [])
        #expect(facts("The agreement allows Zentro to repurchase up to $2.0 billion of its notes.") == [])
    }
}

