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
    static let qualifiers: Set<String> = ["non", "gaap", "adjusted", "margin", "per", "basic", "diluted", "rate",
                                          "ratio", "average", "cumulative", "noncontrolling", "comprehensive", "loss"]
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
        return out
    }

    static func stem(_ w: String) -> String {
        var s = w
        for (suffix, repl) in [("ies", "y"), ("able", ""), ("ed", ""), ("ing", ""), ("es", ""), ("s", "")] where s.count > suffix.count + 3 && s.hasSuffix(suffix) {
            if suffix == "s" && s.hasSuffix("ss") { continue }
            s = String(s.dropLast(suffix.count)) + repl
            break
        }
        if s.hasSuffix("ut") == false, s.hasPrefix("attribut") { s = "attribut" }
        return s
    }

    /// Similarity of a metric and a label: Dice coefficient of their word stems, 0 when
    /// a qualifier is on one side only.
    static func score(_ m: Set<String>, _ l: Set<String>) -> Double {
        guard !m.isEmpty, !l.isEmpty else { return 0 }
        if m.intersection(qualifiers) != l.intersection(qualifiers) { return 0 }
        let o = m.intersection(l).count
        return 2 * Double(o) / Double(m.count + l.count)
    }

    /// The best cell for a fact, with the score; among equally good rows the one that agrees.
    func match(metric: String, period: Period, unit: String?, agrees: (Cell) -> Bool, threshold: Double) -> (Int, Cell)? {
        let m = CellMatcher.tokens(metric)
        var best: [(Candidate, Double)] = []
        var bestScore = threshold
        for c in candidates {
            guard let p = c.period, p.sameDates(period) else { continue }
            guard c.cell.unit == unit else { continue }
            let s = max(CellMatcher.score(m, c.labelTokens), c.pathTokens.isEmpty ? 0 : CellMatcher.score(m, c.pathTokens))
            if s > bestScore + 1e-9 { bestScore = s; best = [(c, s)] }
            else if abs(s - bestScore) <= 1e-9 { best.append((c, s)) }
        }
        guard !best.isEmpty else { return nil }
        if let a = best.first(where: { agrees($0.0.cell) }) { return (a.0.tableId, a.0.cell) }
        return (best[0].0.tableId, best[0].0.cell)
    }
}
