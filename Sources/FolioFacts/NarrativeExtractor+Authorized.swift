import FolioModel

/// Amounts a board authorizes beyond `up to $X` (`authorizedUpTo`): an additional amount, and
/// an aggregate amount named after the action it allows.
extension NarrativeExtractor {
    /// **authorizedAdditional.** An amount a word of authority adds to what was authorized
    /// before, printed `an additional $X`, is a figure of the filing as much as the first:
    ///
    ///     In March 2024, the Board authorized an additional $5.0 billion in repurchases
    ///     under the program.                 -> `Additional amount authorized for repurchases`
    ///     As of June 30, 2025, we were authorized to repurchase an additional $2.1 billion
    ///     of shares through June 2026.       -> `Additional amount authorized to repurchase shares`
    ///     In May 2025, the Board increased the share repurchase authorization by an
    ///     additional $3 billion.             -> `Additional share repurchase authorization`
    ///
    /// The amount, in a currency, follows `an additional`, and a word of authority
    /// (`authorized`, `authorization`, ...) stands before it in the sentence. The metric is
    /// named by the action right before (`to repurchase an additional $X of <noun>`), else by
    /// the noun after `in` (`authorized an additional $X in repurchases`), else by the
    /// authorization `by` raises (`increased the <noun> authorization by an additional $X`).
    /// Any other `an additional $X` (`will invest an additional $2.7 billion`) is not this
    /// reader's.
    static func authorizedAdditional(_ t: [UInt8], _ f: Figure, ctx: [Word], nextStart: Int, sentence r: Range<Int>) -> String? {
        let w = ctx.suffix(4).map(\.text)
        guard f.hasCurrency, f.value > 0, w.count >= 3, w[w.count - 1] == "additional", w[w.count - 2] == "an",
              r.lowerBound < f.start else { return nil }
        let before = Words.split(t[r.lowerBound..<f.start])
        guard before.contains(where: { $0.text.hasPrefix("authori") }) else { return nil }
        let end = min(nextStart, r.upperBound)
        let link = f.end + 4 <= end && t[f.end] == 0x20 ? Words.split(t[f.end..<min(end, f.end + 4)]).first?.text : nil
        let noun: String? = (link == "of" || link == "in")
            ? Words.split(t[f.end..<end]).first.flatMap { nounPhrase(t, from: $0.end, to: end) } : nil
        switch w[w.count - 3] {
        case "repurchase", "purchase", "issue":
            guard link == "of", let n = noun else { return nil }
            return "Additional amount authorized to \(w[w.count - 3]) " + (n.hasPrefix("our ") ? String(n.dropFirst(4)) : n)
        case "by":
            // `increased the share repurchase authorization by an additional $3 billion`
            guard before.count >= 4, before[before.count - 4].text == "authorization" else { return nil }
            var s = before.count - 4
            while s > 0, before.count - 4 - s < 3, !determiners.contains(before[s - 1].text), Words.isAlnum(t[before[s - 1].start]),
                  (before[s - 1].end..<before[s].start).allSatisfy({ t[$0] == 0x20 }) { s -= 1 }
            guard s < before.count - 4 else { return nil }
            return "Additional " + singleSpaced(t, before[s].start, before[before.count - 4].end)
        default:
            guard w[w.count - 3].hasPrefix("authori"), link == "in", let n = noun else { return nil }
            return "Additional amount authorized for " + n
        }
    }

    /// **authorizedAggregate.** `an aggregate amount of up to $X` after a word of authority and
    /// `the repurchase of` (`purchase of`, `issuance of`) and its noun, earlier in the sentence
    /// (`the Board authorized a program for the repurchase of shares of its common stock, in
    /// an aggregate amount of up to $500 million`): the amount authorized for that action, as
    /// `authorizedUpTo` names it (`Amount authorized to repurchase shares`).
    static func authorizedAggregate(_ t: [UInt8], _ f: Figure, sentence r: Range<Int>) -> String? {
        guard r.lowerBound < f.start else { return nil }
        let ws = Words.split(t[r.lowerBound..<f.start])
        guard ws.count >= 8, ws[ws.count - 5].text == "aggregate", ws.contains(where: { $0.text.hasPrefix("authori") }),
              let a = ws.indices.last(where: { $0 + 2 < ws.count - 5 && ws[$0 + 1].text == "of"
                  && ["repurchase", "purchase", "issuance"].contains(ws[$0].text) }) else { return nil }
        // (The noun up to the comma before `in an aggregate amount`.)
        guard let noun = nounPhrase(t, from: ws[a + 1].end, to: ws[ws.count - 6].start) else { return nil }
        let action = ws[a].text == "issuance" ? "issue" : ws[a].text
        return "Amount authorized to \(action) " + (noun.hasPrefix("our ") ? String(noun.dropFirst(4)) : noun)
    }

    /// Where the last `, and ` between `lo` and `hi` ends: a second clause of the sentence
    /// (`authorizedFact` dates an amount in it by its own period first). Nil when none.
    static func lastClauseStart(_ t: [UInt8], _ lo: Int, _ hi: Int) -> Int? {
        var i = min(hi, t.count) - 6
        while i >= lo {
            if t[i] == UInt8(ascii: ","), t[i + 1] == 0x20, t[i + 2] == UInt8(ascii: "a"), t[i + 3] == UInt8(ascii: "n"),
               t[i + 4] == UInt8(ascii: "d"), t[i + 5] == 0x20 { return i + 6 }
            i -= 1
        }
        return nil
    }
}
