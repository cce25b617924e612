import FolioModel
import Testing
@testable import FolioFacts

/// **balanceAtStatedEnd**: a balance stated for a year or a quarter is held at its end.
@Suite struct BalanceAtStatedEndTests {
    /// The sentence's facts after the rule, `value period` each: an instant's date, else
    /// `start..end`. The filing is Northwind's annual report for 2024.
    func periods(_ s: String, fiscalYear: Int? = 2024) -> [String] {
        let t = Array(s.utf8)
        let filing = StatedPeriod(kind: .duration(months: 12), year: 2024, month: 12, day: 31, text: "FY 2024 (the filing's period)")
        var facts = NarrativeExtractor.extract(t, sentence: 0..<t.count, base: filing)
        StatedPeriod.balancesAtStatedEnd(t, sentence: 0..<t.count, &facts, filingPeriod: filing, fiscalYear: fiscalYear)
        return facts.map { f in
            let p = f.period?.factPeriod
            return "\(f.figure.value) " + (p?.instant ?? "\(p?.start ?? "nil")..\(p?.end ?? "nil")")
        }
    }

    @Test("a balance stated for a list of years, a year, a quarter: the instant each ends on")
    func balancesAtTheEnd() {
        #expect(periods("Net deferred tax asset includes long-term deferred tax assets of $3.40 billion and $1.22 billion for fiscal years 2023 and 2022, respectively.")
                == ["3.4 2023-12-31", "1.22 2022-12-31"])
        #expect(periods("For 2024 and 2023, total unrecognized tax benefits of $1.7 billion and $1.5 billion, respectively, would have reduced income tax expense.")
                == ["1.7 2024-12-31", "1.5 2023-12-31"])
        #expect(periods("In 2019, the company entered into treasury rate lock agreements with notional amounts totaling $10.0 billion.")
                == ["10.0 2019-12-31"])
        #expect(periods("In the fourth quarter of 2023, the carrying value of the product rights was $1.3 billion.")
                == ["1.3 2023-12-31"])
    }

    @Test("flows, movements and bookings of a balance, held words, future years and the filing's own period stay as stated")
    func notBalancesAtTheEnd() {
        // A flow.
        #expect(periods("Revenue was $5.0 billion in 2024.") == ["5.0 2024-01-01..2024-12-31"])
        // A movement of a balance (`MetricKinds.flowWords`).
        #expect(periods("Provisions for purchase obligations were $23 million in 2023.") == ["23.0 2023-01-01..2023-12-31"])
        // A balance the sentence says was booked in the year: what the year added.
        #expect(periods("During 2023, we recognized goodwill of $1.0 billion.") == ["1.0 2023-01-01..2023-12-31"])
        #expect(periods("Intangible assets acquired by assuming related liabilities were $374 million in 2023.")
                == ["374.0 2023-01-01..2023-12-31"])
        // A held word alone: in a year's discussion most often the change.
        let payable = periods("Accounts payable of $1.1 billion in 2024 reflected the timing of payments.")
        #expect(!payable.isEmpty && payable.allSatisfy { $0.hasSuffix("2024-01-01..2024-12-31") })
        // A year after the filing's: a schedule.
        #expect(periods("Purchase obligations were $1.2 billion in 2026.") == ["1.2 2026-01-01..2026-12-31"])
        #expect(periods("Purchase obligations were $1.2 billion in 2026.", fiscalYear: nil) == ["1.2 2026-01-01..2026-12-31"])
        // The filing's own period is `balanceAtPeriodEnd`'s.
        #expect(periods("The company also had purchase obligations of $3.1 billion.") == ["3.1 2024-01-01..2024-12-31"])
    }
}
