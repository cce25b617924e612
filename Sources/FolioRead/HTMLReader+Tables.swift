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
    }

    static let currencySymbols: Set<String> = ["$", "US$", "HK$", "€", "£", "¥", "RMB", "C$", "A$", "S$"]
    static let closers: Set<String> = [")", "%", ")%", "%)", "pts", "bps"]

    /// The rows of a table (cells of nested tables are flattened into their cell's text).
    mutating func collectRows(_ table: Int) -> [[GridCell]] {
        var rows: [[GridCell]] = []
        var stack: [Int] = []
        tree.pushChildren(of: table, onto: &stack) { $0 }
        while let i = stack.popLast() {
            let n = tree.nodes[i]
            guard n.kind == .element, !Self.isHidden(n) else { continue }
            if n.name == "tr" {
                // Which cell of the row each fact in it is printed in.
                var factCell: [(fact: Int, cell: Int)] = []
                var row: [GridCell] = []
                var next = tree.nodes[i].firstChild
                while let c = next {
                    next = tree.nodes[c].nextSibling
                    let cn = tree.nodes[c]
                    let before = facts.count
                    guard cn.kind == .element, cn.name == "td" || cn.name == "th", !Self.isHidden(cn) else {
                        // Stray content inside a row (unclosed tags): kept as a cell, not dropped.
                        if let stray = strayCell(c) {
                            for f in before..<facts.count { factCell.append((f, row.count)) }
                            row.append(stray)
                        }
                        continue
                    }
                    let (text, span) = cellText(c)
                    for f in before..<facts.count { factCell.append((f, row.count)) }
                    let colspan = max(1, min(1000, Int(cn.attribute("colspan") ?? "") ?? 1))
                    let rowspan = max(1, min(1000, Int(cn.attribute("rowspan") ?? "") ?? 1))
                    row.append(GridCell(text: text, span: span, colspan: colspan, rowspan: rowspan))
                }
                // The row's label: its first cell with text other than a currency symbol.
                if !factCell.isEmpty, let labelCell = row.firstIndex(where: { !$0.text.isEmpty && !Self.currencySymbols.contains($0.text) }) {
                    for (f, c) in factCell {
                        if c == labelCell { factsInRowLabels.insert(f) } else { factRowLabels[f] = row[labelCell].text }
                    }
                }
                rows.append(row)
            } else if n.name == "thead" || n.name == "tbody" || n.name == "tfoot" {
                tree.pushChildren(of: i, onto: &stack) { $0 }
            } else if n.name != "caption" && n.name != "colgroup" && n.name != "col", let stray = strayCell(i) {
                rows.append([stray])  // stray content between rows: a row of its own
            }
        }
        return rows
    }

    /// Text outside any cell (libxml2 leaves it where unclosed tags put it) as a one-column cell.
    mutating func strayCell(_ node: Int) -> GridCell? {
        let n = tree.nodes[node]
        guard n.kind == .text || (n.kind == .element && !Self.isHidden(n) && !Self.skipped.contains(n.name)) else { return nil }
        let (text, span) = cellText(node)
        return text.isEmpty ? nil : GridCell(text: text, span: span, colspan: 1, rowspan: 1)
    }

    /// A cell's collapsed text and the source bytes it spans; notes inline XBRL inside it.
    mutating func cellText(_ cell: Int) -> (String, Span) {
        var parts = ""
        var span: Span?
        var stack = [cell]
        stack.reserveCapacity(16)
        while let i = stack.popLast() {
            let n = tree.nodes[i]
            switch n.kind {
            case .comment: continue
            case .text:
                let s = locate(n.text, line: n.line)
                span = span.map { $0.union(s) } ?? s
                parts += n.text
            case .element:
                if (Self.tagClasses[n.name] ?? 0) & 1 != 0 || Self.isHidden(n) { continue }
                if Self.isInlineXBRL(n.name) { noteFact(i) }
                if n.name == "br" || n.name == "p" || n.name == "div" { parts += " " }
                tree.pushChildren(of: i, onto: &stack) { $0 }
            }
        }
        return (Self.collapse(parts), span ?? Span(start: cursor, end: cursor))
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
                out.append(cell.text, source: cell.span)
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

    mutating func renderTable(_ table: Int) {
        let rows = collectRows(table)
        guard !rows.isEmpty else { return }
        // Place cells on a grid.
        var origins: [[Int: GridCell]] = Array(repeating: [:], count: rows.count)
        var occupied: [Set<Int>] = Array(repeating: [], count: rows.count)
        var width = 0
        for (r, row) in rows.enumerated() {
            var c = 0
            for cell in row {
                while occupied[r].contains(c) { c += 1 }
                origins[r][c] = cell
                for dr in 0..<cell.rowspan where r + dr < rows.count {
                    for dc in 0..<cell.colspan { occupied[r + dr].insert(c + dc) }
                }
                c += cell.colspan
                width = max(width, c)
            }
        }
        guard width > 0 else { return }
        // Repair split cells: symbols join their number.
        for r in origins.indices {
            let cols = origins[r].keys.sorted()
            for (k, c) in cols.enumerated() {
                guard let cell = origins[r][c] else { continue }
                if Self.currencySymbols.contains(cell.text), k + 1 < cols.count, let next = origins[r][cols[k + 1]],
                   let f = next.text.unicodeScalars.first, f == "(" || f == "-" || f == "—" || f == "–" || (f >= "0" && f <= "9") {
                    origins[r][cols[k + 1]]?.text = cell.text + next.text
                    origins[r][cols[k + 1]]?.span = cell.span.union(next.span)
                    origins[r][c]?.text = ""
                } else if Self.closers.contains(cell.text) {
                    var p = k - 1
                    while p >= 0, origins[r][cols[p]]?.text.isEmpty ?? true { p -= 1 }
                    if p >= 0 {
                        origins[r][cols[p]]?.text += cell.text
                        origins[r][c]?.text = ""
                    }
                }
            }
        }
        // Surviving columns: the label column, and any column a single-column cell fills.
        var keep = Array(repeating: false, count: width)
        keep[0] = true
        for r in origins.indices {
            for (c, cell) in origins[r] where cell.colspan == 1 && !cell.text.isEmpty { keep[c] = true }
        }
        // Spanning cells anchor on the first surviving column they span (or keep their own).
        var anchored: [[Int: GridCell]] = Array(repeating: [:], count: rows.count)
        for r in origins.indices {
            for (c, cell) in origins[r] where !cell.text.isEmpty {
                var a = c
                if cell.colspan > 1 {
                    if let first = (c..<min(width, c + cell.colspan)).first(where: { keep[$0] }) { a = first } else { keep[c] = true }
                }
                anchored[r][a] = cell
            }
        }
        let columns = (0..<width).filter { keep[$0] }
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
                if c != 0 {
                    alone = alone && anchored[r].allSatisfy { $0.key == 0 || $0.key == c }
                } else {
                    alone = alone && anchored[r].allSatisfy { $0.key == 0 || !$0.value.text.contains(where: \.isNumber) }
                }
            }
        }
        if alone, let first = notes.first, let note = anchored[first.row][first.col],
           notes.allSatisfy({ anchored[$0.row][$0.col]?.text == note.text }) {
            for n in notes { anchored[n.row][n.col] = nil }
            out.append(note.text, source: note.span)
            out.breakLines(2, at: note.span.end)
        }
        var wroteRow = false
        for r in anchored.indices {
            let cells = columns.map { anchored[r][$0] }
            guard cells.contains(where: { $0 != nil }) else { continue }
            var lastNonEmpty = cells.count - 1
            while lastNonEmpty > 0, cells[lastNonEmpty] == nil { lastNonEmpty -= 1 }
            // Tabs and the line end map to where the text before them ends, so a row's
            // (and a table's) extent covers all of its cells' bytes.
            var at = cells.compactMap { $0?.span.start }.first ?? cursor
            for (k, cell) in cells.enumerated() {
                if k > 0 { out.append(0x09, source: Span(start: at, end: at)) }
                if let cell {
                    out.append(cell.text, source: cell.span)
                    at = max(at, cell.span.end)
                }
            }
            out.append(0x0A, source: Span(start: at, end: at))
            wroteRow = true
        }
        if wroteRow { out.breakLines(2, at: cursor) }
    }
}

