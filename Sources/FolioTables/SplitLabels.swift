import FolioModel

/// Rebuilds a table that PDF extraction printed as two runs: first its label column, each
/// label cut after its first letter or two by a tab (`G	ender`, `Fe	emale`, `Β	elow age 30`),
/// then its figures without labels (`2023	2022`, `19%	19%`, ...). The labels are mended
/// (look-alike capitals read as Latin, a letter printed twice dropped, a label that stays
/// garbled matched to the labels of the document's other tables), the rows without
/// figures are told apart (an empty cell printed after them, or a label the document's
/// other tables use as a heading), and the rows are paired with the figures only when the
/// counts agree exactly.
enum SplitLabels {
    /// A label line of the run: its mended text, its bytes, and whether it heads a group.
    struct LabelLine {
        var text: String
        var span: Span
        var trailingTab: Bool
    }

    /// Labels and headings of the document's other tables, for mending and telling groups.
    struct Vocabulary {
        var labels: Set<String> = []
        var groups: Set<String> = []

        init(_ tables: [[GridRow]]) {
            for rows in tables {
                for r in rows where !r.label.isEmpty {
                    labels.insert(r.label)
                    if r.dataColumns.isEmpty { groups.insert(r.label) }
                }
            }
        }
    }

    /// A row of the label run: a fragment of one or two characters, then the rest of the
    /// label starting with a letter; or the label alone.
    static func fragment(_ r: GridRow) -> (String, String)? {
        let cols = r.dataColumns
        guard cols.count == 1, cols[0] == 1, let a = r.cells.first ?? nil, let b = r.text(1) else { return nil }
        // The rest starts with a letter, or with the digit a garbled letter became (`1ale`).
        guard a.text.count <= 2, let f = b.unicodeScalars.first, f.properties.isAlphabetic || ("0"..."9").contains(f),
              b.unicodeScalars.contains(where: { $0.properties.isLowercase }), NumberParser.parse(b) == nil else { return nil }
        return (a.text, b)
    }

    /// Every cell a figure, a year or a placeholder (`/`): a row of figures whose label was
    /// printed elsewhere.
    static func isValuesOnly(_ r: GridRow) -> Bool {
        var n = 0
        for c in r.cells {
            guard let c else { continue }
            n += 1
            if TableBuilder.isYear(c.text) || NumberParser.parse(c.text) != nil { continue }
            if !LabelText.hasLetterOrDigit(c.text) && c.text.utf8.count <= 3 { continue }
            return false
        }
        return n >= 1
    }

    static func isYearsRow(_ r: GridRow) -> Bool {
        let cells = r.cells.compactMap { $0 }
        return !cells.isEmpty && cells.allSatisfy { TableBuilder.isYear($0.text) }
    }

    /// Latin letters for the Greek and Cyrillic capitals that look like them, and `0` for
    /// `O` before a lowercase letter.
    static let lookAlikes: [Character: Character] = [
        "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
        "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H",
        "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X",
    ]

    static func latin(_ s: String) -> String {
        // Nothing to replace without a `0`, a Greek capital (CE ..) or a Cyrillic one (D0 ..).
        if !s.utf8.contains(where: { $0 == 0x30 || $0 == 0xCE || $0 == 0xD0 }) { return s }
        let map = lookAlikes
        var out = ""
        let chars = Array(s)
        for (i, ch) in chars.enumerated() {
            if let m = map[ch] { out.append(m) } else if ch == "0", i + 1 < chars.count, chars[i + 1].isLowercase { out.append("O") } else { out.append(ch) }
        }
        return out
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }

    /// The label a fragment pair spells.
    /// - Parameter sorted: `vocabulary.labels` sorted, each with its `count` (computed once
    ///   by the caller that mends many labels).
    static func mend(_ a: String, _ b: String, _ vocabulary: Vocabulary, sorted: [(String, Int)]? = nil) -> String {
        var head = latin(a)
        if let l = head.last, let f = b.first, l.isLetter, l.lowercased() == f.lowercased(), head.count >= 2 { head.removeLast() }
        let glued = latin(head + b)
        if vocabulary.labels.contains(glued) { return glued }
        // Still garbled (`N1ale`, `hndex`): the one label of the document within two edits.
        let g = Array(glued.lowercased())
        // Ties go to the label sharing the longer ending: the text after the cut is the
        // better read part (`N1ale`: `Male`, not `Name`).
        var best = "", bestD = Int.max, bestSuffix = 0
        var tie = false
        for (known, knownCount) in sorted ?? sortedLabels(vocabulary) where abs(knownCount - g.count) <= 2 {
            let k = Array(known.lowercased())
            let d = distance(g, k)
            if d > 2 || d * 2 > g.count { continue }
            var suffix = 0
            while suffix < min(g.count, k.count) && g[g.count - 1 - suffix] == k[k.count - 1 - suffix] { suffix += 1 }
            if d < bestD || (d == bestD && suffix > bestSuffix) {
                best = known; bestD = d; bestSuffix = suffix; tie = false
            } else if d == bestD && suffix == bestSuffix { tie = true }
        }
        if bestD <= 2, !tie { return best }
        return glued
    }

    /// The vocabulary's labels sorted, each with its length in `Character`s.
    static func sortedLabels(_ vocabulary: Vocabulary) -> [(String, Int)] {
        vocabulary.labels.sorted().map { ($0, $0.count) }
    }

    static func endsWithTab(_ text: [UInt8], _ span: Span) -> Bool {
        var i = min(span.end, text.count) - 1
        while i >= span.start, text[i] == 0x20 || text[i] == 0x0D { i -= 1 }
        return i >= span.start && text[i] == 0x09
    }

    /// Pairs a label run (`labels`) and the run of figures after it (the leading rows of
    /// `values`). Returns the table's rows and how many rows of `values` were used, or nil
    /// when the runs do not fit together exactly.
    static func rejoin(_ text: [UInt8], labels: [GridRow], gap: [Span], values: [GridRow], vocabulary: Vocabulary) -> (rows: [GridRow], used: Int)? {
        guard labels.count >= 4 else { return nil }
        let fragments = labels.filter { fragment($0) != nil }.count
        guard fragments * 2 >= labels.count else { return nil }
        var lines: [LabelLine] = []
        var known: [(String, Int)]?
        for r in labels {
            if let (a, b) = fragment(r) {
                let sorted = known ?? sortedLabels(vocabulary)
                known = sorted
                lines.append(LabelLine(text: mend(a, b, vocabulary, sorted: sorted), span: r.span, trailingTab: false))
            } else if r.dataColumns.isEmpty, let c = r.cells.first ?? nil {
                lines.append(LabelLine(text: latin(c.text), span: r.span, trailingTab: endsWithTab(text, r.span)))
            } else {
                return nil
            }
        }
        for g in gap {
            let t = String(decoding: text[GridReader.trim(text, g.range)], as: UTF8.self)
            if t.isEmpty { continue }
            guard t.utf8.count <= 80, LabelText.hasLetterOrDigit(t), NumberParser.parse(t) == nil else { return nil }
            lines.append(LabelLine(text: t, span: g, trailingTab: false))
        }
        var used = 0
        while used < values.count, isValuesOnly(values[used]), used == 0 || !values[used].blankBefore { used += 1 }
        var headers = 0
        while headers < used, isYearsRow(values[headers]) { headers += 1 }
        guard headers <= 1, used - headers >= 3, lines.count > used else { return nil }
        // Headings: printed with an empty cell after them, or used as headings elsewhere.
        let body = lines.dropFirst(headers)
        let isGroup = body.map { $0.trailingTab || vocabulary.groups.contains($0.text) }
        guard isGroup.filter({ !$0 }).count == used - headers else { return nil }
        var rows: [GridRow] = []
        func shifted(_ label: LabelLine, _ v: GridRow) -> GridRow {
            let cells: [GridCell?] = [GridCell(text: label.text, span: label.span)] + v.cells
            return GridRow(cells: cells, span: Span(start: min(label.span.start, v.span.start), end: max(label.span.end, v.span.end)))
        }
        if headers == 1 { rows.append(shifted(lines[0], values[0])) }
        var v = headers
        for (k, line) in body.enumerated() {
            if isGroup[k] {
                rows.append(GridRow(cells: [GridCell(text: line.text, span: line.span)], span: line.span))
            } else {
                rows.append(shifted(line, values[v]))
                v += 1
            }
        }
        return (rows, used)
    }
}
