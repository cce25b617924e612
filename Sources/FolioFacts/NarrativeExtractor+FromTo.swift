import FolioModel

/// Changes stated with their levels: `from <amount> to <amount>`.
extension NarrativeExtractor {
    /// The periods of a `from <amount> <period> to <amount> <period>` phrase whose first
    /// amount is figure `k`: each amount states its own period right after it (between the
    /// first and `to`, within 48 bytes after the second); nil without both, or unless both
    /// amounts are in a currency.
    static func levelPeriods(_ t: [UInt8], _ figures: [Figure], _ k: Int, sentence r: Range<Int>,
                             base: StatedPeriod?) -> (first: StatedPeriod, second: StatedPeriod)? {
        guard k >= 0, k + 1 < figures.count else { return nil }
        let f = figures[k], g = figures[k + 1]
        guard f.hasCurrency, g.hasCurrency, f.end < g.start, g.start <= t.count else { return nil }
        // (`split` of a slice gives offsets in `t`.)
        guard let to = Words.split(t[f.end..<g.start]).last, to.text == "to", f.end < to.start,
              let first = PeriodParser.find(t, f.end..<to.start, base: base) else { return nil }
        let after = k + 2 < figures.count ? figures[k + 2].start : r.upperBound
        guard g.end < after, let second = PeriodParser.find(t, g.end..<min(after, g.end + 48, t.count), base: base) else { return nil }
        return (first, second)
    }

    /// **levelsFromTo.** `<subject> increased from <amount> <date> to <amount> <date>` (or
    /// another change verb, `changeVerbs`, right before `from`) states the subject's metric at
    /// both dates: `Unbilled receivables increased from $8,363 at December 31, 2024, to $9,261
    /// at June 30, 2025` -> `Unbilled receivables` 8,363 at December 31, 2024 and 9,261 at June
    /// 30, 2025. Each amount states its own period right after it (between the first and `to`,
    /// within 48 bytes after the second); without both (`we increased the program from $5.0
    /// billion to $19.5 billion in connection with ...`: the level before an event) it is no
    /// such statement. The subject is read as a statement's (`metricPhrase`); a noun phrase
    /// the reader names, not a statement checked for disagreement (`stated` false). Returns
    /// the first amount's fact and the second's, or nil for any other shape.
    static func levelsFromTo(_ t: [UInt8], _ figures: [Figure], _ k: Int, ctx: [Word], phraseStart: Int, sentence r: Range<Int>,
                             base: StatedPeriod?) -> (NarrativeFact, NarrativeFact)? {
        guard ctx.count >= 2, ctx[ctx.count - 1].text == "from", changeVerbs.contains(ctx[ctx.count - 2].text),
              let (first, second) = levelPeriods(t, figures, k, sentence: r, base: base),
              let m = subjectBefore(ctx[ctx.count - 2].text, t, phraseStart: phraseStart, end: figures[k].start, base: base)
        else { return nil }
        return (NarrativeFact(metric: m, figure: figures[k], period: first, role: "current", stated: false),
                NarrativeFact(metric: m, figure: figures[k + 1], period: second, role: "current", stated: false))
    }

    /// The subject before the change verb `verb` (its last place in `t[phraseStart..<end]`),
    /// read as a statement's (`metricPhrase`) and a noun phrase; nil when there is none.
    static func subjectBefore(_ verb: String, _ t: [UInt8], phraseStart: Int, end: Int, base: StatedPeriod?) -> String? {
        guard let at = lastIndex(of: Array(verb.utf8), in: t, phraseStart..<end), at > phraseStart,
              let (m, _) = metricPhrase(str(t, phraseStart, at), base: base), FactAdmission.nounPhrase(m) != nil else { return nil }
        return m
    }

    /// **changeFromTo.** `<subject> increased <amount> from <amount> <date> to <amount>
    /// <date>` (or another change verb, `changeVerbs`, with or without `by`): the change with
    /// the two levels it joins, as `levelsFromTo` reads them. `Deferred revenue increased $208
    /// million from $1,521 million as of December 31, 2024 to $1,728 million as of June 30,
    /// 2025` -> `Deferred revenue change` 208 for the six months from January 1, 2025 to June
    /// 30, 2025 (the day after the first date through the second), `Deferred revenue` 1,521 at
    /// December 31, 2024 and 1,728 at June 30, 2025. Between two periods that are durations
    /// (`from $1.2 billion in 2023 to $1.4 billion in 2024`), the change is the later one's.
    /// Only `from` stands between the change and the first level, the three amounts are in one
    /// currency, and the change is the levels' difference to within 2% of the larger level (a
    /// rounded change, `$208` for 1,728 - 1,521): another figure is no such change. Negative
    /// after a word of decrease. Nil for any other shape.
    static func changeFromTo(_ t: [UInt8], _ figures: [Figure], _ k: Int, ctx: [Word], phraseStart: Int, sentence r: Range<Int>,
                             base: StatedPeriod?) -> [NarrativeFact]? {
        guard k >= 0, k + 2 < figures.count else { return nil }
        let c = figures[k], b = figures[k + 1], e = figures[k + 2]
        guard c.hasCurrency, c.value > 0, c.unit == b.unit, b.unit == e.unit, c.end < b.start, b.start <= t.count else { return nil }
        var i = ctx.count - 1
        while i >= 0, modifiers.contains(ctx[i].text) { i -= 1 }
        if i >= 1, ctx[i].text == "by" { i -= 1 }
        guard i >= 0, changeVerbs.contains(ctx[i].text) else { return nil }
        let between = Words.split(t[c.end..<b.start])
        guard between.count == 1, between[0].text == "from",
              let (first, second) = levelPeriods(t, figures, k + 1, sentence: r, base: base),
              let m = subjectBefore(ctx[i].text, t, phraseStart: phraseStart, end: c.start, base: base) else { return nil }
        let sign: Double = negativeChange.contains(ctx[i].text) ? -1 : 1
        let change = sign * c.value * Double(c.scale), difference = e.value * Double(e.scale) - b.value * Double(b.scale)
        let larger = max(abs(b.value * Double(b.scale)), abs(e.value * Double(e.scale)))
        guard abs(change - difference) <= 0.02 * larger, let period = changePeriod(from: first, to: second) else { return nil }
        var g = c
        g.value = sign * c.value
        return [NarrativeFact(metric: m + " change", figure: g, period: period, role: "change", stated: false),
                NarrativeFact(metric: m, figure: b, period: first, role: "current", stated: false),
                NarrativeFact(metric: m, figure: e, period: second, role: "current", stated: false)]
    }

    /// The period of a change between two levels (`changeFromTo`): between two instants,
    /// the day after the first through the second, in whole months (nil under one month or
    /// when the second is not later); between durations, the second.
    static func changePeriod(from first: StatedPeriod, to second: StatedPeriod) -> StatedPeriod? {
        guard case .instant = first.kind else {
            if case .duration = second.kind { return second }
            return nil
        }
        guard case .instant = second.kind,
              let a = CalendarDate(year: first.year, month: first.month, day: first.day),
              let z = CalendarDate(year: second.year, month: second.month, day: second.day), a < z,
              let start = a.adding(days: 1) else { return nil }
        let months = Int((Double(z.dayNumber - a.dayNumber) / (365.25 / 12)).rounded())
        guard months >= 1 else { return nil }
        var p = StatedPeriod(kind: .duration(months: months), year: z.year, month: z.month, day: z.day,
                             text: "from \(bareDate(first.text)) to \(bareDate(second.text))")
        p.start = start
        return p
    }

    /// A period phrase without the preposition that opens it (`as of December 31, 2024` ->
    /// `December 31, 2024`).
    static func bareDate(_ text: String) -> String {
        for p in ["as of ", "as at ", "at ", "on "] where text.lowercased().hasPrefix(p) { return String(text.dropFirst(p.count)) }
        return text
    }

    /// **objectFromTo.** `<subject> increased <object> from <amount> to <amount>` (or
    /// `decreased`, `reduced`, `raised`, `lowered`: `levelVerbs`): the object's level after the
    /// change, whoever the subject is. `In May 2024, we increased our commercial paper program
    /// from $5.0 billion to $19.5 billion in connection with ...` -> `Commercial paper program`
    /// 19.5 billion at May 31, 2024. The object as `objectChangeBy`'s (`changedObject`, with
    /// `from` for `by`); only `to` stands between the two amounts, both in one currency. The
    /// later level's period is the one right after it (within 48 bytes), else the one the
    /// sentence states before the verb, a duration's end as an instant (`During 2024, we
    /// reduced ...`: the level at the end of 2024), else the date of the event it opens with
    /// (`In May 2024`, `On June 27, 2024`: `eventDate`), else the event of the sentence before
    /// where this one points back to it (`continuedEvent`); none, no fact. The earlier level is a fact only where it states its own period (as
    /// `levelsFromTo`'s): `from $5.0 billion` alone is the level before an event whose date
    /// the text does not give. Returns the facts, the earlier level first.
    static func objectFromTo(_ t: [UInt8], _ figures: [Figure], _ k: Int, phraseStart: Int, sentence r: Range<Int>,
                             base: StatedPeriod?) -> [NarrativeFact]? {
        guard k >= 0, k + 1 < figures.count else { return nil }
        let f = figures[k], g = figures[k + 1]
        guard f.hasCurrency, f.unit == g.unit, f.value > 0, g.value >= 0, f.end < g.start, g.start <= t.count,
              endsWithWord(t, before: f.start, "from") else { return nil }
        let lo = max(r.lowerBound, phraseStart)
        guard let (_, m, verbAt) = changedObject(t, before: f.start, link: "from", verbs: levelVerbs, from: lo) else { return nil }
        let after = k + 2 < figures.count ? figures[k + 2].start : r.upperBound
        if let (first, second) = levelPeriods(t, figures, k, sentence: r, base: base) {
            return [NarrativeFact(metric: m, figure: f, period: first, role: "current", stated: false),
                    NarrativeFact(metric: m, figure: g, period: second, role: "current", stated: false)]
        }
        let between = Words.split(t[f.end..<g.start])
        guard between.count == 1, between[0].text == "to" else { return nil }
        let own = g.end < after ? PeriodParser.find(t, g.end..<min(after, g.end + 48, t.count), base: base) : nil
        let opening = r.lowerBound..<verbAt
        guard let p = own ?? PeriodParser.find(t, opening, base: base).map(\.endAsStated)
                ?? PeriodParser.eventDate(t, opening).map({ StatedPeriod.event($0.date, phrase: $0.text) })
                ?? continuedEvent(t, f, sentence: r, base: base) else { return nil }
        return [NarrativeFact(metric: m, figure: g, period: p, role: "current", stated: false)]
    }

    /// Whether the last word before `end` (spaces only after it) is `word`, lower case: a
    /// byte check before any word is split.
    static func endsWithWord(_ t: [UInt8], before end: Int, _ word: StaticString) -> Bool {
        var i = min(end, t.count) - 1
        while i >= 0, t[i] == 0x20 { i -= 1 }
        let n = word.utf8CodeUnitCount
        guard i + 1 >= n + 1 else { return false }
        let w = UnsafeBufferPointer(start: word.utf8Start, count: n)
        for j in 0..<n where t[i + 1 - n + j] != w[j] { return false }
        return !Words.isAlnum(t[i - n])
    }

    /// The verbs of `objectFromTo`: a change of what a company sets (a program, a facility),
    /// as a participle too (`This reduction included reducing the commitments under the
    /// facility from $3.5 billion to $2.0 billion`: `continuedEvent`).
    static let levelVerbs: Set<String> = changeVerbs.union(["reduced", "raised", "lowered", "reducing", "raising", "lowering",
                                                            "increasing", "decreasing"])
}
