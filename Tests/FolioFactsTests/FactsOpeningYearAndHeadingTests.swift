import Testing
import FolioModel
@testable import FolioFacts

/// Two rules of issue #20 on small hand-written inputs: a year opening the subject as its
/// first modifier is the period of the sentence's figures (`openingYearModifier`), and a
/// heading glued to the subject that repeats it is no part of the metric
/// (`headingGluedToSubject`); the last day of a period is an instant (`lastDayOf`); a part a
/// subject includes is named by the qualifier after it (`includedPartQualified`).
@Suite("Facts: a year opening the subject; a heading glued to it; the last day of a period; included parts")
struct FactsOpeningYearAndHeadingTests {
    /// Each fact of `s` (one sentence, base FY 2024): metric, value, period text, role.
    func facts(_ s: String) -> [String] {
        let t = Array(s.utf8)
        return NarrativeExtractor.extract(t, sentence: 0..<t.count, base: StatedPeriod.year(2024, text: "FY 2024")).map {
            "\($0.metric) \($0.figure.value) \($0.period?.text ?? "nil")"
        }
    }

    @Test("openingYearModifier: `The 2023 <noun>` gives its figures 2023, not the base year")
    func openingYear() {
        #expect(facts("The 2023 actuarial loss of $312 million for the funded plans and actuarial loss of $45 million for retiree medical plans were driven by lower discount rates.")
                == ["2023 actuarial loss for the funded plans 312.0 2023", "Actuarial loss for retiree medical plans 45.0 2023"])
        #expect(facts("Our 2022 restructuring charge of $18 million was recorded in selling expense.")
                == ["2022 restructuring charge 18.0 2022"])
        // A phrase that states a period wins; a series name is no period; a later year is a plan.
        #expect(facts("The 2023 actuarial loss of $312 million was recognized in 2024.") == ["2023 actuarial loss 312.0 2024"])
        #expect(facts("The 2027 Notes of $500 million were repaid.") == ["2027 Notes 500.0 FY 2024"])
        #expect(facts("The 2026 funding target of $90 million is unchanged.").allSatisfy { !$0.hasSuffix(" 2026") })
    }

    @Test("headingGluedToSubject: a heading the subject takes up is dropped from the metric")
    func gluedHeading() {
        #expect(FactAdmission.nounPhrase("Stock-based Compensation Total stock-based compensation expense")
                == "Total stock-based compensation expense")
        #expect(FactAdmission.nounPhrase("Other Income (Expense), Net Total other income (expense), net")
                == "Total other income (expense), net")
        #expect(FactAdmission.nounPhrase("Warranty Costs Warranty costs") == "Warranty costs")
        // No heading: capitalised names, words the rest does not take up.
        #expect(FactAdmission.nounPhrase("Accumulated Other Comprehensive Income") == "Accumulated Other Comprehensive Income")
        #expect(FactAdmission.nounPhrase("Corresponding FY25 appropriated levels") == "Corresponding FY25 appropriated levels")
        #expect(FactAdmission.nounPhrase("U.S. Federal Net Operating Loss carryforwards") == "U.S. Federal Net Operating Loss carryforwards")
        #expect(FactAdmission.nounPhrase("Operating Activities Net cash used by operating activities") == "Net cash used by operating activities")
        // A heading word the subject does not take up: no heading is known, nothing is cut.
        let tax = Array("Income Tax Expense The effective income tax rate".utf8)
        #expect(FactAdmission.gluedHeadingEnd(tax, Words.split(tax[...])) == nil)
    }

    @Test("lastDayOf: `the last trading day of fiscal 2024` is the instant that year ends on")
    func lastDay() {
        let p = PeriodParser.find(in: "calculated using the closing stock price on the last trading day of fiscal 2024 of $81.20")
        #expect(p?.kind == .instant)
        #expect(p?.factPeriod.instant == "2024-12-31")
        #expect(p?.text == "last trading day of fiscal 2024")
        // Named the filer's way: a year ending September 30.
        #expect(p.map { FiscalYear.adjust($0, naming: (month: 9, day: 30, offset: 0)).factPeriod.instant } == "2024-09-30")
        #expect(PeriodParser.find(in: "the price on the last day of the fourth quarter of 2024")?.factPeriod.instant == "2024-12-31")
        // A statement's trailing period phrase opens at `last`: the metric stops before it.
        #expect(facts("The closing stock price on the last trading day of fiscal 2023 was $81.20.")
                == ["Closing stock price 81.2 last trading day of fiscal 2023"])
        // Not a period's last day: `last year`, `the last day` of nothing, a plain year.
        #expect(PeriodParser.find(in: "compared to last year", base: StatedPeriod.year(2024, text: "2024"))?.kind == .duration(months: 12))
        #expect(PeriodParser.find(in: "on the last day of trading in 2024")?.kind == .duration(months: 12))
        #expect(PeriodParser.find(in: "during fiscal 2024")?.kind == .duration(months: 12))
    }

    @Test("beginningOf: `the beginning of fiscal 2024` is the instant the period before it ends on")
    func beginningOf() {
        let p = PeriodParser.find(in: "At the beginning of fiscal 2024, Alder had a commercial paper program")
        #expect(p?.kind == .instant)
        #expect(p?.factPeriod.instant == "2023-12-31")
        #expect(p?.text == "beginning of fiscal 2024")
        // Named the filer's way: a retailer's year named for the year it starts in, ending early February.
        #expect(p.map { FiscalYear.adjust($0, naming: (month: 2, day: 2, offset: 1)).factPeriod.instant } == "2024-02-02")
        #expect(PeriodParser.find(in: "at the beginning of the third quarter of 2024")?.factPeriod.instant == "2024-06-30")
        #expect(PeriodParser.find(in: "at the beginning of 2024")?.factPeriod.instant == "2023-12-31")
        // The program's size at that instant.
        let fy = StatedPeriod(kind: .duration(months: 12), year: 2024, month: 12, day: 31, text: "FY 2024 (the filing's period)")
        #expect(factLines("At the beginning of fiscal 2024, Alder had a commercial paper program that allowed for an aggregate of $3.0 billion in borrowings.", base: fy)
                == ["Commercial paper program 3.0x1000000000 beginning of fiscal 2024 current"])
        // An expiry's start is no period; `beginning of` with no period after it is none.
        #expect(PeriodParser.find(in: "losses that expire beginning in fiscal 2029") == nil)
        #expect(PeriodParser.find(in: "since the beginning of the program") == nil)
    }

    @Test("includedPartQualified: the qualifier after an included amount names the part")
    func includedPart() {
        #expect(facts("As of June 30, 2024, cash and cash equivalents included $1.4 billion held in escrow for the settlement.")
                == ["Cash and cash equivalents held in escrow 1.4 As of June 30, 2024"])
        #expect(facts("At June 30, 2024 and December 31, 2023, Accounts payable included $812 and $770 payable to suppliers who joined the program.")
                == ["Accounts payable to suppliers 812.0 At June 30, 2024", "Accounts payable to suppliers 770.0 December 31, 2023"])
        #expect(facts("In fiscal 2024, 2023 and 2022, personnel expenses included $90 million, $85 million, and $70 million, respectively, attributable to the U.S.")
                == ["Personnel expenses attributable to the U.S. 90.0 fiscal 2024",
                    "Personnel expenses attributable to the U.S. 85.0 fiscal 2023",
                    "Personnel expenses attributable to the U.S. 70.0 fiscal 2022"])
        #expect(facts("In 2024, personnel expenses included $12 million attributable to the Company’s employees under the 401(k) plan.")
                == ["Personnel expenses attributable to the Company’s employees under the 401(k) plan 12.0 2024"])
        // No qualifier naming the part, a pronoun subject, a qualifier of one word: no fact.
        #expect(facts("At June 30, 2024, other current assets included $41 and other assets included $12.") == [])
        #expect(facts("In 2024, we included $30 million related to the lawsuit.") == [])
        #expect(facts("In 2024, other liabilities included $30 million related.") == [])
    }

    @Test("datedNounBeforeAmount, totalBeforeAmount: a date between noun and amount, `a total` before it")
    func nounsBesideAmounts() {
        #expect(facts("The aggregate intrinsic value is calculated using the closing stock price as of November 29, 2024 of $81.20.")
                == ["Closing stock price 81.2 as of November 29, 2024"])
        #expect(facts("Therefore, the Company recognized a total $27 million discrete tax expense in 2023 to establish the allowance.")
                == ["Discrete tax expense 27.0 2023"])
    }
}

