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
        if plain { return GridCell(text: withoutNextColumnsSign(String(decoding: text[r], as: UTF8.self)), span: Span(r)) }
        let out = plainMarkdown(text, r)
        if out.isEmpty { return nil }
        return GridCell(text: withoutNextColumnsSign(String(decoding: out, as: UTF8.self)), span: Span(r))
    }

    /// **The next column's currency sign printed after a figure.** A converter that cuts a
    /// row where the page's columns fall puts the `$` printed before the next column's figure
    /// at the end of this cell, as fixed-width text prints it one space after the figure:
    ///
    /// ```
    /// |Balance at April 1, 2025|1,113.2|(514.2)|$ 2,783|$ (57,549) $|(720) $|16,039|
    /// ```
    ///
    /// A cell that reads as a figure once a final `$` (after a space or glued) is dropped is
    /// that figure: `$ (57,549)`, `(720)`. Kept, the sign made the cell no figure. Any other
    /// cell is returned as it is.
    static func withoutNextColumnsSign(_ s: String) -> String {
        guard s.utf8.count >= 2, s.utf8.last == 0x24 else { return s }
        var head = s
        head.removeLast()
        while head.utf8.last == 0x20 { head.removeLast() }
        guard let last = head.utf8.last, ByteClass.isDigit(last) || last == 0x29 || last == 0x25,
              NumberParser.parse(head) != nil else { return s }
        return head
    }

    /// Markdown text as printed: line breaks (`<br>`, `<br/>`, `<br />`) read as spaces
    /// (a break before any text reads as nothing: `<br>2023` is `2023`),
    /// `**strong**` / `__strong__` markers dropped wherever they are (a converter wraps each
    /// line of a broken cell on its own: `**June 30,**<br>**2025**`), one `*em*` / `_em_`
    /// pair around each line removed (`lineEmphasis`), then one around the whole text
    /// (`**_in millions_**`), spaces trimmed.
    /// Table cells and the lines above a table (`### **(in thousands)**`) are read through it.
    static func plainMarkdown(_ text: [UInt8], _ r: Range<Int>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(r.count)
        // Where the line being read starts in `out`.
        var lineStart = 0
        var i = r.lowerBound
        while i < r.upperBound {
            let c = text[i]
            if c == 0x3C, let n = lineBreakTag(text, i, r.upperBound) {
                dropLineEmphasis(&out, from: lineStart)
                // A cell opening with a line break (`<br>**2023**`, the year dropped to the
                // line of the years beside it) reads from its text: no leading space.
                if let last = out.last, last != 0x20 { out.append(0x20) }
                lineStart = out.count
                i += n
                continue
            }
            if c == 0x3C, let n = superscriptTag(text, i, r.upperBound) { i += n; continue }
            if (c == 0x2A || c == 0x5F), i + 1 < r.upperBound, text[i + 1] == c { i += 2; continue }
            if c == 0x20 && out.isEmpty { i += 1; continue }
            out.append(c)
            i += 1
        }
        if lineStart > 0 { dropLineEmphasis(&out, from: lineStart) }
        while out.last == 0x20 { out.removeLast() }
        if out.count > 2, let f = out.first, f == 0x2A || f == 0x5F, out.last == f {
            out.removeFirst(); out.removeLast()
            while out.first == 0x20 { out.removeFirst() }
            while out.last == 0x20 { out.removeLast() }
        }
        return out
    }

    /// **Emphasis around each line of a stacked cell.** A converter wraps each line of a cell
    /// it stacks with `<br>` in the line's own emphasis, single markers as well as double:
    ///
    /// ```
    /// |**Net**<br>**Carrying**<br>**Amount**<br>_(In milli_|**Gross**<br>**Amount**<br>_ons)_|
    /// |_Common_<br>_shares_|_Treasury_<br>_stock_|
    /// ```
    ///
    /// One `*em*` / `_em_` pair around a line (the bytes of `out` from `start`, spaces
    /// trimmed, more than the two markers) is dropped, as around a whole cell: `Net Carrying
    /// Amount (In milli`, `Common shares`, so that a units note cut over two cells reads as
    /// one (`(In milli` + `ons)`) and a heading reads as its words. A marker inside a line
    /// (`2024*`, a footnote's star) stays.
    static func dropLineEmphasis(_ out: inout [UInt8], from start: Int) {
        while out.count > start, out.last == 0x20 { out.removeLast() }
        var a = start
        while a < out.count, out[a] == 0x20 { a += 1 }
        guard out.count - a > 2, let last = out.last, last == 0x2A || last == 0x5F, out[a] == last else { return }
        out.removeLast()
        out.remove(at: a)
        while out.count > a, out.last == 0x20 { out.removeLast() }
        while a < out.count, out[a] == 0x20 { out.remove(at: a) }
    }

    /// **A group's date stacked over a column's name.** A converter that prints a date centred
    /// over a group of columns (a balance's date over its `Gross` | `Accumulated` | `Net`
    /// columns) on the header row of the columns' names puts it in the cell under its centre,
    /// as that cell's first line:
    ///
    /// ```
    /// ||**Gross**<br>**Amount**|**March 31, 2025**<br>**Accumulated**<br>**Amortization**|**Net**<br>**Amount**|**Gross**<br>**Amount**|**March 31, 2024**<br>**Accumulated**<br>**Amortization**|**Net**<br>**Amount**|
    /// ```
    ///
    /// In a header row without a label, a cell whose first line is a date alone (`Month D,
    /// YYYY`) and whose further lines name its column, beside a cell that names its column
    /// without a date, prints a group's date: the row is read as two header rows, the dates,
    /// each placed at the first column of its group (the columns nearer to it than to the
    /// next date; the table core spreads each over its group), over the names without them.
    /// A row whose every cell prints a date (`June 30, 2025` | `December 31, 2024`, each a
    /// column's own) is not one. Nil for any other row.
    static func groupDatesOverNames(_ text: [UInt8], cells: [GridCell?], ranges: [Range<Int>]) -> ([GridCell?], [GridCell?])? {
        guard cells.count >= 3, ranges.count == cells.count else { return nil }
        var datedAt: [Int] = []
        var dateText: [Int: String] = [:]
        var rest: [Int: String] = [:]
        var undated = false
        for c in 1..<cells.count {
            guard let cell = cells[c], !cell.text.isEmpty else { continue }
            let lines = cellLines(text, ranges[c]).filter { !$0.isEmpty }
            if let first = lines.first, lines.count >= 2, isFullDate(first),
               lines.dropFirst().allSatisfy({ l in l.contains(where: \.isLetter) && !isFullDate(l) }) {
                datedAt.append(c)
                dateText[c] = first
                rest[c] = lines.dropFirst().joined(separator: " ")
            } else if lines.contains(where: isFullDate) {
                return nil
            } else {
                undated = true
            }
        }
        guard !datedAt.isEmpty, undated else { return nil }
        var dates = [GridCell?](repeating: nil, count: cells.count)
        var names = cells
        var start = 1
        for (i, c) in datedAt.enumerated() {
            guard let cell = cells[c], let d = dateText[c], let r = rest[c] else { return nil }
            dates[start] = GridCell(text: d, span: cell.span)
            names[c] = GridCell(text: r, span: cell.span)
            // The next group starts past the columns nearer to this date than to the next.
            if i + 1 < datedAt.count { start = (c + datedAt[i + 1]) / 2 + 1 }
        }
        return (dates, names)
    }

    /// A date alone, `Month D, YYYY` (`January 29, 2023`).
    static func isFullDate(_ s: String) -> Bool {
        let w = s.split(separator: " ")
        guard w.count == 3, Months.number(fullName: w[0].lowercased()) != nil, w[1].hasSuffix(","),
              let d = Int(w[1].dropLast()), d >= 1, d <= 31 else { return false }
        return Years.fourDigit(w[2]) != nil
    }

    /// **Superscript tags in a Markdown cell.** A converter prints text it finds raised on the
    /// page inside `<sup>` … `</sup>`: a footnote marker (`Payout<sup>(1)</sup>`,
    /// `494<sup>(4)</sup>`), a currency sign set small above the figure's line
    /// (`<sup>$</sup><br>3,683,964`), even a whole figure or date (`<sup>$ 1,709,820</sup>`,
    /// `<sup>11/13/2020</sup>`). The tags read as nothing and their text stays where it is
    /// printed: `Payout(1)`, `494(4)` (a figure with its marker, `NumberParser`), `$ 3,683,964`
    /// (the break after the sign reads as a space). Kept, the tags made the cell no figure,
    /// and a column with several such cells a text column. The length of the tag at `i`
    /// (`<sup>` or `</sup>`, any case); nil for any other text.
    static func superscriptTag(_ text: [UInt8], _ i: Int, _ end: Int) -> Int? {
        var j = i + 1
        if j < end, text[j] == 0x2F { j += 1 }
        guard j + 3 < end, text[j] | 0x20 == 0x73, text[j + 1] | 0x20 == 0x75, text[j + 2] | 0x20 == 0x70,
              text[j + 3] == 0x3E else { return nil }
        return j + 4 - i
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
        // Each row's label cell as printed (for `restoreDroppedLabelColumn`).
        var labelRanges: [Range<Int>?] = []
        var blank = false
        // Header rows come before the first row printing a figure.
        var sawFigures = false
        // The rows before the first row printing a figure.
        var headerCount = 0
        for line in lines {
            let r = trim(text, line.range)
            if r.isEmpty { blank = true; continue }
            var lo = r.lowerBound, hi = r.upperBound
            if text[lo] == 0x7C { lo += 1 }
            if hi > lo && text[hi - 1] == 0x7C && !(hi - 2 >= lo && text[hi - 2] == 0x5C) { hi -= 1 }
            var cells: [GridCell?] = []
            var ranges: [Range<Int>] = []
            var start = lo
            var i = lo
            while i <= hi {
                if i == hi || (text[i] == 0x7C && !(i > lo && text[i - 1] == 0x5C)) {
                    cells.append(unemphasized(text, start..<i))
                    ranges.append(start..<i)
                    start = i + 1
                }
                i += 1
            }
            // Delimiter row: only dashes, colons and spaces.
            var delimiter = true
            for k in r where !(text[k] == 0x2D || text[k] == 0x3A || text[k] == 0x7C || text[k] == 0x20) { delimiter = false; break }
            if delimiter { continue }
            if cells.allSatisfy({ $0 == nil }) { blank = true; continue }
            let figures = cells.dropFirst().contains(where: { $0.map { TableBuilder.isFigure($0.text) } ?? false })
            // A year or a date cut across cells (`202` | `4`, `Dece` | `mber 31, 2` | `024`)
            // prints pieces that read as figures: joined, the row is a header row all the same
            // (`joinedHeaderRow`).
            // Also a second statement's header printed on in the same table, below rows of
            // figures: a row without a label (`||||||**Nine Months**|**Ended March 3**|**1, 2025**|`).
            let unlabelled = (cells.first ?? nil)?.text.isEmpty ?? true
            if !sawFigures, !figures, unlabelled, let (dates, names) = groupDatesOverNames(text, cells: cells, ranges: ranges) {
                rows.append(GridRow(cells: dates, span: line, blankBefore: blank))
                rows.append(GridRow(cells: names, span: line))
                headerCount = rows.count
                labelRanges.append(ranges.first)
                labelRanges.append(ranges.first)
                blank = false
                continue
            }
            if !sawFigures || unlabelled, let joined = splitHeaderGroups(text, cells: cells, ranges: ranges),
               !figures || Self.joinedHeaderRow(original: cells, joined: joined) {
                rows.append(GridRow(cells: joined, span: line, blankBefore: blank))
            } else {
                if figures { sawFigures = true }
                rows.append(GridRow(cells: cells, span: line, blankBefore: blank))
            }
            if !sawFigures { headerCount = rows.count }
            labelRanges.append(ranges.first)
            blank = false
        }
        rejoinLabelNote(&rows, headerCount: headerCount)
        restoreDroppedLabelColumn(text, &rows, labelRanges: labelRanges)
        return rows
    }

    /// **A units note cut out of the label cell.** A converter that cuts a header's label cell
    /// at the column's edge prints the rest of its line in the next cell, and a line the cell
    /// wrapped onto in the label cell of the row below, so the units note the label cell ends
    /// with is in pieces:
    ///
    /// ```
    /// |**years ended Decemb**|**er 31 (dollars in**||||**At actual curr**|**ency rates**|
    /// |<br>**millions)**||**2024**|**2023**|**2022**|**2024**|**2023**|
    /// |**years ended December 31(i **<br>|**n millions)**|**2024**|**2023**|**2022**|
    /// ```
    ///
    /// Among the rows before the first row of figures, a label cell that holds no units note
    /// is read on as printed: into the cells right of it while each goes on from the text
    /// before (`continuesLabelCell`: a word cut, `Decemb` + `er 31`, glued; any text after a
    /// parenthesis left open, with a space), then into the label cell of the row below while
    /// a parenthesis stays open and that cell closes it. When the text read so holds a
    /// header-cell units note (`UnitsParser.embeddedCellNote`: `years ended December 31
    /// (dollars in millions)`), it is the label cell; the pieces it took keep their cells,
    /// empty (a row label taken whole leaves the row without a label), so the table core
    /// reads the row as a header row labelled with the units. Nothing changes otherwise.
    static func rejoinLabelNote(_ rows: inout [GridRow], headerCount: Int) {
        var i = 0
        while i < min(headerCount, rows.count) {
            guard let label = rows[i].cells.first ?? nil, !label.text.isEmpty,
                  UnitsParser.embeddedCellNote(label.text) == nil, !UnitsParser.isUnitsPhrase(label.text) else {
                i += 1
                continue
            }
            var text = label.text
            var span = label.span
            var taken: [(row: Int, col: Int)] = []
            var c = 1
            while c < rows[i].cells.count, let cell = rows[i].cells[c], !cell.text.isEmpty,
                  let gap = continuesLabelCell(text, cell.text) {
                text += gap + cell.text
                span = span.union(cell.span)
                taken.append((i, c))
                c += 1
            }
            var r = i + 1
            while r < min(headerCount, rows.count), leavesOpen(text), let below = rows[r].cells.first ?? nil,
                  below.text.contains(")") {
                text += " " + below.text
                span = span.union(below.span)
                taken.append((r, 0))
                r += 1
            }
            guard !taken.isEmpty, UnitsParser.embeddedCellNote(text) != nil else {
                i += 1
                continue
            }
            rows[i].cells[0] = GridCell(text: text, span: span)
            for (row, col) in taken {
                rows[row].cells[col] = col == 0 ? nil : rows[row].cells[col].map { GridCell(text: "", span: $0.span) }
            }
            i = r
        }
    }

    /// How a label cell's text goes on into the piece printed after it (`rejoinLabelNote`), as
    /// the pieces of a heading do (`headerJoin`): glued inside a word cut in two (`Decemb` +
    /// `er 31`, `(i` + `n millions)`), with a space before a short word that joins words
    /// (`(dollars` + `in millions)`) and after a parenthesis left open; nil when the piece is
    /// a heading of its own.
    static func continuesLabelCell(_ text: String, _ piece: String) -> String? {
        switch headerJoin(text, piece) {
        case .glue: return ""
        case .space: return " "
        case nil: return leavesOpen(text) ? " " : nil
        }
    }

    /// Whether a text opens a parenthesis it does not close.
    static func leavesOpen(_ text: String) -> Bool {
        var depth = 0
        for b in text.utf8 {
            if b == 0x28 { depth += 1 } else if b == 0x29, depth > 0 { depth -= 1 }
        }
        return depth > 0
    }

    /// **A label column the converter dropped.** A converter that misses a table's label
    /// column prints each row's label in the first column's cell, above its first figure,
    /// and the header without a label cell, one cell short:
    ///
    /// ```
    /// |**2025**|**2024**|**2025**|**2024**|
    /// |**DERIVATIVES IN FAIR VALUE HEDGING RELATIONSHIPS**||||
    /// |Interest rate contracts<br>**$**<br>**(2)**|$ (7)|**$**<br>**109**|$ 122|
    /// ```
    ///
    /// When the last header row that fills every cell above the first row of figures fills
    /// them, its first one too, with years, and a row's label cell ends in lines that make a figure (`$`,
    /// `(2)`: `$ (2)`) under a line of words, the label column is put back: the header rows
    /// move one column right (an empty label cell first), and every row below keeps its label
    /// cell's words as its label, the figure under them (if any) as the first column's cell,
    /// and its other cells one column right. A label cell printing a year under its words
    /// (`Balance at December 31,<br>2021`) is no such figure, and a header with a label cell
    /// (`||2025|2024|`) is left as printed.
    static func restoreDroppedLabelColumn(_ text: [UInt8], _ rows: inout [GridRow], labelRanges: [Range<Int>?]) {
        guard rows.count == labelRanges.count,
              let first = rows.firstIndex(where: { r in r.cells.dropFirst().contains { $0.map { TableBuilder.isFigure($0.text) } ?? false } }),
              let header = rows[..<first].lastIndex(where: { $0.cells.allSatisfy { $0 != nil } }) else { return }
        let years = rows[header].cells
        guard years.count >= 2, years.allSatisfy({ $0.map { Years.fourDigit($0.text) != nil } ?? false }) else { return }
        var split: [Int: (GridCell, GridCell)] = [:]
        for i in first..<rows.count {
            if let r = labelRanges[i], let pair = labelAndFigure(text, r) { split[i] = pair }
        }
        guard !split.isEmpty else { return }
        for i in 0..<rows.count {
            var cells = rows[i].cells
            if i <= header {
                cells.insert(nil, at: 0)
            } else if let (label, figure) = split[i] {
                cells[0] = label
                cells.insert(figure, at: 1)
            } else if !cells.isEmpty {
                cells.insert(nil, at: 1)
            }
            rows[i].cells = cells
        }
    }

    /// A label cell's words and the figure printed under them (`Total<br>**11,857,159**`,
    /// `Interest rate contracts<br>**$**<br>**(2)**`): the later lines, joined, read as a
    /// figure (not a year) and the first does not. Nil otherwise.
    static func labelAndFigure(_ text: [UInt8], _ r: Range<Int>) -> (GridCell, GridCell)? {
        // The line breaks' positions: each line's bytes.
        var bounds: [Range<Int>] = []
        var start = r.lowerBound
        var i = r.lowerBound
        while i < r.upperBound {
            if text[i] == 0x3C, let n = lineBreakTag(text, i, r.upperBound) {
                bounds.append(start..<i)
                i += n
                start = i
                continue
            }
            i += 1
        }
        bounds.append(start..<r.upperBound)
        guard bounds.count >= 2 else { return nil }
        for s in 1..<bounds.count {
            let words = String(decoding: plainMarkdown(text, trim(text, r.lowerBound..<bounds[s - 1].upperBound)), as: UTF8.self)
            let figureRange = bounds[s].lowerBound..<r.upperBound
            guard let figure = unemphasized(text, figureRange), TableBuilder.isFigure(figure.text) else { continue }
            guard !words.isEmpty, !TableBuilder.isFigure(words), NumberParser.parse(words) == nil,
                  let label = unemphasized(text, r.lowerBound..<bounds[s - 1].upperBound) else { return nil }
            return (label, figure)
        }
        return nil
    }

    /// **Markdown header split across cells.** A PDF-to-Markdown converter cuts a heading
    /// centred over several columns at the columns' edges, wherever they fall in its words,
    /// and stacks its lines in each piece with `<br>`:
    ///
    /// ```
    /// ||**Three mon**<br>**June**|**ths ended**<br>**30,**|**Six mont**<br>**Jun**|**hs ended**<br>**e 30,**|
    /// ||**Ye**|**ar Ended December**|**31,**|
    /// ||**Fisc**<br>**202**|**al**<br>**4**|**Fisc**<br>**202**|**al**<br>**3**|
    /// ```
    ///
    /// Adjacent pieces of a header row (no figure in it: words, years, day numbers) are one
    /// heading when one goes on into the next (`headerJoin`): a word cut in two on their
    /// first lines (`mon` + `ths`; a later line of a stacked column name starts in lowercase
    /// as often as not: `active markets` | `observable`), and on any line digits cut in two that make a day after a month (`December 3` +
    /// `1,`) or a year (`202` + `4`), a month followed by its day (`January` + `31,`), or a
    /// period phrase cut at its verb (`Nine Months` + `Ended March`, `Years Ended` +
    /// `September 30,`). The heading is read line by line, each line's pieces joined left to
    /// right, then its lines in order (`Three months ended June 30,`); it is the cell of its
    /// first data column; the group's other cells stay, empty (the row keeps the cells it was
    /// printed in), and the table core spreads the heading over the columns as any Markdown
    /// header cell. A first piece in the label column
    /// (`|**S**|**ix months en**|`) is moved to the first data column. Nil when the
    /// row is not a header row (one before the region's first row printing a figure, every
    /// piece of it words, a year or a day number), is a units note cut over the columns (its
    /// pieces glued open with `(` and state a scale: `(in millions, exc` | `ept per share
    /// data)`, read by the table core: `TableBuilder.splitCellNote`, `isUnitsNoteRow`),
    /// or nothing in it joins.
    static func splitHeaderGroups(_ text: [UInt8], cells: [GridCell?], ranges: [Range<Int>]) -> [GridCell?]? {
        guard cells.count >= 3, ranges.count == cells.count else { return nil }
        // A units note cut over the columns is the table core's (`TableBuilder.splitCellNote`).
        let glued = cells.dropFirst().compactMap { $0?.text }.joined()
        if glued.hasPrefix("("), UnitsParser.parse(glued).scale != nil { return nil }
        // Each cell's lines as printed (`<br>` separates them); a header row only.
        var lines: [[String]] = []
        for (c, cell) in cells.enumerated() {
            guard let cell else { lines.append([]); continue }
            if c > 0, !isHeaderPiece(cell.text) { return nil }
            lines.append(cellLines(text, ranges[c]))
        }
        let moved = moveStrandedHeads(&lines)
        // Which neighbours join.
        var joins = [Bool](repeating: false, count: cells.count)
        var any = false
        // The label column joins only as a fragment of a word (`S`, `Si`): a row label is no
        // heading.
        let labelFragment = lines[0].allSatisfy { $0.utf8.count <= 3 }
        for c in 0..<(cells.count - 1) where cells[c] != nil && cells[c + 1] != nil && (c > 0 || labelFragment) {
            for k in 0..<min(lines[c].count, lines[c + 1].count) {
                let a = lines[c][k], b = lines[c + 1][k]
                guard let j = headerJoin(a, b), k == 0 || !isWordCut(a, b, j) || isMonthCut(a, b) else { continue }
                joins[c] = true
                any = true
                break
            }
        }
        guard any || !moved.isEmpty else { return nil }
        var out = cells
        var c = 0
        while c < cells.count {
            var d = c
            while d < cells.count - 1, joins[d] { d += 1 }
            guard d > c else {
                c += 1
                continue
            }
            let depth = (c...d).map { lines[$0].count }.max() ?? 0
            var heading: [String] = []
            for k in 0..<depth {
                var acc = ""
                for x in c...d where k < lines[x].count && !lines[x][k].isEmpty {
                    let p = lines[x][k]
                    // The line read after the heading's lines above it: a day cut on the line
                    // under its month (`Ended March` over `3` | `1`) glues as on one line.
                    let before = acc.isEmpty || heading.isEmpty ? acc : heading.joined(separator: " ") + " " + acc
                    acc = acc.isEmpty ? p : (headerJoin(before, p) == .glue ? acc + p : acc + " " + p)
                }
                if !acc.isEmpty { heading.append(acc) }
            }
            var span = cells[c]?.span ?? Span(start: ranges[c].lowerBound, end: ranges[c].lowerBound)
            for x in c...d { if let s = cells[x]?.span { span = span.union(s) } }
            let first = max(c, 1)
            for x in c...d where x != first { out[x] = x == 0 ? nil : out[x].map { GridCell(text: "", span: $0.span) } }
            if first <= d { out[first] = GridCell(text: heading.joined(separator: " "), span: span) }
            c = d + 1
        }
        // A cell that gave its stranded head away and joins no heading reads without it.
        for c in moved where !joins[c] && !(c > 0 && joins[c - 1]) {
            out[c] = out[c].map { GridCell(text: lines[c].filter { !$0.isEmpty }.joined(separator: " "), span: $0.span) }
        }
        // A cell that took a stranded head and joins no heading reads with it.
        for c in moved where c + 1 < cells.count && !joins[c + 1] && !joins[c] {
            out[c + 1] = out[c + 1].map { GridCell(text: lines[c + 1].filter { !$0.isEmpty }.joined(separator: " "), span: $0.span) }
        }
        return out
    }

    /// **A heading's first letters stranded under the cell before.** A converter that cuts a
    /// heading at the columns' edges may print its first letters as the last line of the cell
    /// to its left, under that cell's own text (a units note, the end of the heading before):
    ///
    /// ```
    /// |_(Dollars in millions)_<br>**Si**|**x months e**<br>**30**|**nded June**|...
    /// ||**Six months ende**|**d June 30**<br>**Th**|**ree months en**<br>**30**|**ded June**|
    /// ```
    ///
    /// A last line (below the cell's first) of one to three letters, capitalized (`Si`, `Th`,
    /// `T`), goes to the front of the next cell's first line when that line starts in
    /// lowercase and glues to it (`headerJoin`: `Si` + `x months e`), unless it glues to the
    /// next cell's line beside it, where it belongs (`Three Mo<br>Mar` | `nths Ended<br>ch
    /// 31`). Then each heading is read whole (`Six months ended June 30` over its two
    /// columns, `Three months ended June 30` over the next two), not the second one's tail
    /// run into the first. A year's first digits stranded so (`**2024**<br>**2**` |
    /// `**023**`: `2024` over its column, `2023` cut at the next one's edge) go the same way
    /// when they make the year (`isYearHead`). Returns the cells that gave a line away.
    static func moveStrandedHeads(_ lines: inout [[String]]) -> [Int] {
        var moved: [Int] = []
        guard lines.count >= 2 else { return moved }
        for c in 0..<(lines.count - 1) {
            let k = lines[c].count - 1
            guard k >= 1, let next = lines[c + 1].first, let fb = next.utf8.first else { continue }
            let word = isHeadFragment(lines[c][k]) && fb >= 0x61 && fb <= 0x7A
            let year = isYearHead(lines[c][k]) && fb >= 0x30 && fb <= 0x39
            guard word || year, headerJoin(lines[c][k], next) == .glue else { continue }
            if k < lines[c + 1].count, headerJoin(lines[c][k], lines[c + 1][k]) == .glue { continue }
            lines[c + 1][0] = lines[c][k] + next
            lines[c].removeLast()
            moved.append(c)
        }
        return moved
    }

    /// One to three ASCII digits: the head of a cut year (`2` of `2` | `023`).
    static func isYearHead(_ s: String) -> Bool {
        (1...3).contains(s.utf8.count) && s.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// One to three ASCII letters, the first a capital: the head of a cut word (`Si`, `Th`).
    static func isHeadFragment(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.count >= 1, u.count <= 3, u[0] >= 0x41, u[0] <= 0x5A else { return false }
        return u.dropFirst().allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
    }

    /// **A month cut on a later line.** On a stacked heading's later line a word cut in two
    /// joins only when the two pieces make a month's name (`For the` / `Septem` | `Year
    /// Ended` / `ber 30, 2024`): a later line of a column name starts in lowercase as often
    /// as not, but no column name ends in the first letters of a month.
    static func isMonthCut(_ a: String, _ b: String) -> Bool {
        let word = (LabelText.lastWord(a) + LabelText.firstWord(b)).lowercased().filter { $0.isLetter }
        return Months.number(fullName: word) != nil
    }

    /// **A year or date cut into figures.** A converter that cuts a heading at the columns'
    /// edges may cut its year or day into pieces that read as figures on their own:
    ///
    /// ```
    /// ||**202**|**4**|**202**|**3**|
    /// ||**Ju**|**ne 30, 2025**||Dece|mber 31, 2|024|
    /// ```
    ///
    /// Such a row, before the region's first row of figures, is a header row when it has no
    /// row label (or the units note in its label cell: `|_(in millions)_|**20**|**24**|**2**|**023**|`)
    /// and, once its pieces are joined (`splitHeaderGroups`), none of its cells is a
    /// figure: every figure was a piece of a year or a date. A row that keeps a figure, or
    /// has a row label, is a row of figures.
    static func joinedHeaderRow(original: [GridCell?], joined: [GridCell?]) -> Bool {
        let label = (original.first ?? nil)?.text ?? ""
        guard label.isEmpty || UnitsParser.isUnitsPhrase(label) || UnitsParser.isCellNote(label)
            || UnitsParser.embeddedCellNote(label) != nil else { return false }
        return !joined.dropFirst().contains(where: { $0.map { TableBuilder.isFigure($0.text) } ?? false })
    }

    /// The join rests on the next piece starting in lowercase (`mon` + `ths`, `in` + `the
    /// year`), not on digits, a date or a period phrase's verb.
    static func isWordCut(_ a: String, _ b: String, _ j: HeaderJoin) -> Bool {
        guard let la = a.utf8.last, let fb = b.utf8.first, fb >= 0x61, fb <= 0x7A else { return false }
        let bWord = LabelText.firstWord(b).lowercased()
        return (la | 0x20) >= 0x61 && (la | 0x20) <= 0x7A && bWord != "ended" && bWord != "ending"
    }

    /// How two pieces of a header split across cells go together: `glue` inside a word or a
    /// number (`mon` + `ths`, `December 3` + `1,`, `202` + `4`), `space` between words of one
    /// phrase (`January` + `31,`, `Nine Months` + `Ended March`, `Years Ended` + `September
    /// 30,`); nil when they are two headings.
    enum HeaderJoin { case glue, space }

    static func headerJoin(_ a: String, _ b: String) -> HeaderJoin? {
        guard let la = a.utf8.last, let fb = b.utf8.first else { return nil }
        let bWord = LabelText.firstWord(b).lowercased()
        let aWord = LabelText.lastWord(a).lowercased().filter { $0 != "," && $0 != "." }
        let isLetter = { (c: UInt8) in (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        let isDigit = { (c: UInt8) in c >= 0x30 && c <= 0x39 }
        if bWord == "ended" || bWord == "ending" { return isLetter(la) && !a.lowercased().contains("ended") ? .space : nil }
        if isLetter(la), fb >= 0x61, fb <= 0x7A { return LabelText.glueStopwords.contains(bWord) ? .space : .glue }
        if (aWord == "ended" || aWord == "ending"), Months.number(fullName: bWord.filter(\.isLetter)) != nil { return .space }
        if isDigit(la), isDigit(fb) {
            let head = aWord.utf8.reversed().prefix { isDigit($0) }.count
            let tail = bWord.utf8.prefix { isDigit($0) }.count
            let digits = String(aWord.suffix(head)) + String(bWord.prefix(tail))
            guard let v = Int(digits) else { return nil }
            let words = a.split(separator: " ")
            let month = words.count >= 2 && Months.number(fullName: words[words.count - 2].lowercased()) != nil
            if month, head == aWord.count, digits.count == 2, v >= 1, v <= 31 { return .glue }
            if head == aWord.count, head < 4, digits.count == 4, Years.fourDigit(digits) != nil, tail == bWord.filter(\.isNumber).count { return .glue }
            return nil
        }
        if Months.number(fullName: aWord) != nil, isDigit(fb) {
            let day = Int(bWord.filter(\.isNumber)) ?? 0
            if bWord.filter(\.isNumber).count <= 2, day >= 1, day <= 31 { return .space }
        }
        if la == 0x2C, isDigit(fb), Years.fourDigit(bWord) != nil, endsWithMonthAndDay(a) { return .space }
        return nil
    }

    /// **A date's year in the next piece.** A heading cut where its year begins: the month
    /// and day in one piece, the year whole in the next (`September 28,` + `2024`, `eptember
    /// 28,` + `2024` when the cut before took the month's first letter: `S` | `eptember 28,` |
    /// `2024`). A piece that ends with a day and its comma after a month's name (or the tail of
    /// one, the rest of the name in the piece before it) leaves its date open: a year in the
    /// next piece completes it. Two columns' own dates print their years with them (`March
    /// 29, 2025` | `March 30, 2024`) or under them, on their own lines (`**March 29,**<br>**2025**`).
    static func endsWithMonthAndDay(_ a: String) -> Bool {
        let words = a.split(separator: " ")
        guard words.count >= 2, let day = words.last, day.hasSuffix(","), day.utf8.count <= 3 else { return false }
        let digits = day.dropLast()
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let d = Int(digits), d >= 1, d <= 31 else { return false }
        let month = words[words.count - 2].lowercased()
        if Months.number(fullName: month) != nil { return true }
        return words.count == 2 && month.utf8.count >= 3 && Months.names.contains { $0.hasSuffix(month) }
    }

    /// A header piece: words, or a year or day number (`2024`, `30,`, `202`), or the end of a
    /// date (`0, 2025`, `31, 2024`: a day and a year); not a figure.
    static func isHeaderPiece(_ s: String) -> Bool {
        if TableBuilder.isFigure(s), s.utf8.count > 3 { return false }
        if s.utf8.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) { return true }
        guard s.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2C || $0 == 0x20 }) else { return false }
        let words = s.split(separator: " ")
        let digits = s.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }.count
        if digits > 0 && digits <= 4 { return true }
        // A year over the first digits of the next one, cut at the column's edge (`2024` / `2`).
        if words.count == 2, Years.fourDigit(String(words[0])) != nil, isYearHead(String(words[1])) { return true }
        // A day and a year: `31, 2024`.
        return words.count == 2 && words[0].hasSuffix(",") && words[0].utf8.count <= 3 && Years.fourDigit(String(words[1])) != nil
    }

    /// The lines of a Markdown cell (`**June 30,**<br>**2025**`: `June 30,`, `2025`), each read
    /// as printed (`plainMarkdown`); an empty line stays (it keeps the lines of a row aligned).
    static func cellLines(_ text: [UInt8], _ r: Range<Int>) -> [String] {
        var out: [String] = []
        var start = r.lowerBound
        var i = r.lowerBound
        while i <= r.upperBound {
            if i == r.upperBound {
                out.append(String(decoding: plainMarkdown(text, trim(text, start..<i)), as: UTF8.self))
                break
            }
            if text[i] == 0x3C, let n = lineBreakTag(text, i, r.upperBound) {
                out.append(String(decoding: plainMarkdown(text, trim(text, start..<i)), as: UTF8.self))
                i += n
                start = i
                continue
            }
            i += 1
        }
        return out
    }
}
