public import FolioModel

/// How the rows of a table region are laid out.
public enum TableLayout: String, Sendable, Hashable {
    /// Cells separated by TAB characters (text extracted from PDF).
    case tabs
    /// Columns aligned with spaces (EDGAR plain text, `pdftotext -layout`).
    case fixedWidth = "fixed_width"
    /// Markdown pipe rows (`| a | b |`).
    case pipes
    /// Reading-order text: a run of row labels, then one run of figures per column
    /// (`ColumnRuns`).
    case columnRuns = "column_runs"
    /// Reading-order text: each row's label, then its figures, one a line (`RowRuns`).
    case rowRuns = "row_runs"
}

/// A run of tabular lines in the text.
public struct TableRegion: Sendable, Hashable {
    /// Bytes of the text, from the first line's start to the last line's end.
    public var span: Span
    public var layout: TableLayout
    /// Every line of the region (blank lines inside included), without line terminators.
    public var lines: [Span]

    public init(span: Span, layout: TableLayout, lines: [Span]) {
        self.span = span
        self.layout = layout
        self.lines = lines
    }
}

/// Finds maximal runs of tabular lines: TAB-separated lines, Markdown pipe rows, and
/// fixed-width rows whose columns are aligned with runs of spaces. A blank line inside a
/// run does not end it when the next non-blank line is tabular too. Regions are candidates:
/// `TablesStage` still rejects those that turn out to be prose, bullets or a table of
/// contents.
public enum TableRegionFinder {
    /// Byte ranges of the lines of `text` (terminators `\n`, `\r\n`, `\r`, form feed excluded).
    public static func lines(_ text: [UInt8], in range: Range<Int>? = nil) -> [Span] {
        // (A range past the text's end is cut to it: the loop reads through a pointer.)
        let r = range.map { $0.clamped(to: 0..<text.count) } ?? 0..<text.count
        var out: [Span] = []
        var start = r.lowerBound
        text.withUnsafeBufferPointer { text in
            guard let base = text.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            var i = r.lowerBound
            while i < r.upperBound {
                // Eight bytes at a time while none of them is below 0x0E (no line feed,
                // carriage return or form feed among them): `(x - 0x0E0E...) & ~x & 0x8080...`
                // is zero exactly when no byte of `x` is below 0x0E.
                if i + 8 <= r.upperBound {
                    let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if (x &- ones &* 0x0E) & ~x & highs == 0 {
                        i += 8
                        continue
                    }
                }
                let c = text[i]
                if c <= 0x0D, c == 0x0A || c == 0x0D || c == 0x0C {
                    out.append(Span(start: start, end: i))
                    if c == 0x0D && i + 1 < r.upperBound && text[i + 1] == 0x0A { i += 1 }
                    start = i + 1
                }
                i += 1
            }
        }
        if start < r.upperBound { out.append(Span(start: start, end: r.upperBound)) }
        return out
    }

    /// `lines(text, in: range)` from the last line to the first, each handed to `body` until it
    /// returns false: for look-backs that stop after a few lines of a long range, which are
    /// then the only ones cut. The same lines as `lines(_:in:)` (a `\r\n` inside the range is
    /// one terminator; an empty last line is none).
    static func forEachLineBackward(_ text: [UInt8], in range: Range<Int>, _ body: (Span) -> Bool) {
        let r = range.clamped(to: 0..<text.count)
        text.withUnsafeBufferPointer { text in
            var e = r.upperBound      // end of the line being cut
            var last = true           // it is the range's last line
            var i = r.upperBound - 1
            while i >= r.lowerBound {
                let c = text[i]
                if c <= 0x0D, c == 0x0A || c == 0x0D || c == 0x0C {
                    let termStart = c == 0x0A && i - 1 >= r.lowerBound && text[i - 1] == 0x0D ? i - 1 : i
                    if !(last && i + 1 == e) {
                        if !body(Span(start: i + 1, end: e)) { return }
                    }
                    last = false
                    e = termStart
                    i = termStart - 1
                    continue
                }
                i -= 1
            }
            if !last || r.lowerBound < e { _ = body(Span(start: r.lowerBound, end: e)) }
        }
    }

    /// The kind of a single line.
    public enum LineKind: Sendable, Hashable { case blank, tab, pipe, fixed, fixedRule, other }

    public static func classify(_ text: [UInt8], _ line: Span) -> LineKind {
        text.withUnsafeBufferPointer { classify($0, line) } ?? FixedWidth.ruleOrRow(text, line)
    }

    /// `classify` up to the fixed-width tests: nil when they decide.
    static func classify(_ text: UnsafeBufferPointer<UInt8>, _ line: Span) -> LineKind? {
        guard line.start >= 0, line.start <= line.end, line.end <= text.count else { return .other }
        let e = line.end
        // Spaces and tabs before the first other byte (`lead`: the spaces among them).
        var i = line.start
        var lead = 0
        var tab = false
        while i < e {
            let c = text[i]
            if c == 0x20 { lead += 1 } else if c == 0x09 { tab = true } else { break }
            i += 1
        }
        if i == e { return .blank }
        if tab { return .tab }
        let f = text[i]
        // A gap of two spaces after some text; the pipes, counted for a line that starts
        // with one.
        var gap = false
        if f == 0x7C {
            var pipes = 1
            var previous = f
            i += 1
            while i < e {
                let c = text[i]
                if c == 0x09 { return .tab }
                if c == 0x20, previous == 0x20 { gap = true }
                if c == 0x7C { pipes += 1 }
                previous = c
                i += 1
            }
            if pipes >= 2 { return .pipe }
        } else {
            let scan = tabAndGap(text, i, e)
            if scan.tab { return .tab }
            gap = scan.gap
        }
        // Cheap pre-test before tokenizing: fixed-width rows have a gap of two spaces
        // after some text, or a deep indent; rules start with a dash, `=`, `_` or `<`.
        if f != 0x2D && f != 0x3D && f != 0x5F && f != 0x3C && lead < 16 {
            if !gap { return .other }
        }
        return nil
    }

    /// Whether `b[lo..<hi]` holds a tab, and whether it holds two spaces in a row (both
    /// within the range), read eight bytes at a time: the line tests ask it of every line of
    /// a document. Stops at the first tab (`gap` then tells nothing: callers read it only
    /// when there is no tab).
    static func tabAndGap(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> (tab: Bool, gap: Bool) {
        let ones: UInt64 = 0x0101_0101_0101_0101, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, highs: UInt64 = 0x8080_8080_8080_8080
        var gap = false
        var previousSpace = false
        var i = max(0, lo)
        let end = min(hi, b.count)
        if let base = b.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= end {
                // Byte k of the word is `b[i + k]`.
                let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                // A zero byte of `x ^ 0x0909...` is a tab (`(t - 0x01...) & ~t & 0x80...` is
                // zero exactly when no byte of `t` is zero).
                let t = x ^ (ones &* 0x09)
                if (t &- ones) & ~t & highs != 0 { return (true, gap) }
                if !gap {
                    // 0x80 in each byte of `x` that is a space, 0 elsewhere (exactly: no carry
                    // crosses a byte).
                    let y = x ^ (ones &* 0x20)
                    let m = ~(((y & low7) &+ low7) | y | low7)
                    // Two spaces in the word, or the word's first after the last one's.
                    if m & (m >> 8) != 0 || (previousSpace && m & 0x80 != 0) { gap = true }
                    previousSpace = m >> 56 != 0
                }
                i += 8
            }
        }
        while i < end {
            let c = b[i]
            if c == 0x09 { return (true, gap) }
            if c == 0x20 {
                if previousSpace { gap = true }
                previousSpace = true
            } else {
                previousSpace = false
            }
            i += 1
        }
        return (false, gap)
    }

    /// Line `i` is the header row of a new Markdown table: the line after it is a delimiter
    /// row (`|---|:--:|`). Each pipe table of a Markdown text has its own, so two tables
    /// printed one after the other (a blank line or none between them) stay two regions.
    static func startsPipeTable(_ text: [UInt8], _ ls: [Span], _ i: Int) -> Bool {
        guard i + 1 < ls.count else { return false }
        let line = ls[i + 1]
        var dashes = 0, pipes = 0
        for k in line.range {
            let c = text[k]
            if c == 0x2D { dashes += 1 } else if c == 0x7C { pipes += 1 } else if c != 0x3A && c != 0x20 && c != 0x09 { return false }
        }
        return dashes >= 1 && pipes >= 1
    }

    /// A short line ending with a colon: the heading of the rows below it.
    static func isGroupLabel(_ text: [UInt8], _ line: Span) -> Bool {
        var hi = line.end
        while hi > line.start, text[hi - 1] == 0x20 || text[hi - 1] == 0x0D { hi -= 1 }
        return hi - line.start <= 80 && hi > line.start && text[hi - 1] == 0x3A
    }

    /// Finds the tabular regions of `text` (or of `range` of it).
    /// - Parameter readingOrder: also find statements printed column by column
    ///   (`ColumnRuns`) or row by row (`RowRuns`), which only plain text extracted from a PDF
    ///   has: a run of label lines is looked at from its first line on, once; rows printed
    ///   one by one are tried first.
    public static func find(in text: [UInt8], range: Range<Int>? = nil, readingOrder: Bool = false) -> [TableRegion] {
        let ls = lines(text, in: range)
        let kinds = ls.map { classify(text, $0) }
        // Each line's reading-order kind, classified once for every rule that reads it.
        let runKinds = readingOrder ? ColumnRuns.classifyAll(text, ls) : []
        var regions: [TableRegion] = []
        var i = 0
        var regionEnd = 0   // first line after the last region
        // Lines lo...hi are a region of `layout`; the scan goes on after it.
        func take(_ lo: Int, _ hi: Int, _ layout: TableLayout) {
            regions.append(TableRegion(span: Span(start: ls[lo].start, end: ls[hi].end), layout: layout,
                                       lines: Array(ls[lo...hi])))
            i = hi + 1
            regionEnd = i
        }
        while i < ls.count {
            let k = kinds[i]
            switch k {
            case .tab, .pipe:
                var j = i
                var last = i
                while j < ls.count {
                    if k == .pipe, j > i, startsPipeTable(text, ls, j) { break }
                    if kinds[j] == k { last = j; j += 1; continue }
                    if kinds[j] == .blank {
                        var m = j
                        while m < ls.count && kinds[m] == .blank { m += 1 }
                        if m < ls.count && kinds[m] == k && !(k == .pipe && startsPipeTable(text, ls, m)) { j = m; continue }
                    }
                    // A group label printed without a tab (`Operating expenses:`) between
                    // two rows of the table.
                    if k == .tab, kinds[j] == .other, j + 1 < ls.count, kinds[j + 1] == .tab, isGroupLabel(text, ls[j]) { j += 1; continue }
                    break
                }
                take(i, last, k == .tab ? .tabs : .pipes)
            case .fixed, .fixedRule:
                var scanned = i
                if let (lo, hi) = FixedWidth.extent(text, ls, kinds, from: i, notBefore: regionEnd, scanned: &scanned) {
                    take(lo, hi, .fixedWidth)
                } else {
                    // Lines already scanned without making a table cannot start one
                    // that would end later; data lines among them are tried again only
                    // if they could begin a region of their own.
                    i = max(i + 1, scanned)
                }
            case .other where readingOrder:
                // Only from the first line of a label run (the line before is no label).
                var scanned = i + 1
                let runStart = i == 0 || i == regionEnd || kinds[i - 1] != .other || runKinds[i - 1] != .label
                // A debt schedule (`ColumnRuns.debtSchedule`) first: its text and rate columns
                // end any other shape.
                if runStart, let debt = ColumnRuns.debtSchedule(text, ls, runKinds, from: i) {
                    take(i, debt.last, .columnRuns)
                } else if runStart, let last = RowRuns.extent(text, ls, runKinds, from: i) {
                    take(i, last, .rowRuns)
                } else if runStart, let shape = ColumnRuns.shape(text, ls, runKinds, from: i, scanned: &scanned) {
                    // Rows printed one by one after the runs (a label, then its figures) are
                    // not header pieces of a run: the region ends before them.
                    var last = shape.last
                    if let firstRun = shape.runs.first?.figures.first,
                       let rowsAt = (firstRun...shape.last).first(where: { k in
                           runKinds[k] == .label && runKinds[k - 1] != .label
                               && RowRuns.extent(text, ls, runKinds, from: k) != nil }) {
                        last = rowsAt - 1
                    }
                    take(i, last, .columnRuns)
                } else {
                    i = max(i + 1, scanned)
                }
            default:
                i += 1
            }
        }
        return regions
    }
}
