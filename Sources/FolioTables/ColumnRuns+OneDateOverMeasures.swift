import FolioModel

extension ColumnRuns {
    /// **One date over columns of measures** (session 36, #17). A note's table whose columns
    /// are measures at one date (`Amortized Cost`, `Gains`, `Losses`, `Fair Value` at
    /// `September 30, 2024`; `Series B`, `Series C`, `Right to Recover` for a year) prints its
    /// whole header above the labels, the date first, then the measures block by block where
    /// the text flow reaches them, a blank line after each block:
    ///
    /// ```
    /// September 30, 2031         ← the date every column shares
    /// Gross Unrealized           ← a heading over two columns
    ///
    /// Amortized                  ← the measures, not in column order: a measure of two
    /// Cost                          lines is printed before one of one line
    ///
    /// Gains
    ///
    /// Fair
    /// Value
    ///
    /// Losses
    /// (in millions)
    /// Agency debt securities     ← the labels
    /// ...
    /// ```
    ///
    /// The short lines right above the labels (`linesAboveLabels`: the caption skipped; any
    /// short line, `measurePiece`: a measure may name a statement, `Consolidated Balance
    /// Sheets`), read upward to a whole date (a month, a year: `September 30, 2031`), at most
    /// `maxPieces` a column, and a period heading right over the date (`namesPeriod`: `For the
    /// Year Ended`); in print order, no piece after the date names a
    /// year, a month or a period; and the other pieces make as many blocks (cut at blank
    /// lines) as the columns at least: the columns are measures, so the date is every
    /// column's. Each column takes the heading and the date. The measures are not dealt out:
    /// their print order need not be the columns' (above), and a wrong measure is worse than
    /// none. Nil otherwise.
    static func oneDateOverMeasures(_ text: [UInt8], before: Int, columns: Int) -> (head: [GridCell], pastCaption: Bool)? {
        guard columns >= 2 else { return nil }
        let (above, top, pastCaption) = linesAboveLabels(text, before: before, reach: 600)
        // Upward to the date: the measures may name a statement (`Gross Amount Offset in the`
        // / `Consolidated Balance Sheets`), so any short line is one (`measurePiece`).
        var pieces: [GridCell] = []
        var k = top
        while k >= 0, pieces.count < maxPieces * columns {
            let kind = classify(text, above[k])
            if kind == .blank { k -= 1; continue }
            guard let c = measurePiece(text, above[k]) else { break }
            pieces.insert(c, at: 0)
            k -= 1
            if isWholeDate(c.text) { break }
        }
        guard let date = pieces.first, isWholeDate(date.text) else { return nil }
        // A period heading right over the date (`For the Year Ended`).
        while k >= 0, classify(text, above[k]) == .blank { k -= 1 }
        if k >= 0, let h = headerPiece(text, above[k]), namesPeriod(h.text), yearEnding(h.text) == nil { pieces.insert(h, at: 0) }
        let dateAt = pieces.count > 1 && pieces[1].span == date.span ? 1 : 0
        let measures = pieces[(dateAt + 1)...]
        guard measures.allSatisfy({ yearEnding($0.text) == nil && !namesMonth($0.text) && !namesPeriod($0.text) }) else { return nil }
        // The measures' blocks: a blank line ends one.
        var blocks = measures.isEmpty ? 0 : 1
        for (a, b) in zip(measures, measures.dropFirst()) where blankLineBetween(text, a.span.end, b.span.start) { blocks += 1 }
        guard blocks >= columns else { return nil }
        return (Array(pieces[...dateAt]), pastCaption)
    }

    /// A line of a header over columns of measures (`oneDateOverMeasures`): a label line at
    /// most a header piece long, no caption or sentence, not ending with a colon; unlike
    /// `headerPiece`, it may name a statement or be in capitals.
    static func measurePiece(_ text: [UInt8], _ line: Span) -> GridCell? {
        guard classify(text, line) == .label, !isCaptionOrSentence(text, line) else { return nil }
        let r = GridReader.trim(text, line.range)
        guard r.count <= maxPieceBytes, text[r.upperBound - 1] != 0x3A else { return nil }
        return GridReader.cell(text, r)
    }

    /// A whole date: a month named and a year it ends with (`September 30, 2031`, `As of June
    /// 30, 2031`).
    static func isWholeDate(_ s: String) -> Bool {
        namesMonth(s) && yearEnding(s) != nil
    }
}
