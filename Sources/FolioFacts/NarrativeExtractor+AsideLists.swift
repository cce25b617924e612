import FolioModel

/// A list of amounts each restated per share in an aside of its own.
extension NarrativeExtractor {
    /// **perShareAsides.** A list of amounts for a list of periods, each followed by `, or` and
    /// the same amount per share:
    ///
    ///     For 2024, 2023 and 2022, the credit resulted in a reduction of income tax expense
    ///     of $310 million, or $0.42 per diluted share, $285 million, or $0.39 per diluted
    ///     share, and $240 million, or $0.33 per diluted share, respectively.
    ///
    /// The asides break the plain list (`listEnd`: the words of `per diluted share` are no
    /// gap of a list), so only the first amount was read. Figure `k` opens the list; each item
    /// is an amount (figures `k`, `k + 2`, ...) of `k`'s unit, then `, or` (commas and spaces
    /// only) and an amount of the same unit followed by `per [<class>] share`
    /// (`perShareWords`); between an aside's `share` and the next amount only the gap of a
    /// list (commas, `and`). At least two items. Returns the indices of the amounts and where
    /// the last aside ends; nil for any other shape.
    static func perShareAsideItems(_ t: [UInt8], _ figures: [Figure], _ k: Int) -> (items: [Int], end: Int)? {
        guard k >= 0, k + 3 < figures.count, figures[k].hasCurrency else { return nil }
        var items: [Int] = []
        var i = k
        var end = figures[k].end
        while i + 1 < figures.count {
            let a = figures[i], p = figures[i + 1]
            guard a.unit == figures[k].unit, p.unit == a.unit, a.value >= 0, p.value >= 0,
                  perShareWords(t, after: a.end) == nil, isOrAside(t, a.end, p.start),
                  let per = perShareWords(t, after: p.end) else { break }
            items.append(i)
            end = per.end
            guard i + 2 < figures.count, isPlainListGap(t, per.end, figures[i + 2].start) else { break }
            i += 2
        }
        return items.count >= 2 ? (items, end) : nil
    }

    /// Whether `t[a..<b]` is `, or ` (commas and spaces around one `or`).
    static func isOrAside(_ t: [UInt8], _ a: Int, _ b: Int) -> Bool {
        let lo = max(0, min(a, t.count)), hi = max(lo, min(b, t.count))
        guard hi - lo <= 8, lo < hi, t[lo] == UInt8(ascii: ",") else { return false }
        let ws = Words.split(t[lo..<hi])
        return ws.count == 1 && ws[0].text == "or"
            && (lo..<hi).allSatisfy { t[$0] == 0x20 || t[$0] == UInt8(ascii: ",") || (ws[0].start..<ws[0].end).contains($0) }
    }
}

extension NarrativeExtractor.SentenceReading {
    /// **perShareAsides.** The list `perShareAsideItems` finds from figure `k`, whose head is
    /// the last of `out` (read with `metric`): each amount the measure of its period, each
    /// aside the measure per share (`<metric> per diluted share`) of the same period, the
    /// later ones comparatives of the first. The periods: exactly as many after the last aside
    /// (`... per diluted share, for 2024, 2023 and 2022, respectively`), else opening the
    /// clause or the sentence (`periodList`); the head's sign (a decrease) goes to every
    /// figure. Appended, read past; false (and nothing changed) when there is no such list.
    mutating func tookPerShareAsides(_ metric: String, _ k: Int, from start: Int) -> Bool {
        guard let head = out.indices.last, out[head].figure.start == figures[k].start,
              let (items, end) = NarrativeExtractor.perShareAsideItems(t, figures, k) else { return false }
        let n = items.count
        let last = items[n - 1] + 1
        let next = last + 1 < figures.count ? figures[last + 1].start : r.upperBound
        guard let ps = NarrativeExtractor.periodList(t, end..<next, base: base, count: n)
                ?? NarrativeExtractor.periodList(t, start..<figures[k].start, base: base, count: n)
                ?? NarrativeExtractor.periodList(t, r.lowerBound..<figures[k].start, base: base, count: n) else { return false }
        let sign = out[head].figure.value < 0 && figures[k].value > 0 ? -1.0 : 1.0
        out[head].period = ps[0]
        var firstPer: Int?
        for (j, i) in items.enumerated() {
            if j > 0 {
                var g = figures[i]
                g.value *= sign
                out.append(NarrativeFact(metric: metric, figure: g, period: ps[j], role: ps[j].sameDates(ps[0]) ? "current" : "comparative",
                                         of: ps[j].sameDates(ps[0]) ? nil : head, stated: false))
            }
            guard let per = NarrativeExtractor.perShareWords(t, after: figures[i + 1].end)?.text else { continue }
            var g = figures[i + 1]
            g.value *= sign
            let role = firstPer == nil ? out[head].role : (ps[j].sameDates(ps[0]) ? "current" : "comparative")
            out.append(NarrativeFact(metric: metric + " " + per, figure: g, period: ps[j], role: role,
                                     of: role == "comparative" ? firstPer : nil, stated: false))
            if firstPer == nil { firstPer = out.count - 1 }
        }
        current = ps[0]
        listed = ps
        skipThrough = last
        clauseStart = figures[last].end
        return true
    }
}
