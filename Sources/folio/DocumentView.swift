import FolioModel

/// Renders one document's records as text for a terminal.
struct DocumentView {
    var document: DocumentRow
    var sections: [SectionRow]
    var blocks: [BlockRow]
    var tables: [TableRow]
    var cells: [CellRow]
    var footnotes: [FootnoteRow]
    var diagnostics: [DiagnosticRow]
    var color: Bool
    /// `show --why`: beside each decision users ask about, the rule that made it, as the
    /// deciding stage recorded it (a section's `heading_rule`, a row's `row_path_rule` and
    /// `label_rule`).
    var why = false

    func render(onlyTable: Int? = nil, withBlocks: Bool = false) -> String {
        var out = ""
        let d = document
        if onlyTable == nil {
            out += Terminal.bold("\(d.docId)", color) + "  (\(d.format), \(d.bytes) bytes, \(d.status))\n"
            if let t = d.title { out += "title:     \(t)\n" }
            var meta: [String] = []
            if let v = d.formType { meta.append("form: \(v)") }
            if let v = d.issuer { meta.append("issuer: \(v)") }
            if let v = d.period { meta.append("period: \(v)") }
            if let v = d.date { meta.append("date: \(v)") }
            if !meta.isEmpty { out += meta.joined(separator: "  ") + "\n" }
            out += "\n" + Terminal.bold("Sections (\(sections.count))", color) + "\n"
            for s in sections {
                let rule = why ? "  ← " + (s.headingRule ?? "not recorded") : ""
                out += String(repeating: "  ", count: s.level) + "\(s.heading)" + Terminal.dim("  [\(s.sectionId)]" + rule, color) + "\n"
            }
            if withBlocks {
                out += "\n" + Terminal.bold("Blocks (\(blocks.count))", color) + "\n"
                for b in blocks {
                    let text = b.text.replacingOccurrences(of: "\n", with: " ⏎ ")
                    out += "  \(b.blockId) \(b.kind): " + String(text.prefix(140)) + (text.count > 140 ? "…" : "")
                        + (b.sourceBox.map { Terminal.dim("  " + Self.place($0), color) } ?? "") + "\n"
                }
            }
        }
        let shown = tables.filter { onlyTable == nil || $0.tableId == onlyTable }
        if onlyTable == nil { out += "\n" + Terminal.bold("Tables (\(tables.count))", color) + "\n" }
        for t in shown {
            out += "\n" + renderTable(t)
        }
        if onlyTable == nil {
            out += "\n" + Terminal.bold("Footnotes (\(footnotes.count))", color) + "\n"
            for f in footnotes {
                let refs = f.references.map { r in r.tableId.map { "table \($0)" } ?? r.blockId.map { "block \($0)" } ?? "?" }
                let text = f.text.replacingOccurrences(of: "\n\n", with: " ¶ ")
                out += "  [\(f.label)] " + String(text.prefix(160)) + (text.count > 160 ? "…" : "")
                    + Terminal.dim("  ← " + (refs.isEmpty ? "no reference" : refs.joined(separator: ", ")), color) + "\n"
            }
            let notable = diagnostics.filter { $0.severity != "info" }
            out += "\n" + Terminal.bold("Diagnostics (\(diagnostics.count), \(notable.count) warnings or errors)", color) + "\n"
            for g in notable.prefix(30) {
                let line = "  \(g.severity) \(g.code): \(g.message)\n"
                out += g.severity == "error" ? Terminal.red(line, color) : line
            }
            if notable.count > 30 { out += "  ... \(notable.count - 30) more in diagnostics.jsonl\n" }
        }
        return out
    }

    /// `row 3 Cash and cash equivalents: indentation under Current assets; label wrapped`:
    /// which rule put the row under its path's headings, and how its label was joined, as
    /// the tables stage recorded them.
    static func why(_ c: CellRow) -> String {
        let groups = c.rowPath.dropLast()
        var out = "row \(c.row) \(c.rowLabel): " + (c.rowPathRule ?? "not recorded")
        if !groups.isEmpty { out += " under " + groups.joined(separator: " > ") }
        if let l = c.labelRule { out += "; label " + l }
        return out
    }

    /// Where a record of a PDF was printed: `page 3 (72.0, 118.4)-(540.2, 402.9) pt`, the
    /// box's corners from the page's top-left, to a tenth of a point.
    static func place(_ b: SourceBox) -> String {
        func pt(_ d: Double) -> String {
            guard d.isFinite, abs(d) < 1e12 else { return "\(d)" }
            let tenths = Int((d * 10).rounded())
            return (tenths < 0 ? "-" : "") + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
        }
        return "page \(b.page) (\(pt(b.x0)), \(pt(b.y0)))-(\(pt(b.x1)), \(pt(b.y1))) pt"
    }

    /// The cells' periods by column (`periods: 1 2024-01-01..2024-12-31, 2 @2024-12-31`;
    /// `by row` where a column's cells differ, the reason where none has one); nil for a
    /// table without cells.
    static func periodsLine(_ cells: [CellRow], nCols: Int) -> String? {
        guard nCols > 0, !cells.isEmpty else { return nil }
        var parts: [String] = []
        for col in 0..<nCols {
            var seen: [String] = []
            for c in cells where c.col == col {
                let p: String
                if let i = c.period?.instant { p = "@" + i }
                else if let s = c.period?.start, let e = c.period?.end { p = s + ".." + e }
                else { p = "none (" + (c.periodReason ?? "?") + ")" }
                if !seen.contains(p) { seen.append(p) }
            }
            guard let first = seen.first else { continue }
            parts.append("\(col + 1) " + (seen.count == 1 ? first : "by row"))
        }
        return "  periods: " + parts.joined(separator: ", ")
    }

    /// A table as an aligned grid: header rows, then one line per row with its label
    /// indented by its group depth.
    func renderTable(_ t: TableRow) -> String {
        var out = ""
        var units: [String] = []
        if let s = t.units.scale, s != 1 { units.append(s == 1000 ? "thousands" : s == 1_000_000 ? "millions" : s == 1_000_000_000 ? "billions" : "x\(s)") }
        if let c = t.units.currency { units.append(c) }
        out += Terminal.bold("Table \(t.tableId): \(t.title ?? "(untitled)")", color)
            + (units.isEmpty ? "" : "  (" + units.joined(separator: ", ") + ")")
            + Terminal.dim("  \(t.nRows) rows x \(t.nCols) cols", color) + "\n"
        if let box = t.sourceBox { out += Terminal.dim("  printed at " + Self.place(box), color) + "\n" }
        let mine = cells.filter { $0.tableId == t.tableId }
        let nCols = (mine.map(\.col).max() ?? -1) + 1
        let rows = Dictionary(grouping: mine, by: \.row).sorted { $0.key < $1.key }
        var grid: [[String]] = []
        var isHeader: [Bool] = []
        for h in t.header {
            // Header rows include the label column first when they have one more entry.
            let values = h.count > nCols ? Array(h.dropFirst(h.count - nCols)) : h
            let label = h.count > nCols ? h[0] : ""
            grid.append([label] + values + Array(repeating: "", count: max(0, nCols - values.count)))
            isHeader.append(true)
        }
        var openGroups: [String] = []
        for (_, rowCells) in rows {
            guard let first = rowCells.first else { continue }
            // Group rows (labels without values) show where the row path opens them.
            let groups = Array(first.rowPath.dropLast())
            var shared = 0
            while shared < groups.count, shared < openGroups.count, groups[shared] == openGroups[shared] { shared += 1 }
            for g in shared..<groups.count {
                grid.append([String(repeating: "  ", count: g) + groups[g]] + Array(repeating: "", count: nCols))
                isHeader.append(false)
            }
            openGroups = groups
            let depth = max(0, first.rowPath.count - 1)
            var line = [String(repeating: "  ", count: depth) + first.rowLabel]
            var values = Array(repeating: "", count: nCols)
            for c in rowCells where c.col >= 0 && c.col < nCols { values[c.col] = c.raw }
            line += values
            grid.append(line)
            isHeader.append(false)
        }
        guard !grid.isEmpty else { return out + "  (no cells)\n" }
        let width = (grid.map(\.count).max() ?? 1)
        var widths = Array(repeating: 0, count: width)
        for row in grid {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], min(i == 0 ? 60 : 32, cell.terminalWidth)) }
        }
        for (r, row) in grid.enumerated() {
            var line = " "
            for i in 0..<width {
                var cell = i < row.count ? row[i] : ""
                let w = widths[i]
                if cell.terminalWidth > w { cell = cell.prefix(width: max(1, w - 1)) + "…" }
                let padCount = max(0, w - cell.terminalWidth)
                line += " " + (i == 0 ? cell + String(repeating: " ", count: padCount) : String(repeating: " ", count: padCount) + cell)
            }
            out += (isHeader[r] ? Terminal.bold(line, color) : line) + "\n"
        }
        if let line = Self.periodsLine(mine, nCols: nCols) { out += Terminal.dim(line, color) + "\n" }
        if why {
            for (_, rowCells) in rows {
                guard let first = rowCells.first else { continue }
                out += Terminal.dim("  why " + Self.why(first), color) + "\n"
            }
        }
        let failed = t.checks.filter { $0.outcome == .fail }
        let made = t.checks.filter { $0.outcome != .skipped }.count
        if made > 0 {
            out += Terminal.dim("  checks: \(made - failed.count)/\(made) passed", color) + "\n"
            for c in failed {
                out += Terminal.red("  check failed: \(c.kind) \(c.target) col \(c.col.map(String.init) ?? "-"): expected \(c.expected.map { "\($0)" } ?? "-"), found \(c.actual.map { "\($0)" } ?? "-")", color) + "\n"
            }
        }
        return out
    }
}
