import FolioModel

/// An amount by which one measure is reduced, or exceeds another.
extension NarrativeExtractor {
    /// **differenceBy** (after `amountChangeBy` and `objectChangeBy`, read by `tookChange` so a
    /// list takes its periods as `changeByList`'s): an amount stated after `by` that is no change
    /// of a measure over time but a difference standing at a date:
    ///
    ///     At June 30, 2025 and December 31, 2024, our trade receivables were reduced by $9
    ///     million and $7 million, respectively.                 -> Trade receivables reduction 9, 7
    ///     At March 31, 2025, the estimated cost of the cleanup exceeded our accrued liabilities
    ///     by $120 million.                                      -> Excess of estimated cost of the cleanup
    ///                                                              over accrued liabilities 120
    ///
    /// `<subject> was|were reduced by <amount>` (a passive: what the subject is net of) names
    /// `<Subject> reduction`; `<subject> exceeded <object> by <amount>` names `Excess of <subject>
    /// over <object>`, the object as `objectChangeBy` reads one (an article or possessive first,
    /// no verb, list or aside; no modal before the verb). The subject is read as a statement's
    /// (`metricPhrase`, its period phrase the amount's). A level of the difference, positive,
    /// role `current`; never a stated subject (no disagreement). Nil for any other shape
    /// (`we reduced our costs by`: `objectChangeBy`'s change; `will exceed`: a plan).
    static func differenceBy(_ t: [UInt8], _ f: Figure, ctx: [Word], by i: Int, phraseStart: Int, nextStart: Int,
                             sentence r: Range<Int>, base: StatedPeriod?) -> NarrativeFact? {
        guard f.value > 0, i >= 2, i < ctx.count else { return nil }
        let metric: String
        let verbAt: Int
        if ctx[i - 1].text == "reduced", ["was", "were"].contains(ctx[i - 2].text) {
            guard let at = lastIndex(of: Array(" \(ctx[i - 2].text) reduced".utf8), in: t, phraseStart..<f.start) else { return nil }
            verbAt = at
            metric = ""
        } else if let (object, at) = exceededObject(t, before: f.start, from: max(r.lowerBound, phraseStart)) {
            verbAt = at
            metric = object
        } else {
            return nil
        }
        guard verbAt > phraseStart, let (subject, inPhrase) = metricPhrase(str(t, phraseStart, verbAt), base: base),
              FactAdmission.nounPhrase(subject) != nil else { return nil }
        let m = metric.isEmpty ? subject + " reduction" : "Excess of " + subject.prefix(1).lowercased() + subject.dropFirst() + " over " + metric
        let period = inPhrase ?? periodNear(t, after: f.end, f, nextStart: nextStart, sentence: r, base: base)
        return NarrativeFact(metric: m, figure: f, period: period, role: "current", stated: false)
    }

    /// `exceeded <object> by` right before the amount at `end`: the object, its
    /// article or possessive dropped, two to eight words of letters, spaces and hyphens (a
    /// participle allowed: `our recorded liabilities`), no `and`/`or`; and where `exceeded`
    /// starts. Nil after a modal or `have` (`will exceed`, `would have exceeded`), or for any
    /// other shape.
    static func exceededObject(_ t: [UInt8], before end: Int, from lo: Int) -> (String, Int)? {
        // (The words before the amount, enough to reach the verb; `by` the last, modifiers after it.)
        let ctx = Words.tail(t, lo, end) { $0.count >= 12 }
        guard let i = ctx.lastIndex(where: { $0.text == "by" }), ctx[(i + 1)...].allSatisfy({ modifiers.contains($0.text) }),
              let v = ctx[..<i].lastIndex(where: { $0.text == "exceeded" }), i - v >= 3, i - v <= 9,
              objectOpeners.contains(ctx[v + 1].text),
              !ctx[(v + 1)..<i].contains(where: { ["and", "or"].contains($0.text) }),
              v == 0 || !(modalWords.contains(ctx[v - 1].text) || ["have", "has", "had"].contains(ctx[v - 1].text)),
              let at = lastIndex(of: Array(" exceeded ".utf8), in: t, lo..<end),
              let by = lastIndex(of: Array(" by ".utf8), in: t, at..<end), at + 10 < by,
              (at + 10..<by).allSatisfy({ t[$0] < 0x80 && Words.isAlnum(t[$0]) || t[$0] == 0x20 || t[$0] == UInt8(ascii: "-") }) else { return nil }
        let words = Words.split(t[(at + 10)..<by]).dropFirst()
        guard let a = words.first, let b = words.last else { return nil }
        return (singleSpaced(t, a.start, b.end), at)
    }
}

extension NarrativeExtractor {
    /// **differenceAside.** An amount set after a stated figure by a comma, saying how far it
    /// lies from another measure, is that difference at the figure's period:
    ///
    ///     At June 30, 2025, the fair value of long-term debt was $18.2 billion, approximately
    ///     $2.1 billion less than the carrying value.   -> Excess of carrying value over fair
    ///                                                      value of long-term debt 2.1 billion
    ///     ... was $4.0 billion, $0.3 billion higher than its carrying amount.
    ///                                                   -> Excess of <head> over carrying amount
    ///
    /// `<head figure>, [approximately] <amount> less|lower|more|higher|greater than <noun
    /// phrase>` (an article or possessive first, at most six words, to punctuation), the head
    /// the fact read right before, of the same unit. Nil for any other shape.
    static func differenceAside(_ t: [UInt8], _ f: Figure, nextStart: Int, head: NarrativeFact?) -> NarrativeFact? {
        guard let head, f.hasCurrency, f.value > 0, head.figure.unit == f.unit, head.figure.end < f.start,
              head.figure.end < t.count, t[head.figure.end] == UInt8(ascii: ","), f.end + 6 < min(nextStart, t.count) else { return nil }
        // (Between: a comma and at most one word saying the amount is approximate.)
        let between = Words.split(t[(head.figure.end + 1)..<f.start])
        guard between.count <= 1, between.allSatisfy({ approximators.contains($0.text) }) else { return nil }
        let after = Words.split(t[f.end..<min(nextStart, t.count, f.end + 96)])
        guard after.count >= 4, after[1].text == "than", let side = differenceSides[after[0].text],
              ["the", "its", "our", "their"].contains(after[2].text) else { return nil }
        var e = 3
        while e + 1 < after.count, e < 8, !(after[e].end..<after[e + 1].start).contains(where: { t[$0] != 0x20 }),
              !stopAfterCount.contains(after[e + 1].text) { e += 1 }
        let other = singleSpaced(t, after[3].start, after[e].end)
        let own = head.metric.prefix(1).lowercased() + head.metric.dropFirst()
        let m = side ? "Excess of " + own + " over " + other : "Excess of " + other + " over " + own
        guard FactAdmission.nounPhrase(m) != nil else { return nil }
        return NarrativeFact(metric: m, figure: f, period: head.period, role: "current", stated: false)
    }

    /// The words of `differenceAside` and whether the head is the greater (`more`) or the lesser.
    static let differenceSides: [String: Bool] = ["less": false, "lower": false, "more": true, "higher": true, "greater": true]
}
