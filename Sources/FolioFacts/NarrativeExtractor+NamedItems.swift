import FolioModel

/// A measure stated once per named item, in a list after a colon.
extension NarrativeExtractor {
    /// **namedItemsFor** (`besideNoun`'s last reading): a sentence that says what its items
    /// have, then lists them after a colon, each `<name> for <amount>`, states the measure once
    /// per item:
    ///
    ///     The following notes have a principal amount denominated in sterling: 2.500% Notes
    ///     for £400 million, 3.250% Notes for £650 million, and 4.000% Notes for £300 million.
    ///         -> `2.500% Notes principal amount` 400 million, ...
    ///
    /// The amount follows ` for `; its item's name is the one to six words before it, after the
    /// colon or the comma (and `and`) that ends the item before; every item between the colon
    /// and it is `<name> for <amount>` too. Before the colon stand `have` or `has`, an article
    /// and the measure's noun phrase (`nounPhrase`, up to a participle qualifying it). Stated in the present, the measure is a
    /// balance at the instant the span of time the text is under ends on (as `standingCap` has
    /// it): no fact without such a period, nor under an event's date. Nil for any other shape.
    static func namedItemFor(_ t: [UInt8], _ f: Figure, sentence r: Range<Int>, base: StatedPeriod?) -> (String, StatedPeriod)? {
        let link = forLink
        let fs = f.start - link.count
        guard f.hasCurrency, f.value > 0, fs > r.lowerBound, f.start <= t.count, link.indices.allSatisfy({ t[fs + $0] == link[$0] }),
              let b = base, !b.isEvent else { return nil }
        let lo = max(r.lowerBound, f.start - 600)
        guard let colon = t[lo..<fs].lastIndex(of: UInt8(ascii: ":")) else { return nil }
        // The items before this one: `<name> for <amount>` each, split at commas.
        var itemStart = colon + 1
        var i = colon + 1
        while i < fs {
            if t[i] == UInt8(ascii: ","), i + 1 < fs, t[i + 1] == 0x20 { // (not a thousands separator: `€1,300`)
                guard firstIndex(of: link, in: t, itemStart..<i) != nil else { return nil }
                itemStart = i + 1
            } else if t[i] == UInt8(ascii: ";") || t[i] == UInt8(ascii: "(") {
                return nil
            }
            i += 1
        }
        var name = Words.split(t[itemStart..<fs])
        if name.first?.text == "and" { name.removeFirst() }
        guard let first = name.first, let last = name.last, name.count <= 6, (last.end..<fs).allSatisfy({ t[$0] == 0x20 }) else { return nil }
        // The measure before the colon: `have|has a|an <noun phrase>`.
        let head = Words.split(t[r.lowerBound..<colon])
        guard let v = head.lastIndex(where: { $0.text == "have" || $0.text == "has" }), v + 2 < head.count,
              ["a", "an"].contains(head[v + 1].text), head.count - v <= 10 else { return nil }
        // (The noun up to a participle that qualifies it: `principal amount denominated in euros`.)
        let nounEnd = head[(v + 2)...].dropFirst().first(where: { isPastParticiple($0) })?.start ?? colon
        guard let measure = nounPhrase(t, from: head[v + 1].end, to: nounEnd) else { return nil }
        var period = b
        if case .duration = b.kind {
            guard let end = b.endInstant else { return nil }
            period = end
        }
        return (singleSpaced(t, first.start, last.end) + " " + measure, period)
    }

    /// ` for ` between an item's name and its amount (`namedItemFor`), made once.
    static let forLink = Array(" for ".utf8)
}
