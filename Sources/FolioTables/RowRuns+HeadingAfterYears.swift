import FolioModel

extension RowRuns {
    /// **A column heading after the years** (#17). A table of two periods and their change
    /// may print its header's years, then the change column's heading, then the first row's
    /// figures, the first row's label printed before the header:
    ///
    /// ```
    /// Wheat                      ← the first row's label, before the header
    /// 2031                       ← the periods' years
    /// 2030
    /// Change                     ← the change column's heading, not a label
    /// 512                        ← wheat's figures
    /// 480
    /// 7 %
    /// Barley
    /// ...
    /// ```
    ///
    /// Read as rows, the heading labels the first row. A label of one word (a column's
    /// heading as often as a row's, `twoRowsByLabels`) printed right after the years (blank
    /// lines between), whose row holds more figures than those years (a column the years do
    /// not name), is the heading of that column: the row keeps its figures and takes no
    /// label (which label is its own is not told). A row of as many figures as the years
    /// above it (`2031` / `2030` / `Revenue` / `900` / `850`) is the first row under the header.
    static func headingAfterYears(_ text: [UInt8], _ lines: [Span], _ row: Row) -> Bool {
        guard row.groups.isEmpty, row.label.count == 1, let first = row.label.first,
              !GridReader.trim(text, lines[first].range).contains(where: { text[$0] == 0x20 }) else { return false }
        let start = lines[first].start
        let above = TableRegionFinder.lines(text, in: max(0, start - yearsLookbackBytes)..<start)
        var years = 0
        for line in above.reversed() {
            let kind = ColumnRuns.classify(text, line)
            if kind == .year { years += 1 } else if kind != .blank { break }
        }
        return years > 0 && row.figures.count > years
    }

    /// Bytes above a row searched for the header's years (`headingAfterYears`).
    static let yearsLookbackBytes = 200

    /// **Column headings after the years** (#17). A schedule of payments by year prints its
    /// header's years, then the headings of its later columns, one word each, the first
    /// row's label before the header:
    ///
    /// ```
    /// Year Ended December 31,
    /// Long-term debt principal and interest    ← the first row's label, before the header
    /// 2025                                     ← the years
    /// ...
    /// 2029
    /// Thereafter                               ← the later columns' headings
    /// Total
    /// $ 6,858                                  ← the first row's figures, one a column
    /// ...
    /// ```
    ///
    /// Read as rows, the last heading (`Total`) labelled the first row and the others were
    /// taken for the table's title. When the first row's label is one word, right under one
    /// word lines or more (blank lines between), right under the years (two at least, in
    /// order), and the row holds one figure for each year and each of those words, they are
    /// the header, in print order, and the line right above the years labels the row when it
    /// is a label (no group label, units caption, sentence or period line: `Year Ended
    /// December 31,` is the header's); none otherwise. Nil when the lines are not so printed
    /// (`headingAfterYears` reads one heading after the years).
    static func headingsAfterYears(_ text: [UInt8], _ lines: [Span], _ row: Row) -> (header: [GridCell], label: GridCell?)? {
        guard row.groups.isEmpty, row.label.count == 1, let first = row.label.first,
              let own = GridReader.cell(text, lines[first].range), !own.text.contains(" ") else { return nil }
        let start = lines[first].start
        let above = TableRegionFinder.lines(text, in: max(0, start - 2 * yearsLookbackBytes)..<start)
        var words: [GridCell] = []
        var years: [GridCell] = []
        var k = above.count - 1
        while k >= 0 {
            let kind = ColumnRuns.classify(text, above[k])
            if kind == .blank { k -= 1; continue }
            guard let c = GridReader.cell(text, above[k].range) else { break }
            if kind == .year, years.count < RowRuns.maxColumns { years.insert(c, at: 0) } else if kind == .label, years.isEmpty, !c.text.contains(" "),
                      c.text.utf8.count <= ColumnRuns.maxPieceBytes, !c.text.hasSuffix(":") { words.insert(c, at: 0) } else { break }
            k -= 1
        }
        guard !words.isEmpty, years.count >= 2, ColumnRuns.yearsInColumnOrder(years),
              years.count + words.count + 1 == row.figures.count else { return nil }
        var label: GridCell?
        if k >= 0, ColumnRuns.classify(text, above[k]) == .label, !ColumnRuns.isCaptionOrSentence(text, above[k]),
           !RowRuns.isGroup(text, above[k]), let c = GridReader.cell(text, above[k].range), !Lookback.isPeriodLine(c.text),
           !ColumnRuns.namesMonth(c.text) {
            label = c
        }
        return (years + words + [own], label)
    }
}
