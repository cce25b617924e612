import FolioModel

extension ColumnRuns {
    /// **Years over groups of measures** (#17). A table of several measures a year (`Net
    /// Sales` and `% of Net Sales` under `Fiscal 2024`, again under `Fiscal 2023`) prints one
    /// year over each group of columns and one measure heading over each column. A converter
    /// that follows the page's text flow prints each piece where the flow reaches it, the
    /// first year and measure above the labels, the others before runs that are not their
    /// columns':
    ///
    /// ```
    /// Fiscal              ← above the labels: the first group's year
    /// 2031
    /// Net                 ← and its first column's measure
    /// Sales
    /// Apparel
    /// Footwear
    /// Total
    /// Fiscal              ← before the first column's run: the second group's year
    /// 2030
    /// % of                ← and the second column's measure
    /// Net Sales
    /// 410
    /// 390
    /// 800
    /// Net                 ← before the second column's run: the third column's measure
    /// Sales
    /// 51.3 %
    /// ...
    /// ```
    ///
    /// The pieces, in print order, are cut into years (a one-word line right before a year
    /// names it: `Fiscal 2031`, not across a blank line) and measure headings (the lines
    /// between, and a place's lines after its last year; a blank line ends one).
    ///
    /// **Measures apart by blank lines** (session 36). The whole header may be printed above
    /// the labels, block by block, a blank line after each block: `2031` / `Gross Carrying` /
    /// `Amount` / blank / `Accumulated` / `Amortization` / blank / `2030` / `Net Carrying` /
    /// `Amount` / blank / ... Each block past its year is one measure, and the one-word last
    /// line of a block (`Amortization`, `Amount`) names no year printed after the blank line.
    ///
    /// They are dealt out when the years are two or more, in column
    /// order, each heading as many columns (the columns a whole multiple of them, two a year
    /// at least), the measure headings one a column, and the same measures, in the same
    /// order, under every year (`Net Sales`, `% of Net Sales` twice): each column gets its
    /// group's year and its measure. Nil otherwise (`headsByYears` deals out one year a column,
    /// `headsInPeriodGroups` one period heading a group of years).
    static func headsInYearGroups(_ text: [UInt8], _ heads: [[GridCell]], above: [GridCell]) -> [[GridCell]]? {
        let n = heads.count
        var years: [GridCell] = []
        var measures: [[GridCell]] = []
        for place in [above] + heads {
            var pending: [GridCell] = []
            for c in place {
                guard yearEnding(c.text) != nil else {
                    // A blank line ends a measure's heading (measures apart by blank lines, above).
                    if let p = pending.last, blankLineBetween(text, p.span.end, c.span.start) {
                        measures.append(pending)
                        pending = []
                    }
                    pending.append(c)
                    continue
                }
                var year = c
                if let p = pending.last, namesAYear(p.text), !blankLineBetween(text, p.span.end, c.span.start) {
                    year = GridCell(text: p.text + " " + c.text, span: p.span.union(c.span))
                    pending.removeLast()
                }
                if !pending.isEmpty { measures.append(pending) }
                pending = []
                years.append(year)
            }
            if !pending.isEmpty { measures.append(pending) }
        }
        let values = years.compactMap { yearEnding($0.text) }
        guard values.count == years.count, years.count >= 2, n % years.count == 0, measures.count == n,
              monotoneYears(values[...]) else { return nil }
        let group = n / years.count
        let names = measures.map { $0.map(\.text).joined(separator: " ") }
        guard group >= 2, Set(names.prefix(group)).count == group,
              names.indices.allSatisfy({ names[$0] == names[$0 % group] }) else { return nil }
        return heads.indices.map { [years[$0 / group]] + measures[$0] }
    }

    /// A one-word line printed right before a year that names it (`Fiscal`, `Year`): no
    /// digit, no space, at most 12 bytes.
    static func namesAYear(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.count <= 12 && !s.utf8.contains(where: { $0 == 0x20 || ByteClass.isDigit($0) })
    }
}

extension ColumnRuns {
    /// The header pieces printed above the labels for `headsInYearGroups`, when `headerAbove`
    /// takes none (its nearest line must be a year: here it is the first column's measure,
    /// `Net` / `Sales`, under the year): the short lines right above the labels (past a units
    /// caption, `linesAboveLabels`), up to `maxPieces` a column (the whole header may be
    /// there: measures of two lines, three a year) and the first other line, when a year is
    /// among them; none otherwise.
    static func yearGroupPiecesAbove(_ text: [UInt8], before: Int, columns: Int) -> [GridCell] {
        let (above, top, _) = linesAboveLabels(text, before: before, reach: 400)
        var out: [GridCell] = []
        var k = top
        while k >= 0, out.count < maxPieces * max(1, columns) {
            let kind = classify(text, above[k])
            if kind == .blank { k -= 1; continue }
            guard kind == .year || kind == .label, let c = kind == .year ? GridReader.cell(text, above[k].range) : headerPiece(text, above[k]) else { break }
            out.insert(c, at: 0)
            k -= 1
        }
        return out.contains(where: { yearEnding($0.text) != nil }) ? out : []
    }
}

extension ColumnRuns {
    /// Whether a blank line (nothing but spaces between two line ends) lies between byte
    /// offsets `from` and `to`.
    static func blankLineBetween(_ text: [UInt8], _ from: Int, _ to: Int) -> Bool {
        guard from >= 0, from < to, to <= text.count else { return false }
        var afterBreak = false
        for b in text[from..<to] {
            if b == 0x0A {
                if afterBreak { return true }
                afterBreak = true
            } else if b != 0x20, b != 0x09, b != 0x0D {
                afterBreak = false
            }
        }
        return false
    }
}
