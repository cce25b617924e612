import FolioModel

/// Finds the table cell a narrative fact restates: a row whose label shares the metric's
/// words, a column for the same period, the same currency.
///
/// Work is per document, not per pair: each distinct label is tokenised once into word-stem
/// ids (`StemVocabulary`), cells are grouped by (period dates, unit) so a fact only looks at the
/// cells of its own period and currency, and a fact scores each distinct label once.
struct CellMatcher: Sendable {
    /// A cell with a value and a period: where it is, and (once scored) the index in `sets`
    /// of its row label's tokens and its row path's (-1 until then).
    struct Candidate: Sendable {
        var table: Int32
        var cell: Int32
        var label: Int32 = -1
        var path: Int32 = -1
        /// A short label (two stems or fewer) with a path that has stems: scored on both.
        var labelAndPath = false
    }

    /// What a cell must share with a fact before its label is scored.
    struct GroupKey: Hashable, Sendable {
        var kind: StatedPeriod.Kind
        var year: Int
        var month: Int
        var day: Int
        var unit: String?

        init(_ p: StatedPeriod, _ unit: String?) {
            kind = p.kind
            year = p.year
            month = p.month
            day = p.day
            self.unit = unit
        }

        /// A cell's resolved period: an instant, or a duration of whole months ending on its
        /// last day (a 13-week quarter is 3 months), as a stated period's key.
        init(_ p: Period, _ unit: String?) {
            kind = p.isInstant ? .instant : .duration(months: p.months ?? 0)
            year = p.end.year
            month = p.end.month
            day = p.end.day
            self.unit = unit
        }
    }

    /// Words that change what a figure measures: both sides must have them, or neither.
    static let qualifierWords: [String] = ["non", "gaap", "adjusted", "margin", "per", "basic", "diluted", "rate",
                                          "ratio", "average", "cumulative", "noncontrolling", "comprehensive", "loss", "deferred", "unearned", "accrued", "prepaid", "gross", "pretax"]
    /// What a line measures: a metric and a label naming different ones never match
    /// (`loan facilitation volume` is not `loan facilitation fees`).
    static let measureWords: [String] = ["revenue", "income", "expens", "expense", "cost", "fee", "volume", "balance", "asset",
                                        "liability", "cash", "profit", "equity", "dividend", "borrowing", "debt",
                                        "provision", "tax", "sale", "earning"]
    /// Words that name the kind of amount a line is, not which line (`charges`, `payments`,
    /// `amount`, `total`): with the measure words, the words a metric may have that its row
    /// label lacks when they share one word (`oneSharedWord`).
    static let genericWords: [String] = ["charge", "payment", "amount", "total"]
    static let stop: Set<String> = ["of", "the", "to", "from", "and", "for", "in", "a", "an", "on", "by", "its", "our"]

    var tables: [Table]
    var vocabulary = StemVocabulary()
    /// Token sets of the distinct texts seen (labels, paths, metrics), and where each text's is.
    var sets: [TokenSet] = []
    var setOf: [String: Int] = [:]
    /// The last sets found for a row (table index, row), with the texts they are of.
    struct RowSets: Sendable {
        var label: String
        var path: [String]
        var labelSet: Int32
        var pathSet: Int32
    }
    var rowSets: [Int: RowSets] = [:]
    var candidates: [Candidate] = []
    /// Candidate indices by period dates and unit, in document order.
    var groups: [GroupKey: [Int]] = [:]
    /// Per-`match` memo of a set's score against the metric (valid where `memoStamp` is the call's).
    var memoScore: [Double] = []
    var memoStamp: [Int] = []
    var stamp = 0
    /// Whether the last `match` found several best rows printing different figures, none of
    /// which agrees (a comparison that cannot accuse the fact: `CrossCheck`).
    var lastAmbiguous = false

    /// A cell's period is the one the tables stage resolved (`Cell.period`, from the column
    /// header, the row and the title): the matcher reads that decision and never re-reads the
    /// headers. A cell without a period never matches.
    init(tables: [Table]) {
        self.tables = tables
        for (ti, t) in tables.enumerated() {
            for (ci, c) in t.cells.enumerated() where c.value != nil {
                guard let p = c.period else { continue }
                groups[GroupKey(p, c.unit), default: []].append(candidates.count)
                candidates.append(Candidate(table: Int32(ti), cell: Int32(ci)))
            }
        }
    }

    /// Tokenises candidate `k`'s row label and row path on first use.
    mutating func tokenise(_ k: Int) {
        let ti = Int(candidates[k].table)
        let c = tables[ti].cells[Int(candidates[k].cell)]
        // The cells of a row share their labels: the row's sets when they are the same texts.
        let row = ti << 32 | (c.row & 0xFFFF_FFFF)
        if let r = rowSets[row], r.label == c.rowLabel, r.path == c.rowPath {
            candidates[k].label = r.labelSet
            candidates[k].path = r.pathSet
            candidates[k].labelAndPath = sets[Int(r.labelSet)].ids.count <= 2 && !sets[Int(r.pathSet)].ids.isEmpty
            return
        }
        let label = set(of: c.rowLabel)
        let path = c.rowPath.count == 1 && c.rowPath[0] == c.rowLabel ? label : set(of: c.rowPath.joined(separator: " "))
        candidates[k].label = Int32(label)
        candidates[k].path = Int32(path)
        candidates[k].labelAndPath = sets[label].ids.count <= 2 && !sets[path].ids.isEmpty
        rowSets[row] = RowSets(label: c.rowLabel, path: c.rowPath, labelSet: Int32(label), pathSet: Int32(path))
    }

    /// The index in `sets` of `text`'s tokens, tokenising it on first sight.
    mutating func set(of text: String) -> Int {
        if let k = setOf[text] { return k }
        let k = sets.count
        sets.append(vocabulary.tokens(text))
        setOf[text] = k
        return k
    }

    /// Lower-case word stems without stop words (`liabilities` → `liability`, `attributed`
    /// and `attributable` → `attribut`). The reference form of `StemVocabulary.tokens`.
    static func tokens(_ s: String) -> Set<String> {
        var v = StemVocabulary()
        let t = v.tokens(s)
        return Set(t.ids.map { v.names[Int($0)] })
    }

    static func stem(_ w: String) -> String {
        var s = w
        // Suffix, replacement, shortest stem left.
        for (suffix, repl, least) in [("ies", "y", 3), ("able", "", 4), ("ed", "", 4), ("ing", "", 4), ("es", "", 4), ("s", "", 3)]
        where s.count >= suffix.count + least && s.hasSuffix(suffix) {
            if suffix == "s" && (s.hasSuffix("ss") || s.hasSuffix("us")) { continue }
            s = String(s.dropLast(suffix.count)) + repl
            break
        }
        if s.hasPrefix("attribut") { s = "attribut" }
        if s.count >= 4, s.hasSuffix("e") { s.removeLast() }
        return s
    }

    /// Similarity of a metric and a label: the share of the metric's word stems the label
    /// has (then, to break ties, the Dice coefficient); 0 when a qualifier (`non-GAAP`,
    /// `margin`, `per`, `diluted`) is on one side only or the label is mostly other words.
    ///
    /// **oneSharedWord.** A metric of two words or more that shares a single word with a label,
    /// where each side has a word of its own that names which line it is, is another line of
    /// the same kind, not the metric:
    ///
    ///     Advertising expenses      Interest expense                      (`expense` shared)
    ///     Cash discounts            Cash flows from investing activities  (`cash` shared)
    ///     Deductions to the allowance   Foreign income deduction          (`deduction` shared)
    ///
    /// A side whose other words only name the kind of amount (measure words, `charges`,
    /// `payments`, `total`: `genericWords`) still matches: `Depreciation expense` is the row
    /// `Depreciation`, `Impairment charges` the row `Lease-related asset impairments`.
    static func score(_ m: TokenSet, _ l: TokenSet) -> Double {
        guard !m.ids.isEmpty, !l.ids.isEmpty else { return 0 }
        if m.qualifiers != l.qualifiers { return 0 }
        if m.measures != 0 && l.measures != 0 && m.measures & l.measures == 0 { return 0 }
        let shared = m.overlap(l)
        if shared == 1, m.ids.count >= 2, m.hasNamingWord(besides: l), l.hasNamingWord(besides: m) { return 0 }
        let o = Double(shared)
        let recall = o / Double(m.ids.count), precision = o / Double(l.ids.count)
        if precision < 0.25 { return 0 }
        return recall + 0.01 * (2 * o / Double(m.ids.count + l.ids.count))
    }

    /// `score` of two texts, each tokenised alone (for tests and one-off use).
    static func score(_ a: String, _ b: String) -> Double {
        var v = StemVocabulary()
        return score(v.tokens(a), v.tokens(b))
    }

    /// The best cell for a fact, with the score; among equally good rows the one that agrees.
    mutating func match(metric: String, period: StatedPeriod, unit: String?, agrees: (Cell) -> Bool, threshold: Double) -> (Int, Cell)? {
        lastAmbiguous = false
        guard let group = groups[GroupKey(period, unit)] else { return nil }
        for ci in group where candidates[ci].label < 0 { tokenise(ci) }
        let m = sets[set(of: metric)]
        stamp += 1
        if memoStamp.count < sets.count {
            memoStamp += Array(repeating: 0, count: sets.count - memoStamp.count)
            memoScore += Array(repeating: 0, count: sets.count - memoScore.count)
        }
        var best: [Int] = []
        var bestScore = threshold
        // The memo is moved out for the loop and written through buffers (no copy-on-write
        // checks per cell).
        var memo: [Double] = [], seen: [Int] = []
        swap(&memo, &memoScore)
        swap(&seen, &memoStamp)
        let stamp = self.stamp, sets = self.sets, candidates = self.candidates
        memo.withUnsafeMutableBufferPointer { memo in
            seen.withUnsafeMutableBufferPointer { seen in
                func score(_ k: Int) -> Double {
                    if seen[k] == stamp { return memo[k] }
                    let s = CellMatcher.score(m, sets[k])
                    seen[k] = stamp
                    memo[k] = s
                    return s
                }
                for ci in group {
                    let c = candidates[ci]
                    // A short label (`Basic`, `Diluted`) takes its meaning from its group rows.
                    let s = c.labelAndPath ? max(score(Int(c.label)), score(Int(c.path))) : score(Int(c.label))
                    if s > bestScore + 1e-9 { bestScore = s; best = [ci] }
                    else if abs(s - bestScore) <= 1e-9 { best.append(ci) }
                }
            }
        }
        swap(&memo, &memoScore)
        swap(&seen, &memoStamp)
        func found(_ ci: Int) -> (Int, Cell) {
            let t = tables[Int(candidates[ci].table)]
            return (t.id, t.cells[Int(candidates[ci].cell)])
        }
        guard let first = best.first else { return nil }
        if let a = best.first(where: { agrees(found($0).1) }) { return found(a) }
        // Rows of equal score that print different figures (a segment table beside the
        // consolidated one): which one the fact restates is not known.
        let values = best.compactMap { ci -> Double? in
            let c = found(ci).1
            return c.value.map { abs($0 * Double(c.scale)) }
        }
        if let lo = values.min(), let hi = values.max(), hi - lo > 1e-9 * hi { lastAmbiguous = true }
        return found(first)
    }
}

/// A text's distinct word stems as ascending ids of one `StemVocabulary`, with bit masks of the
/// qualifier and measure stems among them.
struct TokenSet: Sendable, Equatable {
    var ids: [Int32] = []
    var qualifiers: UInt64 = 0
    var measures: UInt64 = 0

    /// Whether the set has an id `o` lacks that is not a measure or generic word
    /// (`StemVocabulary.kindWords`): a word that names which line it is (`oneSharedWord`).
    func hasNamingWord(besides o: TokenSet) -> Bool {
        let kind = StemVocabulary.kindWords
        var j = 0
        let b = o.ids
        for x in ids {
            while j < b.count && b[j] < x { j += 1 }
            if j < b.count && b[j] == x { continue }
            if !kind.contains(x) { return true }
        }
        return false
    }

    /// How many ids both sets have (a merge of the two ascending lists).
    func overlap(_ o: TokenSet) -> Int {
        var i = 0, j = 0, n = 0
        let a = ids, b = o.ids
        while i < a.count && j < b.count {
            let x = a[i], y = b[j]
            if x == y { n += 1; i += 1; j += 1 } else if x < y { i += 1 } else { j += 1 }
        }
        return n
    }
}

/// Word stems of one document as small integer ids. The qualifier and measure stems come
/// first, so their masks are bits of their ids.
struct StemVocabulary: Sendable {
    var ids: [String: Int32] = [:]
    var names: [String] = []
    /// Masks of the first `preset` ids.
    var qualifierBit: [UInt64] = []
    var measureBit: [UInt64] = []
    let gaap: Int32
    let non: Int32

    /// The preset stems, built once.
    static let base = StemVocabulary(preset: ())
    /// The ids of the measure and generic stems (`CellMatcher.measureWords`, `genericWords`),
    /// the same in every vocabulary: the words that name a kind of amount, not a line.
    static let kindWords: Range<Int32> = base.kindRange
    /// (`kindWords`, of the preset vocabulary.)
    private var kindRange: Range<Int32> = 0..<0

    init() { self = StemVocabulary.base }

    private init(preset: ()) {
        var q: [String] = [], m: [String] = []
        for w in CellMatcher.qualifierWords {
            let s = CellMatcher.stem(w)
            if !q.contains(s) { q.append(s) }
        }
        for w in CellMatcher.measureWords {
            let s = CellMatcher.stem(w)
            if !m.contains(s) { m.append(s) }
        }
        var g: [String] = []
        for w in CellMatcher.genericWords {
            let s = CellMatcher.stem(w)
            if !q.contains(s) && !m.contains(s) && !g.contains(s) { g.append(s) }
        }
        for s in q + m + g where ids[s] == nil {
            ids[s] = Int32(names.count)
            names.append(s)
        }
        kindRange = Int32(q.count)..<Int32(names.count)
        qualifierBit = Array(repeating: 0, count: names.count)
        measureBit = Array(repeating: 0, count: names.count)
        for (k, s) in q.enumerated() { qualifierBit[Int(ids[s] ?? 0)] |= 1 << UInt64(k) }
        for (k, s) in m.enumerated() { measureBit[Int(ids[s] ?? 0)] |= 1 << UInt64(k) }
        gaap = ids[CellMatcher.stem("gaap")] ?? -1
        non = ids[CellMatcher.stem("non")] ?? -1
    }

    mutating func id(_ stem: String) -> Int32 {
        if let k = ids[stem] { return k }
        let k = Int32(names.count)
        ids[stem] = k
        names.append(stem)
        return k
    }

    /// Distinct stems of `text`'s words, stop words left out; `gaap` only with `non`
    /// (`GAAP operating margin` is the operating margin; only `non-GAAP` qualifies it).
    mutating func tokens(_ text: String) -> TokenSet {
        var out = TokenSet()
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var t = text
        t.withUTF8 { b in
            var i = 0
            let n = b.count
            while i < n {
                guard Words.isAlnum(b[i]), !Words.isPunctuation(b, i) else { i += Words.isPunctuation(b, i) ? 3 : 1; continue }
                word.removeAll(keepingCapacity: true)
                var ascii = true
                while i < n, Words.isAlnum(b[i]), !Words.isPunctuation(b, i) {
                    let c = b[i]
                    if c >= 0x80 { ascii = false }
                    word.append(Words.lower(c))
                    i += 1
                }
                if StemVocabulary.isStop(word) { continue }
                let stem = ascii ? StemVocabulary.asciiStem(&word) : CellMatcher.stem(String(decoding: word, as: UTF8.self))
                out.ids.append(id(stem))
            }
        }
        out.ids.sort()
        var k = 0
        for x in out.ids where k == 0 || out.ids[k - 1] != x {
            out.ids[k] = x
            k += 1
        }
        out.ids.removeLast(out.ids.count - k)
        if gaap >= 0, out.ids.contains(gaap), !out.ids.contains(non), let at = out.ids.firstIndex(of: gaap) {
            out.ids.remove(at: at)
        }
        for x in out.ids where Int(x) < qualifierBit.count {
            out.qualifiers |= qualifierBit[Int(x)]
            out.measures |= measureBit[Int(x)]
        }
        return out
    }

    static let stopWords: [[UInt8]] = CellMatcher.stop.map { Array($0.utf8) }

    static func isStop(_ w: [UInt8]) -> Bool {
        guard w.count <= 4 else { return false }
        for s in stopWords where s == w { return true }
        return false
    }

    static let attribut = Array("attribut".utf8)

    /// `CellMatcher.stem` of an ASCII word (one byte a character), on its bytes.
    static func asciiStem(_ w: inout [UInt8]) -> String {
        let n = w.count
        func ends(_ a: UInt8, _ b: UInt8) -> Bool { n >= 2 && w[n - 2] == a && w[n - 1] == b }
        func ends(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool { n >= 3 && w[n - 3] == a && w[n - 2] == b && w[n - 1] == c }
        let (a, b, d, e, g, i, l, n_, s, u) = (UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "d"), UInt8(ascii: "e"),
                                              UInt8(ascii: "g"), UInt8(ascii: "i"), UInt8(ascii: "l"), UInt8(ascii: "n"),
                                              UInt8(ascii: "s"), UInt8(ascii: "u"))
        // `stem`'s suffixes in its order: the first that applies (leaving its shortest stem) goes.
        if n >= 6 && ends(i, e, s) { w.removeLast(3); w.append(UInt8(ascii: "y")) }
        else if n >= 8 && ends(b, l, e) && w[n - 4] == a { w.removeLast(4) }
        else if n >= 6 && ends(e, d) { w.removeLast(2) }
        else if n >= 7 && ends(i, n_, g) { w.removeLast(3) }
        else if n >= 6 && ends(e, s) { w.removeLast(2) }
        else if n >= 4 && w[n - 1] == s && w[n - 2] != s && w[n - 2] != u { w.removeLast() }
        if w.count >= attribut.count && w[..<attribut.count].elementsEqual(attribut) { w = attribut }
        if w.count >= 4, w[w.count - 1] == UInt8(ascii: "e") { w.removeLast() }
        return String(decoding: w, as: UTF8.self)
    }
}
