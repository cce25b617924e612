public import FolioModel

/// One cell of a row as laid out in the text: its trimmed text and bytes.
public struct GridCell: Sendable, Hashable {
    public var text: String
    public var span: Span
    public init(text: String, span: Span) {
        self.text = text
        self.span = span
    }
}

/// One line of a table region split into cells. Column 0 is the label column.
public struct GridRow: Sendable, Hashable {
    /// Cells by column; nil where the column is empty on this line.
    public var cells: [GridCell?]
    /// Bytes of the line.
    public var span: Span
    /// A blank line came right before this one.
    public var blankBefore: Bool
    /// For header rows whose cells' column extents are known from the layout (fixed-width):
    /// cell column → last data column it spans.
    public var spanEnds: [Int: Int]?
    /// Indentation of the label (fixed-width layouts), for the row hierarchy.
    public var indent: Int?
    /// The row's labels below its groups when the table prints two label columns
    /// (`LabelColumns.foldSecondLabelColumn`): `Humira` > `International`.
    public var labelPath: [String]?

    public init(cells: [GridCell?], span: Span, blankBefore: Bool = false, spanEnds: [Int: Int]? = nil) {
        self.cells = cells
        self.span = span
        self.blankBefore = blankBefore
        self.spanEnds = spanEnds
    }

    public func text(_ col: Int) -> String? {
        col < cells.count ? cells[col]?.text : nil
    }

    public var label: String { text(0) ?? "" }

    /// Columns ≥ 1 with a cell.
    public var dataColumns: [Int] {
        var out: [Int] = []
        for c in 1..<max(1, cells.count) where cells[c] != nil { out.append(c) }
        return out
    }
}

/// Splits region lines into grid rows.
public enum GridReader {
    /// Trimmed byte range of `range` in `text`: ASCII spaces, tabs and NBSP removed.
    static func trim(_ text: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            if text[lo] == 0x20 || text[lo] == 0x09 { lo += 1 } else if lo + 1 < hi && text[lo] == 0xC2 && text[lo + 1] == 0xA0 { lo += 2 } else { break }
        }
        while hi > lo {
            if text[hi - 1] == 0x20 || text[hi - 1] == 0x09 { hi -= 1 } else if hi - 2 >= lo && text[hi - 2] == 0xC2 && text[hi - 1] == 0xA0 { hi -= 2 } else { break }
        }
        return lo..<hi
    }

    static func cell(_ text: [UInt8], _ range: Range<Int>) -> GridCell? {
        let r = trim(text, range)
        if r.isEmpty { return nil }
        return GridCell(text: String(decoding: text[r], as: UTF8.self), span: Span(r))
    }

    /// Rows of a TAB-separated region: field i of a line is column i.
    public static func tabRows(_ text: [UInt8], _ lines: [Span]) -> [GridRow] {
        var rows: [GridRow] = []
        var blank = false
        for line in lines {
            var cells: [GridCell?] = []
            var start = line.start
            for i in line.start...line.end {
                if i == line.end || text[i] == 0x09 {
                    cells.append(cell(text, start..<i))
                    start = i + 1
                }
            }
            if cells.allSatisfy({ $0 == nil }) { blank = true; continue }
            rows.append(GridRow(cells: cells, span: line, blankBefore: blank))
            blank = false
        }
        return rows
    }

    /// A Markdown cell as printed (`plainMarkdown`); the span is the cell's trimmed bytes.
    static func unemphasized(_ text: [UInt8], _ range: Range<Int>) -> GridCell? {
        let r = trim(text, range)
        if r.isEmpty { return nil }
        var plain = true
        for i in r where text[i] == 0x3C || text[i] == 0x2A || text[i] == 0x5F { plain = false; break }
        if plain { return GridCell(text: String(decoding: text[r], as: UTF8.self), span: Span(r)) }
        let out = plainMarkdown(text, r)
        if out.isEmpty { return nil }
        return GridCell(text: String(decoding: out, as: UTF8.self), span: Span(r))
    }

    /// Markdown text as printed: line breaks (`<br>`, `<br/>`, `<br />`) read as spaces,
    /// `**strong**` / `__strong__` markers dropped wherever they are (a converter wraps each
    /// line of a broken cell on its own: `**June 30,**<br>**2025**`), then one `*em*` /
    /// `_em_` pair around the whole text (`**_in millions_**`) removed, spaces trimmed.
    /// Table cells and the lines above a table (`### **(in thousands)**`) are read through it.
    static func plainMarkdown(_ text: [UInt8], _ r: Range<Int>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(r.count)
        var i = r.lowerBound
        while i < r.upperBound {
            let c = text[i]
            if c == 0x3C, let n = lineBreakTag(text, i, r.upperBound) {
                if out.last != 0x20 { out.append(0x20) }
                i += n
                continue
            }
            if (c == 0x2A || c == 0x5F), i + 1 < r.upperBound, text[i + 1] == c { i += 2; continue }
            if c == 0x20 && out.isEmpty { i += 1; continue }
            out.append(c)
            i += 1
        }
        while out.last == 0x20 { out.removeLast() }
        if out.count > 2, let f = out.first, f == 0x2A || f == 0x5F, out.last == f {
            out.removeFirst(); out.removeLast()
            while out.first == 0x20 { out.removeFirst() }
            while out.last == 0x20 { out.removeLast() }
        }
        return out
    }

    /// The length of a `<br>`, `<br/>` or `<br />` tag at `i` (any case), or nil.
    static func lineBreakTag(_ text: [UInt8], _ i: Int, _ end: Int) -> Int? {
        guard i + 3 < end, text[i + 1] | 0x20 == 0x62, text[i + 2] | 0x20 == 0x72 else { return nil }
        var j = i + 3
        while j < end && text[j] == 0x20 { j += 1 }
        if j < end && text[j] == 0x2F { j += 1 }
        guard j < end, text[j] == 0x3E else { return nil }
        return j + 1 - i
    }

    /// Rows of a Markdown pipe table; the `|---|:--:|` delimiter row is dropped.
    public static func pipeRows(_ text: [UInt8], _ lines: [Span]) -> [GridRow] {
        var rows: [GridRow] = []
        var blank = false
        for line in lines {
            let r = trim(text, line.range)
            if r.isEmpty { blank = true; continue }
            var lo = r.lowerBound, hi = r.upperBound
            if text[lo] == 0x7C { lo += 1 }
            if hi > lo && text[hi - 1] == 0x7C && !(hi - 2 >= lo && text[hi - 2] == 0x5C) { hi -= 1 }
            var cells: [GridCell?] = []
            var start = lo
            var i = lo
            while i <= hi {
                if i == hi || (text[i] == 0x7C && !(i > lo && text[i - 1] == 0x5C)) {
                    cells.append(unemphasized(text, start..<i))
                    start = i + 1
                }
                i += 1
            }
            // Delimiter row: only dashes, colons and spaces.
            var delimiter = true
            for k in r where !(text[k] == 0x2D || text[k] == 0x3A || text[k] == 0x7C || text[k] == 0x20) { delimiter = false; break }
            if delimiter { continue }
            if cells.allSatisfy({ $0 == nil }) { blank = true; continue }
            rows.append(GridRow(cells: cells, span: line, blankBefore: blank))
            blank = false
        }
        return rows
    }
}
