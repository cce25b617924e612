import FolioModel

/// What a change in an accounting estimate is estimated to do to a later year's income.
extension NarrativeExtractor {
    /// **estimatedIncomeEffect.** A change in an accounting estimate (a useful life, the
    /// depreciation it sets) is disclosed with its estimated effect on the next year's
    /// income, a figure of the filing though a modal or a verb of estimate states it:
    ///
    ///     Based on equipment included in property and equipment as of December 31, 2024, we
    ///     estimate an increase in 2025 operating income of approximately $45 million.
    ///         -> `Estimated change in operating income` 45, the year 2025
    ///     The accelerated depreciation will continue into 2025 and decrease operating income
    ///     by approximately $12 million in 2025.
    ///         -> `Estimated change in operating income` -12, the year 2025
    ///     It is estimated this change will increase our fiscal year 2025 net income by $8 million.
    ///
    /// Two shapes: a verb of estimate (`estimate`, `anticipate`, `expect`), `a`/`an`, a noun of
    /// change (`increase`, `decrease`, `reduction`), `in`, the year and the measure, `of` and
    /// the amount; or a verb of change in its base form (`increase`, `decrease`, `reduce`)
    /// after `will`, `to` or `and`, the measure (the year may open it), `by` and the amount,
    /// `in <year>` after it where the measure names none. The measure is `operating income`,
    /// `net income` or `depreciation expense`; the year (`2025`, `fiscal 2025`, `fiscal year
    /// 2025`) is later than the one the text is under (an earlier year's effect is a result,
    /// read as such); and the sentence names what changed (`estimateChangeCues`: depreciation,
    /// a useful life, amortization, `this change`, the equipment whose life changed). Negative
    /// after a word of decrease; role `change`, of the year as a duration. Read before the
    /// figure screen, whose `forwardLooking` takes the modal for a plan: guidance (`we expect
    /// 2025 operating income of $2 billion`, no noun of change), a target, or an effect with no
    /// change of estimate named stay no fact.
    static func estimatedIncomeEffect(_ t: [UInt8], _ f: Figure, nextStart: Int, sentence r: Range<Int>,
                                      base: StatedPeriod?) -> NarrativeFact? {
        guard f.hasCurrency, f.value > 0, let baseYear = base?.year, f.start > r.lowerBound + 8 else { return nil }
        // (Bytes first: the measure's last word and its link near the amount.)
        let near = max(r.lowerBound, f.start - 48)
        // (Lower case, as the measures are printed mid-sentence; `of`/`by` are read below.)
        guard bytesContain(t, near, f.start, "income ") || bytesContain(t, near, f.start, "xpense ") else { return nil }
        let ws = Words.tail(t, r.lowerBound, f.start) { $0.count >= 14 }
        var v = ws.count - 1
        while v >= 0, approximators.contains(ws[v].text) { v -= 1 }
        guard v >= 4, ["of", "by"].contains(ws[v].text), let m = effectMeasures.first(where: { ms in
            v >= ms.count && (0..<ms.count).allSatisfy { ws[v - ms.count + $0].text == ms[$0] }
        }) else { return nil }
        var i = v - m.count - 1
        // The year before the measure: `2025`, `fiscal 2025`, `fiscal year 2025`.
        var year: (Int, String)?
        if i >= 0, ws[i].text.utf8.count == 4, let y = Int(ws[i].text), y > 1900, y < 2200 {
            var s = i
            if s >= 1, ws[s - 1].text == "year" { s -= 1 }
            if s >= 1, ws[s - 1].text == "fiscal" { s -= 1 } else if s < i { s += 1 }
            year = (y, singleSpaced(t, r.lowerBound + ws[s].start, r.lowerBound + ws[i].end))
            i = s - 1
        }
        if i >= 0, ["our", "the"].contains(ws[i].text) { i -= 1 }
        guard i >= 2 else { return nil }
        let word: String
        if ws[v].text == "of", ws[i].text == "in", changeNounWords.contains(ws[i - 1].text), ["a", "an"].contains(ws[i - 2].text),
           i >= 3, estimateVerbs.contains(ws[i - 3].text) {
            word = ws[i - 1].text
        } else if ws[v].text == "by", effectVerbs.contains(ws[i].text), ["will", "to", "and"].contains(ws[i - 1].text) {
            word = ws[i].text
            if year == nil { year = yearAfter(t, f.end, min(nextStart, r.upperBound)) }
        } else {
            return nil
        }
        guard let (y, phrase) = year, y > baseYear, estimateChangeCues.contains(where: { bytesContain(t, r.lowerBound, r.upperBound, $0, folding: true) })
        else { return nil }
        var g = f
        if ["decrease", "reduction", "reduce"].contains(word) { g.value = -g.value }
        let name = m.joined(separator: " ")
        return NarrativeFact(metric: "Estimated change in " + name, figure: g, period: StatedPeriod.year(y, text: phrase),
                             role: "change", stated: false)
    }

    /// `in <year>`, `in fiscal <year>`, `in fiscal year <year>` right after an amount
    /// (`estimatedIncomeEffect`): the year and its phrase.
    static func yearAfter(_ t: [UInt8], _ from: Int, _ to: Int) -> (Int, String)? {
        let ws = Words.split(t[from..<min(to, from + 40, t.count)])
        guard ws.count >= 2, ws[0].text == "in", (from..<ws[0].start).allSatisfy({ t[$0] == 0x20 }) else { return nil }
        var k = 1
        if ws[k].text == "fiscal", k + 1 < ws.count { k += 1 }
        if ws[k].text == "year", k > 1, k + 1 < ws.count { k += 1 }
        guard ws[k].text.utf8.count == 4, let y = Int(ws[k].text), y > 1900, y < 2200 else { return nil }
        return (y, singleSpaced(t, ws[1].start, ws[k].end))
    }

    /// The measures `estimatedIncomeEffect` reads an effect on, as words.
    static let effectMeasures: [[String]] = [["operating", "income"], ["net", "income"], ["depreciation", "expense"]]
    /// The verbs of estimate before `a`/`an` and a noun of change (`estimatedIncomeEffect`).
    static let estimateVerbs: Set<String> = ["estimate", "estimates", "anticipate", "anticipates", "expect", "expects"]
    /// The verbs of change, in their base form, before a measure and `by` (`estimatedIncomeEffect`).
    static let effectVerbs: Set<String> = ["increase", "decrease", "reduce"]
    /// What changed, named in the sentence of an estimated effect (`estimatedIncomeEffect`).
    static let estimateChangeCues: [StaticString] = ["depreciation", "useful li", "amortization", "this change", "equipment"]
}

/// Earnings a company holds and intends to keep reinvested abroad.
extension FactAdmission {
    /// **reinvestmentIntent.** The undistributed earnings of subsidiaries a company intends to
    /// reinvest indefinitely are earnings it has at the date, a figure of the filing (no
    /// deferred tax is provided on them), though `intend` marks a plan:
    ///
    ///     As of December 31, 2024, we intend to indefinitely reinvest approximately $2.1 billion
    ///     and $310 million of undistributed earnings held by subsidiaries in Ireland and Japan,
    ///     respectively.
    ///         -> `Undistributed earnings held by subsidiaries in Ireland` 2.1 billion, ... (`respectiveNames`)
    ///
    /// `intend`/`intends` at `words[k]`, then `to`, an adverb or none (`indefinitely`,
    /// `permanently`), `reinvest`, and `earnings` among the next twenty words: the intent
    /// starts no plan (`forwardLooking`); a later modal or word of a plan still does. Any other
    /// intent (`we intend to reinvest $50 million in new plants`) stays a plan.
    static func isReinvestmentIntent(_ t: [UInt8], _ words: [Range<Int>], _ k: Int) -> Bool {
        guard k + 3 < words.count, Words.equal(t, words[k + 1], toWord) else { return false }
        var v = k + 2
        if reinvestAdverbs.contains(t, words[v]) { v += 1 }
        guard v < words.count, Words.equal(t, words[v], reinvestWord) else { return false }
        return words[(v + 1)..<min(words.count, v + 21)].contains { Words.equal(t, $0, earningsWord) }
    }

    static let reinvestWord = Array("reinvest".utf8), earningsWord = Array("earnings".utf8)
    static let reinvestAdverbs = ByteWords(["indefinitely", "permanently"])
}

/// An amount held now whose sentence says what is expected to happen to it.
extension NarrativeExtractor {
    /// **expectedFate.** A part of a balance stated as had at a date, with what is
    /// expected to happen to it, is a figure of the filing (the expectation is about the
    /// amount, not the amount about the future):
    ///
    ///     At June 30, 2025, $9,420 of deferred production costs are expected to be recovered
    ///     from units that have firm orders, and $85 is expected to be recovered from units that
    ///     represent expected future orders.
    ///         -> `Deferred production costs expected to be recovered from units that have firm
    ///            orders` 9,420, `Deferred production costs expected to be recovered from units
    ///            that represent expected future orders` 85, at June 30, 2025
    ///     We expect approximately $310 million of goodwill to be deductible for tax purposes.
    ///         -> `Goodwill expected to be deductible for tax purposes` 310
    ///
    /// Three shapes: `$X of <noun phrase> is|are expected to be <fate>`, the amount opening the
    /// sentence or its clause after an opening phrase and its comma (`At June 30, 2025, ...`);
    /// `, and $Y is|are expected to be <fate>` after such an amount, which shares its noun;
    /// `expect(s) [approximately] $X of <noun phrase> to be <fate>`. The noun phrase is one to
    /// sixteen words with no verb of statement, relative pronoun or semicolon; the fate is a
    /// participle of what becomes of a balance (`fateParticiples`: recovered, recognized,
    /// amortized, paid, settled, collected, realized, deductible, ...), not of what a plan
    /// spends (`incurred`, `invested`, `used`: no fact); the words after it up to a comma or
    /// the sentence's end, at most fourteen, say where or when (`from units that have firm
    /// orders`, `for tax purposes`). The metric is the noun phrase, `expected to be`, the fate
    /// and those words. The period is the instant the sentence states before the amount, else
    /// the one the period the text is under ends on. Read before the figure screen (`expect`
    /// marks a plan for `forwardLooking`); before it a list of parts of one noun, or an amount
    /// with a number in its noun (`$11 of 737 deferred production costs`), was no fact, and the
    /// first part was named as the whole balance (`Deferred production costs`).
    static func expectedFate(_ t: [UInt8], _ figures: [Figure], _ k: Int, sentence r: Range<Int>, base: StatedPeriod?) -> NarrativeFact? {
        guard k < figures.count, let (noun, fate, _) = expectedFateParts(t, figures, k, sentence: r)
                ?? sharedExpectedFate(t, figures, k, sentence: r) else { return nil }
        let f = figures[k]
        let stated = PeriodParser.find(t, r.lowerBound..<f.start, base: nil)
        let period = stated.flatMap { $0.kind == .instant ? $0 : nil } ?? base?.endInstant
        return NarrativeFact(metric: noun + " expected to be " + fate, figure: f, period: period, role: "current", stated: false)
    }

    /// `expectedFate`'s first and third shapes for figure `k`: the noun phrase (capitalized),
    /// the fate with the words after it, and the offset where those words end.
    static func expectedFateParts(_ t: [UInt8], _ figures: [Figure], _ k: Int, sentence r: Range<Int>) -> (String, String, Int)? {
        let f = figures[k]
        let hi = min(r.upperBound, t.count)
        // (Bytes first: ` of ` right after the amount and ` to be ` within the sentence.)
        guard f.hasCurrency, f.value >= 0, f.end + 4 <= hi, t[f.end] == 0x20, t[f.end + 1] == UInt8(ascii: "o"), t[f.end + 2] == UInt8(ascii: "f"),
              t[f.end + 3] == 0x20, bytesContain(t, f.end, min(hi, f.end + 240), " to be ") else { return nil }
        let words = Words.split(t[f.end..<min(hi, f.end + 400)])
        guard let to = words.indices.first(where: { $0 + 2 < words.count && words[$0].text == "to" && words[$0 + 1].text == "be" }),
              to >= 2, to <= 18, fateParticiples.contains(words[to + 2].text) else { return nil }
        // `$X of <noun> is|are expected to be`, the amount opening its clause; or `expect $X of <noun> to be`.
        let verb: Int
        if to >= 4, words[to - 1].text == "expected", ["is", "are"].contains(words[to - 2].text), opensClause(t, f, sentence: r) {
            verb = to - 2
        } else if expectBefore(t, f, sentence: r) {
            verb = to
        } else {
            return nil
        }
        let nounWords = words[1..<verb]
        guard !nounWords.isEmpty, !nounWords.contains(where: { fateNounStops.contains($0.text) }),
              !(words[0].end..<words[verb].start).contains(where: { t[$0] == UInt8(ascii: ";") || t[$0] == UInt8(ascii: "(") }),
              let first = nounWords.first, let last = nounWords.last, nounWords.contains(where: { $0.text.first?.isLetter == true }) else { return nil }
        let noun = singleSpaced(t, first.start, last.end)
        // The fate and the words after it, up to a comma, a semicolon or the sentence's end.
        let p = to + 2
        var e = p
        while e + 1 < words.count, e - p < 14, !(words[e].end..<words[e + 1].start).contains(where: { t[$0] != 0x20 && t[$0] != UInt8(ascii: "-") && t[$0] != UInt8(ascii: ".") }) {
            e += 1
        }
        guard e - p < 14 || e + 1 >= words.count else { return nil }
        let fate = singleSpaced(t, words[p].start, words[e].end)
        guard let c = noun.first else { return nil }
        return (c.uppercased() + noun.dropFirst(), fate, words[e].end)
    }

    /// `expectedFate`'s second shape: figure `k` after `, and` right where an earlier amount's
    /// fate ends, then `is|are expected to be <fate>`: the earlier amount's noun and its own fate.
    static func sharedExpectedFate(_ t: [UInt8], _ figures: [Figure], _ k: Int, sentence r: Range<Int>) -> (String, String, Int)? {
        let f = figures[k]
        guard k > 0, f.hasCurrency, f.value >= 0 else { return nil }
        let hi = min(r.upperBound, t.count)
        // (Bytes first: `expected to be ` right after the amount's verb, found by its `x`.)
        guard bytesContain(t, f.end, min(hi, f.end + 24), "xpected to be ") else { return nil }
        let after = Words.split(t[f.end..<min(hi, f.end + 240)])
        guard after.count >= 5, ["is", "are"].contains(after[0].text), after[1].text == "expected", after[2].text == "to", after[3].text == "be",
              fateParticiples.contains(after[4].text) else { return nil }
        for j in stride(from: k - 1, through: 0, by: -1) where figures[j].hasCurrency && figures[j].start >= r.lowerBound {
            guard let (noun, _, end) = expectedFateParts(t, figures, j, sentence: r) else { continue }
            // Only `, and` between the first amount's fate and this amount.
            let gap = t[end..<f.start].filter { $0 != 0x20 }
            guard gap == Array(",and".utf8) else { return nil }
            var e = 4
            while e + 1 < after.count, e - 4 < 14, !(after[e].end..<after[e + 1].start).contains(where: { t[$0] != 0x20 && t[$0] != UInt8(ascii: "-") && t[$0] != UInt8(ascii: ".") }) {
                e += 1
            }
            return (noun, singleSpaced(t, after[4].start, after[e].end), after[e].end)
        }
        return nil
    }

    /// Whether amount `f` opens its sentence, or its clause after an opening phrase (`At June
    /// 30, 2025,`: a word of `introWords` first, then a comma right before the amount, no
    /// figure between).
    static func opensClause(_ t: [UInt8], _ f: Figure, sentence r: Range<Int>) -> Bool {
        var b = f.start
        while b > r.lowerBound, t[b - 1] == 0x20 { b -= 1 }
        if b == r.lowerBound { return true }
        guard t[b - 1] == UInt8(ascii: ","), let w = Words.split(t[r.lowerBound..<b]).first else { return false }
        return introWords.contains(w.text) && !(r.lowerBound..<b).contains { t[$0] == UInt8(ascii: "$") || t[$0] == UInt8(ascii: ";") }
    }

    /// Whether `expect` or `expects` (a word saying it is approximate allowed) stands right
    /// before amount `f`.
    static func expectBefore(_ t: [UInt8], _ f: Figure, sentence r: Range<Int>) -> Bool {
        let ws = Words.tail(t, r.lowerBound, f.start) { $0.count >= 2 && !approximators.contains($0[0].text) }
        guard let w = ws.last(where: { !approximators.contains($0.text) }) else { return false }
        return ["expect", "expects"].contains(w.text)
    }

    /// What becomes of a balance (`expectedFate`); not what a plan spends.
    static let fateParticiples: Set<String> = ["recovered", "recognized", "recognised", "reclassified", "amortized", "paid", "settled",
                                               "collected", "realized", "received", "repaid", "liquidated", "utilized", "deductible",
                                               "refunded", "released", "reversed", "expensed"]
    /// Words no noun phrase of `expectedFate` holds: verbs of statement, relative pronouns.
    static let fateNounStops: Set<String> = ["is", "are", "was", "were", "be", "been", "has", "have", "had", "which", "that", "who",
                                             "will", "would", "may", "expected", "expect", "we"]
}

/// What a company's agreements entitle it to receive, stated as expected.
extension NarrativeExtractor {
    /// **expectedReceipt.** What the company expects to receive under agreements it has, with
    /// when, is an amount the agreements fix at the date, a figure of the filing:
    ///
    ///     Under these agreements, Northwind expects to receive sublease income of approximately
    ///     $120 million in the next five years and $14 million thereafter.
    ///         -> `Sublease income expected to be received in the next five years` 120,
    ///            `Sublease income expected to be received thereafter` 14
    ///
    /// `expect(s) to receive`, a noun phrase of one to six words, `of` (a word saying it is
    /// approximate allowed) and the amount; the words after it up to `and`, a comma or the
    /// sentence's end (at most eight) say when, and a second amount right after that `and`
    /// takes the noun with its own words of when. The period is the instant the sentence states
    /// before the amount, else the end of the period the text is under (what the agreements
    /// held then). Read before the figure screen (`expects` marks a plan): any other expectation
    /// (`expects revenue of`, `expects to pay`, `expects to receive approximately $50 million`
    /// with no noun) stays no fact.
    static func expectedReceipt(_ t: [UInt8], _ figures: [Figure], _ k: Int, sentence r: Range<Int>, base: StatedPeriod?) -> NarrativeFact? {
        guard k < figures.count, let (noun, when, _) = receiptParts(t, figures[k], sentence: r) ?? sharedReceipt(t, figures, k, sentence: r)
        else { return nil }
        let f = figures[k]
        let stated = PeriodParser.find(t, r.lowerBound..<f.start, base: nil)
        let period = stated.flatMap { $0.kind == .instant ? $0 : nil } ?? base?.endInstant
        return NarrativeFact(metric: noun + " expected to be received" + (when.isEmpty ? "" : " " + when), figure: f, period: period,
                             role: "current", stated: false)
    }

    /// `expect(s) to receive <noun> of $X <when>`: the noun (capitalized), the words of when and
    /// the offset where they end.
    static func receiptParts(_ t: [UInt8], _ f: Figure, sentence r: Range<Int>) -> (String, String, Int)? {
        // (Bytes first: `to receive` within the words before the amount.)
        guard f.hasCurrency, f.value >= 0, f.start >= r.lowerBound + 3, t[f.start - 1] == 0x20,
              bytesContain(t, max(r.lowerBound, f.start - 120), f.start, "to receive ") else { return nil }
        let ws = Words.tail(t, r.lowerBound, f.start) { $0.count >= 12 }
        var v = ws.count - 1
        while v >= 0, approximators.contains(ws[v].text) { v -= 1 }
        guard v >= 4, ws[v].text == "of", let rc = ws[..<v].lastIndex(where: { $0.text == "receive" }), v - rc >= 2, v - rc <= 7, rc >= 2,
              ws[rc - 1].text == "to", ["expect", "expects"].contains(ws[rc - 2].text),
              !ws[(rc + 1)..<v].contains(where: { fateNounStops.contains($0.text) || $0.text == "of" }) else { return nil }
        let lo = r.lowerBound
        guard !((lo + ws[rc].end)..<(lo + ws[v].start)).contains(where: { t[$0] == UInt8(ascii: ",") || t[$0] == UInt8(ascii: ";") }) else { return nil }
        let noun = singleSpaced(t, lo + ws[rc + 1].start, lo + ws[v - 1].end)
        guard let c = noun.first, c.isLetter else { return nil }
        let (when, end) = whenAfter(t, f.end, sentence: r)
        return (c.uppercased() + noun.dropFirst(), when, end)
    }

    /// A second amount right after the first's words of when and `and` (`and $14 million
    /// thereafter`): the first's noun, its own words of when.
    static func sharedReceipt(_ t: [UInt8], _ figures: [Figure], _ k: Int, sentence r: Range<Int>) -> (String, String, Int)? {
        guard k > 0, figures[k].hasCurrency, figures[k - 1].start >= r.lowerBound,
              let (noun, _, end) = receiptParts(t, figures[k - 1], sentence: r) else { return nil }
        let gap = t[end..<figures[k].start].filter { $0 != 0x20 }
        guard gap == Array("and".utf8) else { return nil }
        let (when, e) = whenAfter(t, figures[k].end, sentence: r)
        return (noun, when, e)
    }

    /// The words after an amount up to `and`, a comma, a semicolon or the sentence's end, at
    /// most eight (none when more), and the offset where they end (`expectedReceipt`).
    static func whenAfter(_ t: [UInt8], _ from: Int, sentence r: Range<Int>) -> (String, Int) {
        let hi = min(r.upperBound, t.count, from + 120)
        let ws = Words.split(t[from..<max(from, hi)])
        var e = -1
        while e + 1 < ws.count, e < 8, ws[e + 1].text != "and",
              !((e >= 0 ? ws[e].end : from)..<ws[e + 1].start).contains(where: { t[$0] == UInt8(ascii: ",") || t[$0] == UInt8(ascii: ";") || t[$0] == UInt8(ascii: "(") }) {
            e += 1
        }
        guard e >= 0, e < 8 else { return ("", from) }
        return (singleSpaced(t, ws[0].start, ws[e].end), ws[e].end)
    }
}
