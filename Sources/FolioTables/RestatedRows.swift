import FolioModel

/// Rows that repeat another table's figures.
public enum RestatedRows {
    /// **Restated row.** A table that states no units anywhere (no caption, lead-in, header
    /// cell or running header: `units.source` `default`) may repeat, figure for figure, rows of
    /// a statement printed elsewhere in the filing under its units statement, as a note's
    /// reconciliation of the per-share denominator does:
    ///
    ///     (In thousands, except per share data)        Three months    Six months
    ///     Net loss                                     $(1,874) $(12,306) $(20,417) $(6,935)
    ///     Weighted average shares used in computing ...  48,512   47,230   48,391   47,108
    ///
    /// and, in the note, without any units:
    ///
    ///     Net loss                                     $(1,874) $(12,306) $(20,417) $(6,935)
    ///     Weighted-average common shares — basic         48,512   47,230   48,391   47,108
    ///
    /// The repeated row is the same quantity: its cells take the scale of the row they repeat
    /// (`scale_reason` `restated`). A row qualifies when it prints at least
    /// `minimumNonZero` figures other than zero, one of them at least `minimumMagnitude`
    /// (small counts repeat by chance), and its figures, in column order and without their
    /// signs, are exactly those of a row of a table that states its scale, every figure of
    /// which has the same scale; rows that figures of two scales print alike decide nothing.
    /// Only plainly scaled cells change (no per-share, percent, share or printed scale reason),
    /// and only in a table whose scale is not stated.
    static func adoptScales(_ tables: inout [Table]) {
        guard tables.contains(where: { $0.units.scale == nil }) else { return }
        // The scale of each qualifying row of the tables that state theirs, by its figures;
        // nil when rows with those figures have different scales.
        var scaleOf: [[Double]: Int?] = [:]
        for t in tables where t.units.scale != nil {
            for row in rows(of: t) {
                guard let key = key(row.map { t.cells[$0] }) else { continue }
                let scales = Set(row.map { t.cells[$0].scale })
                let s: Int? = scales.count == 1 ? scales.first : nil
                if let seen = scaleOf[key], seen != s { scaleOf[key] = .some(nil) } else { scaleOf[key] = .some(s) }
            }
        }
        guard !scaleOf.isEmpty else { return }
        for ti in tables.indices where tables[ti].units.scale == nil {
            for row in rows(of: tables[ti]) {
                let cells = row.map { tables[ti].cells[$0] }
                guard cells.allSatisfy({ $0.scale == 1 && $0.scaleReason == nil && $0.unit != "percent" }),
                      let key = key(cells), let found = scaleOf[key], let s = found, s != 1 else { continue }
                for ci in row {
                    tables[ti].cells[ci].scale = s
                    tables[ti].cells[ci].scaleReason = .restated
                }
            }
        }
    }

    /// The fewest figures other than zero a row prints to be matched.
    static let minimumNonZero = 2
    /// The least magnitude one of them must have.
    static let minimumMagnitude = 100.0

    /// The indices into `t.cells` of each row's cells with a value, in column order.
    static func rows(of t: Table) -> [[Int]] {
        var byRow: [Int: [Int]] = [:]
        for (i, c) in t.cells.enumerated() where c.value != nil { byRow[c.row, default: []].append(i) }
        return byRow.keys.sorted().compactMap { r in
            byRow[r].map { ids in ids.sorted { t.cells[$0].col < t.cells[$1].col } }
        }
    }

    /// A row's figures without their signs, when the row qualifies for matching.
    static func key(_ cells: [Cell]) -> [Double]? {
        var out: [Double] = []
        var nonZero = 0, large = false
        for c in cells {
            guard let v = c.value, v.isFinite else { return nil }
            let m = abs(v)
            if m != 0 { nonZero += 1 }
            if m >= minimumMagnitude { large = true }
            out.append(m)
        }
        return nonZero >= minimumNonZero && large ? out : nil
    }
}
