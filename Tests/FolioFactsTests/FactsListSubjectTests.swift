import Testing
import FolioModel
@testable import FolioFacts

/// Lists of figures and the subjects they state (issue #20): a first predicate of two, a
/// restrictive relative clause inside the subject, and a list of periods opening the sentence
/// for a list read after another clause. Made-up sentences.
@Suite("Facts: lists of figures and their subjects")
struct FactsListSubjectTests {
    func facts(_ s: String) -> [String] { FactsRecallShapesTests().facts(s) }

    /// The facts of `s`, its clauses read in turn as the facts stage reads them, the periods of
    /// a clause's last list handed on past a semicolon (`clauseAfterSemicolon`).
    func clauses(_ s: String) -> [String] {
        let t = Array(s.utf8)
        var listed: [StatedPeriod]?
        return NarrativeExtractor.sentences(t, 0..<t.count).flatMap { r -> [NarrativeFact] in
            let handed = NarrativeExtractor.carried(listed, into: t, r)
            var l = handed
            var f = NarrativeExtractor.extract(t, sentence: r, base: nil, listed: &l)
            if let handed { StatedPeriod.handedMonthFlows(&f, handed: handed) }
            listed = NarrativeExtractor.carried(l, after: t, r)
            return f
        }.map { "\($0.metric) \($0.figure.value) @ \($0.period.map { p in p.factPeriod.instant ?? "\(p.factPeriod.start ?? "")..\(p.factPeriod.end ?? "")" } ?? "nil") \($0.role)" }
    }

    @Test("clauseAfterSemicolon: a `respectively` list after a semicolon takes the periods of the list before it")
    func clauseAfterSemicolon() {
        #expect(clauses("As of June 30, 2025 and 2024, taxes receivable of $21 million and $20 million, respectively, were included in prepaid expenses; non-current taxes receivable of $44 million and $96 million, respectively, were included in other assets; and accrued taxes of $14 million and $19 million, respectively, were included in other liabilities.") == [
            "Taxes receivable 21.0 @ 2025-06-30 current", "Taxes receivable 20.0 @ 2024-06-30 comparative",
            "Non-current taxes receivable 44.0 @ 2025-06-30 current", "Non-current taxes receivable 96.0 @ 2024-06-30 comparative",
            "Accrued taxes 14.0 @ 2025-06-30 current", "Accrued taxes 19.0 @ 2024-06-30 comparative",
        ])
        // (A full stop hands them on to a `respectively` list of as many: `listAfterSentence`.)
        #expect(clauses("As of June 30, 2025 and 2024, taxes receivable of $21 million and $20 million, respectively, were included in prepaid expenses. Non-current taxes receivable of $44 million and $96 million, respectively, were included in other assets.") == [
            "Taxes receivable 21.0 @ 2025-06-30 current", "Taxes receivable 20.0 @ 2024-06-30 comparative",
            "Non-current taxes receivable 44.0 @ 2025-06-30 current", "Non-current taxes receivable 96.0 @ 2024-06-30 comparative",
        ])
    }

    @Test("listAfterSentence: a `respectively` list naming no period takes the periods of the sentence before's list of as many")
    func listAfterSentence() {
        #expect(clauses("As of March 31, 2025, 2024 and 2023, Kestrel's gross unrecognized tax benefits were $5.1 billion, $4.2 billion and $3.3 billion, respectively. Included in the $5.1 billion, $4.2 billion and $3.3 billion were $2.1 billion, $1.9 billion and $1.5 billion of unrecognized tax benefits, respectively, that if recognized, would lower the effective tax rate.") == [
            "Kestrel's gross unrecognized tax benefits 5.1 @ 2025-03-31 current",
            "Kestrel's gross unrecognized tax benefits 4.2 @ 2024-03-31 comparative",
            "Kestrel's gross unrecognized tax benefits 3.3 @ 2023-03-31 comparative",
            "Unrecognized tax benefits that would lower the effective tax rate 2.1 @ 2025-03-31 current",
            "Unrecognized tax benefits that would lower the effective tax rate 1.9 @ 2024-03-31 comparative",
            "Unrecognized tax benefits that would lower the effective tax rate 1.5 @ 2023-03-31 comparative",
        ])
        // (The clause right after the list's `respectively`, the metric read before the list.)
        #expect(facts("As of March 31, 2025 and 2024, unrecognized tax benefits were $2.1 billion and $1.9 billion, respectively, that if recognized, would lower the effective tax rate.") == [
            "Unrecognized tax benefits that would lower the effective tax rate 2.1x1000000000 As of March 31, 2025 current",
            "Unrecognized tax benefits that would lower the effective tax rate 1.9x1000000000 2024 comparative",
        ])
        // (Events of a month: a flow is the month's, `handedMonthFlow`.)
        #expect(clauses("In April 2021 and August 2018, we issued a total of $3.00 billion and $1.50 billion aggregate principal of senior notes, respectively. The net proceeds from these offerings were $2.97 billion and $1.48 billion, respectively, after deducting issuance costs.") == [
            "Senior notes issued 3.0 @ 2021-04-30 current", "Senior notes issued 1.5 @ 2018-08-31 comparative",
            "Net proceeds from these offerings 2.97 @ 2021-04-01..2021-04-30 current",
            "Net proceeds from these offerings 1.48 @ 2018-08-01..2018-08-31 comparative",
        ])
    }

    @Test("listAfterSentence: not for a list of another count, a sentence naming its own period, or one without `respectively`")
    func listAfterSentenceGuards() {
        let first = "As of June 30, 2025 and 2024, Brightwater's deferred revenue was $310 million and $285 million, respectively."
        // (Three figures after two periods.)
        #expect(!clauses(first + " Of these amounts, $40 million, $30 million and $20 million related to services, respectively.").contains { $0.contains("@ 2024-06-30") && !$0.hasPrefix("Deferred revenue") && !$0.hasPrefix("Brightwater") })
        // (A period of its own: its own reading.)
        #expect(clauses(first + " As of December 31, 2023, accrued royalties were $12 million and $15 million in the United States and Europe, respectively.").allSatisfy { !$0.hasPrefix("Accrued royalties") || $0.contains("2023-12-31") })
        // (No `respectively` in the next sentence: nothing handed on.)
        #expect(clauses(first + " Accrued royalties were $12 million and $15 million.").allSatisfy { !$0.hasPrefix("Accrued royalties") || !$0.contains("2025-06-30") && !$0.contains("2024-06-30") })
    }

    @Test("firstPredicateVerbs: a clause verb in the first predicate of two ends no subject")
    func firstPredicate() {
        #expect(facts("Marketing costs are expensed as incurred and were $2.6 billion, $2.3 billion, and $2.1 billion in 2022, 2023, and 2024.") ==
                ["Marketing costs 2.6x1000000000 2022 current", "Marketing costs 2.3x1000000000 2023 comparative",
                 "Marketing costs 2.1x1000000000 2024 comparative"])
        // (One predicate: the clause verb still ends the subject, what follows is the metric.)
        #expect(facts("In 2024, Norvale incurred restructuring costs of $12 million.") == ["Restructuring costs 12.0x1000000 2024 current"])
    }

    @Test("relativeClauseSubject: the noun phrase before a restrictive relative clause with its own verb is the metric")
    func relativeClause() {
        #expect(facts("The fair value of the derivative instruments that are in a liability position was $269 and $307 as of March 31, 2025 and June 30, 2024, respectively.") ==
                ["Fair value of the derivative instruments 269.0x1 as of March 31, 2025 current",
                 "Fair value of the derivative instruments 307.0x1 June 30, 2024 comparative"])
        // (`that` before a last participle is no clause of its own: `relativeParticiple`.)
        #expect(facts("In 2024, the fair value of restricted stock units that vested was $45 million.") ==
                ["Fair value of restricted stock units that vested 45.0x1000000 2024 current"])
    }

    @Test("openingPeriodList: a list read after another clause takes the list of periods opening the sentence")
    func openingPeriodList() {
        #expect(facts("In fiscal 2024, 2023 and 2022, the incentive lowered our tax by $41 million, $46 million and $36 million, and the benefit per diluted share was $0.21, $0.22 and $0.17, respectively.") ==
                ["Benefit per diluted share 0.21x1 fiscal 2024 current", "Benefit per diluted share 0.22x1 fiscal 2023 comparative",
                 "Benefit per diluted share 0.17x1 fiscal 2022 comparative"])
        // (Not as many periods: the list takes none of them.)
        #expect(facts("In fiscal 2024 and 2023, the incentive lowered our tax by $41 million and $46 million, and the benefit per diluted share was $0.21, $0.22 and $0.17, respectively.").count == 1)
    }
}

/// `in` linking an amount to its noun after a verb of what the company did with it (issue #20).
@Suite("Facts: amounts linked to their noun by `in`")
struct FactsAmountInNounTests {
    func facts(_ s: String) -> [String] { FactsRecallShapesTests().facts(s) }

    @Test("amountInNoun: after an action verb, `<amount> in <noun>` names the metric as `of` does")
    func amountInNoun() {
        #expect(facts("During fiscal years 2024, 2023, and 2022, we paid $98 million, $99 million, and $95 million in cash dividends to our shareholders, respectively.") ==
                ["Cash dividends paid 98.0x1000000 fiscal years 2024 current", "Cash dividends paid 99.0x1000000 fiscal 2023 comparative",
                 "Cash dividends paid 95.0x1000000 fiscal 2022 comparative"])
        #expect(facts("During 2024, the court awarded Zeta Labs $48 million in pre-judgment interest.") ==
                ["Pre-judgment interest awarded 48.0x1000000 2024 current"])
        #expect(facts("During 2024, we returned $1.04 billion in share repurchases and $98 million in quarterly cash dividends.") ==
                ["Share repurchases returned 1.04x1000000000 2024 current", "Quarterly cash dividends returned 98.0x1000000 2024 current"])
    }

    @Test("amountInNoun: no noun after `in`: a period, an article, a name, an idiom, the form of a payment, a sum since a date")
    func notAmountInNoun() {
        for s in ["In 2024, we invested $2.75 billion in Norvale Corp.",
                  "In 2024, we invested $7.5 million in support of small banks.",
                  "We have invested over $37 billion in research and development since our inception."] {
            #expect(facts(s) == [], "\(s)")
        }
        // (The verb alone names these, `actionAmounts`: no noun after `in`.)
        for (s, m) in [("In 2024, we paid $5 million in 2024 to settle the claim.", "Amount paid"),
                       ("In 2024, we invested $2.75 billion in a second convertible note.", "Amount invested"),
                       ("In 2024, we paid $300 million in connection with the settlement.", "Amount paid"),
                       ("In 2024, the Company paid $5 million in cash in lieu of issuing fractional shares.", "Amount paid"),
                       // (No verb of an action: `in` is a place.)
                       ("In 2024, we recorded $122 million in other liabilities.", "Amount recorded in other liabilities")] {
            #expect(facts(s).map { $0.components(separatedBy: " ").dropLast(3).joined(separator: " ") } == [m], "\(s)")
        }
    }
}

/// Where a sentence ends after an abbreviation (issue #20).
@Suite("Facts: a sentence after an abbreviation")
struct FactsAbbreviationSentenceTests {
    func sentences(_ s: String) -> [String] {
        let t = Array(s.utf8)
        return NarrativeExtractor.sentences(t, 0..<t.count).map { NarrativeExtractor.str(t, $0.lowerBound, $0.upperBound) }
    }

    @Test("abbreviationThenOpener: `U.S. The Company's ...` starts a sentence; `U.S. Treasury` does not")
    func abbreviationThenOpener() {
        #expect(sentences("Norvale has plans outside of the U.S. The Company’s total expense for its plans was $287 million, $253 million and $204 million in 2024, 2023 and 2022, respectively.")
            == ["Norvale has plans outside of the U.S.",
                "The Company’s total expense for its plans was $287 million, $253 million and $204 million in 2024, 2023 and 2022, respectively."])
        #expect(sentences("It covers employees in the U.S. In fiscal 2024, expenses were $2 million.").count == 2)
        #expect(sentences("Norvale held U.S. Treasury securities of $5 million in 2024.").count == 1)
        #expect(sentences("Norvale Inc. Retirement Plan assets were $5 million in 2024.").count == 1)
    }
}

/// Negative amounts as an HTML rendition prints them, and a bracket ending the noun before an
/// amount (issue #20).
@Suite("Facts: brackets in lists of amounts")
struct FactsBracketListTests {
    func figures(_ s: String) -> [String] { FactsUnitTests().figures(s) }
    func facts(_ s: String) -> [String] { FactsRecallShapesTests().facts(s) }

    @Test("negativeInParentheses: a space inside the parentheses, `$( 67 ) million`, `($ 94 ) million`")
    func spacedParentheses() {
        #expect(figures("of $ 104 million, $( 67 ) million and $ 176 million") ==
                ["$ 104 million=104.0x1000000 USD", "$( 67 ) million=-67.0x1000000 USD", "$ 176 million=176.0x1000000 USD"])
        #expect(figures("agreements of ($ 94 ) million, ($ 25 ) million and $ 151 million") ==
                ["$ 94 ) million=-94.0x1000000 USD", "$ 25 ) million=-25.0x1000000 USD", "$ 151 million=151.0x1000000 USD"])
        // (Still an unclosed parenthesis is no figure; a bracketed aside in another currency stays positive.)
        #expect(figures("of $( 12.7 billion") == [])
        #expect(figures("was RMB6.88 ( US$0.96 ) per share") == ["RMB6.88=6.88x1 RMB", "US$0.96=0.96x1 USD"])
    }

    @Test("bracketBeforeAmount: a bracket ending the noun phrase before `of` is part of the metric")
    func bracketBeforeAmount() {
        #expect(facts("For the years ended December 31, 2024, 2023 and 2022 the Company recorded pre-tax net currency gains (losses) of $ 104 million, $( 67 ) million and $ 176 million, respectively, in other comprehensive income (loss).") ==
                ["Pre-tax net currency gains (losses) 104.0x1000000 years ended December 31, 2024 current",
                 "Pre-tax net currency gains (losses) -67.0x1000000 2023 comparative",
                 "Pre-tax net currency gains (losses) 176.0x1000000 2022 comparative"])
        // (A bracket further back closes another phrase.)
        #expect(facts("Related to the hedges, the company recognized in other comprehensive income (loss) pre-tax gains of $305 million in 2024.") ==
                ["Pre-tax gains 305.0x1000000 2024 current"])
    }

    @Test("bracketInPhrase: a bracket after a slash is part of the subject, `gain/(loss) recognized`")
    func slashBracket() {
        #expect(facts("The amount of gain/(loss) recognized in AOCI for these hedges was $( 221 ) and $ 102 for the nine months ended March 31, 2025 and 2024, respectively.") ==
                ["Amount of gain/(loss) recognized in AOCI for these hedges -221.0x1 nine months ended March 31, 2025 current",
                 "Amount of gain/(loss) recognized in AOCI for these hedges 102.0x1 2024 comparative"])
    }
}

/// A count of shares bought `for` an amount (issue #20).
@Suite("Facts: the amount paid for a count of shares")
struct FactsSharesForAmountTests {
    func facts(_ s: String) -> [String] { FactsRecallShapesTests().facts(s).filter { !$0.hasPrefix("Shares ") } }

    @Test("sharesForAmount: `repurchased N shares [of its common stock] for $X` states their value, each item of a list too")
    func sharesForAmount() {
        #expect(facts("During the six months ended March 29, 2025, the Company repurchased 208 million shares of its common stock for $48.3 billion.") ==
                ["Value of shares repurchased 48.3x1000000000 six months ended March 29, 2025 current"])
        #expect(facts("Norvale repurchased 7 million shares for $1.3 billion in 2024, 10 million shares for $1.6 billion in 2023 and 8 million shares for $1.1 billion in 2022.") ==
                ["Value of shares repurchased 1.3x1000000000 2024 current", "Value of shares repurchased 1.6x1000000000 2023 current",
                 "Value of shares repurchased 1.1x1000000000 2022 current"])
    }

    @Test("sharesForAmount: a price per share, or shares that are no count of the sentence's verb, state no value")
    func notSharesForAmount() {
        #expect(facts("In 2024, the options give Norvale the option to purchase up to 1.6 million shares of its common stock for $282.52 per share.") == [])
        // (A price per share paid is no value of the shares: `priceOfSharesFor` names it a price.)
        #expect(facts("In 2024, we acquired all outstanding shares of Zeta for $45.00 per share in cash.")
                == ["Price per share of Zeta acquired 45.0x1 2024 current"])
    }
}

/// A change stated as `<subject> increased by <amount>` (issue #20).
@Suite("Facts: an amount a metric changed by")
struct FactsAmountChangeByTests {
    func facts(_ s: String) -> [String] { FactsRecallShapesTests().facts(s) }

    @Test("amountChangeBy: `<subject> increased|decreased by $X` is the change of the subject's metric")
    func amountChangeBy() {
        #expect(facts("Goodwill increased by $23 million in fiscal year 2023 from acquisitions.") ==
                ["Goodwill change 23.0x1000000 fiscal year 2023 change"])
        #expect(facts("Deferred revenue during the six months ended June 30, 2025 increased by $106.1 million.") ==
                ["Deferred revenue change 106.1x1000000 six months ended June 30, 2025 change"])
        #expect(facts("In 2024, the fair value of the notes decreased by $12 million.") == ["Fair value of the notes change -12.0x1000000 2024 change"])
        // (`in comparison with the prior year` is the comparison, not the change's period.)
        #expect(facts("In 2024, segment net sales decreased by $1.8 billion in comparison with the prior year.") ==
                ["Segment net sales change -1.8x1000000000 2024 change"])
    }

    @Test("amountChangeBy: a pronoun subject, a plan or a hypothetical states no change of a metric")
    func notAmountChangeBy() {
        #expect(facts("In 2024, we increased our reserves by $1.3 billion.") == [])
        #expect(facts("The change will increase our fiscal year 2024 operating income by $133 million.") == [])
        #expect(facts("This amount, if recognized, would reduce income tax expense by $246 million.") == [])
    }

    @Test("objectChangeBy: `<subject> increased <object> by $X` is the change of the object's metric")
    func objectChangeBy() {
        #expect(facts("During 2024, we increased the reach-forward loss on the tanker program by $379 million.") ==
                ["Reach-forward loss on the tanker program change 379.0x1000000 2024 change"])
        #expect(facts("In fiscal 2023, Norvale decreased its revolving credit commitment by $200 million.") ==
                ["Revolving credit commitment change -200.0x1000000 fiscal 2023 change"])
        // (A hyphen splits words: twelve of them may name the object.)
        #expect(facts("During 2024, we increased the reach-forward loss on the KC-9A Osprey tanker program by $2,002.") ==
                ["Reach-forward loss on the KC-9A Osprey tanker program change 2002.0x1 2024 change"])
        // (`coordinatedModifiers`: a list of modifiers of one noun names it; was refused as a list of objects.)
        #expect(facts("In 2024, we increased our reserves for general, product, and automobile liabilities by $1.3 billion.") ==
                ["Reserves for general, product, and automobile liabilities change 1.3x1000000000 2024 change"])
        #expect(facts("In fiscal 2023, Norvale decreased its allowance for credit and market losses by $40 million.") ==
                ["Allowance for credit and market losses change -40.0x1000000 fiscal 2023 change"])
    }

    @Test("levelsFromTo: `<subject> increased from $A <date> to $B <date>` states the subject's metric at both dates")
    func levelsFromTo() {
        #expect(facts("Unbilled receivables increased from $8,363 at December 31, 2024, to $9,261 at June 30, 2025, primarily driven by revenue recognized.") ==
                ["Unbilled receivables 8363.0x1 at December 31, 2024 current", "Unbilled receivables 9261.0x1 at June 30, 2025 current"])
        // (No date after each amount: the level before an event, no statement of two levels.)
        #expect(facts("During the quarter, unbilled receivables increased from $8,363 to $9,261 on new deliveries.")
                .allSatisfy { !$0.hasPrefix("Unbilled receivables 8363") })
    }

    @Test("objectChangeBy: a one-word object, a hypothetical, a list of objects or a present verb states no change")
    func notObjectChangeBy() {
        #expect(facts("In 2024, we increased our reserves by $1.3 billion.") == [])
        #expect(facts("In 2024, the change would have decreased the operating lease expense by $12 million.") == [])
        #expect(facts("In 2024, we decreased our commercial paper program and our credit facility, each by $2.5 billion.") == [])
        #expect(facts("In 2024, we increase the reach-forward loss on the program by $379 million.") == [])
    }
}
