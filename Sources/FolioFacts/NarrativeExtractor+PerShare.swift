import FolioModel

/// An amount restated per share right after it.
extension NarrativeExtractor {
    /// **perShareOfAmount.** An amount followed by `, or` and an amount per share states the
    /// same measure per share, of the same period:
    ///
    ///     Net income was $2.5 billion, or $1.20 per diluted share, compared to $2.1 billion,
    ///     or $1.00 per diluted share, in 2023.
    ///         -> `Net income per diluted share` 1.20 (the head's period), 1.00 (the
    ///            comparative's, a comparative of the 1.20)
    ///     ... a benefit to net income of $2.5 billion, or $0.23 per basic share and $0.23 per
    ///     diluted share.
    ///         -> `Benefit to net income per basic share` 0.23, `... per diluted share` 0.23
    ///
    /// Figure `k - 1` (`head`, read just before, in the same currency) is the amount; between
    /// them stand only `or` and commas or spaces, or, after a per-share figure read so, `and`
    /// (a second class of share). Figure `k` is followed by `per`, at most two words of the
    /// share's class (`basic`, `diluted`, `common`, `ordinary`, `class`, a letter) and `share`.
    /// The metric is the head's (its own per-share words off) with `per <class> share`; the
    /// period and role the head's (a comparative goes with the current figure of the same
    /// metric, none without one). Read from words beside the amount (`stated: false`: no
    /// disagreement). Nil for any other shape.
    static func perShareOfAmount(_ t: [UInt8], _ figures: [Figure], _ k: Int, read out: [NarrativeFact]) -> NarrativeFact? {
        guard k > 0, k < figures.count, let head = out.last, head.figure.end == figures[k - 1].end,
              head.figure.hasCurrency, figures[k].unit == head.figure.unit, figures[k].value >= 0 else { return nil }
        let f = figures[k]
        // (After a per-share figure, the gap starts past its `per <class> share`.)
        let headPer = perShareWords(t, after: head.figure.end)
        let from = headPer?.end ?? head.figure.end
        guard from < f.start, f.start - from <= 8 else { return nil }
        let gap = Words.split(t[from..<f.start])
        guard gap.count == 1, gap[0].text == "or" || gap[0].text == "and" && headPer != nil,
              (from..<f.start).allSatisfy({ t[$0] == 0x20 || t[$0] == UInt8(ascii: ",") || gap[0].start <= $0 && $0 < gap[0].end }),
              let per = perShareWords(t, after: f.end)?.text else { return nil }
        // (`and $0.23 per diluted share` after `$0.23 per basic share`: the head's measure without its class.)
        var base = head.metric
        if let hp = headPer?.text {
            guard base.hasSuffix(" " + hp) else { return nil }
            base = String(base.dropLast(hp.count + 1))
        } else if base.lowercased().contains(" per ") {
            return nil
        }
        let metric = base + " " + per
        var n = NarrativeFact(metric: metric, figure: f, period: head.period, role: "current", stated: false)
        if head.role == "comparative" {
            guard let j = out.lastIndex(where: { $0.metric == metric && $0.role == "current" }) else { return nil }
            (n.role, n.of) = ("comparative", j)
        } else if head.role != "current" {
            return nil
        }
        return n
    }

    /// `per [<class>] share` right after an amount ending at `end` (one space before it), in
    /// lower case and single-spaced (`per diluted share`), and where it ends; nil when not there.
    static func perShareWords(_ t: [UInt8], after end: Int) -> (text: String, end: Int)? {
        // (Bytes first: most amounts are followed by no `per`.)
        guard end + 5 < t.count, t[end] == 0x20, t[end + 1] | 0x20 == UInt8(ascii: "p"), t[end + 2] == UInt8(ascii: "e"),
              t[end + 3] == UInt8(ascii: "r"), t[end + 4] == 0x20 else { return nil }
        let ws = Words.split(t[end..<min(t.count, end + 40)])
        guard ws.count >= 2, ws[0].text == "per", let s = ws.prefix(4).firstIndex(where: { $0.text == "share" }), s >= 1,
              (1..<s).allSatisfy({ shareClasses.contains(ws[$0].text) || ws[$0].text.count == 1 }),
              (ws[0].start..<ws[s].end).allSatisfy({ t[$0] == 0x20 || Words.isAlnum(t[$0]) }) else { return nil }
        return ((0...s).map { ws[$0].text }.joined(separator: " "), ws[s].end)
    }

    /// **priceOfSharesFor.** Shares bought or sold `for` an amount `per share` state the price
    /// paid for each: `Under the terms of the agreement, the Company acquired all outstanding
    /// shares of Zentro Labs for $45.00 per share in cash.` -> `Price per share of Zentro Labs
    /// acquired`. The amount is followed by `per share` and preceded by `for`; before that,
    /// within ten words and with no semicolon, bracket or comma between (but the one before a
    /// company's suffix, `Zentro Labs, Inc.`), `shares of` and the
    /// name of the stock (one to six words, a leading article or possessive dropped); before
    /// `shares`, words of quantity only (`all`, `outstanding`, `remaining`, a count) back to a
    /// past verb of `sharesForAmount` (`acquired`, `purchased`, `repurchased`, `sold`,
    /// `issued`, ...). An option or a right to buy (`the option to purchase ... shares of its
    /// common stock for $282.52 per share`: a strike, not a price paid) has no past verb: nil.
    /// (A count of shares `for` a total is `sharesForAmount`'s.)
    static func priceOfSharesFor(_ t: [UInt8], _ f: Figure, sentence r: Range<Int>) -> String? {
        guard f.hasCurrency, f.value > 0, f.start > r.lowerBound, perShareWords(t, after: f.end)?.text == "per share" else { return nil }
        let lo = max(r.lowerBound, f.start - 160)
        let ws = Words.split(t[lo..<f.start])
        guard let last = ws.last, last.text == "for", ws.count >= 4,
              let s = ws.lastIndex(where: { $0.text == "shares" }), ws.count - 1 - s <= 10, s + 2 < ws.count - 1,
              ws[s + 1].text == "of",
              !(ws[s].start..<f.start).contains(where: { [UInt8(ascii: ";"), UInt8(ascii: "("), UInt8(ascii: ")")].contains(t[$0]) })
        else { return nil }
        // (A comma only before a company's suffix: `Zentro Labs, Inc.`.)
        for j in s..<(ws.count - 1) where (ws[j].end..<ws[j + 1].start).contains(where: { t[$0] == UInt8(ascii: ",") }) {
            guard companySuffixes.contains(ws[j + 1].text) else { return nil }
        }
        var a = s + 2
        if determiners.contains(ws[a].text) || ws[a].text == "their" { a += 1 }
        let b = ws.count - 2
        guard a <= b, b - a < 6 else { return nil }
        var v = s - 1
        while v >= 0, s - v <= 6, shareQuantityWords.contains(ws[v].text) || Int(ws[v].text) != nil { v -= 1 }
        guard v >= 0, s - v <= 6, shareActions.contains(ws[v].text) else { return nil }
        return "Price per share of " + singleSpaced(t, ws[a].start, ws[b].end) + " " + ws[v].text
    }

    /// The words after which a comma is part of a company's name (`priceOfSharesFor`).
    static let companySuffixes: Set<String> = ["inc", "ltd", "llc", "corp", "plc", "co", "l", "n", "s", "ag", "sa", "nv"]
    /// The words of a quantity of shares before `shares` (`priceOfSharesFor`).
    static let shareQuantityWords: Set<String> = ["all", "the", "outstanding", "remaining", "issued", "and", "of", "its", "our",
                                                  "approximately", "about", "million", "thousand", "billion"]

    /// The words of a class of share between `per` and `share` (`perShareOfAmount`).
    static let shareClasses: Set<String> = ["basic", "diluted", "common", "ordinary", "class"]
}
