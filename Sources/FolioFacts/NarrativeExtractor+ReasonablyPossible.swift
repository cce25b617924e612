import FolioModel

/// What a company judges reasonably possible to change in a balance it holds.
extension NarrativeExtractor {
    /// **reasonablyPossibleChange.** The change a company judges reasonably possible in a
    /// balance within the next year, a disclosure every filer with unrecognized tax benefits
    /// makes:
    ///
    ///     It is reasonably possible that our gross unrecognized tax benefits may decrease by up
    ///     to $35 million within the next 12 months.
    ///         -> `Reasonably possible decrease in gross unrecognized tax benefits` 35
    ///     We believe it is reasonably possible that the liability for uncertain tax positions
    ///     could change by approximately $8 million over the next twelve months.
    ///         -> `Reasonably possible change in liability for uncertain tax positions` 8
    ///
    /// `reasonably possible that <noun phrase> may|could|might|will <verb> by [up to |
    /// approximately | about] <amount>`, the verb one of `change`, `decrease`, `increase` or
    /// `be reduced` (read before the figure screen, whose `forwardLooking` takes the modal for a
    /// plan). The noun phrase loses its article and a possessive (`the company's`), at most
    /// eight words. It is judged of the balance at a date: the instant the sentence states,
    /// else the one its period ends on.
    static func reasonablyPossibleChange(_ t: [UInt8], _ f: Figure, nextStart: Int, sentence r: Range<Int>,
                                         base: StatedPeriod?) -> NarrativeFact? {
        // (Bytes first: the phrase in the sentence, lower case as it is printed mid-sentence,
        // found by its rarer `p`; `reasonably` is read below.)
        guard f.hasCurrency, f.value >= 0, r.lowerBound + 3 <= f.start,
              bytesContain(t, r.lowerBound, f.start, "possible that") else { return nil }
        let before = Words.split(t[r.lowerBound..<f.start])
        var b = before.count - 1
        // (`by up to`, `by approximately`, `by about`.)
        if b >= 1, before[b].text == "to", before[b - 1].text == "up" { b -= 2 } else if b >= 0, approximators.contains(before[b].text) { b -= 1 }
        guard b >= 3, let possible = before.lastIndex(where: { $0.text == "possible" }), possible + 2 < b,
              possible >= 1, before[possible - 1].text == "reasonably", before[possible + 1].text == "that" else { return nil }
        let found: (change: String, noun: String)?
        if before[b].text == "by" {
            found = changedBy(t, before, by: b, after: possible + 1)
        } else if before[b].text == "of", b == possible + 4, ["a", "an"].contains(before[possible + 2].text),
                  let c = possibleChangeNouns[before[b - 1].text] {
            // `that a decrease of up to $15 million in unrecognized tax benefits may occur`.
            found = changeIn(t, after: f.end, upTo: min(nextStart, r.upperBound)).map { (c, $0) }
        } else {
            found = nil
        }
        guard let (change, noun) = found else { return nil }
        let metric = "Reasonably possible " + change + " in " + noun
        guard FactAdmission.nounPhrase(metric) != nil else { return nil }
        let stated = PeriodParser.find(t, r.lowerBound..<f.start, base: nil)
        let period = stated.flatMap { $0.kind == .instant ? $0 : nil } ?? base?.endInstant
        return NarrativeFact(metric: metric, figure: f, period: period, role: "current", stated: false)
    }

    /// The change nouns of the verbs and nouns `reasonablyPossibleChange` reads.
    static let possibleChangeNouns: [String: String] = ["change": "change", "decrease": "decrease", "increase": "increase",
                                                        "reduced": "reduction", "reduction": "reduction"]

    /// `<noun phrase> may|could|might|will <verb> [within the next 12 months] by`, `before[by]`
    /// the `by`, `that` at `before[that]`: the change noun and the noun phrase (its article
    /// and a possessive left out, at most eight words, no comma); nil otherwise.
    static func changedBy(_ t: [UInt8], _ before: [Word], by b: Int, after that: Int) -> (String, String)? {
        // The verb, right before `by` or before a phrase of time (`within the next 12 months`).
        guard let v = before[(that + 1)..<b].lastIndex(where: { possibleChangeNouns[$0.text] != nil }), b - v <= 7,
              v + 1 == b || ["within", "over", "during", "in"].contains(before[v + 1].text),
              let change = possibleChangeNouns[before[v].text] else { return nil }
        let modal = before[v].text == "reduced" ? v - 2 : v - 1
        guard modal > that + 1, ["may", "could", "might", "will"].contains(before[modal].text),
              before[v].text != "reduced" || before[v - 1].text == "be" else { return nil }
        var s = that + 1
        while s < modal, ["the", "our", "its", "their"].contains(before[s].text) { s += 1 }
        // (A possessive: `the company's gross unrecognized tax benefits balance`.)
        if s + 1 < modal, before[s + 1].text == "s", before[s].end < before[s + 1].start,
           t[before[s].end] == UInt8(ascii: "'") || t[before[s].end] >= 0x80 {
            s += 2
        } else if s + 1 < modal, before[s].text.hasSuffix("'s") || before[s].text.hasSuffix("’s") {
            s += 1
        }
        guard s < modal, modal - s <= 8,
              !(before[s].start..<before[modal - 1].end).contains(where: { t[$0] == UInt8(ascii: ",") }) else { return nil }
        return (change, singleSpaced(t, before[s].start, before[modal - 1].end))
    }

    /// ` in <noun phrase> may|could|might|will` right after an amount: the noun phrase (at most
    /// eight words, no comma); nil otherwise.
    static func changeIn(_ t: [UInt8], after e: Int, upTo hi: Int) -> String? {
        guard e < hi else { return nil }
        let after = Words.split(t[e..<hi]).prefix(11)
        guard let first = after.first, first.text == "in",
              let m = after.firstIndex(where: { ["may", "could", "might", "will"].contains($0.text) }), m >= 2, m <= 9,
              !(after[1].start..<after[m - 1].end).contains(where: { t[$0] == UInt8(ascii: ",") }) else { return nil }
        var s = 1
        while s < m - 1, ["the", "our", "its", "their"].contains(after[s].text) { s += 1 }
        return singleSpaced(t, after[s].start, after[m - 1].end)
    }
}
