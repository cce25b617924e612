import FolioModel

extension ColumnRuns {
    /// **Rows printed across below the column runs.** A statement whose lower rows stand
    /// further apart on the page than its upper band (an income statement's rows below
    /// operating income, its per-share rows) is printed by a converter that follows the
    /// page's text flow in two ways: the upper band column by column, one run a column, then
    /// each lower row across, left to right, its figures one a line, a row on one line, or
    /// each figure after its own `$` line:
    ///
    /// ```
    /// $ 11,079,166          ← the first column's run: the upper band (six rows)
    /// ...
    /// 3,774,694
    ///                       ← (the other columns' runs)
    /// (182,649)             ← the lower rows, each across: interest expense, four columns
    /// (167,986)
    /// (366,821)
    /// (341,300)
    /// 39,630                ← the next row
    /// ...
    /// $ 3,125,413 $ 2,147,306 $ 6,015,764 $ 4,479,515     ← net income on one line
    /// $
    /// 7.35                  ← basic earnings per share, each figure after its `$`
    /// ...
    /// ```
    ///
    /// Read when the counts of the runs do not reconcile otherwise: the first runs of one
    /// length, two at least and each the first band's rows, are the columns (the rows up to
    /// that many labelled rows, ending where a band may end); every figure after them, in
    /// print order (a line of figures across split into its figures), is dealt out row by row
    /// to the rows below, and taken only when they fill them exactly, one figure a row a
    /// column, and the lower rows' arithmetic holds in every column: the per-share amounts are
    /// net income over the share counts (`perShareChecks`), or a total adds up
    /// (`totalsAddUp`). Nil otherwise (a wrong label on a figure is worse than none).
    static func rowsAcrossBelow(_ text: [UInt8], _ lines: [Span], _ kinds: [Line], _ shape: Shape,
                                _ printed: [Label]) -> Reconciled? {
        let runs = shape.runs
        guard let (n, columns) = upperBand(runs) else { return nil }
        let data = printed.indices.filter { !printed[$0].isGroup }
        guard columns < runs.count || !shape.across.isEmpty, data.count > n,
              runs[1..<columns].allSatisfy({ $0.pieces.isEmpty || runs[0].pieces.isEmpty }) else { return nil }
        // The upper band ends where a band may end (`slots`): after a total, before a group
        // label or a wrapped label.
        let lastUpper = data[n - 1]
        guard LabelText.isTotalLabel(printed[lastUpper].text) || printed[lastUpper].printedWrapped
                || (lastUpper + 1 < printed.count && (printed[lastUpper + 1].isGroup || printed[lastUpper + 1].printedWrapped)) else { return nil }
        // Every figure after the upper band, in print order: the later runs' lines, then the
        // lines printed across after the runs (split into their figures).
        var extended = lines
        var tail: [Int] = runs[columns...].flatMap { run -> [Int] in run.pieces.isEmpty ? run.figures : [] }
        guard runs[columns...].allSatisfy({ $0.pieces.isEmpty }) else { return nil }
        for k in shape.across {
            if kinds[k] == .figure { tail.append(k); continue }
            guard let spans = figuresAcross(text, lines[k]) else { return nil }
            for s in spans {
                tail.append(extended.count)
                extended.append(s)
            }
        }
        let lower = data.count - n
        guard tail.count == lower * columns else { return nil }
        // Each column's figure lines: its run, then its figure of each lower row.
        var pseudo = runs
        var runsOfColumn: [[Int]] = []
        for c in 0..<columns {
            let mine = stride(from: c, to: tail.count, by: columns).map { tail[$0] }
            pseudo.append((pieces: [], figures: mine))
            runsOfColumn.append([c, pseudo.count - 1])
        }
        let figures = runsOfColumn.map { $0.flatMap { pseudo[$0].figures } }
        guard lowerRowsHold(text, extended, printed, figures, upperRows: n) else { return nil }
        let slots = Slots(columns: columns, bands: [n, lower], runsOfColumn: runsOfColumn, headRun: Array(0..<columns))
        return Reconciled(slots: slots, labels: printed, runs: pseudo, lines: extended)
    }

    /// Whether the lower rows' arithmetic holds in every column (`rowsAcrossBelow`): each
    /// per-share amount is net income over its share count (the rows after net income all
    /// per-share amounts or share counts, each read with its group label: `Earnings per
    /// share:` over `Basic`), or a total of the lower rows adds up, in each of the columns
    /// `figures` (line indices into `lines`, one a data row of `labels`).
    static func lowerRowsHold(_ text: [UInt8], _ lines: [Span], _ labels: [Label], _ figures: [[Int]], upperRows: Int) -> Bool {
        // Each data row's label read with its group label.
        var qualified: [Label] = []
        var group = ""
        for l in labels {
            if l.isGroup { group = LabelText.groupName(l.text) + " "; continue }
            var q = l
            q.text = group + l.text
            qualified.append(q)
        }
        func value(_ line: Int) -> (value: Double, tolerance: Double)? {
            guard let c = figureCell(text, lines[line]), let p = NumberParser.parse(c.text), let v = p.value else { return nil }
            return (v, p.roundingTolerance)
        }
        let data = labels.filter { !$0.isGroup }
        if let net = data.lastIndex(where: { StatementClassifier.isNetIncome(LoweredLabel($0.text)) }), net >= upperRows,
           net + 1 < qualified.count, let checks = perShareChecks(Array(qualified[(net + 1)...])) {
            return figures.allSatisfy { column in
                guard let ni = value(column[net]) else { return false }
                return checks.allSatisfy { check in
                    guard let eps = value(column[net + 1 + check.amount]), let shares = value(column[net + 1 + check.shares]) else { return false }
                    return perShareHolds(netIncome: ni, shares: shares, amount: eps)
                }
            }
        }
        return totalsAddUp(text, lines, labels: labels, figures: figures) >= figures.count
    }

    /// The figures of a line printed across (`$ 3,125,413 $ 2,147,306 $ 6,015,764`): two at
    /// least, each after its `$` or not, nothing else on the line; nil otherwise. Each span is
    /// a figure with its sign.
    static func figuresAcross(_ text: [UInt8], _ line: Span) -> [Span]? {
        let r = GridReader.trim(text, line.range)
        guard r.count <= maxFigureBytes * 8 else { return nil }
        var out: [Span] = []
        var i = r.lowerBound
        var sign: Int?
        while i < r.upperBound {
            if text[i] == 0x20 { i += 1; continue }
            var j = i
            while j < r.upperBound, text[j] != 0x20 { j += 1 }
            if j - i == 1, text[i] == 0x24 {
                guard sign == nil else { return nil }
                sign = i
            } else {
                guard let p = NumberParser.parse(bytes: Array(text[i..<j])), p.kind != .notApplicable, p.suffixScale == nil else { return nil }
                out.append(Span(start: sign ?? i, end: j))
                sign = nil
            }
            i = j
        }
        return out.count >= 2 && sign == nil ? out : nil
    }

    /// The lines after a shape's runs that go on row by row (`rowsAcrossBelow`), from line
    /// `k`, where the runs stopped at a line of figures across (`figuresAcross`): figure lines
    /// and lines of figures across, `$` lines and blank lines between, up to the first other
    /// line. Empty when line `k` is no such line.
    static func acrossAfter(_ text: [UInt8], _ ls: [Span], _ kinds: [Line], from k: Int) -> [Int] {
        guard k < ls.count, kinds[k] == .other, figuresAcross(text, ls[k]) != nil else { return [] }
        var out: [Int] = []
        var j = k
        while j < ls.count {
            switch kinds[j] {
            case .blank, .currencySign: break
            case .figure: out.append(j)
            case .other where figuresAcross(text, ls[j]) != nil: out.append(j)
            default: return out
            }
            j += 1
        }
        return out
    }

    /// The period heading printed right above the labels (`Three Months Ended`: a 10-Q's first
    /// period group's heading, the others printed before the runs with the years,
    /// `yearsInPeriodBlocks`), a units caption and a status note passed over; empty when the
    /// nearest line is no header piece naming a period (`namesPeriod`).
    static func periodHeadingAbove(_ text: [UInt8], before: Int) -> [GridCell] {
        let (above, k, _) = linesAboveLabels(text, before: before, reach: 400)
        guard k >= 0, let c = headerPiece(text, above[k]), namesPeriod(c.text) else { return [] }
        return [c]
    }

    /// Whether the lines printed across after a shape's runs (`acrossAfter`) may fill its
    /// lower rows (`rowsAcrossBelow`): the first runs of one length (two at least) the
    /// columns, and the figures after them, with those of the lines across, one a column for
    /// each labelled row below that band (group labels, ending with a colon, take none).
    /// Only then does the shape take those lines: runs that fill every row alone leave them
    /// out (a region takes no lines its reading does not need, they stay text).
    static func acrossMayFill(_ text: [UInt8], _ ls: [Span], _ kinds: [Line], _ shape: Shape) -> Bool {
        let runs = shape.runs
        guard let (n, columns) = upperBand(runs) else { return false }
        var tail = runs[columns...].reduce(0) { $0 + $1.figures.count }
        for k in shape.across {
            tail += kinds[k] == .figure ? 1 : (figuresAcross(text, ls[k])?.count ?? 0)
        }
        let rows = labels(text, ls, shape.labels).filter { !$0.isGroup }.count
        return rows > n && tail == (rows - n) * columns
    }

    /// The upper band of runs printed column by column over rows printed across
    /// (`rowsAcrossBelow`, `acrossMayFill`): the first runs of one length, two figures at
    /// least, its rows, and how many they are, its columns (two at least); nil otherwise.
    static func upperBand(_ runs: [(pieces: [Int], figures: [Int])]) -> (rows: Int, columns: Int)? {
        guard let first = runs.first, first.figures.count >= 2 else { return nil }
        let n = first.figures.count
        let columns = runs.prefix { $0.figures.count == n }.count
        return columns >= 2 ? (n, columns) : nil
    }
}
