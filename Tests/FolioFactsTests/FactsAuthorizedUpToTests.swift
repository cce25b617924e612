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

    @Test("authorizedAdditional: `an additional $X` a word of authority adds, named by its action, noun or authorization")
    func authorizedAdditional() {
        #expect(facts("In March 2024, the Board of Directors of Norvale authorized an additional $5.0 billion in repurchases under the program.")
                == ["Additional amount authorized for repurchases 5.0x1000000000 In March 2024 current"])
        #expect(facts("As of June 30, 2025, Zentro was authorized to repurchase an additional $2.1 billion of shares through June 2026.")
                == ["Additional amount authorized to repurchase shares 2.1x1000000000 As of June 30, 2025 current"])
        // A second clause's own month dates its amount, not the sentence's opening.
        #expect(facts("In May 2021, the Board authorized a program, and in May 2025, the Board increased the share repurchase authorization by an additional $3 billion.")
                == ["Additional share repurchase authorization 3.0x1000000000 in May 2025 current"])
    }

    @Test("authorizedAggregate: `in an aggregate amount of up to $X` after `the repurchase of` and its noun")
    func authorizedAggregate() {
        #expect(facts("On May 6, 2025, the Board of Alder authorized a program for the repurchase of shares of its common stock, in an aggregate amount of up to $750 million.")
                == ["Amount authorized to repurchase shares 750.0x1000000 On May 6, 2025 current"])
    }

    @Test("authorizedAdditional: an additional amount with no word of authority, or no action or noun, is not this reader's")
    func authorizedAdditionalNegative() {
        // No word of authority: an investment, not an authorization.
        #expect(facts("In 2024, Norvale invested $1.3 billion and will invest an additional $2.7 billion by 2025.")
                .allSatisfy { !$0.contains("authoriz") })
        // An aggregate amount with no action of `repurchase of`.
        #expect(facts("The Board authorized dividends in an aggregate amount of up to $100 million.").allSatisfy { !$0.contains("authorized to") })
    }
}

