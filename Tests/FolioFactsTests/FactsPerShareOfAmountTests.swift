import Testing
import FolioModel
@testable import FolioFacts

/// `perShareOfAmount` (issue #20): an amount restated per share right after it (`$2.5
/// billion, or $1.20 per diluted share`), on small hand-written sentences.
@Suite("Facts: an amount restated per share")
struct FactsPerShareOfAmountTests {
    func facts(_ s: String) -> [String] { factLines(s) }

    @Test("perShareOfAmount: `, or $Y per <class> share` is the head's measure per share, of its period")
    func perShareOfAmount() {
        #expect(facts("Net earnings for fiscal 2024 were $3.1 billion, or $2.95 per diluted share.")
                == ["Net earnings 3.1x1000000000 fiscal 2024 current",
                    "Net earnings per diluted share 2.95x1 fiscal 2024 current"])
        // Two classes of share: the second after `and`, the head's measure without the first's class.
        #expect(facts("In 2024, the Company recognized a gain of $410 million, or $0.52 per basic share and $0.51 per diluted share.")
                == ["Gain 410.0x1000000 2024 current",
                    "Gain per basic share 0.52x1 2024 current",
                    "Gain per diluted share 0.51x1 2024 current"])
        // A plain `per share`.
        #expect(facts("During 2024, the Company recorded a tax benefit of $90 million, or $0.04 per share.").last
                == "Tax benefit per share 0.04x1 2024 current")
    }

    @Test("perShareOfAmount: no per share after the amount, another word between, or a head that is per share already")
    func perShareOfAmountNegative() {
        // A share of revenue, not an amount per share.
        #expect(facts("In 2024, other income was $2.5 billion, or 12% of revenue.").allSatisfy { !$0.contains("per") })
        // `$1.20 a share`, `per unit`: no per-share words.
        #expect(facts("In 2024, net income was $2.5 billion, or $1.20 per unit.").allSatisfy { !$0.contains("per unit") })
        // Words other than `or` between the amounts.
        #expect(facts("In 2024, net income was $2.5 billion, and the dividend was $1.20 per share.")
                .allSatisfy { !$0.hasPrefix("Net income per") })
        // A head that is a per-share measure already is restated by nothing after `or`.
        #expect(facts("In 2024, the dividend per share was $1.20, or $1.10 per share after tax.")
                .allSatisfy { !$0.contains("per share per share") })
    }

    @Test("priceOfSharesFor: shares bought or sold `for $X per share` state the price paid for each")
    func priceOfSharesFor() {
        #expect(facts("Under the merger agreement, Northwind acquired all outstanding shares of Zentro Labs for $45.00 per share in cash.")
                == ["Price per share of Zentro Labs acquired 45.0x1 nil current"])
        #expect(facts("In 2024, the Company repurchased 2.1 million shares of its Class A common stock for $512.30 per share.").last
                == "Price per share of Class A common stock repurchased 512.3x1 2024 current")
        // A company's suffix after a comma is part of the name.
        #expect(facts("The Company acquired all of the outstanding shares of Alder Systems, Inc. for $31.26 per share.")
                == ["Price per share of Alder Systems, Inc acquired 31.26x1 nil current"])
    }

    @Test("priceOfSharesFor: an option to buy, a total, or a clause between is no price paid")
    func priceOfSharesForNegative() {
        // An option to purchase: a strike, no past verb.
        #expect(facts("The options give the Company the right to purchase up to 1.6 million shares of its common stock for $282.52 per share.")
                .allSatisfy { !$0.hasPrefix("Price per share") })
        // A total for the shares stays `sharesForAmount`'s.
        #expect(facts("In 2024, the Company repurchased 208 million shares of its common stock for $48.3 billion.").last
                == "Value of shares repurchased 48.3x1000000000 2024 current")
        // A comma that is no company's suffix between the shares and the amount.
        #expect(facts("The Company acquired all outstanding shares of Zentro, a biotech company, for $45.00 per share.")
                .allSatisfy { !$0.hasPrefix("Price per share") })
    }
}
