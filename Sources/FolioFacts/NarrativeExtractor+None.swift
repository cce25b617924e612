import FolioModel

/// Amounts the prose states as none: `There were no borrowings outstanding under the Credit
/// Agreement as of December 31, 2024.`
extension NarrativeExtractor {
    /// **noneStated.** A note states that an amount of money is nil with the word `no` before
    /// its noun, and the filer tags that word as the figure 0:
    ///
    ///     There were no borrowings outstanding under the Credit Agreement as of December 31, 2024.
    ///     As of November 29, 2024, there were no outstanding borrowings under this Revolving Credit Agreement.
    ///     There have been no transfers of assets or liabilities into or out of Level 3 of the fair value hierarchy.
    ///     As of September 30, 2024 and 2023, the Company had no amounts outstanding under the credit facility.
    ///     No amounts were outstanding under the company's credit facilities as of December 31, 2024.
    ///
    /// Each is a fact of value 0 (no unit: a zero is the same in any currency) named by the
    /// noun phrase after `no` (`Borrowings outstanding under the Credit Agreement`), with the
    /// period its sentence states (relative phrases read against `base`, the section's or the
    /// filing's period); a sentence that states none is no fact: the amount outstanding
    /// at a date, or charged over a period, is not told (`There were no outstanding borrowings
    /// under the Prior Credit Agreement.`), and a date an earlier sentence named is another
    /// thing's (`scheduled to mature on December 23, 2025`). Only in past or
    /// perfect frames, a present one states a policy (`there is no expense or asset
    /// information`, `no gains or losses are recognized ... unless`): after `there was|were` or
    /// `there has|have|had been`; after `had`; or opening its clause (`No`, `As of June 30,
    /// 2025, no`) before `was`, `were`, `has`, `have` or `had`. Only where the phrase names an
    /// amount of money (`MetricKinds.namesNilAmount`) in two words or more: `there was no
    /// assurance`, `no preferred stock was outstanding`, `there was no impairment` state no
    /// figure one can name. The noun phrase runs to
    /// punctuation, a verb, an article or a word that opens a clause or a qualifier (`into`,
    /// `as`, `which`), at most six words; a facility after `borrowings` (`outstanding under the
    /// Credit Agreement`, `qualifierOpening`) stays with it, up to six words more. The metric
    /// is never the subject of a statement (`stated` false): no disagreement comes of it.
    static func noneStated(_ t: [UInt8], sentence r: Range<Int>, base: StatedPeriod?) -> [NarrativeFact] {
        let lo = max(0, min(r.lowerBound, t.count)), hi = max(lo, min(r.upperBound, t.count))
        // (Most sentences have no `no`: a byte scan turns them away before any word is split.
        // It notes `not impaired` on its way, `notImpaired`; one with `no` is read for both.)
        var notImpairedSeen = false
        let no = hasNoWord(t, lo..<hi, notImpaired: &notImpairedSeen)
        var out = no || notImpairedSeen ? notImpaired(t, sentence: lo..<hi, base: base) : []
        guard no else { return out }
        let words = Words.split(t[lo..<hi])
        for (i, w) in words.enumerated() where w.text == "no" {
            if let n = impairmentTestNone(t, words, i, sentence: lo..<hi) {
                out.append(n)
                continue
            }
            let booked = bookedNone(t, words, i)
            guard booked != nil || noneFrame(t, words, i) else { continue }
            guard let phrase = nilAmountPhrase(t, words, after: i), MetricKinds.namesNilAmount(phrase.lowercased()) else { continue }
            let m = booked.map { phrase + " " + $0 } ?? phrase
            guard let period = PeriodParser.find(t, cutComparison(t, lo..<hi), base: base)
                    ?? perfectNonePeriod(t, words, i, base: base) else { continue }
            let zero = Figure(start: w.start, end: w.end, value: 0, decimals: 0, scale: 1, unit: nil)
            out.append(NarrativeFact(metric: m, figure: zero, period: period, role: "current", stated: false))
            // (None in each period of a list: `noneEachPeriod`.)
            let head = out.count - 1
            for p in noneEachPeriod(t, cutComparison(t, lo..<hi), first: period, base: base) {
                out.append(NarrativeFact(metric: m, figure: zero, period: p, role: "comparative", of: head, stated: false))
            }
        }
        return out
    }

    /// **perfectNone.** `There has been no` or `there have been no` states none up to the
    /// report, the present perfect: with no period in its sentence, it is of the period the
    /// section or the filing reports (`base`, a duration only):
    ///
    ///     There have been no transfers of assets or liabilities into or out of Level 3.
    ///
    /// -> `Transfers of assets or liabilities` 0 for the filing's year. `there had been no`
    /// (a time before another) and a present (`there are no`) are not read so; an instant
    /// heading (`As of December 31, 2024`) dates no flow. The fact's period is the filing's,
    /// assumed, and goes as the other assumed periods go (`undatedInterimFlows` drops it in a
    /// later interim report).
    static func perfectNonePeriod(_ t: [UInt8], _ words: [Word], _ i: Int, base: StatedPeriod?) -> StatedPeriod? {
        guard let base, case .duration(let months) = base.kind, months > 0, i >= 3,
              words[i - 1].text == "been", ["has", "have"].contains(words[i - 2].text), words[i - 3].text == "there",
              (i - 3..<i).allSatisfy({ k in (words[k].end..<words[k + 1].start).allSatisfy { t[$0] == 0x20 } }) else { return nil }
        return base
    }

    /// **bookedNone.** A past verb that books an amount, right before `no`, states that none
    /// was booked in the sentence's period(s):
    ///
    ///     In fiscal 2024 and 2023, the Company accrued no significant penalties.
    ///     During 2024, we recorded no impairment charges on our long-lived assets.
    ///
    /// -> `Significant penalties accrued` 0 for fiscal 2024 (and 2023, `noneEachPeriod`); the
    /// verb ends the metric (what was booked, not what stands). The verb (`bookedNoneVerbs`),
    /// returned when it stands before `words[i]` with spaces only between; the sentence must
    /// state its period (no assumed one).
    static func bookedNone(_ t: [UInt8], _ words: [Word], _ i: Int) -> String? {
        guard i >= 2, bookedNoneVerbs.contains(words[i - 1].text),
              (words[i - 1].end..<words[i].start).allSatisfy({ t[$0] == 0x20 }) else { return nil }
        return words[i - 1].text
    }

    /// The past verbs of `bookedNone`.
    static let bookedNoneVerbs: Set<String> = ["accrued", "recorded", "recognized", "recognised", "incurred"]

    /// **notImpaired.** `<noun phrase> was|were not impaired` states the impairment of what it
    /// names as none, in each period the sentence states:
    ///
    ///     During fiscal 2024, 2023 and 2022, we completed our annual impairment tests and concluded that goodwill was not impaired in any of these years.
    ///     In the fourth quarter of 2024, our indefinite-lived trade names were not impaired.
    ///
    /// -> `Impairment of goodwill` 0 for fiscal 2024, and for 2023 and 2022 as comparatives
    /// (`noneEachPeriod`). The noun phrase is one to four words right before the verb, after
    /// `that`, a determiner, a comma or the sentence's start (`nounPhrase`; a possessive,
    /// `the Company's`, left out); the sentence must state its period, a duration (a policy,
    /// `Goodwill is not impaired unless`, has a present verb and is not read; `concluded that
    /// goodwill was not impaired ... at December 31, 2024` dates no impairment charge).
    /// The figure is the word `not`, where a filer tags the nil amount.
    static func notImpaired(_ t: [UInt8], sentence r: Range<Int>, base: StatedPeriod?) -> [NarrativeFact] {
        // (Every sentence comes here: one search for the lower-case verb first, by its rarer
        // `p`; the words around it are read below.)
        guard bytesContain(t, r.lowerBound, r.upperBound, "paired") else { return [] }
        let words = Words.split(t[r])
        var out: [NarrativeFact] = []
        for (k, w) in words.enumerated() where w.text == "not" && k >= 2 && k + 1 < words.count && words[k + 1].text == "impaired" {
            guard ["was", "were"].contains(words[k - 1].text) else { continue }
            // (The noun phrase: back to `that`, a determiner, a comma or the start, at most
            // four words, a hyphen's parts counted apart.)
            var a = k - 1
            while a > 0, k - 1 - a < 6, !notImpairedOpenings.contains(words[a - 1].text),
                  !(words[a - 1].end..<words[a].start).contains(where: { t[$0] != 0x20 && t[$0] != UInt8(ascii: "-") }) { a -= 1 }
            guard a < k - 1, a == 0 || notImpairedOpenings.contains(words[a - 1].text)
                    || (words[a - 1].end..<words[a].start).contains(where: { t[$0] == UInt8(ascii: ",") }),
                  var object = nounPhrase(t, from: words[a].start, to: words[k - 1].start),
                  let period = PeriodParser.find(t, cutComparison(t, r), base: base),
                  case .duration(let months) = period.kind, months > 0 else { continue }
            // (Whose it is, `the Company's goodwill`, names nothing more.)
            if let first = object.split(separator: " ").first, first.hasSuffix("'s") || first.hasSuffix("’s"),
               first.count < object.count {
                object = String(object.dropFirst(first.count + 1))
            }
            let m = "Impairment of " + object
            guard FactAdmission.nounPhrase(m) != nil else { continue }
            let zero = Figure(start: w.start, end: w.end, value: 0, decimals: 0, scale: 1, unit: nil)
            out.append(NarrativeFact(metric: m, figure: zero, period: period, role: "current", stated: false))
            let head = out.count - 1
            for p in noneEachPeriod(t, cutComparison(t, r), first: period, base: base) {
                out.append(NarrativeFact(metric: m, figure: zero, period: p, role: "comparative", of: head, stated: false))
            }
        }
        return out
    }

    /// The words a `notImpaired` noun phrase opens after.
    static let notImpairedOpenings: Set<String> = ["that", "and", "our", "its", "their", "the"]

    /// **impairmentTestNone.** An impairment test dated `as of` a day that found no impairment
    /// states the impairment of what it tested as none, a charge of that day:
    ///
    ///     We completed the annual impairment test of goodwill as of October 1, 2024, resulting in no impairments.
    ///     We performed our annual impairment review of trademarks and goodwill as of May 1, 2024, and concluded there was no impairment.
    ///
    /// -> `Impairment of goodwill` 0 for October 1, 2024 (a day's duration, as an event's flow
    /// is: `eventFlow`). `no impairment(s)` ends its clause, after `resulting in` or `there
    /// was|were`; the test is `impairment test|tests|review|assessment of <noun phrase>` before
    /// it in the sentence, and the sentence states one instant. Nothing else is read from a
    /// bare `no impairment` (`noneStated` asks for two words).
    static func impairmentTestNone(_ t: [UInt8], _ words: [Word], _ i: Int, sentence r: Range<Int>) -> NarrativeFact? {
        guard i >= 2, i + 1 < words.count, ["impairment", "impairments"].contains(words[i + 1].text),
              i + 2 == words.count || ["as", "of", "for", "in", "during", "at"].contains(words[i + 2].text)
                || (words[i + 1].end..<words[i + 2].start).contains(where: { t[$0] != 0x20 }),
              words[i - 1].text == "in" && words[i - 2].text == "resulting"
                || ["was", "were"].contains(words[i - 1].text) && words[i - 2].text == "there" else { return nil }
        guard let k = words[..<i].lastIndex(where: { ["test", "tests", "review", "assessment"].contains($0.text) }), k >= 1,
              words[k - 1].text == "impairment", k + 2 < i, words[k + 1].text == "of",
              let object = nounPhrase(t, from: words[k + 2].start, to: words[i].start),
              let p = PeriodParser.find(t, r, base: nil), p.kind == .instant else { return nil }
        let m = "Impairment of " + object
        guard FactAdmission.nounPhrase(m) != nil else { return nil }
        let day = StatedPeriod(kind: .duration(months: 0), year: p.year, month: p.month, day: p.day, text: p.text)
        let zero = Figure(start: words[i].start, end: words[i].end, value: 0, decimals: 0, scale: 1, unit: nil)
        return NarrativeFact(metric: m, figure: zero, period: day, role: "current", stated: false)
    }

    /// **noneEachPeriod.** A none stated for a list of periods is stated for each of them:
    ///
    ///     There were no impairment charges related to our intangible assets in fiscal 2024, fiscal 2023, or fiscal 2022.
    ///     There were no impairments of goodwill during the six months ended June 30, 2025 and 2024.
    ///
    /// The periods after the first (`first`, the fact's, a duration) of the longest list of two
    /// to four periods `periodList` reads in `range` (commas, `and`, `or`); none when the
    /// sentence states one period only. Each is a comparative of the first: none in any of
    /// them. (Two dates, `as of December 31, 2024 and 2023`, are `oneFigureTwoDates`'.)
    static func noneEachPeriod(_ t: [UInt8], _ range: Range<Int>, first: StatedPeriod, base: StatedPeriod?) -> [StatedPeriod] {
        guard case .duration = first.kind else { return [] }
        for n in [4, 3, 2] {
            if let ps = periodList(t, range, base: base, count: n, orSeparates: true), ps[0].sameDates(first) {
                return Array(ps.dropFirst())
            }
        }
        return []
    }

    /// Whether `t[range]` holds the word `no` (either case) on its own. A scan of every
    /// sentence's bytes, so it reads every second byte only (no bounds checks): one of the
    /// word's two letters falls on it, and the bytes around it are read when it is an `n` or
    /// an `o`.
    static func hasNoWord(_ t: [UInt8], _ range: Range<Int>) -> Bool {
        var seen = false
        return hasNoWord(t, range, notImpaired: &seen)
    }

    /// `hasNoWord`, noting on its way (before the first `no` only) whether `not impaired`
    /// stands in `t[range]` (`notImpaired`).
    static func hasNoWord(_ t: [UInt8], _ range: Range<Int>, notImpaired: inout Bool) -> Bool {
        let lo = max(0, range.lowerBound), hi = min(t.count, range.upperBound)
        guard hi - lo >= 2 else { return false }
        let n = UInt8(ascii: "n"), o = UInt8(ascii: "o")
        return t.withUnsafeBufferPointer { b in
            var i = lo
            while i < hi {
                let c = b[i] | 0x20
                if c == n || c == o {
                    let s = c == n ? i : i - 1
                    if s >= lo, s + 1 < hi, b[s] | 0x20 == n, b[s + 1] | 0x20 == o, s == lo || !Words.isAlnum(b[s - 1]) {
                        if s + 2 >= hi || !Words.isAlnum(b[s + 2]) { return true }
                        if !notImpaired, b[s + 2] == UInt8(ascii: "t"), impairedAt(b, s + 3, hi) { notImpaired = true }
                    }
                }
                i += 2
            }
            return false
        }
    }

    /// Whether ` impaired` stands at `b[i...]` before `hi` (`hasNoWord`'s note of `not impaired`).
    static func impairedAt(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ hi: Int) -> Bool {
        let word: StaticString = " impaired"
        let n = word.utf8CodeUnitCount
        guard i >= 0, i + n <= hi else { return false }
        return word.withUTF8Buffer { w in (0..<n).allSatisfy { b[i + $0] == w[$0] } }
    }

    /// Whether `words[i]` (`no`) stands in a frame of `noneStated`: after `there was|were`,
    /// `there has|have|had been` or `had` (spaces only between them), after `and` and an
    /// amount of such a frame (`noneAfterAmount`), or first in its clause
    /// with `was`, `were`, `has`, `have` or `had` within the next eight words.
    static func noneFrame(_ t: [UInt8], _ words: [Word], _ i: Int) -> Bool {
        /// Only spaces between `words[a]` and `words[a + 1]`.
        func adjacent(_ a: Int) -> Bool { (words[a].end..<words[a + 1].start).allSatisfy { t[$0] == 0x20 } }
        if i == 0 || (words[i - 1].end..<words[i].start).contains(where: { t[$0] == UInt8(ascii: ",") }) {
            // `No amounts were outstanding`, `As of June 30, 2025, no amounts have been
            // borrowed`: a finite verb of the clause within the next eight words.
            return words[(i + 1)...].prefix(8).contains { pastFrameVerbs.contains($0.text) }
        }
        guard adjacent(i - 1) else { return false }
        let prev = words[i - 1].text
        if prev == "had" { return true }
        if prev == "and" { return noneAfterAmount(words, i) }
        if prev == "was" || prev == "were" { return i >= 2 && words[i - 2].text == "there" && adjacent(i - 2) }
        if prev == "been", i >= 3, ["had", "has", "have"].contains(words[i - 2].text), words[i - 3].text == "there" {
            return adjacent(i - 2) && adjacent(i - 3)
        }
        return false
    }

    /// **noneAfterAmount.** `and no` coordinated after an amount the same `had` (or `there
    /// was|were`) states is a none of that frame: `At March 1, 2025, we had $85 million of
    /// borrowings outstanding under our commercial paper program and no borrowings outstanding
    /// under the revolving credit facility.` The frame's verb stands before the amount, with no
    /// other finite verb between it and `and`.
    static func noneAfterAmount(_ words: [Word], _ i: Int) -> Bool {
        guard i >= 3, let h = words[..<(i - 1)].lastIndex(where: { pastFrameVerbs.contains($0.text) || clauseVerbs.contains($0.text) })
        else { return false }
        let frame = words[h].text == "had" || ["was", "were"].contains(words[h].text) && h >= 1 && words[h - 1].text == "there"
        return frame && words[(h + 1)..<(i - 1)].contains(where: { $0.text.first?.isNumber == true })
    }

    /// The noun phrase after `words[i]` (`no`), capitalised (`noneStated`); nil when none.
    static func nilAmountPhrase(_ t: [UInt8], _ words: [Word], after i: Int) -> String? {
        var picked: [Word] = []
        var qualifier: Int?
        // The end of a verb read past (`were` in `No amounts were outstanding under`).
        var skipped: Int?
        var j = i + 1
        while j < words.count {
            let w = words[j]
            let prevEnd = skipped ?? picked.last?.end ?? words[i].end
            skipped = nil
            let joined = picked.last.map { compoundJoint(t, $0, w) } ?? false
            // (A possessive's apostrophe inside a facility's name: `the company's`.)
            let possessive = qualifier != nil && w.text == "s" && prevEnd + 1 == w.start && t[prevEnd] == UInt8(ascii: "'")
            if !joined && !possessive && !(prevEnd..<w.start).allSatisfy({ t[$0] == 0x20 }) { break }
            if possessive, let l = picked.popLast() {
                picked.append(Word(text: l.text + "'s", start: l.start, end: w.end))
                j += 1
                continue
            }
            // (`No amounts were outstanding under ...`: the verb stands between the noun and its facility.)
            if qualifier == nil, finiteVerbs.contains(w.text), j + 1 < words.count, words[j + 1].text == "outstanding",
               facilityQualifier(words, j + 1, after: picked) != nil {
                skipped = w.end
                j += 1
                continue
            }
            if qualifier == nil, let n = facilityQualifier(words, j, after: picked) {
                qualifier = picked.count + n
                picked += words[j..<min(words.count, j + n)]
                j += n
                continue
            }
            if let q = qualifier {
                // (The facility's name: `under the company's credit facilities`, up to six words.)
                if picked.count >= q + 6 || facilityStops.contains(w.text) || verbs.contains(w.text) && w.text != "of" { break }
            } else {
                // **allowanceFor.** `no allowance for credit losses`: the `for` says which
                // allowance, it opens no qualifier (`allowanceNouns`).
                if w.text == "for", let l = picked.last?.text, allowanceNouns.contains(l), j + 1 < words.count,
                   !noneStops.contains(words[j + 1].text), !verbs.contains(words[j + 1].text) {
                    picked.append(w)
                    j += 1
                    continue
                }
                // **costsToObtain.** `costs to obtain revenue contracts`, `costs to fulfill a
                // contract`: the infinitive says which costs, words of the phrase (two more allowed).
                if w.text == "to", let l = picked.last?.text, l == "costs" || l == "cost", j + 1 < words.count,
                   ["obtain", "fulfill", "fulfil"].contains(words[j + 1].text) {
                    picked += [w, words[j + 1]]
                    j += 2
                    continue
                }
                // (`outstanding` opens a phrase, `no outstanding borrowings`; after a noun it ends one.)
                let stop = picked.isEmpty ? w.text != "outstanding" && amountStops.contains(w.text) : amountStops.contains(w.text)
                let most = picked.contains(where: { $0.text == "obtain" || $0.text.hasPrefix("fulfil") }) ? 8 : 6
                if !joined && (picked.count >= most || stop || noneStops.contains(w.text) || verbs.contains(w.text) && w.text != "of"
                               || clauseVerbs.contains(w.text) || Int(w.text) != nil) {
                    // (A noun an infinitive goes on to qualify is cut short: `no impairments of
                    // costs to obtain revenue contracts`.)
                    if w.text == "to" && picked.count > 1 && !picked.contains(where: { $0.text == "under" }) { return nil }
                    break
                }
            }
            picked.append(w)
            j += 1
        }
        while let l = picked.last, ["of", "and", "or", "the", "under", "for"].contains(l.text) { picked.removeLast() }
        // (One word is too little to name a measure, `no impairment`, `no allowance`; so are
        // words that say only that something is owed, `no amounts outstanding`.)
        guard picked.count >= 2, !picked.allSatisfy({ genericNilWords.contains($0.text) }),
              let a = picked.first, a.text.first?.isLetter == true, a.text.count > 1 else { return nil }
        // (As printed, without the verb read past: runs of words with no letter between them.)
        var runs: [String] = []
        var runStart = a.start
        for (k, w) in picked.enumerated() where k + 1 == picked.count || (w.end..<picked[k + 1].start).contains(where: { Words.isAlnum(t[$0]) }) {
            runs.append(singleSpaced(t, runStart, w.end))
            if k + 1 < picked.count { runStart = picked[k + 1].start }
        }
        let m = runs.joined(separator: " ")
        guard let c = m.first else { return nil }
        return c.uppercased() + m.dropFirst()
    }

    /// Words that name no measure on their own in `nilAmountPhrase` (`amounts outstanding`,
    /// `outstanding borrowings`: outstanding under what is not said).
    static let genericNilWords: Set<String> = ["amounts", "amount", "outstanding", "borrowings", "borrowing", "obligations"]

    /// The verbs after which `No <noun phrase>` states a nil amount: past or perfect, never a
    /// present that states a policy (`no gains or losses are recognized ... unless`).
    static let pastFrameVerbs: Set<String> = ["was", "were", "has", "have", "had"]

    /// The number of words that open the facility an amount is outstanding under, after
    /// `borrowings`, `amounts` or `obligations` (`outstanding under`, `under`); nil when none.
    static func facilityQualifier(_ words: [Word], _ j: Int, after picked: [Word]) -> Int? {
        guard let last = picked.last?.text, ["borrowings", "amounts", "obligations", "paper"].contains(last) else { return nil }
        if words[j].text == "under" { return 1 }
        guard words[j].text == "outstanding" else { return nil }
        return j + 1 < words.count && words[j + 1].text == "under" ? 2 : 1
    }

    /// The nouns a `for` after them names (`allowanceFor`: `allowance for credit losses`,
    /// `provision for income taxes`, `reserve for returns`).
    static let allowanceNouns: Set<String> = ["allowance", "allowances", "provision", "provisions", "reserve", "reserves"]

    /// Words that end a facility's name in `nilAmountPhrase`: a list, a date, a clause.
    static let facilityStops: Set<String> = ["or", "and", "as", "at", "in", "on", "during", "since", "which", "that", "for",
                                              "with", "to", "until", "through"]

    /// Words that end the noun phrase of `nilAmountPhrase` (besides `amountStops`, verbs and
    /// numbers): articles, clause words and the prepositions that open a place or a period.
    static let noneStops: Set<String> = determiners.union(["this", "these", "that", "which", "who", "as", "at", "in", "on",
                                                           "into", "to", "for", "from", "by", "with", "during", "since",
                                                           "through", "until", "than", "any", "such", "either", "neither",
                                                           "no"])
}
