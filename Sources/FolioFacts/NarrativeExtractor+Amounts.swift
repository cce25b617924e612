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
            // Punctuation between two words ends the phrase.
            var k = gapStart
            while k < w.start, t[k] == 0x20 { k += 1 }
            if k < w.start { break }
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
                              before ctx: [Word], base: StatedPeriod?) -> (metric: String, end: Int, periods: [StatedPeriod])? {
        let e = listEnd(t, figures, from: k)
        guard e > k, figures[k].hasCurrency else { return nil }
        let next = e + 1 < figures.count ? figures[e + 1].start : sentenceEnd
        if let w = ctx.last?.text, amountBlockers.contains(w) { return nil }
        guard let m = amountOfNoun(t, figures[e], before: [], nextStart: next),
              let ps = listPeriods(t, figures, k, e, clauseStart: clauseStart, sentenceEnd: sentenceEnd, base: base) else { return nil }
        return (m, e, ps)
    }
}
