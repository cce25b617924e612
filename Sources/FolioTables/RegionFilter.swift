/// Why tabular lines were not taken for a table (the diagnostic says it in words; the
/// tables stage marks a table of contents as such for the blocks).
enum Rejection: String, Sendable, Hashable, CustomStringConvertible {
    case singleLine = "a single line"
    case tableOfContents = "a table of contents"
    case listOfFields = "a list of fields"
    case bulletList = "a bullet list"
    case figuresWithoutLabels = "figures without labels"
    case textWithoutFigures = "text without figures"

    var description: String { rawValue }
}

/// Tells tabular-looking text that is not a table: prose split by tabs, bullet lists whose
/// bullet glyph was extracted into its own column, tables of contents.
enum RegionFilter {
    static func words(_ s: String) -> Int { s.split(separator: " ").count }

    static func isPageList(_ s: String) -> Bool {
        if let ascii = asciiPageList(s) { return ascii }
        let parts = s.split(separator: " ")
        guard !parts.isEmpty, parts.count <= 8 else { return false }
        return parts.allSatisfy { p in p.count <= 3 && p.allSatisfy { $0.isNumber } }
    }

    /// `isPageList` by bytes, while the text is ASCII: digits in runs of at most three
    /// between spaces, one to eight runs. Nil when a non-ASCII byte comes first (then the
    /// `Character` rule decides).
    static func asciiPageList(_ s: String) -> Bool? {
        var s = s
        return s.withUTF8 { b -> Bool? in
            var parts = 0, run = 0
            for c in b {
                if c >= 0x80 { return nil }
                if c == 0x20 {
                    if run > 0 { parts += 1; run = 0 }
                    continue
                }
                // Any other ASCII character starts a `Character` that is not a number.
                if c < 0x30 || c > 0x39 { return false }
                run += 1
                if run > 3 { return false }
            }
            if run > 0 { parts += 1 }
            return parts >= 1 && parts <= 8
        }
    }

    static func isSymbol(_ s: String) -> Bool {
        if s.hasPrefix("\\") || s.hasPrefix("$") { return true }
        if s.count <= 2 { return true }
        return !LabelText.hasLetterOrDigit(s)
    }

    /// Columns holding figures (not years), and whether any row has one.
    static func figureColumns(_ rows: [GridRow]) -> Set<Int> {
        var out = Set<Int>()
        for r in rows {
            for c in r.dataColumns {
                if let t = r.text(c), !TableBuilder.isYear(t), NumberParser.parse(t) != nil { out.insert(c) }
            }
        }
        return out
    }

    /// Splits rows at blank lines where the blocks on either side are not laid out alike
    /// (their figures sit in different columns, or one has figures and the other none).
    static func blocks(_ rows: [GridRow]) -> [[GridRow]] {
        var raw: [[GridRow]] = []
        for r in rows {
            if r.blankBefore || raw.isEmpty { raw.append([r]) } else { raw[raw.count - 1].append(r) }
        }
        var out: [[GridRow]] = []
        // `figureColumns` of `out.last`, kept as blocks join it (the columns of a union of
        // rows are the union of their columns): each row is read once (the first block's
        // only when a second one comes).
        var lastColumns: Set<Int>?
        for b in raw {
            guard let prev = out.last else { out.append(b); continue }
            let fa = lastColumns ?? figureColumns(prev), fb = figureColumns(b)
            let labelsOnly = fa.isEmpty && prev.count <= 8 && prev.allSatisfy { $0.dataColumns.isEmpty || TableBuilder.isHeaderLike($0) }
            let startsHeader = b.first.map(TableBuilder.isHeaderLike) ?? false
            let smallLabels = fb.isEmpty && b.count <= 3 && b.allSatisfy { $0.dataColumns.isEmpty } && !fa.isEmpty
            if labelsOnly || smallLabels || startsHeader || (!fa.isEmpty && !fb.isEmpty && ((fa.max() == fb.max() && fa.min() == fb.min()) || fb.isSubset(of: fa))) {
                out[out.count - 1] += b
                lastColumns = fa.union(fb)
            } else {
                out.append(b)
                lastColumns = fb
            }
        }
        return out
    }

    /// **One row under its column headings** (`FixedWidth.headsOneRow`), in a fixed-width
    /// region or a Markdown pipe table (`headedRow`: the fixed-width extent took the row only
    /// under a header line naming its columns; a pipe table's header row is set apart by its
    /// delimiter row; in text with tabs a line above a lone row is as likely a heading): the rows are header
    /// rows (`TableBuilder.isHeaderLike` of their column cells: column headings or dates; the
    /// stub may hold a units note naming the columns' period, `years ended December 31 (in
    /// millions)`) and, last, one labelled row whose every figure sits under a heading (in a
    /// column a header cell holds or spans). In text one labelled line of figures is no
    /// table by itself; under headings naming its columns it is one (`Total fair value
    /// vested   $ 429   $ 312` under `Fiscal 2024   Fiscal 2023`).
    ///
    /// **A group label over the row.** Label lines with no cells right above the row
    /// (`DERIVATIVES IN NET INVESTMENT HEDGING RELATIONSHIPS` over `Foreign currency
    /// contracts   $ (473)   $ 269`) group it; under headings they are no reason to read the
    /// row as prose. At least one heading line stays above them.
    static func headsItsRow(_ rows: [GridRow]) -> Bool {
        guard rows.count >= 2, let row = rows.last, !row.label.isEmpty else { return false }
        var headers = rows.dropLast()
        while headers.count >= 2, let g = headers.last, !g.label.isEmpty, g.dataColumns.isEmpty { headers = headers.dropLast() }
        func heading(_ h: GridRow) -> Bool {
            var columns = h
            if !columns.cells.isEmpty { columns.cells[0] = nil }
            return TableBuilder.isHeaderLike(columns)
        }
        guard headers.allSatisfy(heading) else { return false }
        var headed = Set<Int>()
        for h in headers {
            for c in h.dataColumns { headed.formUnion(c...max(c, h.spanEnds?[c] ?? c)) }
        }
        let figures = figureColumns([row])
        return !figures.isEmpty && figures.isSubset(of: headed)
    }

    /// Why the rows are not a table, or nil when they are one.
    ///
    /// `markup`: the rows are one table of the source's markup (an HTML `<table>` the reader
    /// rendered), so their extent is the filer's, not a guess from the text. Then one row of
    /// figures under a label is a table (`Total stockholders' equity | 5,230 | 4,100`, a
    /// dividend declared per quarter, a header and one data row): in text a lone line with tabs
    /// is as likely a heading or a line of prose, in markup it was set as a table.
    static func rejection(_ rows: [GridRow], markup: Bool = false, headedRow: Bool = false) -> Rejection? {
        if rows.count < 2 && !markup { return .singleLine }
        var toc = 0, bullets = 0, figureRows = 0, unlabeledFigures = 0, wide = 0
        for r in rows {
            let cols = r.dataColumns
            let texts = cols.compactMap { r.text($0) }
            if let last = texts.last, cols.count >= 1, isPageList(last), texts.count >= 2 || r.label.count > 12 {
                let multi = last.split(separator: " ").count >= 2
                if multi || r.label.count == 2 && r.label.allSatisfy({ $0.isNumber }) { toc += 1 }
            }
            if r.label.hasPrefix("0"), r.label.count == 2, r.label.allSatisfy({ $0.isNumber }) { toc += 1 }
            if r.text(0).map(isSymbol) ?? false, texts.contains(where: { words($0) >= 6 }) { bullets += 1 }
            var figures = false
            for t in texts where !TableBuilder.isYear(t) {
                if let n = NumberParser.parse(t), n.kind == .number || n.kind == .dash {
                    figures = true
                    break
                }
            }
            if figures {
                // A year is a label (`2024  $5,230`: commitments by fiscal year).
                let labelIsFigure = NumberParser.parse(r.label) != nil && !TableBuilder.isYear(r.label)
                if r.label.isEmpty || labelIsFigure { unlabeledFigures += 1 } else { figureRows += 1 }
            }
            if r.cells.lazy.filter({ $0 != nil }).count >= 3 { wide += 1 }
        }
        let n = rows.count
        if toc * 5 >= n * 2 { return .tableOfContents }
        // `ACCESSION NUMBER:  0000891020-98-001352`: a list of fields, not a table.
        let keyValue = rows.filter { $0.label.hasSuffix(":") && $0.dataColumns.count == 1 }.count
        if keyValue * 2 >= n { return .listOfFields }
        if bullets * 2 >= n { return .bulletList }
        if figureRows >= (markup ? 1 : 2) || (headedRow && figureRows == 1 && unlabeledFigures == 0 && headsItsRow(rows)) {
            if unlabeledFigures > figureRows { return .figuresWithoutLabels }
            return nil
        }
        if wide >= 3 && wide * 2 >= n { return nil }
        return .textWithoutFigures
    }
}
