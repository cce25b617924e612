import FolioModel

/// Amounts that are the object of what the company did, with no `of <noun>` after them: `We
/// contributed $42 million, $38 million and $31 million in fiscal 2024, 2023 and 2022,
/// respectively.`
extension NarrativeExtractor {
    /// **actionAmounts.** An amount, or a list of amounts, right after a past verb of what the
    /// company did (`companyVerb`: `we`, `it`, `they`, `the Company` as its subject, `have`/`had`
    /// and adverbs between; a verb of `actionAmountVerbs`) is named by the verb and its object,
    /// when no `of <noun>` after the amount names it otherwise:
    /// - ` in <noun>` after the amounts (read as `amountInNoun` reads it) -> `<Noun> <verb>`
    ///   after a verb of `actionVerbs` (`we paid $98 million in cash dividends` -> `Cash
    ///   dividends paid`), the place it was booked in after a verb of booking (`recorded`,
    ///   `recognized`, `accrued`, ...): `we recorded $88 million in product warranty
    ///   liabilities` -> `Amount recorded in product warranty liabilities`;
    /// - ` for|under <noun>` (`amountLinkedObject`) -> `Amount <verb> for <noun>`: `we have
    ///   accrued $17 million and $12 million, respectively, for the payment of interest and
    ///   penalties` -> `Amount accrued for payment of interest and penalties`;
    /// - a principal phrase (`aggregate principal of senior notes`, `principalAmountOf`) ->
    ///   `<Noun> <verb>`: `we issued a total of $3.00 billion, $2.50 billion, and $1.00 billion
    ///   aggregate principal of senior notes, respectively` -> `Senior notes issued`;
    /// - nothing but the period, the end of the clause or a link to whom or where
    ///   (`endsActionClause`), after a verb that says by itself
    ///   that cash went or came (`bareActionVerbs`: `contributed`, `paid`, `invested`, ...) ->
    ///   `Amount <verb>`: `We contributed $42 million, $38 million and $31 million in fiscal
    ///   2024, 2023 and 2022, respectively.` -> `Amount contributed`. The noun the verb leaves
    ///   out is the heading's (the plan the note is about); the verb says what the amount is,
    ///   which a word like `Contributions` would only repeat.
    /// `, respectively,` may stand between the last amount and its object. Each amount of a list
    /// takes its period from a list of as many periods (`listPeriods`, else the sentence's
    /// opening list: `periodList`); a single amount a period its sentence states (before it,
    /// after it, else an event's date). Nil without a stated period, and for any other shape:
    /// a plan or a condition (`will pay`, `could make payments of up to`: no past verb right
    /// before the amount), a bound (`up to`, `more than`: no verb right before it), a vague
    /// verb with nothing after it (`we recorded $5 million.`), an object that is no noun
    /// (`to satisfy ...`, `in a second note`: which?).
    static func actionAmounts(_ t: [UInt8], _ figures: [Figure], _ k: Int, sentence r: Range<Int>, base: StatedPeriod?,
                              earlier: [StatedPeriod]?) -> (metric: String, end: Int, periods: [StatedPeriod])? {
        let f = figures[k]
        guard f.hasCurrency, f.value >= 0, r.lowerBound < f.start else { return nil }
        let e = listEnd(t, figures, from: k)
        let next = e + 1 < figures.count ? figures[e + 1].start : r.upperBound
        // (`flows`: what the amount is moved over an event, `eventFlow`: a verb of cash, a noun of a payment.)
        let m: String, flows: Bool
        if let v = companyActionBefore(t, f, from: r.lowerBound) {
            // (`$1.1 billion, of which $720 million related to ..., of impairments`: the noun after the aside, `wholeAcrossAside`.)
            var last = figures[e], objectEnd = next
            if e == k, let p = partAsideEnd(t, f, sentenceEnd: r.upperBound) {
                last.end = p
                objectEnd = figures[(k + 1)...].first(where: { $0.start > p })?.start ?? r.upperBound
            }
            guard let named = actionObject(t, last, verb: v, nextStart: objectEnd, actionFrom: r.lowerBound) else { return nil }
            (m, flows) = (named, bareActionVerbs.contains(v))
        } else {
            guard let (v, object) = companyObjectBefore(t, f, from: r.lowerBound) else { return nil }
            (m, flows) = (object + " " + v, flowNouns.contains(object.lowercased()))
        }
        if e > k {
            guard let ps = listPeriods(t, figures, k, e, clauseStart: r.lowerBound, sentenceEnd: r.upperBound, base: base, earlier: earlier)
                    ?? periodList(t, r.lowerBound..<f.start, base: base, count: e - k + 1)
                    ?? PeriodParser.eventDateList(t, r.lowerBound..<f.start, count: e - k + 1)?.map({ StatedPeriod.event($0.date, phrase: $0.text) })
            else { return nil }
            return (m, e, ps)
        }
        if let p = PeriodParser.find(t, cutCause(t, cutComparison(t, f.end..<next)), base: base)
            ?? PeriodParser.find(t, cutComparison(t, r.lowerBound..<f.start), base: base) {
            return (m, k, [p])
        }
        // (An event's date: a payment moved over the event, `eventFlow`; what was booked stands at its date.)
        guard let (date, phrase) = PeriodParser.eventDate(t, r.lowerBound..<f.start) else { return nil }
        let p = StatedPeriod.event(date, phrase: phrase)
        return (m, k, [flows ? p.eventFlow ?? p : p])
    }

    /// The verb of `actionAmounts` right before the amount `f` (`approximately`, `a total of`,
    /// `an aggregate of`, `an additional` between; letters and spaces only), whose subject is
    /// the company (`isCompanyVerb`); `"X and Y"` for two joined by `and`. Nil otherwise.
    static func companyActionBefore(_ t: [UInt8], _ f: Figure, from a: Int) -> String? {
        // (Read no further than the word before the amount when it can be no verb or lead of one.)
        let words = Words.tail(t, a, f.start) { ws in
            ws.count >= 14 || ws.count == 1 && !(actionAmountVerbs.contains(ws[0].text) || approximators.contains(ws[0].text)
                                                 || ws[0].text == "of" || ws[0].text == "additional")
                || ws.count == 2 && (ws[0].text == "of" && !["total", "aggregate"].contains(ws[1].text)
                                     || ws[0].text == "additional" && ws[1].text != "an")
        }
        var j = words.count - 1
        while j >= 0, approximators.contains(words[j].text) { j -= 1 }
        if j >= 2, words[j].text == "of", ["total", "aggregate"].contains(words[j - 1].text), ["a", "an"].contains(words[j - 2].text) {
            j -= 3
        } else if j >= 1, words[j].text == "additional", words[j - 1].text == "an" {
            j -= 2
        }
        while j >= 0, approximators.contains(words[j].text) { j -= 1 }
        guard j >= 1, actionAmountVerbs.contains(words[j].text),
              ((a + words[j].end)..<f.start).allSatisfy({ t[$0] == 0x20 || Words.isAlnum(t[$0]) }) else { return nil }
        if j >= 3, words[j - 1].text == "and", actionAmountVerbs.contains(words[j - 2].text), isCompanyVerb(words, j - 2) {
            return words[j - 2].text + " and " + words[j].text
        }
        return isCompanyVerb(words, j) || isCoordinatedCompanyVerb(t, a, words, j) ? words[j].text : nil
    }

    /// **wholeAcrossAside.** A part stated in an aside between the amount and its `of <noun>`
    /// (`we recorded approximately $1.1 billion, of which $720 million related to North
    /// America, of impairments of property and equipment`): where the text after the aside goes
    /// on with ` of ` (at that space), the aside opening with `, of which ` right after the amount
    /// and closing at its first comma within 160 bytes; nil otherwise. (An aside that dates its
    /// part, `... was recorded in the fourth quarter,`, is read with the part before this:
    /// `partAsideBeforeNoun`.)
    static func partAsideEnd(_ t: [UInt8], _ f: Figure, sentenceEnd: Int) -> Int? {
        let lead = ofWhichAside, hi = min(sentenceEnd, t.count)
        guard f.end + lead.count < hi, t[f.end..<(f.end + lead.count)].elementsEqual(lead) else { return nil }
        var i = f.end + lead.count
        while i < min(hi, f.end + 160), t[i] != UInt8(ascii: ",") { i += 1 }
        guard i + 5 < hi, t[i] == UInt8(ascii: ","), t[(i + 1)..<(i + 5)].elementsEqual(ofBytes) else { return nil }
        return i + 1
    }

    static let ofWhichAside = Array(", of which ".utf8)
    static let ofBytes = Array(" of ".utf8)

    /// **coordinatedAction.** A past verb after `and` whose subject is the company's verb
    /// before it in the same clause (`In Q4 2024, we entered into an agreement and invested $1.3
    /// billion in a third note`): `words[v]` follows `and`, and within ten words before it a
    /// verb of the company (`isCompanyVerb`) stands with only words between (no punctuation,
    /// amount, figure, pronoun or relative word: `we paid $5 million and repaid` is
    /// `verbPairAmounts`', `which we ... and` another clause's).
    static func isCoordinatedCompanyVerb(_ t: [UInt8], _ a: Int, _ words: [Word], _ v: Int) -> Bool {
        guard v >= 3, words[v - 1].text == "and", isPastForm(words[v].text) else { return false }
        var i = v - 2
        while i >= max(1, v - 11) {
            if isCompanyVerb(words, i) {
                return ((a + words[i].end)..<(a + words[v].start)).allSatisfy { t[$0] == 0x20 || ByteClass.isLetter(t[$0]) }
            }
            if pronouns.contains(words[i].text) || FactAdmission.relativePronouns.contains(words[i].text) { return false }
            i -= 1
        }
        return false
    }

    /// **objectBeforeAmounts.** A lone noun that names no measure by itself
    /// (`FactAdmission.bareWords`: `payments`, `prepayments`, `notes`, ...), the object of the
    /// company's past verb printed before the amounts with `totaling` or `of`, is named by the
    /// verb (`actionAmounts`), as `actionOfBareWord` names one after a verb of `actionVerbs`:
    /// `we made prepayments totaling $4.5 billion` -> `Prepayments made`, `we provided them with
    /// prepayments totaling $4.5 billion, $2.1 billion and $1.8 billion, respectively` ->
    /// `Prepayments provided`. Any past verb of the company (`companyVerb`) right before the
    /// noun (`them with` / `us with` between dropped, a leading article too); no punctuation
    /// between the noun and the amount; not a bare quantity (`a total of`, `an aggregate
    /// of`). A noun of two words or more names the amount itself (`nounBeforeAmount`: `we made
    /// license payments totaling` -> `License payments`). The verb and the noun; nil otherwise.
    static func companyObjectBefore(_ t: [UInt8], _ f: Figure, from a: Int) -> (verb: String, object: String)? {
        // (A byte check of the link before any word is split: most amounts have none.)
        guard objectLinkBytes.contains(where: { endsWithWord(t, before: f.start, $0) })
                || approximatorBytes.contains(where: { endsWithWord(t, before: f.start, $0) }) else { return nil }
        // (Read no further than the link when the word before it can be no lone object.)
        let words = Words.tail(t, a, f.start) { ws in
            ws.count >= 14 || ws.count == 1 && !(objectLinks.contains(ws[0].text) || approximators.contains(ws[0].text))
                || ws.count == 2 && objectLinks.contains(ws[0].text) && !FactAdmission.bareWords.contains(ws[1].text)
        }
        var j = words.count - 1
        while j >= 0, approximators.contains(words[j].text) { j -= 1 }
        guard j >= 2, objectLinks.contains(words[j].text) else { return nil }
        var s = j - 1
        while s > 0, j - s <= 7, !isCompanyVerb(words, s) { s -= 1 }
        guard s > 0, j - s <= 7, isCompanyVerb(words, s) else { return nil }
        var o = s + 1
        if o + 2 < j, ["them", "us", "it"].contains(words[o].text), words[o + 1].text == "with" { o += 2 }
        if o < j, determiners.contains(words[o].text) { o += 1 }
        guard o + 1 == j, FactAdmission.bareWords.contains(words[o].text), !bareQuantities.contains(words[o].text),
              ((a + words[o].start)..<f.start).allSatisfy({ t[$0] == 0x20 || Words.isAlnum(t[$0]) }) else { return nil }
        let m = singleSpaced(t, a + words[o].start, a + words[j - 1].end)
        guard let c = m.first else { return nil }
        return (words[s].text, c.uppercased() + m.dropFirst())
    }

    /// `objectLinks` as the byte checks of `companyObjectBefore` read them.
    static let objectLinkBytes: [StaticString] = ["totaling", "totalling", "totaled", "totalled", "aggregating", "of"]

    /// `approximators` as byte checks read them (lower case, as printed before an amount).
    static let approximatorBytes: [StaticString] = ["approximately", "about", "around", "nearly", "roughly", "approx", "almost"]

    /// Links between an object and its amounts (`objectBeforeAmounts`).
    static let objectLinks: Set<String> = ["totaling", "totalling", "totaled", "totalled", "aggregating", "of"]

    /// Lone words of `FactAdmission.bareWords` that say how much, not of what: no object
    /// (`objectBeforeAmounts`: `we paid an aggregate of`).
    static let bareQuantities: Set<String> = ["total", "amount", "amounts", "aggregate", "value", "net", "gross", "other",
                                              "principal", "balance", "excess", "increase", "price"]

    /// The metric `actionAmounts` names for amounts whose last is `g`, done with `verb`.
    static func actionObject(_ t: [UInt8], _ g: Figure, verb: String, nextStart: Int, actionFrom: Int) -> String? {
        if let m = amountOfNoun(t, g, before: [], nextStart: nextStart) { return m + " " + verb }
        let i = afterRespectively(t, g.end, nextStart)
        if isInNounLink(t, at: i, amountStart: g.start, nextStart: nextStart, actionFrom: actionFrom),
           let phrase = nounPhrase(t, from: i + 4, to: min(nextStart, t.count)), let c = phrase.first {
            // (After a verb of booking, `in` names where: `recorded $122 million in other liabilities`.)
            if !actionVerbs.contains(verb) { return "Amount " + verb + " in " + phrase }
            return c.uppercased() + phrase.dropFirst() + " " + verb
        }
        var linked = g
        linked.end = i
        if let m = amountLinkedObject(t, linked, nextStart: nextStart, actionFrom: actionFrom, verb: verb) { return m }
        guard bareActionVerbs.contains(verb), endsActionClause(t, i, nextStart) else { return nil }
        return "Amount " + verb
    }

    /// Where the text after an amount ending at `e` goes on past `, respectively,` (or `
    /// respectively,`): at the space before the next word; `e` when it does not say that.
    static func afterRespectively(_ t: [UInt8], _ e: Int, _ hi: Int) -> Int {
        var i = e
        if i < hi, t[i] == UInt8(ascii: ",") { i += 1 }
        let word = respectivelyBytes
        guard i + 1 + word.count <= hi, t[i] == 0x20, t[(i + 1)..<(i + 1 + word.count)].elementsEqual(word) else { return e }
        i += 1 + word.count
        if i < hi, t[i] == UInt8(ascii: ",") { i += 1 }
        return i < hi && t[i] == 0x20 ? i : e
    }

    /// Whether what follows `i` leaves a bare verb's amount what it paid (`actionAmounts`): the
    /// clause's end, `respectively`, a period phrase (`in fiscal 2024, 2023 and 2022,
    /// respectively.`, `during the quarter.`), a link to whom or where (`bareActionLinks`), or
    /// `in` saying how or into which one (`in cash`, `in a convertible note`); not a noun the
    /// amount is printed before (`paid $5 million termination fee`).
    static func endsActionClause(_ t: [UInt8], _ i: Int, _ nextStart: Int) -> Bool {
        let hi = min(nextStart, t.count)
        var j = i
        while j < hi, t[j] == 0x20 { j += 1 }
        if j >= hi || [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";")].contains(t[j]) { return true }
        let words = Words.split(t[j..<min(hi, j + 64)])
        guard let w = words.first else { return false }
        if w.text == "respectively" || bareActionLinks.contains(w.text) { return true }
        guard actionPeriodLinks.contains(w.text) else { return false }
        // (`in a second convertible note`, `in cash in lieu of ...`: how or where, not what.)
        if w.text == "in", words.count > 1, ["a", "an", "cash", "lieu", "connection", "exchange", "aggregate", "total"].contains(words[1].text) {
            return true
        }
        // The period phrase starts at the next word (`in fiscal 2024`, `during the quarter`).
        guard words.count > 1, let p = PeriodParser.find(t, w.start..<min(hi, w.start + 64), base: nil),
              let at = firstIndex(of: Array(p.text.utf8), in: t, w.start..<min(hi, w.start + 64)) else { return false }
        return at <= words[1].start + 4
    }

    /// Links after which a bare verb's amount is still what it paid (`endsActionClause`): to
    /// whom, for what purpose, from or into where (`paid $112.4 million to satisfy the
    /// principal`, `deposited $4.0 billion into the escrow account`).
    static let bareActionLinks: Set<String> = ["to", "from", "into", "with", "toward", "towards"]

    /// Words that open a period phrase after an amount (`endsActionClause`).
    static let actionPeriodLinks: Set<String> = ["in", "during", "for", "as", "at", "on", "through"]

    /// The verbs `actionAmounts` reads: what the company did with an amount (`actionVerbs`), and
    /// verbs of booking it (`accrued`, `recorded`, `recognized`, `deposited`, ...).
    static let actionAmountVerbs: Set<String> = actionVerbs.union(["accrued", "recorded", "recognized", "deposited", "capitalized",
                                                                    "expensed"])

    /// Verbs that say by themselves that cash went or came: an amount after one with no object
    /// is what was so paid (`actionAmounts`). Not `recorded`, `recognized`, `accrued`,
    /// `made`, `sold`, `acquired`, `granted`: which amount they booked or gave needs its noun.
    static let bareActionVerbs: Set<String> = ["contributed", "paid", "invested", "spent", "repaid", "borrowed", "repurchased",
                                               "returned", "received", "deposited", "funded", "raised", "prepaid", "redeemed"]
}
