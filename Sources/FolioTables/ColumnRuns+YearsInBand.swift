import FolioModel

extension ColumnRuns {
    /// **Years among a one-row band.** A statement's first row set apart on the page (net
    /// income at the top of a cash flow statement or of a statement of comprehensive income)
    /// is printed right after the label run, one figure a run, and the column header's years
    /// and units caption where the text flow reaches them, among that row's figures:
    ///
    /// ```
    /// Net income                 ← the label run
    /// ...
    /// $
    /// 2030                       ← the first column's year
    /// 2029                       ← the second's, before the first column's figure
    /// (in millions)
    /// 1,200                      ← net income, first column
    /// $
    /// 1,100                      ← second column
    /// 2028
    /// $
    /// 1,000                      ← third column
    ///
    /// 300                        ← the next band, column by column
    /// ...
    /// ```
    ///
    /// Years printed together before a first run of one figure head the columns' runs, not
    /// a band of one row (`shape` takes no such region), unless the runs open with two or
    /// more runs of one figure, exactly as many as the years printed among their header
    /// pieces (years and the units caption only: a label among them is a row printed apart,
    /// `bandAbove`), followed by two runs or more of more figures and no header pieces (a
    /// statement's next band, column by column), and at the end, if any, as many runs of one
    /// figure and no header pieces (the section's net printed as a band of its own,
    /// `netAsOwnBand`): the
    /// runs of one figure are the band of the first row, the years its columns', dealt out in
    /// print order as always (`headsByYears`). A run of one figure under years with no band
    /// after it (a note printed row by row) still ends the search.
    static func yearsAmongOneRowBand(_ text: [UInt8], _ lines: [Span], _ kinds: [Line], _ runs: [(pieces: [Int], figures: [Int])]) -> Bool {
        let band = runs.prefix { $0.figures.count == 1 }
        // A section's net printed last, a band of one row as wide (`netAsOwnBand`).
        let closing = closingOneRowBand(runs.dropFirst(band.count))
        let after = runs.dropFirst(band.count).dropLast(closing == band.count ? closing : 0)
        guard band.count >= 2, after.count >= 2, after.allSatisfy({ $0.figures.count >= 2 && $0.pieces.isEmpty }) else { return false }
        let pieces = band.flatMap(\.pieces)
        // Years and the units caption only: a label among them is a row printed apart.
        guard pieces.allSatisfy({ kinds[$0] == .year || isUnitsCaption(text, lines[$0]) }) else { return false }
        return pieces.filter { kinds[$0] == .year }.count == band.count
    }

    /// Whether the line `line` is a units caption (`(in millions)`).
    static func isUnitsCaption(_ text: [UInt8], _ line: Span) -> Bool {
        GridReader.cell(text, line.range).map { UnitsParser.isCaptionLine($0.text) } ?? false
    }

    /// A header row from `start` whose one cell, the units caption `u`, spans all `columns`.
    static func unitsRow(_ u: GridCell, columns: Int, start: Int) -> GridRow {
        GridRow(cells: [nil, u] + Array(repeating: nil, count: max(0, columns - 1)),
                span: Span(start: start, end: max(start, u.span.end)), spanEnds: [1: columns])
    }

    /// **A units caption among the one-row band's pieces.** The statement's units caption
    /// (`(in millions)`) printed among the years of a one-row band (`yearsAmongOneRowBand`) is
    /// a header piece of one of its runs; the columns' headers, dealt out by their years,
    /// leave it out, so it is kept as a header row spanning every column (as `headsInPlace`
    /// keeps it). Nil when the runs open with no such band, a column's header holds a caption
    /// or no piece of the band's runs is one.
    static func unitsAmongPieces(_ text: [UInt8], _ lines: [Span], _ kinds: [Line], _ runs: [(pieces: [Int], figures: [Int])],
                                 heads: [[GridCell]], start: Int) -> GridRow? {
        guard yearsAmongOneRowBand(text, lines, kinds, runs), !heads.joined().contains(where: { UnitsParser.isCaptionLine($0.text) }) else {
            return nil
        }
        let captions = runs.prefix { $0.figures.count == 1 }.flatMap(\.pieces).filter { isUnitsCaption(text, lines[$0]) }
        return captions.first.flatMap { GridReader.cell(text, lines[$0].range) }.map { unitsRow($0, columns: heads.count, start: start) }
    }
}
