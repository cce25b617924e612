import FolioModel

/// A change stated as a noun: `the increase in the valuation allowance was $321 million`,
/// `an $8 million reduction of our deferred tax expense`.
extension NarrativeExtractor {
    /// **changeNoun.** A change a noun states (`increase`, `decrease`, `reduction`, `decline`:
    /// `changeNounWords`) is the change of the measure it names after `in`, `of` or `to`,
    /// whether the amount follows it or stands before it:
    ///
    ///     For fiscal 2024, the increase in the valuation allowance was $321 million.   -> Valuation allowance change 321
    ///     ... resulting in an $8 million reduction of our deferred tax expense.        -> Deferred tax expense change -8
    ///     the board authorized a $5.0 billion increase to the existing authorization.  -> Existing authorization change 5.0
    ///
    /// After the amount: an article right before it, the change word (after `net` or not) right
    /// after it, then `in`, `of` or `to` and a noun phrase (`nounPhrase`). Before it: an article
    /// (and `net`) before the change word, `in` or `of` and a noun phrase that runs to a verb
    /// of statement (`was`, `were`, `totaled`, `of`; a word saying it is approximate may stand
    /// between), at most twelve words, the article not inside a qualifier (`costs related to
    /// the reduction in force of €136 million`: the amount is the costs'). The noun phrase is
    /// whole (`whole`: not `cost` of `cost of revenues`, not `revenues and partially offset`).
    /// Negative after a word of decrease. The period is the
    /// date of the event the sentence opens with (`On February 16, 2023, the board authorized
    /// ...`: `openingEventPeriod`), else the sentence's (`periodNear`). A change is never a stated level: no cell is compared with
    /// it as one (`stated` false). Nil for any other shape.
    static func changeNoun(_ t: [UInt8], _ f: Figure, ctx: [Word], nextStart: Int, sentence r: Range<Int>,
                           base: StatedPeriod?, figures: [Figure] = [], k: Int = -1) -> NarrativeFact? {
        guard f.hasCurrency, f.value > 0, let (m, word) = changeAfterAmount(t, f, ctx: ctx, nextStart: nextStart)
                ?? changeBeforeAmount(t, f, ctx: ctx, sentence: r) ?? changeOfAmountsIn(t, figures, k, ctx: ctx, sentence: r) else { return nil }
        var g = f
        if decreaseNouns.contains(word) { g.value = -g.value }
        let period = openingEventPeriod(t, f, sentence: r, base: base) ?? periodNear(t, after: f.end, f, nextStart: nextStart, sentence: r, base: base)
        return NarrativeFact(metric: m + " change", figure: g, period: period, role: "change", stated: false)
    }

    /// `<article> <amount> [net] <change word> in|of|to <noun phrase>`: the noun phrase
    /// (capitalized) and the change word.
    static func changeAfterAmount(_ t: [UInt8], _ f: Figure, ctx: [Word], nextStart: Int) -> (String, String)? {
        guard let a = ctx.last?.text, ["a", "an"].contains(a), f.end < nextStart, nextStart <= t.count else { return nil }
        let words = Words.split(t[f.end..<min(nextStart, f.end + 200)])
        var i = 0
        if i < words.count, words[i].text == "net" { i += 1 }
        guard i + 2 < words.count, changeNounWords.contains(words[i].text), ["in", "of", "to"].contains(words[i + 1].text),
              (f.end..<words[i].start).allSatisfy({ t[$0] == 0x20 }),
              let phrase = nounPhrase(t, from: words[i + 1].end, to: min(nextStart, t.count)),
              whole(phrase, in: Array(words[(i + 2)...])) else { return nil }
        return (phrase.first.map { $0.uppercased() + phrase.dropFirst() } ?? phrase, words[i].text)
    }

    /// `<article> [net] <change word> in|of <noun phrase> <was|were|totaled|of> <amount>`:
    /// the noun phrase (capitalized) and the change word.
    static func changeBeforeAmount(_ t: [UInt8], _ f: Figure, ctx: [Word], sentence r: Range<Int>) -> (String, String)? {
        // (The link word before the amount, read already, turns most amounts away.)
        guard let link = ctx.last(where: { !approximators.contains($0.text) })?.text, statementLinks.contains(link) else { return nil }
        let lo = max(0, min(r.lowerBound, f.start))
        // (A byte search for a change noun's stem before any word is split: `increase`,
        // `decrease`, `reduction`, `decline`.)
        let near = max(lo, f.start - 160)..<f.start
        guard changeStems.contains(where: { lastIndex(of: $0, in: t, near) != nil }) else { return nil }
        // (`tail` offsets are relative to `lo`: `at` makes them absolute.)
        let words = Words.tail(t, lo, f.start) { $0.count >= 18 }
        func at(_ i: Int) -> (start: Int, end: Int) { (lo + words[i].start, lo + words[i].end) }
        var v = words.count - 1
        while v >= 0, approximators.contains(words[v].text) { v -= 1 }
        guard v > 0, statementLinks.contains(words[v].text),
              let c = (max(0, v - 13)..<v).last(where: { changeNounWords.contains(words[$0].text) }),
              c + 2 < v, ["in", "of"].contains(words[c + 1].text) else { return nil }
        var a = c - 1
        if a >= 0, words[a].text == "net" { a -= 1 }
        // (Inside a qualifier, `costs related to the reduction in force of €136 million`, the
        // amount is another noun's.)
        guard a >= 0, ["the", "a", "an"].contains(words[a].text),
              a == 0 || !["to", "of", "for", "from", "with", "by"].contains(words[a - 1].text),
              !words[(c + 2)..<v].contains(where: { verbs.contains($0.text) || clauseVerbs.contains($0.text) || changeNounWords.contains($0.text) }),
              (at(c + 1).end..<at(v).start).allSatisfy({ t[$0] != UInt8(ascii: ",") && t[$0] != UInt8(ascii: ";") }),
              let phrase = nounPhrase(t, from: at(c + 1).end, to: at(v).start),
              whole(phrase, in: Array(words[(c + 2)..<v])) else { return nil }
        return (phrase.first.map { $0.uppercased() + phrase.dropFirst() } ?? phrase, words[c].text)
    }

    /// **changeOfAmountsIn.** `<article> [net] <change word> of <amounts>[, respectively,] in
    /// <noun phrase>`: the measure is named after the amounts (`the Company reported a net
    /// increase of approximately $120 million, $95 million and $60 million, respectively, in its
    /// accrued warranty costs` -> `Accrued warranty costs change`; `an increase of $5 million in
    /// deferred revenue`). Figure `k` follows `of` (a word saying it is approximate allowed);
    /// the list is `listEnd`'s from it; after its last amount stand `, respectively,` or nothing,
    /// then `in` and a whole noun phrase (`whole`), no period (`in fiscal 2024`, `in the fourth
    /// quarter`: a period, no measure). The noun phrase (capitalized) and the change word; nil
    /// for any other shape.
    static func changeOfAmountsIn(_ t: [UInt8], _ figures: [Figure], _ k: Int, ctx near: [Word], sentence r: Range<Int>) -> (String, String)? {
        // (`ctx` may hold four words only, `net increase of approximately`: the article is read too.)
        guard k >= 0, k < figures.count, near.contains(where: { $0.text == "of" }) else { return nil }
        let ctx = Words.tail(t, r.lowerBound, figures[k].start) { $0.count >= 6 }
        var v = ctx.count - 1
        while v >= 0, approximators.contains(ctx[v].text) { v -= 1 }
        guard v >= 2, ctx[v].text == "of", changeNounWords.contains(ctx[v - 1].text) else { return nil }
        let a = ctx[v - 2].text == "net" ? v - 3 : v - 2
        guard a >= 0, ["a", "an", "the"].contains(ctx[a].text) else { return nil }
        let e = listEnd(t, figures, from: k)
        let next = min(e + 1 < figures.count ? figures[e + 1].start : r.upperBound, t.count)
        var i = figures[e].end
        let respectively = Array(", respectively,".utf8)
        if i + respectively.count <= next, respectively.indices.allSatisfy({ t[i + $0] == respectively[$0] }) { i += respectively.count }
        let link = Array(" in ".utf8)
        guard i + link.count < next, link.indices.allSatisfy({ t[i + $0] == link[$0] }) else { return nil }
        let from = i + link.count - 1
        let words = Words.split(t[from..<next])
        guard let w0 = words.first(where: { !determiners.contains($0.text) }), !periodOpenings.contains(w0.text),
              Months.number(w0.text) == nil, let phrase = nounPhrase(t, from: from, to: next),
              whole(phrase, in: Array(words.drop(while: { determiners.contains($0.text) }))) else { return nil }
        return (phrase.first.map { $0.uppercased() + phrase.dropFirst() } ?? phrase, ctx[v - 1].text)
    }

    /// First words of a period phrase after `in` (`changeOfAmountsIn`: `in fiscal 2024`, `in the
    /// fourth quarter`): a period, no measure.
    static let periodOpenings: Set<String> = ["fiscal", "first", "second", "third", "fourth", "quarter", "year", "years", "period",
                                              "periods", "months", "prior", "current", "same", "each", "both", "future", "calendar"]

    /// Whether `phrase` is a whole noun phrase of the words after the change's `in` (`words`):
    /// the word after it is not `of` (`cost of revenues` read as `cost`) nor `for` but before a
    /// period (`provision for income taxes` read as `provision`), and no adverb or
    /// participle of a clause joined it (`revenues and partially offset by ...`).
    static func whole(_ phrase: String, in words: [Word]) -> Bool {
        let ws = Words.split(phrase)
        guard !ws.isEmpty, ws.count <= words.count,
              !ws.contains(where: { $0.text.hasSuffix("ly") || ["offset", "driven", "due"].contains($0.text) }) else { return false }
        guard ws.count < words.count else { return true }
        let next = words[ws.count].text
        return next != "of" && !(next == "for" && ws.count + 1 < words.count && !["the", "a", "fiscal"].contains(words[ws.count + 1].text))
    }

    /// The stems of `changeNounWords` (`changeBeforeAmount`'s byte search).
    static let changeStems: [[UInt8]] = ["crease", "reduction", "decline"].map { Array($0.utf8) }

    /// The verbs of statement before an amount a change noun names (`changeBeforeAmount`).
    static let statementLinks: Set<String> = ["was", "were", "totaled", "of"]

    /// The nouns of a change (`changeNoun`), and those of a decrease.
    static let changeNounWords: Set<String> = ["increase", "decrease", "reduction", "decline"]
    static let decreaseNouns: Set<String> = ["decrease", "reduction", "decline"]
}
