import FolioModel

/// Lists of amounts paired by `respectively` with a list of names printed after them.
extension NarrativeExtractor {
    /// **respectiveNames.** A list of amounts closed by `respectively` whose other list is not
    /// of periods but of names, printed after the amounts, states one amount for each name,
    /// all of one period:
    ///
    ///     During the six months ended June 30, 2025, $351 was allocated to the segments, of
    ///     which $172, $140, and $39 was allocated to Alpha, Beta and Gamma, respectively.
    ///         -> `Amount allocated to Alpha` 172, `Amount allocated to Beta` 140, ...
    ///     As of January 31, 2025, we intend to reinvest $1.05 billion and $245 million of
    ///     undistributed earnings held by subsidiaries in Ireland and Japan, respectively.
    ///         -> `Undistributed earnings held by subsidiaries in Ireland` 1.05 billion, ...
    ///
    /// The names are the items (split at commas, `and` and `or`; a leading article dropped)
    /// after the last linking preposition (`nameLinks`) before `respectively`: exactly as many
    /// as the amounts, each of one to six words. Between the last amount and that link stand
    /// either `of` and the noun the amounts measure (a passive verb after it dropped: `of
    /// revenue was recognized in` -> `Revenue recognized in`), or a past participle, alone or
    /// after a passive verb (`was allocated to`): the metric is then `Amount` and the
    /// participle. No comma, semicolon or bracket between. The amounts' one period is the
    /// sentence's (`periodNear`). Nil when the words between the amounts and `respectively`
    /// state a period (a list of periods: `listPeriods`), when as many periods open the
    /// sentence (`openingPeriodList`), for a list of other figures, or any other shape.
    /// (A list of names before the amounts is `respectiveMetrics`'.)
    static func respectiveNames(_ t: [UInt8], _ figures: [Figure], _ k: Int, sentence r: Range<Int>, base: StatedPeriod?)
        -> (metrics: [String], last: Int, period: StatedPeriod?)? {
        guard k < figures.count, figures[k].hasCurrency else { return nil }
        let e = listEnd(t, figures, from: k)
        let n = e - k + 1
        guard n >= 2, (k...e).allSatisfy({ figures[$0].hasCurrency }) else { return nil }
        let afterEnd = e + 1 < figures.count ? figures[e + 1].start : r.upperBound
        let lo = figures[e].end, hi = min(afterEnd, t.count, lo + 240)
        guard lo < hi, let resp = firstIndex(of: respectivelyBytes, in: t, lo..<hi) else { return nil }
        let words = Words.split(t[lo..<resp])
        guard words.count >= 3, PeriodParser.find(t, lo..<resp, base: nil) == nil,
              periodList(t, r.lowerBound..<figures[k].start, base: base, count: n) == nil else { return nil }
        // The link: the last preposition after which stand as many names as amounts.
        var found: (names: [String], link: Int)?
        for i in stride(from: words.count - 2, through: 0, by: -1) where nameLinks.contains(words[i].text) {
            if let names = nameItems(t, words[i].end..<resp, count: n) { found = (names, i); break }
        }
        guard let (names, link) = found, link > 0,
              !(lo..<words[link].start).contains(where: { [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "("), UInt8(ascii: ")")].contains(t[$0]) })
        else { return nil }
        // What the amounts measure: `of <noun>`, else `Amount` and the participle.
        let passive = (0..<link).filter { passiveVerbs.contains(words[$0].text) }
        let head: String
        if words[0].text == "of" {
            guard link > 1, !passiveVerbs.contains(words[1].text) else { return nil }
            // The noun, then (a passive verb dropped) the rest up to the link.
            if let p = passive.first, let q = passive.last {
                guard q + 1 < link, q - p + 1 == passive.count else { return nil }
                head = singleSpaced(t, words[1].start, words[p].start) + " " + singleSpaced(t, words[q + 1].start, words[link].end)
            } else {
                head = singleSpaced(t, words[1].start, words[link].end)
            }
        } else {
            // Passive verbs (none, or from the first word on), then a participle.
            let v = passive.count
            guard passive == Array(0..<v), v < link, isPastParticiple(words[v]) else { return nil }
            head = "Amount " + singleSpaced(t, words[v].start, words[link].end)
        }
        guard let c = head.first else { return nil }
        let metric = c.uppercased() + head.dropFirst()
        let period = periodNear(t, after: resp, figures[k], nextStart: afterEnd, sentence: r, base: base)
        return (names.map { metric + " " + $0 }, e, period)
    }

    /// The items of a list of names in `t[range]` (`respectiveNames`): split at commas and at
    /// the last `and` or `or`, a leading article or `our` dropped; nil unless there are
    /// exactly `count`, each of one to six words with a letter and no figure.
    static func nameItems(_ t: [UInt8], _ range: Range<Int>, count: Int) -> [String]? {
        guard range.count <= 160 else { return nil }
        var pieces: [(Int, Int)] = []
        var start = range.lowerBound
        for i in range where t[i] == UInt8(ascii: ",") {
            pieces.append((start, i))
            start = i + 1
        }
        pieces.append((start, range.upperBound))
        var items: [[Word]] = []
        for (a, b) in pieces {
            let ws = Words.split(t[a..<b])
            if ws.isEmpty { continue }
            if let j = ws.lastIndex(where: { $0.text == "and" || $0.text == "or" }) {
                // `and Gamma` (after a serial comma) or `Beta and Gamma`.
                if j > 0 { items.append(Array(ws[..<j])) }
                items.append(Array(ws[(j + 1)...]))
            } else {
                items.append(ws)
            }
        }
        guard items.count == count else { return nil }
        var out: [String] = []
        for var item in items {
            if let w = item.first, determiners.contains(w.text) { item.removeFirst() }
            guard let first = item.first, let last = item.last, item.count <= 6,
                  item.contains(where: { $0.text.contains(where: \.isLetter) }),
                  !(first.start..<last.end).contains(where: { t[$0] == UInt8(ascii: "$") }) else { return nil }
            out.append(singleSpaced(t, first.start, last.end))
        }
        return out
    }

    /// Whether `w` is a past participle by its form (`allocated`, `recorded`) or one of the
    /// irregular ones (`respectiveNames`).
    static func isPastParticiple(_ w: Word) -> Bool {
        (w.text.count >= 5 && w.text.hasSuffix("ed")) || irregularParticiples.contains(w.text) || ["held", "owed"].contains(w.text)
    }

    /// The prepositions that open a list of names (`respectiveNames`).
    static let nameLinks: Set<String> = ["to", "in", "by", "for", "at", "from", "among", "between", "with", "on"]
    /// The words of a passive verb before its participle (`respectiveNames`).
    static let passiveVerbs: Set<String> = ["was", "were", "is", "are", "been", "being", "has", "have", "had"]
    static let respectivelyBytes = Array("respectively".utf8)
}
