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
        // (Bytes first: the measure's last word near the amount.)
        let near = max(r.lowerBound, f.start - 64)
        guard bytesContain(t, near, f.start, "income", folding: true) || bytesContain(t, near, f.start, "expense", folding: true)
        else { return nil }
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
