import FolioModel

extension NarrativeExtractor {
    /// The verbs that open a whole's breakdown into its parts, each before `of`
    /// (`partsOfWhole`).
    static let breakdownVerbs: Set<String> = ["comprised", "consisted", "consisting", "composed"]

    /// **partsOfWhole.** A whole stated, then broken down into its parts after `comprised of`
    /// (`consisted of`, `consisting of`, `composed of`): `The purchase price of $140 million was
    /// comprised of a $120 million closing cash payment and $20 million for the fair value of
    /// deferred consideration`, `At March 31, 2025, the group had $9.2 billion of commitments
    /// consisting of $2.3 billion of "Current programming liabilities" and $0.8 billion
    /// included in "Other long-term liabilities"`. Each part is named by what it is: the noun
    /// phrase it is the first modifier of (`amountBeforeNoun`: `Closing cash payment`), the noun
    /// after `of` (`amountOfNoun`, a quoted line item there too: `Current programming
    /// liabilities`), the line item quoted after `included in` (`Other long-term
    /// liabilities`), or the noun phrase after `for the` (`Fair value of deferred
    /// consideration`; not a period, `for the three months ended ...`). The parts follow the verb (at most three words between, `a`,
    /// `a five-year`) and each other after `and` or a comma (at most three words between); the
    /// list ends at the first amount that follows otherwise or names nothing. All are of the
    /// period of the whole, read right before them (`As of ...`); without a whole read, none
    /// is read. Before, the verb's `of` read the first part as the
    /// whole's figure of a statement that failed, and the others as comparatives of nothing:
    /// none was read. Returns the parts (figure index, metric), nil when figure `k` opens no
    /// such list.
    static func breakdownParts(_ t: [UInt8], _ figures: [Figure], _ k: Int, sentence r: Range<Int>) -> [(index: Int, metric: String)]? {
        guard k > 0, figures[k].hasCurrency, figures[k].value > 0 else { return nil }
        let lo = figures[k - 1].end, hi = figures[k].start
        // (Bytes first: one of the verbs' stems between the amounts, before any word is split.)
        guard lo < hi, hi <= t.count, bytesContain(t, lo, hi, "mprised") || bytesContain(t, lo, hi, "nsist")
                || bytesContain(t, lo, hi, "mposed") else { return nil }
        let gap = Words.split(t[lo..<hi])
        guard let v = gap.lastIndex(where: { breakdownVerbs.contains($0.text) }), v + 1 < gap.count, gap[v + 1].text == "of",
              gap.count - v - 2 <= 3, !(t[gap[v].end..<hi].contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }) else { return nil }
        var parts: [(index: Int, metric: String)] = []
        var i = k
        var from = gap[v + 1].end
        while i < figures.count, figures[i].hasCurrency, figures[i].value > 0 {
            let next = i + 1 < figures.count ? figures[i + 1].start : r.upperBound
            guard let m = partName(t, figures[i], from: from, nextStart: next) else { break }
            parts.append((i, m))
            guard i + 1 < figures.count, let joined = listJoin(t, figures[i].end..<figures[i + 1].start) else { break }
            (i, from) = (i + 1, joined)
        }
        return parts.isEmpty ? nil : parts
    }

    /// Where the words before the next part start when it follows `and` or a comma with at
    /// most three words (an article, a modifier) between (`partsOfWhole`); nil otherwise.
    static func listJoin(_ t: [UInt8], _ gap: Range<Int>) -> Int? {
        let words = Words.split(t[gap])
        let comma = t[gap].lastIndex(of: UInt8(ascii: ","))
        let and = words.lastIndex { $0.text == "and" }
        guard let at = [comma.map { $0 + 1 }, and.map { words[$0].end }].compactMap({ $0 }).max() else { return nil }
        let between = words.filter { $0.start >= at }
        guard between.count <= 3, !between.contains(where: { clauseVerbs.contains($0.text) || verbs.contains($0.text) || $0.text == "which" }),
              !t[at..<gap.upperBound].contains(UInt8(ascii: ";")) else { return nil }
        return at
    }

    /// The name of one part of a breakdown (`partsOfWhole`): the words before it start at
    /// `from`.
    static func partName(_ t: [UInt8], _ f: Figure, from: Int, nextStart: Int) -> String? {
        let ctx = Words.tail(t, from, f.start) { $0.count >= 4 }
        let end = min(nextStart, t.count)
        if let (name, _) = quotedName(t, after: f.end, link: " included in ", end: end) { return name }
        if let m = amountOfNoun(t, f, before: ctx, nextStart: end) { return m }
        if let m = amountBeforeNoun(t, f, before: ctx, from: from, nextStart: end)?.metric { return m }
        let link = Array(" for the ".utf8)
        // (Not a period: `$50 million for the three months ended March 31, 2025`.)
        guard f.end + link.count < end, t[f.end..<(f.end + link.count)].elementsEqual(link),
              PeriodParser.find(t, (f.end + link.count)..<end, base: nil) == nil,
              let m = nounPhrase(t, from: f.end + link.count, to: end), let c = m.first else { return nil }
        // (`the fair value of deferred consideration`: the measure and what it is of.)
        let of = Array((m + " of ").utf8), at = f.end + link.count
        let tail = at + of.count < end && t[at..<(at + of.count)].elementsEqual(of) ? nounPhrase(t, from: at + of.count, to: end) : nil
        return c.uppercased() + m.dropFirst() + (tail.map { " of " + $0 } ?? "")
    }

    /// **quotedLineItem.** A line item named in quotes after `link` printed right after `at`
    /// (`of "Non-current programming liabilities"`, `included in “Other long-term
    /// liabilities”`): the name inside, its first letter capitalised, and where the closing
    /// quote ends; nil when no quote opens there, it does not close within 100 bytes before
    /// `end`, or it holds anything but words, spaces, hyphens, commas, brackets and
    /// apostrophes.
    static func quotedName(_ t: [UInt8], after at: Int, link: String, end: Int) -> (name: String, end: Int)? {
        let l = Array(link.utf8)
        guard at + l.count < end, end <= t.count, t[at..<(at + l.count)].elementsEqual(l) else { return nil }
        return quotedName(t, at: at + l.count, end: end)
    }

    /// The quoted name opening at `i` (`quotedLineItem`).
    static func quotedName(_ t: [UInt8], at i: Int, end: Int) -> (name: String, end: Int)? {
        let curlyOpen: [UInt8] = [0xE2, 0x80, 0x9C], curlyClose: [UInt8] = [0xE2, 0x80, 0x9D]
        let limit = min(end, t.count, i + 100)
        let straight = i < limit && t[i] == UInt8(ascii: "\"")
        guard straight || i + 3 <= limit && t[i..<(i + 3)].elementsEqual(curlyOpen) else { return nil }
        let a = straight ? i + 1 : i + 3
        var j = a
        while j < limit {
            let b = t[j]
            if straight && b == UInt8(ascii: "\"") || !straight && j + 3 <= limit && t[j..<(j + 3)].elementsEqual(curlyClose) { break }
            // (An apostrophe may be printed curly: `’`, bytes E2 80 99.)
            let curlyApostrophe = b == 0xE2 && j + 3 <= limit && t[j + 1] == 0x80 && t[j + 2] == 0x99
            guard ByteClass.isAlphanumeric(b) || b == 0x20 || b == UInt8(ascii: "-") || b == UInt8(ascii: ",") || b == UInt8(ascii: "(")
                    || b == UInt8(ascii: ")") || b == UInt8(ascii: "'") || curlyApostrophe else { return nil }
            j += curlyApostrophe ? 3 : 1
        }
        guard j < limit, j > a, ByteClass.isLetter(t[a]) else { return nil }
        let name = singleSpaced(t, a, j)
        guard let c = name.first else { return nil }
        return (c.uppercased() + name.dropFirst(), j + (straight ? 1 : 3))
    }
}

extension NarrativeExtractor.SentenceReading {
    /// The parts of a whole from figure `k` on (`partsOfWhole`), each of the period of the whole
    /// read right before (none without it): appended, read past; whether there were any.
    mutating func readBreakdown(_ k: Int, _ f: Figure) -> Bool {
        guard let parts = NarrativeExtractor.breakdownParts(t, figures, k, sentence: r), let last = parts.last else { return false }
        // (Only after a whole read: where none was, the date the parts stand at is seldom
        // stated near them, `At the beginning of fiscal 2024, ... which consisted of`.)
        guard let whole = out.last, whole.figure.end == figures[k - 1].end else { return false }
        let p = whole.period
        // (The whole's noun read up to the verb, `$9.2 billion of commitments consisting`: the
        // verb goes.)
        let named = Array(whole.metric.utf8)
        if let w = Words.split(named[...]).last, NarrativeExtractor.breakdownVerbs.contains(w.text) {
            var e = w.start
            while e > 0, named[e - 1] == 0x20 { e -= 1 }
            if e > 0 { out[out.count - 1].metric = NarrativeExtractor.str(named, 0, e) }
        }
        for (i, m) in parts {
            out.append(NarrativeFact(metric: m, figure: i == k ? f : figures[i], period: p, role: "current", stated: false))
        }
        (metric, current, skipThrough, clauseStart) = (nil, p, last.index, figures[last.index].end)
        return true
    }
}
