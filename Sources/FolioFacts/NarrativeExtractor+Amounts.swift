import FolioModel

/// Amounts that name their metric after them: `<amount> of <noun phrase>`.
extension NarrativeExtractor {
    /// **amountOfNoun.** A currency amount followed by `of` and a noun phrase names its metric
    /// there, whatever comes before it: `As of June 30, 2025, there was $796 million of total
    /// unrecognized compensation cost related to unvested awards.`, `In May 2024, we issued
    /// $500 million of senior notes due 2027.`, `$61.0 million of revenue was recognized
    /// during the quarter.` The phrase runs to punctuation or to the first word that starts a
    /// qualifier or a clause (`related`, `due`, `which`, a preposition), at most six words, a
    /// leading article dropped; a `related to` qualifier and its noun phrase are kept
    /// (**relatedQualifier**: `$16 million of unrecognized compensation cost related to
    /// unvested options` -> `Unrecognized compensation cost related to unvested options`, one of
    /// several such costs), and so is the source of a flow (`proceeds from ...`,
    /// `qualifierOpening`). Not after `each`, `every`, `per` (a unit: `each $1,000 of
    /// principal amount`) nor after `to`, `than`, `between`, `from` (a bound or a starting
    /// point: `payments of up to $95 million`).
    ///
    /// **amountInNoun.** After a verb of what the company did with the amount (`actionOfAmount`,
    /// read from `actionFrom`), `in` links the amount to its noun as `of` does: `we paid $398
    /// million, $399 million, and $395 million in cash dividends to our shareholders` -> `Cash
    /// dividends paid`, `the court awarded the plaintiff $148 million in pre-judgment interest`.
    /// Only where the noun starts with a lower-case word that is no article or possessive (`in
    /// a second note`, `in our common stock`: which one?), no name (`invested $2 billion in
    /// Norvale`), no period (`paid $5 million in 2024`, `in fiscal 2024`), and no phrase of
    /// manner or place (`inPhrases`: `in aggregate`, `in connection with`, `in lieu of`; and
    /// any `in <word> of|for|with`: `in support of`); nor a lone `cash` or `stock` (the form
    /// of a payment, not what it pays); nor a sum since a past date (`since our inception`).
    static func amountOfNoun(_ t: [UInt8], _ f: Figure, before ctx: [Word], nextStart: Int, actionFrom: Int? = nil) -> String? {
        // (`€750 million ($781 million ...) principal amount of notes`: the noun after the bracket, `bracketedEquivalent`.)
        let close = equivalentBracketEnd(t, f)
        let fe = close ?? f.end
        let nextStart = close.map { min(t.count, $0 + 96) } ?? nextStart
        let of = fe + 4 < t.count && fe + 4 <= nextStart && t[fe] == 0x20 && t[fe + 1] == UInt8(ascii: "o")
            && t[fe + 2] == UInt8(ascii: "f") && t[fe + 3] == 0x20
        let direct = of || close == nil && actionFrom.map { isAmountInNoun(t, f, nextStart: nextStart, actionFrom: $0) } == true
        // (`$900 million of 5.10% senior notes`: the coupon is part of the name, `couponOf`.)
        let principal = !f.hasCurrency ? nil : direct ? (of ? coupon(t, at: fe + 4) : nil) : principalOf(t, from: fe)
        guard f.hasCurrency, direct || principal != nil else { return nil }
        let start = principal?.start ?? fe + 4
        // (A coupon is a figure of its own: the phrase runs past it.)
        let end = principal?.coupon != nil ? min(t.count, start + 120) : min(nextStart, t.count)
        guard start < end else { return nil }
        if isBlocked(ctx) { return nil }
        // (`of "Non-current programming liabilities"`: a quoted line item, `quotedLineItem`.)
        guard let phrase = quotedName(t, at: start, end: end)?.name ?? nounPhrase(t, from: start, to: end) else { return nil }
        let m = (principal?.coupon.map { singleSpaced(t, $0.lowerBound, $0.upperBound) + " " } ?? "") + phrase
        guard let c = m.first else { return nil }
        return c.uppercased() + m.dropFirst()
    }

    /// **bracketedEquivalent.** An amount followed by the same amount in another currency in
    /// brackets names its noun after the bracket as it would right after itself: `In February
    /// 2022, Norvale issued €750 million ($781 million and $830 million as of December 31, 2024
    /// and 2023, respectively) principal amount of notes`, `approximately £0.3 billion
    /// (approximately $0.4 billion as of December 31, 2024) of unresolved damages claims
    /// remain`. The bracket follows the amount after one space and opens with an amount in
    /// another currency (a word saying it is approximate before it allowed), with no bracket
    /// inside, closing within 160 bytes (`bracketClose`). Where the bracket closes (after its
    /// `)`), nil when no such bracket follows `f`. (Each amount inside is read as the same
    /// measure, `SentenceReading.restatedInBracket`.)
    static func equivalentBracketEnd(_ t: [UInt8], _ f: Figure) -> Int? {
        guard f.hasCurrency, f.end + 4 < t.count, t[f.end] == 0x20, t[f.end + 1] == UInt8(ascii: "(") else { return nil }
        var i = f.end + 2
        if let w = Words.split(t[i..<min(t.count, i + 16)]).first, w.start == i, approximators.contains(w.text) {
            i = w.end
            while i < t.count, t[i] == 0x20 { i += 1 }
        }
        guard let unit = currencyAt(t, i), unit != f.unit else { return nil }
        return bracketClose(t, from: i, limit: t.count)
    }

    /// The period of an amount its equivalent in brackets follows (`bracketedEquivalent`): one
    /// the sentence states outside the bracket (before the amount, then after the bracket), else
    /// the date of an event before it (`In February 2022, Norvale issued €750 million ($781
    /// million ... as of December 31, 2024 ...)`: the issue's), else the bracket's own date (the
    /// date both amounts are stated at: `approximately £0.3 billion (approximately $0.4 billion as
    /// of December 31, 2024) of claims remain`), else the period the text is under.
    static func bracketedHeadPeriod(_ t: [UInt8], _ f: Figure, close: Int, sentence r: Range<Int>, base: StatedPeriod?) -> StatedPeriod? {
        let before = cutComparison(t, r.lowerBound..<f.start)
        if let p = PeriodParser.find(t, before, base: base) { return p }
        if close < r.upperBound, let p = PeriodParser.find(t, cutComparison(t, close..<r.upperBound), base: base) { return p }
        if let (date, phrase) = PeriodParser.eventDate(t, before) { return StatedPeriod.event(date, phrase: phrase) }
        return PeriodParser.find(t, f.end..<max(f.end, min(close, r.upperBound)), base: base) ?? base
    }

    /// The currency a sign or code at `i` names, with a digit after it (spaces between allowed):
    /// `$` or `US$` (USD), `€` (EUR), `£` (GBP), a three-letter code (`INR 28.1`); nil otherwise
    /// (`equivalentBracketEnd`).
    static func currencyAt(_ t: [UInt8], _ i: Int) -> String? {
        guard i < t.count else { return nil }
        var j = i
        let unit: String
        if t[j] == UInt8(ascii: "$") { unit = "USD"; j += 1 }
        else if j + 2 < t.count, t[j] == UInt8(ascii: "U"), t[j + 1] == UInt8(ascii: "S"), t[j + 2] == UInt8(ascii: "$") { unit = "USD"; j += 3 }
        else if j + 2 < t.count, t[j] == 0xE2, t[j + 1] == 0x82, t[j + 2] == 0xAC { unit = "EUR"; j += 3 }
        else if j + 1 < t.count, t[j] == 0xC2, t[j + 1] == 0xA3 { unit = "GBP"; j += 2 }
        else if j + 3 < t.count, (j..<(j + 3)).allSatisfy({ t[$0] >= 0x41 && t[$0] <= 0x5A }) {
            unit = String(decoding: t[j..<(j + 3)], as: UTF8.self)
            j += 3
        } else { return nil }
        while j < t.count, t[j] == 0x20 { j += 1 }
        return j < t.count && ByteClass.isDigit(t[j]) ? unit : nil
    }

    /// The noun phrase an amount names in `t[start..<end]` (`amountOfNoun`, `amountLinkedObject`),
    /// as printed and single-spaced; nil when it names nothing.
    static func nounPhrase(_ t: [UInt8], from start: Int, to end: Int) -> String? {
        guard start < end, end <= t.count else { return nil }
        var picked: [Word] = []
        var gapStart = start
        let words = Words.split(t[start..<end])
        // Where `related to` starts a qualifier (`relatedQualifier`), and the longest phrase.
        var qualifier: Int?
        var opening = 0
        var most = 6
        // Where an `and` joined a second noun to the phrase (`coordinatedNoun`).
        var coordinated: Int?
        for (i, w) in words.enumerated() {
            // Punctuation between two words ends the phrase, except inside a compound word
            // (`compoundJoint`: `short-term`, `U.S.`).
            var k = gapStart
            if abbreviationClosed(t, picked) { k += 1 }   // the period closing `U.S.`
            while k < w.start, t[k] == 0x20 { k += 1 }
            if k < w.start, !(picked.last.map { compoundJoint(t, $0, w) } ?? false) { break }
            gapStart = w.end
            if picked.isEmpty && determiners.contains(w.text) { continue }
            if qualifier == nil, let n = qualifierOpening(words, i, after: picked) {
                qualifier = picked.count
                opening = n
                most = picked.count + n + 6
                picked.append(w)
                continue
            }
            // (The opening's other words, and an article: `related to the acquisition`.)
            if let q = qualifier, picked.count < q + opening || picked.count == q + opening && determiners.contains(w.text) {
                picked.append(w)
                continue
            }
            // (Inside a qualifier, a qualifier's word goes on: `from a net working capital settlement`.)
            // **netAdjective.** `net` before a noun is a word of the phrase (`foreign net operating
            // loss carryforwards`), its first word too (`$29 million of net interest expense`);
            // `net of` starts a qualifier.
            // **outstandingAdjective.** `outstanding` opening the phrase is its adjective, not a
            // participle ending it: `$316 million of outstanding borrowings under our commercial
            // paper program` -> `Outstanding borrowings under our commercial paper program`.
            let adjective = w.text == "net" && i + 1 < words.count && words[i + 1].text != "of"
                || picked.isEmpty && w.text == "outstanding" && i + 1 < words.count && w.end + 1 == words[i + 1].start
                && !amountStops.contains(words[i + 1].text) && !stopAfterCount.contains(words[i + 1].text)
                && !determiners.contains(words[i + 1].text)
            // **inProcess.** `in process` / `in progress` after a noun is part of a line item's
            // name (`work in process`, `construction in progress`), not a place.
            if w.text == "in", !picked.isEmpty, i + 1 < words.count, ["process", "progress"].contains(words[i + 1].text),
               picked.count + 2 <= most {
                picked.append(w)
                continue
            }
            // (`coordinatedNoun`, `nominalOf`: `and` or `of` inside the phrase.)
            if qualifier == nil, picked.count + 2 <= most, joinsPhrase(words, i, after: picked) {
                if w.text == "of" { most += 1 } else { coordinated = coordinated ?? picked.count }
                picked.append(w)
                continue
            }
            if picked.count >= most || qualifier == nil && amountStops.contains(w.text) && !adjective || stopAfterCount.contains(w.text)
                || Int(w.text) != nil {
                // (A second noun with a figure of its own: `$5 million of revenue and operating income of $4 million`.)
                // (Nor a second noun cut short: `of unamortized tooling and other non-recurring costs`.)
                if let j = coordinated, verbs.contains(w.text) || picked.count >= most && isNounWord(w) { picked.removeSubrange(j...) }
                break
            }
            picked.append(w)
        }
        while let l = picked.last, l.text == "and" || l.text == "of" { picked.removeLast() }
        // A qualifier that names nothing is left off (`of cost related to.`).
        if let q = qualifier, picked.count <= q + opening || determiners.contains(picked[picked.count - 1].text) {
            picked.removeSubrange(q...)
        }
        guard let a = picked.first, let b = picked.last, a.text.first?.isLetter == true, !pronouns.contains(a.text) else { return nil }
        return singleSpaced(t, a.start, b.end)
    }

    /// Whether the amount `f` is linked to its noun by `in` (`amountInNoun`).
    static func isAmountInNoun(_ t: [UInt8], _ f: Figure, nextStart: Int, actionFrom: Int) -> Bool {
        f.hasCurrency && isInNounLink(t, at: f.end, amountStart: f.start, nextStart: nextStart, actionFrom: actionFrom)
            && actionOfAmount(t, from: actionFrom, to: f.start) != nil
    }

    /// Whether ` in <noun>` at `e` (right after an amount starting at `amountStart`) links the
    /// amount to the noun it measures (`amountInNoun`, `actionAmounts`): not an article, a
    /// possessive, a name, a period, a phrase of manner or place, a bare form of payment, nor
    /// a sum since a past date.
    static func isInNounLink(_ t: [UInt8], at e: Int, amountStart: Int, nextStart: Int, actionFrom: Int) -> Bool {
        guard e + 5 < t.count, e + 5 <= nextStart, t[e] == 0x20, t[e + 1] == UInt8(ascii: "i"),
              t[e + 2] == UInt8(ascii: "n"), t[e + 3] == 0x20, t[e + 4] >= 0x61, t[e + 4] <= 0x7A else { return false }
        let hi = min(nextStart, e + 64, t.count)
        let words = Words.split(t[(e + 4)..<hi])
        guard let first = words.first, !determiners.contains(first.text), !inPhrases.contains(first.text),
              words.count < 2 || !idiomLinks.contains(words[1].text),
              PeriodParser.find(t, (e + 1)..<min(hi, first.end + 24), base: nil) == nil else { return false }
        // (A sum since a past date, `we have invested $37 billion in research and development
        // since our inception`, is no figure of a period.)
        let lo = max(0, min(actionFrom, amountStart)), end = max(lo, min(nextStart, t.count))
        if Words.split(t[lo..<end]).contains(where: { $0.text == "since" }) { return false }
        if formWords.contains(first.text) {
            // (`in cash dividends` names them; `in cash`, `in cash and stock` only say how.)
            guard words.count > 1, words[1].start == first.end + 1, !stopAfterCount.contains(words[1].text),
                  !amountStops.contains(words[1].text) else { return false }
        }
        return true
    }

    /// Words after `in` that open a phrase of manner, place or relation, not a noun the amount
    /// measures (`amountInNoun`).
    static let inPhrases: Set<String> = ["aggregate", "total", "connection", "respect", "lieu", "addition", "order", "exchange",
                                         "accordance", "advance", "full", "part", "excess", "relation", "return",
                                         "fiscal", "each", "any", "principal", "escrow", "installments", "tranches"]

    /// Words after the first word of `in` that make an idiom of it (`in support of`, `in
    /// exchange for`): no noun the amount measures (`amountInNoun`).
    static let idiomLinks: Set<String> = ["of", "for", "with"]

    /// The forms a payment takes (`amountInNoun`): alone after `in` they name no metric.
    static let formWords: Set<String> = ["cash", "stock", "shares", "kind"]

    /// **principalAmountOf.** A debt amount printed with its principal (`issued $15.0 billion
    /// aggregate principal amount of unsecured senior notes`, `repaid the $800 million aggregate
    /// principal amount of its 5.875% Senior Notes`) names its metric after the `of` as
    /// `amountOfNoun` does, the coupon kept as part of the instrument's name (`5.875% Senior
    /// Notes`), a possessive or article before it dropped. **couponOf.** So is a coupon right
    /// after `of` (`$900 million of 5.10% senior notes due 2025`). Where the noun phrase starts (after
    /// the coupon) and the coupon's bytes; nil when no principal phrase follows the amount at `e`.
    static func principalOf(_ t: [UInt8], from e: Int) -> (start: Int, coupon: Range<Int>?)? {
        guard let p = principalPhrases.first(where: { e + $0.count < t.count && t[e..<(e + $0.count)].elementsEqual($0) }) else { return nil }
        var i = e + p.count
        for d in principalDeterminers where i + d.count < t.count && t[i..<(i + d.count)].elementsEqual(d) {
            i += d.count
            break
        }
        return coupon(t, at: i) ?? (i, nil)
    }

    /// A coupon at `i` (`5.875%` or `2.60 %`, then a space): where the instrument's name starts
    /// after it, and the coupon's bytes; nil when none.
    static func coupon(_ t: [UInt8], at i: Int) -> (start: Int, coupon: Range<Int>?)? {
        var j = i
        while j < t.count, ByteClass.isDigit(t[j]) || t[j] == UInt8(ascii: ".") && j > i { j += 1 }
        guard j > i, j + 2 < t.count else { return nil }
        let pct = t[j] == UInt8(ascii: "%") ? j : t[j] == 0x20 && t[j + 1] == UInt8(ascii: "%") ? j + 1 : nil
        guard let q = pct, q + 1 < t.count, t[q + 1] == 0x20 else { return nil }
        return (q + 2, i..<(q + 1))
    }

    static let principalPhrases: [[UInt8]] = [" aggregate principal amount of ", " in aggregate principal amount of ",
                                              " principal amount of ", " aggregate principal of "].map { Array($0.utf8) }
    static let principalDeterminers: [[UInt8]] = ["its ", "the ", "our ", "their "].map { Array($0.utf8) }

    /// **compoundJoint.** Two words printed with one hyphen or ampersand between them
    /// (`short-term investments`, `post-combination expense`, `non-cash earnings`, `acquired
    /// R&D`), or single letters with one period between them (`U.S. tax credits`), are one
    /// word of the phrase, not punctuation ending it: `$15.9 billion of short-term
    /// investments` names `Short-term investments`. An en dash with no space around it joins
    /// as a hyphen does (`euro–denominated notes`).
    static func compoundJoint(_ t: [UInt8], _ a: Word, _ b: Word) -> Bool {
        // (An en dash printed for the hyphen, `euro–denominated`: **enDashCompound**.)
        if a.end + 3 == b.start, b.start <= t.count, t[a.end] == 0xE2, t[a.end + 1] == 0x80, t[a.end + 2] == 0x93 { return true }
        guard a.end + 1 == b.start, a.end < t.count else { return false }
        if t[a.end] == UInt8(ascii: "-") || t[a.end] == UInt8(ascii: "&") { return true }
        return t[a.end] == UInt8(ascii: ".") && a.end - a.start == 1 && b.end - b.start == 1
    }

    /// The last two words picked are single letters joined by a period and the last is
    /// followed by its own (`U.S.`): that period closes the abbreviation, it ends no phrase.
    static func abbreviationClosed(_ t: [UInt8], _ picked: [Word]) -> Bool {
        guard picked.count >= 2, let last = picked.last, last.end < t.count, t[last.end] == UInt8(ascii: ".") else { return false }
        return compoundJoint(t, picked[picked.count - 2], last) && t[picked[picked.count - 2].end] == UInt8(ascii: ".")
    }

    /// The number of words that open a qualifier at `words[i]` after the noun phrase `picked`
    /// (`relatedQualifier`): `related to` after any noun; `from`, `for` or `under` after a
    /// noun of cash flowing that names no source alone (`$1.9 million of proceeds from a
    /// working capital settlement`, `$2 million of payments for leases`); `in` after a change
    /// (`$14 million of the increase in goodwill`). Nil when none.
    static func qualifierOpening(_ words: [Word], _ i: Int, after picked: [Word]) -> Int? {
        guard let last = picked.last?.text else { return nil }
        if words[i].text == "related", i + 1 < words.count, words[i + 1].text == "to" { return 2 }
        if flowNouns.contains(last), ["from", "for", "under"].contains(words[i].text) { return 1 }
        // (Which facility: `$682 million of borrowings outstanding under the Credit Facility`.)
        if last == "borrowings", words[i].text == "outstanding" || words[i].text == "under" {
            return words[i].text == "under" ? 1 : i + 1 < words.count && words[i + 1].text == "under" ? 2 : nil
        }
        // (A change names what changed: `$14 million of the increase in goodwill`, `changeOfNoun`.)
        if changeNouns.contains(last), words[i].text == "in" { return 1 }
        return nil
    }

    /// Nouns of cash flowing whose source or use is part of the metric (`qualifierOpening`).
    static let flowNouns: Set<String> = ["proceeds", "payments", "payment", "repayments", "receipts", "prepayments", "prepayment"]

    /// Words before an amount that make it a unit or a bound, not a figure of the filing.
    static let amountBlockers: Set<String> = ["each", "every", "per", "to", "than", "between", "from", "exceed", "exceeding"]

    /// Whether the last word before an amount (`ctx`) makes it a unit or a bound
    /// (`amountBlockers`). **inAdditionTo.** `to` after `in addition` adds an amount, no bound:
    /// `Included in cash and cash equivalents in addition to $2.1 billion of cash, as of January
    /// 31, 2025` -> `Cash` 2.1 billion.
    /// **resultingFrom.** `from` after a verb of cause names where a change came from, no
    /// range's start: `increased by $106.1 million resulting from $867.0 million of additional
    /// invoicing` -> `Additional invoicing` 867.0 million.
    static func isBlocked(_ ctx: [Word]) -> Bool {
        guard let w = ctx.last?.text, amountBlockers.contains(w) else { return false }
        if w == "from", ctx.count >= 2, causeVerbs.contains(ctx[ctx.count - 2].text) { return false }
        return !(w == "to" && ctx.count >= 3 && ctx[ctx.count - 2].text == "addition" && ctx[ctx.count - 3].text == "in")
    }

    /// The verbs of cause before `from` (`resultingFrom`).
    static let causeVerbs: Set<String> = ["resulting", "resulted", "result", "results", "arising", "arose", "stemming"]

    /// Words that end an `amountOfNoun` phrase: qualifiers, participles and clause words.
    static let amountStops: Set<String> = ["related", "due", "expected", "held", "recorded", "recognized", "included",
                                           "associated", "attributable", "remaining", "outstanding", "available",
                                           "primarily", "principally", "under", "into", "within", "over", "if", "when",
                                           "upon", "after", "before", "net", "respectively", "previously", "not", "will",
                                           "would", "could", "may", "has", "have", "had", "being", "been", "be", "plus",
                                           "less", "payable", "owed"]

    /// **actionOfAmount.** Where an amount names its metric after it (`amountOfNoun`) and is
    /// the object of a verb of what the company did with it, the verb is part of the metric:
    /// `In May 2024, we issued $500 million of senior notes due 2027, and $750 million of
    /// senior notes due 2029.` -> `Senior notes issued` (both amounts), `we repaid $1.1
    /// billion of term loans` -> `Term loans repaid`, `the company issued and redeemed $7.7
    /// billion of commercial paper` -> `Commercial paper issued and redeemed`. The verb is the
    /// nearest one before the amount in its sentence, with no other verb, auxiliary or
    /// relative pronoun between (other amounts, their nouns and dates may be); nil when there
    /// is none within 30 words. `"X and Y"` when two such verbs are joined by `and`.
    /// **participleAfterNoun.** A verb that a comma follows ends another item's noun phrase
    /// (`$8.9 billion of cash dividends paid, $1.5 billion of repayments of long-term debt`:
    /// `Repayments`, not `Repayments paid`): no action of the amount, nil.
    static func actionOfAmount(_ t: [UInt8], from a: Int, to b: Int) -> String? {
        let words = Words.tail(t, a, b) { $0.count >= 30 }
        var k = words.count - 1
        while k >= 0 {
            let w = words[k].text
            if actionVerbs.contains(w) {
                if a + words[k].end < t.count, t[a + words[k].end] == UInt8(ascii: ",") { return nil }
                if k >= 2, words[k - 1].text == "and", actionVerbs.contains(words[k - 2].text) {
                    return words[k - 2].text + " and " + w
                }
                // (`de-designated`: the prefix undoes the verb, and is kept.)
                if k >= 1, words[k - 1].text == "de", words[k - 1].end + 1 == words[k].start,
                   t[a + words[k - 1].end] == UInt8(ascii: "-") { return "de-" + w }
                return w
            }
            if clauseVerbs.contains(w) || finiteVerbs.contains(w) || auxiliaries.contains(w)
                || FactAdmission.relativePronouns.contains(w) { return nil }
            k -= 1
        }
        return nil
    }

    /// The verbs of `actionOfAmount`: what a company did with an amount of something.
    static let actionVerbs: Set<String> = ["issued", "repaid", "redeemed", "borrowed", "repurchased", "purchased", "raised",
                                           "invested", "spent", "paid", "received", "contributed", "incurred", "returned",
                                           "settled", "sold", "acquired", "made", "extinguished", "retired", "prepaid",
                                           "drew", "refinanced", "funded", "granted", "awarded", "designated"]

    /// `m` with the action verb before the amount at `f` (`actionOfAmount`), else `m`.
    static func withAction(_ m: String, _ t: [UInt8], _ f: Figure, from a: Int) -> String {
        let m = invertedPlace(t, from: a, to: f.start).map { m + " " + $0 } ?? m
        guard let v = actionOfAmount(t, from: a, to: f.start) else { return m }
        return m + " " + v
    }

    /// **amountsOfNoun.** A list of amounts whose last names the metric for all of them, one
    /// for each period of a list (`The facility was supported by $1.7 billion and $1.6 billion
    /// of receivables at June 30, 2025 and December 31, 2024, respectively.`): each amount
    /// takes the metric and its period (`listPeriods`); nil unless the periods are stated. The
    /// noun may follow `, respectively,` (`respectivelyOfNoun`).
    ///
    /// **openingPeriodList.** The periods may open the sentence, another clause between
    /// (`At June 30, 2025 and December 31, 2024, inventory included $4,883 and $3,476 of work in
    /// process and $4,318 and $4,122 of unamortized tooling`, `In December 2024 and 2023, the
    /// Company de-designated €400 million and €109 million of the debt`): a list of exactly as
    /// many periods before the first amount in the sentence is the list's.
    static func amountsOfNoun(_ t: [UInt8], _ figures: [Figure], _ k: Int, clauseStart: Int, sentence r: Range<Int>,
                              before ctx: [Word], base: StatedPeriod?, earlier: [StatedPeriod]? = nil) -> (metric: String, end: Int, periods: [StatedPeriod])? {
        let sentenceEnd = r.upperBound
        let e = listEnd(t, figures, from: k)
        guard e > k, figures[k].hasCurrency else { return nil }
        let next = e + 1 < figures.count ? figures[e + 1].start : sentenceEnd
        if isBlocked(ctx) { return nil }
        guard let m = amountOfNoun(t, figures[e], before: [], nextStart: next, actionFrom: r.lowerBound)
                ?? respectivelyOfNoun(t, figures[e], nextStart: next) ?? bareAmountsBeforeNoun(t, figures, k, e, end: next),
              let ps = listPeriods(t, figures, k, e, clauseStart: clauseStart, sentenceEnd: sentenceEnd, base: base, earlier: earlier)
                ?? periodList(t, r.lowerBound..<figures[k].start, base: base, count: e - k + 1) else { return nil }
        return (m, e, ps)
    }
}

extension NarrativeExtractor {
    /// The metric and period of an amount named by a noun beside it, tried in this order:
    /// after it with `of` (`amountOfNoun`, with the action done with it: `withAction`), before
    /// it with `of` or `totaling` (`nounBeforeAmount`; not after a comparison since the last
    /// figure: `as compared to diluted net income per share of $4.20 from a year ago` is a
    /// comparative whose period is not stated here), after it as its noun's first modifier
    /// (`amountBeforeNoun`). `link`: the last word before the amount that is no modifier;
    /// `list`: whether figures listed after it take the metric too (`listPeriods`).
    static func besideNoun(_ t: [UInt8], _ f: Figure, ctx: [Word], link: String?, prevEnd: Int, clauseStart: Int,
                           nextStart: Int, sentence r: Range<Int>, base: StatedPeriod?,
                           previous: Figure? = nil) -> (metric: String, period: StatedPeriod?, list: Bool)? {
        // (`$11.7 billion of the share repurchase authorization remained available`: `remainingPartOf`.)
        if let m = remainingPartOf(t, f, sentence: r) {
            return (m, periodNear(t, after: f.end, f, nextStart: nextStart, sentence: r, base: base), false)
        }
        if let m = amountOfNoun(t, f, before: ctx, nextStart: nextStart, actionFrom: r.lowerBound) {
            let p = equivalentBracketEnd(t, f).map { bracketedHeadPeriod(t, f, close: $0, sentence: r, base: base) }
                ?? periodNear(t, after: f.end, f, nextStart: nextStart, sentence: r, base: base)
            return (withAction(m, t, f, from: r.lowerBound), p, false)
        }
        if let m = amountLinkedObject(t, f, nextStart: nextStart, actionFrom: r.lowerBound) ?? amountRemaining(t, f, nextStart: nextStart, sentence: r) {
            return (m, periodNear(t, after: f.end, f, nextStart: nextStart, sentence: r, base: base), false)
        }
        // (`the current portion of term loans ($2.1 billion and ...)`: `bracketedAmountsOfNoun`.)
        if let m = nounBeforeBracket(t, f, from: max(clauseStart, r.lowerBound)) {
            return (m, periodNear(t, after: f.end, f, nextStart: nextStart, sentence: r, base: base), true)
        }
        if let w = link, amountLinks.contains(w), f.hasCurrency, cutComparison(t, prevEnd..<f.start).upperBound >= f.start,
           let m = nounBeforeAmount(t, from: max(clauseStart, r.lowerBound), to: f.start) {
            return (m, periodNear(t, after: f.end, f, nextStart: nextStart, sentence: r, base: base), true)
        }
        if let (m, end, standing) = amountBeforeNoun(t, f, before: ctx, from: prevEnd, nextStart: nextStart,
                                                     previous: previous, sentenceStart: r.lowerBound),
           let p = modifierPeriod(t, f, phraseEnd: end, nextStart: nextStart, sentence: r, base: base, standing: standing) {
            return (m, p, false)
        }
        // (`... have a principal amount denominated in euros: 3.000% Notes for €470 million, ...`: `namedItemsFor`.)
        return namedItemFor(t, f, sentence: r, base: base).map { ($0.0, $0.1, false) }
    }

    /// **statedModifierPeriod.** The period of an amount read by `amountBeforeNoun`, which must
    /// be stated: before the amount in its sentence (`As of November 29, 2024, we had a $3
    /// billion commercial paper program`; an event's date, `eventModifierPeriod`), else right after its noun phrase after `during`,
    /// `in`, `for` or `as` (`Payment of the $1 billion termination fee during fiscal 2024`,
    /// `include $45 million unsettled trades as of March 31, 2025`). A
    /// facility, a program or an authorization is no figure of the filing's own period, and
    /// the date of another clause is not its period (`a $3.5 billion credit facility scheduled
    /// to expire in May 2025`): nil then, and the amount is no fact, unless the sentence points
    /// back to the event of the sentence before (`continuedEvent`) or states it as standing
    /// now (`standingCap`).
    static func modifierPeriod(_ t: [UInt8], _ f: Figure, phraseEnd: Int, nextStart: Int, sentence r: Range<Int>,
                               base: StatedPeriod?, standing: Bool = false) -> StatedPeriod? {
        if let p = PeriodParser.find(t, cutComparison(t, r.lowerBound..<f.start), base: base) { return p }
        // **eventModifierPeriod.** The date of an event stated before the amount (`In December
        // 2023, we entered into a $9.0 billion bridge credit agreement`, `On June 27, 2024, we
        // terminated the $10.0 billion credit facility`) is stated too: the event's instant
        // (`StatedPeriod.eventFlows` makes a flow of it where the metric names one).
        if let (date, phrase) = PeriodParser.eventDate(t, r.lowerBound..<f.start) { return StatedPeriod.event(date, phrase: phrase) }
        let hi = min(nextStart, phraseEnd + 48, t.count)
        if phraseEnd < hi, let w = Words.split(t[phraseEnd..<hi]).first, ["during", "in", "for", "as"].contains(w.text),
           let p = PeriodParser.find(t, w.start..<hi, base: base) {
            return p
        }
        if opensSentence(t, f, sentence: r), let p = issuedOn(t, after: phraseEnd, upTo: hi) { return p }
        if let p = continuedEvent(t, f, sentence: r, base: base) { return p }
        // **standingCap.** The size of a facility, a program or an authorization the company
        // has now, stated in the present (`We have a $575 million commercial paper program`,
        // `Norvale currently has an existing $5.0 billion five-year revolving credit facility`,
        // `The Credit Agreement provides for a $5.0 billion unsecured revolving credit
        // facility`) with no date of its own, is a balance: of the instant the period the text
        // is under ends on (the section's, else the filing's), as `balanceAtPeriodEnd` has it.
        // Only under such a span of time: not under an event's date (a paragraph that dates
        // what it tells), nor an instant a sentence before set (`There were no borrowings ... as
        // of December 31, 2023 and 2024.` sets the first date, not the one the cap stands at),
        // nor with no period.
        guard standing, let b = base, !b.isEvent, case .duration = b.kind else { return nil }
        return b.endInstant
    }

    /// The present verbs of having a facility, a program or an authorization (`standingCap`).
    /// (`provides`, `provide` before `for`.)
    static let standingVerbs: Set<String> = ["has", "have", "maintains", "maintain", "provides", "provide"]

    /// The nouns of a standing facility, program or authorization, the last word of the
    /// metric `amountBeforeNoun` reads (`standingCap`).
    static let standingNouns: Set<String> = ["facility", "facilities", "program", "programs", "programme", "agreement",
                                             "loan", "authorization", "authorisation"]

    /// **amountBeforeNoun.** A currency amount printed as the first modifier of a noun phrase,
    /// after an article or a possessive, is the measure that phrase names: `In 2024, we entered
    /// into a $5.0 billion unsecured 364-day revolving credit facility` -> `Unsecured
    /// 364-day revolving credit facility`, `the Board approved a $15.0 billion share repurchase
    /// authorization` -> `Share repurchase authorization`, `we repaid the existing $2.0 billion
    /// floating rate term loan due May 2025` -> `Floating rate term loan repaid`. A hyphenated word may
    /// stand between the article and the amount (`a five-year $1.5 billion ... facility`, `a 364
    /// -day $1.5 billion credit facility`), and a
    /// number joined to the next word by a hyphen is a word of the phrase (`364-day`). The
    /// phrase runs to punctuation or to a word that starts a qualifier, a clause or a list
    /// (`amountStops`, `stopAfterCount`, a verb), at most six words; nil when it is empty,
    /// or names a change (`a $5.0 billion increase to ...`: a change, no level) or a unit
    /// (`a $0.25 per share dividend`), names only an amount (`the $500 million aggregate
    /// principal amount of its notes`: of what is said after it), or is one word (`a $2,000
    /// cap for out-of-pocket costs`, `the $244 fine`: too little to name a measure). Returns
    /// the metric (with the verb done with it, `modifierAction`), where its phrase ends, and
    /// whether a present verb of having stands before the article and the noun names a
    /// facility, a program or an authorization (`standingCap`).
    static func amountBeforeNoun(_ t: [UInt8], _ f: Figure, before given: [Word], from a: Int, nextStart: Int,
                                 previous: Figure? = nil, sentenceStart: Int = 0) -> (metric: String, end: Int, standing: Bool)? {
        let end = min(nextStart, t.count)
        // (The currency printed first: a number with a code after it names a series, `the 2014
        // USD Notes`, no amount.)
        guard f.hasCurrency, f.value > 0, f.end + 1 < end, t[f.end] == 0x20 || t[f.end] == UInt8(ascii: ","), f.start < t.count, !ByteClass.isDigit(t[f.start]),
              a < f.start else { return nil }
        // (Offsets of `tail` are relative to `a`. More words only where a modifier ends right
        // before the amount, `modifiersBeforeAmount`: a kind word, or a compound's second half.)
        let p = a + (given.last?.start ?? 0)
        let compound = p >= 1 && t[p - 1] == UInt8(ascii: "-") || p >= 2 && t[p - 1] == 0x20 && t[p - 2] == UInt8(ascii: "-")
        let near = given.last.map { amountArticles.contains($0.text) || !(compound || capAdjectives.contains($0.text)) } ?? true
            ? given : Words.tail(t, a, f.start) { $0.count >= 10 }
        // The article right before the amount, or before its modifiers (`modifiersBeforeAmount`),
        // the sentence's start (`openingAmountBeforeNoun`), or the article of the amount before
        // `and` (`coordinatedAmountBeforeNoun`).
        guard let (ctx, article) = (articleBeforeAmount(t, near, from: a, amountStart: f.start)
                                    ?? holdingVerbBeforeAmount(t, near, from: a, amountStart: f.start)
                                    ?? openingArticle(t, near, from: a, amountStart: f.start, sentenceStart: sentenceStart)).map({ (near, $0) })
                ?? coordinatedArticle(t, f, before: near, from: a, previous: previous, sentenceStart: sentenceStart) else { return nil }
        // **modifierAction.** The verb right before the article (`repaid the existing`) is
        // what the company did with it; a verb further back acts on something else (`no
        // amounts had been borrowed under the $3 billion agreement`).
        var v = article - 1
        while v >= 0, amountArticles.contains(ctx[v].text) { v -= 1 }
        let action = v >= 0 && actionVerbs.contains(ctx[v].text) ? " " + ctx[v].text : ""
        // (`standingCap`: `has a`, `currently has an existing`, `provides for a`.)
        var s = v
        if s >= 1, ctx[s].text == "for", ["provides", "provide"].contains(ctx[s - 1].text) { s -= 1 }
        let present = s >= 0 && standingVerbs.contains(ctx[s].text)
        guard let (p, q) = modifiedNoun(t, after: f, end: end) else { return nil }
        let m = singleSpaced(t, p.start, q.end) + action
        guard let c = m.first else { return nil }
        return (c.uppercased() + m.dropFirst(), q.end, present && action.isEmpty && standingNouns.contains(q.text))
    }

    /// The noun phrase an amount printed as its first modifier names (`amountBeforeNoun`,
    /// `bareAmountsBeforeNoun`): its first and last words, or nil (see `amountBeforeNoun`).
    static func modifiedNoun(_ t: [UInt8], after f: Figure, end: Int) -> (Word, Word)? {
        guard f.end + 1 < end, end <= t.count else { return nil }
        var picked: [Word] = []
        // (`split` of a slice gives offsets in `t`.)
        let words = Words.split(t[(f.end + 1)..<end])
        for (i, w) in words.enumerated() {
            // Words follow each other with spaces only, or joined in a compound (`364-day`).
            let gapStart = picked.last?.end ?? f.end
            // (`364-day`; a number with spaces before the hyphen too, `3 -year`.)
            let joined = picked.last.map { $0.end + 1 == w.start && t[$0.end] == UInt8(ascii: "-")
                || Int($0.text) != nil && hyphenJoined(t, $0.end..<w.start) } ?? false
            let compound = i + 1 < words.count && hyphenJoined(t, w.end..<words[i + 1].start)
            if !joined && !(gapStart..<w.start).allSatisfy({ t[$0] == 0x20 })
                && !(picked.isEmpty && compound && commaGap(t, gapStart..<w.start)) { break }
            if picked.count >= 6 || !joined && (stopAfterCount.contains(w.text) || amountStops.contains(w.text)
                || determiners.contains(w.text) || verbs.contains(w.text) || clauseVerbs.contains(w.text)
                || modifierStops.contains(w.text)) { break }
            // A number only as the first half of a compound (`364-day`).
            if Int(w.text) != nil, !compound { break }
            picked.append(w)
        }
        // (A compound's second half is no word of change: `back-up`, `step-up`.)
        let halves = Set(picked.indices.dropFirst().filter { picked[$0 - 1].end + 1 == picked[$0].start && t[picked[$0 - 1].end] == UInt8(ascii: "-") })
        guard let p = picked.first, let q = picked.last, p.text.first?.isLetter == true || Int(p.text) != nil,
              !picked.indices.contains(where: { !halves.contains($0) && (changeWords.contains(picked[$0].text) || changeNouns.contains(picked[$0].text)) }),
              !["amount", "amounts"].contains(q.text), picked.count >= 2 else { return nil }
        return (p, q)
    }

    /// **bareAmountsBeforeNoun** (in `amountsOfNoun`): a list of amounts with no article, the
    /// object of a verb of holding printed right before the first (`holdingVerbs`, spaces only
    /// between), is the first modifier of the noun phrase after the last, as one amount is
    /// (`bareAmountBeforeNoun`): `As of December 31, 2024 and 2023, the group had ¥1.3 billion
    /// and ¥1.6 billion yen-denominated borrowings outstanding` -> `Yen-denominated borrowings`,
    /// each at its date. The metric (capitalized), or nil.
    static func bareAmountsBeforeNoun(_ t: [UInt8], _ figures: [Figure], _ k: Int, _ e: Int, end: Int) -> String? {
        guard k < e, e < figures.count, figures[e].hasCurrency, figures[e].value > 0, figures[e].end < end, t[figures[e].end] == 0x20,
              !ByteClass.isDigit(t[figures[e].start]) else { return nil }
        var j = figures[k].start
        while j > 0, t[j - 1] == 0x20 { j -= 1 }
        guard j < figures[k].start, let w = Words.split(t[max(0, j - 12)..<j]).last, w.end == j, holdingVerbs.contains(w.text),
              let (p, q) = modifiedNoun(t, after: figures[e], end: end) else { return nil }
        let m = singleSpaced(t, p.start, q.end)
        guard let c = m.first else { return nil }
        return c.uppercased() + m.dropFirst()
    }

    /// **bareAmountBeforeNoun.** An amount with no article, the object of a verb of holding
    /// or including printed right before it (spaces only between), is the first modifier of
    /// the noun phrase after it too: `Purchases made in the quarter include $45 million
    /// unsettled trades as of March 31, 2025` -> `Unsettled trades`, `As of December 31,
    /// 2024, the group had $2.4 billion yen-denominated borrowings outstanding` ->
    /// `Yen-denominated borrowings`. Only these verbs:
    /// after another verb a bare amount is most often the amount of the verb itself
    /// (`repaid $3.8 billion aggregate principal amount of notes`). The index of the verb in
    /// `ws` (it stands where the article would, `amountBeforeNoun`); nil when none.
    static func holdingVerbBeforeAmount(_ t: [UInt8], _ ws: [Word], from a: Int, amountStart: Int) -> Int? {
        guard let w = ws.last, holdingVerbs.contains(w.text), a + w.end <= amountStart, amountStart <= t.count,
              ((a + w.end)..<amountStart).allSatisfy({ t[$0] == 0x20 }) else { return nil }
        return ws.count - 1
    }

    /// The verbs after which a bare amount is its noun's first modifier (`bareAmountBeforeNoun`).
    static let holdingVerbs: Set<String> = ["include", "includes", "included", "had", "has", "have"]

    /// **modifiersBeforeAmount.** The article of an amount printed as its noun's first
    /// modifier (`amountBeforeNoun`): the word right before the amount, or the word before up
    /// to three modifiers printed before it, each a compound joined by a hyphen (`a five-year
    /// $1.5 billion credit facility`, `a 364 -day $1.5 billion credit facility`) or a word of
    /// `capAdjectives` (`a committed five-year unsecured $8 billion revolving credit facility`,
    /// `its previous $1 billion unsecured revolving credit facility`), with spaces or one
    /// comma after each (`a five-year, unsecured $7.0 billion revolving credit facility`, `a
    /// five-year , $3 billion unsecured revolving credit facility`); only spaces after the
    /// article. The index of the article in `ws` (the words before the amount, offsets
    /// relative to `a`); nil when none.
    static func articleBeforeAmount(_ t: [UInt8], _ ws: [Word], from a: Int, amountStart: Int) -> Int? {
        var p = ws.count - 1
        // Where the modifier (or the amount) after `ws[p]` starts.
        var next = amountStart
        var units = 0
        while p >= 0 {
            let w = ws[p]
            guard a + w.end <= next, next <= t.count else { return nil }
            let gap = (a + w.end)..<next
            if amountArticles.contains(w.text) { return gap.allSatisfy({ t[$0] == 0x20 }) ? p : nil }
            guard units < 3, gap.allSatisfy({ t[$0] == 0x20 || t[$0] == UInt8(ascii: ",") }),
                  gap.filter({ t[$0] == UInt8(ascii: ",") }).count <= 1 else { return nil }
            // The modifier ending at `p`: back over the words a hyphen joins to it.
            var q = p
            while q > 0, hyphenJoined(t, (a + ws[q - 1].end)..<(a + ws[q].start)) { q -= 1 }
            guard q < p || capAdjectives.contains(w.text) else { return nil }
            next = a + ws[q].start
            p = q - 1
            units += 1
        }
        return nil
    }

    /// Whether the bytes between two words join them into one compound: spaces and exactly
    /// one hyphen (`five-year`, `364 -day`; `modifiersBeforeAmount`).
    static func hyphenJoined(_ t: [UInt8], _ gap: Range<Int>) -> Bool {
        guard !gap.isEmpty, gap.upperBound <= t.count else { return false }
        var hyphens = 0
        for i in gap {
            if t[i] == UInt8(ascii: "-") { hyphens += 1 } else if t[i] != 0x20 { return false }
        }
        return hyphens == 1
    }

    /// Words of a facility's or a debt's kind printed before its amount (`modifiersBeforeAmount`):
    /// `a committed five-year unsecured $8 billion revolving credit facility`.
    static let capAdjectives: Set<String> = ["unsecured", "secured", "committed", "senior", "revolving", "previous", "prior",
                                             "syndicated", "original", "initial"]

    /// Participles that end an `amountBeforeNoun` phrase: the clause after the noun (`a $3.5
    /// billion credit facility scheduled to expire`, `a $15.0 billion authorization that
    /// replaced`).
    /// (An adverb of time before a participle too: `an unsecured INR 22.7 billion term loan
    /// originally due July 2023`; `also` before the verb: `The $2.0 billion credit facility also
    /// provided that ...` -> `Credit facility`.)
    static let modifierStops: Set<String> = ["scheduled", "expiring", "maturing", "approved", "entered", "replaced",
                                             "provided", "providing", "used", "issued", "undrawn", "which", "that",
                                             "originally", "initially", "subsequently", "currently", "also"]

    /// The words after which an amount is the first modifier of a noun phrase (`amountBeforeNoun`).
    /// (**totalBeforeAmount.** `a total` too: `the Company recognized a total $327 million
    /// discrete tax expense in 2023` -> `Discrete tax expense`.)
    static let amountArticles: Set<String> = ["a", "an", "the", "its", "our", "their", "existing", "new", "additional", "total"]

    /// Words that say an amount is approximate (`approximateAmountLink`, `saysApproximate`).
    static let approximators: Set<String> = ["approximately", "about", "around", "nearly", "roughly", "approx", "almost"]

    /// Whether the word right before the figure at `start` (spaces, and `.` after an
    /// abbreviation, between) says it is approximate (`approximators`: `approximately
    /// $37,000`, `approx. $1.2 million`). Read by the cross-check's rounding
    /// (`Figure.roundingUnit`).
    static func saysApproximate(_ t: [UInt8], before start: Int) -> Bool {
        var e = min(start, t.count)
        while e > 0, t[e - 1] == 0x20 || t[e - 1] == 0x2E { e -= 1 }
        var s = e
        while s > 0, e - s < 16, Words.isAlnum(t[s - 1]) { s -= 1 }
        guard s < e, e - s < 16, s == 0 || !Words.isAlnum(t[s - 1]) else { return false }
        return approximators.contains(String(decoding: t[s..<e].map(Words.lower), as: UTF8.self))
    }

    /// Whether `w` is a gerund (`obtaining`, `fulfilling`): six letters or more ending in `ing`,
    /// not a noun of that form (`gerundObject`).
    static func isGerund(_ w: Word) -> Bool {
        w.text.utf8.count >= 6 && w.text.hasSuffix("ing") && !ingNouns.contains(w.text)
    }

    /// Nouns ending in `ing` that are no gerund (`isGerund`).
    static let ingNouns: Set<String> = ["financing", "offering", "offerings", "building", "earnings", "funding", "pricing",
                                        "housing", "clearing", "setting", "meeting", "billing", "licensing", "trading",
                                        "closing", "remaining", "outstanding", "during", "including", "excluding"]

    /// The participles of booking `participleOf` keeps before `of`.
    static let participleOfWords: Set<String> = ["recognized", "recognised", "recorded", "incurred", "paid", "received",
                                                 "capitalized", "capitalised", "accrued", "expensed", "billed", "invoiced"]

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
        let words = Words.tail(t, a, b) { $0.count >= 12 }
        // **approximateAmountLink.** A word that says the amount is approximate may stand
        // between the link and the amount (`a discount for lack of marketability of
        // approximately $800 million`, `tax credits of about $932 million`): it is passed over,
        // with nothing but spaces around it. (Not an article: in `of a $630 million intangible`
        // the amount is the first modifier of the noun after it, `amountBeforeNoun`.)
        var li = words.count - 1
        while li > 0, approximators.contains(words[li].text),
              (a + words[li - 1].end..<a + words[li].start).allSatisfy({ t[$0] == 0x20 }) {
            li -= 1
        }
        guard li >= 0, amountLinks.contains(words[li].text) else { return nil }
        // **datedNounBeforeAmount.** A date between the noun and its link is the period, no
        // word of the noun (`the closing stock price as of November 29, 2024 of $515.93` ->
        // `Closing stock price`): the phrase ends before it (`datedPhraseStart`).
        let stop = datedPhraseStart(words, before: li) ?? li
        var first = stop
        var k = stop - 1
        // **participleOf.** A participle of booking between the noun and `of` is a word of the
        // phrase, no verb ending it: `was offset by revenue recognized of $760.9 million` ->
        // `Revenue recognized` (a clause's verb takes its object before `of`: `we recognized
        // gains of`).
        if k >= 1, participleOfWords.contains(words[k].text),
           !nounStops.contains(words[k - 1].text), Int(words[k - 1].text) == nil,
           (a + words[k - 1].end..<a + words[k].start).allSatisfy({ t[$0] == 0x20 }) {
            first = k
            k -= 1
        }
        // The bracket that closes right before the link word (`bracketBeforeAmount`), from the
        // slash before it if any: its bytes join words, its words are not counted.
        var bracket = 0..<0
        if li >= 2, a + words[li - 1].end < t.count, t[a + words[li - 1].end] == UInt8(ascii: ")"),
           isPhraseBracket(t, a + words[li - 1].end) {
            let close = a + words[li - 1].end
            var open = close
            while open > a, t[open] != UInt8(ascii: "(") { open -= 1 }
            bracket = (open > a && t[open - 1] == UInt8(ascii: "/") ? open - 1 : open)..<(close + 1)
        }
        while k >= 0, stop - k <= 6 + (bracket.isEmpty ? 0 : bracketWords(words, a, bracket)) {
            let w = words[k]
            // Punctuation between this word and the next ends the phrase (not that bracket).
            var p = a + w.end
            while p < a + words[k + 1].start, t[p] == 0x20 || t[p] == UInt8(ascii: "-") || bracket.contains(p) { p += 1 }
            if p < a + words[k + 1].start { break }
            // **gerundObject.** A gerund's object and the `of` before a gerund are words of the
            // phrase: `deferring incremental costs of obtaining a contract of $71.9 million` ->
            // `Incremental costs of obtaining a contract`.
            // (Only `of <gerund> <article>`: `assuming an initial investment`, `inclusive of
            // hedging gains` open no such phrase.)
            let articles: Set<String> = ["a", "an", "the"]
            let gerund = w.text == "of" && k + 2 < stop && isGerund(words[k + 1]) && articles.contains(words[k + 2].text)
                || k >= 2 && articles.contains(w.text) && isGerund(words[k - 1]) && words[k - 2].text == "of"
            if !gerund && nounStops.contains(w.text) || Int(w.text) != nil { break }
            // (`the Company` before its verb is a subject as `we` is, `companySubject`.)
            if w.text == "company", isCompanySubject(words, k), isCompanyVerb(words, k + 1) { break }
            first = k
            k -= 1
        }
        guard first < stop else { return nil }
        // **changeOfNoun.** `the changes in unearned revenue of $1.6 billion`, `a reduction in
        // depreciation and amortization expense of $3 billion`, `changes in fair value of
        // contingent liabilities of $5 billion`: the amount is the change, and the metric says so.
        if let c = (max(0, first - 6)..<first).last(where: { changeNouns.contains(words[$0].text) }),
           c + 1 < first, words[c + 1].text == "in",
           words[(c + 1)..<first].allSatisfy({ !determiners.contains($0.text) && !pronouns.contains($0.text) && Int($0.text) == nil }),
           !(c..<first).contains(where: { k in (a + words[k].end..<a + words[k + 1].start).contains { t[$0] != 0x20 } }) {
            first = c
        }
        let picked = words[first..<stop]
        guard let head = picked.first, head.text.first?.isLetter == true,
              let noun = picked.last?.text, !changeWords.contains(noun) || noun == "gain",
              !(picked.count == 1 && ["total", "amount", "aggregate", "sum", "value", "amounts"].contains(head.text)),
              let last = picked.last else { return nil }
        // (A bracket the phrase opened closes after its last word: `gains (losses)`.)
        var end = a + last.end
        if end < t.count, t[end] == UInt8(ascii: ")"), t[(a + head.start)..<end].contains(UInt8(ascii: "(")) { end += 1 }
        let m = singleSpaced(t, a + head.start, end)
        guard let c = m.first else { return nil }
        return c.uppercased() + m.dropFirst()
    }

    /// Where a balance date that ends right before `words[i]` starts: `as of <month> <day>,
    /// <year>` (`datedNounBeforeAmount`); nil when none does. (Not `on <date>`: `in excess of
    /// the sterling equivalent on June 21, 2016 of €1.0 billion` is a threshold's terms.)
    static func datedPhraseStart(_ words: [Word], before i: Int) -> Int? {
        let y = i - 1
        guard y >= 5, Years.fourDigit(words[y].text) != nil, let d = Int(words[y - 1].text), (1...31).contains(d),
              Months.number(words[y - 2].text) != nil else { return nil }
        return words[y - 3].text == "of" && words[y - 4].text == "as" ? y - 4 : nil
    }

    /// **sharesForAmount.** A count of shares bought or sold `for` an amount states what they
    /// cost: `the Company repurchased 208 million shares of its common stock for $48.3 billion`
    /// -> `Value of shares repurchased`; each item of `Norvale repurchased 7 million shares for
    /// $1.3 billion in 2024, 10 million shares for $1.6 billion in 2023 and ...` too, each with
    /// the period after it. The count (`count`, no currency) is the figure right before the
    /// amount, then `shares` (`of [its|our] [class A] common stock` may follow) and `for`; the
    /// verb is the nearest action verb before it (`actionOfAmount`: `repurchased`, `purchased`,
    /// `sold`, `issued`, `acquired`). Not a price (`for $282.52 per share`). Nil otherwise.
    static func sharesForAmount(_ t: [UInt8], _ count: Figure, _ f: Figure, nextStart: Int, sentence r: Range<Int>) -> String? {
        guard f.hasCurrency, count.unit == nil, count.end < f.start, f.start - count.end <= 64 else { return nil }
        let words = Words.split(t[count.end..<f.start])
        guard words.count >= 2, words.first?.text == "shares", words.last?.text == "for",
              words.dropFirst().dropLast().allSatisfy({ shareClassWords.contains($0.text) }),
              !(count.end..<f.start).contains(where: { t[$0] == UInt8(ascii: ",") || t[$0] == UInt8(ascii: ";") }) else { return nil }
        let after = Words.split(t[min(f.end, nextStart)..<min(nextStart, f.end + 24)]).prefix(3).map(\.text)
        guard !after.contains("per"), after.first != "each" else { return nil }
        guard let verb = actionOfAmount(t, from: r.lowerBound, to: count.start), shareActions.contains(verb) else { return nil }
        return "Value of shares " + verb
    }

    /// The words between `shares` and `for` in `sharesForAmount` (`of its class A common stock`).
    static let shareClassWords: Set<String> = ["of", "its", "our", "the", "their", "class", "a", "b", "c", "common", "ordinary", "stock"]
    /// The verbs of `sharesForAmount`: shares bought or sold.
    static let shareActions: Set<String> = ["repurchased", "purchased", "sold", "issued", "acquired", "redeemed", "retired"]

    /// How many of `words` lie inside `bracket` (absolute bytes; `words` from `a`).
    static func bracketWords(_ words: [Word], _ a: Int, _ bracket: Range<Int>) -> Int {
        words.filter { bracket.contains(a + $0.start) }.count
    }

    /// **bracketBeforeAmount.** A bracket of one or two lower-case words that ends the noun
    /// phrase before the amount's `of` is part of it, as a statement's subject keeps it
    /// (`bracketInPhrase`): `pre-tax net foreign currency gains (losses) of $104 million` ->
    /// `Pre-tax net foreign currency gains (losses)`, `gain/(loss) of`. A bracket further back
    /// closes another phrase (`recognized in other comprehensive income (loss) pre-tax gains
    /// of`: `Pre-tax gains`). Whether the byte at `p` closes such a bracket (`)`), or opens
    /// one (`(`) that closes within 32 bytes.
    static func isPhraseBracket(_ t: [UInt8], _ p: Int) -> Bool {
        let c = t[p]
        if c == UInt8(ascii: "(") {
            guard p + 1 < t.count, t[p + 1] >= 0x61, t[p + 1] <= 0x7A else { return false }
            var q = p + 1, spaces = 0
            while q < t.count, q - p <= 32, t[q] != UInt8(ascii: ")") {
                if t[q] == 0x20 { spaces += 1 } else if !Words.isAlnum(t[q]) && t[q] != UInt8(ascii: "-") { return false }
                q += 1
            }
            return q < t.count && t[q] == UInt8(ascii: ")") && spaces <= 1
        }
        guard c == UInt8(ascii: ")") else { return false }
        var q = p - 1
        while q >= 0, p - q <= 32, t[q] != UInt8(ascii: "(") { q -= 1 }
        return q >= 0 && t[q] == UInt8(ascii: "(") && isPhraseBracket(t, q)
    }

    /// The nouns of a change that `changeOfNoun` keeps before `in`.
    static let changeNouns: Set<String> = ["change", "changes", "reduction", "reductions", "increase", "increases",
                                           "decrease", "decreases", "decline"]

    /// Words that end a `nounBeforeAmount` phrase, read backwards.
    static let nounStops: Set<String> = determiners.union(leading).union(verbs).union(clauseVerbs).union(pronouns)
        .union(subjectPronouns).union(finiteVerbs).union(introWords)
        .union(["by", "from", "than", "including", "excluding", "or", "this", "any", "each", "these", "those", "their", "his", "her"])

    /// **authorizedUpTo.** An authorization states its amount as a bound: `the Board of
    /// Directors authorized a program to repurchase up to $10.0 billion of our common stock`,
    /// `authorized the issuance of up to $9.0 billion of debt securities`, `granted authority to
    /// repurchase up to $15 billion in our common stock`. The amount is the authorization's,
    /// a figure of the filing: `Amount authorized to repurchase common stock`, `Amount authorized
    /// to issue debt securities`. Only `up to` right after `repurchase`, `purchase` or `issue`
    /// (or `repurchase of`, `issuance of`), a word of authority (`authorized`, `authority`,
    /// `authorization`) before it in the sentence, and the noun after `of` or `in`; any other
    /// bound is a maximum (`payments of up to $1.6 billion upon achievement of milestones`:
    /// `maximumUpTo`) or no fact (`may decrease by up to $50 million`).
    static func authorizedUpTo(_ t: [UInt8], _ f: Figure, ctx: [Word], nextStart: Int, sentence r: Range<Int>) -> String? {
        guard ctx.last?.text == "to" else { return nil }
        let w = ctx.suffix(4).map(\.text)
        guard f.hasCurrency, f.value > 0, w.count == 4, w[2] == "up", w[3] == "to" else { return nil }
        let action: String
        switch (w[0], w[1]) {
        case (_, "repurchase"), ("repurchase", "of"): action = "repurchase"
        case (_, "purchase"), ("purchase", "of"): action = "purchase"
        case (_, "issue"), ("issuance", "of"): action = "issue"
        // `for the repurchase of shares ..., in an aggregate amount of up to $500 million`
        case ("amount", "of"): return authorizedAggregate(t, f, sentence: r)
        default: return nil
        }
        let lo = max(r.lowerBound, 0), hi = min(f.start, t.count)
        guard lo < hi, Words.split(t[lo..<hi]).contains(where: { $0.text.hasPrefix("authori") }) else { return nil }
        let end = min(nextStart, t.count)
        guard f.end + 4 <= end, t[f.end] == 0x20 else { return nil }
        let link = Words.split(t[f.end..<min(end, f.end + 4)]).first?.text
        guard link == "of" || link == "in", let at = Words.split(t[f.end..<end]).first?.end,
              let phrase = nounPhrase(t, from: at, to: end) else { return nil }
        let noun = phrase.hasPrefix("our ") ? String(phrase.dropFirst(4)) : phrase
        return "Amount authorized to \(action) \(noun)"
    }

    /// `authorizedUpTo`'s fact: at a date before the amount in its sentence, else the event's
    /// (`eventModifierPeriod`), else the period near it.
    static func authorizedFact(_ t: [UInt8], _ f: Figure, ctx: [Word], nextStart: Int, sentence r: Range<Int>,
                               base: StatedPeriod?) -> NarrativeFact? {
        guard let m = authorizedUpTo(t, f, ctx: ctx, nextStart: nextStart, sentence: r)
                ?? authorizedAdditional(t, f, ctx: ctx, nextStart: nextStart, sentence: r) else {
            return programCapacityFact(t, f, ctx: ctx, sentence: r, base: base)
        }
        // (A second clause's own date first: `..., and in December 2024, the Board increased the
        // authorization by an additional $15 billion`.)
        let clause = lastClauseStart(t, r.lowerBound, f.start).flatMap { c in
            PeriodParser.find(t, c..<f.start, base: base)
                ?? PeriodParser.eventDate(t, c..<f.start).map { StatedPeriod.event($0.date, phrase: $0.text) }
        }
        let p = clause ?? PeriodParser.find(t, cutComparison(t, r.lowerBound..<f.start), base: base)
            ?? PeriodParser.eventDate(t, r.lowerBound..<f.start).map { StatedPeriod.event($0.date, phrase: $0.text) }
            ?? periodNear(t, after: f.end, f, nextStart: nextStart, sentence: r, base: base)
        return NarrativeFact(metric: m, figure: f, period: p, role: "current", stated: false)
    }

    /// **listTailAlone.** A later amount of a list (`$1.2 billion and $1.1 billion of
    /// securities`, `listEnd`) whose head was read as no fact: no fact either. Its period is
    /// the one the list's periods give it, which were not told (`At June 30, 2025, December
    /// 31, 2024 and December 31, 2023, ... $1.2 billion and $1.1 billion of ...`, `In December
    /// 2024 and 2023, ... €400 million and €109 million of ...`): the sentence's first period
    /// alone is the head's, and would be given to the second amount.
    static func isListTailAlone(_ t: [UInt8], _ figures: [Figure], _ k: Int, read out: [NarrativeFact]) -> Bool {
        k > 0 && out.last?.figure.end != figures[k - 1].end && listEnd(t, figures, from: k - 1) >= k
    }
}
