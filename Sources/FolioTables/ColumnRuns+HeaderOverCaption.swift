import FolioModel

extension ColumnRuns {
    /// **Header pieces over the units caption** (#17). A table whose header is printed
    /// before its units caption, the caption before the row labels, leaves the header's last
    /// pieces looking like a label run of their own, and the units caption and the true
    /// labels as the first run's header pieces:
    ///
    /// ```
    /// Three Months Ended
    /// March 31,
    /// 2031
    /// 2030
    ///
    /// Change                     ← the header's last pieces, not labels
    /// Q1'31 vs. Q1'30
    ///
    /// (in thousands)             ← the units caption, above the labels
    ///
    /// Cost of sales              ← the labels
    /// Share of sales
    ///
    /// 4,210                      ← the first column's run
    /// 38 %
    /// ...
    /// ```
    ///
    /// A units caption is printed above a table's labels, never between its labels and their
    /// figures: when the first run's header pieces hold a units caption followed by two label
    /// lines or more, the lines taken as labels were header pieces, and no region starts
    /// there (the region finder tries again from the caption, whose label run is the true
    /// one). Read so, every such row took a header piece as its label (`Change` on cost of
    /// sales, `Q1'31 vs. Q1'30` on its share of sales).
    static func headerOverCaption(_ text: [UInt8], _ ls: [Span], _ kinds: [Line], _ pieces: [Int]) -> Bool {
        guard let caption = pieces.firstIndex(where: { isUnitsCaption(text, ls[$0]) }) else { return false }
        return pieces[(caption + 1)...].filter { kinds[$0] == .label }.count >= 2
    }
}

extension ColumnRuns {
    /// **Rows printed across** (#17). A converter may print a small table row by row after its
    /// label run, each row's figures one a line, a row's currency signs with its figures:
    ///
    /// ```
    /// Cost of sales              ← the labels
    /// Share of sales
    ///
    /// $ 8,420                    ← cost of sales, first column
    /// $ 7,910                    ← cost of sales, second column, not share of sales
    /// $
    /// 38 %                       ← share of sales, first column
    /// 36 %
    /// ```
    ///
    /// Read as columns, each row would take a figure of the other's. A column holds one
    /// figure a row, its currency sign on the first row and on totals only, and a row of
    /// percentages never sits in a column of amounts: when the first run's figures each carry
    /// their currency sign and a later run's are all percentages, the runs are rows, not
    /// columns, and the region stays text (`ColumnRuns.read`: unreconciled).
    static func rowsPrintedAcross(_ text: [UInt8], _ ls: [Span], _ runs: [(pieces: [Int], figures: [Int])]) -> Bool {
        guard let first = runs.first, first.figures.count >= 2,
              first.figures.allSatisfy({ startsWithSign(text, ls[$0]) }) else { return false }
        return runs.dropFirst().contains { run in
            run.figures.count >= 2 && run.figures.allSatisfy { endsWithPercent(text, ls[$0]) }
        }
    }

    /// Why the shape's lines are not labels and columns, read as such (a column's header
    /// printed in pieces where the labels would be: `headerPiecesAmongLabels`; rows printed
    /// across: `rowsPrintedAcross`), or nil.
    static func notColumns(_ text: [UInt8], _ lines: [Span], _ shape: Shape) -> String? {
        if headerPiecesAmongLabels(text, lines, shape.labels) != nil {
            return "a column's header printed in pieces where the labels would be"
        }
        if rowsPrintedAcross(text, lines, shape.runs) {
            return "rows printed across: a run of amounts with their signs, a run of percentages"
        }
        return nil
    }

    /// Whether the line starts with a currency sign (`$ 8,420`).
    static func startsWithSign(_ text: [UInt8], _ line: Span) -> Bool {
        let r = GridReader.trim(text, line.range)
        return r.count > 1 && text[r.lowerBound] == 0x24
    }

    /// Whether the line ends with a percent sign (`38 %`, `7%`).
    static func endsWithPercent(_ text: [UInt8], _ line: Span) -> Bool {
        let r = GridReader.trim(text, line.range)
        return !r.isEmpty && text[r.upperBound - 1] == 0x25
    }
}
