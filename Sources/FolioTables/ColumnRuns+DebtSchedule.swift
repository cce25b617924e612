import FolioModel

/// **A debt schedule in reading order** (`debtSchedule`, #17). A schedule of notes prints
/// one row per instrument, each label starting with its rate (`rateLabel`), then the
/// schedule's adjustments and totals; a converter that follows the page's text flow prints
/// the label run, then each column: a text column (`Interest Payable`: `Semi-annually`,
/// one a note), a rate column (`Effective interest rate`: `6.22 %`, one a note), and the
/// amounts, one a row, with `—` for a note repaid (several dashes of one column printed on
/// one line, `—————`, one a row: `dashRun`), and footnotes between the columns:
///
/// ```
/// 3.75% notes due 2030            ← rows whose label starts with a rate: the instruments
/// Floating rate notes due 2031
/// 5.10% notes due 2034
/// Unamortized discounts
/// Total long-term debt            ← a total: the rows above it (and the total before)
/// Current portion
/// Noncurrent portion              ← the total less the row above
///
/// Interest                        ← a text column: one cell an instrument, left out
/// Payable
///
/// Semi-annually
/// Quarterly
/// Semi-annually
///
/// Effective rate (a)              ← a rate column: one cell an instrument
///
/// 3.80 %
/// 6.22 %
/// 5.20 %
///
/// (a) Excludes the swaps.         ← a footnote between the columns: skipped
///
/// 2030                            ← the amounts: one figure a row
/// 1,000
/// ...
/// ```
///
/// Each column has one cell a row, or one cell an instrument (the rows up to the last whose
/// label starts with a rate: a rate or text column, never amounts); the text column is left
/// out of the grid (its words are no figures). A schedule in bands, under headings over its
/// notes (`U.S. dollar notes` / `Euro notes`, `headsNotes`) or group labels (`Reported as:`),
/// prints each band's columns before the next band's: the first band's columns are the
/// template, each later band has as many of the same kinds (no rate or text column where it
/// has no instrument; `debtColumns`). The years above the labels head the amount columns when
/// the runs print no pieces (`yearsAbove`). The reading stands only when every amount column
/// adds up (`debtTotalsAddUp`): each `Total` row is the sum of the rows above it since the last
/// group label, and two rows after the last total are a total's two portions (`Current
/// portion`, `Noncurrent portion`: the second is the total less the first). Otherwise the
/// region is read as any column runs (`read`), or stays text.
extension ColumnRuns {
    /// Fewest rows whose label starts with a rate for a debt schedule (`rateLabel`).
    static let minRateLabels = 3

    /// A column of a debt schedule: its header pieces (line indices) and its cells.
    struct DebtColumn {
        var pieces: [Int] = []
        var cells: [GridCell?] = []
        /// Words, one a row (`Semi-annually`): left out of the grid.
        var isText = false
        /// Rates (`6.22 %`): one an instrument, never summed.
        var isPercent = false
    }

    /// What one block of lines (between blank lines or currency signs) after the labels is.
    enum DebtBlock {
        case pieces([Int])
        case cells([GridCell?], percent: Bool)
        case words([GridCell?])
        case footnote
    }

    /// Whether a label starts with a rate followed by words: `3.75% Senior notes due 2030`,
    /// `4.100 % Senior Notes`, `1.25-3.85% aggregate notes` (digits with a decimal point, a
    /// range of two, then `%` and a word). A percent of prose (`5% of ...`) has no decimal
    /// point and is no rate label. Not `LabelColumns.openingRate`, which decides another
    /// thing: whether a rate printed as its own column (`4.350 %`, `3 %`: a space before the
    /// `%`, any digits) is split out of a label cell; this one tells a schedule's notes from
    /// prose, so it wants the decimal point and takes ranges and a `%` set close.
    static func rateLabel(_ t: String) -> Bool {
        let b = Array(t.utf8.prefix(24))
        return rateLabel(b, 0..<b.count)
    }

    /// `rateLabel` on a line of `text`. A rate opens with a digit (after the blanks `trim`
    /// passes), so most lines are passed on their first byte, untrimmed.
    static func opensWithRate(_ text: [UInt8], _ line: Span) -> Bool {
        let b = line.start < line.end && line.start < text.count ? text[line.start] : 0
        guard ByteClass.isDigit(b) || b == 0x20 || b == 0x09 || b == 0xC2 else { return false }
        return rateLabel(text, GridReader.trim(text, line.range))
    }

    /// `rateLabel` on the bytes `r` of `b` (trimmed).
    static func rateLabel(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        guard let i = rateEnd(b, r), i + 1 < r.upperBound, b[i] == 0x20 else { return false }
        return ByteClass.isLetter(b[i + 1])
    }

    /// Where a rate printed at the start of the bytes `r` of `b` ends (the index after its
    /// `%`): digits with a decimal point, or a range of two (`1.25-3.85`), then `%`, a space
    /// before it allowed. Nil when `r` does not start with one.
    static func rateEnd(_ b: [UInt8], _ r: Range<Int>) -> Int? {
        var i = r.lowerBound
        let end = min(r.upperBound, r.lowerBound + 24)
        func number() -> Bool {
            let s = i
            while i < end, ByteClass.isDigit(b[i]) { i += 1 }
            guard i > s, i < end, b[i] == 0x2E else { return false }
            i += 1
            let f = i
            while i < end, ByteClass.isDigit(b[i]) { i += 1 }
            return i > f
        }
        guard number() else { return nil }
        if i < end, b[i] == 0x2D {
            i += 1
            guard number() else { return nil }
        }
        if i < end, b[i] == 0x20 { i += 1 }
        guard i < end, b[i] == 0x25 else { return nil }
        return i + 1
    }

    /// A line of two dashes or more run together (`—————`): one dash a row of one column.
    static func dashRun(_ text: [UInt8], _ r: Range<Int>) -> [GridCell]? {
        guard r.count >= 6, r.count % 3 == 0 else { return nil }
        var out: [GridCell] = []
        var i = r.lowerBound
        while i + 2 < r.upperBound {
            guard text[i] == 0xE2, text[i + 1] == 0x80, text[i + 2] == 0x94 || text[i + 2] == 0x93 else { return nil }
            out.append(GridCell(text: "—", span: Span(start: i, end: i + 3)))
            i += 3
        }
        return out
    }

    /// A rate cell: a rate (`6.22 %`), a range of rates (`0.65-2.69%`, read as no figure), or
    /// a dash.
    static func rateCell(_ text: [UInt8], _ r: Range<Int>) -> (cell: GridCell?, percent: Bool)? {
        guard r.count <= maxFigureBytes, r.contains(where: { text[$0] == 0x25 }) else { return nil }
        var hi = r.upperBound
        if r.count > 2, text[hi - 1] == 0x24, text[hi - 2] == 0x20 { hi -= 2 }
        if let p = NumberParser.parse(bytes: Array(text[r.lowerBound..<hi])), p.isPercent, p.suffixScale == nil {
            return (GridReader.cell(text, GridReader.trim(text, r.lowerBound..<hi)), true)
        }
        return rateEnd(text, r.lowerBound..<hi) == hi ? (nil, true) : nil
    }

    /// The block of lines `lo..<hi` (no blank line, no currency sign among them).
    static func debtBlock(_ text: [UInt8], _ ls: [Span], _ kinds: [Line], _ lo: Int, _ hi: Int) -> DebtBlock? {
        let idx = Array(lo..<hi)
        let first = GridReader.trim(text, ls[lo].range)
        // A footnote printed between the columns: a sentence, or a marker and its words.
        if hi - lo <= 2, first.count > maxPieceBytes, kinds[lo] == .label,
           endsWithPeriod(text, first, words: 3) || text[first.lowerBound] == 0x28 {
            return .footnote
        }
        if idx.allSatisfy({ kinds[$0] == .label || kinds[$0] == .year }), idx.count <= maxPieces,
           idx.allSatisfy({ GridReader.trim(text, ls[$0].range).count <= maxPieceBytes }),
           !(idx.count >= minRateLabels && idx.allSatisfy { kinds[$0] == .label }) {
            return .pieces(idx)
        }
        if idx.count >= minRateLabels, idx.allSatisfy({ i in
            let r = GridReader.trim(text, ls[i].range)
            return kinds[i] == .label && r.count <= maxPieceBytes && text[r.upperBound - 1] != 0x2E
        }) {
            return .words(idx.map { GridReader.cell(text, GridReader.trim(text, ls[$0].range)) })
        }
        var cells: [GridCell?] = []
        var percent = false
        for i in idx {
            let r = GridReader.trim(text, ls[i].range)
            // A footnote right under the last cells ends the block.
            if !cells.isEmpty, (i..<hi).allSatisfy({ kinds[$0] == .label && GridReader.trim(text, ls[$0].range).count > maxPieceBytes }) { break }
            if let rate = rateCell(text, r) {
                cells.append(rate.cell)
                percent = true
            } else if kinds[i] == .figure {
                cells.append(figureCell(text, ls[i]))
            } else if let dashes = dashRun(text, r) {
                cells += dashes.map { Optional($0) }
            } else {
                return nil
            }
        }
        return .cells(cells, percent: percent)
    }

    /// A band of a debt schedule: the rows under one heading (indices into the labels) and
    /// how many of them, from its first, are instruments (up to its last rate label).
    struct DebtBand {
        var rows: [Int] = []
        var instruments = 0
    }

    /// A heading over a band of notes (`U.S. dollar notes`, `Euro notes`): right above a rate
    /// label, itself no rate label, no total and no instrument (an instrument names when it
    /// falls due: `Floating rate notes due June 2030`).
    static func headsNotes(_ labels: [Label], _ i: Int) -> Bool {
        guard i + 1 < labels.count, rateLabel(labels[i + 1].text) else { return false }
        let t = labels[i].text
        return !rateLabel(t) && !LabelText.isTotalLabel(t) && !t.lowercased().contains(" due ")
            && !(t.utf8.last.map(ByteClass.isDigit) ?? false)
    }

    /// The bands of `labels` (a new band at each group label or heading over notes).
    static func debtBands(_ labels: [Label]) -> [DebtBand] {
        var bands = [DebtBand()]
        for (i, l) in labels.enumerated() {
            if l.isGroup {
                if !(bands.last?.rows.isEmpty ?? true) { bands.append(DebtBand()) }
                continue
            }
            let b = bands.count - 1
            bands[b].rows.append(i)
            if rateLabel(l.text) { bands[b].instruments = bands[b].rows.count }
        }
        return bands.filter { !$0.rows.isEmpty }
    }

    /// The debt schedule from the label line `from` (`debtSchedule`): its rows and the
    /// index of the last line it takes, or nil.
    static func debtSchedule(_ text: [UInt8], _ ls: [Span], _ kinds: [Line], from: Int) -> (rows: [GridRow], last: Int)? {
        // Printed group by group, each group its own small table (`notesInGroups`).
        if let groups = notesInGroups(text, ls, kinds, from: from) { return groups }
        var j = from
        var rates = 0
        while j < ls.count, kinds[j] == .label, j - from < maxLabels {
            if opensWithRate(text, ls[j]) { rates += 1 }
            j += 1
        }
        guard rates >= minRateLabels, j - from >= minRateLabels + 2, j < ls.count else { return nil }
        var printed = labels(text, ls, Array(from..<j))
        printed.removeLast(lettersUnderTheLabels(printed))
        for i in printed.indices where headsNotes(printed, i) { printed[i].heading = true }
        let bands = debtBands(printed)
        let instruments = bands.reduce(0) { $0 + $1.instruments }
        guard let first = bands.first, first.instruments > 0,
              printed.filter({ rateLabel($0.text) }).count >= max(minRateLabels, instruments / 2) else { return nil }
        let segments = debtSegments(text, ls, kinds, from: j)
        guard let columns = debtColumns(segments, bands) else { return nil }
        let amounts = columns.template.indices.filter { !columns.template[$0].isText && !columns.template[$0].isPercent }
        guard !amounts.isEmpty,
              debtTotalsAddUp(printed, amounts.map { c in debtCells(printed, bands, columns, column: c) }) else { return nil }
        // Lines after the last column kept are not the schedule's.
        let kept = columns.byBand.joined().filter { !$0.isText }
        guard let cellsEnd = kept.flatMap({ $0.cells.compactMap { $0?.span.end } }).max(),
              let lastLine = (from..<ls.count).last(where: { ls[$0].start < cellsEnd }) else { return nil }
        return (debtRows(text, ls, kinds, printed, bands, columns), lastLine)
    }

    /// The blocks of cells after the labels, in print order, each with the header pieces
    /// printed before it (none: it may continue the column before it).
    static func debtSegments(_ text: [UInt8], _ ls: [Span], _ kinds: [Line], from j: Int) -> [DebtColumn] {
        var segments: [DebtColumn] = []
        var pieces: [Int] = []
        var k = j
        while k < ls.count {
            if kinds[k] == .blank || kinds[k] == .currencySign { k += 1; continue }
            var e = k
            while e < ls.count, kinds[e] != .blank, kinds[e] != .currencySign { e += 1 }
            guard let block = debtBlock(text, ls, kinds, k, e) else { break }
            switch block {
            case .footnote:
                break
            case .pieces(let p):
                pieces += p
                if pieces.count > maxPieces { return segments }
            case .words(let w):
                segments.append(DebtColumn(pieces: pieces, cells: w, isText: true))
                pieces = []
            case .cells(let c, let percent):
                // Footnote markers right under the labels (`(1)` / `(2)`) head no column.
                if segments.isEmpty, pieces.isEmpty, footnoteMarkers(c) { break }
                segments.append(DebtColumn(pieces: pieces, cells: c, isPercent: percent))
                pieces = []
            }
            k = e
        }
        return segments
    }

    /// Whether cells are footnote markers in order: `(1)`, `(2)`, ...
    static func footnoteMarkers(_ cells: [GridCell?]) -> Bool {
        cells.count <= maxFootnoteMarkers && cells.enumerated().allSatisfy { k, c in c?.text == "(\(k + 1))" }
    }

    /// The columns of each band (`debtColumns`) and the kinds of the first band's columns
    /// (the template the other bands follow).
    struct DebtColumns {
        var byBand: [[DebtColumn]]
        var template: [DebtColumn]
    }

    /// Each band's columns from the segments, in print order: a band's columns left to
    /// right, then the next band's. An amount column takes segments with no pieces between
    /// them until it holds one figure a row of its band; a rate or text column is one
    /// segment, one cell a row or an instrument of its band. The first band takes columns
    /// while they fit; each later band as many of the same kinds (no rate or text column
    /// where it has no instrument). Nil unless every band is complete.
    static func debtColumns(_ segments: [DebtColumn], _ bands: [DebtBand]) -> DebtColumns? {
        var s = 0
        // The next column of `band` of the kind of `like` (any kind when nil), or nil.
        func column(_ band: DebtBand, like: DebtColumn?) -> DebtColumn? {
            guard s < segments.count else { return nil }
            var c = segments[s]
            if let like, like.isText != c.isText || like.isPercent != c.isPercent { return nil }
            if c.isText || c.isPercent {
                guard c.cells.count == band.rows.count || c.cells.count == band.instruments else { return nil }
                s += 1
                return c
            }
            var n = s + 1
            while c.cells.count < band.rows.count, n < segments.count, segments[n].pieces.isEmpty,
                  !segments[n].isText, !segments[n].isPercent {
                c.cells += segments[n].cells
                n += 1
            }
            guard c.cells.count == band.rows.count else { return nil }
            s = n
            return c
        }
        var firstBand: [DebtColumn] = []
        guard let band0 = bands.first else { return nil }
        while let c = column(band0, like: nil) { firstBand.append(c) }
        guard !firstBand.isEmpty else { return nil }
        var byBand = [firstBand]
        for band in bands.dropFirst() {
            var cols: [DebtColumn] = []
            for like in firstBand where band.instruments > 0 || (!like.isText && !like.isPercent) {
                guard let c = column(band, like: like) else { return nil }
                cols.append(c)
            }
            byBand.append(cols)
        }
        return DebtColumns(byBand: byBand, template: firstBand)
    }

    /// The cells of template column `column` for each label (nil for a group label, a row
    /// the column has no cell for).
    static func debtCells(_ labels: [Label], _ bands: [DebtBand], _ columns: DebtColumns, column: Int) -> [GridCell?] {
        var out = [GridCell?](repeating: nil, count: labels.count)
        for (b, band) in bands.enumerated() {
            // The band's column of that kind: the same position among the columns it has.
            let kinds = columns.template.indices.filter { band.instruments > 0 || (!columns.template[$0].isText && !columns.template[$0].isPercent) }
            guard let at = kinds.firstIndex(of: column), columns.byBand[b].indices.contains(at) else { continue }
            let cells = columns.byBand[b][at].cells
            for (k, row) in band.rows.enumerated() where cells.indices.contains(k) {
                out[row] = cells[k]
            }
        }
        return out
    }

    /// **Totals of a debt schedule.** In each amount column (`columns`: a cell per label), each
    /// `Total` row is the running sum of the rows above it: the sum starts again only after a
    /// group label ending with a colon, and runs on through headings over notes and through
    /// totals (`Total debt` under two headed bands adds up both). A total printed as a dash is
    /// passed over when the rows above it add up to anything but zero (and checked as zero
    /// when they do). Two rows after the last total are its portions (the second the total
    /// less the first). Within the rounding of the figures added (`roundingTolerance`, as
    /// `totalsAddUp`); each column has one total at least that adds up, and none that does not.
    static func debtTotalsAddUp(_ labels: [Label], _ columns: [[GridCell?]]) -> Bool {
        for cells in columns {
            let parsed = cells.map { cell in cell.flatMap { NumberParser.parse($0.text) } }
            let v = parsed.map { $0?.value }
            var sum = 0.0, tolerance = 0.0, checked = 0
            var lastTotal: Int?
            for (i, l) in labels.enumerated() {
                if l.text.hasSuffix(":") { sum = 0; tolerance = 0; continue }
                guard let x = v[i], let p = parsed[i] else { continue }
                guard LabelText.isTotalLabel(l.text) else { sum += x; tolerance += p.roundingTolerance; continue }
                lastTotal = i
                if p.kind == .dash, sum != 0 { continue }
                guard abs(x - sum) <= tolerance + p.roundingTolerance else { return false }
                checked += 1
            }
            guard checked > 0 else { return false }
            if let t = lastTotal, t + 3 == labels.count, let pt = parsed[t], pt.kind == .number,
               let total = v[t], let a = v[t + 1], let b = v[t + 2], let pa = parsed[t + 1], let pb = parsed[t + 2] {
                let rounding = pt.roundingTolerance + pa.roundingTolerance + pb.roundingTolerance
                guard abs(total - abs(a) - b) <= rounding else { return false }
            }
        }
        return true
    }

    /// The grid of a debt schedule: column 0 the labels (a group label or heading a row of
    /// its own), one column per rate or amount column of the first band (a rate column's
    /// cells on its band's instruments), header rows from each column's pieces, bottom
    /// aligned; a year printed as the last piece of a rate column heads the amount column
    /// after it when that one has no pieces of its own.
    static func debtRows(_ text: [UInt8], _ ls: [Span], _ kinds: [Line], _ labels: [Label], _ bands: [DebtBand],
                         _ columns: DebtColumns) -> [GridRow] {
        let shown = columns.template.indices.filter { !columns.template[$0].isText }
        let template = shown.map { columns.template[$0] }
        var heads = template.map { $0.pieces.compactMap { GridReader.cell(text, ls[$0].range) } }
        for i in template.indices.dropFirst() where heads[i].isEmpty && template[i - 1].isPercent {
            if let y = template[i - 1].pieces.last, kinds[y] == .year, heads[i - 1].count > 1 {
                heads[i] = [heads[i - 1].removeLast()]
            }
        }
        var start = labels.first?.span.start ?? 0
        // No pieces before the runs: the years above the labels head the amount columns, one
        // each in order (`yearsAbove`).
        let amounts = template.indices.filter { !template[$0].isPercent }
        if heads.allSatisfy(\.isEmpty), let above = yearsAbove(text, before: start), above.years.count == amounts.count {
            for (i, year) in zip(amounts, above.years) { heads[i] = above.pieces + [year] }
            if let f = above.pieces.first ?? above.years.first, !above.pastCaption { start = min(start, f.span.start) }
        }
        var rows = headerRows(heads, start: start)
        let byColumn = shown.map { debtCells(labels, bands, columns, column: $0) }
        for (v, label) in labels.enumerated() {
            let labelCell = GridCell(text: label.text, span: label.span)
            if label.isGroup {
                rows.append(GridRow(cells: [labelCell], span: label.span))
                continue
            }
            var cells: [GridCell?] = [labelCell]
            var end = label.span.end
            for column in byColumn {
                if let cell = column[v] { end = max(end, cell.span.end) }
                cells.append(column[v])
            }
            rows.append(GridRow(cells: cells, span: Span(start: label.span.start, end: end)))
        }
        return rows
    }
}

/// **Notes in groups** (`notesInGroups`, #17). A debt schedule printed group by group, each
/// group of notes its own small table in the text flow: the group's heading (no colon), its
/// labels (each starting with its rate, `rateLabel`), then one run a column of exactly as many
/// figures as the group has labels (amounts, a `$` line before the first; rates, `4.26 %`),
/// then the next group's heading, labels and runs; the schedule's totals last, their figures
/// before their labels, the first (the notes' sum) often printed without one:
///
/// ```
/// 2030 notes                      ← a group: its heading, labels, then k runs of n figures
///
/// 3.10 % Notes due May 2031
/// 3.90 % Notes due May 2041
///
/// $
///
/// 600                             ← the first year's amounts
/// 400
///
/// 600                             ← the second year's
/// 400
///
/// 3.22 %                          ← the effective rates
/// 4.01 %
///
/// 2026 notes                      ← the next group, the same k runs in the same order
/// ...
/// 2,000                           ← the totals: the notes' sum, unlabelled
/// (12)
/// 1,988
///
/// Less: issuance costs
/// Total debt
/// ```
///
/// Read as one table when three groups or more each print a heading, and every group prints
/// `n >= 1` rate labels and then exactly `k` runs of `n` figures (the same `k` in every group,
/// the rate column at the same position in every group, the amounts one a label); notes
/// printed under no heading end the groups (which group they belong to is not told; they
/// and what follows stay text). The heading is a group row; the years above the
/// labels head the amount columns, one each in order (`yearsAbove`; no period otherwise);
/// the rate column has no header. The totals are read only when they reconcile
/// (`groupTotals`), else they stay text. Any group that breaks the shape leaves the region to
/// the other readers.
extension ColumnRuns {
    /// Fewest groups with a heading for `notesInGroups`.
    static let minNoteGroups = 3
    /// Most heading lines over a group of notes.
    static let maxGroupHeadingLines = 3

    /// A group of notes: its heading lines and label lines (line indices), and its runs.
    struct NoteGroup {
        var headings: [Int] = []
        var labels: [Int] = []
        var runs: [[GridCell?]] = []
        var percent: [Bool] = []
    }

    /// The lines from `k` up to the next blank line or currency sign.
    static func blockEnd(_ kinds: [Line], _ k: Int) -> Int {
        var e = k
        while e < kinds.count, kinds[e] != .blank, kinds[e] != .currencySign { e += 1 }
        return e
    }

    /// `k` past blank lines and currency signs.
    static func skipGaps(_ kinds: [Line], _ k: Int) -> Int {
        var k = k
        while k < kinds.count, kinds[k] == .blank || kinds[k] == .currencySign { k += 1 }
        return k
    }

    /// The run of figures `lo..<hi` (`debtBlock` cells), or nil when the block holds a label.
    static func figureRun(_ text: [UInt8], _ ls: [Span], _ kinds: [Line], _ lo: Int, _ hi: Int) -> (cells: [GridCell?], percent: Bool)? {
        guard hi > lo, (lo..<hi).allSatisfy({ kinds[$0] == .figure || rateCell(text, GridReader.trim(text, ls[$0].range)) != nil }),
              case .cells(let c, let percent)? = debtBlock(text, ls, kinds, lo, hi), c.count == hi - lo else { return nil }
        return (c, percent)
    }

    /// The group of notes from line `k` (`notesInGroups`): its heading, labels and runs (at
    /// most `runs` when given), and the line after its last run. Nil when no rate labels follow.
    static func noteGroup(_ text: [UInt8], _ ls: [Span], _ kinds: [Line], from k: Int, runs: Int?) -> (group: NoteGroup, next: Int)? {
        var g = NoteGroup()
        var k = skipGaps(kinds, k)
        func isRateLabel(_ i: Int) -> Bool { kinds[i] == .label && opensWithRate(text, ls[i]) }
        var e = blockEnd(kinds, k)
        // A block longer than a heading is no heading (checked first: it costs nothing, and
        // such a block, prose most often, is then refused on its first line below).
        if k < e, e - k <= maxGroupHeadingLines, (k..<e).allSatisfy({ kinds[$0] == .label && !isRateLabel($0) }) {
            g.headings = Array(k..<e)
            k = skipGaps(kinds, e)
            e = blockEnd(kinds, k)
        }
        guard k < e, (k..<e).allSatisfy(isRateLabel) else { return nil }
        g.labels = Array(k..<e)
        k = e
        while runs.map({ g.runs.count < $0 }) ?? true {
            let s = skipGaps(kinds, k)
            let end = blockEnd(kinds, s)
            guard end - s == g.labels.count, let run = figureRun(text, ls, kinds, s, end),
                  run.percent || run.cells.allSatisfy({ $0 != nil }) else { break }
            g.runs.append(run.cells)
            g.percent.append(run.percent)
            k = end
        }
        return (g, k)
    }

    /// The schedule printed group by group from the label line `from` (`notesInGroups`): its
    /// rows and the index of the last line it takes, or nil.
    static func notesInGroups(_ text: [UInt8], _ ls: [Span], _ kinds: [Line], from: Int) -> (rows: [GridRow], last: Int)? {
        guard let (first, afterFirst) = noteGroup(text, ls, kinds, from: from, runs: nil),
              !first.headings.isEmpty, first.runs.count >= 2, first.percent.contains(false) else { return nil }
        var groups = [first]
        var k = afterFirst
        // Notes under no heading end the groups (their group is not told): they stay text.
        while let (g, next) = noteGroup(text, ls, kinds, from: k, runs: first.runs.count), !g.headings.isEmpty {
            // A group that breaks the shape leaves the whole region to the other readers.
            guard g.percent == first.percent else { return nil }
            groups.append(g)
            k = next
        }
        guard groups.count >= minNoteGroups else { return nil }
        let amounts = first.percent.indices.filter { !first.percent[$0] }
        let totals = groupTotals(text, ls, kinds, from: k, groups: groups, amounts: amounts)
        let lastRun = groups.last?.runs.last?.compactMap { $0?.span.end }.max() ?? 0
        let endByte = max(lastRun, totals?.end ?? 0)
        guard let lastLine = (from..<ls.count).last(where: { ls[$0].start < endByte }) else { return nil }
        return (noteGroupRows(text, ls, groups, amounts: amounts, totals: totals), lastLine)
    }

    /// **The totals after the groups** (`notesInGroups`): one run a column of amounts, each of
    /// `m` figures, then `m` labels, or `m - 1` (the first figure then unlabelled). Read only
    /// when in every amount column the first figure is the sum of the notes' amounts, each
    /// `Total` row and the last row are the sum of the figures since the last total (the first
    /// included), one total at least. A block of heading lines printed between the figures and
    /// the labels is passed over; the labels end at the first line that is no label. Nil
    /// otherwise.
    static func groupTotals(_ text: [UInt8], _ ls: [Span], _ kinds: [Line], from k: Int, groups: [NoteGroup], amounts: [Int])
        -> (labels: [Label?], cells: [[GridCell?]], end: Int)? {
        var k = k
        var runs: [[GridCell?]] = []
        for _ in amounts {
            let s = skipGaps(kinds, k)
            let e = blockEnd(kinds, s)
            guard let run = figureRun(text, ls, kinds, s, e), !run.percent, run.cells.allSatisfy({ $0 != nil }) else { return nil }
            runs.append(run.cells)
            k = e
        }
        guard let m = runs.first?.count, m >= 2, runs.allSatisfy({ $0.count == m }) else { return nil }
        var s = skipGaps(kinds, k)
        var e = blockEnd(kinds, s)
        if e - s < m - 1, e - s <= maxGroupHeadingLines, (s..<e).allSatisfy({ kinds[$0] == .label }) {
            s = skipGaps(kinds, e)
            e = blockEnd(kinds, s)
        }
        // The labels end at the first line that is none (a footnote's marker under them).
        e = (s..<e).first { kinds[$0] != .label } ?? e
        guard e - s == m || e - s == m - 1 else { return nil }
        let printed = labels(text, ls, Array(s..<e))
        guard printed.count == e - s else { return nil }
        let rowLabels: [Label?] = printed.count == m ? printed : [nil] + printed
        for (column, run) in zip(amounts, runs) {
            let notes = groups.reduce(0.0) { sum, g in
                sum + g.runs[column].reduce(0.0) { $0 + ($1.flatMap { NumberParser.parse($0.text)?.value } ?? 0) }
            }
            let v = run.map { $0.flatMap { NumberParser.parse($0.text)?.value } }
            guard let top = v[0], abs(top - notes) < 0.5 else { return nil }
            var running = top
            var checked = 0
            for i in 1..<m {
                guard let x = v[i] else { return nil }
                let isTotal = rowLabels[i].map { LabelText.isTotalLabel($0.text) } ?? false
                if isTotal || i == m - 1 {
                    guard abs(x - running) < 0.5 else { return nil }
                    if isTotal { checked += 1 }
                    running = x
                } else {
                    running += x
                }
            }
            guard checked > 0 else { return nil }
        }
        return (rowLabels, runs, ls[e - 1].end)
    }

    /// The grid of a schedule printed group by group: a header row of the years above the
    /// labels over the amount columns (`yearsAbove`, one each, else none), each group's
    /// heading lines as group rows, its notes, then the totals (the first, when unlabelled,
    /// with no label).
    static func noteGroupRows(_ text: [UInt8], _ ls: [Span], _ groups: [NoteGroup], amounts: [Int],
                              totals: (labels: [Label?], cells: [[GridCell?]], end: Int)?) -> [GridRow] {
        guard let firstGroup = groups.first else { return [] }
        let firstLine = firstGroup.headings.first ?? firstGroup.labels.first ?? 0
        let start = ls[firstLine].start
        var rows: [GridRow] = []
        let columns = firstGroup.runs.count
        if let above = yearsAbove(text, before: start), above.years.count == amounts.count {
            var cells = [GridCell?](repeating: nil, count: columns + 1)
            for (c, year) in zip(amounts, above.years) { cells[c + 1] = year }
            let end = above.years.map(\.span.end).max() ?? start
            var row = GridRow(cells: cells, span: Span(start: start, end: max(start, end)))
            row.spanEnds = headerlessColumn(cells, columns: columns)
            rows.append(row)
        }
        for g in groups {
            for h in g.headings {
                let r = GridReader.trim(text, ls[h].range)
                rows.append(GridRow(cells: [GridCell(text: String(decoding: text[r], as: UTF8.self), span: Span(r))], span: Span(r)))
            }
            for (n, line) in g.labels.enumerated() {
                let r = GridReader.trim(text, ls[line].range)
                var cells: [GridCell?] = [GridCell(text: String(decoding: text[r], as: UTF8.self), span: Span(r))]
                var end = r.upperBound
                for run in g.runs {
                    let c = run.indices.contains(n) ? run[n] : nil
                    if let c { end = max(end, c.span.end) }
                    cells.append(c)
                }
                rows.append(GridRow(cells: cells, span: Span(start: r.lowerBound, end: end)))
            }
        }
        guard let totals else { return rows }
        for (i, label) in totals.labels.enumerated() {
            var cells = [GridCell?](repeating: nil, count: columns + 1)
            cells[0] = label.map { GridCell(text: $0.text, span: $0.span) }
            for (c, run) in zip(amounts, totals.cells) { cells[c + 1] = run[i] }
            let spans = cells.compactMap { $0?.span }
            guard let lo = spans.map(\.start).min(), let hi = spans.map(\.end).max() else { continue }
            rows.append(GridRow(cells: cells, span: Span(start: lo, end: hi)))
        }
        return rows
    }
}
