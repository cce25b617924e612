import FolioModel

/// The stated value of each share of a class of stock: its par value and its liquidation
/// preference.
extension NarrativeExtractor {
    /// **parValuePerShare.** An amount that is the par value or liquidation preference of each
    /// share of a stock, printed as an adjective of it or after the stock's name:
    ///
    ///     We have authorized 400 million shares of $0.01 par value preferred stock.
    ///         -> `Par value per share of preferred stock` 0.01
    ///     ... authorized capital includes 50 million shares of preferred stock, par value $0.01.
    ///         -> `Par value per share of preferred stock` 0.01
    ///     The Series B preferred stock has a $500.00 per share liquidation preference and
    ///     $0.10 per share par value.
    ///         -> `Liquidation preference per share of Series B preferred stock` 500,
    ///            `Par value per share of Series B preferred stock` 0.10
    ///
    /// The amount, in a currency, is followed by `par value` or `liquidation preference`
    /// (`per share` between allowed; a par value is per share whether it says so or not, a
    /// liquidation preference only where it does), or follows `par value` right after a comma that closes
    /// the stock's name. The stock is the words after the adjective when they end in `stock`
    /// (at most five), else the name before `, par value`, else the subject of `has` or
    /// `have` that opens the sentence; none, and the metric is the measure per share alone.
    /// Without it the amount was read as the count of shares before it (`authorized 400
    /// million shares of $0.01` -> `Million shares`). A par value is held, not earned: its
    /// period is the instant the filing's period ends on (`MetricKinds`, `par value`,
    /// `liquidation preference`).
    static func parValuePerShare(_ t: [UInt8], _ f: Figure, sentence r: Range<Int>) -> String? {
        guard f.hasCurrency, f.value > 0, parValueBytes(t, f) else { return nil }
        let after = Words.split(t[f.end..<min(r.upperBound, f.end + 80)])
        var a = 0
        if after.count >= 2, after[0].text == "per", after[1].text == "share" { a = 2 }
        if a + 1 < after.count, let measure = perShareMeasures[after[a].text + " " + after[a + 1].text],
           (f.end..<after[a].start).allSatisfy({ t[$0] == 0x20 || Words.isAlnum(t[$0]) }) {
            // (A liquidation preference is per share only where it says so: `a $500 million
            // liquidation preference` is the whole issue's.)
            let named = a == 2 || measure.hasPrefix("Par") ? measure : String(measure.dropLast(" per share".count))
            let stock = stockName(t, after, from: a + 2) ?? subjectOfHas(t, f, sentence: r)
            return named + (stock.map { " of " + $0 } ?? "")
        }
        // `preferred stock, par value $0.01`
        // (From a byte bound: the first word may be cut, and is never part of the name.)
        let before = Words.split(t[max(r.lowerBound, f.start - 80)..<f.start])
        guard before.count >= 4, before[before.count - 2].text == "par", before[before.count - 1].text == "value",
              (before[before.count - 1].end..<f.start).allSatisfy({ t[$0] == 0x20 }) else { return nil }
        let comma = before[before.count - 2].start - 2
        guard comma >= 0, t[comma] == UInt8(ascii: ","), before[before.count - 3].text == "stock" else { return nil }
        var s = before.count - 3
        while s > 1, before.count - 3 - s < 5, isStockNameWord(before, s - 1),
              (before[s - 1].end..<before[s].start).allSatisfy({ t[$0] == 0x20 }) { s -= 1 }
        return "Par value per share of " + singleSpaced(t, before[s].start, before[before.count - 3].end)
    }

    /// Whether the bytes beside the amount can be a par value's or a liquidation preference's
    /// (`parValuePerShare`): ` par`, ` per share`, ` liquidation` after it, or `value ` before
    /// it. Read before any word is split: nearly every amount fails it.
    static func parValueBytes(_ t: [UInt8], _ f: Figure) -> Bool {
        // (One byte first: a space and `p` or `l` after the amount, or a space before it.)
        let next = f.end + 1 < t.count && t[f.end] == 0x20 ? t[f.end + 1] | 0x20 : 0
        guard next == UInt8(ascii: "p") || next == UInt8(ascii: "l") || f.start >= 6 && t[f.start - 1] == 0x20 && t[f.start - 2] | 0x20 == UInt8(ascii: "e")
        else { return false }
        func after(_ s: StaticString) -> Bool {
            let n = s.utf8CodeUnitCount
            guard f.end + n <= t.count else { return false }
            return s.withUTF8Buffer { b in (0..<n).allSatisfy { t[f.end + $0] | 0x20 == b[$0] | 0x20 } }
        }
        if after(" par ") || after(" per share ") || after(" liquidation ") { return true }
        let v = Array("value ".utf8)
        return f.start >= v.count && (0..<v.count).allSatisfy { t[f.start - v.count + $0] | 0x20 == v[$0] }
    }

    /// `parValuePerShare`'s fact, of the period near the amount.
    static func parValueFact(_ t: [UInt8], _ f: Figure, nextStart: Int, sentence r: Range<Int>, base: StatedPeriod?) -> NarrativeFact? {
        guard let m = parValuePerShare(t, f, sentence: r) else { return nil }
        return NarrativeFact(metric: m, figure: f, period: periodNear(t, after: f.end, f, nextStart: nextStart, sentence: r, base: base),
                             role: "current", stated: false)
    }

    /// The measures `parValuePerShare` reads, by the two words after the amount.
    static let perShareMeasures: [String: String] = ["par value": "Par value per share",
                                                     "liquidation preference": "Liquidation preference per share"]
    /// The words of a stock's name before `stock` (`Series B mandatory convertible preferred
    /// stock`); a letter or number names a class or series only after `class` or `series`.
    /// Nothing else is read as the name: not a possessive or a count before it (`the
    /// registrant's Class A common stock` -> `Class A common stock`), nor the next cells of a
    /// cover page's row (`Common Stock, $5 par value  NWD  New York Stock Exchange`).
    static let stockNameWords: Set<String> = ["common", "preferred", "class", "series", "convertible", "mandatory",
                                              "cumulative", "ordinary", "voting", "nonvoting", "non", "capital",
                                              "participating", "redeemable", "perpetual", "exchangeable"]

    /// Whether `ws[i]` is a word of a stock's name (`stockNameWords`, or a class's letter or number).
    static func isStockNameWord(_ ws: [Word], _ i: Int) -> Bool {
        if stockNameWords.contains(ws[i].text) { return true }
        let isMark = ws[i].text.count == 1 || ws[i].text.allSatisfy(\.isNumber) || ["i", "ii", "iii", "iv"].contains(ws[i].text)
        return isMark && i > 0 && (ws[i - 1].text == "class" || ws[i - 1].text == "series")
    }

    /// The stock's name right after the adjective (`after[from...]`): up to five words of a
    /// stock's name (`isStockNameWord`), the last `stock`, no punctuation between. Nil otherwise.
    static func stockName(_ t: [UInt8], _ after: [Word], from: Int) -> String? {
        guard from < after.count else { return nil }
        for e in from..<min(after.count, from + 6) {
            if e > from, !(after[e - 1].end..<after[e].start).allSatisfy({ t[$0] == 0x20 }) { return nil }
            if after[e].text == "stock" { return e > from ? singleSpaced(t, after[from].start, after[e].end) : nil }
            if !isStockNameWord(after, e) { return nil }
        }
        return nil
    }

    /// The subject of `has`/`have` that opens the sentence before the figure, when it is a stock's name
    /// (`isStockNameWord`: `The Series B preferred stock has a $500.00 per share ...`), without its article.
    static func subjectOfHas(_ t: [UInt8], _ f: Figure, sentence r: Range<Int>) -> String? {
        let ws = Words.split(t[r.lowerBound..<f.start])
        guard let h = ws.firstIndex(where: { $0.text == "has" || $0.text == "have" }), h >= 2, h <= 7,
              ws[h - 1].text == "stock" else { return nil }
        let s = determiners.contains(ws[0].text) ? 1 : 0
        guard s < h - 1, (s..<(h - 1)).allSatisfy({ isStockNameWord(ws, $0) }),
              (ws[s].start..<ws[h - 1].end).allSatisfy({ t[$0] == 0x20 || Words.isAlnum(t[$0]) }) else { return nil }
        return singleSpaced(t, ws[s].start, ws[h - 1].end)
    }
}
