/// Decides which lines are table lines: tabular lines (see `LineClassifier.isTabular`), plus
/// fixed-width column-header lines next to them, plus a short row label standing between two
/// parts of a plain-text statement (`REVENUES` between blank lines).
public enum TableLines {
    public static func mark(lines: [TextLine], raws: [String], trimmed: [String], pageNum: [Bool], glyph: [Bool]) -> [Bool] {
        let n = lines.count
        var tab = (0..<n).map { i in !lines[i].isBlank && !pageNum[i] && !glyph[i] && LineClassifier.isTabular(raws[i]) }
        let multi = (0..<n).map { i in !lines[i].isBlank && !pageNum[i] && !tab[i] && LineClassifier.isMultiCell(raws[i]) }
        func near(_ i: Int, _ step: Int) -> Bool {
            let a = i + step
            guard a >= 0, a < n else { return false }
            if tab[a] { return true }
            let b = a + step
            return lines[a].isBlank && b >= 0 && b < n && tab[b]
        }
        // Header lines propagate outward from real table lines (both directions).
        for i in stride(from: n - 1, through: 0, by: -1) where multi[i] && near(i, 1) { tab[i] = true }
        for i in 0..<n where multi[i] && !tab[i] && near(i, -1) { tab[i] = true }
        // A short label between two table parts, one blank line on each side.
        if n >= 5 {
            for i in 2..<(n - 2) where !tab[i] && !lines[i].isBlank && lines[i - 1].isBlank && lines[i + 1].isBlank
                && tab[i - 2] && tab[i + 2] {
                let t = trimmed[i]
                let wc = LineClassifier.words(t).count
                let l = t.lowercased()
                let caption = l.contains("statement") || l.contains("balance sheet") || l.contains("cash flow") || LineClassifier.isUnitsCaption(t)
                if wc <= 4, !caption, !t.hasSuffix(".") { tab[i] = true }
            }
        }
        return tab
    }
}
