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

    @Test("parValuePerShare: an amount that is the par value or liquidation preference of each share of a stock")
    func parValuePerShare() {
        // The amount as an adjective of the stock: not the count of shares before it.
        #expect(facts("Northwind has authorized 400 million shares of $0.01 par value preferred stock.").last
                == "Par value per share of preferred stock 0.01x1 nil current")
        // After the stock's name and a comma.
        #expect(facts("Alder's authorized capital includes 50 million shares of Class B common stock, par value $0.001.").last
                == "Par value per share of Class B common stock 0.001x1 nil current")
        // Both measures per share, the stock the subject of `has`.
        #expect(facts("The Series B preferred stock has a $500.00 per share liquidation preference and $0.10 per share par value.")
                == ["Liquidation preference per share of Series B preferred stock 500.0x1 nil current",
                    "Par value per share of Series B preferred stock 0.1x1 nil current"])
        // A possessive before the name is no part of it.
        #expect(facts("As of March 1, 2025, there were 12,000 shares of the registrant's Class A common stock, par value $0.0001, outstanding.").last?
                .hasPrefix("Par value per share of Class A common stock 0.0001x1") == true)
        // The next cells of a cover page's row are no part of the name.
        #expect(facts("Common Stock, $5 par value NWD New York Stock Exchange").last?.hasPrefix("Par value per share 5.0x1") == true)
        // No stock named: the measure alone; a liquidation preference not said to be per share is the issue's.
        #expect(facts("In 2024, Zentro issued preferred units with a $25.00 per share liquidation preference.").last
                == "Liquidation preference per share 25.0x1 2024 current")
        #expect(facts("In 2024, Zentro issued Series C preferred stock with a $400 million liquidation preference.").last
                == "Liquidation preference 400.0x1000000 2024 current")
    }

    @Test("parValuePerShare: no par value after the amount, or no stock's name before `, par value`")
    func parValuePerShareNegative() {
        // A price, not a par value.
        #expect(facts("In 2024, Northwind sold 2 million shares of $0.01 par value preferred stock for $50.00 per share.").last?
                .hasPrefix("Par value") == false)
        // `, par value` after a word that is no stock: not read so.
        #expect(facts("The notes were issued at a discount, par value $1,000 each, in 2024.").allSatisfy { !$0.hasPrefix("Par value") })
        // `value` alone after the amount.
        #expect(facts("In 2024, Zentro recorded goodwill of $5 million and a $2 million fair value adjustment.").allSatisfy { !$0.hasPrefix("Par") })
    }
}
