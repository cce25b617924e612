import FolioModel

extension RowRuns {
    /// **One date over rows of measures** (session 36, #17). A note's table whose columns are
    /// measures at one date (`Cost`, `Accumulated depreciation`, `Net book value` as of a
    /// date), printed row by row, has the date right under its units caption (or lead-in), and
    /// the measures where the text flow reaches them, mixed with the first rows:
    ///
    /// ```
    /// Millions, except estimated useful life   ← the caption
    /// As of June 30, 2031                      ← the date every column shares
    /// Cost
    /// Land
    /// $
    /// 5,450
    /// Accumulated
    /// depreciation
    /// ...
    /// Rail and other track material            ← the rows paired one figure a column
    /// 19,515
    /// ...
    /// ```
    ///
    /// The first line after the caption is a whole date (a month and a year, at most a header
    /// piece long), no other line between the caption and the rows names a year or a period,
    /// and the rows have three columns at least (two columns under one date are more often two
    /// dates, the other printed elsewhere): every column takes the date. The lines between are
    /// not read (which are measures and which rows cannot be told). Nil otherwise.
    static func oneDateOverRows(_ text: [UInt8], before start: Int, caption: Span, columns: Int) -> GridCell? {
        guard columns >= 3, caption.end <= start else { return nil }
        var date: GridCell?
        for line in TableRegionFinder.lines(text, in: caption.end..<start) {
            switch ColumnRuns.classify(text, line) {
            case .blank, .currencySign, .figure: continue
            case .year, .other: return nil
            case .label:
                let r = GridReader.trim(text, line.range)
                let t = String(decoding: text[r], as: UTF8.self)
                let dated = ColumnRuns.isWholeDate(t)
                if date == nil {
                    guard dated, r.count <= ColumnRuns.maxPieceBytes, let c = GridReader.cell(text, r) else { return nil }
                    date = c
                } else if dated || ColumnRuns.namesPeriod(t) || ColumnRuns.yearEnding(t) != nil {
                    return nil
                }
            }
        }
        return date
    }
}
