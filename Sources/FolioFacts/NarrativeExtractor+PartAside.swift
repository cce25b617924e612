import FolioModel

/// A whole and the part of it a clause after it dates.
extension NarrativeExtractor {
    /// **partAsideBeforeNoun.** `<verb> <amount>, of which <amount> was <participle> <period>,
    /// of <noun>`: an aside between an amount and its noun states the part of it that fell in
    /// a shorter period. `For the year ended December 31, 2022, we recorded approximately $1.1
    /// billion, of which $720 million was recorded in the fourth quarter, of impairments of
    /// property and equipment` -> `Impairments recorded` 1.1 billion for 2022 and 720 million
    /// for its fourth quarter.
    ///
    /// The aside (`datedPart`) closes with a comma within 80 bytes, before any other figure;
    /// after it `of <noun>` names both, as the company's action on the whole names it
    /// (`actionAmounts`' `actionObject`), else as `amountOfNoun` does. (An aside that dates no
    /// part leaves the whole to `actionAmounts`, `wholeAcrossAside`.) The whole's period is the one the sentence states before it, else after
    /// the noun; the part's is the aside's, read against the whole's (`in the fourth quarter`
    /// of that year). Nil for any other shape. Returns the whole's fact and the part's.
    static func partAsideBeforeNoun(_ t: [UInt8], _ figures: [Figure], _ k: Int, sentence r: Range<Int>,
                                    base: StatedPeriod?) -> (whole: NarrativeFact, part: NarrativeFact)? {
        guard k >= 0, k + 1 < figures.count else { return nil }
        let w = figures[k], p = figures[k + 1]
        let next = k + 2 < figures.count ? figures[k + 2].start : r.upperBound
        guard let (comma, phrase) = datedPart(t, whole: w, part: p, limit: min(r.upperBound, p.end + 80, next)),
              comma < t.count, t[comma] == UInt8(ascii: ",") else { return nil }
        var whole = w
        whole.end = comma + 1
        // (Named as the company's action on it names an amount, `actionAmounts`, else by its noun.)
        let acted = companyActionBefore(t, w, from: r.lowerBound).flatMap {
            actionObject(t, whole, verb: $0, nextStart: next, actionFrom: r.lowerBound)
        }
        guard let m = acted ?? amountOfNoun(t, whole, before: [], nextStart: next, actionFrom: r.lowerBound).map({
            withAction($0, t, w, from: r.lowerBound)
        }) else { return nil }
        guard let wp = PeriodParser.find(t, cutComparison(t, r.lowerBound..<w.start), base: base)
                ?? PeriodParser.find(t, cutCause(t, cutComparison(t, comma..<next)), base: base),
              let pp = periodOnly(t, phrase, base: wp) else { return nil }
        return (NarrativeFact(metric: m, figure: w, period: wp, role: "current", stated: false),
                NarrativeFact(metric: m, figure: p, period: pp, role: "current", stated: false))
    }

    /// **partInPeriod.** `<metric> was <amount>, of which <amount> was <participle> <period>.`:
    /// the part of a whole read just before (`head`, the fact of figure `k - 1`) that fell in
    /// a shorter period is the whole's metric for that period: `For the year ended December
    /// 31, 2024, revenue was $5.0 billion, of which $2.0 billion was recognized in the fourth
    /// quarter.` -> `Revenue` 2.0 billion for the fourth quarter of 2024. The clause
    /// (`datedPart`) runs to the sentence's end or a comma; the period is read against the
    /// head's. Nil for any other shape.
    static func partInPeriod(_ t: [UInt8], _ figures: [Figure], _ k: Int, head: NarrativeFact?, sentence r: Range<Int>) -> NarrativeFact? {
        guard k >= 1, k < figures.count, let head, let hp = head.period, head.figure.end == figures[k - 1].end else { return nil }
        let next = k + 1 < figures.count ? figures[k + 1].start : r.upperBound
        guard let (_, phrase) = datedPart(t, whole: figures[k - 1], part: figures[k], limit: min(r.upperBound, next), toEnd: true),
              let pp = periodOnly(t, phrase, base: hp) else { return nil }
        return NarrativeFact(metric: head.metric, figure: figures[k], period: pp, role: "current", stated: false)
    }

    /// **datedPart.** The clause after a whole `w` that states the part `p` of it that fell in a
    /// period: `, of which` (a word saying it is approximate allowed) right before the part, a
    /// smaller amount of the same currency, then `was` or `were`, a participle and nothing but
    /// a period phrase (`periodOnly`) up to a comma before `limit` (or, `toEnd`, to a full stop
    /// or `limit`). A clause that says where or what the part is (`of which $720 million
    /// related to North America`) dates no part. Returns where the clause ends and the range
    /// of its period phrase, or nil.
    static func datedPart(_ t: [UInt8], whole w: Figure, part p: Figure, limit: Int, toEnd: Bool = false) -> (end: Int, phrase: Range<Int>)? {
        guard w.hasCurrency, p.unit == w.unit, p.value > 0, p.value * Double(p.scale) < w.value * Double(w.scale),
              w.end < p.start, p.end < limit, limit <= t.count, t[w.end] == UInt8(ascii: ",") else { return nil }
        guard Words.split(t[w.end..<p.start]).map(\.text).filter({ !approximators.contains($0) }) == ["of", "which"] else { return nil }
        let stops: Set<UInt8> = toEnd ? [UInt8(ascii: ","), UInt8(ascii: ".")] : [UInt8(ascii: ",")]
        let end = (p.end..<limit).first(where: { stops.contains(t[$0]) }) ?? (toEnd ? limit : nil)
        guard let end else { return nil }
        let aside = Words.split(t[p.end..<end])
        guard aside.count >= 3, ["was", "were"].contains(aside[0].text), isParticiple(aside[1]) else { return nil }
        return (end, aside[2].start..<end)
    }

    /// The period `t[range]` states when it is a period phrase and nothing more: a preposition
    /// and `the` may open it, every other word is one of the phrase's (`in the fourth
    /// quarter`, `during the three months ended June 30, 2025`); nil otherwise.
    static func periodOnly(_ t: [UInt8], _ range: Range<Int>, base: StatedPeriod?) -> StatedPeriod? {
        guard let p = PeriodParser.find(t, range, base: base) else { return nil }
        let phrase = Set(Words.split(p.text).map(\.text))
        let words = Words.split(t[range])
        return words.allSatisfy({ ["in", "during", "for", "the", "of"].contains($0.text) || phrase.contains($0.text) }) ? p : nil
    }
}
