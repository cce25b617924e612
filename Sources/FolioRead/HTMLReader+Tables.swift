import FolioModel
import FolioXML

/// HTML tables onto a resolved column grid, written as tab-separated rows.
///
/// `colspan`/`rowspan` are placed on a grid; EDGAR's layout habits are repaired: a currency
/// symbol alone in its cell joins the number to its right, a `)` or `%` alone joins the number
/// to its left, spacer columns empty in every row are dropped, and a spanning header is
/// anchored over the first column it spans that survives.
extension Renderer {
    struct GridCell {
        var text: String
        var span: Span
        var colspan: Int
        var rowspan: Int
        /// `text` by the source bytes each part of it was printed in (a figure and the footnote
        /// mark in a `<sup>` after it), so that a later stage cutting the text keeps exact
        /// source spans. Their texts joined are `text`.
        var pieces: [Piece]

        init(text: String, span: Span, colspan: Int, rowspan: Int, pieces: [Piece]? = nil) {
            self.text = text
            self.span = span
            self.colspan = colspan
            self.rowspan = rowspan
            self.pieces = pieces ?? [Piece(text: text, span: span)]
        }

        /// `other` appended to this cell (a currency symbol and its figure, a figure and its `)`).
        mutating func join(_ other: GridCell) {
            text += other.text
            span = span.union(other.span)
            pieces += other.pieces
        }
    }

    struct Piece {
        var text: String
        var span: Span
    }

    /// Writes a cell's text, each piece mapped to its own bytes.
    mutating func appendCell(_ cell: GridCell) {
        for p in cell.pieces { out.append(p.text, source: p.span) }
    }

    static let currencySymbols: Set<String> = ["$", "US$", "HK$", "€", "£", "¥", "RMB", "C$", "A$", "S$"]
    static let closers: Set<String> = [")", "%", ")%", "%)", "pts", "bps"]
    /// The longest of `currencySymbols` and `closers` in UTF-8 bytes: a longer cell text is
    /// neither (no text of more bytes is canonically equal to one of them), so it is not hashed
    /// to be looked up (every cell of every grid is asked).
    static let symbolMaxBytes = currencySymbols.union(closers).map(\.utf8.count).max() ?? 0
    /// The first bytes of `currencySymbols` and `closers`, by byte value: a cell text starting
    /// with any other byte (a figure's digit, most words) is neither, and is not hashed.
    static let symbolFirstBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for s in currencySymbols.union(closers) { if let f = s.utf8.first { table[Int(f)] = true } }
        return table
    }()

    /// Whether `text` may be one of `currencySymbols` or `closers`: short enough, and starting
    /// with one of their first bytes.
    static func maybeSymbol(_ text: String) -> Bool {
        guard let f = text.utf8.first, text.utf8.count <= symbolMaxBytes else { return false }
        return symbolFirstBytes[Int(f)]
    }

    /// The rows of a table. A table nested in it (in a cell, or between its rows) is not part of
    /// its cells' text: it is noted in `nestedTables` and rendered as a table of its own.
    mutating func collectRows(_ table: Int) -> [[GridCell]] {
        var rows: [[GridCell]] = []
        var stack: [Int] = []
        tree.pushChildren(of: table, onto: &stack) { $0 }
        while let i = stack.popLast() {
            // The node's fields read in place (a copy retains its name, attributes and text).
            guard tree.nodes[i].kind == .element, !isHidden(i) else { continue }
            let name = tree.nodes[i].name
            if name == "tr" {
                // Which cell of the row each fact in it is printed in.
                var factCell: [(fact: Int, cell: Int)] = []
                var row: [GridCell] = []
                var next = tree.nodes[i].firstChild
                while let c = next {
                    next = tree.nodes[c].nextSibling
                    let before = facts.count
                    guard tree.nodes[c].kind == .element, tree.nodes[c].name == "td" || tree.nodes[c].name == "th", !isHidden(c) else {
                        // Stray content inside a row (unclosed tags): kept as a cell, not dropped.
                        if let stray = strayCell(c) {
                            for f in before..<facts.count { factCell.append((f, row.count)) }
                            row.append(stray)
                        }
                        continue
                    }
                    let (text, span, pieces) = cellText(c)
                    for f in before..<facts.count { factCell.append((f, row.count)) }
                    let colspan = max(1, min(1000, Int(tree.attribute("colspan", of: c) ?? "") ?? 1))
                    let rowspan = max(1, min(1000, Int(tree.attribute("rowspan", of: c) ?? "") ?? 1))
                    row.append(GridCell(text: text, span: span, colspan: colspan, rowspan: rowspan, pieces: pieces))
                }
                // The row's label: its first cell with text other than a currency symbol.
                if !factCell.isEmpty, let labelCell = row.firstIndex(where: { !$0.text.isEmpty && !Self.currencySymbols.contains($0.text) }) {
                    for (f, c) in factCell {
                        if c == labelCell { factsInRowLabels.insert(f) } else { factRowLabels[f] = row[labelCell].text }
                    }
                }
                rows.append(row)
            } else if name == "thead" || name == "tbody" || name == "tfoot" {
                tree.pushChildren(of: i, onto: &stack) { $0 }
            } else if name == "table" {
                nestedTables.append((i, cursor))
            } else if name != "caption" && name != "colgroup" && name != "col", let stray = strayCell(i) {
                rows.append([stray])  // stray content between rows: a row of its own
            }
        }
        return rows
    }

    /// Text outside any cell (libxml2 leaves it where unclosed tags put it) as a one-column cell.
    mutating func strayCell(_ node: Int) -> GridCell? {
        let n = tree.nodes[node]
        guard n.kind == .text || (n.kind == .element && !isHidden(node) && !Self.skipped.contains(n.name)) else { return nil }
        let (text, span, pieces) = cellText(node)
        return text.isEmpty ? nil : GridCell(text: text, span: span, colspan: 1, rowspan: 1, pieces: pieces)
    }

    /// A cell's collapsed text, the source bytes it spans and its pieces (each text node's
    /// collapsed text on its own bytes, a space between where white space separates them);
    /// notes inline XBRL inside it.
    mutating func cellText(_ cell: Int) -> (String, Span, [Piece]) {
        var parts = ""
        var span: Span?
        var pieces: [Piece] = []
        var space = false
        // Sized once (an array literal then `reserveCapacity` would allocate twice a cell).
        var stack: [Int] = []
        stack.reserveCapacity(16)
        stack.append(cell)
        // `collapse(parts)` while `parts` is one text node's text: that node's collapsed text
        // (most cells hold one text node), so it is not collapsed a second time.
        var onlyBody: String?
        while let i = stack.popLast() {
            // The node's fields read in place: a copy of the node retains its name, attributes
            // and text, and this runs for every node of every table.
            switch tree.nodes[i].kind {
            case .comment: continue
            case .text:
                let nodeText = tree.nodes[i].text
                let s = locate(nodeText, line: tree.nodes[i].line)
                span = span.map { $0.union(s) } ?? s
                let body = Self.collapse(nodeText)
                onlyBody = parts.isEmpty ? body : nil
                parts += nodeText
                let at = trimmed(s)
                if Self.startsWithSpace(nodeText) { space = true }
                if !body.isEmpty {
                    if space && !pieces.isEmpty { pieces.append(Piece(text: " ", span: Span(start: at.start, end: at.start))) }
                    pieces.append(Piece(text: body, span: at))
                    space = false
                }
                if Self.endsWithSpace(nodeText) { space = true }
            case .element:
                let name = tree.nodes[i].name
                if Self.tagClass(name) & 1 != 0 || isHidden(i) { continue }
                if name == "table" && i != cell {
                    // A nested table: its own table, not runs of its cells' text (`Revenue100Cost40`).
                    nestedTables.append((i, cursor))
                    parts += " "
                    onlyBody = nil
                    space = true
                    continue
                }
                if Self.isInlineXBRL(name) { noteFact(i) }
                if name == "br" || name == "p" || name == "div" { parts += " "; onlyBody = nil; space = true }
                tree.pushChildren(of: i, onto: &stack) { $0 }
            }
        }
        let text = onlyBody ?? Self.collapse(parts)
        let whole = span.map { trimmed($0) } ?? Span(start: cursor, end: cursor)
        // Pieces stand for the text only when they spell it exactly.
        if pieces.count > 1, pieces.reduce(into: "", { $0 += $1.text }) == text { return (text, whole, pieces) }
        return (text, whole, [Piece(text: text, span: whole)])
    }

    /// Whether the grid's first column prints anything (a cell with text starting there, of any
    /// width). EDGAR tables often open with an indent or spacer column empty in every row;
    /// kept, it would push every row label into the second column, so that rows read as
    /// figures without labels. Dropped, the labels are the first column again.
    static func hasLabelColumn(_ origins: [[Int: GridCell]]) -> Bool {
        origins.contains { $0[0].map { !$0.text.isEmpty } ?? false }
    }

    /// A table used for layout, not data: every row is one text, or a short marker and a text
    /// (`ITEM 1.` | `BUSINESS`, `A.` | `Selected Financial Data`, `•` | item text), with no
    /// figures. EDGAR filings set Item headings and hanging indents this way.
    static func isLayoutTable(_ rows: [[Int: GridCell]]) -> Bool {
        var pairs = 0
        for row in rows where !row.isEmpty {
            let cells = row.sorted { $0.key < $1.key }.map(\.value)
            if cells.count > 2 { return false }
            let text = cells[cells.count - 1].text
            guard let f = text.unicodeScalars.first, f.properties.isAlphabetic || f == "(" || f == "\"" || f == "“",
                  text.contains(where: \.isLetter) else { return false }
            if cells.count == 2 {
                guard isMarker(cells[0].text) else { return false }
                pairs += 1
            }
        }
        return pairs > 0
    }

    /// A list or heading marker: a bullet glyph (`•`), an enumerator (`1.`, `(a)`, `A.`, `(iv)`),
    /// or a form's label (`Item 1A.`, `ITEM 9A(T).`, `PART II`, `Section 3`).
    static func isMarker(_ t: String) -> Bool {
        if ["•", "·", "●", "■", "▪", "o", "-", "–", "—", "*", "✓"].contains(t) { return true }
        let b = Array(t.utf8)
        if b.count >= 2, b.count <= 6 {
            let inner = b.first == 0x28 && b.last == 0x29 ? Array(b.dropFirst().dropLast()) : (b.last == 0x2E ? Array(b.dropLast()) : [])
            if !inner.isEmpty, inner.count <= 4,
               inner.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) }),
               inner.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) || inner.count == 1 || inner.allSatisfy({ "ivxlIVXL".utf8.contains($0) }) {
                return true
            }
        }
        let words = t.split(separator: " ")
        guard words.count == 2, t.utf8.count <= 16, let w = words.first?.lowercased() else { return false }
        return ["item", "items", "part", "section", "article", "note", "schedule", "exhibit"].contains(w)
            && (words[1].first?.isNumber == true || words[1].allSatisfy { "IVXivx.".contains($0) })
    }

    /// Layout rows as paragraphs: `marker text`.
    mutating func renderLayoutRows(_ rows: [[Int: GridCell]], at position: Int) {
        for row in rows where !row.isEmpty {
            let cells = row.sorted { $0.key < $1.key }.map(\.value)
            out.breakLines(2, at: cells[0].span.start)
            for (k, cell) in cells.enumerated() {
                if k > 0 { out.append(0x20, source: Span(start: cell.span.start, end: cell.span.start)) }
                appendCell(cell)
            }
        }
        out.breakLines(2, at: cursor)
    }

    /// A cell that is only a units note: the units model's header-cell rule
    /// (`UnitsParser.isCellNote`).
    static func isUnitsNote(_ text: String) -> Bool { UnitsParser.isCellNote(text) }

    /// Whether `text` holds the ASCII `needle`, compared byte for byte (no Foundation search).
    static func containsBytes(_ text: String, _ needle: StaticString) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ containsBytes($0, needle) }) { return found }
        return Array(text.utf8).withUnsafeBufferPointer { containsBytes($0, needle) }
    }

    /// Whether the bytes `b` hold the ASCII `needle`.
    static func containsBytes(_ b: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        let n = needle.utf8Start, count = needle.utf8CodeUnitCount
        guard count > 0 else { return true }
        var i = 0
        while i + count <= b.count {
            if b[i] == n[0] {
                var k = 1
                while k < count, b[i + k] == n[k] { k += 1 }
                if k == count { return true }
            }
            i += 1
        }
        return false
    }

    /// Where each cell of a table lands on the column grid, and how wide the grid is.
    struct GridPlacement {
        /// Per row: the cells by the column they start at.
        var origins: [[Int: GridCell]]
        /// One past the last column any cell spans (never allocated: only compared against).
        var width: Int
        /// The most row spans held at once while placing: bounded by the cells present.
        var peakSpans: Int
    }

    /// Places cells on the grid as HTML does: each cell takes the first column of its row not
    /// covered by a `rowspan` from a row above, and covers `colspan` columns.
    ///
    /// Memory follows the cells present, not the spans they claim: a span is held as one
    /// interval (first column, end column, last row) while it covers rows, never as one entry
    /// per covered column or row (a `colspan="1000000"` or `rowspan="65534"` cell costs what
    /// any other cell costs). Intervals whose last row is passed are dropped row by row.
    static func placeCells(_ rows: [[GridCell]]) -> GridPlacement {
        var origins: [[Int: GridCell]] = Array(repeating: [:], count: rows.count)
        // Spans from rows above that still cover the current row, sorted by first column:
        // (start, end, last row).
        var spans: [(start: Int, end: Int, last: Int)] = []
        var added: [(start: Int, end: Int, last: Int)] = []
        var peak = 0
        var width = 0
        for (r, row) in rows.enumerated() {
            added.removeAll(keepingCapacity: true)
            // Sized once for the row's cells (grown key by key, a row's dictionary was
            // reallocated and rehashed several times).
            origins[r].reserveCapacity(row.count)
            var c = 0
            var next = 0
            for cell in row {
                // Skip every column a span from above covers. Spans are sorted by start and `c`
                // only grows, so each span is looked at once per row (they may touch or overlap).
                while next < spans.count, spans[next].start <= c {
                    c = max(c, spans[next].end)
                    next += 1
                }
                origins[r][c] = cell
                // Both are at most 1000 (clamped when read), so `c` stays far from overflow.
                let end = c + cell.colspan
                if cell.rowspan > 1 && r + 1 < rows.count {
                    added.append((c, end, min(rows.count - 1, r + cell.rowspan - 1)))
                }
                c = end
                width = max(width, c)
            }
            // The spans covering the next row: those still open, merged with this row's (both
            // sorted by start; this row's were added left to right).
            var merged: [(start: Int, end: Int, last: Int)] = []
            merged.reserveCapacity(spans.count + added.count)
            var a = 0, b = 0
            while a < spans.count || b < added.count {
                if b >= added.count || (a < spans.count && spans[a].start <= added[b].start) {
                    if spans[a].last > r { merged.append(spans[a]) }
                    a += 1
                } else {
                    merged.append(added[b])
                    b += 1
                }
            }
            spans = merged
            peak = max(peak, spans.count)
        }
        return GridPlacement(origins: origins, width: width, peakSpans: peak)
    }

    /// The columns that survive on a placed grid (the label column unless `labelColumn` is false: a spacer column empty in every row; every column a
    /// single-column cell with text fills), and each cell with text anchored on the first
    /// surviving column it spans (a spanning cell that spans none keeps its own, which then
    /// survives). Held as a set of the columns in use, never as an array as wide as the grid.
    static func anchorCells(_ origins: [[Int: GridCell]], width: Int, labelColumn: Bool = true) -> (anchored: [[Int: GridCell]], columns: [Int]) {
        var keepSet: Set<Int> = labelColumn ? [0] : []
        for r in origins.indices {
            for (c, cell) in origins[r] where cell.colspan == 1 && !cell.text.isEmpty { keepSet.insert(c) }
        }
        // Kept columns in order: the first kept column at or after a cell's own is found by
        // binary search.
        var keep = keepSet.sorted()
        func firstKept(atLeast c: Int) -> Int {
            var lo = 0, hi = keep.count
            while lo < hi {
                let mid = lo + (hi - lo) / 2
                if keep[mid] < c { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        var anchored: [[Int: GridCell]] = Array(repeating: [:], count: origins.count)
        for r in origins.indices {
            for (c, cell) in origins[r] where !cell.text.isEmpty {
                var a = c
                if cell.colspan > 1 {
                    let k = firstKept(atLeast: c)
                    if k < keep.count, keep[k] < min(width, c + cell.colspan) {
                        a = keep[k]
                    } else {
                        keep.insert(c, at: k)
                    }
                }
                anchored[r][a] = cell
            }
        }
        return (anchored, keep)
    }

    /// A grid far emptier than the cells on it: spans that claim columns (and rows) no cell
    /// fills, such as one cell per row pushed one column further right each time. Written
    /// aligned, it would print `rows x columns` tabs for a few cells (100,000 rows of one cell
    /// each over 1,000 columns: 100 MB of tabs from 4 MB of HTML), so each row is written with
    /// its own cells only. Real statements are dense (every row fills most columns) and stay
    /// far below both bounds.
    static func isSparseGrid(rows: Int, columns: Int, cells: Int) -> Bool {
        let (area, overflow) = rows.multipliedReportingOverflow(by: columns)
        return overflow || (area > sparseGridArea && area / 64 > cells)
    }

    /// Above this many grid positions a grid may be written sparse (`isSparseGrid`).
    static let sparseGridArea = 1 << 20

    /// Renders a table, then each table nested in it as a table of its own (a worklist, not
    /// recursion: nesting depth is input-driven), each located from where it is printed.
    mutating func renderTable(_ table: Int) {
        var pending: [(table: Int, at: Int)] = [(table, cursor)]
        var end = cursor
        while !pending.isEmpty {
            let (t, at) = pending.removeFirst()
            cursor = at
            nestedTables = []
            let rows = collectRows(t)
            let nested = nestedTables
            nestedTables = []
            renderGrid(t, rows)
            end = max(end, cursor)
            pending.insert(contentsOf: nested, at: 0)
        }
        cursor = end
    }

    /// A table's rows on a resolved column grid, written as tab-separated lines.
    mutating func renderGrid(_ table: Int, _ rows: [[GridCell]]) {
        guard !rows.isEmpty, rows.contains(where: { $0.contains { !$0.text.isEmpty } }) else { return }
        // Place cells on a grid.
        let placement = Self.placeCells(rows)
        var origins = placement.origins
        let width = placement.width
        guard width > 0 else { return }
        // Repair split cells: symbols join their number.
        for r in origins.indices {
            let cols = origins[r].keys.sorted()
            for (k, c) in cols.enumerated() {
                guard let cell = origins[r][c] else { continue }
                let short = Self.maybeSymbol(cell.text)
                if short, Self.currencySymbols.contains(cell.text), k + 1 < cols.count, let next = origins[r][cols[k + 1]],
                   let f = next.text.unicodeScalars.first, f == "(" || f == "-" || f == "—" || f == "–" || (f >= "0" && f <= "9") {
                    var joined = cell
                    joined.join(next)
                    origins[r][cols[k + 1]] = joined
                    origins[r][c]?.text = ""
                } else if short, Self.closers.contains(cell.text) {
                    var p = k - 1
                    while p >= 0, origins[r][cols[p]]?.text.isEmpty ?? true { p -= 1 }
                    if p >= 0 {
                        // The joined cell spans the closer's bytes too.
                        if var joined = origins[r][cols[p]] {
                            joined.join(cell)
                            origins[r][cols[p]] = joined
                        }
                        origins[r][c]?.text = ""
                    }
                }
            }
        }
        // Surviving columns, and spanning cells anchored on the first surviving column they span.
        let anchorage = Self.anchorCells(origins, width: width, labelColumn: Self.hasLabelColumn(origins))
        var anchored = anchorage.anchored
        let columns = anchorage.columns
        let labelColumn = columns.first ?? 0
        if Self.isLayoutTable(anchored) {
            renderLayoutRows(anchored, at: position(of: table))
            return
        }
        tableCount += 1
        out.breakLines(2, at: position(of: table))
        // A units note printed in the grid (`(In millions)` in a header or group row) is the
        // table's caption: written above the rows, where captions are read, unless notes
        // differ between columns.
        // In a data column the note must be alone in its row (beside a label at most); in the
        // label column, the rest of its row must be header words (no figures).
        var notes: [(row: Int, col: Int)] = []
        var alone = true
        for r in anchored.indices {
            for (c, cell) in anchored[r] where Self.isUnitsNote(cell.text) {
                notes.append((r, c))
                if c != labelColumn {
                    alone = alone && anchored[r].allSatisfy { $0.key == labelColumn || $0.key == c }
                } else {
                    alone = alone && anchored[r].allSatisfy { $0.key == labelColumn || !$0.value.text.contains(where: \.isNumber) }
                }
            }
        }
        if alone, let first = notes.first, let note = anchored[first.row][first.col],
           notes.allSatisfy({ anchored[$0.row][$0.col]?.text == note.text }) {
            for n in notes { anchored[n.row][n.col] = nil }
            appendCell(note)
            out.breakLines(2, at: note.span.end)
        }
        var wroteRow = false
        let present = anchored.reduce(0) { $0 + $1.count }
        let sparse = Self.isSparseGrid(rows: anchored.count, columns: columns.count, cells: present)
        for r in anchored.indices {
            // A sparse grid keeps its cells' order in each row but not the empty columns.
            let cells = sparse ? anchored[r].sorted { $0.key < $1.key }.map { Optional($0.value) } : columns.map { anchored[r][$0] }
            guard cells.contains(where: { $0 != nil }) else { continue }
            var lastNonEmpty = cells.count - 1
            while lastNonEmpty > 0, cells[lastNonEmpty] == nil { lastNonEmpty -= 1 }
            // Tabs and the line end map to where the text before them ends, so a row's
            // (and a table's) extent covers all of its cells' bytes.
            var at = cells.compactMap { $0?.span.start }.first ?? cursor
            for (k, cell) in cells.enumerated() {
                if k > 0 { out.append(0x09, source: Span(start: at, end: at)) }
                if let cell {
                    appendCell(cell)
                    at = max(at, cell.span.end)
                }
            }
            out.append(0x0A, source: Span(start: at, end: at))
            wroteRow = true
        }
        if wroteRow { out.breakLines(2, at: cursor) }
    }
}

