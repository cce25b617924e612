import FolioModel

extension RowRuns {
    /// **Period groups over rows printed row by row** (#17). A 10-Q's note table prints its
    /// columns in period groups (`Three months ended June 30,` over `2025` / `2024`, `Six
    /// months ended June 30,` over the same years). Printed row by row, the header comes out
    /// where the text flow reaches each piece: the first group's heading over the units
    /// caption, the rest under it, mixed with the first row's label and figures:
    ///
    /// ```
    /// Three months ended      ← the first group's heading and date, over the caption
    /// June 30,
    /// Millions                ← the caption
    /// 2025                    ← the first column's year
    /// Service cost            ← the first row's label
    /// $
    /// 11 $                    ← its first figure
    /// Six months ended        ← the second group's heading and date
    /// June 30,
    /// 2024
    /// 14
    /// 2025
    /// 22 $
    /// 2024
    /// 27
    /// Interest cost           ← the rows paired one figure a column (`chain`)
    /// 45
    /// ...
    /// ```
    ///
    /// Read when `yearsAbove` finds one year a column between the caption and the rows but
    /// not in column order: the years must repeat in blocks (`ColumnRuns.periodBlock`), and
    /// the period headings (`ColumnRuns.namesPeriod`), those under the caption and at most
    /// `maxHeadingLinesOverCaption` lines right over it, must be one a block, in print order; a date
    /// printed right after a heading (`June 30,`: a month, no year) is part of it. Each column
    /// takes its block's heading and its year (`ColumnRuns.headsInPeriodGroups`). The
    /// caption is kept as a units row over the header (`captionAmongYears`).
    ///
    /// **The first row among the header.** The other lines between the caption and the rows
    /// (currency signs and blank lines passed over) are the first row when they are one label
    /// (its lines one after another, before any figure) and then exactly one figure a
    /// column: that row is read, its figures in print order. Any other mix (several labels,
    /// another count of figures) leaves them out, and the header stands alone.
    ///
    /// Returns the rows to put over the chain's (units row, header rows, the first row if
    /// read), or nil when the lines are not so printed.
    static func periodGroupsAmongRows(_ text: [UInt8], before start: Int, caption: Span, columns: Int) -> [GridRow]? {
        guard columns >= 4, caption.end <= start, let captionCell = GridReader.cell(text, caption.range) else { return nil }
        var pieces: [GridCell] = []
        var rowLines: [(line: Span, figure: Bool)] = []
        for line in TableRegionFinder.lines(text, in: caption.end..<start) {
            switch ColumnRuns.classify(text, line) {
            case .blank, .currencySign: continue
            case .year:
                guard let c = GridReader.cell(text, line.range) else { return nil }
                pieces.append(c)
            case .figure: rowLines.append((line, true))
            case .label:
                if let p = ColumnRuns.headerPiece(text, line), ColumnRuns.namesPeriod(p.text) || isMonthDate(p.text) {
                    pieces.append(p)
                } else {
                    rowLines.append((line, false))
                }
            case .other: return nil
            }
        }
        let over = headingOverCaption(text, caption: caption)
        guard !over.isEmpty, let heads = ColumnRuns.headsInPeriodGroups(Array(repeating: [], count: columns),
                                                                       above: headingsWithDates(over + pieces)),
              let top = over.first?.span.start else { return nil }
        var rows = [ColumnRuns.unitsRow(captionCell, columns: columns, start: top)]
        rows += ColumnRuns.headerRows(heads, start: top)
        if let first = firstRowAmongHeader(text, rowLines, columns: columns) { rows.append(first) }
        return rows
    }

    /// Most lines of the first group's heading read over the caption (`Three months ended` /
    /// `June 30,`).
    static let maxHeadingLinesOverCaption = 2

    /// The first group's heading printed right over the caption: up to
    /// `maxHeadingLinesOverCaption` header pieces (blank lines skipped), the first naming a
    /// period, the others month dates; none when the lines there are not so printed.
    static func headingOverCaption(_ text: [UInt8], caption: Span) -> [GridCell] {
        var over: [GridCell] = []
        TableRegionFinder.forEachLineBackward(text, in: max(0, caption.start - yearsLookbackBytes)..<caption.start) { line in
            if ColumnRuns.classify(text, line) == .blank { return true }
            guard let p = ColumnRuns.headerPiece(text, line), ColumnRuns.namesPeriod(p.text) || isMonthDate(p.text) else { return false }
            over.insert(p, at: 0)
            return over.count < maxHeadingLinesOverCaption && !ColumnRuns.namesPeriod(p.text)
        }
        return over.first.map { ColumnRuns.namesPeriod($0.text) } == true ? over : []
    }

    /// A month date without its year (`June 30,`, `Dec. 31`): a month name, no year, at most
    /// three words.
    static func isMonthDate(_ s: String) -> Bool {
        namesMonthOrItsShortName(s) && ColumnRuns.yearEnding(s) == nil && LabelText.words(s).count <= 3
    }

    /// The pieces in print order, each month date printed right after a period heading
    /// joined to it (`Six months ended` / `June 30,`: `Six months ended June 30,`).
    static func headingsWithDates(_ pieces: [GridCell]) -> [GridCell] {
        var out: [GridCell] = []
        for p in pieces.sorted(by: { $0.span.start < $1.span.start }) {
            if let last = out.last, ColumnRuns.namesPeriod(last.text), ColumnRuns.yearEnding(last.text) == nil, isMonthDate(p.text) {
                out[out.count - 1] = GridCell(text: last.text + " " + p.text, span: last.span.union(p.span))
            } else {
                out.append(p)
            }
        }
        return out
    }

    /// The first row printed among the header (`periodGroupsAmongRows`): one label, its lines
    /// one after another, then exactly `columns` figures; nil otherwise.
    static func firstRowAmongHeader(_ text: [UInt8], _ lines: [(line: Span, figure: Bool)], columns: Int) -> GridRow? {
        guard let firstFigure = lines.firstIndex(where: \.figure), firstFigure > 0,
              lines[firstFigure...].allSatisfy(\.figure), lines.count - firstFigure == columns else { return nil }
        let parts = lines[..<firstFigure].compactMap { GridReader.cell(text, $0.line.range) }
        guard parts.count == firstFigure, parts.count <= maxLabelLines, let head = parts.first, let tail = parts.last else { return nil }
        // A label's later line starts in lowercase: two labels are two rows, not one.
        guard parts.dropFirst().allSatisfy({ LabelText.isLowerStart($0.text) }) else { return nil }
        let label = GridCell(text: parts.map(\.text).joined(separator: " "), span: head.span.union(tail.span))
        let figures = lines[firstFigure...].map { ColumnRuns.figureCell(text, $0.line) }
        guard figures.allSatisfy({ $0 != nil }) else { return nil }
        let end = figures.compactMap { $0?.span.end }.max() ?? label.span.end
        return GridRow(cells: [label] + figures, span: Span(start: label.span.start, end: max(end, label.span.end)))
    }

    /// Most lines of the first row's label read among the header.
    static let maxLabelLines = 3
}
