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
        var stack = Array(tree.children(of: table).reversed())
        while let i = stack.popLast() {
            let n = tree.nodes[i]
            guard n.kind == .element, !Self.isHidden(n) else { continue }
            if n.name == "tr" {
                var row: [GridCell] = []
                for c in tree.children(of: i) {
                    let cn = tree.nodes[c]
                    guard cn.kind == .element, cn.name == "td" || cn.name == "th", !Self.isHidden(cn) else {
                        // Stray content inside a row (unclosed tags): kept as a cell, not dropped.
                        if let stray = strayCell(c) { row.append(stray) }
                        continue
                    }
                    let (text, span) = cellText(c)
                    let colspan = max(1, min(1000, Int(cn.attribute("colspan") ?? "") ?? 1))
                    let rowspan = max(1, min(1000, Int(cn.attribute("rowspan") ?? "") ?? 1))
                    row.append(GridCell(text: text, span: span, colspan: colspan, rowspan: rowspan))
                }
                rows.append(row)
            } else if n.name == "thead" || n.name == "tbody" || n.name == "tfoot" {
                stack.append(contentsOf: tree.children(of: i).reversed())
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
        while let i = stack.popLast() {
            let n = tree.nodes[i]
            switch n.kind {
            case .comment: continue
            case .text:
                let s = locate(n.text, line: n.line)
                span = span.map { $0.union(s) } ?? s
                parts += n.text
            case .element:
                if Self.skipped.contains(n.name) || Self.isHidden(n) { continue }
                if n.name.hasPrefix("ix:") { noteFact(i) }
                if n.name == "br" || n.name == "p" || n.name == "div" { parts += " " }
                stack.append(contentsOf: tree.children(of: i).reversed())
            }
        }
        return (Self.collapse(parts), span ?? Span(start: cursor, end: cursor))
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
                   let f = next.text.unicodeScalars.first, f == "(" || f == "-" || (f >= "0" && f <= "9") {
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
        tableCount += 1
        out.breakLines(2, at: position(of: table))
        var wroteRow = false
        for r in anchored.indices {
            let cells = columns.map { anchored[r][$0] }
            guard cells.contains(where: { $0 != nil }) else { continue }
            var lastNonEmpty = cells.count - 1
            while lastNonEmpty > 0, cells[lastNonEmpty] == nil { lastNonEmpty -= 1 }
            let rowStart = cells.compactMap { $0?.span.start }.first ?? cursor
            for (k, cell) in cells.enumerated() {
                if k > 0 { out.append([0x09], source: Span(start: rowStart, end: rowStart)) }
                if let cell { out.append(Array(cell.text.utf8), source: cell.span) }
            }
            out.append([0x0A], source: Span(start: rowStart, end: rowStart))
            wroteRow = true
        }
        if wroteRow { out.breakLines(2, at: cursor) }
    }
}

