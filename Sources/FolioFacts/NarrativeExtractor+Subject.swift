import FolioModel

/// Sentences whose subject is the reporting company (a pronoun or `the Company`) and whose
/// verb carries the metric: `the Company accrued interest of $5 million` (the subject is no
/// word of the metric), `we borrowed $2.0 billion under a new term loan` (the verb and its
/// object name it), `we issued $40 million and repaid $25 million of commercial paper`.
extension NarrativeExtractor {
    /// **companyVerb.** A verb whose subject is the company: `words[k]` is a past-tense verb
    /// (by its form: `-ed` on a stem of three letters or more, or an irregular past: `paid`,
    /// `made`, `sold`, `spent`, and the past forms of `actionVerbs`) and the words right
    /// before it are a subject pronoun (`we`, `it`, `they`) or `the Company`, with at most
    /// one auxiliary of having (`we have accrued`) and adverbs (`also`, `subsequently`,
    /// `-ly`) between. A plan (`we will invest`, `we expect to pay`) has no past verb here.
    /// (`companySubject` reads it.)
    static func isCompanyVerb(_ words: [Word], _ k: Int) -> Bool {
        guard k > 0, k < words.count, isPastForm(words[k].text) else { return false }
        var j = k - 1
        while j > 0, isAdverb(words[j].text) { j -= 1 }
        if possessives.contains(words[j].text), j > 0 { j -= 1 }
        while j > 0, isAdverb(words[j].text) { j -= 1 }
        return isCompanySubject(words, j)
    }

    /// Whether `words[j]` ends a subject that is the company: `we`, `it`, `they`, or
    /// `company` after `the` (`companyVerb`).
    static func isCompanySubject(_ words: [Word], _ j: Int) -> Bool {
        guard j >= 0, j < words.count else { return false }
        let w = words[j].text
        return companyPronouns.contains(w) || w == "company" && j > 0 && words[j - 1].text == "the"
    }

    /// Whether `words[j]` is `company` after `the` and a past verb of its follows
    /// (`companySubject`: `the Company accrued`, `the Company had designated`).
    static func isCompanySubjectOfVerb(_ words: [Word], _ j: Int) -> Bool {
        guard words[j].text == "company", isCompanySubject(words, j) else { return false }
        var k = j + 1
        while k < words.count, isAdverb(words[k].text) || possessives.contains(words[k].text) { k += 1 }
        return k < words.count && isCompanyVerb(words, k)
    }

    /// Whether `w` has the form of a past tense (`companyVerb`): `-ed` after three letters or
    /// more (`recorded`, `accrued`, not `red`, `bed`), or an irregular past.
    static func isPastForm(_ w: String) -> Bool {
        if irregularParticiples.contains(w) || actionVerbs.contains(w) && !w.hasSuffix("ed") { return true }
        return w.utf8.count >= 5 && w.hasSuffix("ed") && !notVerbsInEd.contains(w)
    }

    /// Adverbs that may stand between a subject and its verb (`companyVerb`).
    static func isAdverb(_ w: String) -> Bool {
        w.utf8.count > 4 && w.hasSuffix("ly") && w != "only" || ["also", "then", "further", "subsequently", "previously"].contains(w)
    }

    /// The pronouns that stand for the reporting company as a subject (`companyVerb`).
    static let companyPronouns: Set<String> = ["we", "it", "they"]

    /// Words in `-ed` that are no past verb (`companyVerb`).
    static let notVerbsInEd: Set<String> = ["indeed", "hundred", "hundreds", "limited", "united", "related", "unrelated",
                                            "expected", "estimated", "anticipated", "intended", "proposed", "planned"]

    /// **amountLinkedObject.** An amount that is the object of a verb of what the company did
    /// with it (`actionOfAmount`, the verb right before the amount) may name what it went to
    /// or came from after `under` or `for`: `In February 2024, Norvale borrowed and repaid $5.0 billion under the term loan
    /// credit agreement` -> `Amount borrowed and repaid under term loan credit agreement`,
    /// `In 2024, we paid $300 million for the patent license` -> `Amount paid for patent
    /// license`. The noun phrase is read as
    /// `amountOfNoun` reads one (to punctuation or a clause word, at most six words) and
    /// must name something: not a period (`for fiscal 2024`), a quantifier or a bound (`for
    /// each`, `for a total of`, `for up to`), a bare form of payment (`for cash`), nor a
    /// purpose in a verb (`for repurchasing`).
    /// `verb`: the action the amount's own verb does not say (`verbPairAmounts`), else nil.
    static func amountLinkedObject(_ t: [UInt8], _ f: Figure, nextStart: Int, actionFrom: Int, verb given: String? = nil) -> String? {
        guard f.hasCurrency, f.value >= 0, f.end + 6 < t.count, t[f.end] == 0x20 else { return nil }
        let hi = min(nextStart, t.count)
        var link: String?
        for l in linkedObjectWords where f.end + 1 + l.utf8.count + 1 < hi {
            let b = Array(l.utf8)
            if t[(f.end + 1)..<(f.end + 1 + b.count)].elementsEqual(b), t[f.end + 1 + b.count] == 0x20 {
                link = l
                break
            }
        }
        guard let l = link else { return nil }
        let start = f.end + 2 + l.utf8.count
        let words = Words.split(t[start..<min(hi, start + 64)])
        guard let first = words.first, first.start == start, !linkedObjectBlockers.contains(first.text),
              l == "under" || first.text != "a" && first.text != "an",
              !formWords.contains(first.text) || words.count > 1 && !amountStops.contains(words[1].text),
              !(first.text.hasSuffix("ing") && first.text.utf8.count > 5),
              !words.prefix(3).indices.contains(where: { i in linkedObjectIdioms.contains(words[i].text)
                  && (i + 1 < words.count && words[i + 1].text == "of" || !["term", "life", "remainder"].contains(words[i].text)) }),
              PeriodParser.find(t, f.end..<min(hi, first.end + 24), base: nil) == nil else { return nil }
        // (The verb's own object: the verb right before the amount, modifiers between, `borrowed
        // approximately $2 billion under`; not an amount further on, `for the funded plans and
        // a loss of $45 million for`, nor a bound, `of up to $3.5 billion for`.)
        let before = Words.tail(t, actionFrom, f.start) { $0.count >= 12 }
        guard let last = before.last(where: { !modifiers.contains($0.text) }),
              given != nil || actionVerbs.contains(last.text),
              let verb = given ?? actionOfAmount(t, from: actionFrom, to: f.start) else { return nil }
        // (The phrase as `amountOfNoun` reads it after `of`: articles dropped, qualifiers kept.)
        guard let object = nounPhrase(t, from: start, to: hi) else { return nil }
        let named: String = "Amount " + verb + " " + l
        return named + " " + object
    }

    /// Nouns that make an idiom of the link (`for the purpose of`, `for the benefit of`, `for the
    /// term of`; not `under the term loan`): no object.
    static let linkedObjectIdioms: Set<String> = ["purpose", "purposes", "benefit", "period", "periods", "year", "years",
                                                  "quarter", "months", "remainder", "life", "term"]

    /// The words that link an amount to its object in `amountLinkedObject`.
    static let linkedObjectWords = ["under", "for"]

    /// First words after the link that name no object (`amountLinkedObject`).
    /// (`a`, `an` after `for` too: `paid $5 million for a 10% stake`; `under a new term loan` names one.)
    static let linkedObjectBlockers: Set<String> = ["each", "every", "per", "any", "all", "up", "total", "which", "whom",
                                                    "this", "that", "these", "those", "it", "them", "us", "more", "less",
                                                    "approximately", "about"]

    /// **verbPairAmounts.** Two verbs of the company, each with its amount, share the object
    /// printed after the second (`<verb> <amount> and <verb> <amount> of|under <object>`):
    /// `During 2025, we issued $40 million and repaid $25 million of commercial paper` ->
    /// `Commercial paper issued` 40 (and `Commercial paper repaid` 25, read as `amountOfNoun`
    /// reads it), `we issued $0 and repaid $0 under the Receivables Facility` -> `Amount issued
    /// under Receivables Facility`. Only `and` and a verb of `actionOfAmount` stand between the
    /// two amounts; the first amount's verb is read as `actionOfAmount` reads one. The first amount's metric, or nil for any other shape.
    static func pairedVerbObject(_ t: [UInt8], _ figures: [Figure], _ k: Int, sentence r: Range<Int>) -> String? {
        guard k + 1 < figures.count else { return nil }
        let f = figures[k], g = figures[k + 1]
        guard f.hasCurrency, g.hasCurrency, f.end < g.start, g.start <= t.count else { return nil }
        let between = Words.split(t[f.end..<g.start])
        guard between.count == 2, between[0].text == "and", actionVerbs.contains(between[1].text),
              (f.end..<g.start).allSatisfy({ t[$0] == 0x20 || Words.isAlnum(t[$0]) }),
              let v = actionOfAmount(t, from: r.lowerBound, to: f.start) else { return nil }
        let next = k + 2 < figures.count ? figures[k + 2].start : r.upperBound
        if let m = amountOfNoun(t, g, before: [], nextStart: next) { return m + " " + v }
        return amountLinkedObject(t, g, nextStart: next, actionFrom: r.lowerBound, verb: v)
    }

    /// **amountRemaining.** An amount the company still has for a purpose names it after
    /// `remain(s|ed|ing)` and `available`, then `for` or `under` and its noun phrase (read as
    /// `amountOfNoun` reads one): `As of June 30, 2025, $375.0 million remained available for
    /// future stock repurchases` -> `Amount available for future stock repurchases`, `As of
    /// December 31, 2024, we have $6.1 billion remaining under the repurchase program` ->
    /// `Amount remaining under repurchase program`. A word of remaining or `available` must
    /// stand between the amount and the link, and what remains is a balance at a date the
    /// sentence states before the amount (`As of the date of filing of this report, $250.0
    /// million remained available` states none: nil); nil for any other shape.
    static func amountRemaining(_ t: [UInt8], _ f: Figure, nextStart: Int, sentence r: Range<Int>) -> String? {
        guard f.hasCurrency, f.value >= 0, f.end < t.count, t[f.end] == 0x20, r.lowerBound < f.start else { return nil }
        let hi = min(nextStart, t.count, f.end + 96)
        let words = Words.split(t[f.end..<hi])
        if words.first?.text == "of" { return remainingPartOf(t, f, sentence: r) }
        var i = 0
        var remaining = false, available = false
        if i < words.count, remainWords.contains(words[i].text) { remaining = true; i += 1 }
        if i < words.count, words[i].text == "available" { available = true; i += 1 }
        // (The words after the amount first: they rule out nearly every figure, the date search does not.)
        guard remaining || available, PeriodParser.find(t, cutComparison(t, r.lowerBound..<f.start), base: nil) != nil,
              i + 1 < words.count, ["for", "under"].contains(words[i].text),
              (f.end..<words[i].start).allSatisfy({ t[$0] == 0x20 || Words.isAlnum(t[$0]) }),
              !linkedObjectBlockers.contains(words[i + 1].text),
              PeriodParser.find(t, words[i].start..<min(hi, words[i + 1].end + 24), base: nil) == nil,
              let object = nounPhrase(t, from: words[i + 1].start, to: min(nextStart, t.count)) else { return nil }
        let named: String = "Amount " + (available ? "available" : "remaining") + " " + words[i].text
        return named + " " + object
    }

    /// **remainingPartOf.** `$X of the [$Y] <noun phrase> remain(s|ed) [available]`: the part of
    /// a program or an authorization still available, named as `amountRemaining` names it (`As of
    /// February 2, 2025, approximately $11.7 billion of the $15.0 billion share repurchase
    /// authorization remained available` -> `Amount available under share repurchase
    /// authorization`; it was `Share repurchase authorization remained`). The noun phrase after
    /// `of the` (an amount of its whole inside skipped) runs to the word of remaining, at most
    /// eight words, with no punctuation; a date stands before the amount, as for `amountRemaining`.
    static func remainingPartOf(_ t: [UInt8], _ f: Figure, sentence r: Range<Int>) -> String? {
        // (Bytes first: ` of ` right after the amount, and a word of remaining in the sentence.)
        guard f.end + 4 < t.count, t[f.end] == 0x20, t[f.end + 1] == UInt8(ascii: "o"), t[f.end + 2] == UInt8(ascii: "f"),
              t[f.end + 3] == 0x20, bytesContain(t, f.end, min(r.upperBound, t.count, f.end + 160), " remain") else { return nil }
        let hi = min(r.upperBound, t.count, f.end + 160)
        let ws = Words.split(t[f.end..<hi])
        guard ws.count >= 4, ws[0].text == "of", ["the", "our", "its"].contains(ws[1].text),
              let j = ws.indices.dropFirst(2).prefix(12).first(where: { remainWords.contains(ws[$0].text) }) else { return nil }
        var a = 2
        // (The whole's own amount: `the $15.0 billion share repurchase authorization`.)
        while a < j, Double(ws[a].text.replacingOccurrences(of: ",", with: "")) != nil || scaleWords.contains(ws[a].text) { a += 1 }
        guard a < j, j - a <= 8, !(ws[a].start..<ws[j].start).contains(where: { t[$0] == UInt8(ascii: ",") || t[$0] == UInt8(ascii: "(") }),
              PeriodParser.find(t, cutComparison(t, r.lowerBound..<f.start), base: nil) != nil else { return nil }
        // (Only what remains available: `$87 of the liability balance remains subject to
        // negotiations` is no amount remaining under it.)
        guard j + 1 < ws.count, ws[j + 1].text == "available" else { return nil }
        return "Amount available under " + singleSpaced(t, ws[a].start, ws[j - 1].end)
    }

    /// The words of a figure's scale, as the figure scanner reads them (`remainingPartOf` skips
    /// an amount inside a noun phrase).
    static let scaleWords: Set<String> = Set(FigureScanner.scales.map(\.0))

    /// The words of remaining after an amount (`amountRemaining`).
    static let remainWords: Set<String> = ["remain", "remains", "remained", "remaining"]

    /// **amountAsSubject.** An amount, or a list of amounts, that opens its clause as the
    /// subject of a passive verb is named by the participle and the place or use after it:
    /// `During the six months ended June 30, 2025, $351 was allocated to the segments` ->
    /// `Amount allocated to segments`; `Of these amounts, $167 million, $207 million and $236
    /// million was included in cost of sales for fiscal 2024, 2023 and 2022 respectively` ->
    /// `Amount included in cost of sales`, each amount its period (`listPeriods`). The amount
    /// opens the sentence, follows the comma that ends an opening phrase (a word saying it is
    /// approximate allowed between) or opens a part's clause (`, of which`: `partOfWhole`), with no figure right before that comma (a list's later
    /// item); after it (after the list's last amount) stand only a passive verb (`was`, `were`,
    /// `is`, `are`, or `has`/`have`/`had been`), a past participle (`allocated`, `returned`,
    /// `included`; or `attributable`), a link (`passiveLinks`: `to`, `in`, `into`, `as`, ...)
    /// and the place (`placePhrase`). Not an expectation or a plan
    /// (`expected to be recovered`, `estimated`, a modal: no passive verb then), not a period after the link
    /// (`was recorded in the fourth quarter`: `spanNouns`), a pronoun or quantifier (`to them`, `for
    /// each`), nor a bare form of payment (`paid in cash`). Nil for any other shape.
    static func amountAsSubject(_ t: [UInt8], _ figures: [Figure], _ k: Int, sentence r: Range<Int>) -> String? {
        guard k < figures.count, figures[k].hasCurrency, figures[k].value >= 0, figures[k].start >= r.lowerBound else { return nil }
        let f = figures[k]
        let e = listEnd(t, figures, from: k)
        let hi = min(e + 1 < figures.count ? figures[e + 1].start : r.upperBound, t.count)
        let last = figures[e]
        // (The passive verb's first letter right after the list: most amounts stop here.)
        var v = last.end
        while v < hi, t[v] == 0x20 { v += 1 }
        guard v < hi, v > last.end, t[v] == UInt8(ascii: "w") || t[v] == UInt8(ascii: "i") || t[v] == UInt8(ascii: "a")
                || t[v] == UInt8(ascii: "h"), (k...e).allSatisfy({ figures[$0].hasCurrency }) else { return nil }
        // What stands before the amount: nothing, or an opening phrase and its comma.
        let lead = Words.tail(t, r.lowerBound, f.start) { $0.count >= 3 && !approximators.contains($0[0].text) }
        if let w = lead.last(where: { !approximators.contains($0.text) }) {
            if opensPartClause(t, lead, w, base: r.lowerBound, before: f.start) || coordinatedSubject(t, figures, k, sentence: r) {
                return named(t, figures, e, hi)
            }
            let open = r.lowerBound + w.end
            let gap = t[open..<f.start]
            guard gap.first == UInt8(ascii: ","), gap.dropFirst().allSatisfy({ $0 == 0x20 || Words.isAlnum($0) }),
                  k == 0 || figures[k - 1].end < r.lowerBound + w.start else { return nil }
        } else if !(r.lowerBound..<f.start).allSatisfy({ t[$0] == 0x20 }) {
            return nil
        }
        return named(t, figures, e, hi)
    }

    /// `amountAsSubject`'s name for the amounts ending at `e` from the words after it, up to `hi`.
    private static func named(_ t: [UInt8], _ figures: [Figure], _ e: Int, _ hi: Int) -> String? {
        let last = figures[e]
        // (`split` of a slice gives offsets in `t`.)
        let words = Words.split(t[last.end..<min(hi, last.end + 96)])
        var i = 0
        if i < words.count, ["was", "were", "is", "are"].contains(words[i].text) {
            i += 1
        } else if i + 1 < words.count, possessives.contains(words[i].text), words[i + 1].text == "been" {
            i += 2
        } else {
            return nil
        }
        if let m = judgedAs(t, words, i, after: last.end) { return m } // `were determined to be uncollectible receivables`
        // (`was long-term and included in other assets`: `complementBeforeParticiple`.)
        let complement = complementBeforeParticiple(t, words, i)
        i = complement ?? i
        guard i + 2 < words.count, isPastParticiple(words[i]) && !notVerbsInEd.contains(words[i].text) || words[i].text == "attributable",
              passiveLinks.contains(words[i + 1].text), !linkedObjectBlockers.contains(words[i + 2].text),
              !["be", "been"].contains(words[i + 2].text),
              !formWords.contains(words[i + 2].text),
              (last.end..<words[i + 1].start).allSatisfy({ t[$0] == 0x20 || Words.isAlnum(t[$0]) || complement != nil && t[$0] == UInt8(ascii: "-") }),
              PeriodParser.find(t, words[i + 1].start..<min(hi, words[i + 2].end + 24), base: nil) == nil,
              !words[(i + 2)...].prefix(3).contains(where: { spanNouns.contains($0.text) }),
              let object = placePhrase(t, Array(words[(i + 2)...]))
        else { return nil }
        return "Amount " + words[i].text + " " + words[i + 1].text + " " + object
    }

    /// **judgedAsNoun.** After the passive verb of an amount opening its clause, a participle of
    /// judgement, `to be` and a noun phrase say what the amount was found to be: `At June 30,
    /// 2025 and December 31, 2024, $8 and $11 were determined to be impaired notes receivable and
    /// written off` -> `Amount determined to be impaired notes receivable`, each at its date. The
    /// participle is one of `judgedParticiples` (`determined`, `deemed`, `considered`, `judged`),
    /// right after the verb (`words[i]`), spaces only up to the noun phrase (`placePhrase`); nil
    /// otherwise (`were expected to be collected`: a plan, no judgement).
    static func judgedAs(_ t: [UInt8], _ words: [Word], _ i: Int, after end: Int) -> String? {
        guard i + 3 < words.count, judgedParticiples.contains(words[i].text), words[i + 1].text == "to", words[i + 2].text == "be",
              (end..<words[i + 3].start).allSatisfy({ t[$0] == 0x20 || Words.isAlnum(t[$0]) }) else { return nil }
        // (A second predicate, `and written off`, is no word of the noun.)
        let rest = words[(i + 3)...]
        let cut = rest.indices.first { $0 + 1 < words.count && rest[$0].text == "and" && isPastParticiple(words[$0 + 1]) } ?? rest.endIndex
        guard let object = placePhrase(t, Array(rest[..<cut])) else { return nil }
        return "Amount " + words[i].text + " to be " + object
    }

    /// The participles of a judgement before `to be` (`judgedAsNoun`).
    static let judgedParticiples: Set<String> = ["determined", "deemed", "considered", "judged"]

    /// **complementBeforeParticiple.** The clause of an amount opening its clause (a part's
    /// too, `partOfWhole`) may say what the amount is before where it went, an adjective (a compound's two words allowed) and `and` between the passive
    /// verb and the participle: `of which $530 million and $455 million was noncurrent and
    /// included in other assets, respectively` -> `Amount included in other assets`. The index
    /// of the participle after `and` in `words` (the verb's next word is at `i`), nil when
    /// no such complement stands there (`amountAsSubject` reads the verb's next word then).
    static func complementBeforeParticiple(_ t: [UInt8], _ words: [Word], _ i: Int) -> Int? {
        guard i < words.count, !isPastParticiple(words[i]), Int(words[i].text) == nil else { return nil }
        let and = i + 1 < words.count && compoundJoint(t, words[i], words[i + 1]) ? i + 2 : i + 1
        guard and + 1 < words.count, words[and].text == "and", isPastParticiple(words[and + 1]),
              (words[and - 1].end..<words[and].start).allSatisfy({ t[$0] == 0x20 }) else { return nil }
        return and + 1
    }

    /// **partOfWhole.** `<whole>, of which <amount> <passive verb> <participle> <link> <place>`:
    /// the part opens its own clause as `amountAsSubject`'s amount opens a sentence, so it is
    /// named the same way: `Deferred revenue at January 31, 2025 was $30 million, of which $12
    /// million was recognized as revenue in fiscal 2025` -> `Amount recognized as revenue`. True
    /// when the last words before the amount (`w` the last, approximators after it allowed) are
    /// `of which` after a comma, spaces only between. The whole keeps its own fact; the part is
    /// never a stated subject.
    static func opensPartClause(_ t: [UInt8], _ lead: [Word], _ w: Word, base: Int, before: Int) -> Bool {
        guard w.text == "which", let wi = lead.lastIndex(where: { $0.start == w.start }), wi >= 1,
              lead[wi - 1].text == "of" else { return false }
        let of = lead[wi - 1]
        guard (base + of.end..<base + w.start).allSatisfy({ t[$0] == 0x20 }) else { return false }
        var c = base + of.start
        while c > 0, t[c - 1] == 0x20 { c -= 1 }
        guard c > 0, t[c - 1] == UInt8(ascii: ",") else { return false }
        return (base + w.end..<before).allSatisfy { t[$0] == 0x20 || Words.isAlnum(t[$0]) }
    }

    /// The place or use an amount went to (`amountAsSubject`): the words from the first (an
    /// article or `our` dropped) to punctuation or a word that opens a qualifier, a clause or
    /// a list (`stopAfterCount`, `amountStops`, a number), at most six; `of` stays inside
    /// before a noun (`cost of sales`, `State of California`), once, and so does `and` between
    /// two nouns (`research and development expense`, `coordinatedNoun`). Nil when it names
    /// nothing.
    static func placePhrase(_ t: [UInt8], _ words: [Word]) -> String? {
        var picked: [Word] = []
        var of = false
        for (i, w) in words.enumerated() {
            if let p = picked.last, !(p.end..<w.start).allSatisfy({ t[$0] == 0x20 }), !compoundJoint(t, p, w) { break }
            if picked.isEmpty, determiners.contains(w.text) { continue }
            if w.text == "of", !of, !picked.isEmpty, i + 1 < words.count, isNounWord(words[i + 1]),
               words[i + 1].start == w.end + 1 {
                of = true
                picked.append(w)
                continue
            }
            // (`research and development expense`: `coordinatedNoun`.)
            if w.text == "and", picked.count < 5, joinsPhrase(words, i, after: picked) {
                picked.append(w)
                continue
            }
            if picked.count >= 6 || stopAfterCount.contains(w.text) || amountStops.contains(w.text) || Int(w.text) != nil { break }
            picked.append(w)
        }
        guard let a = picked.first, let b = picked.last, b.text != "of", b.text != "and", a.text.first?.isLetter == true,
              !pronouns.contains(a.text) else { return nil }
        return singleSpaced(t, a.start, b.end)
    }

    /// The date of an event that opens the sentence of an amount read by `amountAsSubject`
    /// (`On November 30, 2019, $26,578 was presented in prepaid expenses`): its instant, where
    /// no period phrase stands before the amount; nil otherwise (`periodNear` then).
    static func openingEventPeriod(_ t: [UInt8], _ f: Figure, sentence r: Range<Int>, base: StatedPeriod?) -> StatedPeriod? {
        let before = cutComparison(t, r.lowerBound..<f.start)
        guard PeriodParser.find(t, before, base: base) == nil, let (date, phrase) = PeriodParser.eventDate(t, before) else { return nil }
        return StatedPeriod.event(date, phrase: phrase)
    }

    /// Nouns of a span of time: after the link they date the amount, no place (`was recorded in
    /// the fourth quarter`: `amountAsSubject`).
    static let spanNouns: Set<String> = ["quarter", "quarters", "year", "years", "period", "periods", "month", "months", "half"]

    /// The prepositions after a participle that name where an amount went (`amountAsSubject`).
    static let passiveLinks: Set<String> = ["to", "in", "into", "as", "from", "within", "under", "against", "on"]
}
