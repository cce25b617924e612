import Testing
import FolioModel
@testable import FolioFacts

/// Recall rules for prose figures the extractor used to pass over (issue #20): amounts
/// printed as the first modifier of their noun, lists of metrics closed by `respectively`,
/// negative amounts with a space inside their parentheses, and a running units statement's
/// scale for the prose under it.
@Suite("Facts: recall of prose figure shapes")
struct FactsRecallShapesTests {
    func figures(_ s: String) -> [String] { FactsUnitTests().figures(s) }

    func facts(_ s: String, base: StatedPeriod? = nil) -> [String] { factLines(s, base: base) }

    @Test("amountBeforeNoun: an amount after an article, as the first modifier of its noun, names its metric there")
    func amountBeforeNoun() {
        #expect(facts("In 2024, we entered into a $5.0 billion unsecured 364-day revolving credit facility with a syndicate of banks.") ==
                ["Unsecured 364-day revolving credit facility 5.0x1000000000 2024 current"])
        #expect(facts("In 2022, we entered into a five-year $1.5 billion senior unsecured revolving credit facility.") ==
                ["Senior unsecured revolving credit facility 1.5x1000000000 2022 current"])
        #expect(facts("In 2024, we renewed our 364 -day $ 1.5 billion credit facility.") ==
                ["Credit facility 1.5x1000000000 2024 current"])
        #expect(facts("In 2024, the company repaid the existing $2.0 billion floating rate term loan due May 2025.") ==
                ["Floating rate term loan repaid 2.0x1000000000 2024 current"])
        // A verb further back acts on something else (`modifierAction`); one word names no measure.
        #expect(facts("As of June 30, 2025, no amounts had been borrowed under the $3 billion Revolving Credit Agreement.") ==
                ["Revolving Credit Agreement 3.0x1000000000 As of June 30, 2025 current"])
        #expect(facts("In 2025, the law set a $2,000 cap for out-of-pocket costs.") == [])
        #expect(facts("Payment of the $1 billion merger termination fee during fiscal 2024 reduced operating cash flows.") ==
                ["Merger termination fee 1.0x1000000000 fiscal 2024 current"])
        // The clause after the noun is not part of it, nor is its date the amount's period (`statedModifierPeriod`).
        #expect(facts("In 2024, we entered into a 364-day $3.5 billion credit facility scheduled to expire in May 2025.") ==
                ["Credit facility 3.5x1000000000 2024 current"])
        #expect(facts("We have a $1.5 billion senior unsecured revolving credit agreement with a syndicate of lenders.") == [])
        // A change is no level, a unit price names no noun, an amount names nothing, and an amount without an article is not a modifier.
        #expect(facts("In 2025, the Company repaid the $500 million aggregate principal amount of its notes.").allSatisfy { !$0.hasPrefix("Aggregate") })
        // (A change is no level: it is read as a change, `changeNoun`.)
        #expect(facts("In 2024, the board authorized a $5.0 billion increase to the existing authorization.") ==
                ["Existing authorization change 5.0x1000000000 2024 change"])
        // (A compound's second half is no word of change: `back-up`.)
        #expect(facts("In 2024, we cancelled the $750 million back-up liquidity facility.") ==
                ["Back-up liquidity facility 750.0x1000000 2024 current"])
        #expect(facts("In 2024, the board declared a $0.25 per share dividend.") == [])
        #expect(facts("In 2024, the company repaid $3.8 billion aggregate principal amount of notes.").allSatisfy { !$0.hasPrefix("Aggregate") })
        // A plan is no figure of the filing (`forwardLooking`).
        #expect(facts("In 2025, we expect to enter into a $3.0 billion credit facility.") == [])
    }

    @Test("bareAmountBeforeNoun: an amount with no article after a verb of holding or including is its noun's first modifier")
    func bareAmountBeforeNoun() {
        #expect(facts("Purchases made in the quarter include $45 million unsettled trades as of March 31, 2025.") ==
                ["Unsettled trades 45.0x1000000 as of March 31, 2025 current"])
        #expect(facts("As of December 31, 2024, the group had $2.4 billion yen-denominated borrowings outstanding.") ==
                ["Yen-denominated borrowings 2.4x1000000000 As of December 31, 2024 current"])
        // After another verb the bare amount stays the verb's own.
        #expect(facts("In 2024, the company repaid $3.8 billion aggregate principal amount of notes.").allSatisfy { !$0.hasPrefix("Aggregate") })
    }

    @Test("respectiveMetrics: a list of figures closed by `respectively` without a list of periods states a list of metrics")
    func respectiveMetrics() {
        #expect(facts("At December 31, 2024, the carrying value and fair value of debt was $18.2 billion and $16.8 billion, respectively.") ==
                ["Carrying value of debt 18.2x1000000000 At December 31, 2024 current",
                 "Fair value of debt 16.8x1000000000 At December 31, 2024 current"])
        #expect(facts("As of January 29, 2023, we had U.S. federal, state and foreign net operating loss carryforwards of $363 million, $329 million and $329 million, respectively.") ==
                ["U.S. federal net operating loss carryforwards 363.0x1000000 As of January 29, 2023 current",
                 "State net operating loss carryforwards 329.0x1000000 As of January 29, 2023 current",
                 "Foreign net operating loss carryforwards 329.0x1000000 As of January 29, 2023 current"])
        // Items that are whole noun phrases keep their words.
        #expect(NarrativeExtractor.respectiveMetrics("Foreign tax credit carryforward and tax effected net operating loss carryforwards",
                                                     Array(", respectively".utf8), after: 0, count: 2) ==
                ["Foreign tax credit carryforward", "Tax effected net operating loss carryforwards"])
        // A hyphenated adjective shares the noun; a noun does not.
        #expect(NarrativeExtractor.respectiveMetrics("Short-term and long-term obligations", Array(", respectively".utf8), after: 0, count: 2) ==
                ["Short-term obligations", "Long-term obligations"])
        #expect(NarrativeExtractor.respectiveMetrics("Revenue and operating income", Array(", respectively".utf8), after: 0, count: 2) ==
                ["Revenue", "Operating income"])
        // Not without `respectively`, nor when the items are not as many as the figures.
        #expect(NarrativeExtractor.respectiveMetrics("Carrying value and fair value of debt", Array(" in total".utf8), after: 0, count: 2) == nil)
        // (One noun whose qualifier ends in as many names: `namesInQualifier`; not with more figures than names.)
        #expect(NarrativeExtractor.respectiveMetrics("Goodwill balances allocated to our Compute and Graphics units",
                                                     Array(", respectively".utf8), after: 0, count: 2) ==
                ["Goodwill balances allocated to Compute", "Goodwill balances allocated to Graphics units"])
        #expect(NarrativeExtractor.respectiveMetrics("Goodwill balances allocated to our Compute and Graphics units",
                                                     Array(", respectively".utf8), after: 0, count: 3) == nil)
    }

    @Test("datedListItems: list items each followed by a date or a quarter's period phrase take their own")
    func datedListItems() {
        #expect(facts("The company had an accrual for interest and penalties of $1.4 billion at December 31, 2024, $1.6 billion at December 31, 2023 and $1.1 billion at December 31, 2022.") ==
                ["Accrual for interest and penalties 1.4x1000000000 at December 31, 2024 current",
                 "Accrual for interest and penalties 1.6x1000000000 at December 31, 2023 comparative",
                 "Accrual for interest and penalties 1.1x1000000000 at December 31, 2022 comparative"])
        // A period phrase as long as the gap between two items may be (41 bytes here) is the item's own.
        #expect(facts("Depreciation expense on property and equipment was $8.9 million for the three months ended June 30, 2025, $16.1 million for the six months ended June 30, 2025, $7.0 million for the three months ended June 30, 2024 and $14.1 million for the six months ended June 30, 2024.") ==
                ["Depreciation expense on property and equipment 8.9x1000000 three months ended June 30, 2025 current",
                 "Depreciation expense on property and equipment 16.1x1000000 six months ended June 30, 2025 comparative",
                 "Depreciation expense on property and equipment 7.0x1000000 three months ended June 30, 2024 comparative",
                 "Depreciation expense on property and equipment 14.1x1000000 six months ended June 30, 2024 comparative"])
        func gap(_ s: String) -> Bool { NarrativeExtractor.isListGap(Array(s.utf8), 0, s.utf8.count) }
        #expect(gap(" for the three months ended June 30, 2025, "))
        #expect(gap(" as of March 31, 2025 and "))
        // Other words, or a gap longer than a period phrase, separate no list.
        #expect(!gap(" at December 31, 2024, compared with "))
        #expect(!gap(" for the three months ended June 30, 2025 and for the six months ended June 30, 2025, "))
        #expect(!gap(" "))
    }

    @Test("secondClauseSubject: a second clause after `and` with its own finite verb names the figure's metric")
    func secondClauseSubject() {
        #expect(facts("In 2024, the agreements were accounted for as financing arrangements and the fair value of the related liability was $246 million.") ==
                ["Fair value of the related liability 246.0x1000000 2024 current"])
        #expect(NarrativeExtractor.metricPhrase("the agreements were accounted for as financing and the fair value of the liability was")?.0 ==
                "Fair value of the liability")
        #expect(NarrativeExtractor.metricPhrase("the lease term of operating leases was 8.0 years and 8.2 years and the weighted-average discount rate for operating leases was")?.0 ==
                "Weighted-average discount rate for operating leases")
        // Not the object of the first clause's verb (`of`: no finite verb of its own), nor a
        // second clause that has one of its own after `and`.
        #expect(NarrativeExtractor.metricPhrase("cash was used to repay debt and fund acquisitions of") == nil)
        #expect(NarrativeExtractor.metricPhrase("cash was used and the amount that was paid was") == nil)
    }

    @Test("principalAmountOf: `<amount> aggregate principal amount of <notes>` names the notes, their coupon kept")
    func principalAmountOf() {
        #expect(facts("In 2024, the company issued $15.0 billion aggregate principal amount of unsecured senior notes.") ==
                ["Unsecured senior notes issued 15.0x1000000000 2024 current"])
        #expect(facts("In 2024, the company repaid $3.8 billion aggregate principal amount of 2.60 % senior notes, € 1.5 billion aggregate principal amount of 1.38 % senior euro notes and $1.0 billion aggregate principal amount of 3.85% senior notes.") ==
                ["2.60 % senior notes repaid 3.8x1000000000 2024 current", "1.38 % senior euro notes repaid 1.5x1000000000 2024 current",
                 "3.85% senior notes repaid 1.0x1000000000 2024 current"])
        #expect(facts("In the six months ended June 30, 2025, the Company repaid upon maturity the $800 million aggregate principal amount of its 5.875% Senior Notes.") ==
                ["5.875% Senior Notes repaid 800.0x1000000 six months ended June 30, 2025 current"])
        #expect(facts("In 2024, the Company issued $750 million principal amount of notes due January 2028.") == ["Notes issued 750.0x1000000 2024 current"])
        // A principal phrase that names nothing after its `of` is no metric.
        #expect(facts("In 2024, the Company repaid $750 million principal amount of 2.5 %.") == [])
    }

    /// Prose between two tables the tables stage read under one running units statement, and
    /// prose after the last of them.

    func runningDoc(kind: UnitsSourceKind) -> WorkingDocument {
        let lines = ["Notes to the Financial Statements",
                     "Goodwill table",
                     "Amortization expense for the three months ended March 31, 2025 was $78. The merger price was $37.25 per share.",
                     "Debt table",
                     "The fine paid in 2024 was $244."]
        var (doc, spans, at) = linesDocument("r", lines)
        doc.sections = [Section(id: 1, parentId: nil, level: 1, heading: lines[0], span: Span(start: 0, end: at))]
        doc.blocks = [Block(id: 1, sectionId: 1, kind: .heading, text: lines[0], span: spans[0]),
                      Block(id: 2, sectionId: 1, kind: .table, text: lines[1], span: spans[1]),
                      Block(id: 3, sectionId: 1, kind: .paragraph, text: lines[2], span: spans[2]),
                      Block(id: 4, sectionId: 1, kind: .table, text: lines[3], span: spans[3]),
                      Block(id: 5, sectionId: 1, kind: .paragraph, text: lines[4], span: spans[4])]
        let units = TableUnits(scale: 1_000_000, source: UnitsSource(kind: kind, text: "Amounts in millions of dollars except per share amounts"))
        doc.tables = [Table(id: 1, sectionId: 1, units: units, span: spans[1]), Table(id: 2, sectionId: 1, units: units, span: spans[3])]
        doc.metadata.periodEnd = "2025-03-31"
        doc.metadata.fiscalPeriod = "Q1"
        doc.metadata.fiscalYear = 2025
        return doc
    }

    @Test("runningUnitsProse: prose between tables read under one running units statement takes its scale, not unit prices")
    func runningUnits() throws {
        var doc = runningDoc(kind: .runningHeader)
        try FactsStage(options: StageOptions(["cross_check": .bool(false)])).process(&doc)
        #expect(doc.facts.map { "\($0.metric) \($0.value ?? 0)x\($0.scale)" } ==
                ["Amortization expense 78.0x1000000", "Merger price 37.25x1", "Fine paid 244.0x1"])
        // Tables whose units a caption of their own states say nothing of the prose.
        var captioned = runningDoc(kind: .caption)
        try FactsStage(options: StageOptions(["cross_check": .bool(false)])).process(&captioned)
        #expect(captioned.facts.first?.scale == 1)
        #expect(FactsStage.runningUnitsRuns(doc.tables).map(\.span) == [doc.tables[0].span.start..<doc.tables[1].span.end])
    }

    @Test("sharedTrailingPeriods: two lists joined by `and` share the periods printed after the second")
    func sharedTrailingPeriods() {
        #expect(facts("Additions to the allowance were $5.5 billion, $5.2 billion, and $5.5 billion and deductions from the allowance were $5.2 billion, $5.1 billion, and $5.5 billion in 2022, 2023, and 2024.") ==
                ["Additions to the allowance 5.5x1000000000 2022 current", "Additions to the allowance 5.2x1000000000 2023 comparative",
                 "Additions to the allowance 5.5x1000000000 2024 comparative", "Deductions from the allowance 5.2x1000000000 2022 current",
                 "Deductions from the allowance 5.1x1000000000 2023 comparative", "Deductions from the allowance 5.5x1000000000 2024 comparative"])
        #expect(facts("It includes long-term deferred tax assets of $3.40 billion and $1.22 billion and long-term deferred tax liabilities of $247 million and $245 million for fiscal years 2023 and 2022, respectively.").prefix(2) ==
                ["Long-term deferred tax assets 3.4x1000000000 fiscal years 2023 current", "Long-term deferred tax assets 1.22x1000000000 fiscal 2022 comparative"])
        // A next list of another length, or words between that state a period, share nothing.
        #expect(facts("Additions were $5.5 billion and $5.2 billion and deductions were $5.2 billion, $5.1 billion, and $5.5 billion in 2022, 2023, and 2024.")
                .filter { $0.hasPrefix("Additions") }.count == 1)
        #expect(facts("Additions were $5.5 billion and $5.2 billion and, in 2021 and 2020, deductions were $5.2 billion and $5.1 billion in 2022 and 2023.")
                .filter { $0.hasPrefix("Additions") }.allSatisfy { !$0.contains(" 2022 ") && !$0.contains(" 2023 ") })
    }

    @Test("samePeriodsIn: a comparative list dated `the same periods in 2024` takes the earlier list's periods in that year")
    func samePeriodsIn() {
        let s = "Dividends received were $10 and $8 during the six and three months ended June 30, 2025 and $37 and $17 for the same periods in 2024."
        let t = Array(s.utf8)
        let got = NarrativeExtractor.extract(t, sentence: 0..<t.count, base: nil).map { f in
            let p = f.period?.factPeriod
            return "\(f.figure.value) \(p?.start ?? "nil")..\(p?.end ?? "nil")"
        }
        #expect(got == ["10.0 2025-01-01..2025-06-30", "8.0 2025-04-01..2025-06-30", "37.0 2024-01-01..2024-06-30", "17.0 2024-04-01..2024-06-30"])
        // No earlier list of as many periods: no such reading.
        #expect(NarrativeExtractor.samePeriodsIn(t, 0..<t.count, earlier: nil, count: 2) == nil)
        let u = Array("and $5 for the same period last year".utf8)
        #expect(NarrativeExtractor.samePeriodsIn(u, 0..<u.count, earlier: [StatedPeriod.year(2025, text: "2025")], count: 1) == nil)
    }

    @Test("moreDates: a trailing period phrase that lists the dates of a `respectively` list is cut from the metric")
    func trailingDateList() {
        #expect(facts("The notional amount of outstanding foreign currency forward contracts as of March 31, 2025 and March 31, 2024 was $10.7 billion and $8.6 billion, respectively.") ==
                ["Notional amount of outstanding foreign currency forward contracts 10.7x1000000000 as of March 31, 2025 current",
                 "Notional amount of outstanding foreign currency forward contracts 8.6x1000000000 March 31, 2024 comparative"])
        #expect(facts("The total fair value of units vested during the years ended January 29, 2023, January 30, 2022, and January 31, 2021 was $4.27 billion, $5.56 billion, and $2.67 billion, respectively.") ==
                ["Total fair value of units vested 4.27x1000000000 years ended January 29, 2023 current",
                 "Total fair value of units vested 5.56x1000000000 January 30, 2022 comparative",
                 "Total fair value of units vested 2.67x1000000000 January 31, 2021 comparative"])
        // A clause after the dates still names no period phrase alone: the figure is not the subject's.
        #expect(facts("Net cash used in financing activities as of March 31, 2025 and March 31, 2024 was primarily related to repurchases of stock.") == [])
    }

    @Test("eventModifierPeriod: an event's date before an amount that modifies its noun is its stated period")
    func eventModifierPeriod() {
        #expect(facts("In December 2023, Norvale entered into a $9.0 billion 364-day bridge credit agreement.") ==
                ["364-day bridge credit agreement 9.0x1000000000 In December 2023 current"])
        #expect(facts("In August 2023, our Board approved a $ 15.0 billion share repurchase authorization.") ==
                ["Share repurchase authorization 15.0x1000000000 In August 2023 current"])
        // No date stated, none taken: a facility is no figure of the filing's own period.
        #expect(facts("We have a $15.0 billion unsecured revolving credit facility with a syndicate of lenders.") == [])
        // A year with a currency code after it names a series of notes, no amount.
        #expect(!facts("In April 2024, $1 billion of principal related to the 2014 USD Notes matured and was paid.").contains { $0.hasPrefix("Notes") })
        // An expiry's date is no event of the amount (`scheduled to expire in May 2025`).
        #expect(facts("We have a $3.5 billion credit facility scheduled to expire in May 2025.") == [])
    }

    @Test("approximateAmountLink: `<noun> of approximately <amount>` names its metric as `<noun> of <amount>` does")
    func approximateAmountLink() {
        let plain = facts("The investment was subject to sales restrictions resulting in a discount for lack of marketability of $800 million as of December 31, 2021.")
        #expect(plain == ["Marketability 800.0x1000000 as of December 31, 2021 current"])
        for word in ["approximately", "about", "nearly", "roughly"] {
            #expect(facts("The investment was subject to sales restrictions resulting in a discount for lack of marketability of \(word) $800 million as of December 31, 2021.") == plain)
        }
        #expect(facts("Norvale had state research tax credits of approximately $932 million, which do not expire, and the investment was subject to restrictions.", base: StatedPeriod.year(2024, text: "FY 2024")).first?.hasPrefix("State research tax credits 932.0x1000000") == true)
        // An article is no approximation: the amount modifies the noun after it, not the one before.
        #expect(!facts("During the first quarter of 2023, Norvale commenced amortization of a $630 million in-process research and development intangible asset.").contains { $0.hasPrefix("Commenced amortization") })
    }
}
