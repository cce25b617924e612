import FolioModel

/// Tables whose row labels take more than the first column.
public enum LabelColumns {
    /// **Second label column.** A breakdown printed with its item in the first column and a
    /// sub-item in a later column, the item only on its first row:
    ///
    ///     years ended December 31 (in millions) |               | 2024   | 2023
    ///     Humira                                 | United States | $7,142 | $12,160
    ///                                            | International | 1,851  | 2,244
    ///
    /// and its variants: the sub-item after a figure (`2024 USD Notes` | `4.100%` | `Senior
    /// Notes due January 2028` | `$750`, then `` | `4.350%` | `Senior Notes due January 2032` |
    /// `1,150`). (A year column, `Beauty` | `2025` | `$3,490`, then `` | `2024`, is not folded:
    /// the period rules read it.) Read with
    /// the first column as the only label column, the rows under the first have no label (and
    /// a region of them reads as figures without labels).
    ///
    /// Column `k` is a label column when every cell in it is words (never a
    /// figure), no header row (the rows above the first figure) prints text in it, and at
    /// least two rows with figures print their only label there (nothing with letters left of
    /// it). It is folded into the first column: such a row takes it as its label; a row
    /// printing both keeps the first as its label (the row's first printed label); either
    /// records both as its `labelPath` (`Humira` > `International`, the item carried down to
    /// the rows under it). The column is then removed. One column, the first that qualifies.
    public static func foldSecondLabelColumn(_ rows: [GridRow]) -> [GridRow] {
        var width = 0
        for r in rows { width = max(width, r.cells.count) }
        guard width >= 3, let firstFigure = rows.firstIndex(where: { hasFigure($0, except: 0) }) else { return rows }
        // Cheap first look: rows below the header with no first-column label but text elsewhere.
        var unlabeled = 0
        for r in rows[firstFigure...] where r.text(0) == nil && r.cells.count > 1 { unlabeled += 1 }
        guard unlabeled >= 2 else { return rows }
        for k in 1..<width where isLabelColumn(rows, k, firstFigure: firstFigure) {
            return fold(rows, k)
        }
        return rows
    }

    static func isLabelColumn(_ rows: [GridRow], _ k: Int, firstFigure: Int) -> Bool {
        var onlyHere = 0
        for (i, r) in rows.enumerated() {
            guard let t = r.text(k) else { continue }
            if i < firstFigure { return false }
            // A column of years (`Beauty` | `2025`, then `` | `2024`) is left to the period
            // rules, which read the year there; only words fold.
            if TableBuilder.isValueOrRange(t) || !t.contains(where: \.isLetter) { return false }
            guard r.text(0) == nil, hasFigure(r, except: k) else { continue }
            var labelledBefore = false
            for c in 1..<k { if let o = r.text(c), o.contains(where: \.isLetter), !TableBuilder.isValueOrRange(o) { labelledBefore = true } }
            if !labelledBefore { onlyHere += 1 }
        }
        return onlyHere >= 2
    }

    static func fold(_ rows: [GridRow], _ k: Int) -> [GridRow] {
        var out = rows
        var item: String?
        for i in out.indices {
            var r = out[i]
            guard r.cells.count > k else { continue }
            let first = r.cells[0], second = r.cells[k]
            switch (first, second) {
            case let (f?, s?):
                if hasFigure(r, except: k) {
                    item = f.text
                    r.labelPath = [f.text, s.text]
                } else {
                    // A heading printed across both columns: one label.
                    r.cells[0] = GridCell(text: f.text + " " + s.text, span: f.span.union(s.span))
                    item = nil
                }
            case let (nil, s?):
                r.cells[0] = s
                if let item { r.labelPath = [item, s.text] }
            case (_?, nil):
                item = nil
            case (nil, nil):
                break
            }
            r.cells.remove(at: k)
            if let ends = r.spanEnds {
                var shifted: [Int: Int] = [:]
                for (c, e) in ends where c != k { shifted[c > k ? c - 1 : c] = e >= k && e > 0 ? e - 1 : e }
                r.spanEnds = shifted
            }
            out[i] = r
        }
        return out
    }

    /// A figure (not a year) in a column other than the label column and `except`.
    static func hasFigure(_ r: GridRow, except: Int) -> Bool {
        guard r.cells.count > 1 else { return false }
        for c in 1..<r.cells.count where c != except {
            if let t = r.cells[c]?.text, TableBuilder.isFigure(t) { return true }
        }
        return false
    }
}
