import FolioModel

/// Finds the table cell a narrative fact restates: a row whose label shares the metric's
/// words, a column for the same period, the same currency.
struct CellMatcher: Sendable {
    struct Candidate: Sendable {
        var tableId: Int
        var cell: Cell
        var labelTokens: Set<String>
        var pathTokens: Set<String>
        var period: Period?
    }

    /// Words that change what a figure measures: both sides must have them, or neither.
    static let qualifiers: Set<String> = Set(qualifierWords.map(stem))
    static let measures: Set<String> = Set(measureWords.map(stem))
    static let qualifierWords: [String] = ["non", "gaap", "adjusted", "margin", "per", "basic", "diluted", "rate",
                                          "ratio", "average", "cumulative", "noncontrolling", "comprehensive", "loss", "deferred", "unearned", "accrued", "prepaid", "gross", "pretax"]
    /// What a line measures: a metric and a label naming different ones never match
    /// (`loan facilitation volume` is not `loan facilitation fees`).
    static let measureWords: [String] = ["revenue", "income", "expens", "expense", "cost", "fee", "volume", "balance", "asset",
                                        "liability", "cash", "profit", "equity", "dividend", "borrowing", "debt",
                                        "provision", "tax", "sale", "earning"]
    static let stop: Set<String> = ["of", "the", "to", "from", "and", "for", "in", "a", "an", "on", "by", "its", "our"]

    var candidates: [Candidate] = []

    init(tables: [Table]) {
        var periodCache: [[String]: Period?] = [:]
        for t in tables {
            for c in t.cells where c.value != nil {
                let p: Period?
                if let cached = periodCache[c.columnPath] { p = cached } else {
                    p = PeriodParser.find(in: c.columnPath.joined(separator: " "), bareDates: true)
                    periodCache[c.columnPath] = p
                }
                candidates.append(Candidate(tableId: t.id, cell: c, labelTokens: CellMatcher.tokens(c.rowLabel),
                                            pathTokens: CellMatcher.tokens(c.rowPath.joined(separator: " ")), period: p))
            }
        }
    }

    /// Lower-case word stems without stop words (`liabilities` → `liability`, `attributed`
    /// and `attributable` → `attribut`).
    static func tokens(_ s: String) -> Set<String> {
        var out: Set<String> = []
        for w in Words.split(s) where !stop.contains(w.text) {
            out.insert(stem(w.text))
        }
        // `GAAP operating margin` is the operating margin; only `non-GAAP` qualifies it.
        if out.contains("gaap") && !out.contains("non") { out.remove("gaap") }
        return out
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
    static func score(_ m: Set<String>, _ l: Set<String>) -> Double {
        guard !m.isEmpty, !l.isEmpty else { return 0 }
        if m.intersection(qualifiers) != l.intersection(qualifiers) { return 0 }
        let mm = m.intersection(measures), lm = l.intersection(measures)
        if !mm.isEmpty && !lm.isEmpty && mm.isDisjoint(with: lm) { return 0 }
        let o = Double(m.intersection(l).count)
        let recall = o / Double(m.count), precision = o / Double(l.count)
        if precision < 0.25 { return 0 }
        return recall + 0.01 * (2 * o / Double(m.count + l.count))
    }

    /// The best cell for a fact, with the score; among equally good rows the one that agrees.
    func match(metric: String, period: Period, unit: String?, agrees: (Cell) -> Bool, threshold: Double) -> (Int, Cell)? {
        let m = CellMatcher.tokens(metric)
        var best: [(Candidate, Double)] = []
        var bestScore = threshold
        for c in candidates {
            guard let p = c.period, p.sameDates(period) else { continue }
            guard c.cell.unit == unit else { continue }
            // A short label (`Basic`, `Diluted`) takes its meaning from its group rows.
            let s = c.labelTokens.count <= 2 && !c.pathTokens.isEmpty
                ? max(CellMatcher.score(m, c.labelTokens), CellMatcher.score(m, c.pathTokens))
                : CellMatcher.score(m, c.labelTokens)
            if s > bestScore + 1e-9 { bestScore = s; best = [(c, s)] }
            else if abs(s - bestScore) <= 1e-9 { best.append((c, s)) }
        }
        guard !best.isEmpty else { return nil }
        if let a = best.first(where: { agrees($0.0.cell) }) { return (a.0.tableId, a.0.cell) }
        return (best[0].0.tableId, best[0].0.cell)
    }
}
