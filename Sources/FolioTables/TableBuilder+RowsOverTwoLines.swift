import FolioModel

extension TableBuilder {
    /// **Rows printed over two lines.** A table whose cells the page sets at different heights
    /// (the label and one cell at the top of the row, the other cells at its foot; a proxy's
    /// pay-versus-performance table, each year a row) reaches the text as two lines a row:
    /// the label with the cells printed at its height, then a line without a label holding the
    /// others. A cell split between the two lines keeps its currency sign and unit on the
    /// lower line (`$ M`) and its figure on the upper one:
    ///
    /// ```
    ///  2023                                                         445
    ///          $ 7,791,510   $ 8,106,840   $ 206   $ 135   $ M   $ 553 M
    ///  2022                                                         209
    ///          $ 7,948,029   $ 17,160,056  $ 186   $ 117   $ M   $ 583 M
    /// ```
    ///
    /// Each labelled line and the unlabelled line right under it (no blank line between) are
    /// one row when the table is printed so throughout: two such pairs at least, every
    /// labelled line with figures the upper line of one and every unlabelled line with
    /// figures the lower line of one; the upper line's cells all figures, fewer than the lower
    /// line's, each over an empty cell of the lower line or over a part without a figure
    /// (`$ M`), which takes the figure (`$ 445 M`). Any other table is left as it is (an
    /// unlabelled line under a labelled one is otherwise a subtotal).
    static func rowsOverTwoLines(_ rows: [GridRow], notes: inout [(Severity, String, String, Span?)]) -> [GridRow] {
        var tops: [Int] = []
        var i = 0
        while i + 1 < rows.count {
            // Most lines carry a label: the lower line's is read in place first.
            if !rows[i + 1].blankBefore, rows[i + 1].cells.first.map({ $0?.text.isEmpty ?? true }) ?? true,
               upperLine(rows[i], of: rows[i + 1]) { tops.append(i); i += 2 } else { i += 1 }
        }
        guard tops.count >= 2 else { return rows }
        let upper = Set(tops), lower = Set(tops.map { $0 + 1 })
        for (k, r) in rows.enumerated() where !r.dataColumns.isEmpty {
            guard r.label.isEmpty ? lower.contains(k) : upper.contains(k) else { return rows }
        }
        var out: [GridRow] = []
        out.reserveCapacity(rows.count - tops.count)
        for (k, r) in rows.enumerated() where !lower.contains(k) {
            out.append(upper.contains(k) ? joined(r, rows[k + 1]) : r)
        }
        notes.append((.info, "tables.rows_over_two_lines", "\(tops.count) rows printed over two lines read as one each", rows[tops[0]].span))
        return out
    }

    /// Whether `top` is the upper line of a row printed over two lines whose lower line is
    /// `bottom` (`rowsOverTwoLines`).
    static func upperLine(_ top: GridRow, of bottom: GridRow) -> Bool {
        // Most lines carry a label: the lower line's is read first, before any column is.
        guard !bottom.blankBefore, bottom.label.isEmpty, !top.label.isEmpty else { return false }
        let cols = top.dataColumns
        guard !cols.isEmpty, bottom.dataColumns.count > cols.count else { return false }
        return cols.allSatisfy { c in
            guard let t = top.text(c), isFigure(t) else { return false }
            return bottom.text(c).map { NumberParser.parse($0) == nil } ?? true
        }
    }

    /// The row of `top`'s label and the cells of both lines, each of `top`'s figures put in
    /// the part of its cell on `bottom` after its currency sign (`$ M` and `445`: `$ 445 M`).
    static func joined(_ top: GridRow, _ bottom: GridRow) -> GridRow {
        var cells = bottom.cells
        if cells.count < top.cells.count { cells += Array(repeating: nil, count: top.cells.count - cells.count) }
        cells[0] = top.cells[0]
        for c in top.dataColumns {
            guard let figure = top.cells[c] else { continue }
            guard let part = cells[c] else { cells[c] = figure; continue }
            let words = part.text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            let signs = words.prefix { FixedWidth.isCurrencySymbol($0) }
            let text = (signs + [figure.text] + words.dropFirst(signs.count)).joined(separator: " ")
            cells[c] = GridCell(text: text, span: part.span.union(figure.span))
        }
        var row = GridRow(cells: cells, span: top.span.union(bottom.span), blankBefore: top.blankBefore)
        row.indent = top.indent
        row.labelPath = top.labelPath
        return row
    }
}
