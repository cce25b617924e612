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
        // (A reasonably possible change is read as one, `reasonablyPossibleChange`, no authorization.)
        #expect(facts("It is reasonably possible that unrecognized tax benefits may decrease by up to $50 million over the next 12 months.")
                .allSatisfy { !$0.hasPrefix("Amount authorized") })
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

    @Test("programCapacity: a program's size stated as what it lets the company issue or borrow is named by the program")
    func programCapacity() {
        let fy = StatedPeriod(kind: .duration(months: 12), year: 2024, month: 12, day: 31, text: "FY 2024 (the filing's period)")
        #expect(factLines("In May 2023, Northwind established a commercial paper program under which it may issue unsecured commercial paper up to a total of $2 billion outstanding at any time.", base: fy)
                == ["Commercial paper program 2.0x1000000000 In May 2023 current"])
        #expect(factLines("As of March 1, 2025, our commercial paper program allowed for an aggregate of $4.0 billion in borrowings.", base: fy)
                == ["Commercial paper program 4.0x1000000000 As of March 1, 2025 current"])
        // Stated in the present with no date: the instant the period ends on.
        #expect(factLines("Zentro has U.S. dollar and euro commercial paper programs under which it may from time to time issue commercial paper up to a total of $6.0 billion.", base: fy)
                == ["U.S. dollar and euro commercial paper programs 6.0x1000000000 2024-12-31 (the end of the period) current"])
    }

    @Test("programCapacity: no program named, or stated in the past with no date: no fact")
    func programCapacityNegative() {
        let fy = StatedPeriod(kind: .duration(months: 12), year: 2024, month: 12, day: 31, text: "FY 2024 (the filing's period)")
        // `the program` alone names nothing.
        #expect(factLines("Under the program, Alder may issue up to $1.0 billion of notes.", base: fy).allSatisfy { !$0.hasPrefix("Program") })
        // Past, undated: another date's size.
        #expect(factLines("Alder had back-up credit facilities with a group of banks for an aggregate of $3.0 billion in borrowings.", base: fy) == [])
        // A maximum that is no program's size stays `maximumUpTo`'s reading.
        #expect(factLines("Norvale could make additional payments of up to $1.6 billion upon achievement of milestones.", base: fy)
                .allSatisfy { !$0.hasPrefix("Commercial") })
    }

    @Test("remainingPartOf: `$X of the [$Y] <noun> remained available` is the amount available under it")
    func remainingPartOf() {
        #expect(factLines("As of March 1, 2025, approximately $4.2 billion of the $10.0 billion share repurchase authorization remained available.").first
                == "Amount available under share repurchase authorization 4.2x1000000000 As of March 1, 2025 current")
        #expect(factLines("As of March 1, 2025, $900 million of our repurchase program remains available.")
                == ["Amount available under repurchase program 900.0x1000000 As of March 1, 2025 current"])
        // What remains otherwise is not this reading.
        #expect(factLines("At June 30, 2025, $87 million of the liability balance remains subject to negotiations with customers.")
                .allSatisfy { !$0.hasPrefix("Amount available") })
    }
}

