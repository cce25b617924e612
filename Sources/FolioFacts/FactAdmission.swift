import FolioModel

/// Which figures read from prose are facts of the filing: the rules that turn a figure
/// away, each named after the sentence shape it serves. A figure the extractor reads with a
/// metric and a period is still no fact when its metric phrase is not a noun phrase (a clause
/// or a fragment of one) or when the sentence states no figure of the filing (a plan, a
/// target, a hypothetical, the bound of a range).
enum FactAdmission {
    // MARK: metric phrases

    /// Words that make a phrase a clause: a finite form of `be` or a relative pronoun.
    static let clauseWords: Set<String> = ["is", "are", "was", "were", "been", "being", "which", "who", "whom", "whose"]
    /// Words a noun phrase does not end with: conjunctions, prepositions, articles and the
    /// participles that take one (`comprised of`, `due to`).
    static let danglingWords: Set<String> = ["and", "or", "but", "nor", "under", "by", "due", "than", "comprised", "of", "to",
                                             "in", "with", "from", "for", "that", "the", "a", "an", "as", "at", "on", "into",
                                             "per", "including", "excluding", "versus", "vs",
                                             // an adjective left before its `to` (`Exercise price equal`)
                                             "equal",
                                             // the verb of a part (`First tranche consisted`), a bound
                                             // (`damages ... in excess`), a negation (`Not`)
                                             "consisted", "consists", "consist", "consisting", "excess", "not"]
    /// Words a noun phrase does not start with: participles left of a clause before the
    /// metric (`driven by`, `due`), `per` (`per share on an average base`), and the
    /// participles of a place (`Included in other liabilities`).
    /// So do the words of a qualifier left when the noun before it went (`Consisted primarily`,
    /// `Before tax, for the plan`), and a negation (`Not been met`).
    static let clauseStarts: Set<String> = ["driven", "due", "per", "included", "recorded", "reported", "presented", "classified",
                                            "consisted", "consisting", "comprised", "before", "not",
                                            // a clause's conjunction (`And 2024, this amount relates to`)
                                            "and", "or", "but"]
    /// **adverbOfClause.** Adverbs that sit beside a clause's verb (`2024 also included ...`,
    /// `Consisted primarily`), never inside or at the end of a noun phrase naming a measure.
    static let clauseAdverbs: Set<String> = ["also", "primarily", "mainly", "principally", "largely", "partially", "partly",
                                             "respectively"]
    /// A participle that opens an offsetting clause before its `by` (`Offset by higher
    /// pricing`): the figure is a part of another change, the phrase names no measure.
    /// So does `related to` whose noun went (`Related to net investment hedges`; `Related tax
    /// benefits` names one).
    static let relatingStarts: Set<String> = ["offset", "related"]
    /// **leadingVerb.** The verb of a footnote or aside whose object is the figure's noun
    /// phrase, dropped from its start (`(1) Includes property and equipment added under
    /// finance leases of $422 million` -> `Property and equipment added under finance leases`;
    /// `Excludes finance lease obligations of $122 million` -> `Finance lease obligations`).
    static let leadingVerbs: Set<String> = ["includes", "include", "excludes", "exclude"]
    /// Adverbs left of a clause before the metric, dropped from its start (`respectively, as
    /// well as state loss carryforwards`).
    static let leadingAdverbs: Set<String> = ["respectively", "primarily", "mainly", "partially", "partly", "also",
                                              "largely", "principally", "as", "well"]
    /// Words that alone name no measure: what is counted but not which count it is (`123
    /// million shares`: authorised, issued, repurchased?), and a qualifier left of a line
    /// item (`Other income (expense), net` read as `Net`).
    /// So do the nouns of a kind of thing without saying which (`Payments`, `Assets`,
    /// `Agreements`: of what?), and the adjectives and bounds left of a phrase (`Aggregate`,
    /// `Foreign`, `Excess`, `Above`).
    static let bareWords: Set<String> = ["shares", "units", "securities", "notes", "options", "warrants",
                                         "net", "total", "other", "gross", "value", "amount", "amounts",
                                         "payments", "payment", "prepayments", "prepayment", "assets", "liabilities", "agreements",
                                         "obligations", "transactions", "contract", "balance", "breakdown", "complaint",
                                         "opportunity", "work", "company", "principal", "price", "increase",
                                         "aggregate", "above", "lower", "excess", "foreign", "inclusive", "cumulative",
                                         "state", "out",
                                         // which collateral (posted or received), which borrowings: the
                                         // word says nothing without its verb or qualifier (`actionOfBareWord`,
                                         // `relatedQualifier`)
                                         "collateral", "borrowings"]
    /// **jurisdictionOnly.** Words of a jurisdiction: a metric of them alone says where, not
    /// what (`$640.0 million of U.S. federal and $723.7 million of state net operating loss
    /// carryforwards` -> `U.S. federal`: turned away).
    static let jurisdictionWords: Set<String> = ["u", "s", "us", "federal", "state", "states", "foreign", "domestic",
                                                 "international", "local", "non", "united"]
    /// Demonstratives and ordinals that point back at something named before (`anaphoricMetric`).
    static let demonstratives: Set<String> = ["these", "those", "this", "such", "said"]
    static let ordinals: Set<String> = ["second", "third", "fourth", "fifth", "latter", "former"]
    /// Nouns of a kind of thing that a demonstrative names only by pointing back (`these agreements`).
    static let genericNouns: Set<String> = ["agreements", "agreement", "facilities", "facility", "arrangements", "arrangement",
                                            "contracts", "contract", "instruments", "instrument", "transactions", "transaction",
                                            "items", "amounts", "amount", "notes", "securities", "loans", "borrowings",
                                            "obligations", "charges", "charge", "awards", "programs", "program", "matters",
                                            "swaps", "derivatives", "entities", "businesses", "acquisitions",
                                            "hedges", "assets", "liabilities", "costs", "payments"]
    /// Words after an ordinal that make it a period, not one of several items (`Second quarter`).
    static let ordinalPeriods: Set<String> = ["quarter", "half", "year", "fiscal", "month", "months", "quarters"]

    /// **anaphoricMetric.** A metric that points back at something named before instead of
    /// naming it: a demonstrative before a generic noun that ends the phrase (`Fair values of
    /// these agreements`, `Amounts outstanding under such facilities`), or an ordinal for one
    /// of several items (`Second charge`, `Third tranche`). The figure is better dropped than
    /// named wrong. A longer phrase names its measure before it points back (`Amount of
    /// gain/(loss) recognized in AOCI for such instruments`): kept.
    static func isAnaphoric(_ words: [Word]) -> Bool {
        guard let last = words.last, words.count <= 5 else { return false }
        if words.count >= 2, ordinals.contains(words[0].text), !ordinalPeriods.contains(words[1].text) { return true }
        guard genericNouns.contains(last.text) else { return false }
        return words.indices.contains { k in demonstratives.contains(words[k].text) && words.count - 1 - k <= 3 }
    }
    /// Whether `words[k]` is an adverb of a clause (`adverbOfClause`): one of `clauseAdverbs`
    /// at the end, or beside a verb (a word ending in `ed`, one of `includeVerbs`, `require`):
    /// `2024 also included`, `Consisted primarily`, `Assets primarily consist`; not `Interest
    /// expense primarily from our notes`.
    static func isClauseAdverb(_ words: [Word], _ k: Int) -> Bool {
        guard clauseAdverbs.contains(words[k].text) else { return false }
        if k + 1 == words.count { return true }
        func verbLike(_ w: Word) -> Bool {
            w.text.hasSuffix("ed") || includeVerbs.contains(w.text) || w.text == "require" || w.text == "requires"
        }
        return verbLike(words[k + 1]) || k > 0 && verbLike(words[k - 1])
    }

    /// **includeVerb.** The verbs of what a subject contains, left inside a phrase: the phrase
    /// is a clause (`Assets held for sale primarily include goodwill`, `Financing cash flows in
    /// 2024 included the issuance of notes`), not a noun phrase; the participle before `in`
    /// qualifies a noun (`Costs included in SG&A`).
    static let includeVerbs: Set<String> = ["include", "includes", "included", "consist", "consists", "consisted", "comprise",
                                            "comprises", "contain", "contains", "contained", "represent", "represents",
                                            "represented", "reflect", "reflects", "reflected",
                                            // and the verbs of a sentence about the filing itself
                                            // (`The following table presents ...`, `this amount relates to`)
                                            "presents", "shows", "relates", "requires"]

    /// Rule `metricNounPhrase`: the metric as a noun phrase naming a measure, or nil when the
    /// phrase has none. A clause keeps its subject, or, inverted, what follows its verb; leading
    /// adverbs go:
    ///
    ///     The costs of the facility are included in interest expense and were $4 million
    ///         -> `Costs of the facility`
    ///     Acquisition expenses, which were comprised of legal fees, totaled $44 million
    ///         -> `Acquisition expenses`
    ///     Included in inventories on our balance sheets are assets totaling $9 million
    ///         -> `Assets`
    ///     ... $93 million, respectively, as well as state loss carryforwards of $408 million
    ///         -> `State loss carryforwards`
    ///
    /// Turned away:
    ///
    ///     ..., primarily due to a $12 million increase in operating income   (`Due`: a fragment)
    ///     there were 5 million shares purchased under the plan  (`Shares purchased under`)
    ///     Included in other liabilities on our balance sheets was $5 billion  (a place)
    ///     the company was authorized to issue 2.0 billion shares of class A stock  (`Shares`)
    ///     Other income (expense), net was $938 million  (`Net`)
    ///     ... partially offset by the positive impacts of higher pricing of 2%  (`Offset by ...`)
    ///     The exercise price equal to 120% of the market value  (`Exercise price equal`)
    ///     ... gains (losses) in other comprehensive income (loss) related to hedges of $38 million
    ///         (`Related to hedges`: a qualifier without its noun)
    ///     ... $419 million, which consisted primarily of $374 million in cash  (`Consisted primarily`)
    ///     The first tranche consisted of $600 million of notes  (`First tranche consisted`)
    ///     Net income for 2024 also included adjustments totaling losses of $1.0 billion
    ///         (`2024 also included adjustments totaling losses`: `adverbOfClause`)
    ///     ... the criteria has not been met, is estimated to be $600 million  (`Not`)
    ///
    /// A label before a colon goes (`labelColon`), and the verb of a footnote (`leadingVerb`):
    ///
    ///     Cash: Cash provided by operations was $13.1 billion  -> `Cash provided by operations`
    ///     (1) Includes property and equipment added under finance leases of $422 million
    ///         -> `Property and equipment added under finance leases`
    ///
    /// A `change` metric is judged on the metric it changes.
    static func nounPhrase(_ metric: String) -> String? {
        if metric.hasSuffix(" change"), metric.utf8.count > 7 {
            return nounPhrase(String(metric.dropLast(7))).map { $0 + " change" }
        }
        let bytes = Array(metric.utf8)
        var words = Words.split(bytes[...])
        let whole = words.count
        // A clause: its subject, else (inverted: `Included in X are assets`) what follows its verb.
        if let c = words.firstIndex(where: { clauseWords.contains($0.text) }) {
            if c > 0, !clauseStarts.contains(words[0].text) {
                words = Array(words[..<c])
            } else if words[0].text == "not" {
                // (A negated clause names nothing: `not been met`.)
                return nil
            } else if let l = words.lastIndex(where: { clauseWords.contains($0.text) }), l + 1 < words.count {
                words = Array(words[(l + 1)...])
            } else {
                return nil
            }
        }
        // **labelColon.** A bullet's label before a colon is a heading, not part of the measure:
        // `Cash: Cash provided by operations was $13.1 billion` -> `Cash provided by operations`.
        if let colon = bytes.lastIndex(of: UInt8(ascii: ":")), let k = words.firstIndex(where: { $0.start > colon }), k > 0 {
            words = Array(words[k...])
        }
        while let f = words.first, leadingAdverbs.contains(f.text) || leadingVerbs.contains(f.text) && words.count > 1 {
            words.removeFirst()
        }
        // **partsOf.** `consisting of` / `comprised of` before a list item's noun phrase: the
        // phrase names the part (`consisting of goodwill balances allocated to our reporting
        // units` -> `Goodwill balances allocated to our reporting units`).
        if words.count > 2, ["consisting", "comprised", "comprising"].contains(words[0].text), words[1].text == "of" {
            words.removeFirst(2)
        }
        // **repeatedHeading.** A heading printed before the sentence that repeats it (`Other
        // Income (Expense), Net Other income (expense), net`): the sentence's subject is kept.
        if words.count >= 2, words.count % 2 == 0,
           words[..<(words.count / 2)].map(\.text) == words[(words.count / 2)...].map(\.text) {
            words = Array(words[(words.count / 2)...])
        } else if let h = gluedHeadingEnd(bytes, words) {
            words = Array(words[h...])
        }
        // **yearListTail.** The tail of an opening list of years before the subject (`and 2022,
        // the book value of series A preferred stock`) goes with its comma.
        if words.count > 3, words[0].text == "and", Years.fourDigit(words[1].text) != nil, words[1].end < bytes.count,
           bytes[words[1].end] == UInt8(ascii: ",") {
            words.removeFirst(2)
            while let f = words.first, ["the", "a", "an"].contains(f.text) { words.removeFirst() }
        }
        // **secondNounPhrase.** A first noun phrase holding its own figure, then `and a` (`an`,
        // `the`) and a second: the second names the figure (`lease term of 6.8 years and a
        // weighted average discount rate` -> `Weighted average discount rate`).
        if let k = words.indices.last(where: { $0 + 2 < words.count && words[$0].text == "and"
            && ["a", "an", "the"].contains(words[$0 + 1].text) }),
           words[..<k].contains(where: { Int($0.text) != nil }) {
            words = Array(words[(k + 2)...])
        }
        // What is left names something in words (`2024, which was`: no metric).
        guard let first = words.first, let last = words.last,
              words.contains(where: { $0.text.contains(where: \.isLetter) }) else { return nil }
        if words.contains(where: { clauseWords.contains($0.text) }) { return nil }
        // (The second half of a compound dangles nothing: `SG&A`, `follow-on`.)
        let compoundEnd = words.count > 1 && NarrativeExtractor.compoundJoint(bytes, words[words.count - 2], last)
        if danglingWords.contains(last.text) && !compoundEnd || clauseStarts.contains(first.text) { return nil }
        if words.indices.contains(where: { isClauseAdverb(words, $0) }) { return nil }
        if relatingStarts.contains(first.text), words.count > 1, words[1].text == "to" || words[1].text == "by" { return nil }
        if words.count == 1, bareWords.contains(first.text) { return nil }
        if isAnaphoric(words) || words.allSatisfy({ jurisdictionWords.contains($0.text) }) { return nil }
        // **singleWordMetric.** One word names a measure only as a noun: not a participle
        // (`Vested`, `Disposed`), nor a word cut at a dash or a quote (`Service—`, `Net”`).
        if words.count == 1, first.text.hasSuffix("ed") || first.end < bytes.count && bytes[first.end] >= 0x80
            || first.start > 0 && bytes[first.start - 1] >= 0x80 { return nil }
        // (**relativeIncludeVerb.** Not the verb of a relative clause after `that`, which
        // qualifies the noun before it: `units that represent expected future orders`.)
        if let k = words.indices.dropFirst().first(where: { includeVerbs.contains(words[$0].text) && words[$0 - 1].text != "that" }),
           !(k + 1 < words.count && ["in", "within", "as", "under", "on"].contains(words[k + 1].text)) { return nil }
        if words.count == whole { return metric }
        // What is left as printed, without a comma, colon or bracket left open at its end.
        var s = NarrativeExtractor.singleSpaced(bytes, first.start, last.end)
        if let l = s.last, l == "," || l == ":" || l == "(" { s.removeLast() }
        guard let c = s.first else { return nil }
        return c.uppercased() + s.dropFirst()
    }

    /// **headingGluedToSubject.** A heading printed inline before its paragraph reaches the
    /// text glued to the first sentence's subject, which takes up its words in other words
    /// around them (`repeatedHeading` where it repeats them exactly): `Stock-based Compensation
    /// Total stock-based compensation expense was $81 million` -> `Total stock-based
    /// compensation expense`, `Warranty Costs Warranty costs were`, `Operating Activities Net
    /// cash used by operating activities was`. The heading is the opening run of capitalised
    /// words (or words without a letter; a compound's second half as its first) but the last,
    /// which opens the subject; two words or more, each of them in the rest, whose first
    /// word is lower-case. The index of the subject's first word; nil when there is none
    /// (`Accumulated Other Comprehensive Income`, `Income Tax Expense The effective income tax
    /// rate`: `expense` is not taken up).
    static func gluedHeadingEnd(_ bytes: [UInt8], _ words: [Word]) -> Int? {
        guard words.count >= 3 else { return nil }
        // (The second half of a compound is as its first: `Stock-based`.)
        func continued(_ i: Int) -> Bool { i > 0 && NarrativeExtractor.compoundJoint(bytes, words[i - 1], words[i]) }
        func capitalised(_ i: Int) -> Bool {
            if continued(i) { return capitalised(i - 1) }
            let w = words[i]
            guard let c = bytes[w.start..<min(w.end, bytes.count)].first(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A })
            else { return true }
            return c <= 0x5A
        }
        var k = 0
        while k < words.count, capitalised(k) { k += 1 }
        // (The subject opens with the run's last word, a compound's first half.)
        var h = k - 1
        while h > 0, continued(h) { h -= 1 }
        guard k < words.count, h >= 2 else { return nil }
        let rest = Set(words[h...].map(\.text))
        let heading = words[..<h].filter { $0.text.contains(where: \.isLetter) }
        return !heading.isEmpty && heading.allSatisfy({ rest.contains($0.text) }) ? h : nil
    }

    // MARK: sentences that state no figure of the filing

    /// Words after which a sentence states a plan, a target or a hypothetical, not a figure of
    /// the period: modal verbs, and the nouns and verbs of goals and guidance.
    static let forwardWords: Set<String> = ["will", "would", "could", "might", "should", "goal", "goals", "target", "targets",
                                            "targeted", "targeting", "aim", "aims", "aiming", "ambition", "ambitions", "aspire",
                                            "aspiration", "expect", "expects", "anticipate", "anticipates", "forecast",
                                            "forecasts", "outlook", "guidance", "intend", "intends", "seek", "seeks"]

    /// What a sentence says about its figures, read in one pass over its words: where a plan,
    /// a target or a hypothetical starts (`forwardLooking`) and where it names a year to reach
    /// (`targetYear`).
    struct SentenceMarks: Sendable {
        /// Byte offset of the first of `forwardWords`, nil when none.
        var forward: Int?
        /// `by <year>`: the offset of `by` and the year.
        var byYears: [(at: Int, year: Int)] = []

        /// Rule `forwardLooking`: a figure after a plan, a target or a hypothetical starts is
        /// not a figure of the filing:
        ///
        ///     Our goal is to conserve 60 billion gallons of water by 2030.
        ///     A 10% change in the exchange rate would result in an adjustment of $2.1 billion.
        ///     The company expects to repurchase shares at a value of $6 to $7 billion.
        func isForward(_ f: Figure) -> Bool { forward.map { $0 < f.start } ?? false }

        /// Rule `targetYear`: a figure followed in its sentence by `by <year>` of a year after
        /// `year` (the sentence's or section's period) is a target, not a result:
        ///
        ///     ... to raise the share of women in leadership to 40% of our workforce by 2030.
        func isTarget(_ f: Figure, year: Int) -> Bool {
            byYears.contains { $0.at >= f.end && $0.year > year }
        }
    }

    static let relativePronouns: Set<String> = ["that", "which", "who"]
    /// `forwardWords` and `relativePronouns` tested on bytes: `marks` reads every word of every
    /// sentence with a figure, and makes no `String` of them.
    static let forwardBytes = ByteWords(forwardWords), relativeBytes = ByteWords(relativePronouns)
    static let byWord = Array("by".utf8), toWord = Array("to".utf8), beWord = Array("be".utf8)
    /// The participles of an estimate before `to` and a verb (`estimatedTo`); not before `to
    /// be`, which states an amount (`is estimated to be $600 million`).
    static let estimateBytes = ByteWords(["estimated", "projected", "expected"])

    static let ifWord = Array("if".utf8)

    /// Whether the modal at `words[k]` is the verb of a relative clause, which describes the
    /// noun before it and states no plan: right after the pronoun (`benefits that would impact
    /// the rate`), or, **conditionalInRelative**, after the pronoun and a condition of one or
    /// two words opening with `if` (`Unrecognized tax benefits that if recognized would affect
    /// our effective tax rate were $509 million`, `liabilities that, if settled, would reduce
    /// ...`): the figure after the clause is of the period, not a hypothetical.
    static func isInRelativeClause(_ t: [UInt8], _ words: [Range<Int>], _ k: Int) -> Bool {
        guard k > 0 else { return false }
        if relativeBytes.contains(t, words[k - 1]) { return true }
        for n in 1...2 where k - n - 2 >= 0 {
            if Words.equal(t, words[k - n - 1], ifWord), relativeBytes.contains(t, words[k - n - 2]) { return true }
        }
        return false
    }

    static func marks(_ t: [UInt8], _ r: Range<Int>) -> SentenceMarks {
        let lo = max(0, min(r.lowerBound, t.count)), hi = max(lo, min(r.upperBound, t.count))
        var m = SentenceMarks()
        let words = Words.ranges(t[lo..<hi])
        // (The word lists read once, not once a word.)
        let forwardList = forwardBytes, estimateList = estimateBytes, by = byWord, to = toWord, be = beWord
        for (k, w) in words.enumerated() {
            // (A modal in a relative clause describes a noun: `benefits that would impact the rate`,
            // `conditionalInRelative`.)
            if m.forward == nil, forwardList.contains(t, w), !isInRelativeClause(t, words, k), !isReinvestmentIntent(t, words, k),
               !isAgreementTerm(t, words, k) {
                m.forward = w.lowerBound
            }
            // **estimatedTo.** `were estimated to reduce ... by 5.3 million metric tons`: an
            // estimate of what something would do, no figure of the period.
            if m.forward == nil, estimateList.contains(t, w), k + 2 < words.count, Words.equal(t, words[k + 1], to),
               !Words.equal(t, words[k + 2], be) {
                m.forward = w.lowerBound
            }
            if Words.equal(t, w, by), k + 1 < words.count, words[k + 1].count == 4,
               let y = Years.fourDigit(String(decoding: t[words[k + 1]], as: UTF8.self)) {
                m.byYears.append((w.lowerBound, y))
            }
        }
        return m
    }

    /// Participles that make the figure after them a part or a cause of the subject, not its
    /// value (`related to`, `due to`, `driven by`, `offset by`, `comprised of`).
    static let componentWords: Set<String> = ["related", "due", "driven", "offset", "comprised", "consisting", "attributed",
                                              "consisted", "consist", "consists"]

    /// Rule `componentOfSubject`: in `<subject> was primarily related to <figure> used for
    /// ...`, the figure is a part of the subject, not its value. `ctx` are the last words before
    /// the figure (`was primarily related to`).
    ///
    ///     Net cash used in financing activities was primarily related to $7.8 billion of repurchases.
    ///     Operating income increased, primarily due to a $12 million increase in revenue.
    ///     The first tranche consisted of $600 million of floating rate notes.  (the notes name it)
    ///     Other noncurrent assets primarily consist of $250 million of deferred tax assets.
    static func isComponent(_ ctx: [Word]) -> Bool {
        var i = ctx.count - 1
        while i >= 0, NarrativeExtractor.modifiers.contains(ctx[i].text) { i -= 1 }
        guard i >= 1, ["to", "by", "of"].contains(ctx[i].text) else { return false }
        // (An adverb may stand between: `consisted primarily of`.)
        let j = i >= 2 && clauseAdverbs.contains(ctx[i - 1].text) ? i - 2 : i - 1
        return componentWords.contains(ctx[j].text)
    }

    /// Rule `comparisonWithoutCurrent`: a figure stated after `compared to` / `versus` whose
    /// current figure was not read (`... as compared to diluted net income per share of $4.20
    /// from a year ago`) is a comparative without its period; it is not read as a statement
    /// of the current period. `phrase` is the text from the clause start to the figure.
    static func isComparisonWithoutCurrent(_ phrase: String) -> Bool {
        // (A scan of the bytes, each run of letters and digits a word, no word split out.)
        let b = Array(phrase.utf8)
        let slice = b[...]
        func inWord(_ k: Int) -> Bool { Words.isAlnum(b[k]) && !Words.isPunctuation(slice, k) }
        var i = 0
        while i < b.count {
            guard inWord(i) else { i += Words.isPunctuation(slice, i) ? 3 : 1; continue }
            var e = i
            while e < b.count, inWord(e) { e += 1 }
            if comparisonWordBytes.contains(where: { w in w.count == e - i && (0..<w.count).allSatisfy { Words.lower(b[i + $0]) == w[$0] } }) {
                return true
            }
            i = e
        }
        return false
    }

    /// The words of `comparisonWithoutCurrent`, as bytes.
    static let comparisonWordBytes: [[UInt8]] = ["compared", "versus", "vs"].map { Array($0.utf8) }

    /// Words after a percent that make it part of a name or a description, not a measure:
    /// a stake (`a 10% partner`, `a 51% interest`) or a debt instrument's coupon (`3.75%
    /// senior notes`, `Form of 4.700% Note due 2024`).
    static let attributiveNouns: Set<String> = ["partner", "partners", "stake", "interest", "owned", "ownership",
                                                "senior", "notes", "note", "debentures", "bonds", "subordinated",
                                                "convertible", "coupon"]

    /// Rule `attributivePercent`: a percent read as the first word of a noun phrase
    /// (`Shell is a 10% partner in ...`, `repaid $1.3 billion of 3.75% senior notes`) names a
    /// stake or an instrument; it is not a figure stated for a period. `after` is the text
    /// after the figure.
    static func isAttributivePercent(_ f: Figure, after: ArraySlice<UInt8>) -> Bool {
        guard f.unit == "percent", after.first == 0x20, let w = Words.split(after.prefix(24)).first,
              w.start == after.startIndex + 1 else { return false }
        return attributiveNouns.contains(w.text)
    }

    /// Rule `comparativePercent`: a percent before a comparative and `than` (`around 60%
    /// lighter than a conventional platform`, `25% more efficient than`) compares two things;
    /// it is not a figure stated for a period. `after` is the text after the figure.
    static func isComparativePercent(_ f: Figure, after: ArraySlice<UInt8>) -> Bool {
        guard f.unit == "percent", after.first == 0x20 else { return false }
        let w = Words.split(after.prefix(48))
        guard w.count >= 2, w[0].start == after.startIndex + 1 else { return false }
        let comparative = ["more", "less", "fewer"].contains(w[0].text) || (w[0].text.utf8.count > 4 && w[0].text.hasSuffix("er"))
        return comparative && (w[1].text == "than" || w.count >= 3 && w[2].text == "than" && ["more", "less"].contains(w[0].text))
    }

    /// Rule `rangeBound`: two figures of one unit joined by `to` or a dash, not after `from`,
    /// `by` or a change word, are the bounds of a range (an estimate or guidance), not a
    /// figure each:
    ///
    ///     repurchases at a value of $6 to $7 billion        (both turned away)
    ///     revenue grew from $6 to $7 billion                (a change: kept)
    ///     revenue increased $1 billion to $7 billion        (a change and a level: kept)
    static func isRange(_ t: [UInt8], _ a: Figure, _ b: Figure, from lineStart: Int) -> Bool {
        guard a.unit == b.unit else { return false }
        let lo = max(0, min(a.end, t.count)), hi = max(lo, min(b.start, t.count))
        var gap = t[lo..<hi].filter { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }
        // `-`, `–` (E2 80 93), `—` (E2 80 94) or `to`.
        let dash = gap == [UInt8(ascii: "-")] || gap == [0xE2, 0x80, 0x93] || gap == [0xE2, 0x80, 0x94]
        gap = gap.map(Words.lower)
        guard dash || gap == Array("to".utf8) else { return false }
        let before = Words.tail(t, max(lineStart, a.start - 40), a.start) { $0.count >= 1 }
        guard let w = before.last?.text else { return true }
        return w != "from" && w != "by" && !NarrativeExtractor.changeWords.contains(w)
    }
}
