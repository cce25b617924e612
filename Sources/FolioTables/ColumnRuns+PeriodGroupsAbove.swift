import FolioModel

extension ColumnRuns {
    /// **Period groups above the labels.** A 10-Q's note table whose runs print no header
    /// pieces has its header above the labels, printed group by group: each group's period
    /// heading, then its columns' dates, then their years, the years the same in every group
    /// (a units caption perhaps between the header and the labels):
    ///
    /// ```
    /// Three Months Ended     ← the first group's heading
    /// June 30,               ← its columns' dates
    /// June 30,
    /// 2025                   ← their years
    /// 2024
    ///
    /// Six Months Ended       ← the second group's
    /// June 30,
    /// June 30,
    /// 2025
    /// 2024
    ///
    /// (in thousands)
    ///
    /// United States and Canada (UCAN)
    /// ...
    /// ```
    ///
    /// The short lines right above the labels (`linesAboveLabels`: blank lines, a units caption
    /// and a status note skipped), read up to the first line that is no header piece nor year,
    /// split at each period heading (`namesPeriod`): two groups at least, each its heading,
    /// then dates (`namesMonth`: none, one every column of the group shares, or one a column)
    /// and years, each group's years one a column (each rising or each falling) and the same
    /// in every group, no other line. Each column's header is its group's heading, its date and
    /// its year; nil when the lines are not so printed (`yearsAbove` reads years one a column
    /// under pieces every column shares).
    static func periodGroupsAbove(_ text: [UInt8], before: Int) -> (heads: [[GridCell]], pastCaption: Bool)? {
        let (above, last, pastCaption) = linesAboveLabels(text, before: before, reach: 600)
        // The header's lines in print order (blank lines skipped).
        var printed: [GridCell] = []
        var k = last
        while k >= 0, printed.count <= maxPieces * maxPieces {
            let kind = classify(text, above[k])
            if kind == .blank { k -= 1; continue }
            guard let c = kind == .year ? GridReader.cell(text, above[k].range) : headerPiece(text, above[k]) else { break }
            printed.insert(c, at: 0)
            k -= 1
        }
        // Lines above the first group's heading belong to the text above the table.
        guard let first = printed.firstIndex(where: { namesPeriod($0.text) }) else { return nil }
        var groups: [[GridCell]] = []
        for c in printed[first...] {
            if namesPeriod(c.text) { groups.append([c]) } else { groups[groups.count - 1].append(c) }
        }
        guard groups.count >= 2 else { return nil }
        if let heads = headingsWhereTheFlowReachesThem(Array(printed[first...])) { return (heads, pastCaption) }
        var heads: [[GridCell]] = []
        var firstYears: [Int]?
        for group in groups {
            let rest = group.dropFirst()
            let years = rest.compactMap { TableBuilder.isYear($0.text) ? Int($0.text) : nil }
            let dates = rest.filter { !TableBuilder.isYear($0.text) }
            guard years.count >= 2, monotoneYears(years[...]), dates.allSatisfy({ namesMonth($0.text) }),
                  dates.count <= 1 || dates.count == years.count else { return nil }
            if let firstYears { guard years == firstYears else { return nil } } else { firstYears = years }
            let yearCells = rest.filter { TableBuilder.isYear($0.text) }
            for (c, year) in yearCells.enumerated() {
                let date = dates.count == years.count ? [dates[c]] : dates.map { $0 }
                heads.append([group[0]] + date + [year])
            }
        }
        return (heads, pastCaption)
    }

    /// **Period headings where the text flow reaches them.** A 10-Q's header whose columns
    /// each print a date over a year, under period headings each spanning as many columns, is
    /// printed by a converter that follows the page's text flow column by column, each group's
    /// heading where the flow reaches it: the first group's heading, the first column's date
    /// and year, then the second group's heading (it stands higher on the page than the
    /// second column's date), then the other columns' dates and years:
    ///
    /// ```
    /// Three Months Ended     ← the first group's heading
    /// March 31,              ← the first column's date
    /// 2031                   ← and year
    /// Six Months Ended       ← the second group's heading, reached before the second column
    /// March 31,              ← the second column (the first group's)
    /// 2030
    /// March 31,              ← the third (the second group's)
    /// 2031
    /// March 31,              ← the fourth
    /// 2030
    /// ```
    ///
    /// The header lines `printed` (from the first period heading on): the period headings
    /// (`namesPeriod`, two at least) dealt out over the columns in order, as many columns
    /// each; each column its date (`namesMonth`) right before its year, or its year alone when
    /// no column prints a date; each group's years the same and each rising or each falling;
    /// every heading printed before its group's first column. Each column's header is its
    /// group's heading, its date and its year; nil when the lines are not so printed.
    static func headingsWhereTheFlowReachesThem(_ printed: [GridCell]) -> [[GridCell]]? {
        let headings = printed.indices.filter { namesPeriod(printed[$0].text) }
        let dated = printed.contains { !namesPeriod($0.text) && namesMonth($0.text) }
        // Each column: the index of its first line in print order, its date and its year.
        var columns: [(at: Int, cells: [GridCell], year: Int)] = []
        var i = 0
        while i < printed.count {
            if namesPeriod(printed[i].text) { i += 1; continue }
            let at = i
            var cells: [GridCell] = []
            if dated {
                guard namesMonth(printed[i].text), i + 1 < printed.count else { return nil }
                cells.append(printed[i])
                i += 1
            }
            guard TableBuilder.isYear(printed[i].text), let year = Int(printed[i].text) else { return nil }
            columns.append((at, cells + [printed[i]], year))
            i += 1
        }
        guard headings.count >= 2, columns.count % headings.count == 0 else { return nil }
        let width = columns.count / headings.count
        guard width >= 2 else { return nil }
        let firstYears = columns.prefix(width).map(\.year)
        guard monotoneYears(firstYears[...]) else { return nil }
        var heads: [[GridCell]] = []
        for (g, h) in headings.enumerated() {
            let group = columns[(g * width)..<((g + 1) * width)]
            guard group.map(\.year) == firstYears, let opening = group.first, h < opening.at else { return nil }
            heads += group.map { [printed[h]] + $0.cells }
        }
        return heads
    }

    /// **A header above the units caption.** A reading-order table's header read above its
    /// labels past a units caption (`yearsAbove`, `periodGroupsAbove`: `pastCaption`) starts
    /// its rows at the labels, so the caption above them states the table's units; the title
    /// is then read above the header's first piece, not from the pieces. Where that first
    /// piece starts, when the leading header rows of `rows` (no label cell) hold cells printed
    /// before the rows' span, a piece for every column, and a units caption line
    /// (`UnitsParser.isCaptionLine`) lies between the last of them and the rows; nil
    /// otherwise (a header of pieces for some columns only was not read whole above the
    /// caption, and the lines above it are more of it, not the title).
    static func headerAboveCaption(_ text: [UInt8], _ rows: [GridRow]) -> Int? {
        guard let first = rows.first else { return nil }
        let header = rows.prefix { $0.cells.first.map { $0 == nil } ?? false }
        let columns = header.map(\.cells.count).max() ?? 0
        guard columns >= 2, (1..<columns).allSatisfy({ c in
            header.contains { c < $0.cells.count && ($0.cells[c].map { $0.span.start < first.span.start } ?? false) }
        }) else { return nil }
        let above = header.flatMap { $0.cells.compactMap { $0?.span } }.filter { $0.start < first.span.start }
        guard let top = above.map(\.start).min(), let bottom = above.map(\.end).max(), bottom <= first.span.start else { return nil }
        let between = TableRegionFinder.lines(text, in: bottom..<first.span.start)
        guard between.contains(where: { line in
            let r = GridReader.trim(text, line.range)
            return !r.isEmpty && r.count <= 200 && UnitsParser.isCaptionLine(String(decoding: text[r], as: UTF8.self))
        }) else { return nil }
        return top
    }
}
