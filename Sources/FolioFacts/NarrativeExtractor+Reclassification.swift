import FolioModel

/// What a company expects to move out of accumulated other comprehensive income into earnings.
extension NarrativeExtractor {
    /// **expectedReclassification.** The gains or losses on hedges that accumulated other
    /// comprehensive income holds at the balance sheet date and that the company expects to
    /// reclassify into earnings, a disclosure every filer with cash flow hedges makes:
    ///
    ///     Assuming market rates remain constant, Northwind expects to reclassify pre-tax gains
    ///     of $126 million into cost of products sold and pre-tax losses of $21 million into
    ///     interest expense over the next 12 months.
    ///         -> `Pre-tax gains expected to be reclassified into cost of products sold` 126,
    ///            `Pre-tax losses expected to be reclassified into interest expense` 21
    ///     Based on our portfolio of cash flow hedges, we expect to reclassify losses of $8
    ///     (pre-tax) out of AOCI into earnings during the next 12 months.
    ///         -> `Losses expected to be reclassified into earnings` 8
    ///
    /// `expect` or `expects` and `to reclassify` stand before the amount (read before the
    /// figure screen, whose `forwardLooking` takes `expects` for a plan); the amount,
    /// in a currency, follows `of` and the noun of a gain or loss (one to four words back to
    /// `reclassify`, `and` or a comma); the place after it (`into <line item>`, `out of AOCI
    /// into ...`) up to `for`, a comma, `over`, `within`, `during` or `and` is kept. It is what
    /// AOCI holds at a date: the instant the sentence states, else the one its period ends on.
    static func expectedReclassification(_ t: [UInt8], _ f: Figure, nextStart: Int, sentence r: Range<Int>,
                                         base: StatedPeriod?) -> NarrativeFact? {
        // (Bytes first: `of ` right before the amount, then `to reclassify` before it.)
        guard f.hasCurrency, f.value >= 0, r.lowerBound + 3 <= f.start, t[f.start - 1] == 0x20, t[f.start - 2] == UInt8(ascii: "f"),
              t[f.start - 3] == UInt8(ascii: "o"), bytesContain(t, r.lowerBound, f.start, "to reclassify", folding: true) else { return nil }
        let before = Words.split(t[r.lowerBound..<f.start])
        guard let v = before.lastIndex(where: { $0.text == "reclassify" }), v >= 2, before[v - 1].text == "to",
              ["expect", "expects"].contains(before[v - 2].text),
              let of = before.indices.last, before[of].text == "of", of - v >= 2 else { return nil }
        // The noun of the gain or loss, back to `reclassify`, `and` or a comma.
        var s = of - 1
        while s > v + 1, of - s < 4, before[s - 1].text != "and",
              !(before[s - 1].end..<before[s].start).contains(where: { t[$0] == UInt8(ascii: ",") }) { s -= 1 }
        guard gainOrLossNouns.contains(before[of - 1].text) else { return nil }
        let noun = singleSpaced(t, before[s].start, before[of - 1].end)
        // The place it goes: `into <line item>`.
        let end = min(nextStart, r.upperBound)
        let after = Words.split(t[f.end..<end])
        var place: String?
        if let i = after.prefix(8).firstIndex(where: { $0.text == "into" }), i + 1 < after.count {
            var e = i + 1
            while e + 1 < after.count, e - i < 6, !reclassifiedIntoStops.contains(after[e + 1].text),
                  !(after[e].end..<after[e + 1].start).contains(where: { t[$0] == UInt8(ascii: ",") }) { e += 1 }
            place = singleSpaced(t, after[i + 1].start, after[e].end)
        }
        guard let c = noun.first else { return nil }
        let metric = c.uppercased() + noun.dropFirst() + " expected to be reclassified" + (place.map { " into " + $0 } ?? "")
        let stated = PeriodParser.find(t, r.lowerBound..<f.start, base: nil)
        let period = stated.flatMap { $0.kind == .instant ? $0 : nil } ?? base?.endInstant
        return NarrativeFact(metric: metric, figure: f, period: period, role: "current", stated: false)
    }

    /// The last nouns of what AOCI holds (`expectedReclassification`).
    static let gainOrLossNouns: Set<String> = ["gains", "gain", "losses", "loss", "income", "amounts", "amount"]
    /// Words that end the place an amount is reclassified into (`expectedReclassification`).
    static let reclassifiedIntoStops: Set<String> = ["for", "over", "within", "during", "and", "in", "as", "when", "upon", "based"]
}
