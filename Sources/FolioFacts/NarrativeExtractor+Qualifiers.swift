import FolioModel

/// The qualifiers that say which measure a metric is, printed away from the metric's noun.
extension NarrativeExtractor {
    /// **trailingQualifier.** A metric read before its figure (`<metric> of <figure>`, `<metric>
    /// was <figure>`) takes the `for` or `under` phrase printed right after the figure (past
    /// its period words) when that phrase names no period: it says which of several such
    /// measures the figure is.
    ///
    ///     actuarial gain of $62 million for other post-employment plans
    ///         -> `Actuarial gain for other post-employment plans`
    ///     gross income tax expense of $430 million in 2023 and $339 million in 2022 for
    ///     interest and penalties related to income tax matters
    ///         -> `Gross income tax expense for interest and penalties` (both figures)
    ///     borrowings of $151 million under the revolving credit facility
    ///         -> `Borrowings under the revolving credit facility`
    ///
    /// The figures of a list (only period words, `and` and commas between them, the same
    /// metric) share the qualifier printed after the last one. Not a period (`for the three
    /// months ended`, `for fiscal 2024`), a unit or a count (`for each share`, `for a total of`),
    /// nor a phrase longer than six words or cut by a figure.
    static func withTrailingQualifiers(_ out: [NarrativeFact], _ t: [UInt8], _ figures: [Figure],
                                       sentence r: Range<Int>) -> [NarrativeFact] {
        guard !out.isEmpty else { return out }
        var out = out
        // The qualifier carried back to the listed figures before a figure (its metric and text).
        var carry: (metric: String, qualifier: String)?
        for i in out.indices.reversed() {
            let n = out[i]
            guard n.role != "change", !n.metric.isEmpty else { carry = nil; continue }
            let next = figures.first(where: { $0.start >= n.figure.end })?.start ?? r.upperBound
            switch trailingQualifier(t, n.figure.end..<min(next, r.upperBound)) {
            case .qualifier(let q):
                carry = (n.metric, q)
            case .glue:
                if let c = carry, c.metric != n.metric { carry = nil }
            case .none:
                carry = nil
            }
            // (Not a part named by that very phrase, `$20 million for the fair value of ...`: `partsOfWhole`.)
            if let c = carry, c.metric == n.metric, !hasQualifier(n.metric), !c.qualifier.lowercased().hasSuffix(n.metric.lowercased()) {
                out[i].metric = n.metric + " " + c.qualifier
            }
        }
        return out
    }

    /// What follows a figure up to the next: a qualifier (`for interest and penalties`), only
    /// the glue of a list (period words, `and`, commas), or something else.
    enum Trailing: Equatable {
        case qualifier(String)
        case glue
        case none
    }

    /// The words that may stand between the figures of a list and their qualifier: period
    /// words, `and`, `respectively`.
    static let listGlue: Set<String> = ["in", "during", "at", "as", "of", "the", "fiscal", "year", "years", "quarter", "quarters",
                                        "ended", "ending", "months", "month", "three", "six", "nine", "twelve", "first", "second",
                                        "third", "fourth", "full", "and", "respectively", "on", "through", "fy", "q1", "q2", "q3", "q4"]
    /// Words that open a trailing qualifier.
    static let qualifierLinks: Set<String> = ["for", "under"]
    /// Words that end a trailing qualifier: a clause's verb, adverb or participle.
    static let qualifierStops: Set<String> = ["was", "were", "is", "are", "which", "that", "primarily", "mainly", "principally",
                                              "driven", "related", "due", "compared", "respectively", "as", "in", "during",
                                              "respectively", "partially", "offset", "resulting", "reflecting", "including",
                                              "excluding", "while", "whereas", "but", "with", "from", "by", "at", "on"]
    /// First words of a phrase after `for` that make it a unit, a count, a period or a purpose
    /// of no measure (`for each share`, `for a total of`, `for the year`).
    static let qualifierBlockers: Set<String> = ["a", "an", "each", "every", "both", "all", "any", "approximately", "about",
                                                 "up", "more", "less", "which", "whom", "this", "these", "those", "such",
                                                 "us", "it", "them", "their", "its", "our", "we", "fiscal", "cash", "use"]
    /// Words inside a phrase after `for` that make it a period (`for the same period`).
    static let qualifierPeriodWords: Set<String> = ["year", "years", "quarter", "quarters", "months", "month", "period", "periods",
                                                    "fiscal", "ended", "ending", "date", "weeks", "week", "days", "half",
                                                    "ytd", "year-to-date", "years-to-date"]

    /// The words of `t[range]` read as `withTrailingQualifiers` does.
    static func trailingQualifier(_ t: [UInt8], _ range: Range<Int>) -> Trailing {
        let lo = max(0, min(range.lowerBound, t.count)), hi = max(lo, min(range.upperBound, t.count))
        let words = Words.split(t[lo..<hi])
        var k = 0
        while k < words.count, listGlue.contains(words[k].text) || Int(words[k].text) != nil
                || Months.number(words[k].text) != nil {
            k += 1
        }
        if k == words.count { return .glue }
        // (`conditionalAfterList`: after `respectively`, past the glue or a noun of the list.)
        if let c = words.firstIndex(where: { $0.text == "respectively" }), let q = conditionalTrailing(t, words, from: c + 1) {
            return .qualifier(q)
        }
        guard qualifierLinks.contains(words[k].text), k + 1 < words.count else { return .none }
        let link = words[k]
        var picked: [Word] = []
        var gapStart = link.end
        for w in words[(k + 1)...] {
            // Punctuation ends the phrase, but a hyphen does not (`post- employment` as printed).
            // (Nor the periods of an abbreviation: `for U.S. DoD`.)
            let gap = t[gapStart..<w.start]
            let joint = picked.last.map { compoundJoint(t, $0, w) || abbreviationClosed(t, picked) } ?? false
            if !joint, !gap.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "&") }) { break }
            if qualifierStops.contains(w.text) || Int(w.text) != nil { break }
            picked.append(w)
            gapStart = w.end
        }
        // **periodBeforeCut.** A phrase that names a period before any cut is a period, whatever
        // is left of it (`for the three- and six-month periods ended ..., respectively, and was`
        // is no qualifier `for the three`).
        if picked.contains(where: { qualifierPeriodWords.contains($0.text) }) { return .none }
        // (The next figure's own metric after `and`: `for qualified plans and actuarial gain of $62
        // million`; the qualifier ends at that `and`.)
        if let l = words.last, verbs.contains(l.text), l.end == picked.last?.end || !picked.contains(where: { $0.end >= l.end }),
           let a = picked.lastIndex(where: { $0.text == "and" }) {
            picked.removeSubrange(a...)
        }
        // (`for U.S. DoD and $25 billion for NASA`: the list's `and` is no part of it.)
        if let l = picked.last, l.text == "and" || l.text == "or", l.end == words.last?.end { picked.removeLast() }
        if picked.count > 6 { return .none }
        // (What is left after a cut at a figure or a stop must still end on a noun.)
        guard let first = picked.first, let last = picked.last, !qualifierBlockers.contains(first.text),
              !picked.contains(where: { qualifierPeriodWords.contains($0.text) || Months.number($0.text) != nil }),
              !FactAdmission.danglingWords.contains(last.text), first.text.contains(where: \.isLetter),
              // (Cut at a figure: `for $5 per share` leaves nothing; `for the acquisition of $`.)
              last.end >= hi || t[last.end] != UInt8(ascii: "$") else { return .none }
        if picked.count == 1, first.text == "the" { return .none }
        return .qualifier(link.text + " " + singleSpaced(t, first.start, last.end))
    }

    /// Whether metric `m` already holds a qualifier (`for` or `under` between its words).
    static func hasQualifier(_ m: String) -> Bool {
        Words.split(m).dropFirst().contains { qualifierLinks.contains($0.text) }
    }

    /// **percentOfOpening.** An opening phrase `As a percent of <noun phrase>,` (or `As a
    /// percentage of`) says what a percent is a share of: the metric after it keeps it
    /// (`As a percent of net sales, SG&A was 18.0%` -> `SG&A as a percent of net sales`).
    /// The phrase as printed from `as`, without its comma, and the index of the first word
    /// after it; nil when the words do not open with one.
    static func percentOfOpening(_ bytes: [UInt8], _ words: [Word]) -> (phrase: String, rest: Int)? {
        guard words.count > 5, words[0].text == "as", words[1].text == "a",
              words[2].text == "percent" || words[2].text == "percentage", words[3].text == "of" else { return nil }
        guard let comma = bytes[words[4].start...].firstIndex(of: UInt8(ascii: ",")),
              let rest = words.firstIndex(where: { $0.start > comma }),
              rest - 4 <= 6, words[(4..<rest)].allSatisfy({ Int($0.text) == nil }) else { return nil }
        return ("as a percent of " + singleSpaced(bytes, words[4].start, words[rest - 1].end), rest)
    }
}

extension NarrativeExtractor {
    /// Nouns of an action whose object is part of the measure (`nominalOf`).
    static let nominalEndings = ["tion", "ment", "ance", "ence", "sion"]

    /// Whether `w` can be a word of a noun phrase: no verb, clause word, article, pronoun,
    /// stop or number.
    static func isNounWord(_ w: Word) -> Bool {
        !(stopAfterCount.contains(w.text) || amountStops.contains(w.text) || determiners.contains(w.text)
          || verbs.contains(w.text) || clauseVerbs.contains(w.text) || pronouns.contains(w.text)
          || changeWords.contains(w.text) || w.text.hasSuffix("ed") || Int(w.text) != nil)
            && w.text.contains(where: \.isLetter)
    }

    /// Whether `words[i]` (`and` or `of`) joins the noun phrase of an amount (`amountOfNoun`)
    /// to the noun after it:
    ///
    /// **coordinatedNoun.** `and` between two nouns of one measure: `$43.4 million of
    /// depreciation and amortization` -> `Depreciation and amortization`; not before a verb, an
    /// article or the next figure (`$640.0 million of U.S. federal and $723.7 million of state
    /// ...`), nor a second noun with its own figure (`of revenue and operating income of`).
    ///
    /// **nominalOf.** `of` after a single noun of an action: `$1.0 million of amortization of
    /// debt discount and issuance costs` -> `Amortization of debt discount and issuance costs`.
    static func joinsPhrase(_ words: [Word], _ i: Int, after picked: [Word]) -> Bool {
        guard !picked.isEmpty, i + 1 < words.count, isNounWord(words[i + 1]) else { return false }
        switch words[i].text {
        // (Not a gerund: `DFCF and returning capital`.)
        case "and": return !picked.contains(where: { $0.text == "and" }) && !words[i + 1].text.hasSuffix("ing")
        case "of": return picked.count == 1 && nominalEndings.contains(where: { picked[0].text.hasSuffix($0) })
        default: return false
        }
    }
}

extension NarrativeExtractor {
    /// Words that end the place of `invertedPlace`.
    static let placeStops: Set<String> = ["on", "within", "at", "as", "in", "was", "were", "is", "are", "for", "of"]

    /// **invertedPlace.** A sentence that opens with where an amount is included, inverted
    /// (`Included in “Other long-term liabilities” on our consolidated balance sheets was $5.7
    /// billion and $6.5 billion of unearned revenue`), names which part of the amount's noun
    /// it is: `included in Other long-term liabilities`, added to the noun after the amount
    /// (`amountOfNoun`). The place runs from `in` to its first stop word or punctuation (quotes
    /// and hyphens aside), at most six words; a finite verb must follow it before the amount.
    /// Nil when `t[a..<b]` does not open so.
    static func invertedPlace(_ t: [UInt8], from a: Int, to b: Int) -> String? {
        let lo = max(0, min(a, t.count)), hi = max(lo, min(b, t.count))
        guard hi - lo > 12 else { return nil }
        let words = Words.split(t[lo..<min(hi, lo + 300)])
        guard words.count > 3, words[0].text == "included", words[1].text == "in",
              words.contains(where: { finiteVerbs.contains($0.text) }) else { return nil }
        var place: [Word] = []
        for w in words[2...] {
            if let p = place.last {
                let gap = t[p.end..<w.start]
                // (A closing quote, a space, a hyphen or an ampersand is no end: `“Other long-term liabilities”`.)
                let plain = gap.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "&")
                    || $0 == UInt8(ascii: "\"") || $0 >= 0x80 }
                if !plain { break }
            }
            if placeStops.contains(w.text) || Int(w.text) != nil { break }
            place.append(w)
            if place.count > 6 { return nil }
        }
        guard let first = place.first, let last = place.last, isNounWord(last) else { return nil }
        return "included in " + singleSpaced(t, first.start, last.end)
    }
}

extension NarrativeExtractor {
    /// **actionOfBareWord.** A lone word that names no measure by itself (`FactAdmission.bareWords`)
    /// is named by the verb of what the company did with it, cut from before it: `the Company
    /// received collateral of $62 million ... and posted collateral of $48 million` ->
    /// `Collateral received`, `Collateral posted`.
    static let bareWordActions: Set<String> = actionVerbs.union(["posted", "pledged"])
    /// The lone words a verb names (`actionOfBareWord`): nouns of a kind of thing, not an
    /// adjective or adverb left of a phrase (`Aggregate`, `Out`).
    static let actionNouns: Set<String> = ["collateral", "borrowings", "shares", "units", "securities", "notes", "options",
                                           "warrants", "payments", "payment", "assets", "liabilities", "obligations"]
}

extension NarrativeExtractor {
    /// **disposalGroupItem.** The items a disposal group includes are its own, not the
    /// company's balances: `Liabilities held for sale primarily include Advances and progress
    /// billings of $309 and Accrued liabilities of $116` -> `Accrued liabilities held for sale`
    /// (both). Each fact after the verb of including, with no other verb between, whose
    /// subject says `held for sale`, takes it.
    static func withDisposalGroup(_ out: [NarrativeFact], _ t: [UInt8], sentence r: Range<Int>) -> [NarrativeFact] {
        guard let first = out.first else { return out }
        // (Both words are needed: a byte search passes over the sentences without them.)
        let end = min(first.figure.start, r.upperBound)
        guard bytesContain(t, r.lowerBound, end, "held", folding: true), bytesContain(t, r.lowerBound, end, "includ", folding: true)
        else { return out }
        let words = Words.split(t[r.lowerBound..<end])
        guard let v = words.indices.first(where: { ["include", "includes", "included"].contains(words[$0].text) }), v >= 3,
              (0..<(v - 2)).contains(where: { words[$0].text == "held" && words[$0 + 1].text == "for" && words[$0 + 2].text == "sale" })
        else { return out }
        var out = out
        for i in out.indices {
            let between = Words.split(t[words[v].end..<max(words[v].end, out[i].figure.start)])
            if between.contains(where: { finiteVerbs.contains($0.text) || clauseVerbs.contains($0.text) }) { break }
            if !out[i].metric.hasSuffix("held for sale") { out[i].metric += " held for sale" }
        }
        return out
    }
}

extension NarrativeExtractor {
    /// **pastTenseObject.** A past-tense verb and the article of its object start the metric
    /// after them: at the phrase's start with any determiner (`prevented a total fraud loss`),
    /// after a subject with `a`/`an` (`our Board of Directors declared a quarterly cash
    /// dividend of` -> `Quarterly cash dividend`; a participle is followed by no article). The
    /// verb's index, nil when none.
    ///
    /// **boardVerbObject.** A board's verb needs no article: `the Company's board of directors
    /// authorized share repurchase programs of` -> `Share repurchase programs` (it was the
    /// whole clause). The verb right after `board` or `directors` (`boardVerbs`) with a noun
    /// after it: the index before the verb, so the caller's cut (the verb and one word) ends at
    /// the verb.
    static func pastTenseObject(_ words: [Word]) -> Int? {
        if let k = words.indices.last(where: { $0 >= 1 && $0 + 2 < words.count && boardVerbs.contains(words[$0].text)
            && (words[$0 - 1].text == "board" || words[$0 - 1].text == "directors") && !determiners.contains(words[$0 + 1].text) }) {
            return k - 1
        }
        return words.indices.last { k in
            k + 2 < words.count && words[k].text.hasSuffix("ed")
                && (k == 0 ? determiners.contains(words[1].text) : words[k + 1].text == "a" || words[k + 1].text == "an")
        }
    }

    /// The verbs of a board acting on an amount (`boardVerbObject`).
    static let boardVerbs: Set<String> = ["authorized", "approved", "declared"]

    /// The metric phrase `s` (of the final `words`) with what names it printed elsewhere: the
    /// `percentOfOpening` phrase, and the verb cut before a lone noun (`actionOfBareWord`).
    static func named(_ s: String, _ words: [Word], percentOf: String?, verb: String?, subject: String?) -> String {
        var s = s
        if let p = percentOf { s += " " + p }
        if let v = verb, words.count == 1, actionNouns.contains(words[0].text), bareWordActions.contains(v) { s += " " + v }
        if let sub = subject, words.count == 1, includedNouns.contains(words[0].text) { s += " included in " + sub }
        return s
    }

    /// The lone nouns of a result that a subject includes (`includedInSubject`).
    static let includedNouns: Set<String> = ["charges", "charge", "gains", "gain", "losses", "loss", "costs", "expenses"]

    /// **includedInSubject.** A lone result the subject includes is named by that subject:
    /// `The change in fair value recognized in net earnings is recorded in other expense, net
    /// ... and included charges of $3.8 billion` -> `Charges included in change in fair value
    /// recognized in net earnings`. The subject (`words` before the verb of including at `v`,
    /// articles off, up to its own finite verb, a comma, `and` or a period phrase), at most ten words; nil when
    /// the verb is no verb of including or the subject is none.
    static func includingSubject(_ bytes: [UInt8], _ words: [Word], verb v: Int) -> String? {
        guard ["include", "includes", "included"].contains(words[v].text) else { return nil }
        var a = 0
        while a < v, determiners.contains(words[a].text) || leading.contains(words[a].text) { a += 1 }
        var e = a
        // (A period goes: `Net income for 2024 included`.)
        func period(_ k: Int) -> Bool {
            periodLinks.contains(words[k].text) && k + 1 < v && (Years.fourDigit(words[k + 1].text) != nil || words[k + 1].text == "fiscal")
        }
        while e < v, !finiteVerbs.contains(words[e].text), words[e].text != "and", !period(e),
              !(e > a && bytes[words[e - 1].end..<words[e].start].contains(UInt8(ascii: ","))) { e += 1 }
        guard e > a, e - a <= 10, !pronouns.contains(words[a].text), words[a].text.contains(where: \.isLetter) else { return nil }
        // (Past a bracket it leaves open: `Other operating expense (income)`.)
        return singleSpaced(bytes, words[a].start, closedEnd(bytes, Array(words[a..<e]), from: words[a].start, end: words[e - 1].end))
    }
}

extension NarrativeExtractor {
    /// Prepositions after which a participle qualifies the noun after it (`adjectiveParticiple`).
    static let participlePrepositionsBefore: Set<String> = ["of", "for", "from", "with", "on", "by", "in"]

    /// **adjectiveParticiple.** A participle right after a preposition qualifies the noun
    /// after it, it is no verb of the clause: `We made cash payments, net of acquired cash,
    /// related to acquisition activity of` keeps `Cash payments, net of acquired cash, ...`
    /// (the verb is `made`, not `acquired`).
    static func isAdjectiveParticiple(_ words: [Word], _ i: Int) -> Bool {
        i > 0 && i + 1 < words.count && words[i].text.hasSuffix("ed") && participlePrepositionsBefore.contains(words[i - 1].text)
    }

    /// Words after `for` that open no qualifier of a measure: a reference or an example.
    static let openingBlockers: Set<String> = ["example", "instance", "additional", "more", "further", "information",
                                               "comparison", "purposes", "details", "discussion", "reference"]

    /// **openingForQualifier.** An opening phrase `for <noun phrase>,` (after any date opening)
    /// says which measures the whole sentence states: each of its metrics without a qualifier
    /// takes it. `As of September 30, 2024 and 2023, for non-U.S. pension plans, the fair
    /// value of plan assets was $370 million and $317 million, respectively, accumulated
    /// benefit obligation was $302 million and $287 million` -> `Accumulated benefit
    /// obligation for non-U.S. pension plans` (and `Fair value of plan assets for ...`). Not a
    /// period (`For the year ended ...,`), an example or a reference (`For example,`).
    static func withOpeningQualifier(_ out: [NarrativeFact], _ t: [UInt8], sentence r: Range<Int>) -> [NarrativeFact] {
        guard let first = out.map(\.figure.start).min(), first > r.lowerBound else { return out }
        // (A `for` and the comma after it are needed: a byte search passes over the rest.)
        guard bytesContain(t, r.lowerBound, first, ","), bytesContain(t, r.lowerBound, first, "for", folding: true) else { return out }
        let words = Words.split(t[r.lowerBound..<min(first, r.upperBound)])
        guard let k = words.indices.first(where: { k in
            words[k].text == "for" && (k == 0 || isAfterComma(t, words[k].start, from: r.lowerBound))
        }), k + 1 < words.count, !openingBlockers.contains(words[k + 1].text),
              let comma = t[words[k].end..<first].firstIndex(of: UInt8(ascii: ",")),
              case .qualifier(let q) = trailingQualifier(t, words[k].start..<comma),
              q == "for " + singleSpaced(t, words[k + 1].start, comma) else { return out }
        var out = out
        for i in out.indices where out[i].role != "change" && !hasQualifier(out[i].metric) && !out[i].metric.hasSuffix(q) {
            out[i].metric += " " + q
        }
        return out
    }

    /// Whether `t[from..<to]` (clamped to `t`) holds `needle`; with `folding`, ASCII letters
    /// compared lowercased (`needle` lowercase). A byte search: no String is made.
    static func bytesContain(_ t: [UInt8], _ from: Int, _ to: Int, _ needle: StaticString, folding: Bool = false) -> Bool {
        let lo = max(0, min(from, t.count)), hi = max(lo, min(to, t.count))
        return t.withUnsafeBufferPointer { b in
            ByteSearch.firstIndex(of: needle, in: UnsafeBufferPointer(rebasing: b[lo..<hi]), foldingASCII: folding) != nil
        }
    }

    /// Whether the byte before `at` (spaces aside, not before `from`) is a comma.
    static func isAfterComma(_ t: [UInt8], _ at: Int, from: Int) -> Bool {
        var b = at - 1
        while b >= from, t[b] == 0x20 || t[b] == 0x0A { b -= 1 }
        return b >= from && t[b] == UInt8(ascii: ",")
    }
}

extension NarrativeExtractor {
    /// **participialAside.** `, after <verb>ing ...` inside a subject is an aside up to the
    /// phrase's last comma (or its end), a list's commas inside it: `The net proceeds from the
    /// issuance of the notes, after deducting the original issue discount, underwriting
    /// discount and offering expenses, were` -> `Net proceeds from the issuance of the notes`.
    /// Whether `words[k]` opens one (the comma before it is tested by the caller).
    static func isParticipialAside(_ words: [Word], _ k: Int) -> Bool {
        k > 0 && k + 1 < words.count && words[k].text == "after" && words[k + 1].text.hasSuffix("ing")
    }

    /// **figureInName.** A figure right after `the` that no fact was read of is part of a
    /// name inside the subject (`the issuance of the 2024 USD Notes, ..., were $3.96 billion`):
    /// the next figure's metric phrase runs from the clause's start, not from it.
    static func isFigureInName(_ t: [UInt8], _ f: Figure, read: Bool) -> Bool {
        guard !read, f.start >= 4 else { return false }
        return Words.tail(t, max(0, f.start - 12), f.start) { $0.count >= 1 }.last?.text == "the"
    }
}
