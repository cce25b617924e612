import FolioModel

extension RowRuns {
    /// **Years on both sides of the caption** (#17). A statement printed row by row may print
    /// its header where the text flow reaches each column's piece, the units caption between
    /// them: the first column's date over the caption, the second's under it.
    ///
    /// ```
    /// Statements of Financial Position
    /// Mar. 31,                        ← the first column's date and year
    /// 2031
    ///
    /// Millions, except share amounts  ← the caption: `yearsAbove` stopped here
    ///
    /// Dec. 31,                        ← the second column's
    /// 2030
    ///
    /// Assets
    /// Cash and cash equivalents
    /// 1,060 $
    /// 1,016
    /// ```
    ///
    /// When the years passed between the caption and the rows are fewer than the columns, the
    /// lines right above the caption are read on: blank lines, years and month dates only
    /// (`Mar. 31,`), up to the first other line (the title, the company's name). Taken only when
    /// the years on both sides are exactly one a column, in column order (rising or falling),
    /// and the dates are none or one over each year; each column then takes its date and year
    /// (`Mar. 31, 2031`). Any other count leaves the columns without a header, as before.
    static func yearsAcrossCaption(_ text: [UInt8], caption: Span, below: [GridCell], columns: Int) -> [GridCell] {
        guard !below.isEmpty, below.count < columns else { return [] }
        var over: [GridCell] = []
        var pieces = 0
        TableRegionFinder.forEachLineBackward(text, in: max(0, caption.start - yearsLookbackBytes)..<caption.start) { line in
            let kind = ColumnRuns.classify(text, line)
            if kind == .blank { return true }
            if kind == .year, let c = GridReader.cell(text, line.range) {
                over.insert(c, at: 0)
                return over.count + below.count < columns
            }
            guard pieces < ColumnRuns.maxPieces, let p = ColumnRuns.headerPiece(text, line),
                  namesMonthOrItsShortName(p.text) else { return false }
            pieces += 1
            return true
        }
        let years = over + below
        guard years.count == columns, ColumnRuns.yearsInColumnOrder(years) else { return [] }
        let dated = years.map { dateAbove(text, $0) }
        let withDates = dated.compactMap { $0 }
        guard withDates.isEmpty || withDates.count == years.count else { return [] }
        return withDates.isEmpty ? years : withDates
    }

    /// A year cell with the month date printed on the line right above it (`Mar. 31,` over
    /// `2031`: `Mar. 31, 2031`), blank lines between skipped; nil when that line is no date.
    static func dateAbove(_ text: [UInt8], _ year: GridCell) -> GridCell? {
        var date: GridCell?
        TableRegionFinder.forEachLineBackward(text, in: max(0, year.span.start - yearsLookbackBytes)..<year.span.start) { line in
            let kind = ColumnRuns.classify(text, line)
            if kind == .blank { return true }
            if let p = ColumnRuns.headerPiece(text, line), namesMonthOrItsShortName(p.text) {
                date = GridCell(text: p.text + " " + year.text, span: p.span.union(year.span))
            }
            return false
        }
        return date
    }

    /// Whether a header piece names a month, in full or by its short name (`Jun. 30,`,
    /// `Sept. 30,`, `Dec 31,`: `Months.number`).
    static func namesMonthOrItsShortName(_ s: String) -> Bool {
        LabelText.words(s).contains { Months.number($0) != nil }
    }
}

extension RowRuns {
    /// The units caption printed among the header's years (`yearsAcrossCaption`) as a row of
    /// its own over the header, spanning every column (`ColumnRuns.unitsRow`): the header
    /// row, starting above it, would leave it inside the table, where no lookback finds the
    /// table's units. Nil when the caption is above the first year.
    static func captionAmongYears(_ text: [UInt8], _ years: [GridCell], caption: Span) -> GridRow? {
        guard let y0 = years.first, caption.start > y0.span.start, let cell = GridReader.cell(text, caption.range) else { return nil }
        return ColumnRuns.unitsRow(cell, columns: years.count, start: y0.span.start)
    }
}
