import FolioModel

/// The parts of a consideration or price, stated by what was paid.
extension NarrativeExtractor {
    /// **partsInKind.** A whole read before in the sentence, then `which consisted (primarily)
    /// of` (`comprised of`, `consisting of`) and amounts each followed by what was paid: each
    /// amount is the part of the whole paid so, of the whole's period:
    ///
    ///     The fair value of the consideration transferred for Zentro was $419 million, which
    ///     consisted primarily of $374 million in cash.
    ///         -> `Fair value of the consideration transferred for Zentro paid in cash` 374
    ///     The purchase price of $929 million consisted of $800 million in cash and $129
    ///     million in shares of common stock.
    ///         -> `... paid in cash` 800, `Purchase price paid in shares of common stock` 129
    ///
    /// Read only when the amount, in the whole's currency, is followed by `in cash`, `in stock`
    /// or `in shares` (and their words up to a comma, `and` or the sentence's end), and the
    /// words between the whole and the amount are the verb of consisting (`which`, `was`, an
    /// adverb allowed) and the parts read before. Without it such an amount was no fact: the
    /// part of a subject (`componentOfSubject`) names no metric of its own.
    static func partInKind(_ t: [UInt8], _ f: Figure, nextStart: Int, sentence r: Range<Int>, read out: [NarrativeFact]) -> NarrativeFact? {
        // (Bytes first: ` in c` or ` in s` right after the amount, `in cash`, `in stock`, `in shares`.)
        guard f.hasCurrency, f.value >= 0, r.lowerBound < f.start, f.end + 4 < t.count, t[f.end] == 0x20,
              t[f.end + 1] == UInt8(ascii: "i"), t[f.end + 2] == UInt8(ascii: "n"), t[f.end + 3] == 0x20,
              t[f.end + 4] | 0x20 == UInt8(ascii: "c") || t[f.end + 4] | 0x20 == UInt8(ascii: "s") else { return nil }
        let end = min(nextStart, r.upperBound)
        let after = Words.split(t[f.end..<min(end, f.end + 60)])
        guard after.count >= 2, after[0].text == "in", ["cash", "stock", "shares"].contains(after[1].text) else { return nil }
        // The verb of consisting, within twelve words before the amount.
        let ws = Words.split(t[max(r.lowerBound, f.start - 120)..<f.start])
        guard let c = ws.indices.last(where: { ["consisted", "comprised", "consisting", "consists"].contains(ws[$0].text) }),
              c + 1 < ws.count, ws.count - c <= 12 else { return nil }
        let o = FactAdmission.clauseAdverbs.contains(ws[c + 1].text) ? c + 2 : c + 1
        guard o < ws.count, ws[o].text == "of",
              let whole = out.last(where: { $0.figure.end <= ws[c].start && $0.role == "current" && $0.figure.unit == f.unit }),
              !whole.metric.contains(" paid in ") else { return nil }
        // Between the whole and the verb: `, which`, `was`, an adverb; after `of`: earlier parts only.
        let gap = Words.split(t[whole.figure.end..<ws[c].start]).map(\.text)
        guard gap.allSatisfy({ ["which", "was", "were", "is", "has", "been"].contains($0) || FactAdmission.clauseAdverbs.contains($0) }),
              ws[(o + 1)...].allSatisfy({ $0.text == "and" || $0.text == "in" || Words.isAlnum(t[$0.start]) }),
              out.last.map({ $0.figure.end == whole.figure.end || $0.metric.hasPrefix(whole.metric + " paid in ") }) ?? false
        else { return nil }
        // What was paid: `in cash`, `in shares of common stock` up to a comma or `and`.
        var e = 1
        while e + 1 < after.count, e < 6, after[e + 1].text != "and",
              !(after[e].end..<after[e + 1].start).contains(where: { t[$0] == UInt8(ascii: ",") || t[$0] == UInt8(ascii: "(") }) { e += 1 }
        let kind = singleSpaced(t, after[1].start, after[e].end)
        return NarrativeFact(metric: whole.metric + " paid in " + kind, figure: f, period: whole.period, role: "current", stated: false)
    }
}
