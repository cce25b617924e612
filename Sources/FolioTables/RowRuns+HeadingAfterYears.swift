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
}
