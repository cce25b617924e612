import FolioModel

/// Amounts a text states as a bound of a measure: the most an agreement allows (`up to $X`:
/// `maximumUpTo`), the least a claim asks (`damages in excess of $X`: `claimedMinimum`), the
/// two ends of an estimate's range (`may range from $X to $Y`: `estimateRange`).
extension NarrativeExtractor {
    /// Which bound of a measure an amount states (`boundMetric`).
    enum Bound {
        case maximum, minimum, lowEnd, highEnd
    }

    /// **boundMetric.** The one naming of a bound, whichever rule read it: a figure of the
    /// filing only where its metric says it is a bound. `Maximum <noun>` (`up to $1.6
    /// billion` of additional payments -> `Maximum additional payments`), `Minimum <noun>`
    /// (`claiming damages in excess of $1 billion` -> `Minimum damages claimed`), `<Noun> (low
    /// end of range)` and `<Noun> (high end of range)` (`future costs to settle these claims may
    /// range from $370 million to $487 million`). After `Maximum`/`Minimum` the noun's first
    /// word is lowercased unless it is an acronym (`SEC`).
    static func boundMetric(_ b: Bound, _ noun: String) -> String {
        let lowered = Words.split(noun).first.map({ $0.text.utf8.count > 1 && noun.dropFirst().first?.isLowercase == true }) == true
            ? (noun.first.map { $0.lowercased() + noun.dropFirst() } ?? noun) : noun
        let capital = noun.first.map { $0.uppercased() + noun.dropFirst() } ?? noun
        switch b {
        case .maximum: return "Maximum " + lowered
        case .minimum: return "Minimum " + lowered
        case .lowEnd: return capital + " (low end of range)"
        case .highEnd: return capital + " (high end of range)"
        }
    }

    /// The period of a bound stated before `f` in the sentence `r`: an instant, as a balance
    /// is held. A date the sentence states before the amount (a duration's end), else the date
    /// of the event it opens with (`In March 2023, the plaintiffs alleged`), else the end of
    /// the section's or filing's period (`base`).
    static func boundPeriod(_ t: [UInt8], before f: Figure, sentence r: Range<Int>, base: StatedPeriod?) -> StatedPeriod? {
        let before = cutComparison(t, r.lowerBound..<f.start)
        return PeriodParser.find(t, before, base: base).map(\.endAsStated)
            ?? PeriodParser.eventDate(t, before).map({ StatedPeriod.event($0.date, phrase: $0.text) })
            ?? base.map(\.endAsStated)
    }

    /// **estimateRange.** Two amounts of one currency joined by `to` (or a dash) are the two
    /// ends of a range; where a verb or noun of estimate, range or claim frames them, each is
    /// a figure of the filing named as its end (`boundMetric`):
    ///
    ///     Future costs to settle these claims may range from approximately $60 million to $85 million.
    ///         -> `Future costs to settle these claims (low end of range)` 60, `(high end of range)` 85
    ///     Costs under the program have generally ranged from $20 to $40 annually.
    ///     In May 2022, the plaintiff alleged that Northwind could owe $12 million to $30 million in damages.
    ///         -> `Damages (low end of range)` 12, `Damages (high end of range)` 30 (May 31, 2022)
    ///
    /// The frame: `range`, `ranges`, `ranged`, `ranging` right before `from` and the first
    /// amount (then the noun is the subject before the verb: the words after the clause's last
    /// `that` or comma, modals and adverbs left off), or a word of estimate or claim
    /// (`estimateWords`: `estimated`, `alleged`, `claims`, `damages`) before the first amount
    /// (then the noun is the one after the second amount, `in damages`). Not a change: `from`
    /// after any other word (`increased from $5.0 billion to $19.5 billion`), `by` or a change
    /// word before the first amount (`FactAdmission.isRange`); not a price's range (`our stock
    /// price has ranged from $25.79 to $866.00`) nor a price for each (`$5 to $7 per share`). The period is `boundPeriod`'s. Never a stated subject: a
    /// bound is compared with no cell. Returns both facts, or nil.
    static func estimateRange(_ t: [UInt8], _ figures: [Figure], _ k: Int, sentence r: Range<Int>,
                              base: StatedPeriod?) -> [NarrativeFact]? {
        guard k + 1 < figures.count else { return nil }
        let (a, b) = (figures[k], figures[k + 1])
        guard a.hasCurrency, b.hasCurrency, a.unit == b.unit, a.value > 0, b.value > a.value, r.lowerBound < a.start else { return nil }
        // (Joined by `to` or a dash, as `FactAdmission.isRange` reads them, or after `range(d) from`.)
        // (Most pairs of amounts are further apart: a few bytes are read before any word.)
        guard b.start - a.end <= 8 else { return nil }
        let gap = Words.split(t[a.end..<b.start])
        guard gap.isEmpty || gap.count == 1 && gap[0].text == "to" else { return nil }
        // (No word between: a dash must join them; two amounts side by side, `$ 5 $ 6` in a
        // table printed as text, are no range, and are common.)
        if gap.isEmpty, !(a.end..<b.start).contains(where: { t[$0] == UInt8(ascii: "-") || t[$0] == 0xE2 }) { return nil }
        let ctx = Words.tail(t, r.lowerBound, a.start) { $0.count >= 24 }
        var i = ctx.count - 1
        while i >= 0, approximators.contains(ctx[i].text) { i -= 1 }
        guard i >= 0 else { return nil }
        let end = min(b.end + 160, r.upperBound, t.count)
        let noun: String?
        if ctx[i].text == "from" {
            guard i >= 1, rangeVerbs.contains(ctx[i - 1].text) else { return nil }
            noun = subjectBefore(t, ctx, verb: i - 1, from: r.lowerBound)
        } else {
            guard FactAdmission.isRange(t, a, b, from: r.lowerBound),
                  ctx[...i].contains(where: { estimateWords.contains($0.text) }) else { return nil }
            noun = amountNoun(t, b, end: end)
        }
        // (The amounts are of the noun: not a price for each, `$5 to $7 per share`.)
        if b.end < end, Words.split(t[b.end..<end]).prefix(3).contains(where: { $0.text == "per" || $0.text == "each" }) { return nil }
        // (A price's range is no estimate: `our stock price has ranged from $25.79 to $866.00`.)
        guard let noun, !Words.split(noun).contains(where: { $0.text == "price" || $0.text == "prices" }),
              FactAdmission.nounPhrase(boundMetric(.lowEnd, noun)) != nil,
              let p = boundPeriod(t, before: a, sentence: r, base: base) else { return nil }
        return [NarrativeFact(metric: boundMetric(.lowEnd, noun), figure: a, period: p, role: "current", stated: false),
                NarrativeFact(metric: boundMetric(.highEnd, noun), figure: b, period: p, role: "current", stated: false)]
    }

    /// The verbs of a range (`estimateRange`).
    static let rangeVerbs: Set<String> = ["range", "ranges", "ranged", "ranging"]

    /// The words that frame two amounts as an estimate's or a claim's range (`estimateRange`).
    static let estimateWords: Set<String> = ["estimate", "estimates", "estimated", "alleged", "allege", "alleges", "claim", "claims",
                                             "claimed", "seek", "seeks", "sought", "damages"]

    /// The subject of the range verb `ctx[verb]` (offsets from `from`): the words after the
    /// last `that` or punctuation before it, modals, auxiliaries and adverbs (`may`, `have`,
    /// `generally`) left off its end; nil when it names nothing.
    static func subjectBefore(_ t: [UInt8], _ ctx: [Word], verb: Int, from: Int) -> String? {
        var e = verb - 1
        while e >= 0, modalVerbs.contains(ctx[e].text) || ["have", "has", "had", "generally", "typically", "historically", "also"].contains(ctx[e].text) {
            e -= 1
        }
        guard e >= 0 else { return nil }
        var s = e
        while s > 0, ctx[s - 1].text != "that", (from + ctx[s - 1].end..<from + ctx[s].start).allSatisfy({ t[$0] == 0x20 }) { s -= 1 }
        guard e - s <= 8, !determiners.contains(ctx[s].text) || s < e else { return nil }
        let first = determiners.contains(ctx[s].text) ? s + 1 : s
        guard first <= e, !pronouns.contains(ctx[first].text) else { return nil }
        var phrase = singleSpaced(t, from + ctx[first].start, from + ctx[e].end)
        // (`Before tax costs`: an adjective of the noun, no clause opening; `Pre-tax costs`.)
        if first + 1 < e, ctx[first].text == "before", ctx[first + 1].text == "tax" {
            phrase = "pre-tax " + singleSpaced(t, from + ctx[first + 2].start, from + ctx[e].end)
        }
        return phrase.first.map { $0.uppercased() + phrase.dropFirst() }
    }

    /// **claimedMinimum.** An amount a claim states as its least (`in excess of`, `more than`,
    /// `over`, `at least`, `exceeds`, `exceeding`) is a figure of the filing named as a minimum
    /// (`boundMetric`) where a verb of claim stands before it in the sentence (`claim`,
    /// `allege`, `seek`, any form) and its noun names what a claim asks (`claimNouns`:
    /// damages, compensation, penalties; not `we seek lessees that have annual revenue of at
    /// least $10 million`):
    ///
    ///     In June 2022, the plaintiffs filed a claim seeking damages in excess of £2 billion.
    ///         -> `Minimum damages sought` 2 billion (June 30, 2022)
    ///     The plaintiffs allege more than $300 million in single damages.  -> `Minimum single damages alleged`
    ///
    /// The noun is the one after the amount (`in single damages`), else the one right after the
    /// verb (`claiming damages against Northwind in excess of`, `claims damages in an amount that
    /// exceeds`). A threshold or a condition is no claim (`if the price is at or above`, `a
    /// loss greater than €20 million`): no verb of claim, or `if`, `unless` or `when` between
    /// it and the amount. The period is `boundPeriod`'s from its own sentence only (a date an
    /// earlier sentence named is another event's): a claim its sentence does not date is no
    /// fact. Never a stated subject.
    static func claimedMinimum(_ t: [UInt8], _ f: Figure, nextStart: Int, sentence r: Range<Int>) -> NarrativeFact? {
        guard f.hasCurrency, f.value > 0, r.lowerBound < f.start, lowerBoundBefore(t, f.start) else { return nil }
        let ctx = Words.tail(t, r.lowerBound, f.start) { $0.count >= 24 }
        var i = ctx.count - 1
        while i >= 0, approximators.contains(ctx[i].text) { i -= 1 }
        guard i >= 0 else { return nil }
        let w = ctx[i].text, prev = i >= 1 ? ctx[i - 1].text : ""
        let lower = ["over", "exceeds", "exceeding"].contains(w) || w == "than" && prev == "more"
            || w == "of" && prev == "excess" && i >= 2 && ctx[i - 2].text == "in" || w == "least" && prev == "at"
        guard lower, let v = ctx[..<i].lastIndex(where: { claimVerbs[$0.text] != nil }), i - v <= 12,
              !ctx[v..<i].contains(where: { ["if", "unless", "when", "whether"].contains($0.text) }),
              let participle = claimVerbs[ctx[v].text] else { return nil }
        let end = min(nextStart, t.count)
        // (Who is claimed against is no part of the noun: `damages against Northwind`.)
        let after = amountNoun(t, f, end: end).flatMap { n -> String? in
            let ws = Words.split(n)
            guard let a = ws.firstIndex(where: { $0.text == "against" }) else { return n }
            return a > 0 ? String(decoding: Array(n.utf8)[..<ws[a - 1].end], as: UTF8.self) : nil
        }
        guard let noun = after ?? objectAfterVerb(t, ctx, v, from: r.lowerBound, to: i),
              Words.split(noun).contains(where: { claimNouns.contains($0.text) }) else { return nil }
        let m = boundMetric(.minimum, noun + " " + participle)
        // (Only a date of its own sentence: a claim is not of the date an earlier sentence
        // named, `At a hearing held in January 2025, ... The plaintiffs allege over $1 billion`.)
        guard FactAdmission.nounPhrase(m) != nil, let p = boundPeriod(t, before: f, sentence: r, base: nil) else { return nil }
        return NarrativeFact(metric: m, figure: f, period: p, role: "current", stated: false)
    }

    /// Whether the word right before `start` (a currency sign and spaces between, an
    /// approximator passed over) can close a lower bound (`of`, `than`, `over`, `least`,
    /// `exceeds`, `exceeding`): a look at a few bytes, so most amounts are turned away before
    /// any word of the sentence is split (`claimedMinimum`).
    static func lowerBoundBefore(_ t: [UInt8], _ start: Int) -> Bool {
        var e = min(start, t.count)
        var s = e
        for _ in 0..<2 {
            while e > 0, !Words.isAlnum(t[e - 1]) { e -= 1 }
            s = e
            while s > 0, e - s < 16, Words.isAlnum(t[s - 1]) { s -= 1 }
            guard s < e, e - s < 16 else { return false }
            guard approximatorWords.contains(t, s..<e) else { break }
            e = s
        }
        // (`of` only in `in excess of`: most amounts after `of` are no bound, and the words
        // back to a claim's verb are read only for a bound.)
        if Words.equal(t, s..<e, ofWord) { return endsWithWord(t, before: s, "excess") }
        return lowerBoundBytes.contains(t, s..<e)
    }

    /// The words `lowerBoundBefore` compares bytes with, no `String` made per amount.
    static let approximatorWords = ByteWords(approximators)
    static let lowerBoundBytes = ByteWords(["than", "over", "least", "exceeds", "exceeding"])
    static let ofWord = Array("of".utf8)

    /// What a claim asks for (`claimedMinimum`): a noun of money owed for a wrong, not a
    /// criterion sought (`we seek lessees that have annual revenue of at least $10 million`).
    static let claimNouns: Set<String> = ["damages", "compensation", "restitution", "penalties", "fines", "relief", "refunds"]

    /// The verbs of a claim and the participle that names what they claim (`claimedMinimum`).
    static let claimVerbs: [String: String] = ["claim": "claimed", "claims": "claimed", "claimed": "claimed", "claiming": "claimed",
                                               "allege": "alleged", "alleges": "alleged", "alleged": "alleged", "alleging": "alleged",
                                               "seek": "sought", "seeks": "sought", "seeking": "sought", "sought": "sought"]

    /// The noun right after the verb `ctx[v]` (before `ctx[stop]`; offsets from `from`): one
    /// to four words with only spaces between, up to a preposition or a clause word (`damages
    /// against Northwind`, `aggregate single damages in excess of`); nil when none.
    static func objectAfterVerb(_ t: [UInt8], _ ctx: [Word], _ v: Int, from: Int, to stop: Int) -> String? {
        var e = v
        while e + 1 < stop, e - v < 4, !noneStops.contains(ctx[e + 1].text), !amountStops.contains(ctx[e + 1].text),
              ctx[e + 1].text != "of", ctx[e + 1].text != "against", (from + ctx[e].end..<from + ctx[e + 1].start).allSatisfy({ t[$0] == 0x20 }) { e += 1 }
        guard e > v, !pronouns.contains(ctx[v + 1].text) else { return nil }
        return singleSpaced(t, from + ctx[v + 1].start, from + ctx[e].end)
    }
}
