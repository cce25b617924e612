import FolioModel

/// One document's report page.
struct DocumentPage {
    var doc: ReportWriter.Doc
    /// The original file's bytes, when available (see `ReportWriter.sourceLines`).
    var source: [UInt8]?
    var version: String

    /// A footnote marker: footnote `footnote`, its `index`-th reference, printed as `label`.
    struct Marker {
        var footnote: Int
        var index: Int
        var label: String
        var anchor: String { "ref-\(footnote)-\(index)" }
        var html: String {
            "<sup class=\"fnref\" id=\"\(anchor)\"><a href=\"#fn-\(footnote)\" title=\"footnote \(HTML.escape(label))\">\(HTML.escape(label))</a></sup>"
        }
    }

    struct CellKey: Hashable {
        var table: Int
        var row: Int?
        var col: Int?
    }

    func render() -> String {
        let e = HTML.escape
        let d = doc.document
        let scalars = Array((d.text ?? "").unicodeScalars)

        // Markers, by where they are printed.
        var inBlocks: [Int: [(offset: Int, marker: Marker)]] = [:]
        var inCells: [CellKey: [Marker]] = [:]
        let blockById = Dictionary(doc.blocks.map { ($0.blockId, $0) }, uniquingKeysWith: { x, _ in x })
        for f in doc.footnotes {
            for (i, r) in f.references.enumerated() {
                let m = Marker(footnote: f.footnoteId, index: i + 1, label: f.label)
                if let t = r.tableId {
                    inCells[CellKey(table: t, row: r.row, col: r.col), default: []].append(m)
                } else if let b = r.blockId, let block = blockById[b] {
                    let offset = (r.span?.start ?? block.span.end) - block.span.start
                    inBlocks[b, default: []].append((offset, m))
                }
            }
        }

        var b = "<header class=\"top\"><a href=\"../index.html\">← all documents (\(e(version)))</a>"
        b += "<h1>\(e(d.title ?? d.docId))</h1><div class=\"meta\" style=\"color:#cfd8e3\">\(e(d.docId)) · \(e(d.source)) · \(e(d.format)) · \(d.bytes) bytes · \(e(d.status))"
        for (k, v) in [("form", d.formType), ("issuer", d.issuer), ("CIK", d.cik), ("ticker", d.ticker), ("accession", d.accessionNumber),
                       ("filed", d.filingDate), ("period", d.period), ("period end", d.periodEnd),
                       ("fiscal year", d.fiscalYear.map(String.init)), ("fiscal period", d.fiscalPeriod), ("date", d.date)] {
            if let v { b += " · \(k): \(e(v))" }
        }
        b += "</div></header><main>"
        b += "<p>\(doc.sections.count) sections · <a href=\"#tables\">\(doc.tables.count) tables</a> · \(doc.cells.count) cells · "
        b += "<a href=\"#footnotes\">\(doc.footnotes.count) footnotes</a> · <a href=\"#facts\">\(doc.facts.count) facts</a> · "
        b += "<a href=\"#diagnostics\">\(doc.diagnostics.count) diagnostics</a></p>"
        b += statementList()
        b += outline()

        // The text, tables in place.
        b += "<h2 id=\"tables\">Text and tables</h2>"
        var anchored: Set<Int> = []
        var shownTables: Set<Int> = []
        let tableById = Dictionary(doc.tables.map { ($0.tableId, $0) }, uniquingKeysWith: { x, _ in x })
        let cellsByTable = Dictionary(grouping: doc.cells, by: \.tableId)
        let sectionById = Dictionary(doc.sections.map { ($0.sectionId, $0) }, uniquingKeysWith: { x, _ in x })
        for block in doc.blocks {
            if let s = block.sectionId, !anchored.contains(s) {
                anchored.insert(s)
                b += "<a id=\"sec-\(s)\"></a>"
            }
            if block.kind == "table", let id = block.tableId, let t = tableById[id], !shownTables.contains(id) {
                shownTables.insert(id)
                b += tablePair(t, cellsByTable[id] ?? [], inCells, scalars)
                continue
            }
            let text = withMarkers(block.text, inBlocks[block.blockId] ?? [])
            if block.kind == "heading" {
                let level = min(6, 2 + (block.sectionId.flatMap { sectionById[$0]?.level } ?? 1))
                b += "<h\(level) id=\"block-\(block.blockId)\">\(text)</h\(level)>"
            } else {
                b += "<p class=\"block \(e(block.kind))\" id=\"block-\(block.blockId)\">\(text)</p>"
            }
        }
        for t in doc.tables where !shownTables.contains(t.tableId) {
            b += tablePair(t, cellsByTable[t.tableId] ?? [], inCells, scalars)
        }

        b += footnotesList()
        b += factsTable(scalars)
        b += "<h2 id=\"diagnostics\">Diagnostics (\(doc.diagnostics.count))</h2>" + Self.diagnosticsTable(doc.diagnostics, withDoc: false)
        b += "</main>"
        return HTML.page(title: "\(d.title ?? d.docId) · Folio report", body: b)
    }

    /// A primary statement's kind as a mark after its table's heading (`balance_sheet` ->
    /// `balance sheet`); nothing for `other` or a version written before the field.
    static func statementMark(_ statement: String?) -> String {
        guard let k = statement, k != "other" else { return "" }
        return " <span class=\"stmt\">\(HTML.escape(k.replacingOccurrences(of: "_", with: " ")))</span>"
    }

    /// The document's primary statements, each linked to its table, above the outline.
    func statementList() -> String {
        let primary = doc.tables.filter { $0.statement.map { $0 != "other" } ?? false }
        guard !primary.isEmpty else { return "" }
        let links = primary.map { t in
            "<a href=\"#table-\(t.tableId)\">\(HTML.escape((t.statement ?? "").replacingOccurrences(of: "_", with: " "))) (table \(t.tableId))</a>"
        }
        return "<p class=\"statements\">Statements: " + links.joined(separator: " · ") + "</p>"
    }

    func outline() -> String {
        guard !doc.sections.isEmpty else { return "<nav class=\"outline\"><strong>Outline</strong><p class=\"muted\">No sections.</p></nav>" }
        var b = "<nav class=\"outline\"><strong>Outline</strong>"
        var depth = 0
        for s in doc.sections.sorted(by: { $0.ordinal < $1.ordinal }) {
            let level = max(1, s.level)
            while depth < level { b += "<ul>"; depth += 1 }
            while depth > level { b += "</ul>"; depth -= 1 }
            b += "<li><a href=\"#sec-\(s.sectionId)\">\(HTML.escape(s.heading))</a></li>"
        }
        while depth > 0 { b += "</ul>"; depth -= 1 }
        return b + "</nav>"
    }

    /// `text` escaped, with marker links inserted at their code-point offsets.
    func withMarkers(_ text: String, _ markers: [(offset: Int, marker: Marker)]) -> String {
        guard !markers.isEmpty else { return HTML.escape(text) }
        let scalars = Array(text.unicodeScalars)
        var out = ""
        var at = 0
        for (offset, m) in markers.sorted(by: { ($0.offset, $0.marker.footnote) < ($1.offset, $1.marker.footnote) }) {
            let o = max(at, min(offset, scalars.count))
            out += HTML.escape(Self.string(scalars[at..<o])) + m.html
            at = o
        }
        return out + HTML.escape(Self.string(scalars[at...]))
    }

    static func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s)
        return String(v)
    }

    /// A table's grid beside the lines it came from.
    func tablePair(_ t: TableRow, _ cells: [CellRow], _ markers: [CellKey: [Marker]], _ scalars: [Unicode.Scalar]) -> String {
        let e = HTML.escape
        var units: [String] = []
        if let s = t.units.scale, s != 1 { units.append(s == 1000 ? "in thousands" : s == 1_000_000 ? "in millions" : s == 1_000_000_000 ? "in billions" : "×\(s)") }
        if let c = t.units.currency { units.append(c) }
        var b = "<div class=\"pair\" id=\"table-\(t.tableId)\"><div class=\"tablebox\">"
        b += "<h3>Table \(t.tableId): \(e(t.title ?? "(untitled)"))\(Self.statementMark(t.statement))</h3>"
        b += "<div class=\"srcnote\">\(t.nRows) rows × \(t.nCols) columns\(units.isEmpty ? "" : " · " + e(units.joined(separator: ", ")))"
        for m in markers[CellKey(table: t.tableId, row: nil, col: nil)] ?? [] { b += " " + m.html }
        b += "</div>"
        b += grid(t, cells, markers)
        let failed = t.checks.filter { $0.outcome == .fail }
        let made = t.checks.filter { $0.outcome != .skipped }.count
        if made > 0 {
            b += "<div class=\"srcnote\">checks: <span class=\"\(failed.isEmpty ? "good" : "bad")\">\(made - failed.count)/\(made) passed</span></div>"
            for c in failed {
                b += "<div class=\"bad\">check failed: \(e(c.kind)) \(e(c.target)) col \(c.col.map(String.init) ?? "-"): expected \(HTML.number(c.expected)), found \(HTML.number(c.actual))</div>"
            }
        }
        b += "</div><div>" + (t.sourceBox.map { pageRegion($0, tableId: t.tableId) } ?? "") + sourcePane(t.span, t.sourceSpan, scalars) + "</div></div>"
        return b
    }

    func grid(_ t: TableRow, _ cells: [CellRow], _ markers: [CellKey: [Marker]]) -> String {
        let e = HTML.escape
        let nData = max(t.nCols - 1, (cells.map(\.col).max() ?? -1) + 1)
        var b = "<table class=\"grid\"><thead>"
        for h in t.header {
            let label = h.count > nData ? h[0] : ""
            var values = h.count > nData ? Array(h.dropFirst(h.count - nData)) : h
            values += Array(repeating: "", count: max(0, nData - values.count))
            b += "<tr><th>\(e(label))</th>"
            var i = 0
            while i < values.count {
                var span = 1
                while !values[i].isEmpty, i + span < values.count, values[i + span] == values[i] { span += 1 }
                b += "<th\(span > 1 ? " colspan=\"\(span)\"" : "")>\(e(values[i]))</th>"
                i += span
            }
            b += "</tr>"
        }
        b += "</thead><tbody>"
        var open: [String] = []
        for (row, rowCells) in Dictionary(grouping: cells, by: \.row).sorted(by: { $0.key < $1.key }) {
            guard let first = rowCells.first else { continue }
            let groups = Array(first.rowPath.dropLast())
            var shared = 0
            while shared < groups.count, shared < open.count, groups[shared] == open[shared] { shared += 1 }
            for g in shared..<groups.count {
                b += "<tr><td class=\"label group\" colspan=\"\(nData + 1)\" style=\"padding-left:\(6 + 14 * g)px\">\(e(groups[g]))</td></tr>"
            }
            open = groups
            let depth = max(0, first.rowPath.count - 1)
            b += "<tr><td class=\"label\" style=\"padding-left:\(6 + 14 * depth)px\">\(e(first.rowLabel))"
            for m in markers[CellKey(table: t.tableId, row: row, col: nil)] ?? [] { b += m.html }
            b += "</td>"
            var byCol: [Int: CellRow] = [:]
            for c in rowCells { byCol[c.col] = c }
            for col in 0..<nData {
                let c = byCol[col]
                var title = ""
                if let c {
                    title = (c.columnPath.joined(separator: " / ") + (c.value.map { " = \(HTML.number($0))" } ?? "")
                        + (c.scale != 1 ? " × \(c.scale)" : "") + (c.unit.map { " \($0)" } ?? ""))
                }
                b += "<td class=\"v\" id=\"t\(t.tableId)-r\(row)-c\(col)\" title=\"\(e(title))\">\(e(c?.raw ?? ""))"
                for m in markers[CellKey(table: t.tableId, row: row, col: col)] ?? [] { b += m.html }
                b += "</td>"
            }
            b += "</tr>"
        }
        return b + "</tbody></table>"
    }

    /// Where a table of a PDF was printed: its page and box in points, and a sketch of that page
    /// region (an inline SVG: the boxes of the page's blocks in grey, the table's in blue, drawn
    /// over the extent of the page's text, so no page image is needed).
    func pageRegion(_ box: SourceBox, tableId: Int) -> String {
        func pt(_ d: Double) -> String { HTML.number((d * 10).rounded() / 10) }
        var b = "<div class=\"srcnote\" id=\"table-\(tableId)-box\">source: page \(box.page) of \(HTML.escape(doc.document.source)), "
        b += "x \(pt(box.x0))–\(pt(box.x1)), y \(pt(box.y0))–\(pt(box.y1)) pt from the page's top-left corner</div>"
        let onPage = doc.blocks.compactMap(\.sourceBox).filter { $0.page == box.page && $0 != box }
        let all = onPage + [box]
        let left = max(0, all.map(\.x0).min() ?? 0), top = max(0, all.map(\.y0).min() ?? 0)
        // The page's text extent with the same margin on the right and bottom as on the left and top.
        let width = max(1, (all.map(\.x1).max() ?? 1) + left), height = max(1, (all.map(\.y1).max() ?? 1) + top)
        func rect(_ r: SourceBox, _ style: String) -> String {
            "<rect x=\"\(pt(r.x0))\" y=\"\(pt(r.y0))\" width=\"\(pt(max(0, r.x1 - r.x0)))\" height=\"\(pt(max(0, r.y1 - r.y0)))\" \(style)/>"
        }
        b += "<svg class=\"page\" role=\"img\" aria-label=\"page \(box.page): where table \(tableId) is printed\" viewBox=\"0 0 \(pt(width)) \(pt(height))\" width=\"160\">"
        b += "<rect x=\"0\" y=\"0\" width=\"\(pt(width))\" height=\"\(pt(height))\" fill=\"#fff\" stroke=\"#c8ccd2\"/>"
        for r in onPage { b += rect(r, "fill=\"#e4e7eb\"") }
        b += rect(box, "fill=\"#cfe0f7\" stroke=\"#2b6cb0\" stroke-width=\"2\"")
        return b + "</svg>"
    }

    /// The original lines holding `sourceSpan` (numbered), else the normalized text of `span`.
    func sourcePane(_ span: Span, _ sourceSpan: Span?, _ scalars: [Unicode.Scalar]) -> String {
        let maxLines = 200
        if let bytes = source, let sourceSpan, sourceSpan.start >= 0, sourceSpan.end <= bytes.count, sourceSpan.start <= sourceSpan.end {
            var start = sourceSpan.start
            while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
            var end = sourceSpan.end
            while end < bytes.count, end > 0, bytes[end - 1] != 0x0A { end += 1 }
            var lineNumber = 1
            for byte in bytes[0..<start] where byte == 0x0A { lineNumber += 1 }
            let lines = bytes[start..<end].split(separator: 0x0A, omittingEmptySubsequences: false)
            var b = "<div class=\"srcnote\">source: lines \(lineNumber)–\(lineNumber + max(0, lines.count - 1) - (lines.last?.isEmpty == true ? 1 : 0)) of \(HTML.escape(doc.document.source)) (bytes \(sourceSpan.start)–\(sourceSpan.end))</div><pre class=\"source\">"
            for (i, line) in lines.prefix(maxLines).enumerated() where !(i == lines.count - 1 && line.isEmpty) {
                b += "<span class=\"ln\">\(String(lineNumber + i).leftPad(5)) </span>" + HTML.escape(String(decoding: line, as: UTF8.self)) + "\n"
            }
            if lines.count > maxLines { b += "… \(lines.count - maxLines) more lines\n" }
            return b + "</pre>"
        }
        let lo = max(0, min(span.start, scalars.count)), hi = max(lo, min(span.end, scalars.count))
        let lines = Self.string(scalars[lo..<hi]).split(separator: "\n", omittingEmptySubsequences: false)
        let bytes = sourceSpan.map { "source bytes \($0.start)–\($0.end)" } ?? "no source bytes: laid out from the PDF's text layer"
        var b = "<div class=\"srcnote\">normalized text (characters \(span.start)–\(span.end); \(bytes))</div><pre class=\"source\">"
        for line in lines.prefix(maxLines) { b += HTML.escape(String(line)) + "\n" }
        if lines.count > maxLines { b += "… \(lines.count - maxLines) more lines\n" }
        return b + "</pre>"
    }

    func footnotesList() -> String {
        let e = HTML.escape
        var b = "<h2 id=\"footnotes\">Footnotes (\(doc.footnotes.count))</h2><ol class=\"fns\" style=\"list-style:none;padding-left:0\">"
        for f in doc.footnotes {
            b += "<li class=\"fn\" id=\"fn-\(f.footnoteId)\"><strong>[\(e(f.label))]</strong> \(e(f.text)) "
            if f.references.isEmpty {
                b += "<span class=\"muted\">(no marker points here)</span>"
            } else {
                b += "<span class=\"muted\">marked at:</span> "
                b += f.references.enumerated().map { i, r in
                    let m = Marker(footnote: f.footnoteId, index: i + 1, label: f.label)
                    let place: String
                    if let t = r.tableId {
                        place = "table \(t)" + (r.row.map { " row \($0)" } ?? "") + (r.col.map { " col \($0)" } ?? "")
                    } else {
                        place = r.blockId.map { "block \($0)" } ?? "?"
                    }
                    return "<a href=\"#\(m.anchor)\">↩ \(e(place))</a>"
                }.joined(separator: ", ")
            }
            b += "</li>"
        }
        return b + "</ol>"
    }

    func factsTable(_ scalars: [Unicode.Scalar]) -> String {
        let e = HTML.escape
        let agree = doc.facts.filter { $0.check == .agrees }.count
        let disagree = doc.facts.filter { $0.check == .disagrees }.count
        var b = "<h2 id=\"facts\">Facts (\(doc.facts.count): \(agree) agree, \(disagree) disagree, \(doc.facts.count - agree - disagree) unmatched)</h2>"
        guard !doc.facts.isEmpty else { return b }
        b += "<table class=\"list\"><thead><tr><th class=\"num\">id</th><th>origin</th><th>metric</th><th class=\"num\">value</th><th class=\"num\">scale</th><th>unit</th><th>period</th><th>as printed</th><th>check</th><th class=\"num\">compared</th><th>cell</th></tr></thead><tbody>"
        for f in doc.facts {
            var printed = ""
            if let s = f.span, s.start >= 0, s.end <= scalars.count, s.start <= s.end { printed = Self.string(scalars[s.start..<s.end]) }
            let period = f.period.map { p in p.text ?? [p.start, p.end, p.instant].compactMap { $0 }.joined(separator: " – ") } ?? ""
            b += "<tr><td class=\"num\">\(f.factId)</td><td>\(e(f.origin.rawValue))</td><td>\(e(f.metric))</td><td class=\"num\">\(HTML.number(f.value))</td>"
            b += "<td class=\"num\">\(f.scale)</td><td>\(e(f.unit ?? ""))</td><td>\(e(period))</td><td>\(e(printed))</td>"
            b += "<td class=\"check-\(e(f.check.rawValue))\">\(e(f.check.rawValue))</td><td class=\"num\">\(HTML.number(f.comparedValue))</td>"
            if let c = f.cell {
                b += "<td><a href=\"#t\(c.tableId)-r\(c.row)-c\(c.col)\">table \(c.tableId) r\(c.row) c\(c.col)</a></td>"
            } else {
                b += "<td></td>"
            }
            b += "</tr>"
        }
        return b + "</tbody></table>"
    }

    static func diagnosticsTable(_ diagnostics: [DiagnosticRow], withDoc: Bool) -> String {
        let e = HTML.escape
        guard !diagnostics.isEmpty else { return "<p class=\"muted\">None.</p>" }
        var b = "<table class=\"list\"><thead><tr>\(withDoc ? "<th>document</th>" : "")<th>severity</th><th>stage</th><th>code</th><th>message</th><th>source bytes</th></tr></thead><tbody>"
        for g in diagnostics {
            b += "<tr>\(withDoc ? "<td>\(e(g.docId))</td>" : "")<td class=\"\(g.severity == "info" ? "muted" : "bad")\">\(e(g.severity))</td>"
            b += "<td>\(e(g.stage))</td><td>\(e(g.code))</td><td>\(e(g.message))</td>"
            b += "<td>\(g.sourceSpan.map { "\($0.start)–\($0.end)" } ?? g.sourceBox.map { "page \($0.page)" } ?? "")</td></tr>"
        }
        return b + "</tbody></table>"
    }
}

extension String {
    func leftPad(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
