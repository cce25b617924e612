/// **bracketedComparative.** The comparative a filing prints in a bracket right after the
/// current figure, its period first, then a dash or a colon, then the earlier figure: the
/// form of IFRS and Hong Kong filers' management discussions (`Transfer agent and filing fees
/// of $77,919 (2019 - $111,709)`, `cash of $24,713 (November 30, 2019 - $583,119)`, `Revenue
/// was HK$12.5 million (2022: HK$10.1 million)`). The bracketed figure is the same metric at
/// the bracket's period, a comparative of the figure before it. A current figure that took
/// the bracket's own period from words after it (`... were lower than last year`) cannot be
/// of its comparative's period: it takes the sentence's base period instead.
extension NarrativeExtractor {
    /// Longest period phrase read inside such a bracket (`November 30, 2019`, `fiscal 2019`).
    static let comparativeBracketPhraseBytes = 40

    /// The period phrase of a comparative bracket between the end of the current figure (`a`)
    /// and the start of the comparative figure (`b`): `(`, the phrase, a dash, en or em dash or
    /// colon, spaces only around them, and `)` right after the comparative figure (ending at
    /// `figureEnd`, before `limit`). The phrase holds a year (four digits, 19xx or 20xx), no
    /// bracket, currency sign or semicolon, and at most `comparativeBracketPhraseBytes` bytes.
    static func comparativeBracketPhrase(_ t: [UInt8], from a: Int, to b: Int, figureEnd: Int, limit: Int) -> Range<Int>? {
        guard a >= 0, a <= b, b <= t.count, figureEnd <= limit, limit <= t.count else { return nil }
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 }
        var i = a
        while i < b, isSpace(t[i]) { i += 1 }
        guard i < b, t[i] == UInt8(ascii: "(") else { return nil }
        i += 1
        while i < b, isSpace(t[i]) { i += 1 }
        var j = b
        while j > i, isSpace(t[j - 1]) { j -= 1 }
        // The separator: `-`, `:`, or an en or em dash (E2 80 93, E2 80 94).
        if j > i, t[j - 1] == UInt8(ascii: "-") || t[j - 1] == UInt8(ascii: ":") {
            j -= 1
        } else if j - 3 >= i, t[j - 3] == 0xE2, t[j - 2] == 0x80, t[j - 1] == 0x93 || t[j - 1] == 0x94 {
            j -= 3
        } else {
            return nil
        }
        while j > i, isSpace(t[j - 1]) { j -= 1 }
        guard j > i, j - i <= comparativeBracketPhraseBytes else { return nil }
        var year = false
        var digits = 0
        for k in i..<j {
            let c = t[k]
            if c == UInt8(ascii: "(") || c == UInt8(ascii: ")") || c == UInt8(ascii: "$") || c == UInt8(ascii: ";") { return nil }
            if c >= 0x30 && c <= 0x39 {
                digits += 1
                if digits == 4, k >= i + 3, t[k - 3] == UInt8(ascii: "1") && t[k - 2] == UInt8(ascii: "9")
                    || t[k - 3] == UInt8(ascii: "2") && t[k - 2] == UInt8(ascii: "0"),
                   k + 1 == j || !(t[k + 1] >= 0x30 && t[k + 1] <= 0x39) { year = true }
            } else {
                digits = 0
            }
        }
        guard year else { return nil }
        var e = figureEnd
        while e < limit, isSpace(t[e]) { e += 1 }
        guard e < limit, t[e] == UInt8(ascii: ")") else { return nil }
        return i..<j
    }
}

extension NarrativeExtractor.SentenceReading {
    /// `bracketedComparative`: figure `f` closes a comparative bracket opened right after the
    /// last fact read (`head`, in the same unit): a comparative of it at the bracket's period.
    /// A date is read as stated (`November 30, 2019`); a bare year (`2019`) names the same
    /// period as the current figure's, that year (`periodFromCurrent`: assumed where the
    /// current's is). Whether it was read so.
    mutating func readBracketedComparative(_ f: Figure) -> Bool {
        guard let head = out.indices.last, out[head].figure.end <= f.start, out[head].figure.unit == f.unit, f.hasCurrency,
              let phrase = NarrativeExtractor.comparativeBracketPhrase(t, from: out[head].figure.end, to: f.start,
                                                                        figureEnd: f.end, limit: r.upperBound) else { return false }
        let text = String(decoding: t[phrase], as: UTF8.self)
        var n = NarrativeFact(metric: out[head].metric, figure: f, period: nil, role: "comparative", of: head, stated: out[head].stated)
        if phrase.count == 4, let y = Int(text) {
            // A current figure of its comparative's year took it from words after it
            // (`... lower than last year`): it is of the sentence's base period.
            if let q = out[head].period, q.year == y, let b = base, b.year > y { setCurrent(head, b) }
            guard let q = out[head].period ?? base, (1...3).contains(q.year - y) else { return false }
            n.period = q.shifted(years: q.year - y, text: text)
            n.periodFromCurrent = true
        } else if let p = PeriodParser.find(t, phrase, base: base, bareDates: true) {
            if let q = out[head].period, q.sameDates(p), let b = base, !b.sameDates(p) { setCurrent(head, b) }
            n.period = p
        } else {
            return false
        }
        out.append(n)
        clauseStart = f.end
        return true
    }

    /// Fact `head`'s period is `p` (and the clause's, when it is the last read).
    private mutating func setCurrent(_ head: Int, _ p: StatedPeriod) {
        out[head].period = p
        if head == out.count - 1 { current = p }
    }
}
