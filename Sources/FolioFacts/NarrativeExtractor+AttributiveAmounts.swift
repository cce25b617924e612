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

extension NarrativeExtractor {
    /// **openingAmountBeforeNoun.** An amount that opens its sentence, nothing but a footnote's
    /// marker before it (one or two digits, `FigureScanner`'s `gluedFootnoteMarker`), is the
    /// first modifier of the noun phrase after it as after an article: `1 €600 million
    /// euro-denominated notes issued in March 2023.` -> `Euro-denominated notes` (a footnote
    /// under a debt table), `$45 million restructuring charges in fiscal 2024 ...`. Its period
    /// must be stated after the phrase as for any such amount (`statedModifierPeriod`,
    /// `issuedInPeriod`); a one-word noun stays unread. The index the article would have in
    /// `ws` (right after the marker); nil when anything else stands before the amount.
    static func openingArticle(_ t: [UInt8], _ ws: [Word], from a: Int, amountStart: Int, sentenceStart: Int) -> Int? {
        guard a == sentenceStart, ws.count <= 1, amountStart <= t.count else { return nil }
        if let m = ws.first {
            guard m.start == 0, m.text.count <= 2, m.text.utf8.allSatisfy(ByteClass.isDigit),
                  ((a + m.end)..<amountStart).allSatisfy({ t[$0] == 0x20 }) else { return nil }
        } else {
            guard (a..<amountStart).allSatisfy({ t[$0] == 0x20 }) else { return nil }
        }
        return ws.count
    }

    /// Whether the amount `f` opens sentence `r`, a footnote's marker at most before it
    /// (`openingAmountBeforeNoun`).
    static func opensSentence(_ t: [UInt8], _ f: Figure, sentence r: Range<Int>) -> Bool {
        r.lowerBound < f.start && openingArticle(t, Words.tail(t, r.lowerBound, f.start) { $0.count >= 2 }, from: r.lowerBound,
                                                 amountStart: f.start, sentenceStart: r.lowerBound) != nil
    }

    /// **issuedInPeriod.** An amount opening its sentence before its noun
    /// (`openingAmountBeforeNoun`) followed by `issued in <month> <year>` or `issued on <date>`
    /// (`2 €600 million euro-denominated notes issued in March 2023.`, a footnote naming a
    /// debt of the table above) is of the day it was issued: the event's instant
    /// (`eventInstant`: a month's last day). Only `issued` right after the phrase
    /// (`phraseEnd`), then `in` or `on` and the date; nil otherwise. Not after an article: in
    /// `we repaid a $500 million term loan issued in June 2021` the date is not the
    /// repayment's.
    static func issuedOn(_ t: [UInt8], after phraseEnd: Int, upTo hi: Int) -> StatedPeriod? {
        guard phraseEnd < hi, hi <= t.count else { return nil }
        let ws = Words.split(t[phraseEnd..<hi])
        guard ws.count >= 3, ws[0].text == "issued", ws[1].text == "in" || ws[1].text == "on",
              (phraseEnd..<ws[0].start).allSatisfy({ t[$0] == 0x20 }),
              let (date, phrase) = PeriodParser.eventDate(t, ws[1].start..<min(hi, ws[1].start + 32)) else { return nil }
        return StatedPeriod.event(date, phrase: phrase)
    }
}
