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
/// (before the first run, the header's years in column order: `yearsBeforeTheRuns`)
/// and no group label ending with a colon; the note under the statement before the first
/// run, `See accompanying notes.`, is skipped too). A units caption or a sentence among the label
/// lines is text above the table: the label run starts after it; lines running straight into
/// a year are a column's header, not labels. `find` decides only that
/// shape; `read` decides whether the counts reconcile: a label line starting in lowercase
/// continues the label above it (`... property, equipment and` / `intangibles`), a label
/// ending with a colon heads a group and takes no figure, and the runs taken must hold
/// exactly one figure per remaining label in each column: one run a column, or one run a
/// column for each band of rows in whatever order the counts tell (`slots`). Two columns at least are taken (a lone run under
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

    /// A label longer than this (bytes) was printed on more than one line (`Label.printedWrapped`).
    static let wrappedLabelBytes = 2 * maxPieceBytes

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
        endsWithPeriod(text, GridReader.trim(text, line.range), words: 8)
    }

    /// Whether the bytes `r` end with a period after `words` words or more (counted up to
    /// that many only: prose lines run to many more).
    static func endsWithPeriod(_ text: [UInt8], _ r: Range<Int>, words minimum: Int) -> Bool {
        guard let last = r.last, text[last] == 0x2E else { return false }
        var words = 1
        for i in r where text[i] == 0x20 {
            words += 1
            if words >= minimum { return true }
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
            if seen > unitsLookbackLines { return false }
            if let note = leadInAbove(text, r) {
                found.caption = note
                reached = true
                return false
            }
            if r.count > 200 || isSentence(text, line) { return false }
            let t = String(decoding: text[r], as: UTF8.self)
            if UnitsParser.isCaptionLine(t) || UnitsParser.isUnitsPhrase(t) {
                found.caption = (t, Span(r))
                reached = true
                return false
            }
            // Offsets into `t` are offsets into the line's bytes only when the line is valid
            // UTF-8 (`String(decoding:)` widens a bad byte to three).
            if t.utf8.count == r.count, let note = periodLineNote(t) {
                found.caption = (note.note, Span(start: r.lowerBound + note.offset, end: r.lowerBound + note.offset + note.note.utf8.count))
                reached = true
                return false
            }
            if classify(text, line) == .year, let c = GridReader.cell(text, r) { found.years.insert(c, at: 0) }
            return true
        }
        return reached ? found : Above()
    }

    /// **A lead-in sentence above the rows** (`above`). The sentence that introduces a table
    /// ends with its units note (`Total segment assets reconciled to consolidated amounts are
    /// as follows (in millions):`, `UnitsParser.trailingNote`); the normalizer joins it with the
    /// rest of its paragraph, so the line is long and may hold sentences, and the search for
    /// the caption used to stop there. The note, at the end of the line, is the caption. Nil
    /// when the line does not end with `)` or `:` or no units note ends it.
    static func leadInAbove(_ text: [UInt8], _ r: Range<Int>) -> (text: String, span: Span)? {
        guard let last = r.last, text[last] == 0x29 || text[last] == 0x3A else { return nil }
        let t = String(decoding: text[r], as: UTF8.self)
        // Offsets into `t` are offsets into the bytes only for valid UTF-8.
        guard t.utf8.count == r.count, let note = UnitsParser.trailingNote(t) else { return nil }
        return (note.note, Span(start: r.lowerBound + note.offset, end: r.upperBound))
    }

    /// **The header's period line with the units note** (`above`). A statement prints over its
    /// columns one line naming their periods with the units note and a remark among its words
    /// (`years ended December 31 (in millions) (brackets denote cash outflows)`); in reading
    /// order that line stands above the labels, and no caption rule reads it (the note neither
    /// opens nor ends it). A line naming a period (the word `ended` or `ending`, or opening with
    /// `as of`) that holds a header cell's units note (`UnitsParser.embeddedCellNote`) is the
    /// caption; nil otherwise.
    static func periodLineNote(_ t: String) -> (note: String, offset: Int)? {
        guard t.utf8.count <= maxPeriodLineBytes, t.utf8.contains(0x28) else { return nil }
        let words = LabelText.words(t)
        guard words.contains(where: { $0 == "ended" || $0 == "ending" }) || words.starts(with: ["as", "of"]) else { return nil }
        return UnitsParser.embeddedCellNote(t)
    }

    /// Longest header period line read for its units note (`periodLineNote`): a header line,
    /// not a paragraph.
    static let maxPeriodLineBytes = 120

    /// The statement's units caption above `start`, if reached (`above`).
    static func unitsAbove(_ text: [UInt8], before start: Int) -> (text: String, span: Span)? {
        above(text, before: start).caption
    }

    /// **Statement title above the header pieces.** In reading order a statement's title is
    /// printed over its company name, units caption and column header pieces, and the
    /// nearest line above the rows a reader paired is one of those, not the title:
    ///
    /// ```
    /// CONSOLIDATED STATEMENTS OF OPERATIONS     ← the title of the rows below
    /// (in millions, except per share data)
    /// Year Ended December 31,                   ← what the lookback takes for the title
    /// 2022
    /// Net product sales                         ← the first row paired
    /// ```
    ///
    /// `statementTitleAbove` finds the nearest line naming a statement
    /// (`StatementClassifier.fromTitle`) above `start`, across at most
    /// `statementTitleLookbackLines` lines with a letter (the figures, years and currency
    /// signs of a band of one row printed above the rows, `Net revenues` / `2024` / `$` /
    /// `56,334` / ..., do not count), no sentence and nothing before `after` (the end of the
    /// table before: a title above it is that table's). Nil when none is reached.
    static let statementTitleLookbackLines = 8

    static func statementTitleAbove(_ text: [UInt8], before start: Int, after: Int) -> String? {
        let lo = max(0, after, start - 4_000)
        var seen = 0
        var title: String?
        TableRegionFinder.forEachLineBackward(text, in: lo..<max(lo, start)) { line in
            let r = GridReader.trim(text, line.range)
            if r.isEmpty { return true }
            // The figures, years and signs of a one-row band printed above do not count.
            if classify(text, line) != .label { return true }
            seen += 1
            if seen > statementTitleLookbackLines || r.count > 200 || endsProse(text, r) { return false }
            let t = String(decoding: text[r], as: UTF8.self)
            if StatementClassifier.fromTitle(t) != nil {
                title = t
                return false
            }
            return true
        }
        return title
    }

    /// A line ending with a period after four words or more: prose, or the note that ends the
    /// statement above (`See accompanying notes to consolidated financial statements.`), not
    /// a heading (`EXAMPLE.COM, INC.` ends with a period too).
    static func endsProse(_ text: [UInt8], _ r: Range<Int>) -> Bool {
        endsWithPeriod(text, r, words: 4)
    }

    /// The shape found from a label line on: the label lines, then each run's header-piece
    /// lines and figure lines (indices into the lines given).
    struct Shape {
        var labels: [Int]
        var runs: [(pieces: [Int], figures: [Int])]
        /// Lines after the runs that go on row by row (`acrossAfter`, `rowsAcrossBelow`).
        var across: [Int] = []
        /// Index of the last line of the runs.
        var lastRun: Int { runs.last?.figures.last ?? labels.last ?? 0 }
        /// Index of the last line the shape takes.
        var last: Int { across.last ?? lastRun }
    }

    /// The shape starting at line `from` (a label line): nil unless at least two label lines
    /// are followed by a run of at least two figures. `kinds` holds each line's kind
    /// (`classifyAll`). `scanned` is set to the first line not looked at as part of the label
    /// run, so a caller does not try again inside it.
    static func shape(_ text: [UInt8], _ ls: [Span], _ kinds: [Line], from: Int, scanned: inout Int) -> Shape? {
        var j = from
        var labels: [Int] = []
        while j < ls.count, labels.count < maxLabels {
            if kinds[j] == .label {
                // A units caption or a sentence is printed above the rows, never one of them:
                // the label run starts after it.
                if isCaptionOrSentence(text, ls[j]) { labels = [] } else { labels.append(j) }
                j += 1
            } else if labels.count >= 2, let next = labelsGoOn(ls, kinds, at: j) ?? perShareLabelsGoOn(text, ls, kinds, at: j) {
                j = next
            } else if kinds[j] == .year, labels.last == j - 1, wrapsBeforeYear(text, ls[j - 1]) {
                labels.append(j)
                j += 1
            } else {
                break
            }
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
                // More header pieces than one column prints are the header's years printed
                // together in period blocks, or the rows' labels (`yearsInPeriodBlocks`).
                if runs.isEmpty, figures.isEmpty, pieces.count > maxPieces, !yearsInPeriodBlocks(text, ls, kinds, pieces) { break scan }
                figures.append(k)
            case .blank, .currencySign:
                if !figures.isEmpty { runs.append((pieces, figures)); pieces = []; figures = [] }
            case .year where figures.isEmpty:
                // One column, one year: years printed together before a later run head
                // several columns at once, and which run is whose cannot be told. Before the
                // first run they are the header's years left to right (`yearsBeforeTheRuns`).
                guard !pieces.contains(where: { kinds[$0] == .year })
                        || (runs.isEmpty && yearsBeforeTheRuns(text, ls, kinds, pieces + [k]))
                        || groupHeadingAmongBand(text, ls, kinds, runs, pieces + [k])
                        || periodGroupLikeTheFirst(text, ls, kinds, runs, pieces + [k]) else { break scan }
                pieces.append(k)
            case .label where figures.isEmpty:
                // A group label (`Cost of revenue:`) starts the next rows, it heads no column.
                // A total printed apart before the first run (`rowPrintedApart`) may be longer
                // than a header piece.
                let r = GridReader.trim(text, ls[k].range)
                // The note under the statement (`See accompanying notes.`) printed before the
                // first run heads no column.
                if runs.isEmpty, endsWithPeriod(text, r, words: 3) { k += 1; continue }
                let apart = runs.isEmpty && pieces.isEmpty && LabelText.isTotalLabel(String(decoding: text[r], as: UTF8.self))
                guard r.count <= maxPieceBytes || apart, text[r.upperBound - 1] != 0x3A else { break scan }
                pieces.append(k)
            default:
                break scan
            }
            if pieces.count > maxPieces, !groupHeadingAmongBand(text, ls, kinds, runs, pieces),
               !(runs.isEmpty && piecesOfYearsBeforeTheRuns(kinds, pieces)) { break }
            k += 1
        }
        if !figures.isEmpty { runs.append((pieces, figures)) }
        // A first run of one figure is a page number under a paragraph, not a column, unless
        // the statement opens with a band of one row (`opensWithOneRowBand`) or two runs at
        // least follow that page number or footnote marker (`runsBeforeTheColumns`).
        guard let run = runs.first, !headerOverCaption(text, ls, kinds, run.pieces),
              run.figures.count >= 2 || opensWithOneRowBand(runs, labels: labels.count)
                  || (runs.count >= 3 && runsBeforeTheColumns(text, ls, runs) == 1) else { return nil }
        // Years printed together head the columns' runs, not a band of one row (whose years
        // `bandAbove` reads over the labels below it).
        guard run.figures.count >= 2 || run.pieces.filter({ kinds[$0] == .year }).count < 2
                || yearsAmongOneRowBand(text, ls, kinds, runs) else { return nil }
        var shape = Shape(labels: labels, runs: runs)
        // Lines printed across after the runs, when two runs of one length head the columns
        // and they may fill the rows below (`rowsAcrossBelow`).
        if upperBand(runs) != nil {
            shape.across = acrossAfter(text, ls, kinds, from: k)
            if !shape.across.isEmpty, !acrossMayFill(text, ls, kinds, shape) { shape.across = [] }
        }
        return shape
    }

    /// **Years printed together before the runs.** A converter that follows the page's text
    /// flow may print the column header's years one under the other, left to right, before
    /// the first column's run (the header row read across, then the columns):
    ///
    /// ```
    /// Deferred tax assets
    /// Accruals and reserves
    /// Total deferred tax assets
    ///
    /// 2024              ← the first column's year
    /// $
    /// 2023              ← the second column's
    ///
    /// 215               ← the first column's run
    /// 1,253
    /// 1,468
    ///
    /// 519               ← the second column's
    /// ...
    /// ```
    ///
    /// Whether the header pieces `pieces` before the first run (line indices) hold years each
    /// later than the one before or each earlier (a header's years in column order): `shape`
    /// then takes them all as the first run's pieces (when that run holds two figures at
    /// least: a first run of one figure is a band of one row, `bandAbove`), and `read` deals
    /// them out one a column in print order (`headsByYears`; words printed once above them,
    /// `Three Months Ended` / `June 30,`, span the columns), or gives the columns no header
    /// when they are not one a column (`severalYearsInOneHead`). Years printed together
    /// before a later run still end the shape: which run is whose cannot be told there.
    static func yearsBeforeTheRuns(_ text: [UInt8], _ ls: [Span], _ kinds: [Line], _ pieces: [Int]) -> Bool {
        let years = pieces.filter { kinds[$0] == .year }.compactMap { GridReader.cell(text, ls[$0].range) }
        return years.count >= 2 && (yearsInColumnOrder(years) || yearsRepeatingSoFar(years.compactMap { Int($0.text) }))
    }

    /// Whether the years `ys` (print order) start a header's years repeating in period
    /// blocks (`periodBlock`: `2025 2024 2025 2024`, each 10-Q period group's columns the same
    /// years), so far: the first block each rising or each falling, every later year the
    /// year of its place in the block, the first block whole.
    static func yearsRepeatingSoFar(_ ys: [Int]) -> Bool {
        guard ys.count >= 3, ys[0] != ys[1] else { return false }
        let rising = ys[1] > ys[0]
        var block = 1
        while block < ys.count, rising ? ys[block] > ys[block - 1] : ys[block] < ys[block - 1] { block += 1 }
        guard block >= 2, block < ys.count else { return false }
        return ys.indices.allSatisfy { ys[$0] == ys[$0 % block] }
    }

    /// Whether the header pieces `pieces` before the first run hold years printed together
    /// (two at least, `yearsBeforeTheRuns` took them), no more than `maxPieces` lines a year:
    /// each column's pieces (`June 30,` / `2025`) printed before the first run, more than one
    /// column prints; the first figure decides (`yearsInPeriodBlocks`).
    static func piecesOfYearsBeforeTheRuns(_ kinds: [Line], _ pieces: [Int]) -> Bool {
        let years = pieces.filter { kinds[$0] == .year }.count
        return years >= 2 && pieces.count <= maxPieces * years
    }

    /// **Years in period blocks before the runs.** A 10-Q's header printed before the first
    /// run, each column's pieces then its year, the years repeating in period blocks
    /// (`periodBlock`: `2025 2024 2025 2024`), takes more lines than one column's header
    /// (`maxPieces`):
    ///
    /// ```
    /// Six Months Ended      ← the second group's heading (the first's is above the labels)
    /// June 30,
    /// 2025                  ← the first column's year
    /// June 30,
    /// 2024
    /// June 30,
    /// 2025                  ← the third column's: the years repeat
    /// June 30,
    /// 2024
    ///
    /// $ 11,079,166          ← the first column's run
    /// ```
    ///
    /// Whether the pieces `pieces` hold such years (`read` deals them out,
    /// `headsInPeriodGroups`). Two years in column order after more lines than a column's
    /// header are the rows' labels taken for pieces (`Interest expense` / `Interest income`
    /// / ... / `2024` / `2023`), not a header, and so are lines after the last year (a
    /// column's pieces end with its year: `2024` / `2023` / `2024` / `2023` / `United
    /// States` / `International`): the shape ends there.
    static func yearsInPeriodBlocks(_ text: [UInt8], _ ls: [Span], _ kinds: [Line], _ pieces: [Int]) -> Bool {
        guard let last = pieces.last, kinds[last] == .year else { return false }
        let years = pieces.filter { kinds[$0] == .year }.compactMap { GridReader.cell(text, ls[$0].range).flatMap { Int($0.text) } }
        return periodBlock(years) != nil
    }

    /// Whether a column's header pieces hold more than one year alone (`2024`, `2023`: the
    /// years `yearsBeforeTheRuns` left on the first run when they could not be dealt out one a
    /// column; a dated piece, `Fiscal 2024`, is not one).
    static func severalYearsInOneHead(_ heads: [[GridCell]]) -> Bool {
        heads.contains { $0.filter { TableBuilder.isYear($0.text) }.count > 1 }
    }

    /// Fewest runs after a first run of one figure for `opensWithOneRowBand`: one a column of
    /// the one-row band (two columns at least), and a later band.
    static let minRunsAfterOneRowBand = 3

    /// **A statement opening with a one-row band.** A statement whose first row stands apart
    /// on the page (`Net income` over `Adjustments to reconcile ...:` in a cash flow
    /// statement) is printed as a band of its own: one figure a column, each its own run,
    /// before the runs of the next band:
    ///
    /// ```
    /// Cash flows from operating activities:
    /// Net income
    /// Adjustments to reconcile net income to net cash:
    /// Depreciation
    /// Stock-based compensation
    ///
    /// $                    ← the first row's band: one figure a column
    /// 5,560
    /// $
    /// 5,428
    ///
    /// 857                  ← the next band, column by column
    /// 1,833
    /// 872
    /// 1,718
    /// ```
    ///
    /// A page number under a paragraph is one run of one figure: a first run of one figure
    /// opens a statement only when `minRunsAfterOneRowBand` runs or more follow it and the
    /// runs hold at least as many figures as there are label lines (every row a figure in two
    /// columns or more). `read` still takes the region only when the counts reconcile.
    static func opensWithOneRowBand(_ runs: [(pieces: [Int], figures: [Int])], labels: Int) -> Bool {
        runs.count > minRunsAfterOneRowBand && runs.reduce(0) { $0 + $1.figures.count } >= labels
    }

    /// **A label wrapped before its year.** A long label ending with a date wraps where it
    /// meets the label column's edge, and the date's year may be all of the next line:
    ///
    /// ```
    /// Treasury stock, at cost, 806 shares at February 2, 2025 and 804 shares at January 28,
    /// 2024                         ← the label's last line, not a column's header
    /// Total stockholders' equity
    /// ```
    ///
    /// Whether the label line `line` (the line above a year line) wraps so: longer than a
    /// header piece (`maxPieceBytes`: a column's header prints `January 28,` over `2024` in
    /// short pieces) and ending with a comma.
    static func wrapsBeforeYear(_ text: [UInt8], _ line: Span) -> Bool {
        let r = GridReader.trim(text, line.range)
        return r.count > maxPieceBytes && text[r.upperBound - 1] == 0x2C
    }

    /// **Labels across currency signs.** The `$` of a statement's first row and of its totals
    /// sit in the label column's flow: the converter prints them as lone lines between the
    /// label lines, cutting the label run:
    ///
    /// ```
    /// Other assets
    ///
    /// $                       ← the signs of the first row and the total
    /// $
    ///
    /// Total assets            ← the label run goes on
    /// Current liabilities:
    /// ...
    /// ```
    ///
    /// From a gap of blank lines holding at least one lone `$` at `j`, the index of the label
    /// line after it when the label run goes on there: more label lines than a column's
    /// header pieces (`maxPieces`), or followed by another such gap (header pieces run into
    /// their year or figures). nil otherwise.
    static func labelsGoOn(_ ls: [Span], _ kinds: [Line], at j: Int) -> Int? {
        var g = j
        var sign = false
        while g < ls.count, kinds[g] == .blank || kinds[g] == .currencySign {
            if kinds[g] == .currencySign { sign = true }
            g += 1
        }
        guard sign, g < ls.count, kinds[g] == .label else { return nil }
        var e = g
        while e < ls.count, kinds[e] == .label { e += 1 }
        if e - g > maxPieces { return g }
        var after = e
        while after < ls.count, kinds[after] == .blank { after += 1 }
        return after < ls.count && kinds[after] == .currencySign ? g : nil
    }

    /// A heading in capitals over a statement's rows (`ASSETS`, `LIABILITIES AND EQUITY`):
    /// letters all capitals, no digit, no colon. Such a line takes a figure in a statement
    /// printed in capitals, so `read` tries it as a heading only when the counts do not
    /// reconcile with it as a row.
    static func isCapitalsHeading(_ s: String) -> Bool {
        var letters = 0
        for u in s.unicodeScalars {
            if u.properties.isLowercase || ("0"..."9").contains(u) || u == ":" { return false }
            if u.properties.isUppercase { letters += 1 }
        }
        return letters >= 2
    }

    /// **A heading over a group.** A section heading printed without a colon right above a
    /// group label, opening the label run (in title case) or right after a total, takes no
    /// figure:
    ///
    /// ```
    /// Assets                                   ← a heading: first, title case, over a group
    /// Current assets:
    /// Cash and cash equivalents
    /// ...
    /// Total Assets
    /// Liabilities and Equity                   ← a heading: after a total
    /// Current liabilities:
    /// ```
    ///
    /// A row with figures is printed there too (`Net income` over `Adjustments to reconcile
    /// ...:`, `Initial cost basis` over `Adjustments:`, `Fair value hedges` over the next
    /// group), first in sentence case, or after a row that is no total; and `read` tries
    /// such labels as headings only when the counts do not reconcile with them as rows.
    /// Label `i` of `labels` heads a group: it is no group label nor a total itself, the
    /// label after it is a group label, and the label before it is a total (`Liabilities and
    /// stockholders' equity` after `Total assets`, `Commitments and contingencies` after
    /// `Total liabilities`) or, the first label, every word of it of four letters or more
    /// starts with a capital.
    static func headsGroup(_ labels: [Label], _ i: Int) -> Bool {
        guard i + 1 < labels.count, !labels[i].isGroup, labels[i + 1].text.hasSuffix(":"),
              !LabelText.isTotalLabel(labels[i].text) else { return false }
        return i == 0 ? isTitleCase(labels[i].text) : LabelText.isTotalLabel(labels[i - 1].text)
    }

    /// **A heading its section's total repeats.** A section heading printed without a colon
    /// whose words the section's last row prints again (the section's net or total):
    ///
    /// ```
    /// Cash flows from financing activities     ← a heading: a later row repeats it
    /// Dividends paid
    /// Other, net
    /// Cash flows from financing activities     ← the section's total
    /// ```
    ///
    /// A heading repeated by a row of its own section, wherever it stands, is one too (**a
    /// heading its section repeats**): the section's rows, one of them printed with the
    /// heading's words, no group label between:
    ///
    /// ```
    /// Loss from operations
    /// Other income (expense)                   ← a heading: a row of its section repeats it
    /// Interest income
    /// Interest expense
    /// Other income (expense)                   ← a row
    /// Total other income
    /// ```
    ///
    /// The same label in another section (`Subscription` under `Revenues:` and under `Cost
    /// of revenues:`, `Other items` over `Total deferred tax assets` and under it) is a row
    /// each time.
    ///
    /// Label `i` is such a heading (tried by `read` only when the counts do not reconcile with
    /// it as a row): no group label, and a later label of the run has the same text (case
    /// aside) with no total between them, and either `i` is first in the run or right after
    /// a total or a group label, or at least one row and no group label (ending with a colon)
    /// lie between them.
    static func repeatedByItsTotal(_ labels: [Label], _ i: Int) -> Bool {
        guard !labels[i].isGroup else { return false }
        let own = labels[i].text.lowercased()
        guard let j = labels[(i + 1)...].firstIndex(where: { !$0.isGroup && $0.text.lowercased() == own }) else { return false }
        guard !labels[(i + 1)..<j].contains(where: { LabelText.isTotalLabel($0.text) }) else { return false }
        if i == 0 || labels[i - 1].isGroup || LabelText.isTotalLabel(labels[i - 1].text) { return true }
        return j > i + 1 && !labels[(i + 1)..<j].contains { $0.text.hasSuffix(":") }
    }

    /// **The commitments caption.** A balance sheet prints a line for its commitments and
    /// contingencies between the liabilities and the equity, naming the note that describes
    /// them, most often with no figure (some print a dash):
    ///
    /// ```
    /// Total liabilities
    /// Commitments and contingencies (Note 12)     ← no figure
    /// Common stock, par value $0.05
    /// ```
    ///
    /// Such a label (no group label; it starts with `Commitments and contingencies` or
    /// `Commitments and contingent liabilities`) is tried by `read` as a heading taking no
    /// figure, only when the counts do not reconcile with it as a row.
    static func isCommitmentsCaption(_ label: Label) -> Bool {
        guard !label.isGroup else { return false }
        let w = LabelText.words(label.text)
        return w.count >= 3 && w[0] == "commitments" && w[1] == "and" && w[2].hasPrefix("contingen")
    }

    /// **Capitals over rows.** A statement printed with its section headings and its totals
    /// alike in capitals (`OPERATING ACTIVITIES` ... `TOTAL OPERATING ACTIVITIES`, `CASH,
    /// END OF PERIOD`): the totals and the rows in capitals take figures, the headings do not.
    /// A heading is the line in capitals right above a row in sentence case:
    ///
    /// ```
    /// CASH, BEGINNING OF PERIOD          ← a row: a line in capitals follows
    /// OPERATING ACTIVITIES               ← a heading: `Net earnings` follows
    /// Net earnings
    /// ...
    /// TOTAL OPERATING ACTIVITIES         ← a total
    /// ```
    ///
    /// Label `i` is such a heading (tried by `read` only when the counts do not reconcile
    /// with it as a row): in capitals (`isCapitalsHeading`), no total, and the next label is
    /// not in capitals.
    static func capitalsOverRows(_ labels: [Label], _ i: Int) -> Bool {
        guard i + 1 < labels.count, !labels[i].isGroup, isCapitalsHeading(labels[i].text),
              !LabelText.isTotalLabel(labels[i].text) else { return false }
        return !isCapitalsHeading(labels[i + 1].text)
    }

    /// **A heading its section's net ends with.** A section heading printed without a colon
    /// whose words end the section's last row (`Operating Activities` over the rows that end
    /// with `Net cash provided by operating activities`):
    ///
    /// ```
    /// Operating Activities                         ← a heading
    /// Net income
    /// ...
    /// Net cash provided by operating activities    ← ends with the heading's words
    /// ```
    ///
    /// A group's heading printed without a colon over the rows its total sums (`Current
    /// assets` over the rows of `Total current assets`) is one too, wherever it stands.
    ///
    /// Label `i` is such a heading (tried by `read` only when the counts do not reconcile
    /// otherwise): no group label, and a later label of the run is `Total` and its text, or
    /// it has two words or more, stands first in the run or right after a total or a group
    /// label, and a later label of the run, longer, ends with its text (case aside).
    static func endsALaterRow(_ labels: [Label], _ i: Int) -> Bool {
        guard !labels[i].isGroup else { return false }
        let own = labels[i].text.lowercased()
        let later = labels[(i + 1)...].filter { !$0.isGroup }.map { $0.text.lowercased() }
        if later.contains("total " + own) { return true }
        guard i == 0 || labels[i - 1].isGroup || LabelText.isTotalLabel(labels[i - 1].text),
              own.split(separator: " ").count >= 2 else { return false }
        return later.contains { $0.utf8.count > own.utf8.count && $0.hasSuffix(" " + own) }
    }

    /// Every word of four letters or more starts with a capital (`Liabilities, Redeemable
    /// Non-controlling Interests and Equity`); at least one such word.
    static func isTitleCase(_ s: String) -> Bool {
        var words = 0
        for w in s.split(separator: " ") {
            let letters = w.filter(\.isLetter)
            guard letters.count >= 4, let f = w.first(where: \.isLetter) else { continue }
            guard f.isUppercase else { return false }
            words += 1
        }
        return words > 0
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
        /// A heading over the rows without a colon, taking no figure (`rowPrintedApart`).
        var heading = false
        /// Printed apart from the label run, among the figures (`rowPrintedApart`): a band
        /// ends before it.
        var apart = false
        /// Printed on two lines or more (`labels`): a band may end before it
        /// (`Bands at wrapped labels`).
        var wrapped = false
        /// A net whose figures add up, after which a band of the runs may end
        /// (`netClosesABand`, tried by `headingByBands`).
        var closesBand = false
        var isGroup: Bool { heading || text.hasSuffix(":") }
        /// Printed on two lines or more: joined here or by normalization (`wrapped`:
        /// `labels`, `WorkingDocument.joinsLines`), or one line of the text longer than a
        /// statement's label column holds (`wrappedLabelBytes`: a text normalized without the
        /// record of its joins).
        var printedWrapped: Bool { wrapped || text.utf8.count > ColumnRuns.wrappedLabelBytes }
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

    /// Words that cannot end a row label: a line ending with one is a label wrapped mid-phrase
    /// (`Common stock, $0.001 par value; ... issued as of` / `January 31, 2025 and 2024`),
    /// whatever the case of the next line.
    static let connectingWords: Set<String> = ["of", "and", "or", "as", "the", "to", "for", "in", "at", "by", "with",
                                               "from", "on", "a", "an"]

    /// Whether a label line ends mid-phrase, with a connecting word (`connectingWords`), and
    /// is longer than a header piece (`maxPieceBytes`): a label wraps where it meets the
    /// column's edge, while a column's header (`Collateral Received and` / `Posted`) is
    /// printed in short pieces.
    static func endsMidPhrase(_ label: String) -> Bool {
        label.utf8.count > maxPieceBytes && endsWithConnectingWord(label)
    }

    /// Whether the last word of `s` is a connecting word (`connectingWords`).
    static func endsWithConnectingWord(_ s: String) -> Bool {
        guard let last = s.split(separator: " ").last else { return false }
        return connectingWords.contains(last.lowercased())
    }

    /// **A column's header printed in pieces.** A header wrapped over short lines
    /// (`Provision for` / `Income Taxes`, `Collateral Received and` / `Posted`) is printed
    /// where a label run would be, and its pieces pair with a column's figures as well as
    /// labels would: a short line (a header piece's length, `maxPieceBytes`) ending with a
    /// connecting word, followed by a label line starting with a capital, is such a piece, not
    /// a row label (a row label wrapped mid-phrase runs to the column's edge first,
    /// `endsMidPhrase`). The index of the first such line among the label lines, or nil.
    static func headerPiecesAmongLabels(_ text: [UInt8], _ ls: [Span], _ indices: [Int]) -> Int? {
        for (k, i) in indices.enumerated() where k + 1 < indices.count && indices[k + 1] == i + 1 {
            let r = GridReader.trim(text, ls[i].range)
            guard r.count <= maxPieceBytes else { continue }
            let t = String(decoding: text[r], as: UTF8.self)
            let next = String(decoding: text[GridReader.trim(text, ls[i + 1].range)], as: UTF8.self)
            if endsWithConnectingWord(t), !LabelText.isLowerStart(next) { return i }
        }
        return nil
    }

    /// The labels of the run, a line starting in lowercase, after a line ending mid-phrase
    /// (`endsMidPhrase`), or a year after a long line ending with a comma (`wrapsBeforeYear`),
    /// joined to the one above it; a line normalization joined from two printed lines
    /// (`joined[i]`, `WorkingDocument.joinsLines`) is wrapped as well.
    static func labels(_ text: [UInt8], _ ls: [Span], _ indices: [Int], joined: [Bool] = []) -> [Label] {
        var out: [Label] = []
        for i in indices {
            let r = GridReader.trim(text, ls[i].range)
            let t = String(decoding: text[r], as: UTF8.self)
            let year = out.last.map { $0.text.utf8.count > maxPieceBytes && $0.text.hasSuffix(",") && TableBuilder.isYear(t) } ?? false
            if let last = out.last, LabelText.isLowerStart(t) || endsMidPhrase(last.text) || year, !last.isGroup {
                out[out.count - 1] = Label(text: last.text + " " + t, span: last.span.union(Span(r)), wrapped: true)
            } else {
                out.append(Label(text: t, span: Span(r), wrapped: i < joined.count && joined[i]))
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
    /// The line right above the labels (blank lines and a units caption skipped: the caption
    /// may be printed between the header and the rows) must be a year, or a short line naming
    /// a month and ending with a year (`January 31, 2030`: a whole date); the short lines
    /// directly above it (no caption, no group label, no other year) go with it.
    /// `pastCaption`: a units caption lies between them and the labels (the rows' span then
    /// starts at the labels, so the caption stays above the table for its units).
    static func headerAbove(_ text: [UInt8], before: Int) -> (cells: [GridCell], pastCaption: Bool) {
        var (above, k, pastCaption) = linesAboveLabels(text, before: before, reach: 400)
        guard k >= 0, let year = GridReader.cell(text, above[k].range),
              classify(text, above[k]) == .year || (classify(text, above[k]) == .label && year.text.utf8.count <= maxPieceBytes
                  && namesMonth(year.text) && yearEnding(year.text) != nil) else { return ([], false) }
        var out = [year]
        k -= 1
        while k >= 0, out.count <= maxPieces, classify(text, above[k]) == .label, !isCaptionOrSentence(text, above[k]) {
            let r = GridReader.trim(text, above[k].range)
            // A title in capitals (`CONSOLIDATED STATEMENTS OF EARNINGS`) heads the page.
            guard !isCapitalsHeading(String(decoding: text[r], as: UTF8.self)) else { break }
            guard r.count <= maxPieceBytes, text[r.upperBound - 1] != 0x3A, let c = GridReader.cell(text, r) else { break }
            out.insert(c, at: 0)
            k -= 1
        }
        return (out, pastCaption)
    }

    /// The lines up to `reach` bytes above `before` (the labels' first line), and the index of
    /// the nearest one that is not blank, past a units caption printed between the header and
    /// the rows (`in millions`: `pastCaption`) and the blank lines around it; -1 when none.
    ///
    /// A statement's status note printed between the header and the rows (`(unaudited)`:
    /// `isStatusNote`) is passed over the same way, above or below the caption.
    ///
    /// **A currency sign over the labels.** A statement whose first row's figures are printed
    /// one a run after the labels has that row's first currency sign printed where the flow
    /// reaches it, right above the labels, under the header (`2025` / `$` / `Total
    /// shareholders' equity, beginning balances` / ...). A lone currency sign line right
    /// above the labels is passed over, so the header above it is read as if it were not there.
    static func linesAboveLabels(_ text: [UInt8], before: Int, reach: Int) -> (lines: [Span], k: Int, pastCaption: Bool) {
        let above = TableRegionFinder.lines(text, in: max(0, before - reach)..<before)
        var k = above.count - 1
        while k >= 0, classify(text, above[k]) == .blank { k -= 1 }
        // The first row's currency sign printed in the flow right above the labels.
        if k >= 0, classify(text, above[k]) == .currencySign {
            k -= 1
            while k >= 0, classify(text, above[k]) == .blank { k -= 1 }
        }
        var pastCaption = false
        var pastNote = false
        while k >= 0, classify(text, above[k]) == .label {
            if !pastCaption, isCaptionOrSentence(text, above[k]) && !isSentence(text, above[k]) || isUnitsPhraseLine(text, above[k]) {
                pastCaption = true
            } else if !pastNote, isStatusNote(text, above[k]) {
                pastNote = true
            } else {
                break
            }
            k -= 1
            while k >= 0, classify(text, above[k]) == .blank { k -= 1 }
        }
        return (above, k, pastCaption)
    }

    /// **A units phrase over the labels** (`linesAboveLabels`, session 36). A caption that
    /// names its units without opening as a caption line does (`shares in millions`,
    /// `Millions`, `$ in millions`: `UnitsParser.isUnitsPhrase`), printed between the header
    /// and the labels, is passed over as the caption is. At most `maxPieceBytes` bytes.
    static func isUnitsPhraseLine(_ text: [UInt8], _ line: Span) -> Bool {
        let r = GridReader.trim(text, line.range)
        guard r.count >= 4, r.count <= maxPieceBytes else { return false }
        return UnitsParser.isUnitsPhrase(String(decoding: text[r], as: UTF8.self))
    }

    /// Words that say what a statement's figures are (`Condensed Consolidated Balance Sheets`
    /// / `(unaudited)`): audited or not, restated, revised or adjusted.
    static let statusWords: Set<String> = ["unaudited", "audited", "restated", "revised", "adjusted", "as"]

    /// **A statement's status note.** A line that is only a parenthesised status
    /// (`(unaudited)`, `(Unaudited)`, `(as restated)`, `(As Adjusted)`: `statusWords`, one or
    /// two words), which quarterly statements print under their column header. It heads no
    /// column and labels no row.
    static func isStatusNote(_ text: [UInt8], _ line: Span) -> Bool {
        let r = GridReader.trim(text, line.range)
        guard r.count >= 5, r.count <= 24, text[r.lowerBound] == 0x28, text[r.upperBound - 1] == 0x29 else { return false }
        let words = LabelText.words(String(decoding: text[(r.lowerBound + 1)..<(r.upperBound - 1)], as: UTF8.self))
        guard (1...2).contains(words.count), words.last != "as" else { return false }
        return words.allSatisfy { statusWords.contains($0) }
    }

    /// **Years above the labels, a column each.** A statement whose runs print no header
    /// pieces has its header above the labels: the period's words, then one year a column in
    /// column order (each later than the one before, or each earlier), a units caption
    /// perhaps between them and the labels:
    ///
    /// ```
    /// Consolidated Balance Sheets
    /// December 31,                 ← the pieces every column shares
    /// 2024                         ← the first column's year
    /// 2023                         ← the second's
    /// (in millions)
    /// Assets
    /// ...
    /// ```
    ///
    /// The years (two or more, blank lines between them skipped) right above the labels (a
    /// units caption skipped), and the short lines above them or printed among them, shared by
    /// every column (`headerAbove`'s pieces; a line naming a statement is the title, not a
    /// piece); dates among the pieces, when more than one, are each column's own in order
    /// (`June 30,` / `December 31,` over `2025` / `2024`: a column's header `June 30, 2025`);
    /// nil when fewer than two years, out of order, or dates not one a column. `pastCaption`
    /// as in `headerAbove`.
    static func yearsAbove(_ text: [UInt8], before: Int) -> (pieces: [GridCell], years: [GridCell], pastCaption: Bool)? {
        var (above, k, pastCaption) = linesAboveLabels(text, before: before, reach: 600)
        // The years, and the pieces printed above or among them (a header spanning the
        // columns is printed where the text flow reaches it: `2024` / `For the Years Ended` /
        // `September 30,` / `2023` / `2022`).
        var years: [GridCell] = []
        var pieces: [GridCell] = []
        var below = 0
        while k >= 0 {
            let kind = classify(text, above[k])
            if kind == .blank { k -= 1; continue }
            if kind == .year, let c = GridReader.cell(text, above[k].range) {
                years.insert(c, at: 0)
            } else if !years.isEmpty, pieces.count < maxPieces, let c = headerPiece(text, above[k]) {
                pieces.insert(c, at: 0)
            } else if years.isEmpty, pastCaption, below < maxPieces, headerPiece(text, above[k]) != nil {
                // Later columns' pieces printed under the years, over the caption
                // (`headerOverCaption`): no column's here.
                below += 1
            } else {
                break
            }
            k -= 1
        }
        guard years.count >= 2 else { return nil }
        // The columns in print order, or the middle one printed first (`middleColumnFirst`).
        let order: [Int]
        if yearsInColumnOrder(years) {
            order = Array(years.indices)
        } else if let moved = middleColumnFirst(years.count), yearsInColumnOrder(moved.map { years[$0] }) {
            order = moved
        } else {
            return nil
        }
        // Dates printed one a column (`June 30,` / `December 31,` over `2025` / `2024`) are
        // each column's own, dealt out in order with the years; any other count of dates
        // cannot be told apart.
        let dated = pieces.filter { namesMonth($0.text) }
        if dated.count > 1 {
            guard dated.count == years.count else { return nil }
            let shared = pieces.filter { !namesMonth($0.text) }
            let columns = zip(dated, years).map { GridCell(text: $0.text + " " + $1.text, span: $0.span.union($1.span)) }
            return (shared, order.map { columns[$0] }, pastCaption)
        }
        return (pieces, order.map { years[$0] }, pastCaption)
    }

    /// **The middle column printed first.** A period heading centred over three columns
    /// (`Year Ended` over `January 29, 2023` / `January 30, 2022` / `January 31, 2021`) stands
    /// over the middle column, and a converter that follows the page's text flow prints that
    /// column's date and year with the heading, then the first column's, then the last's:
    ///
    /// ```
    /// Year Ended             ← the heading, centred
    /// January 30,            ← the middle column's date and year
    /// 2022
    /// January 29,            ← the first column's
    /// 2023
    /// January 31,            ← the last column's
    /// 2021
    /// ```
    ///
    /// The column order of `count` columns so printed, as print-order indices: the first
    /// printed moved to the middle (`[1, 0, 2]` for three). Nil for an even count (a heading
    /// centred over an even number of columns stands over none of them) or fewer than three.
    /// `yearsAbove` takes this order only when the years in print order are not in column
    /// order and in this one are (each rising or each falling).
    static func middleColumnFirst(_ count: Int) -> [Int]? {
        guard count >= 3, count % 2 == 1 else { return nil }
        let middle = count / 2
        return Array(1...middle) + [0] + Array((middle + 1)..<count)
    }

    /// **The middle column first, across places.** The header of three columns under a heading
    /// centred over them, printed where the flow reaches each piece: the heading with the
    /// middle column's date and year, then the first column's, above the labels, and the last
    /// column's before a run (any run: the flow reaches it there):
    ///
    /// ```
    /// Year Ended             ← the heading
    /// January 30,            ← the middle column's date and year
    /// 2022
    /// January 29,            ← the first column's
    /// 2023
    /// Revenue:               ← the labels
    /// ...
    /// 15,005                 ← the first column's run
    /// ...
    /// January 31,            ← the last column's date and year, before the second run
    /// 2021
    /// (In millions)
    /// 10,613
    /// ```
    ///
    /// The years above the labels with their dates and the pieces every column shares
    /// (`yearsAbove`), fewer than the columns, then each year printed before a run with the
    /// pieces right before it (a units caption after a run's last year heads nothing), in
    /// print order: when they are one a column, not in column order and in it with the first
    /// moved to the middle (`middleColumnFirst`), each column takes the shared pieces, its
    /// date and its year; a units caption after a run's year is the table's units, kept as a
    /// header row (`unitsRow`). Nil otherwise, and when the runs' pieces hold anything else.
    static func middleColumnFirstAcross(_ text: [UInt8], _ heads: [[GridCell]], before: Int)
        -> (heads: [[GridCell]], pastCaption: Bool, caption: GridCell?)? {
        guard let order = middleColumnFirst(heads.count), heads.contains(where: { !$0.isEmpty }),
              let above = yearsAbove(text, before: before), above.years.count < heads.count else { return nil }
        var columns = above.years.map { [$0] }
        var caption: GridCell?
        for place in heads {
            var group: [GridCell] = []
            for c in place {
                if yearEnding(c.text) != nil {
                    let dates = group.filter { namesMonth($0.text) }
                    guard dates.count == group.count, dates.count <= 1 else { return nil }
                    columns.append([GridCell(text: (dates.map(\.text) + [c.text]).joined(separator: " "),
                                             span: dates.first.map { $0.span.union(c.span) } ?? c.span)])
                    group = []
                } else {
                    group.append(c)
                }
            }
            guard group.count <= 1, group.allSatisfy({ UnitsParser.isCaptionLine($0.text) }) else { return nil }
            caption = caption ?? group.first
        }
        let years = columns.compactMap { $0.last.flatMap { yearEnding($0.text) } }
        guard columns.count == heads.count, years.count == columns.count, !monotoneYears(years[...]),
              monotoneYears(order.map { years[$0] }[...]) else { return nil }
        return (order.map { above.pieces + columns[$0] }, above.pastCaption, caption)
    }

    /// A short line of the column header printed above the labels (`yearsAbove`, `bandAbove`):
    /// a label line, no caption or sentence, no heading in capitals, no statement's title, no
    /// longer than `maxPieceBytes`, not ending with a colon (a group label). Nil otherwise.
    static func headerPiece(_ text: [UInt8], _ line: Span) -> GridCell? {
        guard classify(text, line) == .label, !isCaptionOrSentence(text, line) else { return nil }
        let r = GridReader.trim(text, line.range)
        let t = String(decoding: text[r], as: UTF8.self)
        guard !isCapitalsHeading(t), StatementClassifier.fromTitle(t) == nil, r.count <= maxPieceBytes,
              text[r.upperBound - 1] != 0x3A else { return nil }
        return GridReader.cell(text, r)
    }

    /// Whether year cells, in print order, are each a year and each later than the one before,
    /// or each earlier: a header's years one a column, in column order.
    static func yearsInColumnOrder(_ years: [GridCell]) -> Bool {
        let values = years.compactMap { Int($0.text) }
        guard values.count == years.count else { return false }
        let pairs = zip(values, values.dropFirst())
        return pairs.allSatisfy { $0 < $1 } || pairs.allSatisfy { $0 > $1 }
    }

    /// **A statement's first row printed as a band over its labels.** A converter that reads
    /// a page in text flow often prints a statement's first row (its label, then its figures
    /// one a line with their currency signs) above the run of the other labels, and the
    /// column header's years among that row's figures, where the flow reached them:
    ///
    /// ```
    /// years ended December 31 (in millions)
    /// Net revenues              ← the band's label
    /// 2024                      ← the first column's year
    /// $
    /// 2023
    /// 56,334                    ← the first column's figure
    /// $
    /// 2022
    /// 54,318
    /// $
    /// 58,054
    /// Cost of products sold     ← the label run the runs below pair with
    /// ...
    /// ```
    ///
    /// The band: right above the labels (a units caption or status note skipped), only
    /// figure, year, currency-sign and blank lines, as many figures as the table has
    /// columns, under one label line that is no caption or sentence, with no figure right
    /// above it. Its figures, in print order, are the first row. The years printed in it and
    /// right above its label (with the short pieces over them, as `yearsAbove` reads them)
    /// head the columns when there is one a column, in column order (each later than the one
    /// before, or each earlier); with no year among its figures, a 10-Q's period groups printed
    /// above its label group by group (`periodGroupsAbove`) head them when there is one
    /// column a group's year; else the row is read and the columns stay without a header.
    struct Band {
        var label: GridCell
        var figures: [GridCell]
        /// Each column's header, in column order; empty when none was read.
        var heads: [[GridCell]] = []
        /// Where the table starts: the band's label, or the header pieces above it.
        var start: Int
    }

    static func bandAbove(_ text: [UInt8], before: Int, columns: Int) -> Band? {
        guard columns >= 2 else { return nil }
        let (above, last, _) = linesAboveLabels(text, before: before, reach: 800)
        var k = last
        var figures: [GridCell] = []
        var years: [GridCell] = []
        // Period groups' headings printed among the band (its figures under them: read
        // upward, a heading only once a figure is seen).
        var headings: [GridCell] = []
        scan: while k >= 0 {
            switch classify(text, above[k]) {
            case .blank, .currencySign: break
            case .figure:
                guard let c = figureCell(text, above[k]) else { return nil }
                figures.insert(c, at: 0)
            case .year:
                guard let c = GridReader.cell(text, above[k].range) else { return nil }
                years.insert(c, at: 0)
            case .label:
                guard !figures.isEmpty, let c = headerPiece(text, above[k]), namesPeriod(c.text), yearEnding(c.text) == nil else { break scan }
                headings.insert(c, at: 0)
            default: break scan
            }
            k -= 1
        }
        guard figures.count == columns, k >= 0, classify(text, above[k]) == .label, !isCaptionOrSentence(text, above[k]),
              StatementClassifier.fromTitle(String(decoding: text[GridReader.trim(text, above[k].range)], as: UTF8.self)) == nil,
              let label = GridReader.cell(text, GridReader.trim(text, above[k].range)) else { return nil }
        var band = Band(label: label, figures: figures, start: label.span.start)
        // Years and their pieces printed before the band's label.
        var j = k - 1
        while j >= 0, classify(text, above[j]) == .blank { j -= 1 }
        if j >= 0, [.figure, .currencySign].contains(classify(text, above[j])) { return nil }
        var upper: [GridCell] = []
        var pieces: [GridCell] = []
        while j >= 0 {
            let kind = classify(text, above[j])
            if kind == .blank { j -= 1; continue }
            if kind == .year, let c = GridReader.cell(text, above[j].range) {
                upper.insert(c, at: 0)
            } else if !upper.isEmpty, pieces.count < maxPieces, let c = headerPiece(text, above[j]) {
                pieces.insert(c, at: 0)
            } else {
                break
            }
            j -= 1
        }
        let all = upper + years
        if !headings.isEmpty {
            // **Period groups among the band** (session 36): each group's heading, then its
            // years and figures (`Six months ended June 30` / `2025` / `2024` / `$42,245` /
            // `$33,435` / `Three months ended June 30` / ...): dealt out as period groups.
            guard upper.isEmpty, let heads = headsInPeriodGroups(Array(repeating: [], count: columns), above: headings + years) else { return nil }
            band.heads = heads
        } else if all.count == columns, yearsInColumnOrder(all) {
            band.heads = all.map { pieces + [$0] }
            if let f = pieces.first ?? upper.first { band.start = min(band.start, f.span.start) }
        } else if years.isEmpty, let groups = periodGroupsAbove(text, before: label.span.start), groups.heads.count == columns {
            // A 10-Q's period groups printed above the band's label (`periodGroupsAbove`).
            band.heads = groups.heads
            if let f = groups.heads.first?.first, !groups.pastCaption { band.start = min(band.start, f.span.start) }
        }
        return band
    }

    /// Month names (`namesMonth`).
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december"]

    /// Whether a header piece names a month (`June 30,`).
    static func namesMonth(_ s: String) -> Bool {
        LabelText.words(s).contains { months.contains($0) }
    }

    /// **Runs by counts.** Which (band, column) slot each run of a region fills, decided by
    /// the runs' lengths alone. A converter that follows the page's text flow breaks a
    /// statement into horizontal bands where the rows are set apart by more space (a group
    /// heading, a total) and prints each band column by column, in an order of its own:
    ///
    /// ```
    /// Revenues:
    /// Product                 ← band A: three rows
    /// Services
    /// Total revenues
    /// Costs:
    /// Product                 ← band B: two rows
    /// Total costs
    ///
    /// 2024                    ← runs, each under its header pieces as always:
    /// 100  20  120            ←   A of the 2024 column (3 figures)
    /// 60  60                  ←   B of 2024 (2)
    /// 2023
    /// 90  15  105             ←   A of 2023 (3)
    /// 55  55                  ←   B of 2023 (2)
    /// ```
    ///
    /// (runs printed one figure a line; the order may as well be A1 A2 B1 B2, or A1 A2 B1 A3
    /// B2 B3 with three columns). The runs are read as a shuffle of the columns: each column
    /// takes its bands top to bottom, a band's columns come left to right (column `c` of a
    /// band after column `c - 1` of the same band), and a run fills its slot only when its
    /// length is the band's rows. A band's rows are not read from the labels: the first
    /// column decides them as it goes, and a band may end only after a total
    /// (`LabelText.isTotalLabel`), right before a group label (`Costs:`), a row printed apart
    /// or a section's net printed last as a band of its own (`netAsOwnBand`), or right before or
    /// after a label wrapped over two lines (**bands at wrapped labels**: the figure of a
    /// wrapped label is printed level with one of its lines, so the column's text block
    /// breaks at it; a label normalization already joined is known from its record of the
    /// joins, `Label.printedWrapped`), or after a net that adds up (`netClosesABand`,
    /// `headingByBands` only), where the printed page leaves the space that cuts it:
    ///
    /// ```
    /// Net income
    /// Amortization of content assets
    /// Depreciation and amortization of      ← a band may end before this row
    /// intangibles
    /// ```
    ///
    /// A run printed under header pieces heads a column,
    /// so it fills a slot of the first band. The columns are the figures taken divided by the
    /// labelled rows (two at least); when the runs do not all reconcile, later runs are left
    /// out (a page number, the next table's figures), as few as can be. The reading is taken
    /// only when exactly ONE assignment reconciles the runs taken: two bands of the same
    /// length printed without header pieces fit two orders, and a wrong label on a figure is
    /// worse than a missing figure; of a few such orders, the one whose totals alone add up
    /// is taken (`byTotals`), else the one printed band by band or column by column
    /// (`inPrintOrder`). Runs cut apart by a lone `$` line (`joinable`: the sign
    /// of the figure below printed on a line of its own) are joined when no assignment fits
    /// without, never across header pieces; runs cut apart by a blank line alone never are
    /// (they are as often the columns of an equity statement printed a few rows at a time).
    struct Slots: Equatable {
        /// Figures of a column, a band's rows each.
        var columns: Int
        /// Rows of each band, top to bottom.
        var bands: [Int]
        /// For each column, the runs giving its figures top to bottom (a slot's runs joined).
        var runsOfColumn: [[Int]]
        /// For each column, the run whose header pieces head it (its first band's first run).
        var headRun: [Int]
    }

    /// Most steps of the search for one region (`slots`, every prefix of its runs); a region
    /// that needs more is read as ambiguous.
    static let maxSlotSteps = 20_000

    /// The unique assignment of the runs (their lengths, and whether header pieces precede
    /// each) to (band, column) slots, or nil (none, or more than one: `Runs by counts`).
    /// `joinable[i]`: run `i` may continue the run before it in one slot (none when empty).
    static func slots(_ runs: [(pieces: [Int], figures: [Int])], labels: [Label], joinable: [Bool] = [],
                      totals: ((Slots) -> Int)? = nil) -> Slots? {
        let dataPositions = labels.indices.filter { !labels[$0].isGroup }
        let rows = dataPositions.count
        guard rows > 0, runs.count >= 2 else { return nil }
        // `canEnd[n]`: a band may end after the first `n` data rows.
        var canEnd = Array(repeating: false, count: rows + 1)
        canEnd[rows] = true
        for n in 1..<max(1, rows) {
            let p = dataPositions[n - 1]
            canEnd[n] = LabelText.isTotalLabel(labels[p].text) || labels[p].printedWrapped
                || (p + 1 < labels.count && (labels[p + 1].isGroup || labels[p + 1].apart || labels[p + 1].printedWrapped))
                || labels[p].closesBand
        }
        let sizes = runs.map(\.figures.count)
        let headed = runs.map { !$0.pieces.isEmpty }
        let joins = runs.indices.map { $0 < joinable.count && joinable[$0] && !headed[$0] }
        // Steps left for the whole region, over every prefix and both searches.
        var budget = maxSlotSteps
        var taken = runs.count
        while taken >= 2 {
            let figures = sizes[0..<taken].reduce(0, +)
            if figures % rows == 0, figures / rows >= 2 {
                for joined in [false, true] where !joined || joins[1..<taken].contains(true) {
                    var search = SlotSearch(sizes: Array(sizes[0..<taken]), headed: Array(headed[0..<taken]),
                                            joinable: joined ? Array(joins[0..<taken]) : [], rows: rows,
                                            columns: figures / rows, canEnd: canEnd, budget: budget,
                                            keep: totals == nil ? 1 : maxOrders)
                    let found = search.run()
                    budget -= search.steps
                    if budget < 0 { return nil }
                    if found == 1 { return search.first }
                    if found > 1, let totals {
                        // In print order only when every run of the region is taken.
                        return byTotals(search.all, found: found, totals)
                            ?? (taken == runs.count ? inPrintOrder(search.all, found: found) : nil)
                    }
                }
            }
            taken -= 1
        }
        return nil
    }

    /// Most orders of the runs `slots` weighs by their totals (`byTotals`); more, and the
    /// region is read as ambiguous.
    static let maxOrders = 8

    /// **Orders told apart by their totals.** Bands of the same length printed without header
    /// pieces fit more than one order of the runs (`A1 A2 B1 B2` and `A1 B1 A2 B2`): the
    /// counts cannot tell them apart, the figures can. Each order's columns are read and its
    /// total rows checked (`totalsAddUp`: the rows a total sums are the rows above it, back to
    /// its group's heading or the total before); the order taken is the one whose totals add
    /// up strictly more often than any other's, and only when at most `maxOrders` orders fit.
    /// nil otherwise (no order's totals tell, or two tell as well).
    static func byTotals(_ orders: [Slots], found: Int, _ totals: (Slots) -> Int) -> Slots? {
        guard found <= maxOrders, orders.count == found else { return nil }
        let scores = orders.map(totals)
        guard let best = scores.max(), best > 0, scores.filter({ $0 == best }).count == 1,
              let i = scores.firstIndex(of: best) else { return nil }
        return orders[i]
    }

    /// **Runs in print order.** A converter that follows the page's text flow prints a
    /// statement's bands in one of two orders: band by band (each band's block column by
    /// column, then the next band's: `A1 A2 A3 B1 B2 B3`), or column by column (each column's
    /// bands top to bottom, then the next column's: `A1 B1 A2 B2 A3 B3`). One-row bands (a
    /// statement's first row set apart, the row above a wrapped label) printed band by band
    /// fit other orders too when the first runs are headed (`2030` / `2029` before the first
    /// two columns' runs):
    ///
    /// ```
    /// 2030         ← the first band's runs, a column each
    /// 500
    /// 2029
    /// 400
    /// 300
    /// (10)         ← the second band's: `300` could as well be the first column's second
    /// (20)
    /// (30)
    /// 5 (5) (1) (6) 494        ← the third band's, one a column
    /// ...
    /// ```
    ///
    /// Of the orders that fit (at most `maxOrders`) when their totals tell none apart
    /// (`byTotals`), the one that reads the runs band by band or column by column (no runs
    /// joined) is taken when it is the only such order and the bands are not all of one
    /// length (bands of one length fit both print orders, and which one the converter
    /// followed cannot be told); `slots` asks only when every run of the region is taken
    /// (runs left out are a sign the region holds more than one table). Nil otherwise.
    static func inPrintOrder(_ orders: [Slots], found: Int) -> Slots? {
        guard found <= maxOrders, orders.count == found else { return nil }
        let printed = orders.filter { o in
            let bands = o.bands.count
            let byBands = o.runsOfColumn.enumerated().allSatisfy { c, runs in
                runs.enumerated().allSatisfy { b, r in r == b * o.columns + c }
            }
            let byColumns = o.runsOfColumn.enumerated().allSatisfy { c, runs in
                runs.enumerated().allSatisfy { b, r in r == c * bands + b }
            }
            return Set(o.bands).count > 1 && o.runsOfColumn.allSatisfy { $0.count == bands } && (byBands || byColumns)
        }
        return printed.count == 1 ? printed.first : nil
    }

    /// How many totals add up in the columns `figures` (each column's figure lines, one a data
    /// row of `labels`), within the rounding of the figures, counted once a column: a data row
    /// labelled a total (`LabelText.isTotalLabel`) whose figure is the sum of the data rows
    /// above it, back to the nearest group label, heading or other total; or **a section's
    /// net over its groups**: the last row before a group label (or the last row) that is
    /// the sum of two rows or more above it back to the start or to the row after another
    /// such last row, across the group labels between (`Net cash provided by operating
    /// activities` over `Net income`, the adjustments and the changes in working capital,
    /// each under a group label of its own).
    static func totalsAddUp(_ text: [UInt8], _ lines: [Span], labels: [Label], figures: [[Int]]) -> Int {
        // Each data row's position among the labels, where its sum starts (after the nearest
        // group label or total), and whether it is the last row before a group label.
        var data: [(isTotal: Bool, from: Int, closes: Bool)] = []
        var from = 0
        for l in labels {
            if l.isGroup {
                from = data.count
                if let last = data.indices.last { data[last].closes = true }
                continue
            }
            let total = LabelText.isTotalLabel(l.text)
            data.append((total, from, false))
            if total { from = data.count }
        }
        if let last = data.indices.last { data[last].closes = true }
        // Where a section's net may start: the first row, and each row after a last row.
        let sectionStarts = [0] + data.indices.filter { data[$0].closes }.map { $0 + 1 }
        var count = 0
        for column in figures where column.count == data.count {
            let values = column.map { line -> (Double, Double)? in
                guard let c = figureCell(text, lines[line]), let p = NumberParser.parse(c.text) else { return nil }
                return (p.kind == .dash ? 0 : (p.value ?? 0), p.roundingTolerance)
            }
            func adds(_ k: Int, from: Int) -> Bool {
                guard from < k, let t = values[k] else { return false }
                var sum = 0.0, tolerance = t.1
                for j in from..<k {
                    guard let v = values[j] else { return false }
                    sum += v.0
                    tolerance += v.1
                }
                return abs(sum - t.0) <= tolerance
            }
            for (k, row) in data.enumerated() {
                if row.isTotal, adds(k, from: row.from) {
                    count += 1
                } else if row.closes, sectionStarts.contains(where: { $0 + 1 < k && adds(k, from: $0) }) {
                    count += 1
                }
            }
        }
        return count
    }

    /// The search of `slots` over one prefix of the runs: every shuffle of the columns that
    /// the runs' lengths allow, counted up to one more than it keeps (`keep`).
    struct SlotSearch {
        let sizes: [Int]
        let headed: [Bool]
        /// Run `i` may continue the run before it in one slot (none when empty).
        let joinable: [Bool]
        let rows: Int
        let columns: Int
        let canEnd: [Bool]
        var bands: [Int] = []
        var done: [Int]
        var runsOfColumn: [[Int]]
        var headRun: [Int]
        var found = 0
        /// The assignments found, up to `keep`.
        var all: [Slots] = []
        var first: Slots? { all.first }
        var steps = 0
        /// Most steps this search may take; one more means it gave up.
        let budget: Int
        /// Most assignments kept; the search stops at one more.
        let keep: Int

        init(sizes: [Int], headed: [Bool], joinable: [Bool], rows: Int, columns: Int, canEnd: [Bool], budget: Int, keep: Int = 1) {
            (self.sizes, self.headed, self.joinable, self.rows, self.columns, self.canEnd) = (sizes, headed, joinable, rows, columns, canEnd)
            self.budget = budget
            self.keep = keep
            done = Array(repeating: 0, count: columns)
            runsOfColumn = Array(repeating: [], count: columns)
            headRun = Array(repeating: -1, count: columns)
        }

        /// Searches from run 0; the assignments found (stops at two).
        mutating func run() -> Int {
            visit(0)
            return found
        }

        mutating func visit(_ i: Int) {
            steps += 1
            guard found <= keep, steps <= budget else { return }
            if i == sizes.count {
                let covered = bands.reduce(0, +)
                if covered == rows, done.allSatisfy({ $0 == bands.count }) {
                    found += 1
                    if found <= keep { all.append(Slots(columns: columns, bands: bands, runsOfColumn: runsOfColumn, headRun: headRun)) }
                }
                return
            }
            for c in 0..<columns {
                let band = done[c]
                // A band's columns left to right; header pieces head a column's first band.
                guard c == 0 || done[c - 1] > band, band == 0 || !headed[i] else { continue }
                let opens = band == bands.count
                guard !opens || c == 0 else { continue }
                var length = 0
                var j = i
                while j < sizes.count, j == i || (j < joinable.count && joinable[j]) {
                    length += sizes[j]
                    let fits: Bool
                    if opens {
                        let covered = bands.reduce(0, +) + length
                        fits = covered <= rows && canEnd[covered]
                    } else {
                        fits = length == bands[band]
                    }
                    if fits {
                        if opens { bands.append(length) }
                        if band == 0 { headRun[c] = i }
                        done[c] += 1
                        let before = runsOfColumn[c].count
                        runsOfColumn[c] += Array(i...j)
                        visit(j + 1)
                        runsOfColumn[c].removeSubrange(before...)
                        done[c] -= 1
                        if band == 0 { headRun[c] = -1 }
                        if opens { bands.removeLast() }
                    }
                    if !opens && length >= bands[band] { break }
                    if opens && bands.reduce(0, +) + length >= rows { break }
                    j += 1
                }
            }
        }
    }

    /// **A row printed apart.** A row set apart on the page (a total under a rule, the last
    /// row of a section) is printed by the converter away from the label run: its label among
    /// the figures, right before a run, as if it headed the column:
    ///
    /// ```
    /// Land                         Investing activities      ← a heading: no figure
    /// Buildings                    Purchases of equipment
    /// $                            Other, net
    /// Total property   ← apart     (40)  (3)  (38)  (2)      ← the rows, column by column
    /// 2023                         Net cash used in investing activities   ← apart
    /// 100  200  300                (43)  (40)                ← its figures, a column each
    /// 90  190  280
    /// ```
    ///
    /// Left: the first run's header pieces start with one label line and that run holds one
    /// figure more than the labelled rows (or, in a statement printed in bands, fewer figures
    /// than the labelled rows, under that line alone or more header pieces, `January 28,` /
    /// `2024`): the label is the last row. Right: one later run's
    /// only piece is a label line and the label run starts with a line that is neither a group
    /// label nor a total: the first line heads the rows (no figure) and the label apart is the
    /// last row. Either way a band may end right before the row apart, the counts decide as
    /// always (`slots`), and the row apart must be a total (`totalsRowApart`). Left, the
    /// label must come after a lone `$` line, the total's sign printed with the label run;
    /// nil when neither shape is there.
    static func rowPrintedApart(_ text: [UInt8], _ lines: [Span], _ kinds: [Line],
                                _ runs: [(pieces: [Int], figures: [Int])], _ labels: [Label])
        -> (labels: [Label], runs: [(pieces: [Int], figures: [Int])])? {
        func apartLabel(_ i: Int) -> Label? {
            let r = GridReader.trim(text, lines[i].range)
            guard kinds[i] == .label, !r.isEmpty else { return nil }
            return Label(text: String(decoding: text[r], as: UTF8.self), span: Span(r), apart: true)
        }
        let rows = labels.filter { !$0.isGroup }.count
        func isPiece(_ i: Int) -> Bool {
            kinds[i] == .year || (kinds[i] == .label && GridReader.trim(text, lines[i].range).count <= maxPieceBytes)
        }
        if let first = runs.first, let p = first.pieces.first, let label = apartLabel(p),
           (first.pieces.dropFirst().allSatisfy({ kinds[$0] == .year }) && first.figures.count == rows + 1)
               || (first.figures.count < rows && first.pieces.dropFirst().allSatisfy(isPiece)),
           let last = labels.last, kinds.indices.contains(p),
           (0..<p).contains(where: { lines[$0].start >= last.span.end && kinds[$0] == .currencySign }) {
            var runs = runs
            runs[0].pieces.removeFirst()
            return (labels + [label], runs)
        }
        let later = runs.indices.dropFirst().filter { !runs[$0].pieces.isEmpty }
        guard later.count == 1, let k = later.first, runs[k].pieces.count == 1, let label = apartLabel(runs[k].pieces[0]),
              let top = labels.first, !top.isGroup, !LabelText.isTotalLabel(top.text) else { return nil }
        var runs = runs
        var labels = labels
        runs[k].pieces = []
        labels[0].heading = true
        return (labels + [label], runs)
    }

    /// **A total printed apart before a later run.** The last row of a statement set apart on
    /// the page (its total) is printed among the runs, right before a later column's run, as
    /// if it headed it, while other runs keep their header pieces:
    ///
    /// ```
    /// Net earnings
    /// Other comprehensive income (loss), net of tax:
    /// Foreign currency translation adjustments
    /// Total other comprehensive income (loss), net of tax
    ///
    /// $ 14,806   $ 15,143           ← the first row's band
    /// Comprehensive income           ← apart: the last row
    /// (605)  (652)  14,154           ← the next band, with the last row's figure
    /// Fiscal / 2022                  ← another column's header pieces
    /// ```
    ///
    /// Exactly one later run has a label line (no group label, units caption or sentence)
    /// for its only piece:
    /// it is the last row (no heading taken), the counts decide as always (`slots`) and the
    /// row must be the total of the rows above it (`totalsRowApart`). Nil otherwise.
    static func rowApartBeforeARun(_ text: [UInt8], _ lines: [Span], _ kinds: [Line],
                                   _ runs: [(pieces: [Int], figures: [Int])], _ labels: [Label])
        -> (labels: [Label], runs: [(pieces: [Int], figures: [Int])])? {
        let candidates = runs.indices.dropFirst().filter { runs[$0].pieces.count == 1 && kinds[runs[$0].pieces[0]] == .label }
        guard candidates.count == 1, let k = candidates.first else { return nil }
        let line = lines[runs[k].pieces[0]]
        let r = GridReader.trim(text, line.range)
        guard !r.isEmpty, text[r.upperBound - 1] != 0x3A, !isCaptionOrSentence(text, line) else { return nil }
        var runs = runs
        runs[k].pieces = []
        return (labels + [Label(text: String(decoding: text[r], as: UTF8.self), span: Span(r), apart: true)], runs)
    }

    /// **A total printed without a label** (`unlabelledTotal`, tried in `read` when the counts
    /// reconcile neither as printed nor with a row printed apart). A schedule whose total row
    /// has no label (the figures under a rule, the label cell empty) prints one figure more
    /// in each column than the label run has rows:
    ///
    /// ```
    /// 5.875% Senior Notes
    /// 3.625% Senior Notes
    /// 4.875% Senior Notes
    ///
    /// 800  1,000  1,500  3,300     ← each column: one figure a row, then the total
    /// 790  1,005  1,560  3,355
    /// ```
    ///
    /// The region is read with an empty-labelled last row only when the label run holds more
    /// rows than a column's header pieces (`maxPieces`: a column's header printed before the
    /// figures, `Weighted` / `Average` / `Useful Life` / `(years)`, is not a label run), the
    /// counts then reconcile (`slots`) and that row is the sum of the rows above it in every
    /// column (`totalsRowApart`); its label cell is left empty.
    ///
    /// Whether the last data row (a row printed apart, `rowPrintedApart`) is the total of the
    /// rows above it in every column: the sum of the data rows from the last row labelled a
    /// total (`LabelText.isTotalLabel`, counted too) or from the first, within the rounding
    /// of the figures added (`sumsRowApart`), or the net of the last two totals
    /// (`netsRowApart`); for a row whose label was printed apart (`printedApart`: not an
    /// unlabelled total, not one column), also a net after a `Less` row (`netAfterLessRow`)
    /// or a sum from a subtotal told by its figures (`subtotalByFigures`): a label printed
    /// apart that the counts need is evidence of its own; an empty label or one column is not.
    /// `figures` holds each column's figure lines, one a data row.
    static func totalsRowApart(_ text: [UInt8], _ lines: [Span], labels: [Label], figures: [[Int]], printedApart: Bool = false) -> Bool {
        sumsRowApart(text, lines, labels: labels, figures: figures, printedApart: printedApart)
            || netsRowApart(text, lines, labels: labels, figures: figures)
            || sumsOverGroups(text, lines, labels: labels, figures: figures)
            || (printedApart && netAfterLessRow(text, lines, labels: labels, figures: figures))
    }

    /// **A total over a group's total.** The last data row is the sum of the rows above it,
    /// each group that closes with a total counted by that total alone (`Comprehensive income`
    /// = `Net earnings` + `Total other comprehensive income`, the group's rows between its
    /// label and its total left out), in every column within the rounding of the figures.
    static func sumsOverGroups(_ text: [UInt8], _ lines: [Span], labels: [Label], figures: [[Int]]) -> Bool {
        // The data rows counted: rows outside a group, and each group's total.
        var counted: [Bool] = []
        var inGroup = false
        for l in labels {
            if l.isGroup { inGroup = true; continue }
            let total = LabelText.isTotalLabel(l.text)
            counted.append(!inGroup || total)
            if total { inGroup = false }
        }
        let last = counted.count - 1
        guard last >= 2, counted[..<last].contains(false) else { return false }
        for column in figures {
            guard column.count == counted.count else { return false }
            var sum = 0.0, tolerance = 0.0
            for (k, line) in column.enumerated() where k == last || counted[k] {
                guard let c = figureCell(text, lines[line]), let p = NumberParser.parse(c.text) else { return false }
                let v = p.kind == .dash ? 0 : (p.value ?? 0)
                sum += k == last ? -v : v
                tolerance += p.roundingTolerance
            }
            guard abs(sum) <= tolerance else { return false }
        }
        return true
    }

    /// **A net of two totals printed apart.** A schedule of two sides ends with the net of
    /// their totals (`Net deferred tax liabilities` under `Total deferred tax assets` and
    /// `Total deferred tax liabilities`), the second side printed negative (the net is their
    /// sum) or positive (their difference):
    ///
    /// ```
    /// Total deferred tax assets           3,788     2,040
    /// ...
    /// Total deferred tax liabilities     (5,481)      414
    /// Net deferred tax liabilities       (1,693)    1,626   ← the row printed apart
    /// ```
    ///
    /// Whether the last data row is, in every column, the sum of the last two data rows above
    /// it labelled totals, or in every column their difference, within the rounding of the
    /// figures.
    static func netsRowApart(_ text: [UInt8], _ lines: [Span], labels: [Label], figures: [[Int]]) -> Bool {
        let data = labels.filter { !$0.isGroup }
        let last = data.count - 1
        let totals = data.indices.filter { $0 < last && LabelText.isTotalLabel(data[$0].text) }
        guard last >= 2, totals.count >= 2 else { return false }
        let (a, b) = (totals[totals.count - 2], totals[totals.count - 1])
        func value(_ line: Int) -> (Double, Double)? {
            guard let c = figureCell(text, lines[line]), let p = NumberParser.parse(c.text) else { return nil }
            return (p.kind == .dash ? 0 : (p.value ?? 0), p.roundingTolerance)
        }
        for sign in [1.0, -1.0] {
            let all = figures.allSatisfy { column in
                guard column.count == data.count, let x = value(column[a]), let y = value(column[b]), let n = value(column[last]) else { return false }
                return abs(x.0 + sign * y.0 - n.0) <= x.1 + y.1 + n.1
            }
            if all { return true }
        }
        return false
    }

    /// Whether the last data row is the sum of the data rows above it (`totalsRowApart`).
    static func sumsRowApart(_ text: [UInt8], _ lines: [Span], labels: [Label], figures: [[Int]], printedApart: Bool = false) -> Bool {
        let data = labels.filter { !$0.isGroup }
        guard data.count >= 2 else { return false }
        let last = data.count - 1
        let labelled = data[0..<last].lastIndex { LabelText.isTotalLabel($0.text) }
        // A subtotal told by its figures only under the labels as printed (no heading taken:
        // a roll-forward's balances add up whichever label a heading shifts them onto), in two
        // columns at least.
        if printedApart, labelled == nil, figures.count >= minColumnsForSubtotal, !labels.contains(where: \.heading),
           !sums(text, lines, figures, rows: data.count, from: 0),
           let k = subtotalByFigures(text, lines, figures, rows: data.count) {
            // No row labelled a total: from the last row that adds up the rows above it
            // (`subtotalByFigures`).
            return sums(text, lines, figures, rows: data.count, from: k)
        }
        return sums(text, lines, figures, rows: data.count, from: labelled ?? 0)
    }

    /// Whether, in every column of `figures` (each `rows` figure lines), the last figure is
    /// the sum of those from row `from` down to it, within the rounding of the figures added.
    static func sums(_ text: [UInt8], _ lines: [Span], _ figures: [[Int]], rows: Int, from: Int) -> Bool {
        let last = rows - 1
        for column in figures {
            guard column.count == rows else { return false }
            var sum = 0.0, tolerance = 0.0
            for (k, line) in column.enumerated() where k >= from {
                guard let c = figureCell(text, lines[line]), let p = NumberParser.parse(c.text) else { return false }
                let v = p.kind == .dash ? 0 : (p.value ?? 0)
                if k == last {
                    sum -= v
                } else {
                    sum += v
                }
                tolerance += p.roundingTolerance
            }
            guard abs(sum) <= tolerance else { return false }
        }
        return true
    }

    /// **Two columns' headers above the labels** (`headersAboveTwice`). The first two
    /// columns' headers may both be printed above the labels, a units caption between them
    /// (`Fiscal` / `2024` / `in millions` / `Fiscal` / `2023` / the labels) while a later
    /// column's are printed before its run: the header above the nearest one (`headerAbove`
    /// again, from its first piece) goes before it when the years then deal out one a column
    /// in order (`headsByYears`); the table's rows still start below the caption.
    ///
    /// **Years in print order.** The converter prints a column's header pieces where the
    /// page's text flow puts them: the first column's year above the labels, or a year before
    /// the run of the column left of its own. When the years above the labels and before the
    /// columns' first runs are exactly one a column, in order (each later than the one
    /// before, or each earlier), they are dealt out in print order, each with the pieces
    /// printed right before it in the same place; nil when they are already one a column
    /// where printed, or do not fit.
    /// **Years out of column order.** A statement's columns run one way in time (`2025` /
    /// `2024`, or each period's pair: `2025` / `2024` / `2025` / `2024` under `Three Months`
    /// and `Six Months`); when the years the runs' pieces give the columns (after
    /// `headsByYears`) go another way, the pieces were printed where the text flow put them,
    /// not before their own column's run, and no column can be told its own. Whether the
    /// columns' years (the year each column's last piece ends with, two at least) neither
    /// rise nor fall in column order, nor repeat one rising or falling block, every column
    /// with its year: `read` then gives the columns no header (no period is better than a
    /// wrong one).
    static func yearsOutOfOrder(_ heads: [[GridCell]]) -> Bool {
        let years = heads.compactMap { $0.last.flatMap { yearEnding($0.text) } }
        guard years.count >= 2 else { return false }
        if monotoneYears(years[...]) { return false }
        // Each year over a group of side-by-side columns (`2024 2024 2023 2023`: an amount and
        // a percent a year), every column with its year: the groups' years one way in time.
        let groups = years.enumerated().filter { $0.offset == 0 || years[$0.offset - 1] != $0.element }.map(\.element)
        if years.count == heads.count, groups.count >= 2, groups.count < years.count, monotoneYears(groups[...]) { return false }
        // Each period's columns repeat the same years (`2025 2024 2025 2024`), every column
        // with its year.
        guard years.count == heads.count else { return true }
        return periodBlock(years) == nil
    }

    /// The year a header piece ends with: a year alone (`2024`) or a date's (`January 31,
    /// 2025`: a column's whole date printed on one line); nil otherwise.
    static func yearEnding(_ s: String) -> Int? {
        guard let last = s.split(separator: " ").last, TableBuilder.isYear(String(last)) else { return nil }
        return Int(last)
    }

    static func headsByYears(_ heads: [[GridCell]], above: [GridCell]) -> [[GridCell]]? {
        func isYear(_ c: GridCell) -> Bool { yearEnding(c.text) != nil }
        if above.isEmpty, heads.allSatisfy({ $0.filter(isYear).count == 1 && $0.last.map(isYear) == true }) { return nil }
        // Each year with the pieces printed right before it in the same place (above the
        // labels, or before one run); pieces after a place's last year head nothing.
        var out: [[GridCell]] = []
        for place in [above] + heads {
            var group: [GridCell] = []
            for c in place {
                group.append(c)
                if isYear(c) { out.append(group); group = [] }
            }
        }
        let years = out.compactMap { $0.last.flatMap { yearEnding($0.text) } }
        guard out.count == heads.count, years.count == out.count, years.count >= 2 else { return nil }
        let rising = zip(years, years.dropFirst()).allSatisfy { $0 < $1 }
        let falling = zip(years, years.dropFirst()).allSatisfy { $0 > $1 }
        guard rising || falling else { return nil }
        return out == heads ? nil : out
    }

    /// What `reconcile` found: the slots of the runs, and the labels and runs they were
    /// found with (a heading marked, a row printed apart moved to the labels).
    struct Reconciled {
        var slots: Slots
        var labels: [Label]
        var runs: [(pieces: [Int], figures: [Int])]
        /// The region's lines and after them the figures of lines printed across, one a line
        /// (`rowsAcrossBelow`); nil when the runs' figures are the region's lines.
        var lines: [Span]? = nil
        /// The columns' header, when the reading found it itself (`firstRateRowAcross`): each
        /// column's pieces, whether they lie past the units caption, and a caption among them.
        var heads: (heads: [[GridCell]], pastCaption: Bool, caption: GridCell?)? = nil
    }

    /// The slots of `runs` under `printed` (`slots`): the labels as printed, then (when that
    /// does not reconcile) with headings in capitals taking no figure (`isCapitalsHeading`),
    /// headings over a group or repeated by their total (`headsGroup`,
    /// `repeatedByItsTotal`), a row printed apart (`rowPrintedApart`, `rowApartBeforeARun`) or a total printed
    /// without a label (`unlabelledTotal`). Nil when none reconciles.
    static func reconcile(_ text: [UInt8], _ lines: [Span], _ kinds: [Line], _ runs: [(pieces: [Int], figures: [Int])],
                          _ printed: [Label], joinable: [Bool]) -> Reconciled? {
        let (variants, alone) = headingVariants(printed)
        return reconcile(text, lines, kinds, runs, variants: variants, joinable: joinable)
            ?? reconcile(text, lines, kinds, runs, variants: alone, joinable: joinable)
    }

    /// The labels `printed` with their headings marked, in the order `reconcile` tries them:
    /// as printed, with the headings in capitals, over a group, repeated by their section's
    /// total, the commitments caption, ended by a later row (`variants`); then each kind of
    /// heading alone (`alone`, `headingsOfOneKind`).
    static func headingVariants(_ printed: [Label]) -> (variants: [[Label]], alone: [[Label]]) {
        var variants = [printed]
        if printed.contains(where: { !$0.isGroup && isCapitalsHeading($0.text) }) {
            variants.append(printed.map { l in
                var l = l
                if isCapitalsHeading(l.text) { l.heading = true }
                return l
            })
            // Only the capitals over rows in sentence case (`capitalsOverRows`).
            let over = printed.indices.filter { capitalsOverRows(printed, $0) }
            if !over.isEmpty {
                var v = printed
                for i in over { v[i].heading = true }
                variants.append(v)
            }
        }
        // Then with the headings over a group (`headsGroup`), repeated by their section's
        // total (`repeatedByItsTotal`) and the commitments caption (`isCommitmentsCaption`)
        // taking no figure, with and without the headings in capitals; then with the headings
        // a later row ends with too (`endsALaterRow`).
        // Last, when nothing else reconciles, each of those kinds of heading alone
        // (`headingsOfOneKind`).
        var alone: [[Label]] = []
        for v in Array(variants) {
            let heads = v.indices.filter {
                headsGroup(v, $0) || repeatedByItsTotal(v, $0) || isCommitmentsCaption(v[$0]) || namesALaterRow(v, $0)
                    || headsARollForward(v, $0)
            }
            if !heads.isEmpty {
                var h = v
                for i in heads { h[i].heading = true }
                variants.append(h)
            }
            let more = v.indices.filter { !heads.contains($0) && endsALaterRow(v, $0) }
            if !more.isEmpty {
                var h = v
                for i in heads + more { h[i].heading = true }
                variants.append(h)
            }
            alone += headingsOfOneKind(v, tried: [heads, heads + more])
        }
        return (variants, alone)
    }

    /// The first of `variants` (labels with their headings marked) whose counts reconcile:
    /// as printed, then with a row printed apart (`rowPrintedApart`), a row printed apart after
    /// a run, over the next column's header (`rowApartAfterARun`), a total printed without a
    /// label (`unlabelledTotal`), a total printed apart before a later run
    /// (`rowApartBeforeARun`) or a section's net printed as a band of its own after the
    /// other bands (`netAsOwnBand`), each way tried on every variant before the next way.
    static func reconcile(_ text: [UInt8], _ lines: [Span], _ kinds: [Line], _ runs: [(pieces: [Int], figures: [Int])],
                          variants: [[Label]], joinable: [Bool]) -> Reconciled? {
        for v in variants where v.filter({ !$0.isGroup }).count >= 2 {
            let totals = { (s: Slots) in totalsAddUp(text, lines, labels: v, figures: s.runsOfColumn.map { $0.flatMap { runs[$0].figures } }) }
            if let s = slots(runs, labels: v, joinable: joinable, totals: totals) { return Reconciled(slots: s, labels: v, runs: runs) }
        }
        for v in variants where v.filter({ !$0.isGroup }).count >= 2 {
            if let apart = rowPrintedApart(text, lines, kinds, runs, v),
               let s = slots(apart.runs, labels: apart.labels, joinable: joinable),
               totalsRowApart(text, lines, labels: apart.labels, figures: s.runsOfColumn.map { $0.flatMap { apart.runs[$0].figures } },
                              printedApart: true) {
                return Reconciled(slots: s, labels: apart.labels, runs: apart.runs)
            }
        }
        // A row printed apart after a run, over the next column's header (`rowApartAfterARun`).
        for v in variants where v.filter({ !$0.isGroup }).count >= 2 {
            if let apart = rowApartAfterARun(text, lines, kinds, runs, v),
               let s = slots(apart.runs, labels: apart.labels, joinable: joinable),
               totalsRowApart(text, lines, labels: apart.labels, figures: s.runsOfColumn.map { $0.flatMap { apart.runs[$0].figures } },
                              printedApart: true) {
                return Reconciled(slots: s, labels: apart.labels, runs: apart.runs)
            }
        }
        // A total printed without a label (`unlabelledTotal`), or with its label printed apart
        // before a later run (`totalLabelApart`).
        let labelApart = totalLabelApart(text, lines, runs)
        let unlabelled = labelApart?.runs ?? runs
        for v in variants where v.filter({ !$0.isGroup }).count > maxPieces {
            guard let last = v.last else { continue }
            let total = v + [labelApart?.label ?? Label(text: "", span: Span(start: last.span.end, end: last.span.end), apart: true)]
            if let s = slots(unlabelled, labels: total, joinable: joinable),
               totalsRowApart(text, lines, labels: total, figures: s.runsOfColumn.map { $0.flatMap { unlabelled[$0].figures } }) {
                return Reconciled(slots: s, labels: total, runs: unlabelled)
            }
        }
        // A total printed apart before a later column's run (`rowApartBeforeARun`); bands of
        // one length told apart by their totals (`byTotals`, as for the labels as printed).
        for v in variants where v.filter({ !$0.isGroup }).count >= 2 {
            if let apart = rowApartBeforeARun(text, lines, kinds, runs, v),
               let s = slots(apart.runs, labels: apart.labels, joinable: joinable, totals: apartTotals(text, lines, apart)),
               totalsRowApart(text, lines, labels: apart.labels, figures: s.runsOfColumn.map { $0.flatMap { apart.runs[$0].figures } },
                              printedApart: true) {
                return Reconciled(slots: s, labels: apart.labels, runs: apart.runs)
            }
        }
        // A section's net printed as a band of its own, after the other bands (`netAsOwnBand`).
        for v in variants where v.filter({ !$0.isGroup }).count >= 2 {
            if let net = netBandRead(text, lines, runs, v, joinable: joinable) { return net }
        }
        return nil
    }

    /// The totals that tell orders of the runs apart when a row was printed apart
    /// (`byTotals`): the totals that add up (`totalsAddUp`) and, for each column, the row
    /// apart adding up as a row apart must (`totalsRowApart`: a grand total over the groups'
    /// totals ties each column's later band to its first).
    static func apartTotals(_ text: [UInt8], _ lines: [Span], _ apart: (labels: [Label], runs: [(pieces: [Int], figures: [Int])]))
        -> (Slots) -> Int {
        { s in
            let columns = s.runsOfColumn.map { $0.flatMap { apart.runs[$0].figures } }
            let rowApart = columns.filter { totalsRowApart(text, lines, labels: apart.labels, figures: [$0], printedApart: true) }.count
            return totalsAddUp(text, lines, labels: apart.labels, figures: columns) + rowApart
        }
    }

    /// **A total's label printed apart before a later run.** A total the page sets apart (under
    /// a rule, in bold) has its label printed by the converter where the flow reaches it: among
    /// the figures, before a later column's run, as if it headed that column (`Contributions` /
    /// `$` / `(2,710) $` / ... / `(5,411) $` / `$` / `Total` / `(2,004) $` / ...). When a total
    /// printed without a label reconciles (`unlabelledTotal`), the one run after the first whose
    /// only header piece is a label line naming a total (`LabelText.isTotalLabel`) gives the
    /// total its label, and heads no column. The runs with that piece taken off and the total's
    /// label; nil when no run or more than one has such a piece.
    static func totalLabelApart(_ text: [UInt8], _ lines: [Span], _ runs: [(pieces: [Int], figures: [Int])])
        -> (runs: [(pieces: [Int], figures: [Int])], label: Label)? {
        let found = runs.indices.dropFirst().compactMap { k -> (k: Int, cell: GridCell)? in
            guard runs[k].pieces.count == 1, classify(text, lines[runs[k].pieces[0]]) == .label,
                  let c = GridReader.cell(text, lines[runs[k].pieces[0]].range), LabelText.isTotalLabel(c.text) else { return nil }
            return (k, c)
        }
        guard found.count == 1, let (k, c) = found.first else { return nil }
        var out = runs
        out[k].pieces = []
        return (out, Label(text: c.text, span: c.span, apart: true))
    }

    /// **Headings of one kind alone.** `reconcile` marks every heading its rules find at once
    /// (over a group, repeated by its section, the commitments caption, ended by a later row);
    /// a row that one rule takes for a heading (`Gross profit` after a total and over a group
    /// label) then keeps the statement's true heading (`Other income (expense)`, repeated by
    /// a row of its section) from reconciling. The labels `v` with the headings of each rule
    /// alone marked, each set not among `tried` (the sets already tried), tried only when no
    /// other variant reconciles in any way (a row printed apart included): a heading set
    /// smaller than the statement's can make the counts meet by giving a heading a figure.
    static func headingsOfOneKind(_ v: [Label], tried: [[Int]]) -> [[Label]] {
        let kinds: [[Int]] = [v.indices.filter { headsGroup(v, $0) }, v.indices.filter { repeatedByItsTotal(v, $0) },
                              v.indices.filter { isCommitmentsCaption(v[$0]) }, v.indices.filter { endsALaterRow(v, $0) },
                              v.indices.filter { namesALaterRow(v, $0) }, v.indices.filter { headsARollForward(v, $0) }]
        var seen = Set(tried.map { Set($0) })
        var out: [[Label]] = []
        for heads in kinds where !heads.isEmpty && !seen.contains(Set(heads)) {
            seen.insert(Set(heads))
            var h = v
            for i in heads { h[i].heading = true }
            out.append(h)
        }
        return out
    }

    /// Fewest data rows left above a last group left out (`trailingGroupLeftOut`).
    static let minRowsAboveLeftOutGroup = 8

    /// **A last group whose figures are not in the runs.** A statement's last group (the
    /// supplemental disclosures under a cash flow statement) is printed one row a band, each
    /// figure a run of its own behind a lone `$`, after the other bands' runs; where the
    /// converter lost some of those figures the counts of the whole run of labels cannot
    /// reconcile, while the rows above the group's label do:
    ///
    /// ```
    /// Net change in cash
    /// Cash at end of year
    /// Supplemental disclosures:          ← the last group: left out
    /// Cash paid for income taxes
    /// Cash paid for interest
    ///
    /// 2,905  4,236  7,141  ...           ← the runs of the rows above it
    /// $ 1,727  $ 1,854                   ← the group's figures, some of them
    /// ```
    ///
    /// The index of the last group label (ending with a colon) when at least
    /// `minRowsAboveLeftOutGroup` data rows lie above it and it is followed by at least one
    /// data row: `read` then reads the rows above it alone when their counts reconcile
    /// (the group's runs are left out as later runs always are), leaving the group as text;
    /// nil otherwise.
    static func trailingGroupLeftOut(_ labels: [Label]) -> Int? {
        guard let cut = labels.lastIndex(where: { $0.text.hasSuffix(":") }),
              labels[(cut + 1)...].contains(where: { !$0.isGroup }),
              labels[..<cut].filter({ !$0.isGroup }).count >= minRowsAboveLeftOutGroup else { return nil }
        return cut
    }

    /// **Per-share rows left out.** An income statement ends with its per-share rows and
    /// share counts, set apart on the page and printed each row a band, one figure a run:
    ///
    /// ```
    /// Income tax benefit (expense)
    /// Net loss
    /// Net loss per share, basic and diluted      ← left out, and the rows under it
    /// Weighted average shares used in computing basic and diluted net loss per share
    ///
    /// 18,290  (227)  ...  (3,258)                ← the runs of the rows above, a column each
    /// (0.06)  (0.28)  (0.48)  (0.44)             ← one figure a run: which row's, the
    /// 51,806  51,520  51,777  51,331             ←   counts cannot tell (two bands of one row)
    /// ```
    ///
    /// Two bands of one row each fit several orders of their runs, so the counts of the whole
    /// run of labels never reconcile uniquely, while the rows above do. The index of the first
    /// per-share label (`LabelText.isPerShare`; no group label) when at least
    /// `minRowsAboveLeftOutGroup` data rows lie above it: `read` then reads the rows above it
    /// alone when their counts reconcile (the later runs are left out as later runs always
    /// are), leaving the per-share rows as text unless net income over the share counts tells
    /// their order (`perShareRowsByNetIncome`); nil otherwise.
    static func perShareRowsLeftOut(_ labels: [Label]) -> Int? {
        guard let cut = labels.firstIndex(where: { !$0.isGroup && LabelText.isPerShare($0.text) }),
              labels[..<cut].filter({ !$0.isGroup }).count >= minRowsAboveLeftOutGroup else { return nil }
        return cut
    }

    /// Fewest data rows of a one-column table (`oneColumnAddingUp`).
    static let minRowsOfOneColumn = 3
    /// Smallest last figure of a one-column table, in roundings of its own: an axis's `2` /
    /// `1` / `0` adds up within the rounding of so few digits.
    static let minTotalTolerances = 10.0

    /// **One column whose last row adds up.** A schedule of one column (an allocation, a
    /// maturity schedule, a roll-forward) is printed as its run of labels and one run of
    /// figures, as a chart's axis or a table of contents is (its page numbers):
    ///
    /// ```
    /// Developed technology
    /// Customer relationships
    /// Other
    /// Total intangible assets
    ///
    /// 530
    /// 781
    /// 50
    /// 1,361                  ← the sum of the rows above
    /// ```
    ///
    /// The first run is read as the table's one column only when it holds one figure a data
    /// row (at least `minRowsOfOneColumn`) and the last row is the total of the rows above it
    /// (`totalsRowApart`: their sum back to the last total, or the net of the last two
    /// totals) and at least `minTotalTolerances` times its own rounding: page numbers and an
    /// axis's ticks (`2` / `1` / `0`) do not add up. Later runs are left out, as later runs
    /// always are. Nil otherwise.
    ///
    /// **One column under its headings.** `reconciled` tries the labels as printed, then
    /// with their headings marked as `reconcile` marks them (`headingVariants`: a heading a
    /// later row ends with, `Assets acquired and liabilities assumed` over `Total assets
    /// acquired and liabilities assumed`, takes no figure). `read` asks for one column only
    /// when no years are printed one a column right above the labels (`yearsAbove`): those
    /// head more columns than one, the run is one of them and its year cannot be told.
    /// What `oneColumnAddingUp` asks of the first run whatever labels are headings: no more
    /// figures than rows as printed, enough for a column, and a total at its foot. Tested
    /// first, so the labels' heading variants are made only for a run that may add up.
    static func mayAddUpInOneColumn(_ text: [UInt8], _ lines: [Span], _ runs: [(pieces: [Int], figures: [Int])],
                                    _ printed: [Label]) -> Bool {
        guard let first = runs.first, first.figures.count >= minRowsOfOneColumn,
              first.figures.count <= printed.filter({ !$0.isGroup }).count,
              let line = first.figures.last, let cell = figureCell(text, lines[line]), let total = NumberParser.parse(cell.text),
              let value = total.value else { return false }
        return abs(value) >= minTotalTolerances * total.roundingTolerance
    }

    static func oneColumnAddingUp(_ text: [UInt8], _ lines: [Span], _ runs: [(pieces: [Int], figures: [Int])],
                                  _ labels: [Label]) -> Reconciled? {
        let rows = labels.filter { !$0.isGroup }.count
        guard rows >= minRowsOfOneColumn, let first = runs.first, first.figures.count == rows, labels.last?.isGroup == false,
              let line = first.figures.last, let cell = figureCell(text, lines[line]), let total = NumberParser.parse(cell.text),
              let value = total.value, abs(value) >= minTotalTolerances * total.roundingTolerance,
              totalsRowApart(text, lines, labels: labels, figures: [first.figures]) else { return nil }
        let slots = Slots(columns: 1, bands: [rows], runsOfColumn: [[0]], headRun: [0])
        return Reconciled(slots: slots, labels: labels, runs: Array(runs.prefix(1)))
    }

    /// **A column without a header.** A column whose header pieces the converter printed
    /// far from its runs (after the page's number, under the next page's title) has none of
    /// its own, and would take the header of the column left of it, a period that is not
    /// its own:
    ///
    /// ```
    /// Years Ended     ← shared by every column
    /// November 29,                    December 2,
    /// 2024            (none printed)  2022
    /// ```
    ///
    /// The extents of one header row's cells (`GridRow.spanEnds`) when a column has no
    /// header: each cell covers its own column only, but the one cell of a row without a
    /// digit (`Years Ended`, the pieces every column shares) covers every column.
    static func headerlessColumn(_ cells: [GridCell?], columns: Int) -> [Int: Int] {
        let filled = cells.indices.filter { $0 > 0 && cells[$0] != nil }
        var ends: [Int: Int] = [:]
        for c in filled { ends[c] = c }
        if filled.count == 1, let c = filled.first, let cell = cells[c],
           !cell.text.utf8.contains(where: ByteClass.isDigit) {
            ends[c] = columns
            // Spanning from its own column on: a shared piece printed over the first column.
            if c != 1 { ends = [c: c] }
        }
        return ends
    }

    /// For each run, whether it may continue the run before it in one slot: no header pieces
    /// of its own, and a lone `$` line (the sign of the figure below, printed on a line of its
    /// own) between the two.
    static func joinableRuns(_ kinds: [Line], _ runs: [(pieces: [Int], figures: [Int])]) -> [Bool] {
        runs.indices.map { i in
            i > 0 && runs[i].pieces.isEmpty && runs[i - 1].figures.last.map { kinds[($0 + 1)..<runs[i].figures[0]].contains(.currencySign) } == true
        }
    }

    /// The reading of `runs` under the labels `printed`: as printed, then without a last group
    /// whose figures are not in the runs (`trailingGroupLeftOut`), without the per-share rows
    /// (`perShareRowsLeftOut`; read back when net income over the share counts tells their
    /// order: `perShareRowsRead`), or as one column adding up (`oneColumnAddingUp`, only when
    /// `oneColumn`; as printed, then under each of `headingVariants`). A run may continue the one before it when a lone `$` line cut them apart
    /// (`joinable`).
    static func reconciled(_ text: [UInt8], _ lines: [Span], _ kinds: [Line], _ runs: [(pieces: [Int], figures: [Int])],
                           _ printed: [Label], oneColumn: Bool = true) -> Reconciled? {
        let joinable = joinableRuns(kinds, runs)
        // The labels' heading variants, made once for `reconcile` and the one-column try.
        let (variants, alone) = headingVariants(printed)
        var reading = reconcile(text, lines, kinds, runs, variants: variants, joinable: joinable)
            ?? reconcile(text, lines, kinds, runs, variants: alone, joinable: joinable)
        if reading == nil, let cut = trailingGroupLeftOut(printed) {
            reading = reconcile(text, lines, kinds, runs, Array(printed[..<cut]), joinable: joinable)
        }
        if reading == nil, let cut = perShareRowsLeftOut(printed) {
            reading = perShareRowsRead(text, lines, kinds, runs, printed, cut: cut, joinable: joinable)
        }
        if reading == nil, oneColumn, mayAddUpInOneColumn(text, lines, runs, printed) {
            // As printed, then with its headings marked (`headingVariants`).
            for v in variants + alone {
                reading = oneColumnAddingUp(text, lines, runs, v)
                if reading != nil { break }
            }
        }
        return reading
    }

    /// The columns' header pieces, or none where they were printed out of place
    /// (`yearsOutOfOrder`, `yearLeftOver`, `lastColumnLeftBare`). A units caption among the
    /// pieces dropped by `lastColumnLeftBare` still gives every column its units: a header row
    /// from `start` spanning them all.
    static func headsInPlace(_ heads: [[GridCell]], yearsPrinted: [Int], start: Int) -> (heads: [[GridCell]], unitsRow: GridRow?) {
        let none = heads.map { _ in [GridCell]() }
        if yearsOutOfOrder(heads) || yearLeftOver(heads, printed: yearsPrinted) { return (none, nil) }
        guard lastColumnLeftBare(heads) else { return (heads, nil) }
        guard let u = heads.joined().first(where: { UnitsParser.isCaptionLine($0.text) }) else { return (none, nil) }
        return (none, unitsRow(u, columns: heads.count, start: start))
    }

    /// The counts of a region's runs and labels reconciled (`reconciled`) as printed, then
    /// without the runs printed before the columns, without the label column's footnote
    /// letters, with the labels the normalizer joined taken apart (`periodGroupsReconciled`),
    /// and last with the first label a heading over its rows; nil when none reconciles.
    static func reconciledAsPrinted(_ text: [UInt8], _ lines: [Span], _ kinds: [Line], _ shape: Shape,
                                    _ printed: [Label]) -> Reconciled? {
        // The runs as printed, then without the runs printed before the columns (a page
        // number, the label column's footnote markers: `runsBeforeTheColumns`).
        // One column is read only under no years printed one a column above the labels
        // (`yearsAbove`: the header of more columns than one, whose other runs lie elsewhere).
        let oneColumn = shape.labels.first.map { yearsAbove(text, before: lines[$0].start) == nil } ?? true
        var reading = reconciled(text, lines, kinds, shape.runs, printed, oneColumn: oneColumn)
        let before = runsBeforeTheColumns(text, lines, shape.runs)
        if reading == nil, before > 0, let labelsEnd = shape.labels.last {
            let kept = withoutRunsBeforeTheColumns(kinds, shape.runs, count: before, labelsEnd: labelsEnd)
            reading = reconciled(text, lines, kinds, kept, printed, oneColumn: false)
        }
        // The label column's footnote letters under the last label (`lettersUnderTheLabels`).
        let letters = lettersUnderTheLabels(printed)
        if reading == nil, letters > 0 {
            reading = reconciled(text, lines, kinds, shape.runs, Array(printed.dropLast(letters)), oneColumn: oneColumn)
        }
        if reading == nil { reading = periodGroupsReconciled(text, lines, kinds, shape.runs, printed) } // labels joined
        // Last, the first label a heading over its rows (`headsItsRows`).
        if reading == nil, headsItsRows(printed) {
            var v = printed
            v[0].heading = true
            reading = reconciled(text, lines, kinds, shape.runs, v, oneColumn: false)
        }
        // The lower rows printed across below the column runs (`rowsAcrossBelow`).
        if reading == nil { reading = rowsAcrossBelow(text, lines, kinds, shape, printed) }
        // A rate reconciliation's base row, printed in its amount columns only (`baseRowWithoutPercent`).
        if reading == nil { reading = baseRowWithoutPercent(text, lines, shape.runs, printed) }
        if reading == nil { reading = firstRateRowAcross(text, lines, shape.runs, printed) }
        // A heading without a colon the bands place (`headingByBands`): among the labels as
        // printed, or with the headings naming a later row marked (`namesALaterRow`), or those
        // over a roll-forward (`headsARollForward`; the other heading rules' guesses are no
        // ground for another), the runs as printed, then without those printed before the
        // columns.
        if reading == nil {
            var variants = [printed]
            let naming = printed.indices.filter { namesALaterRow(printed, $0) }
            let rollForwards = printed.indices.filter { headsARollForward(printed, $0) }
            for heads in [naming, rollForwards] where !heads.isEmpty {
                var v = printed
                for i in heads { v[i].heading = true }
                variants.append(v)
            }
            var tried = [shape.runs]
            if before > 0, let labelsEnd = shape.labels.last {
                tried.append(withoutRunsBeforeTheColumns(kinds, shape.runs, count: before, labelsEnd: labelsEnd))
            }
            search: for runs in tried {
                for v in variants {
                    reading = headingByBands(text, lines, kinds, runs, v)
                    if reading != nil { break search }
                }
            }
        }
        return reading
    }

    /// Header rows from each column's pieces, bottom aligned (`December 31,` over `2024`), the
    /// rows starting at `start`; a column without a header of its own takes none of its
    /// neighbour's (`headerlessColumn`).
    static func headerRows(_ heads: [[GridCell]], start: Int) -> [GridRow] {
        let depth = heads.map(\.count).max() ?? 0
        let headerless = heads.contains(where: \.isEmpty)
        var rows: [GridRow] = []
        for level in 0..<depth {
            var cells: [GridCell?] = [nil]
            var end = start
            for head in heads {
                let k = level - (depth - head.count)
                let c = k >= 0 ? head[k] : nil
                if let c { end = max(end, c.span.end) }
                cells.append(c)
            }
            var row = GridRow(cells: cells, span: Span(start: start, end: end))
            if headerless { row.spanEnds = headerlessColumn(cells, columns: heads.count) }
            rows.append(row)
        }
        return rows
    }

    /// The grid of a region `find` gave (its lines), or why its counts do not reconcile.
    /// `joined[i]`: line `i` was printed as two and joined by normalization (none when empty).
    static func read(_ text: [UInt8], _ lines: [Span], joined: [Bool] = []) -> Reading {
        var scanned = 0
        let kinds = classifyAll(text, lines)
        // A status note printed right over the labels (`(unaudited)`) is none of them.
        var first = kinds.firstIndex(of: .label)
        if let f = first, isStatusNote(text, lines[f]) { first = kinds[(f + 1)...].firstIndex(of: .label) }
        // A debt schedule (text and rate columns among the amounts) is read as one first
        // (`debtSchedule`, ColumnRuns+DebtSchedule.swift).
        if let f = first, let debt = debtSchedule(text, lines, kinds, from: f) { return .rows(debt.rows) }
        guard let first, let shape = shape(text, lines, kinds, from: first, scanned: &scanned) else {
            return .unreconciled("no label run followed by figure runs")
        }
        if let why = notColumns(text, lines, shape) { return .unreconciled(why) }
        let printed = labels(text, lines, shape.labels, joined: joined)
        let data = printed.filter { !$0.isGroup }
        guard let reading = reconciledAsPrinted(text, lines, kinds, shape, printed) else {
            let counts = shape.runs.map { String($0.figures.count) }.joined(separator: ", ")
            return .unreconciled("\(data.count) labelled rows but runs of \(counts) figures")
        }
        let (slots, labels, runs) = (reading.slots, reading.labels, reading.runs)
        // The figures of lines printed across, one a line after the region's (`rowsAcrossBelow`).
        let lines = reading.lines ?? lines
        func cell(_ i: Int) -> GridCell? { GridReader.cell(text, lines[i].range) }
        // The figure lines of each column, top to bottom: its slots' runs, band by band.
        let figureLine = slots.runsOfColumn.map { $0.flatMap { runs[$0].figures } }
        var heads = slots.headRun.map { $0 >= 0 ? runs[$0].pieces.compactMap(cell) : [] }
        var start = labels.first?.span.start ?? 0
        let (above, pastCaption) = shape.labels.first.map { headerAbove(text, before: lines[$0].start) } ?? ([], false)
        // A units caption printed among the runs' pieces, kept as a header row (`middleColumnFirstAcross`).
        var caption: GridCell?
        var shared = false // one header every column shares (`oneDateOverMeasures`)
        // Two columns' headers above the labels (`headersAboveTwice`), else the nearest.
        // Only when a later column has pieces of its own (years above the labels alone are
        // every column's, `yearsAbove`).
        let twice = heads.contains(where: { !$0.isEmpty }) ? above.first.map { headerAbove(text, before: $0.span.start).cells } ?? [] : []
        if let given = reading.heads {
            // The header the reading found (`firstRateRowAcross`).
            heads = given.heads
            if !given.pastCaption, let f = given.heads.joined().map(\.span.start).min() { start = min(start, f) }
            caption = given.caption
        } else if !twice.isEmpty, let spread = headsByYears(heads, above: twice + above) {
            heads = spread
        } else if let first = shape.labels.first, let groups = headsAroundBand(text, heads, labelsStart: lines[first].start, start: start) {
            (heads, start) = groups // a period group's heading among a one-row band (`groupHeadingAmongBand`)
        } else if let spread = headsByYears(heads, above: above)
                    ?? headsInPeriodGroups(heads, above: above.isEmpty && shape.labels.first != nil
                        ? periodHeadingAbove(text, before: lines[shape.labels[0]].start) : above)
                    ?? headsInYearGroups(text, heads, above: above.isEmpty
                        ? shape.labels.first.map { yearGroupPiecesAbove(text, before: lines[$0].start, columns: heads.count) } ?? [] : above)
                    ?? headsInColumnGroups(heads, above: above) {
            // The years printed in column order, whichever run they were printed before.
            heads = spread
            if let f = above.first, !pastCaption { start = min(start, f.span.start) }
        } else if let first = shape.labels.first, let spread = middleColumnFirstAcross(text, heads, before: lines[first].start) {
            // Three columns' headers above the labels and before a run, the middle one first.
            heads = spread.heads
            if !spread.pastCaption, let f = spread.heads.joined().map(\.span.start).min() { start = min(start, f) }
            caption = spread.caption
        } else if heads[0].isEmpty, heads.dropFirst().contains(where: { !$0.isEmpty }) {
            // The first column's header printed above the labels, the others' before their runs.
            heads[0] = above
            if let f = heads[0].first, !pastCaption { start = min(start, f.span.start) }
        } else if heads.allSatisfy(\.isEmpty), let first = shape.labels.first,
                  let years = yearsAbove(text, before: lines[first].start), years.years.count == heads.count {
            // Every column's header printed above the labels, a year each, in column order.
            heads = years.years.map { years.pieces + [$0] }
            if let f = years.pieces.first ?? years.years.first, !years.pastCaption { start = min(start, f.span.start) }
        } else if heads.allSatisfy(\.isEmpty), let first = shape.labels.first,
                  let groups = periodGroupsAbove(text, before: lines[first].start), groups.heads.count == heads.count {
            // A 10-Q's period groups printed above the labels, group by group.
            heads = groups.heads
            if let f = groups.heads.first?.first, !groups.pastCaption { start = min(start, f.span.start) }
        } else if heads.allSatisfy(\.isEmpty), let first = shape.labels.first,
                  let date = oneDateOverMeasures(text, before: lines[first].start, columns: heads.count) {
            // One date over columns of measures (`oneDateOverMeasures`): every column's, so no
            // year of it is out of place (`headsInPlace` is not asked).
            heads = heads.map { _ in date.head }
            shared = true
            if let f = date.head.first, !date.pastCaption { start = min(start, f.span.start) }
        }
        // The first row printed as a band over the labels, the years among its figures
        // (`bandAbove`).
        var band: Band?
        if heads.allSatisfy(\.isEmpty), let first = shape.labels.first,
           let found = bandAbove(text, before: lines[first].start, columns: heads.count) {
            band = found
            if !found.heads.isEmpty { heads = found.heads }
            start = min(start, found.start)
        }
        // Years printed together before the runs and not dealt out one a column head none.
        if severalYearsInOneHead(heads) { heads = heads.map { _ in [] } }
        // Word headings printed a column ahead of their runs (`headingsAColumnEarly`).
        if let early = headingsAColumnEarly(kinds, runs, headRun: slots.headRun, heads: heads) { heads = early }
        let inPlace = shared ? (heads: heads, unitsRow: nil)
            : headsInPlace(heads, yearsPrinted: yearsPrinted(text, lines, runs, above: above), start: start)
        heads = inPlace.heads
        var rows: [GridRow] = (inPlace.unitsRow ?? caption.map { unitsRow($0, columns: heads.count, start: start) }
            ?? unitsAmongPieces(text, lines, kinds, runs, heads: heads, start: start)).map { [$0] } ?? []
        rows += headerRows(heads, start: start)
        if let band {
            rows.append(GridRow(cells: [band.label] + band.figures.map { Optional($0) },
                                span: Span(start: band.label.span.start, end: band.figures.last?.span.end ?? band.label.span.end)))
        }
        var v = 0
        for label in labels {
            let labelCell: GridCell? = label.text.isEmpty ? nil : GridCell(text: label.text, span: label.span)
            if label.isGroup, let labelCell {
                rows.append(GridRow(cells: [labelCell], span: label.span))
                continue
            }
            var cells: [GridCell?] = [labelCell]
            var end = label.span.end
            for column in figureLine {
                let c = column.indices.contains(v) ? figureCell(text, lines[column[v]]) : nil
                if let c { end = max(end, c.span.end) }
                cells.append(c)
            }
            rows.append(GridRow(cells: cells, span: Span(start: label.span.start, end: end)))
            v += 1
        }
        return .rows(rows)
    }
}
