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
    /// the period rules read it; `labelYearRows` labels its rows.) Read with
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
        guard unlabeled >= 1 else { return rows }
        if unlabeled >= 2 {
            for k in 1..<width where isLabelColumn(rows, k, firstFigure: firstFigure) {
                return fold(rows, k)
            }
        }
        return labelLaterCells(unlabeled >= 2 ? labelYearRows(rows, firstFigure: firstFigure) : rows, firstFigure: firstFigure)
    }

    /// **Label printed in a later column.** A row with figures that prints nothing in the
    /// label column, its first printed cell further right being words: the row's label,
    /// printed in the column of a text column of the rows around it (a location, a date) or
    /// indented into the next column:
    ///
    ///                    | 2024  | 2023  | Location of reclassification | 2024
    ///     Interest rate  | $124  | $(37) | Net revenue                  | $6
    ///                    |       |       | General and administrative   | $139
    ///
    ///     Preferred stock – shares issued – | March 2025 | 2,315.6 |       |
    ///                                       | June 2024  | 2,315.6 | 2,316 | 2,316
    ///
    /// Read with the first column as the only label column, such a row has no label. The
    /// words are its label (copied into the first column; the cell stays in its column, data
    /// of a text column); when the row just above has figures and a label of its own, that
    /// label is the item the row goes on from and both are its `labelPath` (`Interest rate` >
    /// `General and administrative`), as a second label column's rows record theirs (`fold`),
    /// carried down the rows labelled so under it.
    /// The words must be a cell of letters that is not a figure, a range or a year
    /// (`labelYearRows` and the period rules read those), with a figure right of it and
    /// nothing left of it, in a row that is not a header row (`TableBuilder.isHeaderLike`:
    /// `Six months ended June` | `30`, a date broken across cells). A block with fewer than
    /// two rows labelled in the first column with figures (`minLabelledRows`) is left alone:
    /// lines of `FIELD: value` pairs (an SGML header) are no table.
    static func labelLaterCells(_ rows: [GridRow], firstFigure: Int) -> [GridRow] {
        var labelled = 0
        for r in rows[firstFigure...] where r.text(0) != nil && hasFigure(r, except: 0) { labelled += 1 }
        guard labelled >= minLabelledRows else { return rows }
        var out = rows
        var item: String?
        for i in out.indices where i >= firstFigure {
            var r = out[i]
            if let own = r.text(0) {
                item = hasFigure(r, except: 0) ? own : nil
                continue
            }
            guard !TableBuilder.isHeaderLike(r),
                  let k = r.cells.indices.dropFirst().first(where: { r.cells[$0] != nil }),
                  let words = r.cells[k], isWords(words.text),
                  r.cells.indices.contains(where: { $0 > k && r.text($0).map(TableBuilder.isFigure) == true }) else {
                item = nil
                continue
            }
            r.cells[0] = words
            if let item { r.labelPath = [item, words.text] }
            out[i] = r
        }
        return out
    }

    /// The fewest rows labelled in the first column, with figures, for `labelLaterCells`.
    static let minLabelledRows = 2

    /// A cell of words: letters, and not a figure, a range or a year (`N/A`, `2024`, `2034 - 2044`).
    static func isWords(_ t: String) -> Bool {
        t.contains(where: \.isLetter) && !TableBuilder.isValueOrRange(t) && !TableBuilder.isYear(t)
    }

    /// **Year rows under an item.** A breakdown printed with its item in the first column and
    /// a column of years after it, the item only on the first year's row:
    ///
    ///                  |      | Net Sales | Net Earnings
    ///     Beauty       | 2025 | $3,490    | $539
    ///                  | 2024 | 3,550     | 587
    ///     Grooming     | 2025 | 1,505     | 321
    ///
    /// The year cells stay cells of their column (the period rules read the year there); a
    /// row printing no label takes its year as its label (the row's first printed label, as
    /// `fold` gives a second label column's rows), and every year row records the item
    /// carried down and its year as its `labelPath` (`Beauty` > `2024`). Column `k` is such a
    /// column when every cell in it from the first row with figures on is a year (a header
    /// row may print text over it), at least two rows with figures print a year there and
    /// nothing left of it, and at least one of its rows prints the item in the first column.
    /// The first column that qualifies, nothing left of it in those rows. Rows without a
    /// year there end the item.
    static func labelYearRows(_ rows: [GridRow], firstFigure: Int) -> [GridRow] {
        var width = 0
        for r in rows { width = max(width, r.cells.count) }
        guard width >= 3 else { return rows }
        func filledBefore(_ r: GridRow, _ k: Int) -> Bool {
            (1..<k).contains { r.text($0) != nil }
        }
        var column: Int?
        for k in 1..<(width - 1) {
            var yearOnly = 0, withItem = 0, ok = true
            for r in rows[firstFigure...] {
                guard let t = r.text(k) else { continue }
                guard TableBuilder.isYear(t), !filledBefore(r, k), hasFigure(r, except: k) else { ok = false; break }
                if r.text(0) == nil { yearOnly += 1 } else { withItem += 1 }
            }
            if ok && yearOnly >= 2 && withItem >= 1 { column = k; break }
        }
        guard let k = column else { return rows }
        var out = rows
        var item: String?
        for i in out.indices where i >= firstFigure {
            var r = out[i]
            guard let year = r.cells.count > k ? r.cells[k] : nil else {
                item = nil
                continue
            }
            if let f = r.cells[0] {
                item = f.text
                r.labelPath = [f.text, year.text]
            } else if let item {
                r.cells[0] = year
                r.labelPath = [item, year.text]
            }
            out[i] = r
        }
        return out
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

    /// **Rate opening a label.** A debt schedule whose source prints each note's coupon rate
    /// in a cell of its own before the note's name (`4.350` | `%` | `Senior Notes due January
    /// 2032` | `$ 1,150`), which a text rendition runs into one label cell with a space before
    /// the `%` (fixed-width `4.350 % Senior Notes due January 2032   1,150`, Markdown
    /// `|4.350 % Senior Notes due January 2032|1,150|`):
    ///
    ///     2024 USD Notes | 4.100 % Senior Notes due January 2028 | $ 750 | $ —   | 4.262 %
    ///                    | 4.350 % Senior Notes due January 2032 | 1,150 | —     | 4.446 %
    ///
    /// The rate is a figure of the row (the note's stated rate), the words its label: column
    /// `k` is split in two, the words staying in `k` and the rate going into a new column
    /// `k + 1`, when at least two rows with figures right of it open their cell in `k` with a
    /// rate (`openingRate`: digits, one space, `%`, one space, a letter) and print no figure
    /// left of it. A rate glued to its `%` (`1.90% 2025 Notes`) is the label's own text, as
    /// the filer's cell prints it; a column of rates right of the labels (`4.262 %`) is a
    /// figure column and no label cell opens with it. The first column that qualifies.
    static func splitOpeningRates(_ rows: [GridRow]) -> [GridRow] {
        var width = 0
        for r in rows { width = max(width, r.cells.count) }
        var column: Int?
        for k in 0..<max(0, width - 1) {
            var opening = 0
            for r in rows where r.cells.count > k + 1 {
                guard let c = r.cells[k], openingRate(c.text) != nil,
                      !(1..<max(1, k)).contains(where: { r.text($0).map(TableBuilder.isFigure) == true }),
                      ((k + 1)..<r.cells.count).contains(where: { r.text($0).map(TableBuilder.isFigure) == true }) else { continue }
                opening += 1
            }
            if opening >= minOpeningRates { column = k; break }
        }
        guard let k = column else { return rows }
        return rows.map { row in
            var r = row
            guard r.cells.count > k else { return r }
            if let c = r.cells[k], let n = openingRate(c.text) {
                // The cell's text is its bytes unless a reader rewrote it (Markdown `**`): then
                // both parts keep the cell's span.
                let exact = c.span.end - c.span.start == c.text.utf8.count
                let words = String(decoding: c.text.utf8.dropFirst(n + 1), as: UTF8.self)
                r.cells[k] = GridCell(text: words, span: exact ? Span(start: c.span.start + n + 1, end: c.span.end) : c.span)
                r.cells.insert(GridCell(text: String(decoding: c.text.utf8.prefix(n), as: UTF8.self),
                                        span: exact ? Span(start: c.span.start, end: c.span.start + n) : c.span), at: k + 1)
            } else if r.cells.count > k + 1 {
                r.cells.insert(nil, at: k + 1)
            }
            if let ends = r.spanEnds {
                var shifted: [Int: Int] = [:]
                for (c, e) in ends { shifted[c > k ? c + 1 : c] = e > k ? e + 1 : e }
                r.spanEnds = shifted
            }
            return r
        }
    }

    /// The fewest rows opening a label cell with a rate, for `splitOpeningRates`.
    static let minOpeningRates = 2

    /// The byte length of a rate printed with a space before its `%` at the start of `t`
    /// (`4.350 %`, `3 %`), when one space and a letter follow it: nil otherwise.
    static func openingRate(_ t: String) -> Int? {
        let b = Array(t.utf8)
        var i = 0
        while i < b.count && b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
        guard i > 0 else { return nil }
        if i < b.count && b[i] == 0x2E {
            i += 1
            let f = i
            while i < b.count && b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
            guard i > f else { return nil }
        }
        guard i + 3 < b.count, b[i] == 0x20, b[i + 1] == 0x25, b[i + 2] == 0x20, FixedWidth.isLetter(b[i + 3]) else { return nil }
        return i + 2
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
