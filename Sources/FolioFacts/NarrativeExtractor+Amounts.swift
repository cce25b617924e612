import FolioModel

/// Amounts that name their metric after them: `<amount> of <noun phrase>`.
extension NarrativeExtractor {
    /// **amountOfNoun.** A currency amount followed by `of` and a noun phrase names its metric
    /// there, whatever comes before it: `As of June 30, 2025, there was $796 million of total
    /// unrecognized compensation cost related to unvested awards.`, `In May 2024, we issued
    /// $500 million of senior notes due 2027.`, `$61.0 million of revenue was recognized
    /// during the quarter.` The phrase runs to punctuation or to the first word that starts a
    /// qualifier or a clause (`related`, `due`, `which`, a preposition), at most six words, a
    /// leading article dropped. Not after `each`, `every`, `per` (a unit: `each $1,000 of
    /// principal amount`) nor after `to`, `than`, `between`, `from` (a bound or a starting
    /// point: `payments of up to $95 million`).
    static func amountOfNoun(_ t: [UInt8], _ f: Figure, before ctx: [Word], nextStart: Int) -> String? {
        let end = min(nextStart, t.count)
        guard f.hasCurrency, f.end + 4 < end, t[f.end] == 0x20, t[f.end + 1] == UInt8(ascii: "o"),
              t[f.end + 2] == UInt8(ascii: "f"), t[f.end + 3] == 0x20 else { return nil }
        if let w = ctx.last?.text, amountBlockers.contains(w) { return nil }
        var picked: [Word] = []
        var gapStart = f.end + 4
        for w in Words.split(t[(f.end + 4)..<end]) {
            // Punctuation between two words ends the phrase, except inside a compound word
            // (`compoundJoint`: `short-term`, `U.S.`).
            var k = gapStart
            if abbreviationClosed(t, picked) { k += 1 }   // the period closing `U.S.`
            while k < w.start, t[k] == 0x20 { k += 1 }
            if k < w.start, !(picked.last.map { compoundJoint(t, $0, w) } ?? false) { break }
            gapStart = w.end
            if picked.isEmpty && determiners.contains(w.text) { continue }
            if picked.count >= 6 || amountStops.contains(w.text) || stopAfterCount.contains(w.text) || Int(w.text) != nil { break }
            picked.append(w)
        }
        guard let a = picked.first, let b = picked.last, a.text.first?.isLetter == true, !pronouns.contains(a.text) else { return nil }
        let m = singleSpaced(t, a.start, b.end)
        guard let c = m.first else { return nil }
        return c.uppercased() + m.dropFirst()
    }

    /// **compoundJoint.** Two words printed with one hyphen between them (`short-term
    /// investments`, `post-combination expense`, `non-cash earnings`), or single letters with one
    /// period between them (`U.S. tax credits`), are one word of the phrase, not punctuation
    /// ending it: `$15.9 billion of short-term investments` names `Short-term investments`.
    static func compoundJoint(_ t: [UInt8], _ a: Word, _ b: Word) -> Bool {
        guard a.end + 1 == b.start, a.end < t.count else { return false }
        if t[a.end] == UInt8(ascii: "-") { return true }
        return t[a.end] == UInt8(ascii: ".") && a.end - a.start == 1 && b.end - b.start == 1
    }

    /// The last two words picked are single letters joined by a period and the last is
    /// followed by its own (`U.S.`): that period closes the abbreviation, it ends no phrase.
    static func abbreviationClosed(_ t: [UInt8], _ picked: [Word]) -> Bool {
        guard picked.count >= 2, let last = picked.last, last.end < t.count, t[last.end] == UInt8(ascii: ".") else { return false }
        return compoundJoint(t, picked[picked.count - 2], last) && t[picked[picked.count - 2].end] == UInt8(ascii: ".")
    }

    /// Words before an amount that make it a unit or a bound, not a figure of the filing.
    static let amountBlockers: Set<String> = ["each", "every", "per", "to", "than", "between", "from", "exceed", "exceeding"]

    /// Words that end an `amountOfNoun` phrase: qualifiers, participles and clause words.
    static let amountStops: Set<String> = ["related", "due", "expected", "held", "recorded", "recognized", "included",
                                           "associated", "attributable", "remaining", "outstanding", "available",
                                           "primarily", "principally", "under", "into", "within", "over", "if", "when",
                                           "upon", "after", "before", "net", "respectively", "previously", "not", "will",
                                           "would", "could", "may", "has", "have", "had", "being", "been", "be", "plus",
                                           "less", "payable", "owed"]

    /// **amountsOfNoun.** A list of amounts whose last names the metric for all of them, one
    /// for each period of a list (`The facility was supported by $1.7 billion and $1.6 billion
    /// of receivables at June 30, 2025 and December 31, 2024, respectively.`): each amount
    /// takes the metric and its period (`listPeriods`); nil unless the periods are stated.
    static func amountsOfNoun(_ t: [UInt8], _ figures: [Figure], _ k: Int, clauseStart: Int, sentenceEnd: Int,
                              before ctx: [Word], base: StatedPeriod?, earlier: [StatedPeriod]? = nil) -> (metric: String, end: Int, periods: [StatedPeriod])? {
        let e = listEnd(t, figures, from: k)
        guard e > k, figures[k].hasCurrency else { return nil }
        let next = e + 1 < figures.count ? figures[e + 1].start : sentenceEnd
        if let w = ctx.last?.text, amountBlockers.contains(w) { return nil }
        guard let m = amountOfNoun(t, figures[e], before: [], nextStart: next),
              let ps = listPeriods(t, figures, k, e, clauseStart: clauseStart, sentenceEnd: sentenceEnd, base: base, earlier: earlier) else { return nil }
        return (m, e, ps)
    }
}

extension NarrativeExtractor {
    /// The words that link a noun phrase to the amount after it in `nounBeforeAmount`.
    static let amountLinks: Set<String> = ["of", "totaling", "totalling", "totaled", "totalled", "aggregating", "aggregated"]

    /// **nounBeforeAmount.** Where the clause around an amount is no metric statement (its
    /// subject is a pronoun, a finite verb sits inside, or it runs long), the noun phrase right
    /// before `of` (or `totaling`) is the metric: `the receivables were reduced by allowances
    /// of $70 million`, `we continue to maintain a valuation allowance of $725 million`,
    /// `contracts designated as hedges with notional amounts totaling $3.5 billion`. The phrase
    /// runs back from the link word to an article, a preposition, a verb, a pronoun or
    /// punctuation (a hyphen joins: `step-up`), at most six words; a lone `total`, `amount` or `aggregate` names nothing,
    /// and a change (`an increase of $5 million`) is no level.
    static func nounBeforeAmount(_ t: [UInt8], from a: Int, to b: Int) -> String? {
        let words = Words.tail(t, a, b) { $0.count >= 9 }
        guard let link = words.last, amountLinks.contains(link.text) else { return nil }
        var first = words.count - 1
        var k = words.count - 2
        while k >= 0, words.count - 1 - k <= 6 {
            let w = words[k]
            // Punctuation between this word and the next ends the phrase.
            var p = a + w.end
            while p < a + words[k + 1].start, t[p] == 0x20 || t[p] == UInt8(ascii: "-") { p += 1 }
            if p < a + words[k + 1].start { break }
            if nounStops.contains(w.text) || Int(w.text) != nil { break }
            first = k
            k -= 1
        }
        guard first < words.count - 1 else { return nil }
        let picked = words[first..<(words.count - 1)]
        guard let head = picked.first, head.text.first?.isLetter == true,
              let noun = picked.last?.text, !changeWords.contains(noun) || noun == "gain",
              !(picked.count == 1 && ["total", "amount", "aggregate", "sum", "value", "amounts"].contains(head.text)),
              let last = picked.last else { return nil }
        let m = singleSpaced(t, a + head.start, a + last.end)
        guard let c = m.first else { return nil }
        return c.uppercased() + m.dropFirst()
    }

    /// Words that end a `nounBeforeAmount` phrase, read backwards.
    static let nounStops: Set<String> = determiners.union(leading).union(verbs).union(clauseVerbs).union(pronouns)
        .union(subjectPronouns).union(finiteVerbs).union(introWords)
        .union(["by", "from", "than", "including", "excluding", "or", "this", "any", "each", "these", "those", "their", "his", "her"])
}
