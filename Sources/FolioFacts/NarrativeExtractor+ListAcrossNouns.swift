import FolioModel

/// A list of amounts closed by `respectively` whose items change noun on the way.
extension NarrativeExtractor {
    /// **listAcrossNouns.** A `respectively` list of amounts for as many periods as the
    /// sentence states before it, whose later items name a noun of their own (a gain one year,
    /// a loss the next), is read item by item, each of its period and its noun:
    ///
    ///     For fiscal 2025, 2024 and 2023, Northwind recognized net unrealized gains of $14
    ///     million and net unrealized losses of $61 million and $208 million, respectively.
    ///         -> Net unrealized gains 14 (fiscal 2025), Net unrealized losses 61 (fiscal
    ///            2024), Net unrealized losses 208 (fiscal 2023)
    ///
    /// From figure `k` (read before with the head's metric): the items up to the one followed
    /// by `, respectively`, two to four in all, the same unit, each joined to the one before by
    /// a list's separator (`isListGap`) or by ` and <noun phrase> of` (`nounBeforeAmount`), at
    /// least once so; as many periods before the first (`periodList`). Returns each later
    /// item's metric, the last item and the periods; nil for any other shape (a list that
    /// keeps its noun is `listPeriods`').
    static func listAcrossNouns(_ t: [UInt8], _ figures: [Figure], _ k: Int, metric: String, sentence r: Range<Int>,
                                base: StatedPeriod?) -> (metrics: [String], end: Int, periods: [StatedPeriod])? {
        guard k < figures.count, figures[k].hasCurrency else { return nil }
        var metrics: [String] = []
        var current = metric
        var switched = false
        var e = k
        while e + 1 < figures.count, e - k < 3 {
            let next = figures[e + 1]
            guard next.unit == figures[k].unit, next.start <= r.upperBound else { break }
            if isListGap(t, figures[e].end, opening(t, next)) {
                // (The list's own separator: the item keeps the noun before it.)
            } else if bytesContain(t, figures[e].end, next.start, " and "), next.start - figures[e].end <= 96,
                      let m = nounBeforeAmount(t, from: figures[e].end, to: next.start),
                      FactAdmission.nounPhrase(m) != nil {
                current = m
                switched = true
            } else {
                break
            }
            metrics.append(current)
            e += 1
            if closesRespectively(t, figures[e].end) { break }
        }
        guard switched, e > k, closesRespectively(t, figures[e].end),
              let ps = periodList(t, r.lowerBound..<figures[k].start, base: base, count: e - k + 1) else { return nil }
        return (metrics, e, ps)
    }

    /// Whether `, respectively` follows `end` (spaces allowed before the comma).
    static func closesRespectively(_ t: [UInt8], _ end: Int) -> Bool {
        var i = end
        while i < t.count, t[i] == 0x20 { i += 1 }
        guard i < t.count, t[i] == UInt8(ascii: ",") else { return false }
        i += 1
        while i < t.count, t[i] == 0x20 { i += 1 }
        let word = respectivelyBytes
        return i + word.count <= t.count && t[i..<(i + word.count)].elementsEqual(word)
    }
}
