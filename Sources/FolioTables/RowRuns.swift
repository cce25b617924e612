import FolioModel

/// **Row runs** (reading-order text: plain `pdftotext`, no `-layout`). Where a statement's
/// rows are set apart by enough space, a converter that follows the page's text flow prints
/// it row by row: each row's label, then its figures, one a line, left to right:
///
/// ```
/// Operating expenses:             ← a group row: ends with a colon, no figures
/// Cost of sales
/// 288,831                         ← one figure a column
/// 304,739
/// Fulfillment
/// $
/// 84,299
/// 90,619 $                        ← `$`: the next figure's currency sign
/// Technology and
/// infrastructure                  ← a wrapped label: starts in lowercase
/// 73,213
/// 85,622
/// ```
///
/// A row is one label (its wrapped lines joined), the group labels right above it (a
/// heading over the first of them included: `headingOverGroup`), and
/// the figure lines after it (blank lines and lone `$` lines skipped). A region is a chain
/// of at least `minRows` consecutive rows with the same number of figures, two at least:
/// every row is paired with exactly one figure a column, so nothing is guessed. A row that
/// breaks the chain (two labels before the figures, or a different number of figures: a
/// row whose label or figures the converter printed elsewhere, a page number) ends the
/// region: the pairing is not stretched over it. The grid is what the other readers give
/// the table core (column 0 the label, one column a figure, the columns' years printed
/// above as a header row: `yearsAbove`), so units, periods and
/// concepts are decided later, as for any table; a table read so whose totals do not add
/// up is left as text (`TablesStage`).
enum RowRuns {
    /// Fewest rows in a chain (two rows with two figures each are as often a pair of
    /// sentences over page numbers as a table).
    static let minRows = 3
    /// Most figures a row (columns).
    static let maxColumns = 12

    /// One printed row: line indices of the group labels above it, of its label's lines
    /// and of its figure lines.
    struct Row: Equatable {
        var groups: [Int]
        var label: [Int]
        var figures: [Int]
    }

    /// A label line ending with a colon: the heading of the rows below it.
    static func isGroup(_ text: [UInt8], _ line: Span) -> Bool {
        let r = GridReader.trim(text, line.range)
        return !r.isEmpty && text[r.upperBound - 1] == 0x3A
    }

    /// **A heading over a group.** A section heading printed without a colon right above a
    /// group label heads the rows below, as the group label does; it takes no figures:
    ///
    /// ```
    /// ASSETS                          ← a heading: the next line is a group label
    /// Current assets:
    /// Cash
    /// 60
    /// 75
    /// ```
    ///
    /// A row whose figures the converter printed elsewhere may stand there too (`Deferred tax
    /// assets, net of valuation allowances` over `Deferred tax liabilities:`, its figures
    /// printed rows above): as in a label run (`ColumnRuns.headsGroup`), a heading is in
    /// title case or capitals (`ColumnRuns.isTitleCase`: every word of four letters or more
    /// starts with a capital) and no total. Line `at` is such a heading when it is a label
    /// so printed, no group label, caption or sentence, and the next line that is not blank
    /// is a group label (`isGroup`); the index of that group line, or nil.
    static func headingOverGroup(_ text: [UInt8], _ ls: [Span], _ kinds: [ColumnRuns.Line], at k: Int) -> Int? {
        guard k < ls.count, kinds[k] == .label, !isGroup(text, ls[k]) else { return nil }
        var g = k + 1
        while g < ls.count, kinds[g] == .blank { g += 1 }
        guard g < ls.count, kinds[g] == .label, isGroup(text, ls[g]),
              !ColumnRuns.isCaptionOrSentence(text, ls[k]) else { return nil }
        let heading = String(decoding: text[GridReader.trim(text, ls[k].range)], as: UTF8.self)
        return ColumnRuns.isTitleCase(heading) && !LabelText.isTotalLabel(heading) ? g : nil
    }

    /// **A balance row's figures past a column's heading.** A roll-forward printed row by row
    /// opens with its balance row, whose currency sign the converter prints in the label's
    /// flow, and a column's heading printed over the figures may follow it there, before the
    /// figures:
    ///
    /// ```
    /// Balance at April 1, 2030        ← the row's label
    /// $                               ← its first figure's sign
    /// Foreign currency translation    ← a column's heading (its pieces joined)
    /// (495) $
    /// (241) $
    /// ```
    ///
    /// A balance row (its label opens with `Balance`: `Balance at April 1, 2030`, `Balances,
    /// June 30`) always prints figures, so the figures after a lone `$` line and at most
    /// `maxHeadingLines` header pieces (`ColumnRuns.headerPiece`: short, no group label,
    /// caption, sentence or statement title) are its own, and those lines are no row. The index of
    /// the first line after the heading lines, or nil (the figures follow the label, or no `$`
    /// line and heading stand between). `label`: the label's first line.
    static func figuresPastHeading(_ text: [UInt8], _ ls: [Span], _ kinds: [ColumnRuns.Line], label: Int, from: Int) -> Int? {
        var k = from
        while k < ls.count, kinds[k] == .blank { k += 1 }
        guard k < ls.count, kinds[k] == .currencySign, opensABalance(text, ls[label]) else { return nil }
        k += 1
        var headingLines = 0
        while k < ls.count, kinds[k] == .blank || kinds[k] == .label {
            if kinds[k] == .label {
                guard headingLines < maxHeadingLines, ColumnRuns.headerPiece(text, ls[k]) != nil else { return nil }
                headingLines += 1
            }
            k += 1
        }
        guard headingLines > 0, k < ls.count, kinds[k] == .figure else { return nil }
        return k
    }

    /// Most lines of a column's heading `figuresPastHeading` passes over.
    static let maxHeadingLines = 3

    /// Whether a label line opens with `Balance` (`Balance at April 1, 2030`, `Balances`).
    static func opensABalance(_ text: [UInt8], _ line: Span) -> Bool {
        var i = line.start
        while i < line.end, text[i] == 0x20 || text[i] == 0x09 { i += 1 }
        return text.withUnsafeBufferPointer { ByteSearch.hasPrefixFolded(UnsafeBufferPointer(rebasing: $0[i..<line.end]), "balance") }
    }

    /// The row whose lines start at `from` (blank lines before it skipped), or nil when the
    /// lines there are not one label followed by figures. `kinds` holds each line's kind
    /// (`ColumnRuns.classifyAll`).
    static func row(_ text: [UInt8], _ ls: [Span], _ kinds: [ColumnRuns.Line], from: Int) -> Row? {
        var k = from
        func kind(_ i: Int) -> ColumnRuns.Line { kinds[i] }
        func skipBlanks() { while k < ls.count, kind(k) == .blank { k += 1 } }
        skipBlanks()
        var groups: [Int] = []
        if let group = headingOverGroup(text, ls, kinds, at: k) {
            groups.append(k)
            k = group
        }
        while k < ls.count, kind(k) == .label, isGroup(text, ls[k]) {
            groups.append(k)
            k += 1
            skipBlanks()
        }
        guard k < ls.count, kind(k) == .label, !ColumnRuns.isCaptionOrSentence(text, ls[k]) else { return nil }
        var label = [k]
        k += 1
        while k < ls.count, kind(k) == .label, !isGroup(text, ls[k]),
              LabelText.isLowerStart(text[GridReader.trim(text, ls[k].range)].first) {
            label.append(k)
            k += 1
        }
        // (Most rows' figures follow the label: the rule is asked only when they do not.)
        if k < ls.count, kinds[k] != .figure, let past = figuresPastHeading(text, ls, kinds, label: label[0], from: k) { k = past }
        var figures: [Int] = []
        scan: while k < ls.count {
            switch kind(k) {
            case .figure: figures.append(k)
            case .blank, .currencySign: break
            default: break scan
            }
            k += 1
        }
        guard figures.count >= 2, figures.count <= maxColumns else { return nil }
        return Row(groups: groups, label: label, figures: figures)
    }

    /// The chain of rows starting at line `from`: nil unless `minRows` rows at least, each
    /// with as many figures as the first, or two such rows whose labels read as rows
    /// (`twoRowsByLabels`); rows whose labels were printed after them are paired by
    /// `labelsAfterRows`.
    static func chain(_ text: [UInt8], _ ls: [Span], _ kinds: [ColumnRuns.Line], from: Int) -> [Row]? {
        var rows: [Row] = []
        var k = from
        var waiting = Waiting()
        repeat {
            while let r = row(text, ls, kinds, from: k), r.figures.count == (rows.first?.figures.count ?? r.figures.count),
                  let last = r.figures.last {
                rows.append(r)
                k = last + 1
            }
        } while labelsAfterRows(text, ls, kinds, &rows, &waiting, at: &k)
        if !waiting.figures.isEmpty { rows.removeSubrange(waiting.kept...) }
        if rows.count >= minRows { return rows }
        return twoRowsByLabels(text, ls, rows) ? rows : nil
    }

    /// **Two rows told by their labels.** A statement printed row by row is often cut into
    /// short chains where the converter printed a row's label or figures elsewhere (the first
    /// row's label after the rows, a total's label with the next section's); a chain of two
    /// rows is kept when both labels read as rows, not as a column's heading over its run or
    /// a period caption:
    ///
    /// ```
    /// Interest cost                   ← two words at least, starting with a letter
    /// 52
    /// 49
    /// Expected return on plan assets
    /// (70)
    /// (66)
    /// ```
    ///
    /// A label of one word is as often a column's heading printed over the column's run
    /// (`Current` / `1,204` / `310`, then `Long-term` / ...); a label starting with a figure
    /// is a cell of another row (`0.875` / `n/a`); a period line (`Six months ended June 30,
    /// 2030 as compared to ...`, `Lookback.isPeriodLine`) heads the figures below it; a label
    /// printed as it is within `repeatLookback` lines above is a text column's cell (a
    /// statement-caption column, `Interest expense, net` beside several rows) or a row of an
    /// earlier section (`Units granted` each year): which row or section is not told.
    static func twoRowsByLabels(_ text: [UInt8], _ ls: [Span], _ rows: [Row]) -> Bool {
        guard rows.count == 2, let top = rows[0].groups.first ?? rows[0].label.first else { return false }
        return rows.allSatisfy { row in
            guard let first = row.label.first else { return false }
            let r = GridReader.trim(text, ls[first].range)
            guard let c = r.first.map({ text[$0] }), ByteClass.isLetter(c) else { return false }
            var words = 1
            for i in r where text[i] == 0x20 && i + 1 < r.upperBound && text[i + 1] != 0x20 { words += 1 }
            guard words >= 2 || row.label.count > 1 else { return false }
            let above = max(0, top - repeatLookback)..<top
            if above.contains(where: { text[GridReader.trim(text, ls[$0].range)] == text[r] }) { return false }
            return !(hasFourDigits(text, r) && Lookback.isPeriodLine(String(decoding: text[r], as: UTF8.self)))
        }
    }

    /// Whether bytes `r` hold four digits in a row (a period line names a year; the line is
    /// read as a string only then).
    static func hasFourDigits(_ text: [UInt8], _ r: Range<Int>) -> Bool {
        var run = 0
        for i in r {
            run = ByteClass.isDigit(text[i]) ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// Lines above a two-row chain searched for its labels printed before (`twoRowsByLabels`).
    static let repeatLookback = 40

    /// Index of the last line of the chain starting at `from`, if there is one.
    static func extent(_ text: [UInt8], _ ls: [Span], _ kinds: [ColumnRuns.Line], from: Int) -> Int? {
        chain(text, ls, kinds, from: from)?.last?.figures.last
    }

    /// **Years above the rows.** The columns' years, printed between the statement's units
    /// caption and its rows, among lines no reader paired:
    ///
    /// ```
    /// (in millions)                   ← the caption: the search stops here
    /// Year Ended December 31,
    /// 2023                            ← the years, left to right
    /// Net product sales
    /// 242,901
    /// 2024
    /// ...
    /// Cost of sales                   ← the first row paired
    /// ```
    ///
    /// Taken only when the caption is reached (no sentence before it, at most
    /// `ColumnRuns.unitsLookbackLines` lines) and exactly one year a column was found, in
    /// order (rising or falling); fewer years than columns may be completed by the years
    /// printed right over the caption (`yearsAcrossCaption`); otherwise none.
    static func yearsAbove(_ text: [UInt8], before start: Int, columns: Int) -> (years: [GridCell], caption: Span?) {
        let found = ColumnRuns.above(text, before: start)
        let years = found.years
        guard let caption = found.caption else { return ([], nil) }
        if years.count < columns { return (yearsAcrossCaption(text, caption: caption.span, below: years, columns: columns), caption.span) }
        guard years.count == columns else { return ([], caption.span) }
        return (ColumnRuns.yearsInColumnOrder(years) ? years : [], caption.span)
    }

    /// The grid of a region `find` gave (its lines): the columns' years above it as a header
    /// row (`yearsAbove`), then one row a label, its group labels as rows of their own.
    static func read(_ text: [UInt8], _ lines: [Span]) -> [GridRow] {
        guard let rows = chain(text, lines, ColumnRuns.classifyAll(text, lines), from: 0), let first = lines.first else { return [] }
        var out: [GridRow] = []
        let columns = rows[0].figures.count
        let (years, caption) = yearsAbove(text, before: first.start, columns: columns)
        if let caption, let units = captionAmongYears(text, years, caption: caption) { out.append(units) }
        if let y0 = years.first, let y1 = years.last {
            let cells: [GridCell?] = [nil] + years.map { Optional($0) }
            out.append(GridRow(cells: cells, span: Span(start: y0.span.start, end: y1.span.end)))
        }
        // Period groups printed among the first row (`periodGroupsAmongRows`).
        let groups = years.isEmpty ? caption.flatMap { periodGroupsAmongRows(text, before: first.start, caption: $0, columns: columns) } : nil
        if let groups { out += groups }
        // One date over every column (`oneDateOverRows`).
        let date = years.isEmpty && groups == nil ? caption.flatMap { oneDateOverRows(text, before: first.start, caption: $0, columns: columns) } : nil
        if let date { out.append(GridRow(cells: [nil] + Array(repeating: date, count: columns), span: date.span)) }
        let headed = groups == nil && date == nil ? years.count : columns
        for (i, row) in rows.enumerated() {
            for g in row.groups {
                if let c = GridReader.cell(text, lines[g].range) { out.append(GridRow(cells: [c], span: c.span)) }
            }
            let parts = row.label.compactMap { GridReader.cell(text, lines[$0].range) }
            guard let first = parts.first, let lastPart = parts.last else { continue }
            let label = GridCell(text: parts.map(\.text).joined(separator: " "), span: first.span.union(lastPart.span))
            // The later columns' headings after the years, the first row's label before them
            // (`headingsAfterYears`).
            if i == 0, headed == 0, let after = headingsAfterYears(text, lines, row), let y0 = after.header.first {
                let top = after.label.map { min($0.span.start, y0.span.start) } ?? y0.span.start
                out.append(GridRow(cells: [nil] + after.header.map { Optional($0) }, span: Span(start: top, end: label.span.end)))
                var cells: [GridCell?] = [after.label]
                for f in row.figures { cells.append(ColumnRuns.figureCell(text, lines[f])) }
                out.append(GridRow(cells: cells, span: Span(start: label.span.start, end: row.figures.last.map { lines[$0].end } ?? label.span.end)))
                continue
            }
            // The header naming every column leaves no change column for a heading to name.
            let heading = i == 0 && headed != row.figures.count && headingAfterYears(text, lines, row)
            var cells: [GridCell?] = [heading ? nil : label]
            var end = label.span.end
            for f in row.figures {
                let c = ColumnRuns.figureCell(text, lines[f])
                if let c { end = max(end, c.span.end) }
                cells.append(c)
            }
            out.append(GridRow(cells: cells, span: Span(start: label.span.start, end: end)))
        }
        return out
    }
}
