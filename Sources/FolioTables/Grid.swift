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

    /// A Markdown cell without `**strong**` / `__strong__` / `*em*` markers around it.
    static func unemphasized(_ text: [UInt8], _ range: Range<Int>) -> GridCell? {
        var r = trim(text, range)
        for marker: [UInt8] in [[0x2A, 0x2A], [0x5F, 0x5F], [0x2A], [0x5F]] {
            let m = marker.count
            if r.count > 2 * m, Array(text[r.lowerBound..<(r.lowerBound + m)]) == marker, Array(text[(r.upperBound - m)..<r.upperBound]) == marker {
                r = trim(text, (r.lowerBound + m)..<(r.upperBound - m))
                break
            }
        }
        if r.isEmpty { return nil }
        return GridCell(text: String(decoding: text[r], as: UTF8.self), span: Span(r))
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
