import FolioModel

/// Parts a balance or an expense is said to include, named by the words after them.
extension NarrativeExtractor {
    /// **includedPartQualified.** `<subject> include(s|d) <amount> <qualifier>` names a part of
    /// the subject by the qualifier printed after the amount: `As of September 28, 2024, cash
    /// and cash equivalents included $2.6 billion held in escrow` -> `Cash and cash
    /// equivalents held in escrow`, `At June 30, 2025 and December 31, 2024, Accounts payable
    /// included $1,638 and $2,703 payable to suppliers who have elected to participate` ->
    /// `Accounts payable to suppliers` (a word the subject ends with is not said twice), `In
    /// fiscal 2024, 2023 and 2022, personnel expenses included $212 million, $192 million, and
    /// $161 million, respectively, attributable to the U.S.` -> `Personnel expenses
    /// attributable to the U.S.`. The amount (or a list of them, `listEnd`, then `respectively`
    /// may stand) follows the verb with nothing between; the qualifier opens with a word of a
    /// part (`partQualifiers`: `held`, `placed`, `attributable`, `owed`, `payable`, `related`)
    /// and runs to punctuation (a bracket inside a word joins it: `401(k)`), a year or a word
    /// that opens a clause or a date (`partQualifierStops`), at most ten words (none when they
    /// end inside a name), and names more than its first word. The subject is read as a statement's (`metricPhrase`: no pronoun, the opening phrase off);
    /// each amount's period as a list's (`listPeriods`, else the sentence's opening list of as
    /// many periods) or, for one amount, as a noun's beside it (`periodNear`). Without such a
    /// qualifier the amount is the subject's part unnamed (`Prepaid expenses included $31 and
    /// $29.`): nil, no fact; one printed once after a second such list is both lists'
    /// (`sharedPartQualifier`). Returns the metric, the list's last figure and the
    /// periods.
    static func includedPart(_ t: [UInt8], _ figures: [Figure], _ k: Int, ctx: [Word], phraseStart: Int, sentence r: Range<Int>,
                             base: StatedPeriod?, earlier: [StatedPeriod]?) -> (metric: String, end: Int, periods: [StatedPeriod])? {
        let f = figures[k]
        guard f.hasCurrency, f.value > 0, let verb = ctx.last, includePartVerbs.contains(verb.text),
              let at = lastIndex(of: Array(verb.text.utf8), in: t, phraseStart..<f.start), at > phraseStart else { return nil }
        let verbEnd = at + verb.text.utf8.count
        guard verbEnd <= opening(t, f), (verbEnd..<opening(t, f)).allSatisfy({ t[$0] == 0x20 }) else { return nil }
        let e = listEnd(t, figures, from: k)
        let next = min(e + 1 < figures.count ? figures[e + 1].start : r.upperBound, t.count)
        guard figures[e].end < next else { return nil }
        // (`split` of a slice gives offsets in `t`.)
        var after = Words.split(t[figures[e].end..<next])
        var i = 0
        if i < after.count, after[i].text == "respectively" { i += 1 }
        if let shared = sharedPartQualifier(t, figures, k, e, after: after, sentence: r) { (after, i) = (shared, 0) }
        guard i < after.count, partQualifiers.contains(after[i].text) else { return nil }
        var q = [after[i]]
        var j = i + 1
        while j < after.count, q.count < 10 {
            let w = after[j], prev = q[q.count - 1]
            // (A bracket inside a name joins its words: `the 401(k) plan`.)
            guard (prev.end..<w.start).allSatisfy({ t[$0] == 0x20 || t[$0] == UInt8(ascii: "(") || t[$0] == UInt8(ascii: ")") })
                    || compoundJoint(t, prev, w) else { break }
            if partQualifierStops.contains(w.text) || Years.fourDigit(w.text) != nil { break }
            q.append(w)
            j += 1
        }
        // (Cut inside a name by the count, `under the 401`: no name.)
        if j < after.count, q.count >= 10, !(q[q.count - 1].end..<after[j].start).contains(where: { t[$0] == 0x20 }) { return nil }
        while let l = q.last, partQualifierTails.contains(l.text) { q.removeLast() }
        guard q.count >= 2, let (subject, _) = metricPhrase(str(t, phraseStart, at), base: base) else { return nil }
        // (`Accounts payable` + `payable to suppliers`: the word is said once.)
        let lastWord = subject.split(separator: " ").last.map { $0.lowercased() }
        let from = lastWord == q[0].text ? q[1].start : q[0].start
        let qualifier = singleSpaced(t, from, closedEnd(t, q, from: from, end: q[q.count - 1].end))
        guard qualifier.filter({ $0 == "(" }).count == qualifier.filter({ $0 == ")" }).count else { return nil }
        let m = subject + " " + qualifier
        let n = e - k + 1
        let periods: [StatedPeriod]
        if n == 1 {
            guard let p = periodNear(t, after: f.end, f, nextStart: next, sentence: r, base: base) else { return nil }
            periods = [p]
        } else {
            guard let ps = listPeriods(t, figures, k, e, clauseStart: phraseStart, sentenceEnd: r.upperBound, base: base, earlier: earlier)
                    ?? periodList(t, r.lowerBound..<figures[k].start, base: base, count: n) else { return nil }
            periods = ps
        }
        return (m, e, periods)
    }

    /// **sharedPartQualifier.** The words after a second list when `figures[k...e]` is followed
    /// by `and <subject> include(s|d)` and a list of as many amounts whose qualifier names a part
    /// (`partQualifiers`): `At June 30, 2025 and December 31, 2024, Other current assets included
    /// $414 and $539 and Other assets included $559 and $299 owed to us under these agreements`
    /// -> the first list is `Other current assets owed to us under these agreements` too (the
    /// qualifier printed once, after the second). The words (offsets in `t`) from the second
    /// list's end to the figure after it; nil for any other shape (`includedPartQualified` reads
    /// the first list alone as before: no fact).
    static func sharedPartQualifier(_ t: [UInt8], _ figures: [Figure], _ k: Int, _ e: Int, after: [Word], sentence r: Range<Int>) -> [Word]? {
        guard after.count >= 3, after[0].text == "and", let verb = after.last, includePartVerbs.contains(verb.text),
              !after.dropFirst().dropLast().contains(where: { finiteVerbs.contains($0.text) || includePartVerbs.contains($0.text) }),
              e + 1 < figures.count, (verb.end..<opening(t, figures[e + 1])).allSatisfy({ t[$0] == 0x20 }) else { return nil }
        let e2 = listEnd(t, figures, from: e + 1)
        guard e2 - e == e - k + 1 else { return nil }
        let next = min(e2 + 1 < figures.count ? figures[e2 + 1].start : r.upperBound, t.count)
        guard figures[e2].end < next else { return nil }
        let words = Words.split(t[figures[e2].end..<next])
        return words.first.map { partQualifiers.contains($0.text) } == true ? words : nil
    }

    /// The verbs of `includedPartQualified`.
    static let includePartVerbs: Set<String> = ["include", "includes", "included"]
    /// The words that open the qualifier naming a part (`includedPartQualified`).
    static let partQualifiers: Set<String> = ["held", "placed", "attributable", "owed", "payable", "related", "deposited"]
    /// The words that end that qualifier: a clause, a list, a date, an aside.
    static let partQualifierStops: Set<String> = ["who", "which", "that", "and", "or", "pursuant", "as", "at", "on", "during",
                                                  "for", "respectively", "was", "were", "is", "are", "compared", "while"]
    /// The words a qualifier does not end with.
    static let partQualifierTails: Set<String> = ["to", "in", "of", "under", "by", "the", "our", "its", "a", "an", "with", "from"]
}
