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
/// out of the grid (its words are no figures). The reading stands only when every amount
/// column adds up (`debtTotalsAddUp`): each `Total` row is the sum of the rows since the
/// total before (and that total), and two rows after the last total are a total's two
/// portions (`Current portion`, `Noncurrent portion`: the second is the total less the first).
/// Otherwise the region is read as any column runs (`read`), or stays text.
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
    /// point and is no rate label.
    static func rateLabel(_ t: String) -> Bool {
        let b = Array(t.utf8.prefix(24))
        return rateLabel(b, 0..<b.count)
    }

    /// `rateLabel` on the bytes `r` of `b` (trimmed).
    static func rateLabel(_ b: [UInt8], _ r: Range<Int>) -> Bool {
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
        guard number() else { return false }
        if i < end, b[i] == 0x2D {
            i += 1
            guard number() else { return false }
        }
        if i < end, b[i] == 0x20 { i += 1 }
        guard i + 2 < end, b[i] == 0x25, b[i + 1] == 0x20 else { return false }
        return ByteClass.isLetter(b[i + 2])
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
        let t = String(decoding: text[r.lowerBound..<hi], as: UTF8.self)
        if let p = NumberParser.parse(bytes: Array(text[r.lowerBound..<hi])), p.isPercent, p.suffixScale == nil {
            return (GridReader.cell(text, GridReader.trim(text, r.lowerBound..<hi)), true)
        }
        return rateLabel(t + " x") ? (nil, true) : nil
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

    /// The debt schedule from the label line `from` (`debtSchedule`): its rows and the
    /// index of the last line it takes, or nil.
    static func debtSchedule(_ text: [UInt8], _ ls: [Span], _ kinds: [Line], from: Int) -> (rows: [GridRow], last: Int)? {
        var j = from
        var rates = 0
        while j < ls.count, kinds[j] == .label, j - from < maxLabels {
            if rateLabel(text, GridReader.trim(text, ls[j].range)) { rates += 1 }
            j += 1
        }
        guard rates >= minRateLabels, j - from >= minRateLabels + 2, j < ls.count else { return nil }
        var printed = labels(text, ls, Array(from..<j))
        printed.removeLast(lettersUnderTheLabels(printed))
        guard printed.allSatisfy({ !$0.isGroup }),
              let lastRate = printed.lastIndex(where: { rateLabel($0.text) }),
              printed.filter({ rateLabel($0.text) }).count >= max(minRateLabels, (lastRate + 1) / 2) else { return nil }
        let rows = printed.count, instruments = lastRate + 1
        var columns: [DebtColumn] = []
        var pieces: [Int] = []
        var last = j - 1
        var k = j
        // Whether the column being filled may take the next block of cells.
        // Amounts go on to one a row; rates stop at one an instrument.
        func open(_ percent: Bool) -> Bool {
            guard let c = columns.last, !c.isText, c.isPercent == percent, c.cells.count < rows else { return false }
            return !(percent && c.cells.count == instruments)
        }
        scan: while k < ls.count {
            if kinds[k] == .blank || kinds[k] == .currencySign { k += 1; continue }
            var e = k
            while e < ls.count, kinds[e] != .blank, kinds[e] != .currencySign { e += 1 }
            guard let block = debtBlock(text, ls, kinds, k, e) else { break }
            switch block {
            case .footnote:
                break
            case .pieces(let p):
                pieces += p
                if pieces.count > maxPieces { break scan }
            case .words(let w):
                guard w.count == instruments || w.count == rows else { break scan }
                columns.append(DebtColumn(pieces: pieces, cells: w, isText: true))
                pieces = []
                last = e - 1
            case .cells(let c, let percent):
                if pieces.isEmpty, open(percent), let n = columns.last?.cells.count, n + c.count <= rows {
                    columns[columns.count - 1].cells += c
                    columns[columns.count - 1].isPercent = columns[columns.count - 1].isPercent || percent
                } else {
                    guard c.count <= rows else { break scan }
                    columns.append(DebtColumn(pieces: pieces, cells: c, isPercent: percent))
                    pieces = []
                }
                last = e - 1
            }
            k = e
        }
        // A column left short (not one cell a row or an instrument) ends the schedule before it.
        while let c = columns.last, !(c.cells.count == rows || (c.cells.count == instruments && (c.isPercent || c.isText))) {
            columns.removeLast()
        }
        guard !columns.isEmpty, columns.contains(where: { !$0.isText && !$0.isPercent }),
              columns.allSatisfy({ $0.cells.count == rows || (($0.isPercent || $0.isText) && $0.cells.count == instruments) }),
              debtTotalsAddUp(printed, columns.filter { !$0.isText && !$0.isPercent }) else { return nil }
        // Lines after the last column kept are not the schedule's.
        let kept = columns.filter { !$0.isText }
        guard let cellsEnd = kept.flatMap({ $0.cells.compactMap { $0?.span.end } }).max(),
              let lastLine = (from...last).last(where: { ls[$0].start < cellsEnd }) else { return nil }
        return (debtRows(text, ls, kinds, printed, kept), lastLine)
    }

    /// **Totals of a debt schedule.** In each amount column, each `Total` row is the sum of
    /// the rows since the total before (and that total), unless printed as a dash; two rows
    /// after the last total are its portions (the second the total less the first). Each
    /// column has one total at least that adds up, and none that does not.
    static func debtTotalsAddUp(_ labels: [Label], _ columns: [DebtColumn]) -> Bool {
        for c in columns {
            let v = c.cells.map { cell -> Double? in cell.flatMap { NumberParser.parse($0.text)?.value } }
            var sum = 0.0, checked = 0
            var lastTotal: Int?
            for (i, l) in labels.enumerated() {
                guard let x = v[i] else { continue }
                if LabelText.isTotalLabel(l.text) {
                    if c.cells[i].map({ NumberParser.parse($0.text)?.kind == .dash }) == true, sum != 0 {
                        lastTotal = i
                        continue
                    }
                    guard abs(x - sum) < 0.5 else { return false }
                    checked += 1
                    lastTotal = i
                }
                sum += LabelText.isTotalLabel(l.text) ? 0 : x
            }
            guard checked > 0 else { return false }
            if let t = lastTotal, t + 3 == labels.count, let total = v[t], let a = v[t + 1], let b = v[t + 2],
               NumberParser.parse(c.cells[t]?.text ?? "")?.kind == .number {
                guard abs(total - abs(a) - b) < 0.5 else { return false }
            }
        }
        return true
    }

    /// The grid of a debt schedule: column 0 the labels, one column per rate or amount column
    /// (a rate column's cells on the instruments' rows), header rows from each column's
    /// pieces, bottom aligned; a year printed as the last piece of a rate column heads the
    /// amount column after it when that one has no pieces of its own.
    static func debtRows(_ text: [UInt8], _ ls: [Span], _ kinds: [Line], _ labels: [Label], _ columns: [DebtColumn]) -> [GridRow] {
        var heads = columns.map { $0.pieces.compactMap { GridReader.cell(text, ls[$0].range) } }
        for i in columns.indices.dropFirst() where heads[i].isEmpty && columns[i - 1].isPercent {
            if let y = columns[i - 1].pieces.last, kinds[y] == .year, heads[i - 1].count > 1 {
                heads[i] = [heads[i - 1].removeLast()]
            }
        }
        let start = labels.first?.span.start ?? 0
        var rows: [GridRow] = []
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
        for (v, label) in labels.enumerated() {
            var cells: [GridCell?] = [GridCell(text: label.text, span: label.span)]
            var end = label.span.end
            for c in columns {
                let cell = c.cells.indices.contains(v) ? c.cells[v] : nil
                if let cell { end = max(end, cell.span.end) }
                cells.append(cell)
            }
            rows.append(GridRow(cells: cells, span: Span(start: label.span.start, end: end)))
        }
        return rows
    }
}
