import FolioModel

extension NarrativeExtractor {
    /// **coordinatedAmountBeforeNoun.** An amount after `and` with no article of its own,
    /// printed before its noun right after the noun phrase of an amount read the same way, shares
    /// that amount's article (and the verb before it): `In March 2024, Norvale entered into a
    /// $4.0 billion 364-day bridge credit agreement and $2.0 billion 364-day term loan credit
    /// agreement` -> `364-day term loan credit agreement` 2.0 billion, as the first is `364-day
    /// bridge credit agreement`. Only `and` with spaces around it, and only where the amount
    /// before it is the first modifier of a noun phrase (`amountBeforeNoun`: an article before
    /// it) that ends right before `and`: `revenue of $5 billion and $3 billion term loans` stays
    /// unread (no article), and a list of amounts stays `listEnd`'s. The words before the first
    /// amount (from `sentenceStart`, offsets relative to it) with the index of its article;
    /// nil otherwise.
    static func coordinatedArticle(_ t: [UInt8], _ f: Figure, before ctx: [Word], from a: Int,
                                   previous: Figure?, sentenceStart s: Int) -> (ctx: [Word], article: Int)? {
        guard let p = previous, p.end == a, s <= p.start, let and = ctx.last, and.text == "and",
              a + and.end < f.start, f.start <= t.count, a + and.start > p.end,
              ((a + and.end)..<f.start).allSatisfy({ t[$0] == 0x20 }), t[a + and.start - 1] == 0x20 else { return nil }
        let before = Words.tail(t, s, p.start) { $0.count >= 10 }
        guard let article = articleBeforeAmount(t, before, from: s, amountStart: p.start),
              let first = amountBeforeNoun(t, p, before: before, from: s, nextStart: a + and.start),
              first.end <= a + and.start, (first.end..<(a + and.start)).allSatisfy({ t[$0] == 0x20 }) else { return nil }
        return (before, article)
    }
}

extension NarrativeExtractor {
    /// **commaAfterAmount.** Whether the bytes between an amount and the first word of its noun
    /// phrase are one comma and spaces (`an $800 million, 3 -year receivables securitization
    /// facility`, `a $2.0 billion, five-year term loan`): read by `amountBeforeNoun` only where
    /// that word opens a compound joined by a hyphen, a modifier as those before the amount
    /// (`modifiersBeforeAmount`) are; any other word after a comma (`a $5 million, net of tax`)
    /// is no word of the phrase.
    static func commaGap(_ t: [UInt8], _ gap: Range<Int>) -> Bool {
        guard !gap.isEmpty, gap.upperBound <= t.count, t[gap.lowerBound] == UInt8(ascii: ",") else { return false }
        return gap.dropFirst().allSatisfy { t[$0] == 0x20 } && gap.count >= 2
    }
}
