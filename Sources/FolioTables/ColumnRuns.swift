import FolioModel

/// **Column runs** (reading-order text: plain `pdftotext`, no `-layout`). A converter that
/// follows the page's text flow prints a table column by column: first the run of row labels,
/// then, for each column of figures, that column's header pieces and its figures, one a line:
///
/// ```
/// Current assets:                 ← a group row: ends with a colon, no figures
/// Cash and cash equivalents
/// Receivables, net
/// Total current assets
///
/// December 31,                    ← the first column's header pieces
/// 2024
///
/// 1,659
/// 4,903
/// 6,562
///
/// January 28,                     ← the second column's
/// 2023
///
/// 3,760
/// 3,328
/// 7,088
/// ```
///
/// The region is a run of label lines followed by runs of figure lines (a run: consecutive
/// lines that are each one figure; a line holding only a currency sign, `$`, and blank lines
/// are skipped; short lines before a run are its header pieces, at most one year among them
/// and no group label ending with a colon). A units caption or a sentence among the label
/// lines is text above the table: the label run starts after it; lines running straight into
/// a year are a column's header, not labels. `find` decides only that
/// shape; `read` decides whether the counts reconcile: a label line starting in lowercase
/// continues the label above it (`... property, equipment and` / `intangibles`), a label
/// ending with a colon heads a group and takes no figure, and the runs taken must hold
/// exactly one figure per remaining label in each column: one run a column, or one run a
/// column for each band of rows (`bands`). Two columns at least are taken (a lone run under
/// a few labels is as often a chart's axis as a column); when the counts do not reconcile,
/// the region is left as text (a wrong label on a figure is worse than a missing figure).
/// The grid is what the other readers give the table core: column 0 the label, one column
/// per column of runs, header rows from the first runs' header pieces (bottom
/// aligned: `December 31,` over `2024`), so units, periods and concepts are decided later,
/// as for any table. A table read so whose totals then do not add up (a check fails) is
/// left as text too (`TablesStage`): in this layout that means the labels and the figures
/// are out of step (a figure the converter dropped, a label printed elsewhere).
enum ColumnRuns {
    /// What one line of reading-order text is.
    enum Line: Equatable {
        case blank
        /// Only a currency sign (`$`): printed apart from the figure it belongs to.
        case currencySign
        /// One figure, a dash, or a figure with its currency sign (`$ 6,015,764`, `96,119 $`).
        case figure
        /// A year alone (`2024`): a header piece before a run.
        case year
        /// Text with a letter.
        case label
        /// Anything else (several figures on one line, punctuation, cells set apart by a tab
        /// or two spaces).
        case other
    }

    /// Longest label run considered (lines).
    static let maxLabels = 120
    /// Longest figure line (bytes, trimmed).
    static let maxFigureBytes = 32
    /// Longest header piece (bytes, trimmed) and most header lines before one run (a column
    /// prints `Three Months Ended` / `June 30,` / `2025` at most; more short lines are the
    /// rows' labels printed after a run of column names).
    static let maxPieceBytes = 40
    static let maxPieces = 4

    static func classify(_ text: [UInt8], _ line: Span) -> Line {
        let r = GridReader.trim(text, line.range)
        if r.isEmpty { return .blank }
        let n = r.count
        let f = text[r.lowerBound]
        // Cells set apart by a tab or two spaces are a row of another layout (fixed-width,
        // tab-separated): reading order prints words one space apart.
        let gapped = text.withUnsafeBufferPointer { b -> Bool in
            let scan = TableRegionFinder.tabAndGap(b, r.lowerBound, r.upperBound)
            return scan.tab || scan.gap
        }
        if gapped { return .other }
        if n == 1 && f == 0x24 { return .currencySign }
        // A figure starts with a digit, `(`, `$`, `-`, `.` or a dash (E2 80 93/94, E2 88 92).
        let figureStart = ByteClass.isDigit(f) || f == 0x28 || f == 0x24 || f == 0x2D || f == 0x2E || f == 0xE2
        if figureStart && n <= maxFigureBytes {
            var hi = r.upperBound
            // `96,119 $`: the next figure's currency sign printed after this one.
            if n > 2, text[hi - 1] == 0x24, text[hi - 2] == 0x20 { hi -= 2 }
            let bytes = Array(text[r.lowerBound..<hi])
            if let p = NumberParser.parse(bytes: bytes), p.kind != .notApplicable, p.suffixScale == nil {
                if p.kind == .number, TableBuilder.isYear(String(decoding: bytes, as: UTF8.self)) { return .year }
                return .figure
            }
        }
        // A letter: ASCII, or the lead byte of a two-byte letter (Latin, Greek, Cyrillic).
        let letter = text.withUnsafeBufferPointer { b -> Bool in
            r.contains { ByteClass.isLetter(b[$0]) || (0xC3...0xDF).contains(b[$0]) }
        }
        return letter ? .label : .other
    }

    /// Every line's kind (`classify`), once: `shape`, `read`, `RowRuns` and the region
    /// finder read a line's kind from here; none classifies it again.
    static func classifyAll(_ text: [UInt8], _ ls: [Span]) -> [Line] {
        ls.map { classify(text, $0) }
    }

    /// A units caption (`(In millions, except per share data)`) or a sentence (eight words or
    /// more ending with a period): text above a table, not a row label.
    static func isCaptionOrSentence(_ text: [UInt8], _ line: Span) -> Bool {
        if isSentence(text, line) { return true }
        let r = GridReader.trim(text, line.range)
        guard !r.isEmpty else { return false }
        let f = text[r.lowerBound] | 0x20
        guard r.count <= 200, f == 0x28 || f == 0x69 || f == 0x61 || f == 0x64 else { return false }
        return UnitsParser.isCaptionLine(String(decoding: text[r], as: UTF8.self))
    }

    /// A sentence: eight words or more ending with a period (prose, or the note under a
    /// statement: `The accompanying notes are an integral part of these statements.`).
    static func isSentence(_ text: [UInt8], _ line: Span) -> Bool {
        let r = GridReader.trim(text, line.range)
        guard let last = r.last, text[last] == 0x2E else { return false }
        // Counted up to the eighth word only (prose lines run to many more).
        var words = 1
        for i in r where text[i] == 0x20 {
            words += 1
            if words >= 8 { return true }
        }
        return false
    }

    /// **Units above a statement in reading order.** Between a statement's units caption
    /// and the rows a reader paired lie the statement's own lines that were not paired
    /// (header pieces, labels and figures printed apart, page furniture), often more than
    /// a table's lookback reaches:
    ///
    /// ```
    /// CONSOLIDATED STATEMENTS OF OPERATIONS
    /// (in millions, except per share data)      ← the units of the rows below
    /// Year Ended December 31,
    /// 2022
    /// Net product sales
    /// 242,901
    /// ...                                       ← lines not paired
    /// Cost of sales                             ← the first row paired
    /// 288,831
    /// ```
    ///
    /// `above` finds the nearest units caption or units phrase above `start` (a caption at
    /// the end of a title line too), across at most `unitsLookbackLines` lines and no
    /// sentence (a sentence is prose, or the note that ends the statement above), and the
    /// year lines passed on the way (`RowRuns.yearsAbove`).
    static let unitsLookbackLines = 300

    /// What lies above a region up to the statement's units caption: the caption (nil when
    /// none is reached) and the year lines passed on the way, top to bottom.
    struct Above {
        var caption: (text: String, span: Span)?
        var years: [GridCell] = []
    }

    static func above(_ text: [UInt8], before start: Int) -> Above {
        let lo = max(0, start - 20_000)
        var found = Above()
        var seen = 0
        var reached = false
        // Lines cut from `start` backwards, only as many as are looked at.
        TableRegionFinder.forEachLineBackward(text, in: lo..<max(lo, start)) { line in
            let r = GridReader.trim(text, line.range)
            if r.isEmpty { return true }
            seen += 1
            if seen > unitsLookbackLines || r.count > 200 || isSentence(text, line) { return false }
            let t = String(decoding: text[r], as: UTF8.self)
            if UnitsParser.isCaptionLine(t) || UnitsParser.isUnitsPhrase(t) {
                found.caption = (t, Span(r))
                reached = true
                return false
            }
            if let note = UnitsParser.trailingNote(t) {
                found.caption = (note.note, Span(start: r.lowerBound + note.offset, end: r.upperBound))
                reached = true
                return false
            }
            if classify(text, line) == .year, let c = GridReader.cell(text, r) { found.years.insert(c, at: 0) }
            return true
        }
        return reached ? found : Above()
    }

    /// The statement's units caption above `start`, if reached (`above`).
    static func unitsAbove(_ text: [UInt8], before start: Int) -> (text: String, span: Span)? {
        above(text, before: start).caption
    }

    /// The shape found from a label line on: the label lines, then each run's header-piece
    /// lines and figure lines (indices into the lines given).
    struct Shape {
        var labels: [Int]
        var runs: [(pieces: [Int], figures: [Int])]
        /// Index of the last line the shape takes.
        var last: Int { runs.last?.figures.last ?? labels.last ?? 0 }
    }

    /// The shape starting at line `from` (a label line): nil unless at least two label lines
    /// are followed by a run of at least two figures. `kinds` holds each line's kind
    /// (`classifyAll`). `scanned` is set to the first line not looked at as part of the label
    /// run, so a caller does not try again inside it.
    static func shape(_ text: [UInt8], _ ls: [Span], _ kinds: [Line], from: Int, scanned: inout Int) -> Shape? {
        var j = from
        var labels: [Int] = []
        while j < ls.count, labels.count < maxLabels, kinds[j] == .label {
            // A units caption or a sentence is printed above the rows, never one of them:
            // the label run starts after it.
            if isCaptionOrSentence(text, ls[j]) { labels = [] } else { labels.append(j) }
            j += 1
        }
        scanned = max(j, from + 1)
        // Lines run straight into a year (`Years Ended` / `November 29,` / `2024`) are a
        // column's header, not row labels.
        guard labels.count >= 2, j >= ls.count || kinds[j] != .year else { return nil }
        var runs: [(pieces: [Int], figures: [Int])] = []
        var pieces: [Int] = []
        var figures: [Int] = []
        var k = j
        scan: while k < ls.count {
            let kind = kinds[k]
            switch kind {
            case .figure:
                figures.append(k)
            case .blank, .currencySign:
                if !figures.isEmpty { runs.append((pieces, figures)); pieces = []; figures = [] }
            case .year where figures.isEmpty:
                // One column, one year: years printed together head several columns at
                // once, and which run is whose cannot be told.
                guard !pieces.contains(where: { kinds[$0] == .year }) else { break scan }
                pieces.append(k)
            case .label where figures.isEmpty:
                // A group label (`Cost of revenue:`) starts the next rows, it heads no column.
                let r = GridReader.trim(text, ls[k].range)
                guard r.count <= maxPieceBytes, text[r.upperBound - 1] != 0x3A else { break scan }
                pieces.append(k)
            default:
                break scan
            }
            if pieces.count > maxPieces { break }
            k += 1
        }
        if !figures.isEmpty { runs.append((pieces, figures)) }
        // A first run of one figure is a page number under a paragraph, not a column.
        guard let run = runs.first, run.figures.count >= 2 else { return nil }
        return Shape(labels: labels, runs: runs)
    }

    /// Why the counts of a region did not reconcile, or its rows.
    enum Reading {
        case rows([GridRow])
        case unreconciled(String)
    }

    /// One label of the run: wrapped lines joined.
    struct Label {
        var text: String
        var span: Span
        var isGroup: Bool { text.hasSuffix(":") }
    }

    /// A figure line's cell: its trimmed bytes without a currency sign printed after the
    /// figure (`96,119 $`, the next figure's sign).
    static func figureCell(_ text: [UInt8], _ line: Span) -> GridCell? {
        var r = GridReader.trim(text, line.range)
        if r.count > 2, text[r.upperBound - 1] == 0x24, text[r.upperBound - 2] == 0x20 {
            r = GridReader.trim(text, r.lowerBound..<(r.upperBound - 1))
        }
        return GridReader.cell(text, r)
    }

    /// The labels of the run, a line starting in lowercase joined to the one above it.
    static func labels(_ text: [UInt8], _ ls: [Span], _ indices: [Int]) -> [Label] {
        var out: [Label] = []
        for i in indices {
            let r = GridReader.trim(text, ls[i].range)
            let t = String(decoding: text[r], as: UTF8.self)
            if let last = out.last, LabelText.isLowerStart(t), !last.isGroup {
                out[out.count - 1] = Label(text: last.text + " " + t, span: last.span.union(Span(r)))
            } else {
                out.append(Label(text: t, span: Span(r)))
            }
        }
        return out
    }

    /// **Header above the labels.** The first column's header pieces printed between the
    /// caption and the labels, when the other columns' come before their runs:
    ///
    /// ```
    /// (In millions)
    /// Years Ended            ← the first column's header
    /// November 29,
    /// 2024
    ///
    /// Revenue:
    /// ...
    /// ```
    ///
    /// The line right above the labels (blank lines skipped) must be a year; the short lines
    /// directly above it (no caption, no group label, no other year) go with it.
    static func headerAbove(_ text: [UInt8], before: Int) -> [GridCell] {
        let above = TableRegionFinder.lines(text, in: max(0, before - 400)..<before)
        var k = above.count - 1
        while k >= 0, classify(text, above[k]) == .blank { k -= 1 }
        guard k >= 0, classify(text, above[k]) == .year, let year = GridReader.cell(text, above[k].range) else { return [] }
        var out = [year]
        k -= 1
        while k >= 0, out.count <= maxPieces, classify(text, above[k]) == .label, !isCaptionOrSentence(text, above[k]) {
            let r = GridReader.trim(text, above[k].range)
            guard r.count <= maxPieceBytes, text[r.upperBound - 1] != 0x3A, let c = GridReader.cell(text, r) else { break }
            out.insert(c, at: 0)
            k -= 1
        }
        return out
    }

    /// **Banded runs.** How the runs of a region divide among the columns: `bands` holds the
    /// rows of each band, top to bottom. A converter that follows the page's text flow breaks
    /// a statement into horizontal bands where the rows are set apart by more space (a group
    /// heading, a total), and prints each band column by column before the next band:
    ///
    /// ```
    /// Revenues:
    /// Product                 ← band 1: three rows
    /// Services
    /// Total revenues
    /// Costs:
    /// Product                 ← band 2: two rows
    /// Total costs
    ///
    /// 2024        2023        ← (each run under its header pieces, as always)
    /// 100         90          ← runs: band 1 of the 2024 column, band 1 of 2023,
    /// 20          15                  then band 2 of 2024, band 2 of 2023
    /// 120         105
    ///
    /// 60          55
    /// 70          60
    /// ```
    ///
    /// With `columns` columns the runs come `columns` at a time, each holding the same
    /// number of figures (its band's rows), and the bands add up to the labelled rows. A
    /// single band is the plain layout (every run one figure a labelled row). A band ends
    /// only right before a group label (`Costs:`), where the printed page leaves the space
    /// that cuts it, and the runs after the first band have no header pieces of their own
    /// (a row label printed above a run says the rows are out of step); otherwise the counts
    /// could add up by chance, and a wrong label on a figure is worse than a missing figure.
    /// The most columns that reconcile are taken (two at least); nil when none do.
    static func bands(_ runs: [(pieces: [Int], figures: [Int])], labels: [Label]) -> (columns: Int, bands: [Int])? {
        // The position in `labels` of each data row, and the row after which a group label comes.
        let dataPositions = labels.indices.filter { !labels[$0].isGroup }
        let rows = dataPositions.count
        func endsBeforeGroup(_ row: Int) -> Bool {
            let p = dataPositions[row] + 1
            return p < labels.count && labels[p].isGroup
        }
        guard rows > 0, runs.count >= 2 else { return nil }
        for columns in stride(from: runs.count, through: 2, by: -1) {
            var bands: [Int] = []
            var covered = 0
            var next = 0
            while next + columns <= runs.count, covered < rows {
                let size = runs[next].figures.count
                guard size > 0, runs[next..<(next + columns)].allSatisfy({ $0.figures.count == size }) else { break }
                // A later band's runs print no header pieces; its start follows a group label.
                if next > 0, covered > 0 {
                    guard endsBeforeGroup(covered - 1),
                          runs[next..<(next + columns)].allSatisfy({ $0.pieces.isEmpty }) else { break }
                }
                bands.append(size)
                covered += size
                next += columns
            }
            if covered == rows { return (columns, bands) }
        }
        return nil
    }

    /// The grid of a region `find` gave (its lines), or why its counts do not reconcile.
    static func read(_ text: [UInt8], _ lines: [Span]) -> Reading {
        var scanned = 0
        let kinds = classifyAll(text, lines)
        guard let first = kinds.firstIndex(of: .label),
              let shape = shape(text, lines, kinds, from: first, scanned: &scanned) else {
            return .unreconciled("no label run followed by figure runs")
        }
        let labels = labels(text, lines, shape.labels)
        let data = labels.filter { !$0.isGroup }
        // One run alone under a few labels is as likely a chart's axis or legend as a
        // column: two columns at least.
        guard data.count >= 2, let banding = bands(shape.runs, labels: labels) else {
            let counts = shape.runs.map { String($0.figures.count) }.joined(separator: ", ")
            return .unreconciled("\(data.count) labelled rows but runs of \(counts) figures")
        }
        let columns = banding.columns
        func cell(_ i: Int) -> GridCell? { GridReader.cell(text, lines[i].range) }
        // The figure line of data row `v` in column `c`: band by band, each band's runs in
        // column order.
        var figureLine: [[Int]] = Array(repeating: [], count: columns)
        var next = 0
        for size in banding.bands {
            for c in 0..<columns { figureLine[c] += shape.runs[next + c].figures.prefix(size) }
            next += columns
        }
        var heads = shape.runs.prefix(columns).map { $0.pieces.compactMap(cell) }
        var start = labels.first?.span.start ?? 0
        // The first column's header printed above the labels, the others' before their runs.
        if heads[0].isEmpty, heads.dropFirst().contains(where: { !$0.isEmpty }), let first = shape.labels.first {
            heads[0] = headerAbove(text, before: lines[first].start)
            if let f = heads[0].first { start = min(start, f.span.start) }
        }
        var rows: [GridRow] = []
        // Header rows: each run's pieces, bottom aligned.
        let depth = heads.map(\.count).max() ?? 0
        for level in 0..<depth {
            var cells: [GridCell?] = [nil]
            var end = start
            for head in heads {
                let k = level - (depth - head.count)
                let c = k >= 0 ? head[k] : nil
                if let c { end = max(end, c.span.end) }
                cells.append(c)
            }
            rows.append(GridRow(cells: cells, span: Span(start: start, end: end)))
        }
        var v = 0
        for label in labels {
            let labelCell = GridCell(text: label.text, span: label.span)
            if label.isGroup {
                rows.append(GridRow(cells: [labelCell], span: label.span))
                continue
            }
            var cells: [GridCell?] = [labelCell]
            var end = label.span.end
            for column in figureLine {
                let c = figureCell(text, lines[column[v]])
                if let c { end = max(end, c.span.end) }
                cells.append(c)
            }
            rows.append(GridRow(cells: cells, span: Span(start: label.span.start, end: end)))
            v += 1
        }
        return .rows(rows)
    }
}
