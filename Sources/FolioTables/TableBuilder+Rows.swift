import FolioModel

/// The first steps of `TableBuilder.build`, each a named rule: the header cut from the body,
/// the data columns and which of them are numeric, the header texts over each column, and
/// the label repairs made before rows are read (pieces split across tab stops, a suffix
/// glued to the row above).
extension TableBuilder {
    /// A table's rows cut into its header rows and its body.
    struct HeaderSplit {
        var headerRows: [GridRow]
        var body: [GridRow]
        /// The header over the label column, or empty.
        var labelHeader: String
        /// A units phrase printed on a row of its own above the header (`in millions`).
        var cellUnits: (text: String, span: Span)?
    }

    /// **Header rows.** Units-only rows on top (`in millions`) are set aside as the table's
    /// cell units; then the leading label-less rows without figures (or a units label header)
    /// are the header; without such rows, a first row with a label and no figures is it (its
    /// label the label column's header); rows of years, of column names or header-like rows
    /// right under the header join it. Nil when fewer than two rows remain after the units
    /// rows, or none after the header.
    static func splitHeader(_ rows: [GridRow]) -> HeaderSplit? {
        var rows = rows
        // A units phrase printed on a row of its own above the header (`in millions`).
        var cellUnits: (text: String, span: Span)?
        while rows.count > 2, let note = unitsOnlyRow(rows[0]) {
            if cellUnits == nil { cellUnits = note }
            rows.removeFirst()
        }
        if rows.count < 2 { return nil }

        // Header rows: leading label-less rows without figures.
        var headerRows: [GridRow] = []
        if isCaptionRow(rows[0], over: rows[1]), rows.count >= 3 { headerRows.append(rows.removeFirst()) }
        while let first = rows.first, isHeaderLike(first) || (rows.count >= 2 && isUnitsLabelHeader(first)) {
            headerRows.append(first); rows.removeFirst()
        }
        var labelHeader = ""
        if headerRows.isEmpty, let first = rows.first, first.dataColumns.count >= 1, !first.label.isEmpty {
            var figures = false
            for c in first.dataColumns { if let t = first.text(c), isFigure(t) { figures = true } }
            if !figures && rows.count >= 2 {
                headerRows.append(first)
                labelHeader = first.label
                rows.removeFirst()
            }
        } else if let h = headerRows.first(where: { !$0.label.isEmpty && !$0.dataColumns.isEmpty }) {
            labelHeader = h.label
        }
        while !headerRows.isEmpty, rows.count >= 2, let first = rows.first,
              isHeaderLike(first) || isLabelledYearRow(first) || isColumnNamesRow(first, above: headerRows, below: rows.dropFirst().prefix(4))
                || isYearStubRow(first, next: rows[1]) {
            headerRows.append(first)
            if labelHeader.isEmpty { labelHeader = first.label }
            rows.removeFirst()
        }
        if rows.isEmpty { return nil }
        // A units note beside the first group label (`Revenue:` | | `(In millions)`).
        for k in rows.indices {
            if rows[k].dataColumns.contains(where: { rows[k].text($0).map(isFigure) ?? false }) { break }
            guard let note = unitsBesideGroupLabel(rows[k]) else { continue }
            if cellUnits == nil { cellUnits = note }
            for c in rows[k].dataColumns { rows[k].cells[c] = nil }
        }
        return HeaderSplit(headerRows: headerRows, body: rows, labelHeader: labelHeader, cellUnits: cellUnits)
    }

    /// **Units note beside a group label.** A converter that lays a table's units note
    /// (`(In millions)`, centred over the columns of figures) on the line of the first group
    /// label under the header prints it in that row's figure cells, whole or cut where two
    /// columns meet:
    ///
    /// ```
    /// ||**January 29,**<br>**2023**|**January 30,**<br>**2022**|
    /// |**Long-lived assets:**|_(In m_|_illions)_|
    /// |United States|$ 2,587|$ 2,023|
    /// ```
    ///
    /// A row above the first figures of the body, with a label, whose data cells print no
    /// figure and, glued left to right (the cut may split a word: `(In m` + `illions)`; else
    /// with spaces), make one header-cell note (`UnitsParser.isCellNote`): the note is the
    /// table's units, as if printed in a header cell, and the row is its label alone (a group
    /// label, `Long-lived assets:`, not `Long-lived assets: (In millions)`). Nil for any
    /// other row.
    static func unitsBesideGroupLabel(_ row: GridRow) -> (text: String, span: Span)? {
        guard !row.label.isEmpty else { return nil }
        let cells = row.dataColumns.compactMap { row.cells[$0] }.filter { !$0.text.isEmpty }
        guard let first = cells.first, let last = cells.last, !cells.contains(where: { isFigure($0.text) }) else { return nil }
        let glued = cells.map(\.text).joined()
        let spaced = cells.map(\.text).joined(separator: " ")
        guard let note = [glued, spaced].first(where: UnitsParser.isCellNote) else { return nil }
        return (note, first.span.union(last.span))
    }

    /// **Caption printed as the first row.** A converter that takes a table's caption into the
    /// table prints it as the first row, its label cell alone filled, over the header row
    /// labelled with the units:
    ///
    /// ```
    /// |**Accounts Payable and Accrued Liabilities**|||
    /// |**as of December 31(in millions)**|**2024**|**2023**|
    /// ```
    ///
    /// A first row with a label and no data cell, right above a header row labelled with the
    /// units (`isUnitsLabelHeader`), is a header row: read as a label wrapped into the row
    /// below, it would make that header a row of figures (its years the figures).
    static func isCaptionRow(_ row: GridRow, over next: GridRow) -> Bool {
        guard !row.label.isEmpty, row.dataColumns.allSatisfy({ row.text($0)?.isEmpty ?? true }) else { return false }
        return isUnitsLabelHeader(next)
    }

    /// **Data columns.** The columns of the body: up to the last column holding a figure in a
    /// row with a value (text columns right of it, a `Location` column, count when at least
    /// half the rows fill them); a column is numeric when figures or ranges (`0.1%-1.6%`) fill
    /// at least half its filled cells. Nil when there is no data column.
    static func dataColumns(_ rows: [GridRow]) -> (nData: Int, numericCol: [Bool])? {
        var maxColAll = 0, maxColValued = 0
        // Counts by column in arrays as wide as the widest row (the cells present), not
        // dictionaries hashed for every cell.
        let width = rows.reduce(1) { max($0, $1.cells.count) }
        var nonEmpty = [Int](repeating: 0, count: width), numeric = [Int](repeating: 0, count: width)
        for r in rows {
            var valued = false
            // `r.dataColumns`, read in place.
            for c in 1..<max(1, r.cells.count) {
                guard let cell = r.cells[c] else { continue }
                maxColAll = max(maxColAll, c)
                nonEmpty[c] += 1
                // A range (`0.1%-1.6%`) stands where a figure would: the column is numeric.
                if isValueOrRange(cell.text) {
                    numeric[c] += 1; valued = true
                }
            }
            guard valued else { continue }
            // The last data column with a figure.
            var c = r.cells.count - 1
            while c >= 1 {
                if let cell = r.cells[c], NumberParser.parse(cell.text) != nil {
                    maxColValued = max(maxColValued, c)
                    break
                }
                c -= 1
            }
        }
        var nData = maxColValued > 0 ? maxColValued : maxColAll
        // Text columns right of the last numeric one (a `Location` column) still count
        // when most rows fill them.
        if nData < maxColAll {
            for c in (nData + 1)...maxColAll where nonEmpty[c] * 2 >= rows.count { nData = c }
        }
        if nData == 0 { return nil }
        var numericCol = [Bool](repeating: false, count: nData + 1)
        for c in 1...nData { numericCol[c] = numeric[c] > 0 && numeric[c] * 2 >= nonEmpty[c] }
        return (nData, numericCol)
    }

    /// **Header texts per column.** Each header row's text over each data column (column 0 its
    /// label): a header piece starting in lowercase continues the cell before it
    /// (`repairSplit`); a cell spans the columns its span ends say, else pieces spread one per
    /// column or an even share each (`spreadContradicts`), else each runs to the next, within
    /// the heading above it (`headingBounds`). The label column's header
    /// fills the last row's column 0 when that is empty. Also the header key (each header
    /// row's cells as printed), which finds a repeated header.
    static func columnHeaders(_ headerRows: [GridRow], nData: Int, labelHeader: String) -> (header: [[String]], headerKey: [[String]]) {
        var header: [[String]] = []
        var headerKey: [[String]] = []
        // Where the header row above starts each of its headings (`headingBounds`).
        var above: [Int] = []
        for h in headerRows {
            var cols = [String](repeating: "", count: nData + 1)
            cols[0] = h.label
            headerKey.append(h.cells.map { $0?.text ?? "" })
            var items: [(Int, String)] = []
            for c in h.dataColumns { if let t = h.text(c) { items.append((c, t)) } }
            let siblings = items.map(\.1)
            // Repair headers broken by extraction: a piece starting in lowercase continues the
            // cell before it. Not in fixed-width text (the row's cells laid out by their
            // extents, `spanEnds`): there pieces stand apart by a gap, and a lowercase one is
            // a line of its own column's stacked name (`Options` | `exercise price` | `life
            // (in years)`), never a word cut at a cell's edge.
            var merged: [(Int, String)] = []
            for (c, t) in items {
                if let last = merged.last, (LabelText.isLowerStart(t) && h.spanEnds == nil) || !LabelText.hasLetterOrDigit(t) {
                    merged[merged.count - 1].1 = repairSplit(last.1, t, siblings: siblings)
                } else {
                    merged.append((c, t))
                }
            }
            var starts: [Int] = []
            if let ends = h.spanEnds {
                for (c, t) in merged where c <= nData {
                    let e = min(nData, ends[c] ?? c)
                    for k in c...max(c, e) { cols[k] = t }
                    starts.append(c)
                }
            } else {
                let k = merged.count
                let positions = merged.map(\.0)
                if k == 0 {
                } else if positions == Array(1...k) && k == nData {
                    for (c, t) in merged { cols[c] = t }
                    starts = positions
                } else if k <= nData && nData % k == 0 && !spreadContradicts(positions, width: nData / k) {
                    let w = nData / k
                    for (i, item) in merged.enumerated() { for c in (i * w + 1)...(i * w + w) { cols[c] = item.1 } }
                    starts = (0..<k).map { $0 * w + 1 }
                } else {
                    for (i, item) in merged.enumerated() where item.0 <= nData {
                        let next = i + 1 < merged.count ? merged[i + 1].0 - 1 : nData
                        let end = min(nData, next, k > 1 ? headingBounds(above, after: item.0) : Int.max)
                        for c in item.0...max(item.0, end) { cols[c] = item.1 }
                        starts.append(item.0)
                    }
                }
            }
            above = starts
            header.append(cols)
        }
        if !labelHeader.isEmpty, !header.isEmpty, header[header.count - 1][0].isEmpty { header[header.count - 1][0] = labelHeader }
        return (header, headerKey)
    }

    /// **Even spread against the positions.** A header row of `k` headings over `n` data
    /// columns (`n` a multiple of `k`) is spread `n / k` columns each, left to right, when its
    /// cells are packed to the left or sit in their shares (a converter that dropped empty
    /// header cells: `Three Months Ended` | `Six Months Ended` over four columns). Not when a
    /// heading is printed right of the share the spread would give it: the row's own positions
    /// place it (a balance sheet whose two dates stand over its last two columns, two text
    /// columns of a shares row before them: `March 31, 2025` over column 3, `June 30, 2024` over
    /// column 4, not over columns 1-2 and 3-4).
    static func spreadContradicts(_ positions: [Int], width w: Int) -> Bool {
        positions.enumerated().contains { i, p in p > i * w + w }
    }

    /// **Heading bounded by the heading above.** A heading placed by position runs right up to
    /// the next heading of its row, and no further than the column before the next heading the
    /// header row above starts: it belongs under one heading above (`September 30,` over
    /// `2024` | `2023`, then `Effective Interest Rate` over a column of its own: `2023` is not
    /// the rate column's). A row of one heading still runs to the last column (`(in millions)`
    /// under two period headings scales both). `starts` are the columns where the row above
    /// starts its headings;
    /// returns the last column a heading starting at `column` may cover (`Int.max` when none
    /// bounds it).
    static func headingBounds(_ starts: [Int], after column: Int) -> Int {
        starts.filter { $0 > column }.min().map { $0 - 1 } ?? Int.max
    }

    /// **Label fragments split across tab stops**: a row without any figure whose other cells
    /// sit in numeric columns is one label (in a text table, only a word cut after its first
    /// letters: `Environment and N` | `atural Resources`), its pieces joined with the words of
    /// the table's labels (as they were before any join) as vocabulary.
    static func joinLabelFragments(_ rows: inout [GridRow], nData: Int, numericCol: [Bool], isNumericTable: Bool,
                                   notes: inout [(Severity, String, String, Span?)]) {
    // Words of the table's labels, for rejoining words split across tab stops (gathered
    // at the first label that needs them).
    // (The rows as they are before the loop below joins any label.)
    let unjoined = rows
    var knownWords: Set<String>?
    func vocabulary() -> Set<String> {
        if let knownWords { return knownWords }
        var words = Set<String>()
        for r in unjoined { for w in LabelText.words(r.label) { words.insert(w) } }
        knownWords = words
        return words
    }

    // Label fragments split across tab stops: a row without any figure whose other
    // cells sit in numeric columns is one label.
    for i in 0..<rows.count {
        let r = rows[i]
        let cols = r.dataColumns
        guard !cols.isEmpty else { continue }
        // In a text table only a word cut after its first letters (`Environment and N` +
        // `atural Resources`) is a label split across tab stops.
        if !isNumericTable {
            let last = LabelText.lastWord(r.label)
            guard cols == [1], let t = r.text(1), LabelText.isLowerStart(t), LabelText.isLetterEnd(r.label),
                  last.utf8.count <= 2, !LabelText.glueStopwords.contains(LabelText.firstWord(t)) else { continue }
        }
        var anyNumber = false, allInNumeric = true
        for c in cols {
            if let t = r.text(c), isValueOrRange(t) { anyNumber = true }
            if c <= nData && !numericCol[c] { allInNumeric = false }
        }
        if anyNumber || (!allInNumeric && isNumericTable) { continue }
        // Placeholders (`/`) where figures would be: a row of values, not label pieces.
        if cols.allSatisfy({ c in r.text(c).map { $0 == "/" || $0 == "\u{FF0F}" } ?? true }) { continue }
        var label = r.label
        var span = r.cells.first.flatMap { $0?.span }
        for c in cols {
            guard let cell = r.cells[c] else { continue }
            if LabelText.hasLetterOrDigit(cell.text) {
                label = LabelText.joinFragments(label, cell.text, vocabulary: vocabulary())
                span = span.map { $0.union(cell.span) } ?? cell.span
            }
        }
        var cells: [GridCell?] = [nil]
        if let span, !label.isEmpty { cells[0] = GridCell(text: label, span: span) }
        rows[i] = GridRow(cells: cells, span: r.span, blankBefore: r.blankBefore)
        notes.append((.info, "tables.label_merged", "label pieces split across columns joined: \(label)", r.span))
    }
    }

    /// **A label suffix glued to the row above**: a suffix printed alone (`-diluted`) whose
    /// row's text was glued after it at the end of the row above: `... EPS -diluted Net income
    /// per ADS ... Inc.` / `-diluted` → `... EPS -diluted` / `Net income per ADS ... Inc.
    /// -diluted`.
    static func repairGluedSuffixes(_ rows: inout [GridRow], notes: inout [(Severity, String, String, Span?)]) {
    for i in 1..<max(1, rows.count) {
        let suffix = rows[i].label
        guard suffix.hasPrefix("-"), suffix.utf8.count >= 3, suffix.utf8.count <= 20, !suffix.contains(" "),
              let cell = rows[i - 1].cells.first ?? nil else { continue }
        let above = cell.text
        guard let r = above.firstRange(of: " " + suffix + " ") else { continue }
        let head = String(above[..<r.lowerBound]) + " " + suffix
        let tail = String(above[r.upperBound...]).trimmingSpaces()
        guard LabelText.words(tail).count >= 2 else { continue }
        rows[i - 1].cells[0] = GridCell(text: head, span: cell.span)
        if let own = rows[i].cells[0] {
            rows[i].cells[0] = GridCell(text: tail + " " + suffix, span: own.span)
        }
        notes.append((.info, "tables.label_repaired", "label text moved to the row it belongs to: \(tail) \(suffix)", rows[i].span))
    }
    }
}
