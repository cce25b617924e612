import FolioModel

/// A lone noun after `and` that takes the qualifier of the noun before it.
extension NarrativeExtractor {
    /// **coordinatedBareWord.** `<qualifier> <noun> of $X and <noun> of $Y`, where both nouns
    /// name no measure alone (`FactAdmission.bareWords`: `assets`, `liabilities`,
    /// `obligations`, ...): the second shares the first's qualifier and period:
    ///
    ///     At June 30, 2025, Northwind Services assets of $1,451 and liabilities of $504 were
    ///     classified as held for sale.
    ///         -> `Northwind Services assets` 1,451, `Northwind Services liabilities` 504
    ///
    /// The figure before (`head`, read as a fact) ends where `and <noun> of` starts, with only
    /// spaces between; the head's metric ends in a lone-word noun and has words before it.
    /// Without it the second amount was no fact (`liabilities` alone names nothing).
    static func coordinatedBareWord(_ t: [UInt8], _ f: Figure, prevEnd: Int, head: NarrativeFact?) -> NarrativeFact? {
        guard let head, head.figure.end == prevEnd, head.role == "current", f.hasCurrency == head.figure.hasCurrency,
              f.start - prevEnd <= 32, prevEnd + 5 < f.start, t[prevEnd] == 0x20, t[prevEnd + 1] == UInt8(ascii: "a"),
              t[prevEnd + 2] == UInt8(ascii: "n"), t[prevEnd + 3] == UInt8(ascii: "d"), t[prevEnd + 4] == 0x20 else { return nil }
        let gap = Words.split(t[prevEnd..<f.start])
        guard gap.count == 3, gap[0].text == "and", gap[2].text == "of", FactAdmission.bareWords.contains(gap[1].text),
              NarrativeExtractor.actionNouns.contains(gap[1].text),
              (prevEnd..<f.start).allSatisfy({ t[$0] == 0x20 || Words.isAlnum(t[$0]) || t[$0] == UInt8(ascii: "-") })
        else { return nil }
        let hw = Words.split(head.metric)
        guard hw.count >= 2, let last = hw.last, NarrativeExtractor.actionNouns.contains(last.text) else { return nil }
        let qualifier = String(decoding: Array(head.metric.utf8.prefix(last.start)), as: UTF8.self)
        guard qualifier.hasSuffix(" ") else { return nil }
        return NarrativeFact(metric: qualifier + singleSpaced(t, gap[1].start, gap[1].end), figure: f, period: head.period,
                             role: "current", stated: false)
    }
}
