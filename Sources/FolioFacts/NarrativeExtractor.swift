import FolioModel

/// One figure read from prose, before ids and cross-checks.
struct NarrativeFact: Sendable, Hashable {
    var metric: String
    var figure: Figure
    var period: StatedPeriod?
    /// `current`, `comparative` (an earlier period's figure in the same sentence) or `change`.
    var role: String
    /// For comparatives and changes: the index, among the sentence's facts, of the current
    /// fact they go with.
    var of: Int? = nil
    /// Whether the metric is a statement's subject (`<metric> was <figure>`); false where a
    /// noun phrase beside the amount names it (`amountOfNoun`, `nounBeforeAmount`), too unsure
    /// a match for a disagreement.
    var stated = true
    /// Whether the period is the current fact's (`of`), moved to a year the text names
    /// (`bracketedComparative`'s `(2019 - $111,709)`): assumed where the current's is.
    var periodFromCurrent = false
}

/// Reads metric statements from a sentence: `<metric> was <figure> [(<figure>)], compared to
/// <figure> in <period> [and <figure> in <period>]`, percent changes (`an increase of 13.8%
/// from ...`), and counts (`235.4 million consumers`).
enum NarrativeExtractor {
    static let verbs: Set<String> = ["was", "were", "is", "are", "reached", "totaled", "totalled", "of", "at", "aggregated", "aggregating",
                                     "amounted", "stood", "be", "to", "became", "remained", "hit", "totaling", "totalling"]
    /// Words between a verb and its figure (`was approximately RMB...`).
    static let modifiers: Set<String> = ["approximately", "about", "around", "nearly", "over", "roughly", "approx",
                                         "almost", "some", "only", "just", "a", "total", "record", "an", "estimated"]
    /// Words that end a subject: what follows them is the metric (`has approved a dividend of`).
    static let clauseVerbs: Set<String> = ["has", "have", "had", "will", "would", "shall", "may", "brought", "bringing",
                                           "generated", "reported", "achieved", "recorded", "purchased", "repurchased", "posted",
                                           "announced", "that", "expect", "expects", "anticipate", "anticipates", "compared",
                                           // What a company did with an amount (`Norvale made an upfront payment of`,
                                           // `we recognized pre-tax gains of`): the amount's noun follows.
                                           "made", "paid", "incurred", "received", "recognized", "recognised", "completed",
                                           "issued", "spent", "invested", "raised", "sold", "acquired", "borrowed", "repaid",
                                           "contributed", "settled", "returned",
                                           // **includeObject.** What a subject includes is the amount's
                                           // noun (`Assets held for sale primarily include Goodwill of`);
                                           // `included in` is a participle (`reducedRelative`).
                                           "include", "includes", "included"]
    static let pronouns: Set<String> = ["we", "it", "they", "he", "she", "who", "this", "these", "those", "i", "which", "that", "there"]
    static let leading: Set<String> = ["and", "while", "but", "whereas", "with", "of", "at", "for", "in", "on", "by",
                                       "a", "an", "the", "our", "its", "their", "to", "from", "with", "record"]
    static let changeWords: Set<String> = ["increase", "decrease", "increased", "decreased", "up", "down", "growth",
                                           "decline", "declined", "rose", "fell", "grew", "rise", "drop", "dropped", "gain"]
    static let negativeChange: Set<String> = ["decrease", "decreased", "down", "decline", "declined", "fell", "drop", "dropped"]
    static let comparativeWords: Set<String> = ["compared", "from", "versus", "vs", "and", "against", "with"]
    static let introWords: Set<String> = ["in", "for", "during", "as", "out", "on", "at", "since", "by", "among", "after", "following", "compared",
                                          "under", "upon", "through", "within", "subsequent", "pursuant", "excluding", "including"]
    static let stopAfterCount: Set<String> = ["with", "of", "in", "as", "through", "from", "for", "and", "or", "the",
                                              "to", "on", "at", "by", "was", "were", "is", "are", "which", "that", "a", "an",
                                              "during", "throughout", "since", "across", "annually", "per", "each", "such",
                                              "cumulatively", "once", "who", "including", "compared", "or"]

    /// Nouns after a scaled count that are units, not what is counted (`10.2 billion gallons
    /// of water`): the fact takes them as its unit and what follows `of` as its metric.
    static let unitNouns: Set<String> = ["gallons", "gallon", "kwh", "mwh", "gwh", "twh", "tons", "tonnes", "ton", "tonne",
                                         "hours", "feet", "yards", "gigajoules", "terajoules", "terabytes", "barrels",
                                         "liters", "litres", "m3", "m³", "kilograms", "kg", "miles", "kilometers", "km", "times",
                                         "rmb", "yuan", "dollars", "usd", "hkd", "euros"]

    /// Sentence ranges of `t[range]`.
    static func sentences(_ t: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var s = range.lowerBound
        var i = range.lowerBound
        // Eight bytes at a time are passed over while none of them can end a sentence; eight
        // that may are read byte by byte.
        let words = range.upperBound <= t.count && range.lowerBound >= 0
        var byteByByteUntil = range.lowerBound
        while i < range.upperBound {
            if words, i >= byteByByteUntil, i + 8 <= range.upperBound {
                if !mayEndSentence(t, i) {
                    i += 8
                    continue
                }
                byteByByteUntil = i + 8
            }
            let c = t[i]
            // Letters and most other bytes end nothing ('\n', '!', '.', ';', '?' are all <= '?').
            if c > UInt8(ascii: "?") { i += 1; continue }
            if c == UInt8(ascii: "\n") && i + 1 < range.upperBound && t[i + 1] == UInt8(ascii: "\n") {
                if i > s { out.append(afterNoteLabel(t, s..<i)) }
                s = i + 1
            } else if c == UInt8(ascii: ".") || c == UInt8(ascii: ";") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") {
                let n = i + 1
                if n >= range.upperBound || t[n] == UInt8(ascii: " ") || t[n] == UInt8(ascii: "\n") {
                    var k = n
                    while k < range.upperBound, t[k] == UInt8(ascii: " ") || t[k] == UInt8(ascii: "\n") { k += 1 }
                    let nextUpper = k >= range.upperBound || !(t[k] >= 0x61 && t[k] <= 0x7A)
                    // The word before a full stop: an abbreviation does not end a sentence.
                    if c != UInt8(ascii: ".") || (nextUpper && (!isAbbreviation(t, s, i) || opensSentence(t, k, range.upperBound))) {
                        out.append(afterNoteLabel(t, s..<n))
                        s = k
                        i = k
                        continue
                    }
                }
            }
            i += 1
        }
        if s < range.upperBound { out.append(afterNoteLabel(t, s..<range.upperBound)) }
        return out
    }

    /// **noteLabelOpening.** A note under a table opens with its label, which an HTML
    /// rendition prints raised and apart, so that the text glues it to the first word:
    /// `(1)As of September 30, 2024 and 2023, the book value of ... was $540 million and $456
    /// million, respectively.`, `(2)Dividends received were ...`. The label (`NoteLabels`: up
    /// to three digits or one letter, in brackets) is no word of the sentence, whose opening
    /// phrase (`As of ...`) and subject start after it: `r` without it (and the spaces after
    /// it) when a capital letter follows; else `r`.
    static func afterNoteLabel(_ t: [UInt8], _ r: Range<Int>) -> Range<Int> {
        let lo = r.lowerBound, hi = min(r.upperBound, t.count)
        guard lo >= 0, lo + 3 < hi, t[lo] == UInt8(ascii: "(") else { return r }
        var close = lo + 1
        while close < hi, close - lo <= NoteLabels.maxLength + 1, t[close] != UInt8(ascii: ")") { close += 1 }
        guard close < hi, t[close] == UInt8(ascii: ")"), close > lo + 1 else { return r }
        guard NoteLabels.isValid(String(decoding: t[(lo + 1)..<close], as: UTF8.self)) else { return r }
        var k = close + 1
        while k < hi, t[k] == UInt8(ascii: " ") { k += 1 }
        guard k < hi, t[k] >= UInt8(ascii: "A"), t[k] <= UInt8(ascii: "Z") else { return r }
        return k..<r.upperBound
    }

    /// Whether one of the eight bytes at `i` is a line feed, `.`, `;`, `!` or `?` (the bytes
    /// `sentences` stops at): a zero byte of `x ^ 0x0A0A...` (and so on) is one of them, and
    /// `(v - 0x01...) & ~v & 0x80...` is zero exactly when no byte of `v` is zero.
    @inline(__always)
    static func mayEndSentence(_ t: [UInt8], _ i: Int) -> Bool {
        let x = t.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: i, as: UInt64.self) }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func has(_ b: UInt64) -> Bool {
            let v = x ^ (ones &* b)
            return (v &- ones) & ~v & highs != 0
        }
        return has(0x0A) || has(0x2E) || has(0x3B) || has(0x21) || has(0x3F)
    }

    /// **abbreviationThenOpener.** An abbreviation's full stop ends the sentence too when the
    /// next word is one that opens a sentence and never follows an abbreviation inside one:
    /// `... plans outside of the U.S. The Company's total expense ... was $287 million`, `...
    /// employees residing in the U.S. In fiscal 2024, ...` (not `U.S. Treasury`, `Acme Inc.
    /// Retirement Plan`).
    static func opensSentence(_ t: [UInt8], _ k: Int, _ end: Int) -> Bool {
        var e = k
        while e < end, e - k <= 8, Words.isAlnum(t[e]) { e += 1 }
        guard e > k, e < end, t[e] == 0x20 || t[e] == UInt8(ascii: ",") else { return false }
        return sentenceOpeners.contains(Array(t[k..<e]))
    }

    static let sentenceOpeners: Set<[UInt8]> = Set(["The", "We", "Our", "In", "As", "For", "During", "This", "These", "It",
                                                    "Its", "At", "On", "Such", "Under", "Each"].map { Array($0.utf8) })

    static let abbreviations: [[UInt8]] = ["inc", "co", "ltd", "mr", "ms", "mrs", "dr", "no", "vs", "corp", "st", "jr", "e", "i", "u", "s"]
        .map { Array($0.utf8) }

    /// Whether the alphanumeric run ending at `end` (not before `start`) is an abbreviation
    /// (`Inc.`, `No.`, `U.S.`), compared lower-cased.
    static func isAbbreviation(_ t: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var w = end
        while w > start, Words.isAlnum(t[w - 1]) { w -= 1 }
        let n = end - w
        guard n >= 1, n <= 4 else { return false }
        candidates: for a in abbreviations where a.count == n {
            for k in 0..<n where Words.lower(t[w + k]) != a[k] { continue candidates }
            return true
        }
        return false
    }

    static func str(_ t: [UInt8], _ a: Int, _ b: Int) -> String {
        let lo = max(0, min(a, t.count)), hi = max(lo, min(b, t.count))
        return String(decoding: t[lo..<hi], as: UTF8.self)
    }

    /// Metric phrase from the clause before a verb: drops an opening `In the fourth quarter
    /// of 2023, `, list dashes, a trailing period phrase and the verb itself.
    static func metricPhrase(_ raw: String, base: StatedPeriod? = nil) -> (String, StatedPeriod?)? {
        let bytes = Array(raw.utf8)
        var words = Words.split(bytes[...])
        // Which of the word lists below each word is in, looked up once.
        let classes = wordClasses
        for k in words.indices { words[k].flags = classes[words[k].text] ?? 0 }
        func isA(_ w: Word, _ c: WordClass) -> Bool { w.flags & c.rawValue != 0 }
        // (Linked by `of`: `includingItem` below.)
        let ofLink = words.last?.text == "of"
        // Drop trailing verbs (`was approximately`).
        let predicate = withoutTrailingVerbs(bytes, &words)
        let percentOf = percentOfOpening(bytes, words)
        if let p = percentOf { words = Array(words[p.rest...]) }
        guard let opened = withoutOpening(bytes, words) else { return nil }
        words = opened
        // A pronoun subject (`we monitored a total of`): the figure's own noun says more.
        // (`we recognized pre-tax gains of`: the verb's object is the metric, below.)
        // **companySubject.** So does `the Company` before a past verb of its own (`companyVerb`:
        // `the Company accrued interest of`), whose subject is no part of the metric.
        if let pi = words.indices.last(where: { isA(words[$0], .subjectPronoun) || isCompanySubjectOfVerb(words, $0) }),
           !words[(pi + 1)...].contains(where: { isA($0, .clauseVerb) }) { return nil }
        // (A bracket of place is no aside before the metric: `placeAside`.)
        let place = withoutPlaceAside(bytes, &words)
        if place == nil { words = withoutLeadingBracket(bytes, words) }
        // The subject and its verb: the metric is what follows (`the Board has approved a
        // dividend`); after an auxiliary, its participle goes too. A participle that qualifies
        // the noun before it is no verb of the clause (`reducedRelative`).
        // **relativeParticiple.** `that` before a last participle ends the subject's noun
        // phrase, no clause (`the fair value of restricted stock units that vested was`).
        // (`Included in X was`: a place's participle opens the phrase, no verb cuts it.)
        // (A relative clause with a condition stays, without it: `conditionalInRelative`.)
        let conditional = withRelativeClause(bytes, &words, predicate: predicate)
        var gap = conditional?.gap
        // **firstPredicateVerbs.** In the first predicate of two (`Advertising costs are expensed
        // as incurred and were`), a clause verb after its finite verb is that predicate's, it
        // ends no subject (`finiteVerbInside` below keeps the subject).
        let firstFinite = predicate && words.last?.text == "and" ? words.firstIndex(where: { finiteVerbs.contains($0.text) }) : nil
        let verb = words.indices.last(where: { isA(words[$0], .clauseVerb) && !isReducedRelative(words, $0, predicate: predicate)
            && !($0 == 0 && words[$0].text == "included") && !isAdjectiveParticiple(words, $0) && $0 < (firstFinite ?? conditional?.pronoun ?? words.count) })
            .flatMap { v in words[v].text == "that" && v + 2 == words.count && predicate && isParticiple(words[v + 1]) ? nil : v }
        let cutVerb = verb.map { words[$0].text }, subject = verb.flatMap { includingSubject(bytes, words, verb: $0) }
        if let v = verb, v > 1, FactAdmission.relativePronouns.contains(words[v - 1].text) {
            // A relative clause's verb (`the amount of benefits that would impact the rate was`):
            // the metric is the noun it describes.
            words = Array(words[..<(v - 1)])
        } else if let v = verb {
            var n = v + 1
            // **auxiliaryParticiple.** After an auxiliary its verb goes too (`has approved a
            // dividend`, `will pay a dividend`); after `has`/`had`, only a participle, not the
            // first word of its object (`had California loss carryforwards of`).
            if isA(words[v], .auxiliary), n < words.count, n + 1 < words.count,
               !possessives.contains(words[v].text) || isParticiple(words[n]) {
                n += 1
            }
            words = Array(words[min(n, words.count)...])
        }
        // A noun phrase inside a longer one: `... for a total amount`, `with an aggregate value`.
        if let k = words.lastIndex(where: { isA($0, .nounPhraseLink) }), k > 0, k + 2 < words.count,
           words[k + 1].text == "a" || words[k + 1].text == "an" {
            words = Array(words[(k + 2)...])
        }
        // **includingItem.** The last item named after `including` owns an amount linked by
        // `of` (`The net assets acquired relate to intangible assets, including goodwill of
        // $1.7 billion` -> `Goodwill`); a subject's own `was` keeps the whole subject.
        if ofLink, let k = words.lastIndex(where: { $0.text == "including" }), k + 1 < words.count {
            words = Array(words[(k + 1)...])
        }
        // **finiteVerbInside.** A finite verb left inside the phrase: in an aside (`Royalty
        // expense, which was recorded in cost of revenue, was`), the aside goes; in a first
        // predicate of two (`Liabilities for returns are included in accrued expenses and
        // were`), the subject before it is the metric; else the figure is the object of another
        // clause (`Net cash used in financing activities during fiscal 2025 was primarily
        // related to $7.8 billion used for repurchases`), not the subject's value, unless a
        // second clause states it (`secondClauseStart`).
        words = withoutAsides(bytes, words)
        if let v = words.firstIndex(where: { finiteVerbs.contains($0.text) }) {
            let first = words.last?.text == "and" && v > 0, second = predicate ? secondClauseStart(words, after: v) : nil
            guard first || second != nil else { return nil }
            words = first ? Array(words[..<v]) : Array(words[(second ?? 0)...])
        }
        // A clause after `, and` / `, while`.
        // (Not a list of years: `for fiscal years 2023, 2022, and 2021`.)
        if let last = words.last, let comma = bytes[..<last.end].lastIndex(of: UInt8(ascii: ",")),
           let ai = words.firstIndex(where: { $0.start > comma }), isA(words[ai], .clauseLink),
           !(ai + 1 < words.count && Int(words[ai + 1].text) != nil) {
            let after = words[ai]
            words = words.filter { $0.start > after.start }
        }
        while let f = words.first, isA(f, .leading) { words.removeFirst() }
        if opensWithNoteLabel(bytes, words) { words.removeFirst() }
        // A past-tense verb and its article (`prevented a total fraud loss`, `pastTenseObject`).
        if let v = pastTenseObject(words) { words.removeFirst(v + 2) }
        guard let f0 = words.first, !isA(f0, .pronoun), words.contains(where: { $0.text.contains(where: \.isLetter) }) else { return nil }
        // (`gain` names a metric too: `the gain on the sale was $46 million`.)
        // (Not in a kept conditional relative clause: `that would increase our tax` names the part.)
        let clauseFrom = conditional?.gap.lowerBound ?? Int.max
        if words.contains(where: { isA($0, [.change, .representing]) && $0.text != "gain" && $0.start < clauseFrom }) { return nil }
        var period = leadingPeriod(bytes, &words, base: base)
        guard !words.isEmpty else { return nil }
        // A trailing period phrase (`in 2023`, `for the fourth quarter of 2023`).
        var end = words[words.count - 1].end
        if let p = trailingPeriod(bytes, &words, end: &end, base: base) {
            period = p
        } else if gap == nil, let (p, cut) = innerPeriod(bytes, &words, base: base) {
            (period, gap) = (p, cut)
        }
        guard let f = words.first, words.count <= 16 else { return nil }
        if words.allSatisfy({ Int($0.text) != nil }) { return nil }
        end = closedEnd(bytes, words, from: f.start, end: end)
        // Keep the phrase readable: single spaces, first letter capitalised.
        var s = gap.flatMap { g in g.lowerBound > f.start && g.upperBound <= end
                ? singleSpaced(bytes, f.start, g.lowerBound) + " " + singleSpaced(bytes, g.upperBound, end) : nil }
            ?? singleSpaced(bytes, f.start, end)
        while let l = s.last, l == "," || l == ":" || l == "(" || (l == "\"" && s.filter({ $0 == "\"" }).count % 2 == 1) {
            s.removeLast()
        }
        if let place { s += " " + place }
        guard let c = s.first, s.contains(where: \.isLetter) else { return nil }
        s = c.uppercased() + s.dropFirst()
        return (named(s, words, percentOf: percentOf?.phrase, verb: cutVerb, subject: subject), period)
    }

    /// **Trailing period phrase.** The period phrase ending a metric phrase (`in 2023`, `for the
    /// fourth quarter of 2023`, `on the last trading day of fiscal 2024`) is cut from `words`:
    /// its period, with `end` moved to the last word before it; nil (nothing cut) when none.
    static func trailingPeriod(_ bytes: [UInt8], _ words: inout [Word], end: inout Int, base: StatedPeriod?) -> StatedPeriod? {
        for (k0, w) in words.enumerated() where k0 > 0 && w.flags & WordClass.periodLink.rawValue != 0 {
            // (`on the last trading day of fiscal 2024`: the phrase starts at `last`, `lastDayOf`.)
            var k = k0
            if w.text == "of", k0 >= 3, words[k0 - 1].text == "day",
               let l = [k0 - 2, k0 - 3].first(where: { words[$0].text == "last" }) {
                k = l
                while k > 1, ["the", "on", "at"].contains(words[k - 1].text) { k -= 1 }
            }
            // Up to eight words; up to sixteen when the words after the link are the period
            // phrase and nothing else but more years or dates (`during the six months ended
            // June 30, 2025 and 2024`, `as of January 31, 2025 and January 31, 2024`), not a
            // clause that names one (`during fiscal 2025 was related to`).
            let n = words.count - k
            if n <= 16, let p = PeriodParser.find(bytes, words[k].start..<end, base: base),
               n <= 8 || isWholeTrail(bytes, p, words, from: k, end: end) {
                end = words[k - 1].end
                words = Array(words[..<k])
                return p
            }
        }
        return nil
    }

    /// **periodInsideSubject.** A period phrase inside the subject, closed by a comma and
    /// followed by a qualifier of the subject's noun (`Revenues recognized during the six months
    /// ended June 30, 2025 and 2024, from amounts recorded as deferred revenue at the beginning
    /// of each year were $A and $B`): the phrase is the subject's period, as a trailing one is
    /// (`trailingPeriod`, up to sixteen words of dates for a list), and goes from the metric,
    /// which keeps the qualifier (`Revenues recognized from amounts recorded as ...`). The
    /// comma is the one that ends an opening phrase (`openingPhraseComma`: not one inside a
    /// date or a list of years); a preposition (`innerQualifierLinks`) follows it. Returns the period
    /// and the bytes cut (from the link to the qualifier's first word), `words` without them;
    /// nil (and `words` untouched) for any other shape.
    static func innerPeriod(_ bytes: [UInt8], _ words: inout [Word], base: StatedPeriod?) -> (StatedPeriod, Range<Int>)? {
        for k in words.indices where k > 0 && words[k].flags & WordClass.periodLink.rawValue != 0 {
            guard let comma = openingPhraseComma(bytes, from: words[k].start),
                  let j = words.lastIndex(where: { $0.end <= comma }), j > k, j - k < 16, j + 1 < words.count,
                  innerQualifierLinks.contains(words[j + 1].text),
                  let p = PeriodParser.find(bytes, words[k].start..<words[j].end, base: base),
                  isWholeTrail(bytes, p, Array(words[...j]), from: k, end: words[j].end) else { continue }
            let cut = words[k].start..<words[j + 1].start
            words = Array(words[..<k] + words[(j + 1)...])
            return (p, cut)
        }
        return nil
    }

    /// The prepositions that open a qualifier of a subject's noun after its period
    /// (`periodInsideSubject`).
    static let innerQualifierLinks: Set<String> = ["from", "of", "for", "under", "on", "in", "with", "related", "attributable"]

    /// A note label before the phrase (`10 Outstanding loan balance`), not `90 day+ delinquency`:
    /// a number that is no year, one space, then a capitalized word.
    static func opensWithNoteLabel(_ bytes: [UInt8], _ words: [Word]) -> Bool {
        guard words.count > 1, Int(words[0].text) != nil, Years.fourDigit(words[0].text) == nil, words[0].end < bytes.count,
              bytes[words[0].end] == UInt8(ascii: " "), let c = words[1].text.first, c.isLetter,
              let b = bytes.indices.contains(words[1].start) ? bytes[words[1].start] : nil else { return false }
        return b >= 0x41 && b <= 0x5A
    }

    /// Drops the verbs and modifiers that end `words` (`was approximately`); whether one was
    /// a verb of its own (`totaled`, `was`: a participle before it qualifies the subject,
    /// `debt issuance costs incurred totaled`).
    /// **compoundTail.** The second half of a compound is no verb or modifier (`SG&A was`: `a`
    /// is part of `SG&A`). **referenceWord.** `above` or `below` after the subject points at a
    /// table, it names nothing (`the fair value of the notes (the “Senior Notes”) above was`).
    static func withoutTrailingVerbs(_ bytes: [UInt8], _ words: inout [Word]) -> Bool {
        var predicate = false
        let verb = WordClass.verb.rawValue, modifier = WordClass.modifier.rawValue
        while let last = words.last, last.flags & (verb | modifier) != 0 {
            if words.count > 1, compoundJoint(bytes, words[words.count - 2], last) { break }
            if last.flags & verb != 0, !["of", "to", "at"].contains(last.text) { predicate = true }
            words.removeLast()
        }
        if words.count > 1, let last = words.last, last.text == "above" || last.text == "below" { words.removeLast() }
        return predicate
    }

    /// Where a metric phrase from `start` ends: past the period that closes an abbreviation
    /// (`U.S.`, not `U.S`), and past the bracket it left open (`notes (the “Senior Notes”)`).
    static func closedEnd(_ bytes: [UInt8], _ words: [Word], from start: Int, end: Int) -> Int {
        var end = end
        if words.count > 1, end < bytes.count, bytes[end] == UInt8(ascii: "."), words[words.count - 1].end == end,
           compoundJoint(bytes, words[words.count - 2], words[words.count - 1]), bytes[words[words.count - 2].end] == UInt8(ascii: ".") {
            end += 1
        }
        let opens = bytes[start..<end].filter { $0 == UInt8(ascii: "(") }.count
        if opens > bytes[start..<end].filter({ $0 == UInt8(ascii: ")") }).count,
           let close = bytes[end...].prefix(4).firstIndex(of: UInt8(ascii: ")")) {
            end = close + 1
        }
        return end
    }

    /// `words` without their opening phrases, which end at a comma (`In addition, in the
    /// generation of scripts, the rate`), not at one inside a date or a list of years (`As of
    /// November 29, 2024 and 2023, the`); nil when one does not end.
    static func withoutOpening(_ bytes: [UInt8], _ words: [Word]) -> [Word]? {
        var words = words
        while let first = words.first, first.flags & (WordClass.intro.rawValue | WordClass.opener.rawValue) != 0 {
            // **asWellAs.** `as well as` joins a list item, it opens no phrase: `as well as
            // U.S. federal, state and foreign loss carryforwards of` keeps its commas.
            if words.count > 3, first.text == "as", words[1].text == "well", words[2].text == "as" {
                words.removeFirst(3)
                continue
            }
            guard let comma = openingPhraseComma(bytes, from: first.start) else { return nil }
            words = words.filter { $0.start > comma }
        }
        return words
    }

    /// `words` without text in brackets before the metric (`(inclusive of commissions) at an
    /// average price`).
    /// **bracketInPhrase.** A bracket of one or two words right after a word is part of the
    /// phrase (`pre-tax net gains (losses) in other comprehensive income (loss) related to
    /// hedges`, `income (loss), before tax, for the plan`), not an aside before it; so is a
    /// defined term (`senior unsecured notes (the “Senior Notes”)`), and a bracket after a slash
    /// (`the amount of gain/(loss) recognized in AOCI`).
    static func withoutLeadingBracket(_ bytes: [UInt8], _ words: [Word]) -> [Word] {
        guard let close = bytes.lastIndex(of: UInt8(ascii: ")")), words.contains(where: { $0.start > close }) else { return words }
        if let open = bytes[..<close].lastIndex(of: UInt8(ascii: "(")),
           words.contains(where: { $0.end < open }), open > 0, bytes[open - 1] == 0x20 || bytes[open - 1] == UInt8(ascii: "/") {
            let inside = words.filter { $0.start > open && $0.end <= close }
            // (Or a defined term: `notes (the “Senior Notes”)`.)
            let defined = inside.first?.text == "the" && inside.count > 1 && inside[1].start > inside[0].end + 1
            // (A name is an aside: `acquired 1Life Healthcare, Inc. (One Medical), for cash`.)
            let named = inside.first.map { bytes[$0.start] < 0x61 || bytes[$0.start] > 0x7A } ?? true
            // **acronymInPhrase.** So is the acronym of the words before it (`Accumulated other
            // comprehensive income (AOCI) for such instruments`): one word of capitals.
            let acronym = inside.count == 1 && (close - open - 1) >= 2 && (close - open - 1) <= 6
                && bytes[(open + 1)..<close].allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
            if inside.count <= 2 && !named || defined || acronym { return words }
        }
        return words.filter { $0.start > close }
    }

    /// The comma that ends an opening phrase starting at `from`: the first one not followed
    /// by a number or by a date list's `and` (`December 31, 2024`, `fiscal 2024, 2023 and
    /// 2022,`, `At June 30, 2025, and December 31, 2024,` go on; the comma after them ends the
    /// phrase).
    static func openingPhraseComma(_ bytes: [UInt8], from: Int) -> Int? {
        var i = max(0, from)
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: ",") {
                var j = i + 1
                while j < bytes.count, bytes[j] == 0x20 { j += 1 }
                var e = j
                while e < bytes.count, ByteClass.isDigit(bytes[e]) { e += 1 }
                let number = e > j
                let and = j + 4 <= bytes.count && bytes[j] == UInt8(ascii: "a") && bytes[j + 1] == UInt8(ascii: "n")
                    && bytes[j + 2] == UInt8(ascii: "d") && bytes[j + 3] == 0x20
                    && (bytes[(j + 4)...].prefix(5).first.map(ByteClass.isDigit) == true || startsWithMonth(bytes, j + 4))
                if !number && !and && !startsWithDate(bytes, j) { return i }
            }
            i += 1
        }
        return nil
    }

    /// **dateListOpening.** Whether a month's name and a day's number start at `at`: the next
    /// date of a list opening the sentence (`At March 1, 2025, March 2, 2024, and March 3, 2023,
    /// there were ...`), whose comma ends no phrase; before it the phrase ended after the first
    /// date, and the words of the others were read as a subject (`2024, and March 3, 2023,
    /// there`).
    static func startsWithDate(_ bytes: [UInt8], _ at: Int) -> Bool {
        guard startsWithMonth(bytes, at) else { return false }
        var e = at
        while e < bytes.count, Words.isAlnum(bytes[e]) { e += 1 }
        guard e + 1 < bytes.count, bytes[e] == 0x20 else { return false }
        return ByteClass.isDigit(bytes[e + 1])
    }

    /// Whether the word at `at` is a month's name (`Months`).
    static func startsWithMonth(_ bytes: [UInt8], _ at: Int) -> Bool {
        var e = at
        while e < bytes.count, e - at < 10, Words.isAlnum(bytes[e]), !ByteClass.isDigit(bytes[e]) { e += 1 }
        guard e > at else { return false }
        return Months.number(String(decoding: bytes[at..<e].map(Words.lower), as: UTF8.self)) != nil
    }

    /// The auxiliaries that are also verbs of having (`we had cash of`).
    static let possessives: Set<String> = ["has", "have", "had"]

    /// Whether `w` is a past participle (`approved`, `paid`, `been`).
    static func isParticiple(_ w: Word) -> Bool {
        w.text.hasSuffix("ed") || w.text.hasSuffix("en") || irregularParticiples.contains(w.text) || clauseVerbs.contains(w.text)
    }

    /// Whether the words between a comparison's last linking word (`compared to`, `and`,
    /// `from`) and its figure name a metric of their own (`compared to loss from operations
    /// of`, `and net income of`): anything but articles, `to`, `of` and modifiers.
    static func namesOtherMetric(_ ctx: [Word]) -> Bool {
        guard let k = ctx.lastIndex(where: { comparativeWords.contains($0.text) }) else { return false }
        let filler: Set<String> = ["to", "of", "a", "an", "the", "with", "by", "at"]
        return ctx[(k + 1)...].contains { w in
            !filler.contains(w.text) && !modifiers.contains(w.text) && w.text.contains(where: \.isLetter)
        }
    }

    /// **reducedRelative.** A past participle right after a noun and before a preposition
    /// qualifies that noun (`The expense recognized for these plans was $425 million`, `Cash
    /// paid for interest was`): part of the metric, not the clause's verb, unlike `we
    /// recognized pre-tax gains of` or `Norvale made an upfront payment of`.
    /// So is one that ends the subject of a verb of its own (`predicate`: `Debt issuance
    /// costs incurred totaled $99 million`).
    static func isReducedRelative(_ words: [Word], _ i: Int, predicate: Bool = false) -> Bool {
        guard i > 0, i < words.count, !auxiliaries.contains(words[i].text), words[i].text != "compared",
              words[i].text.hasSuffix("ed") || irregularParticiples.contains(words[i].text),
              i + 1 == words.count ? predicate : participlePrepositions.contains(words[i + 1].text) else { return false }
        let before = words[i - 1].text
        return !subjectPronouns.contains(before) && !auxiliaries.contains(before) && !pronouns.contains(before)
            && before.contains(where: \.isLetter)
    }

    /// Whether period phrase `p` opens `words[from...]` (after the link word and an article)
    /// and only years, `and` and `fiscal` follow it up to `end`.
    /// A leading period phrase (`Full Year 2023 Net Income`): the period the first one to five
    /// words state as a whole, those words taken off `words`; nil (and `words` untouched) when
    /// none does.
    static func leadingPeriod(_ bytes: [UInt8], _ words: inout [Word], base: StatedPeriod?) -> StatedPeriod? {
        guard words.count > 2 else { return nil }
        for k in stride(from: min(words.count - 1, 5), through: 1, by: -1) {
            let (a, b) = (words[0].start, words[k - 1].end)
            // (A head starting inside a character is repaired when decoded: measure that.)
            let headCount = (bytes[a] & 0xC0) == 0x80 ? str(bytes, a, b).utf8.count : b - a
            if let p = PeriodParser.find(bytes, a..<b, base: base), p.text.utf8.count == headCount {
                words = Array(words[k...])
                return p
            }
        }
        return nil
    }

    /// Whether the words from `k` to `end` are the period phrase `p` and nothing else but more
    /// years (`, 2023 and 2022`, `fiscal 2022`) or **more dates** (`and January 31, 2024`: a
    /// trailing period phrase listing the dates of a `respectively` list, `as of January 31,
    /// 2025 and January 31, 2024 was $10.7 billion and $8.6 billion`).
    static func isWholeTrail(_ bytes: [UInt8], _ p: StatedPeriod, _ words: [Word], from k: Int, end: Int) -> Bool {
        let phrase = Array(p.text.utf8)
        guard let at = firstIndex(of: phrase, in: bytes, words[k].start..<end),
              at <= words[min(k + 2, words.count - 1)].start else { return false }
        let tail = at + phrase.count
        return words[k...].indices.allSatisfy { i in
            let w = words[i]
            if w.end <= tail || w.text == "and" || w.text == "fiscal" || Years.fourDigit(w.text) != nil { return true }
            // A month and its day (`January 31,`), a four-digit year after them.
            if Months.number(w.text) != nil { return i + 2 < words.count && Int(words[i + 1].text).map { (1...31).contains($0) } == true
                && Years.fourDigit(words[i + 2].text) != nil }
            if let d = Int(w.text), (1...31).contains(d), i > 0 { return Months.number(words[i - 1].text) != nil }
            return false
        }
    }

    static let finiteVerbs: Set<String> = ["was", "were", "is", "are"]

    /// **secondClauseSubject.** Where a clause with a finite verb (`words[v]`) is followed by a
    /// second one joined by `and` and an article or possessive, whose own finite verb states
    /// the figure (`predicate`), the second clause's subject is the metric: `The agreements
    /// were accounted for as financing arrangements and the fair value of the related
    /// liability was $246 million` -> `Fair value of the related liability`; `the remaining
    /// lease term was 8.0 years and 8.2 years and the weighted-average discount rate was
    /// 3.5%` -> `Weighted-average discount rate`. The index of that subject's first word (after
    /// `and`), nil when there is none or a finite verb sits inside it.
    static func secondClauseStart(_ words: [Word], after v: Int) -> Int? {
        guard v + 1 < words.count, let a = words[(v + 1)...].indices.first(where: { k in
            words[k].text == "and" && k + 2 < words.count && determiners.contains(words[k + 1].text)
        }) else { return nil }
        return words[(a + 1)...].contains(where: { finiteVerbs.contains($0.text) }) ? nil : a + 1
    }

    /// **relativeClauseSubject.** A subject whose noun a restrictive relative clause qualifies
    /// (`that`, `which` or `who` without a comma before it, then a verb of its own) before the
    /// statement's verb (`predicate`): the metric is the noun phrase before the pronoun (`The
    /// fair value of the instruments that are in a liability position was $269` -> `Fair value
    /// of the instruments`; `Unrecognized tax benefits that if recognized would affect our
    /// effective tax rate were $509 million` -> `Unrecognized tax benefits`). Not where a
    /// clause verb or finite verb comes before the pronoun (`we expect that`, `the Board
    /// announced that`), nor `that` before a last participle (`relativeParticiple`: `units that
    /// vested`, no verb of its own). `words` unchanged otherwise.
    static func withoutRelativeClause(_ bytes: [UInt8], _ words: [Word], predicate: Bool) -> [Word] {
        guard predicate, let r = words.indices.first(where: { k in k > 0 && FactAdmission.relativePronouns.contains(words[k].text) })
        else { return words }
        var b = words[r].start - 1
        while b >= 0, bytes[b] == 0x20 { b -= 1 }
        guard b >= 0, bytes[b] != UInt8(ascii: ","),
              !words[..<r].contains(where: { clauseVerbs.contains($0.text) || finiteVerbs.contains($0.text) }),
              words[(r + 1)...].contains(where: { finiteVerbs.contains($0.text) || auxiliaries.contains($0.text) })
        else { return words }
        return Array(words[..<r])
    }

    /// The subject's relative clause: one with a condition (`conditionalRelative`) stays in
    /// `words` without its condition, whose bytes (`gap`) the metric leaves out; else the clause
    /// goes as `withoutRelativeClause` has it (nil returned).
    static func withRelativeClause(_ bytes: [UInt8], _ words: inout [Word], predicate: Bool) -> (pronoun: Int, gap: Range<Int>)? {
        guard predicate, let c = conditionalRelative(words) else {
            words = withoutRelativeClause(bytes, words, predicate: predicate)
            return nil
        }
        let gap = words[c.pronoun].end..<words[c.modal].start
        words.removeSubrange((c.pronoun + 1)..<c.modal)
        return (c.pronoun, gap)
    }

    /// **placeAside.** A bracket that ends the subject and says where the amount is presented
    /// (`(included in "Long-term debt" on the Company's Consolidated Balance Sheets)`, `(recorded
    /// within other assets)`: a participle of place, `included`, `recorded`, `presented`,
    /// `classified`, `reported`, `recognized`, then `in`, `within`, `as` or `on`) stays in the
    /// metric as a place, without its brackets and without a closing reference to a statement
    /// (`on the ... Balance Sheets`): `the carrying amount of the notes (included in "Long-term
    /// debt" on the Company's Consolidated Balance Sheets), which were designated as hedged
    /// items, was approximately $3.5 billion and $3.6 billion, respectively` -> `Carrying amount
    /// of the notes included in "Long-term debt"`. Before, the bracket was read as an aside
    /// before the metric and everything before it was lost (or, with its reference, the phrase
    /// ran past sixteen words). Only where nothing but a comma's aside follows the bracket. The
    /// place's text; nil (and `words` untouched) when none.
    static func withoutPlaceAside(_ bytes: [UInt8], _ words: inout [Word]) -> String? {
        guard let p = words.indices.first(where: { p in
            p > 0 && p + 1 < words.count && words[p].start > 0 && bytes[words[p].start - 1] == UInt8(ascii: "(")
                && placeParticiples.contains(words[p].text) && ["in", "within", "as", "on"].contains(words[p + 1].text)
        }) else { return nil }
        let open = words[p].start - 1
        guard let close = bytes[open...].firstIndex(of: UInt8(ascii: ")")),
              close + 1 >= bytes.count || bytes[close + 1] == UInt8(ascii: ",") || !words.contains(where: { $0.start > close })
        else { return nil }
        // (`on the Company's Consolidated Balance Sheets`: a reference, no part of the place.)
        let inside = words.filter { $0.start > open && $0.end <= close }
        let reference = inside.indices.dropFirst(2).first { k in
            inside[k].text == "on" && inside[(k + 1)...].contains { $0.text.hasPrefix("sheet") || $0.text.hasPrefix("statement") }
        }
        var placeEnd = reference.map { inside[$0 - 1].end } ?? inside.last.map(\.end) ?? close
        // (With the quote that closes a line's name: `included in "Long-term debt"`.)
        if placeEnd < close, bytes[placeEnd] == UInt8(ascii: "\"") { placeEnd += 1 }
        if placeEnd + 3 <= close, bytes[placeEnd] == 0xE2, bytes[placeEnd + 1] == 0x80, bytes[placeEnd + 2] == 0x9D { placeEnd += 3 }
        words.removeAll { $0.start > open && $0.end <= close }
        return singleSpaced(bytes, open + 1, placeEnd)
    }

    /// The participles that open a bracket saying where an amount is presented (`placeAside`).
    static let placeParticiples: Set<String> = ["included", "recorded", "presented", "classified", "reported", "recognized"]

    /// **conditionalInRelative.** A restrictive relative clause whose verb is a modal after a
    /// condition (`that if recognized would affect our effective tax rate`, `that, if settled,
    /// would reduce cost of sales`) before the statement's verb: it says which part of the noun
    /// the figure is (`Unrecognized tax benefits that would affect our effective tax rate`, not
    /// the whole balance), so the metric keeps it, without its condition. The indices of the
    /// pronoun (no comma before it, no clause or finite verb before it) and of the modal (one or
    /// two words after `if`); nil for any other shape.
    static func conditionalRelative(_ words: [Word]) -> (pronoun: Int, modal: Int)? {
        guard let r = words.indices.first(where: { k in k > 0 && FactAdmission.relativePronouns.contains(words[k].text) }),
              r + 3 < words.count, words[r + 1].text == "if",
              !words[..<r].contains(where: { clauseVerbs.contains($0.text) || finiteVerbs.contains($0.text) }),
              let m = [r + 3, r + 4].first(where: { $0 < words.count && modalVerbs.contains(words[$0].text) }),
              !words[(r + 2)..<m].contains(where: { finiteVerbs.contains($0.text) }) else { return nil }
        return (r, m)
    }

    /// The modal verbs: of a relative clause's verb (`conditionalInRelative`), of a maximum's
    /// frame (`maximumInModalFrame`, `afterModalVerb`).
    static let modalVerbs: Set<String> = ["would", "could", "will", "may", "might", "should", "can", "must"]

    /// `words` without the asides that open with `, which` (or `, who`) and close at the next
    /// comma: `Royalty expense, which was recorded in cost of revenue, was`.
    /// **restatingAside.** So is an aside inside the subject that opens with `representing` or
    /// `including`: it says what the subject is or holds, the same measure (`The inventory
    /// valuation allowance, representing a write-down of inventory, was $3.0 billion` ->
    /// `Inventory valuation allowance`; `Gross assets acquired under finance leases, including
    /// those where title transfers at the end of the lease, are recorded in ... and were`). Not
    /// `excluding`, `net of`, `before`: the measure without a part is another one.
    static func withoutAsides(_ bytes: [UInt8], _ words: [Word]) -> [Word] {
        var out = words
        var k = 0
        while k < out.count {
            let w = out[k]
            var b = w.start - 1
            while b >= 0, bytes[b] == 0x20 { b -= 1 }
            if isParticipialAside(out, k), b >= 0, bytes[b] == UInt8(ascii: ",") {
                let close = bytes[w.end...].lastIndex(of: UInt8(ascii: ",")) ?? bytes.count
                out.removeAll { $0.start >= w.start && $0.end <= close }
                continue
            }
            guard w.text == "which" || w.text == "who" || k > 0 && (w.text == "representing" || w.text == "including"), b >= 0, bytes[b] == UInt8(ascii: ","),
                  let close = bytes[w.end...].firstIndex(of: UInt8(ascii: ",")) else { k += 1; continue }
            out.removeAll { $0.start >= w.start && $0.end <= close }
        }
        return out
    }

    static let irregularParticiples: Set<String> = ["paid", "made", "sold", "spent", "brought"]
    static let participlePrepositions: Set<String> = ["for", "in", "during", "on", "by", "from", "under", "as", "at",
                                                      "with", "through", "within", "into", "over"]

    static let openers: Set<String> = ["additionally", "moreover", "furthermore", "meanwhile", "overall"]
    static let subjectPronouns: Set<String> = ["we", "they", "it", "he", "she", "i", "you"]
    static let auxiliaries: Set<String> = ["has", "have", "had", "will", "would", "shall", "may"]
    static let nounPhraseLinks: Set<String> = ["for", "with", "at"]
    static let clauseLinks: Set<String> = ["and", "while", "but", "whereas"]
    static let determiners: Set<String> = ["a", "an", "the", "our", "its"]
    static let periodLinks: Set<String> = ["in", "for", "during", "as", "of"]

    /// The word lists `metricPhrase` tests, as bits.
    struct WordClass: OptionSet, Sendable {
        let rawValue: UInt32
        static let verb = WordClass(rawValue: 1 << 0)
        static let modifier = WordClass(rawValue: 1 << 1)
        static let intro = WordClass(rawValue: 1 << 2)
        static let opener = WordClass(rawValue: 1 << 3)
        static let subjectPronoun = WordClass(rawValue: 1 << 4)
        static let clauseVerb = WordClass(rawValue: 1 << 5)
        static let auxiliary = WordClass(rawValue: 1 << 6)
        static let nounPhraseLink = WordClass(rawValue: 1 << 7)
        static let clauseLink = WordClass(rawValue: 1 << 8)
        static let leading = WordClass(rawValue: 1 << 9)
        static let determiner = WordClass(rawValue: 1 << 10)
        static let pronoun = WordClass(rawValue: 1 << 11)
        static let change = WordClass(rawValue: 1 << 12)
        static let representing = WordClass(rawValue: 1 << 13)
        static let periodLink = WordClass(rawValue: 1 << 14)
    }

    /// Each listed word's classes.
    static let wordClasses: [String: UInt32] = {
        var d: [String: UInt32] = [:]
        let lists: [(Set<String>, WordClass)] = [
            (verbs, .verb), (modifiers, .modifier), (introWords, .intro), (openers, .opener),
            (subjectPronouns, .subjectPronoun), (clauseVerbs, .clauseVerb), (auxiliaries, .auxiliary),
            (nounPhraseLinks, .nounPhraseLink), (clauseLinks, .clauseLink), (leading, .leading),
            (determiners, .determiner), (pronouns, .pronoun), (changeWords, .change), (["representing"], .representing),
            (periodLinks, .periodLink),
        ]
        for (words, c) in lists {
            for w in words { d[w, default: 0] |= c.rawValue }
        }
        return d
    }()

    /// `bytes[a..<b]` with runs of spaces, tabs and newlines as single spaces, none at the
    /// ends (on bytes when it is ASCII without carriage returns, where each byte is one
    /// `Character`; else on `Character`s, where a space with a combining mark is no space).
    static func singleSpaced(_ bytes: [UInt8], _ a: Int, _ b: Int) -> String {
        let lo = max(0, min(a, bytes.count)), hi = max(lo, min(b, bytes.count))
        var plain = true
        for k in lo..<hi where bytes[k] >= 0x80 || bytes[k] == 0x0D { plain = false; break }
        guard plain else {
            return str(bytes, lo, hi).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        }
        var out: [UInt8] = []
        out.reserveCapacity(hi - lo)
        var gap = false
        for k in lo..<hi {
            let c = bytes[k]
            if c == 0x20 || c == 0x0A || c == 0x09 { gap = !out.isEmpty; continue }
            if gap { out.append(0x20); gap = false }
            out.append(c)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The last current fact's metric group: its first fact in `unit` (the RMB figure for an
    /// RMB comparative), else its first.
    static func currentIndex(_ out: [NarrativeFact], _ unit: String?) -> Int? {
        guard let last = out.lastIndex(where: { $0.role == "current" }) else { return nil }
        var first = last
        while first > 0, out[first - 1].role == "current", out[first - 1].metric == out[last].metric,
              out[first - 1].period == out[last].period { first -= 1 }
        if let unit, let i = (first...last).first(where: { out[$0].figure.unit == unit }) { return i }
        return first
    }

    /// A count's unit word right after it (`41 thousand tonnes`).
    static func withUnitNoun(_ f: Figure, after: String) -> Figure {
        guard f.unit == nil, f.scale > 1, after.utf8.first == UInt8(ascii: " "),
              let w = Words.split(after).first, w.start == 1, unitNouns.contains(w.text) else { return f }
        var g = f
        switch w.text {
        case "rmb", "yuan": g.unit = "RMB"
        case "dollars", "usd": g.unit = "USD"
        case "hkd": g.unit = "HKD"
        case "euros": g.unit = "EUR"
        default: g.unit = w.text
        }
        return g
    }

    /// Figures of one sentence as facts. `base` is the period of the section.
    static func extract(_ t: [UInt8], sentence r: Range<Int>, base: StatedPeriod?) -> [NarrativeFact] {
        var listed: [StatedPeriod]?
        return extract(t, sentence: r, base: base, listed: &listed)
    }

    static func extract(_ t: [UInt8], sentence r: Range<Int>, base: StatedPeriod?, listed: inout [StatedPeriod]?) -> [NarrativeFact] {
        let figures = FigureScanner.scan(t, r)
        guard !figures.isEmpty else { return [] }
        var reading = SentenceReading(t: t, r: r, base: base, figures: figures, screen: FigureScreen(t, sentence: r, figures, base: base))
        reading.listed = listed
        for (k, f0) in figures.enumerated() { reading.read(k, f0) }
        listed = reading.listed
        return withAgreementName(withOpeningQualifier(withDisposalGroup(withTrailingQualifiers(reading.out, t, figures, sentence: r), t, sentence: r),
                                                      t, sentence: r), t, sentence: r)
    }

    /// One sentence read figure by figure (`extract`): the inputs, and what the figures read
    /// before the current one have set (its metric and period, where the clause starts, the
    /// last figure of a list already read with its head, the periods of the last list).
    struct SentenceReading {
        let t: [UInt8]
        let r: Range<Int>
        let base: StatedPeriod?
        let figures: [Figure]
        let screen: FigureScreen
        var out: [NarrativeFact] = []
        var metric: String?
        var current: StatedPeriod?
        var prevEnd: Int
        var clauseStart: Int
        /// The last figure of a list already read with its head (`listPeriods`).
        var skipThrough = -1
        /// The periods of the last list read in this sentence (`listPeriods`' `earlier`).
        var listed: [StatedPeriod]?

        init(t: [UInt8], r: Range<Int>, base: StatedPeriod?, figures: [Figure], screen: FigureScreen) {
            (self.t, self.r, self.base, self.figures, self.screen) = (t, r, base, figures, screen)
            prevEnd = r.lowerBound
            clauseStart = r.lowerBound
        }

        /// Figures listed after figure `k` (`$A, $B and $C`), each its period from `start` on (`listPeriods`) or metric (`appendRespective`).
        /// (**openingPeriodList**, as `amountsOfNoun` reads it: `In fiscal 2024, 2023 and 2022, the
        /// tax incentive decreased tax by $419 million, $468 million and $362 million, and the
        /// gross benefit per share was $0.21, $0.22 and $0.17, respectively`: exactly as many
        /// periods opening the sentence, another clause between.)
        mutating func continueList(_ metric: String, _ k: Int, from start: Int) {
            if tookPerShareAsides(metric, k, from: start) { return } // `$310 million, or $0.42 per diluted share, $285 million, or ...`
            let e = listEnd(t, figures, from: k)
            if e > k, let ps = listPeriods(t, figures, k, e, clauseStart: start, sentenceEnd: r.upperBound, base: base, earlier: listed)
                ?? periodList(t, r.lowerBound..<figures[k].start, base: base, count: e - k + 1) {
                tookList(metric, k, e, ps)
            } else if appendRespective(&out, t, figures, k, e) {
                skipThrough = e
                clauseStart = figures[e].end
            } else if e == k, let items = currencyItems(t, figures, k, sentence: r, base: base) {
                tookCurrencies(metric, k, items)
            } else if e == k, let (ms, last, ps) = listAcrossNouns(t, figures, k, metric: metric, sentence: r, base: base),
                      let head = out.indices.last, out[head].figure.start == figures[k].start {
                // `gains of $14 million and losses of $61 million and $208 million, respectively` (`listAcrossNouns`).
                out[head].period = ps[0]
                // (Each noun's first item is its current figure, the later ones its comparatives.)
                var first = [metric: head]
                for i in (k + 1)...last {
                    let m = ms[i - k - 1], of = first[m]
                    if of == nil { first[m] = out.count }
                    out.append(NarrativeFact(metric: m, figure: figures[i], period: ps[i - k], role: of == nil ? "current" : "comparative",
                                             of: of, stated: false))
                }
                (current, skipThrough, clauseStart) = (ps[0], last, figures[last].end)
            }
        }
        /// `currencyItems`' list: the head (figure `k`, the last of `out`) takes the list's
        /// period; each other amount is a fact of `metric` at its own list's period, a
        /// comparative of the head where that is another date.
        mutating func tookCurrencies(_ metric: String, _ k: Int, _ items: [(index: Int, period: StatedPeriod?)]) {
            guard let head = out.indices.last, out[head].figure.start == figures[k].start, let last = items.last else { return }
            if let p = items[0].period { out[head].period = p }
            let p0 = out[head].period
            for (i, p) in items {
                let same = p.map { q in p0.map { q.sameDates($0) } ?? false } ?? true
                out.append(NarrativeFact(metric: metric, figure: figures[i], period: p ?? p0, role: same ? "current" : "comparative",
                                         of: same ? nil : head, stated: out[head].stated))
            }
            current = out[head].period
            skipThrough = last.index
            clauseStart = figures[last.index].end
        }
        /// **bracketedEquivalent.** Figure `k` (read as `f`) opens a bracket right after the
        /// figure read before it (`prev`), the same amount in another currency: a fact of
        /// `prev`'s metric and period, unless the bracket states its own: a date after it
        /// (`£0.3 billion (approximately $0.4 billion as of December 31, 2024)`: the date of
        /// the rate), or a list of amounts with a list of as many periods (`€750 million ($781
        /// million and $830 million as of December 31, 2024 and 2023, respectively)`: each its
        /// own, the later ones comparatives of the first).
        mutating func restatedInBracket(_ prev: NarrativeFact, _ m: String, _ k: Int, _ f: Figure) {
            let close = bracketClose(t, from: figures[k].end, limit: r.upperBound)
            if let close {
                let e = listEnd(t, figures, from: k)
                if e > k, figures[e].end < close,
                   let ps = listPeriods(t, figures, k, e, clauseStart: figures[k].start, sentenceEnd: close, base: base), ps.count == e - k + 1 {
                    let first = out.count
                    for i in k...e {
                        var n = prev.restated(i == k ? f : figures[i], metric: m)
                        n.period = ps[i - k]
                        if i > k { (n.role, n.of) = ("comparative", first) }
                        out.append(n)
                    }
                    skipThrough = e
                    return
                }
            }
            var n = prev.restated(f, metric: m)
            let next = k + 1 < figures.count ? min(figures[k + 1].start, close ?? r.upperBound) : (close ?? r.upperBound)
            if let close, next == close, let p = PeriodParser.find(t, figures[k].end..<close, base: base) { n.period = p }
            out.append(n)
        }
        /// A current figure read with its metric and period: the clause goes on after it.
        mutating func took(_ n: NarrativeFact) {
            metric = n.metric
            current = n.period
            out.append(n)
            clauseStart = n.figure.end
        }
        /// `respectiveNames`' list: figure `k` (read as `f`) through `e`, each with its name's
        /// metric (`ms`), all of the period `p`; appended, read past.
        mutating func tookNames(_ ms: [String], _ f: Figure, _ k: Int, _ e: Int, _ p: StatedPeriod?) {
            for i in k...e {
                out.append(NarrativeFact(metric: ms[i - k], figure: i == k ? f : figures[i], period: p, role: "current", stated: false))
            }
            (metric, current, skipThrough, clauseStart) = (nil, p, e, figures[e].end)
        }
        /// Figure `k` (read as `f`) and the figures a list joins to it, read as the amount read
        /// just before (the last of `out`) restated per share (`perShareOfAmount`: the metric
        /// and period read stay) or divided among places (`partsInPlaces`: each part with its
        /// place's metric, of the head's period; read past), or its comparative in a bracket
        /// (`bracketedComparative`); false when none.
        mutating func readOfHead(_ k: Int, _ f: Figure) -> Bool {
            if k > 0, readBracketedComparative(f) { return true } // `fees of $77,919 (2019 - $111,709)`
            if let n = perShareOfAmount(t, figures, k, read: out) ?? coordinatedBareWord(t, f, prevEnd: prevEnd, head: out.last)
                ?? partInKind(t, f, nextStart: k + 1 < figures.count ? figures[k + 1].start : r.upperBound, sentence: r, read: out)
                ?? differenceAside(t, f, nextStart: k + 1 < figures.count ? figures[k + 1].start : r.upperBound, head: out.last) {
                out.append(n)
                return true
            }
            // `expense of $207 million in our Primary segment and $218 million in Other` (`amountsInPlaces`).
            if let (h, m) = amountsInPlaces(t, f, nextStart: k + 1 < figures.count ? figures[k + 1].start : r.upperBound,
                                            head: out.last, base: base), let last = out.indices.last {
                out[last].metric = h
                out.append(NarrativeFact(metric: m, figure: f, period: out[last].period, role: out[last].role, of: out[last].of,
                                         stated: false))
                return true
            }
            guard let (ms, e) = partsInPlaces(t, figures, k, head: out.last, sentence: r, base: base) else { return false }
            let p = out.last?.period
            for i in k...e {
                out.append(NarrativeFact(metric: ms[i - k], figure: i == k ? f : figures[i], period: p, role: "current", stated: false))
            }
            (skipThrough, clauseStart) = (e, figures[e].end)
            return true
        }
        /// A change stated with its levels from figure `k` on (`changeFromTo`, `levelsFromTo`,
        /// `objectFromTo`): appended, read past, the last level the current figure; whether
        /// there was one.
        mutating func readLevels(_ k: Int, _ ctx: [Word]) -> Bool {
            let phraseStart = k == 0 ? clauseStart : prevEnd
            let facts = changeFromTo(t, figures, k, ctx: ctx, phraseStart: phraseStart, sentence: r, base: base)
                ?? levelsFromTo(t, figures, k, ctx: ctx, phraseStart: phraseStart, sentence: r, base: base).map { [$0.0, $0.1] }
                ?? objectFromTo(t, figures, k, phraseStart: phraseStart, sentence: r, base: base)
            guard let facts, let last = facts.last else { return false }
            out.append(contentsOf: facts.dropLast())
            took(last)
            skipThrough = figures.firstIndex { $0.start == last.figure.start } ?? k
            return true
        }
        /// A whole and the part a clause dates, from figure `k` (`partAsideBeforeNoun`), or the
        /// part of the whole read just before (`partInPeriod`): appended, read past; whether
        /// there was one.
        mutating func readPartAside(_ k: Int) -> Bool {
            if let part = partInPeriod(t, figures, k, head: out.last, sentence: r) {
                out.append(part)
                (metric, clauseStart) = (nil, part.figure.end)
                return true
            }
            guard let (whole, part) = partAsideBeforeNoun(t, figures, k, sentence: r, base: base) else { return false }
            took(whole)
            out.append(part)
            (metric, skipThrough, clauseStart) = (nil, k + 1, part.figure.end)
            return true
        }
        /// Figures `k+1...e` with `metric` and the periods `ps`: appended, read past.
        mutating func tookList(_ metric: String, _ k: Int, _ e: Int, _ ps: [StatedPeriod]) {
            appendList(&out, metric: metric, figures, k, e, ps)
            current = ps[0]
            listed = ps
            skipThrough = e
            clauseStart = figures[e].end
        }

        /// **changeByList.** A change read at figure `k` (`amountChangeBy`, `objectChangeBy`) and
        /// the amounts a list joins to it, one per period of a list (`listPeriods`, or as many
        /// periods opening the sentence: `periodList`): each the same change of its own period,
        /// negative after a word of decrease as the first is (`In fiscal 2025, 2024 and 2023, the
        /// tax holiday decreased the Irish tax by $210 million, $190 million and $170 million`;
        /// `Goodwill increased by $23 million and $25 million in fiscal 2025 and 2024,
        /// respectively`). Before, the first amount alone was read, and without its period when
        /// the list's periods follow it.
        mutating func tookChange(_ n: NarrativeFact, _ k: Int, from start: Int) {
            out.append(n)
            if tookPerShareAsides(n.metric, k, from: start) { return }
            let e = listEnd(t, figures, from: k)
            guard e > k, let ps = listPeriods(t, figures, k, e, clauseStart: start, sentenceEnd: r.upperBound, base: base, earlier: listed)
                    ?? periodList(t, r.lowerBound..<figures[k].start, base: base, count: e - k + 1) else { return }
            let head = out.count - 1
            tookList(n.metric, k, e, ps)
            guard n.figure.value < 0, figures[k].value > 0 else { return }
            for i in (head + 1)..<out.count { out[i].figure.value = -out[i].figure.value }
        }

        /// **secondPredicate.** Figure `k` (read as `f`) after `, and was` with no subject of its
        /// own (`isSecondPredicate`), a statement read before it: the metric read last, the
        /// figure its own period, a list after it with it (`continueList`); whether it was.
        mutating func tookSecondPredicate(_ k: Int, _ f: Figure, nextStart: Int) -> Bool {
            guard k > 0, let m = metric, out.last?.stated == true, isSecondPredicate(t, from: prevEnd, to: figures[k].start) else { return false }
            took(NarrativeFact(metric: m, figure: f, period: periodNear(t, after: f.end, f, nextStart: nextStart, sentence: r, base: base),
                               role: "current", stated: false))
            continueList(m, k, from: figures[k].start)
            return true
        }

        /// **amountAsSubject.** Figure `k` (read as `f`) opens its clause as the subject of a
        /// passive verb (`During the six months ended June 30, 2025, $351 was allocated to the
        /// segments`): a fact named by the participle and the place, of the date of an event
        /// opening the sentence (`openingEventPeriod`) or its own period (`periodNear`), a list
        /// after it with it (`continueList`); whether it was.
        mutating func tookAmountAsSubject(_ k: Int, _ f: Figure, nextStart: Int) -> Bool {
            guard let m = amountAsSubject(t, figures, k, sentence: r) else { return false }
            let first = coordinatedSubject(t, figures, k, sentence: r) ? out.last(where: { $0.figure.start == figures[k - 1].start }) : nil
            took(NarrativeFact(metric: m, figure: f, period: first?.period ?? openingEventPeriod(t, f, sentence: r, base: base)
                                ?? periodNear(t, after: f.end, f, nextStart: nextStart, sentence: r, base: base),
                               role: "current", stated: false))
            continueList(m, k, from: r.lowerBound)
            // (Its name is its own: an amount after it is no comparative of it, `and $381,000 was
            // presented in Funds held ...`.)
            metric = nil
            return true
        }

        /// **actionAmounts.** Figure `k` (read as `f`), and a list after it, the object of what
        /// the company did (`We contributed $42 million, $38 million and $31 million in fiscal
        /// 2024, 2023 and 2022, respectively`): each a fact of its period; whether it was.
        @discardableResult
        mutating func tookActionAmounts(_ k: Int, _ f: Figure) -> Bool {
            guard let (m, e, ps) = actionAmounts(t, figures, k, sentence: r, base: base, earlier: listed) else { return false }
            took(NarrativeFact(metric: m, figure: f, period: ps[0], role: "current", stated: false))
            if e > k { tookList(m, k, e, ps) }
            return true
        }

        /// Figure `k` (read as `f`) named by a noun beside it (`besideNoun`; not a list's tail
        /// alone), else by the company's verb (`actionAmounts`); a lone noun the verb names
        /// before the amount first (`we provided them with prepayments totaling $4.5 billion`:
        /// `objectBeforeAmounts`). Whether it was.
        mutating func tookBesideNounOrAction(_ k: Int, _ f: Figure, ctx: [Word], link: String?, nextStart: Int) -> Bool {
            if companyObjectBefore(t, f, from: r.lowerBound) != nil, tookActionAmounts(k, f) { return true }
            if !isListTailAlone(t, figures, k, read: out), let (m, p, list) = besideNoun(t, f, ctx: ctx, link: link, prevEnd: prevEnd,
                                                                                           clauseStart: clauseStart, nextStart: nextStart, sentence: r, base: base,
                                                                                           previous: k > 0 ? figures[k - 1] : nil) {
                took(NarrativeFact(metric: m, figure: f, period: p, role: "current", stated: false))
                if list { continueList(m, k, from: r.lowerBound) }
                return true
            }
            return tookActionAmounts(k, f)
        }

        /// Whether figure `k` (read as `f`) names its own noun after it, so is no comparative
        /// of the metric before: `of` and the noun (`amountOfNoun`), or the noun it is the first
        /// modifier of, sharing the article of the amount before `and`
        /// (`coordinatedAmountBeforeNoun`).
        func namesOwnNoun(_ k: Int, _ f: Figure, ctx: [Word], nextStart: Int) -> Bool {
            amountOfNoun(t, f, before: ctx, nextStart: nextStart, actionFrom: r.lowerBound) != nil
                || k > 0 && coordinatedArticle(t, f, before: ctx, from: prevEnd, previous: figures[k - 1], sentenceStart: r.lowerBound) != nil
        }

        /// Whether figure `k` (`f0` as scanned) is read as a bound of an estimate or a claim
        /// (`estimateRange`, `claimedMinimum`: before the screen, which turns the bounds of a
        /// range and a modal's frame away) or an expected reclassification (whose `expects`
        /// the screen takes for a plan: `expectedReclassification`), or left out (`FigureScreen`).
        mutating func tookBoundOrScreened(_ k: Int, _ f0: Figure, nextStart: Int) -> Bool {
            if let ns = estimateRange(t, figures, k, sentence: r, base: base) {
                out += ns
                (metric, current, skipThrough, clauseStart) = (nil, ns[0].period, k + 1, figures[k + 1].end)
                return true
            }
            // `expects to reclassify gains of $126 million into ...` (`expectedReclassification`).
            if let n = claimedMinimum(t, f0, nextStart: nextStart, sentence: r)
                ?? expectedReclassification(t, f0, nextStart: nextStart, sentence: r, base: base)
                ?? reasonablyPossibleChange(t, f0, nextStart: nextStart, sentence: r, base: base)
                ?? estimatedIncomeEffect(t, f0, nextStart: nextStart, sentence: r, base: base)
                ?? expectedFate(t, figures, k, sentence: r, base: base) ?? expectedReceipt(t, figures, k, sentence: r, base: base) {
                took(n)
                return true
            }
            guard screen.excludes(k, f0, nextStart: nextStart) else { return false }
            metric = nil
            return true
        }

        /// Figure `k` of the sentence (`f0` as scanned).
        mutating func read(_ k: Int, _ f0: Figure) {
            // The last words before the figure (enough for the checks below).
            let ctx = Words.tail(t, prevEnd, f0.start) { $0.count >= 4 && !modifiers.contains($0[$0.count - 1].text) }
            let lastWords = ctx.suffix(4).map(\.text)
            let nextStart = k + 1 < figures.count ? figures[k + 1].start : r.upperBound
            let after = str(t, f0.end, nextStart)
            // Counts with a unit word take it (`takesUnitNoun`).
            let f = takesUnitNoun(f0, ctx) ? withUnitNoun(f0, after: after) : f0
            defer { prevEnd = f0.end }
            if k <= skipThrough || tookBoundOrScreened(k, f0, nextStart: nextStart) { return }
            // `(US$633.2 million)`: the same figure in another currency (not `, ($82) million`: `negativeInParentheses`).
            if k > 0, f0.value >= 0, let m = metric, let prev = out.last, prev.figure.end == figures[k - 1].end,
               isOpenParenthesis(t, prevEnd, f0.start) || opensApproximateBracket(t, prevEnd, f0.start) {
                if f.unit != "percent" { restatedInBracket(prev, afterTax(m, t, f0.end, nextStart) ?? m, k, f) }
                return
            }
            // `400 million shares of $0.01 par value preferred stock` (`parValuePerShare`).
            if let n = parValueFact(t, f, nextStart: nextStart, sentence: r, base: base) { return took(n) }
            if readOfHead(k, f) { return } // `$2.5 billion, or $1.20 per diluted share`, `$55 including $23 in SG&A`
            if readLevels(k, ctx) || readPartAside(k) { return } // `increased from $8.4 billion at <date> to $9.3 billion at <date>`
            if readBreakdown(k, f) { return } // `was comprised of a $120 million cash payment and $20 million of ...` (`partsOfWhole`)
            // A percent change: `an increase of 13.8%`, `up 15.4%`.
            if f.unit == "percent", let m = metric, let w = lastWords.last(where: { changeWords.contains($0) }) {
                out.append(percentChange(m, f, word: w, period: current, of: currentIndex(out, nil)))
                return
            }
            // `$172, $140 and $39 was allocated to Alpha, Beta and Gamma, respectively` (`respectiveNames`).
            if let (ms, e, p) = respectiveNames(t, figures, k, sentence: r, base: base) { return tookNames(ms, f, k, e, p) }
            // A comparative: `compared to RMB3,906.6 million in the same period of 2022`.
            // (An amount, or a list, naming its own metric after it is no comparative: `amountOfNoun`, `amountsOfNoun`.)
            // (Nor one after `and` that names a metric of its own, `and actuarial gain of $62
            // million for other plans`: `otherMetricAfterAnd`, read below as a noun beside it.)
            if let m = metric, k > 0, lastWords.contains(where: { comparativeWords.contains($0) }),
               !(ctx.last.map { verbs.contains($0.text) && !["of", "to", "at"].contains($0.text) } ?? false),
               !namesOwnNoun(k, f, ctx: ctx, nextStart: nextStart),
               amountsOfNoun(t, figures, k, clauseStart: clauseStart, sentence: r, before: ctx, base: base, earlier: listed) == nil,
               !(lastWords.contains("and") && !lastWords.contains(where: { $0 == "compared" || $0 == "versus" || $0 == "from" })
                 && namesOtherMetric(ctx)) {
                if let e = appendComparativeList(&out, t, metric: m, figures, k, first: f, ctx: ctx, sentence: r, current: current, base: base, earlier: listed) {
                    (skipThrough, clauseStart) = (e, figures[e].end)
                    return
                }
                comparative(t, m, f, end: f0.end, nextStart: nextStart, ctx: ctx, current: current, base: base,
                            of: currentIndex(out, f.unit)).map { out.append($0) }
                return
            }
            // `authorized a program to repurchase up to $10.0 billion of our common stock` (`authorizedUpTo`).
            if let n = authorizedFact(t, f, ctx: ctx, nextStart: nextStart, sentence: r, base: base)
                ?? maximumUpTo(t, f, nextStart: nextStart, sentence: r, base: base) { return took(n) }
            // `the increase in the valuation allowance was $321 million` (`changeNoun`).
            if let n = changeNoun(t, f, ctx: ctx, nextStart: nextStart, sentence: r, base: base, figures: figures, k: k) { return tookChange(n, k, from: k == 0 ? clauseStart : prevEnd) }
            // A statement: `<metric> was <figure>`.
            var vi = ctx.count - 1
            while vi >= 0, modifiers.contains(ctx[vi].text) { vi -= 1 }
            if vi >= 0, verbs.contains(ctx[vi].text) || isPluralTotal(t, ctx, vi, from: prevEnd, sentence: r) {
                if tookSecondPredicate(k, f, nextStart: nextStart) { return } // `..., respectively, and was $821 million and ...`
                let phraseStart = k == 0 || isFigureInName(t, figures[k - 1], read: out.last?.figure.end == figures[k - 1].end)
                    ? clauseStart : prevEnd
                let (stated, rejected) = statedFigure(t, f, end: f0.end, phraseStart: phraseStart, nextStart: nextStart,
                                                      sentence: r, ctx: ctx, base: base)
                if let n = stated {
                    took(n)
                    // A list of figures for a list of periods: each its own (`listPeriods`).
                    continueList(n.metric, k, from: phraseStart)
                    return
                }
                metric = nil
                // A part naming its own noun (`consisted of $6 million of notes`): `amountOfNoun`;
                // `we issued a total of $5 billion, ... aggregate principal of ...`: `actionAmounts`.
                if rejected && amountOfNoun(t, f, before: ctx, nextStart: nextStart, actionFrom: r.lowerBound) == nil { tookActionAmounts(k, f); return }
            }
            // `$1.7 billion and $1.6 billion of receivables at ..., respectively` (`amountsOfNoun`).
            if let (m, e, ps) = amountsOfNoun(t, figures, k, clauseStart: clauseStart, sentence: r, before: ctx, base: base, earlier: listed) {
                let m = withAction(m, t, figures[k], from: r.lowerBound)
                metric = m
                out.append(NarrativeFact(metric: m, figure: figures[k], period: ps[0], role: "current", stated: false))
                tookList(m, k, e, ps)
                return
            }
            // `Goodwill increased by $23 million in fiscal year 2023` (`amountChangeBy`).
            if let n = amountChangeBy(t, f, ctx: ctx, phraseStart: k == 0 ? clauseStart : prevEnd, nextStart: nextStart,
                                      sentence: r, base: base) {
                return tookChange(n, k, from: k == 0 ? clauseStart : prevEnd)
            }
            // `repurchased 208 million shares of its common stock for $48.3 billion` (`sharesForAmount`), `for $45.00 per share` (`priceOfSharesFor`).
            if let m = (k > 0 ? sharesForAmount(t, figures[k - 1], f, nextStart: nextStart, sentence: r) : nil) ?? priceOfSharesFor(t, f, sentence: r) {
                took(NarrativeFact(metric: m, figure: f, period: periodNear(t, after: f.end, f, nextStart: nextStart, sentence: r, base: base),
                                   role: "current", stated: false))
                return
            }
            // `Accounts payable included $1,638 and $2,703 payable to suppliers` (`includedPartQualified`).
            if let (m, e, ps) = includedPart(t, figures, k, ctx: ctx, phraseStart: k == 0 ? clauseStart : prevEnd, sentence: r,
                                             base: base, earlier: listed) {
                metric = m
                out.append(NarrativeFact(metric: m, figure: f, period: ps[0], role: "current", stated: false))
                if e > k { tookList(m, k, e, ps) } else { current = ps[0]; clauseStart = f.end }
                return
            }
            // `we issued $40 million and repaid $25 million of commercial paper` (`verbPairAmounts`).
            if let m = pairedVerbObject(t, figures, k, sentence: r) {
                took(NarrativeFact(metric: m, figure: f, period: periodNear(t, after: f.end, f, nextStart: nextStart, sentence: r, base: base),
                                   role: "current", stated: false))
                return
            }
            if tookAmountAsSubject(k, f, nextStart: nextStart) { return }  // `$351 was allocated to the segments`
            // A noun beside the amount, or the company's verb (`besideNoun`, `actionAmounts`).
            if tookBesideNounOrAction(k, f, ctx: ctx, link: vi >= 0 ? ctx[vi].text : nil, nextStart: nextStart) { return }
            // A count with its noun after it: `235.4 million consumers` (`countWithNoun`).
            if f.unit == nil, f.scale > 1, let n = countWithNoun(t, f, after: after, sentence: r, base: base) {
                metric = n.metric
                current = n.period
                out.append(n)
            }
        }
    }

    /// **secondPredicate.** Whether the words between the figure read before (ending at `from`)
    /// and the next (at `to`) close with a comma, `and` and a finite verb (modifiers allowed), a
    /// second predicate of the same subject: `The total fair value of vested options was $406
    /// million and $3.3 billion for the three- and six-month periods ended March 28, 2026,
    /// respectively, and was $321 million and $2.6 billion for the three- and six-month periods
    /// ended March 29, 2025, respectively.` The figures after it are the subject's metric (read
    /// by a statement before), each its own period. Before, the words between were read as a
    /// subject of their own and gave no metric.
    static func isSecondPredicate(_ t: [UInt8], from: Int, to: Int) -> Bool {
        let lo = max(0, min(from, t.count)), hi = max(lo, min(to, t.count))
        guard let comma = t[lo..<hi].lastIndex(of: UInt8(ascii: ",")) else { return false }
        let words = Words.split(t[(comma + 1)..<hi])
        guard words.count >= 2, words[0].text == "and", finiteVerbs.contains(words[1].text) else { return false }
        return words.dropFirst(2).allSatisfy { modifiers.contains($0.text) && $0.text != "a" && $0.text != "an" }
    }

    /// **amountChangeBy.** `<subject> increased by <amount>` (or `decreased`, `rose`, `fell`,
    /// `grew`, `declined`) states the change of the subject's metric: `Goodwill increased by $23
    /// million in fiscal year 2023 from acquisitions` -> `Goodwill change` 23; `Deferred revenue
    /// during the six months ended June 30, 2025 increased by $106.1 million` -> `Deferred
    /// revenue change` 106.1 for those six months; negative after a word of decrease. The
    /// subject is read as a statement's (`metricPhrase`); a pronoun subject (`we increased our
    /// reserves by`) names none: nil then, and for any other shape.
    static func amountChangeBy(_ t: [UInt8], _ f: Figure, ctx: [Word], phraseStart: Int, nextStart: Int, sentence r: Range<Int>,
                               base: StatedPeriod?) -> NarrativeFact? {
        guard f.hasCurrency else { return nil }
        var i = ctx.count - 1
        while i >= 0, modifiers.contains(ctx[i].text) { i -= 1 }
        guard i >= 1, ctx[i].text == "by" else { return nil }
        guard changeVerbs.contains(ctx[i - 1].text) else {
            return objectChangeBy(t, f, phraseStart: phraseStart, nextStart: nextStart, sentence: r, base: base)
                ?? differenceBy(t, f, ctx: ctx, by: i, phraseStart: phraseStart, nextStart: nextStart, sentence: r, base: base)
        }
        // The change verb's bytes: `ctx` words are relative to where `Words.tail` started.
        guard let at = lastIndex(of: Array(ctx[i - 1].text.utf8), in: t, phraseStart..<f.start), at > phraseStart else { return nil }
        let phrase = str(t, phraseStart, at)
        guard let (m, inPhrase) = metricPhrase(phrase, base: base), FactAdmission.nounPhrase(m) != nil else { return nil }
        var g = f
        if negativeChange.contains(ctx[i - 1].text) { g.value = -g.value }
        // (`in comparison with the prior year` opens the comparison, as `compared with` does.)
        let next = lastIndex(of: Array(" in comparison".utf8), in: t, f.end..<nextStart) ?? nextStart
        let period = inPhrase ?? periodNear(t, after: f.end, f, nextStart: next, sentence: r.lowerBound..<min(r.upperBound, next), base: base)
        return NarrativeFact(metric: m + " change", figure: g, period: period, role: "change", stated: false)
    }

    /// **objectChangeBy.** `<subject> increased <object> by <amount>`: a change verb with an
    /// object states the change of the object's metric, whoever the subject is (`During 2024,
    /// we increased the reach-forward loss on the tanker program by $379 million` -> `Reach-forward
    /// loss on the tanker program change` 379; negative after a word of decrease). The object
    /// opens with an article or a possessive (`objectOpeners`) and names a measure in two words
    /// or more after it (`we increased our reserves by` names too little), runs to `by` in
    /// letters, digits, spaces and hyphens only (no list, no aside: `reduced our program and
    /// our facility, each by`), at most twelve words (a hyphen splits them: `the reach-forward
    /// loss on the KC-9A tanker program`), with no verb inside; the change verb is
    /// past and no modal stands before it (`would have decreased the expense by` is a
    /// hypothetical). The period as `amountChangeBy`'s (`periodNear`). Nil for any other shape.
    static func objectChangeBy(_ t: [UInt8], _ f: Figure, phraseStart: Int, nextStart: Int, sentence r: Range<Int>,
                               base: StatedPeriod?) -> NarrativeFact? {
        guard f.value > 0, let (verb, m, _) = changedObject(t, before: f.start, link: "by", verbs: changeVerbs,
                                                         from: max(r.lowerBound, phraseStart)) else { return nil }
        var g = f
        if negativeChange.contains(verb) { g.value = -g.value }
        let next = lastIndex(of: Array(" in comparison".utf8), in: t, f.end..<nextStart) ?? nextStart
        let period = periodNear(t, after: f.end, f, nextStart: next, sentence: r.lowerBound..<min(r.upperBound, next), base: base)
        return NarrativeFact(metric: m + " change", figure: g, period: period, role: "change", stated: false)
    }

    /// The object of `objectChangeBy` and `objectFromTo`: `<verb> <object> <link>` right
    /// before `end` (`link` the last word, `by` or `from`, with modifiers after it), the verb
    /// one of `verbs` at most fourteen words before the link, in `t[lo..<end]`. The object as
    /// `objectChangeBy` states it; returns the verb, the object as a metric (capitalized) and
    /// where the verb starts, or nil.
    static func changedObject(_ t: [UInt8], before end: Int, link: String, verbs changeVerbs: Set<String>,
                              from lo: Int) -> (verb: String, metric: String, at: Int)? {
        guard lo < end else { return nil }
        // (`tail` offsets are relative to `lo`.)
        let words = Words.tail(t, lo, end) { $0.count >= 26 }
        var i = words.count - 1
        while i >= 0, modifiers.contains(words[i].text) { i -= 1 }
        guard i >= 4, words[i].text == link else { return nil }
        // (The object ends before an expiry clause: `objectBeforeExpiry`.)
        let c = expiryClauseStart(words, before: i) ?? i
        guard let v = (max(0, c - 14)..<(c - 2)).last(where: { changeVerbs.contains(words[$0].text) }),
              let o = objectStart(t, words, after: v, lo: lo), c - o >= 2, c - (v + 1) <= 12,
              v == 0 || !modalWords.contains(words[v - 1].text) && !(words[v - 1].text == "have" && v >= 2 && modalWords.contains(words[v - 2].text)),
              !words[o..<c].contains(where: { verbs.contains($0.text) || clauseVerbs.contains($0.text) || changeVerbs.contains($0.text) }) else { return nil }
        // (No list of objects, `reduced our program and our facility, each by`; a list of
        // modifiers of one noun is its name: `coordinatedModifiers`.)
        let listed = isModifierList(words, o, c)
        guard listed || !words[o..<c].contains(where: { ["and", "or", "each"].contains($0.text) }) else { return nil }
        let a = lo + words[o].start, b = lo + words[c - 1].end
        guard a < b, b <= t.count,
              (a..<b).allSatisfy({ t[$0] < 0x80 && Words.isAlnum(t[$0]) || t[$0] == 0x20 || t[$0] == UInt8(ascii: "-")
                  || listed && t[$0] == UInt8(ascii: ",") })
        else { return nil }
        let object = singleSpaced(t, a, b)
        guard let first = object.first else { return nil }
        let m = first.uppercased() + object.dropFirst()
        guard FactAdmission.nounPhrase(m) != nil else { return nil }
        return (words[v].text, m, lo + words[v].start)
    }

    /// **coordinatedModifiers.** Whether `words[o..<i]` (an object of `changedObject`) holds
    /// one `and` or `or` that joins modifiers of one noun: `our reserves for general, product,
    /// and automobile liabilities`, `the allowance for credit and market losses`: two words
    /// or more before it, two or more after it before the link, not beside a `for`, and no
    /// article, possessive or `each` after the object's first word.
    static func isModifierList(_ words: [Word], _ o: Int, _ i: Int) -> Bool {
        let joins = (o..<i).filter { ["and", "or"].contains(words[$0].text) }
        guard joins.count == 1, let j = joins.first, j > o + 1, j + 2 < i,
              !words[(o + 1)..<i].contains(where: { objectOpeners.contains($0.text) || determiners.contains($0.text) || $0.text == "each" })
        else { return false }
        return words[j + 1].text != "for" && words[j - 1].text != "for"
    }

    /// Where the object of the change verb `words[v]` starts (`objectChangeBy`; `words` offsets
    /// relative to `lo`): after an article or a possessive (`decreased the Irish tax by`); or,
    /// **namedObject**, at a capitalised word right after the verb, a name that says whose
    /// measure it is (`the tax holiday decreased Irish tax by $210 million`); nil otherwise
    /// (`increased prices by`: a bare common noun).
    static func objectStart(_ t: [UInt8], _ words: [Word], after v: Int, lo: Int) -> Int? {
        guard v + 1 < words.count else { return nil }
        if objectOpeners.contains(words[v + 1].text) { return v + 2 }
        let c = lo + words[v + 1].start
        return c < t.count && t[c] >= UInt8(ascii: "A") && t[c] <= UInt8(ascii: "Z") ? v + 1 : nil
    }

    /// The words that open an object in `objectChangeBy`: an article or a possessive.
    static let objectOpeners: Set<String> = ["the", "our", "its", "their"]

    /// The modal verbs that make `objectChangeBy`'s change a hypothetical or a plan.
    static let modalWords: Set<String> = ["would", "could", "will", "may", "might", "should", "to", "can"]

    /// The past-tense verbs of `amountChangeBy`.
    static let changeVerbs: Set<String> = ["increased", "decreased", "rose", "fell", "grew", "declined"]

    /// The last place `needle` occurs in `t[range]`.
    static func lastIndex(of needle: [UInt8], in t: [UInt8], _ range: Range<Int>) -> Int? {
        var found: Int?
        var lo = max(0, range.lowerBound)
        let hi = min(t.count, range.upperBound)
        while lo < hi, let k = firstIndex(of: needle, in: t, lo..<hi) {
            found = k
            lo = k + 1
        }
        return found
    }

    /// Whether a count takes the unit word after it (`5.2 million tons`): a scaled figure
    /// without a currency after a verb, modifier or comparative word; not where the unit is
    /// what is counted (read with the count's own noun, `countWithNoun`).
    static func takesUnitNoun(_ f: Figure, _ ctx: [Word]) -> Bool {
        f.unit == nil && f.scale > 1
            && (ctx.last.map { verbs.contains($0.text) || modifiers.contains($0.text) || comparativeWords.contains($0.text) } ?? false)
    }

    /// **A percent change** of the metric read last (`an increase of 13.8%`, `down 15.4%`),
    /// negative after a word of decrease.
    static func percentChange(_ m: String, _ f: Figure, word: String, period: StatedPeriod?, of index: Int?) -> NarrativeFact {
        var g = f
        if negativeChange.contains(word) { g.value = -g.value }
        return NarrativeFact(metric: m + " change", figure: g, period: period, role: "change", of: index)
    }

    /// **A comparative** (`compared to RMB3,906.6 million in the same period of 2022`) of the
    /// metric `m` read last: the figure with the period stated after it up to the next figure;
    /// a second figure for the current period (`RMB20,810 million and RMB41,527 million,
    /// respectively, as of ...`) is another current figure. Nil when the figure names another
    /// metric (`compared to loss from operations of $1,176 million`) or no period is stated.
    static func comparative(_ t: [UInt8], _ m: String, _ f: Figure, end: Int, nextStart: Int, ctx: [Word],
                            current: StatedPeriod?, base: StatedPeriod?, of index: Int?) -> NarrativeFact? {
        if namesOtherMetric(ctx) { return nil }
        guard let p = PeriodParser.find(t, end..<nextStart, base: current ?? base) else { return nil }
        if let c = current, p.sameDates(c) {
            return NarrativeFact(metric: m, figure: f, period: p, role: "current")
        }
        return NarrativeFact(metric: m, figure: f, period: p, role: "comparative", of: index)
    }

    /// **A statement** (`<metric> was <figure>`): the figure with the metric phrase read from
    /// `phraseStart` and its period (in the metric phrase, else its own clause to the next
    /// figure, then the rest of the sentence, then before it, none past a comparison, else
    /// `base`). `rejected`: the figure is not the subject's value (a part of it, or a
    /// comparative without its current).
    static func statedFigure(_ t: [UInt8], _ f: Figure, end: Int, phraseStart: Int, nextStart: Int, sentence r: Range<Int>,
                             ctx: [Word], base: StatedPeriod?) -> (fact: NarrativeFact?, rejected: Bool) {
        let phrase = str(t, phraseStart, f.start)
        if FactAdmission.isComponent(ctx) || FactAdmission.isComparisonWithoutCurrent(phrase) { return (nil, true) }
        // (A metric that is no noun phrase, `FactAdmission.nounPhrase`, leaves the figure to
        // the readings of a noun beside it: `Included in other liabilities was $5.7 billion of
        // unearned revenue`.)
        guard let (m, inPhrase) = metricPhrase(phrase, base: base), FactAdmission.nounPhrase(m) != nil else { return (nil, false) }
        let period = inPhrase ?? PeriodParser.find(t, cutCause(t, cutComparison(t, end..<nextStart)), base: base)
            ?? PeriodParser.find(t, cutCause(t, cutComparison(t, f.end..<r.upperBound)), base: base)
            ?? PeriodParser.find(t, cutComparison(t, r.lowerBound..<f.start), base: base)
            ?? openingYear(t, sentence: r, base: base) ?? base
        // (After a comparison, `as compared to diluted net income per share of $4.20 from a
        // year ago`, the subject is the comparison's: too unsure to disagree.)
        let afterComparison = cutComparison(t, phraseStart..<f.start).upperBound < f.start
        return (NarrativeFact(metric: m, figure: f, period: period, role: "current", stated: !afterComparison), false)
    }

    /// **openingYearModifier.** A sentence whose subject opens with an article and a year
    /// as its first modifier states that year for its figures where no phrase states one:
    /// `The 2023 actuarial loss of $491 million for qualified pension plans and actuarial loss
    /// of $89 million for other post-employment plans were primarily driven by ...` -> both
    /// 2023, not the filing's year. Only `The`, `Our` or `Its`, then a four-digit year no
    /// later than `base`'s (a later one is a plan or a target), then a lower-case word (`the
    /// 2025 Notes` names a series, no period); nil otherwise.
    static func openingYear(_ t: [UInt8], sentence r: Range<Int>, base: StatedPeriod?) -> StatedPeriod? {
        let lo = max(0, min(r.lowerBound, t.count)), hi = max(lo, min(r.upperBound, t.count, lo + 48))
        let words = Words.split(t[lo..<hi]).prefix(3)
        guard words.count == 3, ["the", "our", "its"].contains(words[0].text), let y = Years.fourDigit(words[1].text),
              y <= base?.year ?? Int.max, words[2].start < t.count, t[words[2].start] >= 0x61, t[words[2].start] <= 0x7A,
              (words[0].end..<words[1].start).allSatisfy({ t[$0] == 0x20 }),
              (words[1].end..<words[2].start).allSatisfy({ t[$0] == 0x20 }) else { return nil }
        return StatedPeriod.year(y, text: words[1].text)
    }

    /// **A count with its noun after it** (`235.4 million consumers`; `10.2 billion gallons of
    /// water`: unit gallons, metric water): the fact of a scaled figure without a currency
    /// whose noun follows it directly, with the sentence's period; nil when none.
    /// **comparedCount.** A count inside a comparison (`net income of $53 million ... on an
    /// average base of 216.5 million shares, for the second quarter ended July 3, 2004,
    /// compared with net income of $309 million ... on an average base of 298.0 million
    /// shares in the second quarter of 2003`) is a comparative: the period stated after it,
    /// never the current one before the comparison; nil when none is stated after it.
    static func countWithNoun(_ t: [UInt8], _ f: Figure, after: String, sentence r: Range<Int>, base: StatedPeriod?) -> NarrativeFact? {
        let lead = str(t, r.lowerBound, f.start)
        let compared = bytesContain(t, r.lowerBound, f.start, " compared ") || bytesContain(t, r.lowerBound, f.start, " versus ")
        /// The count's period from `zone` (the sentence around it, comparisons cut), or the
        /// comparative's own (`comparedCount`).
        func fact(_ m: String, _ g: Figure, zone: String) -> NarrativeFact? {
            if compared {
                guard let p = PeriodParser.find(t, f.end..<r.upperBound, base: base) else { return nil }
                return NarrativeFact(metric: m, figure: g, period: p, role: "comparative")
            }
            return NarrativeFact(metric: m, figure: g, period: PeriodParser.find(in: zone, base: base) ?? base, role: "current")
        }
        let aw = Words.split(after)
        var names: [Word] = []
        for w in aw {
            if stopAfterCount.contains(w.text) || Int(w.text) != nil || names.count >= 5 { break }
            names.append(w)
        }
        if let u = names.first(where: { unitNouns.contains($0.text) }) {
            // `10.2 billion gallons of water`: unit gallons, metric water.
            let ab = Array(after.utf8)
            var unitText = str(ab, names[0].start, u.end).lowercased()
            if ["rmb", "yuan"].contains(unitText) { unitText = "RMB" }
            if ["dollars", "usd"].contains(unitText) { unitText = "USD" }
            if unitText == "hkd" { unitText = "HKD" }
            if unitText == "euros" { unitText = "EUR" }
            var metricWords: [Word] = []
            if let oi = aw.firstIndex(where: { $0.start >= u.end }), aw[oi].text == "of" {
                // (Punctuation between two words ends it: `tons of CO2e, save 4.5 billion`.)
                let ab = Array(after.utf8)
                for w in aw[(oi + 1)...] {
                    if stopAfterCount.contains(w.text) || Int(w.text) != nil || metricWords.count >= 4 { break }
                    if let p = metricWords.last, !(p.end..<w.start).allSatisfy({ ab[$0] == 0x20 }) { break }
                    metricWords.append(w)
                }
            }
            if names[0].start == 1, after.utf8.first == UInt8(ascii: " "), let a = metricWords.first, let b = metricWords.last {
                var m = str(ab, a.start, b.end)
                if let c = m.first { m = c.uppercased() + m.dropFirst() }
                var g = f
                g.unit = unitText
                return fact(m, g, zone: cutComparison(lead + " " + after))
            }
            return nil
        }
        if let a = names.first, let b = names.last {
            let ab = Array(after.utf8)
            // The noun must follow the figure directly.
            if a.start == 1, after.utf8.first == UInt8(ascii: " ") {
                var m = str(ab, a.start, b.end)
                if let c = m.first { m = c.uppercased() + m.dropFirst() }
                var zone = lead + " " + after
                for cut: StaticString in [" compared", " from ", " versus ", " an increase", " a decrease"] {
                    zone = cutAtFirst(zone, cut)
                }
                return fact(m, f, zone: zone)
            }
        }
        return nil
    }
}

/// The phrases a comparison starts with, cut in this order.
let comparisonCuts: [StaticString] = [" compared", " from ", " versus ", " an increase", " a decrease", " up ", " down ", ", representing"]

/// The text before any comparison (`, compared to`, `from`, `an increase of`).
func cutComparison(_ s: String) -> String {
    var zone = s
    for cut in comparisonCuts {
        zone = cutAtFirst(zone, cut)
    }
    return zone
}

/// The period of a figure whose metric is a noun beside it (`amountOfNoun`,
/// `nounBeforeAmount`): stated after it up to the next figure, else before it in the sentence,
/// else after it to the sentence's end (none of them past a comparison), else `base`.
func periodNear(_ t: [UInt8], after end: Int, _ f: Figure, nextStart: Int, sentence r: Range<Int>,
                base: StatedPeriod?) -> StatedPeriod? {
    PeriodParser.find(t, cutCause(t, cutComparison(t, end..<nextStart)), base: base)
        ?? PeriodParser.find(t, cutComparison(t, r.lowerBound..<f.start), base: base)
        ?? PeriodParser.find(t, cutCause(t, cutComparison(t, f.end..<r.upperBound)), base: base)
        ?? NarrativeExtractor.openingYear(t, sentence: r, base: base) ?? base
}

/// The words a clause giving a cause starts with, or a clause of another amount
/// (`cutCause`).
let causeCuts: [[UInt8]] = [" due to ", " because ", ", of which "].map { Array($0.utf8) }

/// **causeAfterTheFigure.** The text after a figure up to a clause that gives a cause (`due
/// to`, `because`): a period in that clause is the cause's, not the figure's. `Transfer agent
/// and filing fees of $77,919 (2019 - $111,709) was lower due to the absence of listing fees
/// incurred last year`: `last year` dated the year's fees to the year before, and the fact
/// was compared with the prior year's column. **partClauseAfterTheFigure.** So is the clause
/// of a part after a comma (`, of which`): `revenue was $5.0 billion, of which $2.0 billion
/// was recognized in the fourth quarter` is the year's revenue, not the quarter's (but `,
/// which was lower than the carrying value ... as of November 11, 2024` still dates the
/// amount it follows). Only the text after the figure is cut: a period
/// before it (`Other comprehensive loss for 2024 included ... principally due to ... gains of
/// $484 million`) stays the figure's.
func cutCause(_ t: [UInt8], _ range: Range<Int>) -> Range<Int> {
    let lo = max(0, min(range.lowerBound, t.count))
    let hi = max(lo, min(range.upperBound, t.count))
    var p = lo
    while p < hi {
        if t[p] == 0x20 || t[p] == UInt8(ascii: ",") {
            for cut in causeCuts where p + cut.count <= hi && t[p] == cut[0] {
                var j = 1
                while j < cut.count, t[p + j] == cut[j] { j += 1 }
                if j == cut.count { return lo..<p }
            }
        }
        p += 1
    }
    return lo..<hi
}

/// `cutComparison` of `t[range]` as a range: each cut in turn ends the zone at its first
/// occurrence inside what the cuts before it left. (A cut's first occurrence in the whole
/// range is the one that counts: a later one would end later still.) One pass finds them all,
/// trying the cuts only at the spaces and commas they start with.
func cutComparison(_ t: [UInt8], _ range: Range<Int>) -> Range<Int> {
    let lo = max(0, min(range.lowerBound, t.count))
    var hi = max(lo, min(range.upperBound, t.count))
    let cuts = comparisonCutBytes
    var first = [Int](repeating: -1, count: cuts.count)
    var missing = cuts.count
    var p = lo
    while p < hi && missing > 0 {
        let c = t[p]
        if c == 0x20 || c == 0x2C {
            for (k, cut) in cuts.enumerated() where first[k] < 0 && cut[0] == c && p + cut.count <= hi {
                var j = 1
                while j < cut.count, t[p + j] == cut[j] { j += 1 }
                if j == cut.count { first[k] = p; missing -= 1 }
            }
        }
        p += 1
    }
    for (k, cut) in cuts.enumerated() where first[k] >= 0 && first[k] + cut.count <= hi { hi = first[k] }
    return lo..<hi
}

let comparisonCutBytes: [[UInt8]] = comparisonCuts.map { s in s.withUTF8Buffer { Array($0) } }

/// Whether `t[a..<b]` is an opening bracket and a word saying the amount after it is
/// approximate (`(approximately $0.4 billion ...)`: `bracketedEquivalent`).
func opensApproximateBracket(_ t: [UInt8], _ a: Int, _ b: Int) -> Bool {
    let lo = max(0, min(a, t.count)), hi = max(lo, min(b, t.count))
    // (The bracket and its one word stand within the last 24 bytes.)
    guard let open = (max(lo, hi - 24)..<hi).last(where: { t[$0] == UInt8(ascii: "(") }), isOpenParenthesis(t, lo, open + 1)
    else { return false }
    let words = Words.split(t[(open + 1)..<hi])
    return words.count == 1 && NarrativeExtractor.approximators.contains(words[0].text)
        && (open + 1..<hi).allSatisfy { t[$0] == 0x20 || Words.isAlnum(t[$0]) }
}

/// The byte after the `)` that closes a bracket opened before `from`, at most 160 bytes on and
/// before `limit`, with no bracket inside; nil when none (`bracketedEquivalent`).
func bracketClose(_ t: [UInt8], from: Int, limit: Int) -> Int? {
    let hi = min(limit, t.count, from + 160)
    var i = max(0, from)
    while i < hi {
        if t[i] == UInt8(ascii: ")") { return i + 1 }
        if t[i] == UInt8(ascii: "(") { return nil }
        i += 1
    }
    return nil
}

/// Whether `t[a..<b]` is `(` between spaces, tabs, newlines (and leading commas): the
/// bytes form of `str(t, a, b).trimmingSpaces == "("`.
func isOpenParenthesis(_ t: [UInt8], _ a: Int, _ b: Int) -> Bool {
    var lo = max(0, min(a, t.count)), hi = max(lo, min(b, t.count))
    while lo < hi, t[lo] == 0x20 || t[lo] == 0x0A || t[lo] == 0x09 || t[lo] == 0x2C { lo += 1 }
    while hi > lo, t[hi - 1] == 0x20 || t[hi - 1] == 0x0A || t[hi - 1] == 0x09 { hi -= 1 }
    return hi - lo == 1 && t[lo] == UInt8(ascii: "(")
}

/// `s` up to the first occurrence of `cut` (ASCII), found on bytes; `s` when absent.
func cutAtFirst(_ s: String, _ cut: StaticString) -> String {
    var s = s
    guard let at = s.withUTF8({ ByteSearch.firstIndex(of: cut, in: $0) }) else { return s }
    return String(decoding: s.utf8.prefix(at), as: UTF8.self)
}

/// **afterTaxAside.** A bracketed figure followed by `after tax` is the metric after tax,
/// not the same figure again (`a pre-tax charge of $30 million ($24 million after tax)` ->
/// `Charge after tax`): `m` without its `pre-tax`, with `after tax`; nil when no `after tax`
/// (or `after-tax`, `net of tax`) follows the figure ending at `end`.
func afterTax(_ m: String, _ t: [UInt8], _ end: Int, _ nextStart: Int) -> String? {
    let w = Words.split(t[min(end, nextStart)..<nextStart]).prefix(3).map(\.text)
    guard w.starts(with: ["after", "tax"]) || w.starts(with: ["net", "of", "tax"]) else { return nil }
    let kept = m.split(separator: " ").filter { !["pre-tax", "pretax"].contains($0.lowercased()) }
    guard let first = kept.first else { return nil }
    var s = kept.joined(separator: " ")
    if first.first?.isUppercase == false, let c = s.first { s = c.uppercased() + s.dropFirst() }
    return s + " after tax"
}

extension NarrativeFact {
    /// The same figure in another currency (`$500 million (US$633.2 million)`): a fact of the
    /// same metric (`m`, the metric read last), role and period as this one.
    func restated(_ f: Figure, metric m: String) -> NarrativeFact {
        NarrativeFact(metric: role == "change" ? m + " change" : m, figure: f, period: period,
                      role: role, of: role == "current" ? nil : of)
    }
}

/// The figures of a sentence that state no figure of the filing (`FactAdmission`): after a
/// plan, target or hypothetical starts; followed by a target year; the bounds of a range
/// (`$5 billion to $6 billion`); an attributive or comparative percent (`a 10% stake`, `60%
/// lighter than`).
struct FigureScreen {
    let t: [UInt8]
    let marks: FactAdmission.SentenceMarks
    let referenceYear: Int?
    let sentence: Range<Int>
    var rangeBound = Set<Int>()

    init(_ t: [UInt8], sentence r: Range<Int>, _ figures: [Figure], base: StatedPeriod?) {
        self.t = t
        sentence = r
        marks = FactAdmission.marks(t, r)
        referenceYear = marks.byYears.isEmpty ? nil : base?.year ?? PeriodParser.find(t, r, base: nil)?.year
        for k in figures.indices.dropLast() where FactAdmission.isRange(t, figures[k], figures[k + 1], from: r.lowerBound) {
            rangeBound.insert(k)
            rangeBound.insert(k + 1)
        }
    }

    /// Whether figure `k`, `f`, is left out.
    func excludes(_ k: Int, _ f: Figure, nextStart: Int) -> Bool {
        let after = t[min(f.end, nextStart)..<nextStart]
        // (A maximum is stated in a modal frame, `could make additional payments of up to`:
        // `maximumUpTo` reads it, `maximumInModalFrame`.)
        let forward = marks.isForward(f) && !(f.hasCurrency && NarrativeExtractor.upToIndex(Words.tail(t, max(0, f.start - 40), f.start) { $0.count >= 5 }) != nil
                                              && NarrativeExtractor.maximumFrame(t, f, sentence: sentence))
        return rangeBound.contains(k) || forward || referenceYear.map({ marks.isTarget(f, year: $0) }) == true
            || FactAdmission.isAttributivePercent(f, after: after) || FactAdmission.isComparativePercent(f, after: after)
    }
}
