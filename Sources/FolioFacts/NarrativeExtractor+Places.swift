import FolioModel

/// Parts of an amount, each named by the place it was booked in.
extension NarrativeExtractor {
    /// **partsInPlaces.** An amount followed by `including` and a list of amounts, each
    /// followed by `in` and the line or place it was booked in, states the head's measure once
    /// per place:
    ///
    ///     For the three months ended March 31, 2025, the Company incurred restructuring
    ///     charges of $55 including $23 in Cost of sales, $26 in SG&A and $6 in Other expense.
    ///         -> `Restructuring charges in Cost of sales` 23, `Restructuring charges in SG&A`
    ///            26, `Restructuring charges in Other expense` 6, all of the head's period
    ///
    /// Figure `k - 1` (`head`, read just before) is the whole; `including` alone (commas and
    /// spaces around it) stands between it and figure `k`. Each part is an amount in the
    /// head's unit, followed by `in` and its place: one to eight words up to a comma,
    /// semicolon or full stop, a word that opens a clause (`partPlaceStops`), a year, or the
    /// `and`/`or` right before the next part; a leading article or `our` dropped; no period
    /// (`in 2024`, `in the fourth quarter`: `timeNouns`; a date, not a place). The parts are separated
    /// by commas and one `and` or `or` only. Every amount from `k` on that the list joins must
    /// name its place, else nil (a part without its place is no measure of its own). The
    /// facts are the head's period, read from a noun beside them (`stated: false`: no
    /// disagreement). Returns the metrics and the last part's index.
    static func partsInPlaces(_ t: [UInt8], _ figures: [Figure], _ k: Int, head: NarrativeFact?, sentence r: Range<Int>,
                              base: StatedPeriod?)
        -> (metrics: [String], last: Int)? {
        guard k > 0, k < figures.count, let head, head.figure.end == figures[k - 1].end, head.role == "current",
              head.figure.hasCurrency, head.period != nil else { return nil }
        // (A byte count first: most figures follow another with more between them.)
        guard figures[k].start - figures[k - 1].end <= 16 else { return nil }
        let gap = Words.split(t[figures[k - 1].end..<figures[k].start])
        guard gap.count == 1, gap[0].text == "including",
              (figures[k - 1].end..<figures[k].start).allSatisfy({ t[$0] == 0x20 || t[$0] == UInt8(ascii: ",") || gap[0].start <= $0 && $0 < gap[0].end })
        else { return nil }
        var metrics: [String] = []
        var i = k
        while i < figures.count {
            let f = figures[i]
            guard f.hasCurrency, f.unit == head.figure.unit, f.value >= 0 else { return nil }
            let next = min(i + 1 < figures.count ? figures[i + 1].start : r.upperBound, t.count)
            guard let (place, end) = partPlace(t, after: f.end, next: next, base: base) else { return nil }
            metrics.append(head.metric + " in " + place)
            // The next part follows after commas and one `and`/`or`, nothing else.
            guard i + 1 < figures.count, joinsNextPart(t, end, next) else { break }
            i += 1
        }
        return metrics.isEmpty ? nil : (metrics, i)
    }

    /// The place named after an amount ending at `from` (`partsInPlaces`): ` in <place>`
    /// before `next`, and where its words end; nil when none.
    static func partPlace(_ t: [UInt8], after from: Int, next: Int, base: StatedPeriod?) -> (String, Int)? {
        guard from < next else { return nil }
        let ws = Words.split(t[from..<min(next, from + 160)])
        guard ws.count >= 2, ws[0].text == "in", (from..<ws[0].start).allSatisfy({ t[$0] == 0x20 }) else { return nil }
        var q: [Word] = []
        for j in 1..<ws.count {
            let w = ws[j], prevEnd = j == 1 ? ws[0].end : ws[j - 1].end
            if (prevEnd..<w.start).contains(where: { t[$0] == UInt8(ascii: ",") || t[$0] == UInt8(ascii: ";") || t[$0] == UInt8(ascii: ".") }) { break }
            if partPlaceStops.contains(w.text) || Years.fourDigit(w.text) != nil { break }
            // (`SG&A and $6`: the `and` before the next part ends the place.)
            if w.text == "and" || w.text == "or", (w.end..<next).allSatisfy({ t[$0] == 0x20 }) { break }
            q.append(w)
            if q.count > 8 { return nil }
        }
        if let w = q.first, determiners.contains(w.text) { q.removeFirst() }
        guard let first = q.first, let last = q.last, q.contains(where: { $0.text.contains(where: \.isLetter) }),
              !q.contains(where: { timeNouns.contains($0.text) }),
              PeriodParser.find(t, ws[0].start..<last.end, base: base) == nil else { return nil }
        let end = closedEnd(t, q, from: first.start, end: last.end)
        let place = singleSpaced(t, first.start, end)
        guard place.filter({ $0 == "(" }).count == place.filter({ $0 == ")" }).count else { return nil }
        return (place, end)
    }

    /// Whether only spaces, commas and one `and` or `or` stand in `t[a..<b]` (`partsInPlaces`).
    static func joinsNextPart(_ t: [UInt8], _ a: Int, _ b: Int) -> Bool {
        guard a <= b else { return false }
        let ws = Words.split(t[a..<b])
        guard ws.count <= 1, ws.allSatisfy({ $0.text == "and" || $0.text == "or" }) else { return false }
        return (a..<b).allSatisfy { i in t[i] == 0x20 || t[i] == UInt8(ascii: ",") || ws.contains { $0.start <= i && i < $0.end } }
    }

    /// Nouns of a span of time: a place that names one is a period (`in the fourth quarter`).
    static let timeNouns: Set<String> = ["quarter", "quarters", "year", "years", "month", "months", "period", "periods", "half",
                                         "fiscal", "week", "weeks"]
    /// The words that end a place (`partsInPlaces`): a clause, a comparison, a cause.
    static let partPlaceStops: Set<String> = ["which", "that", "who", "was", "were", "is", "are", "respectively", "compared",
                                              "primarily", "mainly", "due", "while", "as", "related", "versus"]
}

extension NarrativeExtractor {
    /// **amountsInPlaces.** A figure read with its noun and followed by `in` and a place, then
    /// `and` and a second amount with a place of its own, states the noun's measure once per
    /// place:
    ///
    ///     Also includes intangible asset amortization expense of $120 million in our Retail
    ///     segment and $85 million in Other.
    ///         -> `Intangible asset amortization expense in Retail segment` 120,
    ///            `Intangible asset amortization expense in Other` 85, of the head's period
    ///
    /// Figure `k` follows the head (read just before, its metric no place yet) after ` in
    /// <place>` (`partPlace`) and one `and` (`joinsNextPart`), and is followed by ` in <place>`
    /// of its own, the same unit; not where the head's metric already names the first place
    /// (`Share repurchases returned`: the place was its noun). Returns the head's metric with
    /// its place and the part's metric; nil for any other shape (a part without its place is
    /// no measure of its own).
    static func amountsInPlaces(_ t: [UInt8], _ f: Figure, nextStart: Int, head: NarrativeFact?, base: StatedPeriod?)
        -> (head: String, part: String)? {
        guard let head, head.figure.unit == f.unit, f.hasCurrency, head.figure.end < f.start, !head.metric.contains(" in "),
              head.figure.end + 4 < t.count, t[head.figure.end] == 0x20, t[head.figure.end + 1] == UInt8(ascii: "i"),
              t[head.figure.end + 2] == UInt8(ascii: "n"),
              let (first, end) = partPlace(t, after: head.figure.end, next: f.start, base: base), joinsNextPart(t, end, f.start),
              let (second, _) = partPlace(t, after: f.end, next: nextStart, base: base),
              // (A head named by what follows `in` already, `returned $10 billion in share
              // repurchases and $398 million in quarterly cash dividends`: each amount's own noun.)
              !head.metric.lowercased().contains(first.lowercased()) else { return nil }
        return (head.metric + " in " + first, head.metric + " in " + second)
    }
}
