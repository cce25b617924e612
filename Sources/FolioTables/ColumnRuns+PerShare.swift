import FolioModel

extension ColumnRuns {
    /// Most per-share rows `perShareRowsByNetIncome` reads back (their bands are tried in
    /// every split, `2^(rows - 1)` of them).
    static let maxPerShareRows = 6

    /// The rows above the per-share rows read alone (`perShareRowsLeftOut`, the labels
    /// `printed` cut at `cut`), then the per-share rows read back when net income tells their
    /// order (`perShareRowsByNetIncome`). When the rows above do not reconcile, the cut is
    /// tried again at the first of the statement's last rows that are all per-share amounts
    /// or share counts (`perShareBlock`: a share count printed over the amounts,
    /// `Basic weighted average common shares` over `Basic earnings per share`).
    static func perShareRowsRead(_ text: [UInt8], _ lines: [Span], _ kinds: [Line], _ runs: [(pieces: [Int], figures: [Int])],
                                 _ printed: [Label], cut: Int, joinable: [Bool]) -> Reconciled? {
        var cuts = [cut]
        if let block = perShareBlock(printed), block < cut { cuts.append(block) }
        for c in cuts {
            guard let above = reconcile(text, lines, kinds, runs, Array(printed[..<c]), joinable: joinable) else { continue }
            return perShareRowsByNetIncome(text, lines, kinds, above: above, perShare: Array(printed[c...])) ?? above
        }
        return nil
    }

    /// The index of the first of the last labels of `printed` that are all per-share amounts
    /// (`LabelText.isPerShare`) or share counts (`isShareCount`), group labels among them,
    /// when `minRowsAboveLeftOutGroup` data rows lie above it; nil otherwise.
    static func perShareBlock(_ printed: [Label]) -> Int? {
        var start = printed.count
        while start > 0 {
            let l = printed[start - 1]
            guard l.isGroup || LabelText.isPerShare(l.text) || isShareCount(LoweredLabel(l.text)) else { break }
            start -= 1
        }
        guard start < printed.count, printed[..<start].filter({ !$0.isGroup }).count >= minRowsAboveLeftOutGroup else { return nil }
        return start
    }

    /// **Per-share rows told by net income.** The per-share rows at the foot of an income
    /// statement are printed apart from the rows above, in bands of their own: each column's
    /// pair of share count and earnings per share a run (`Basic` then `Diluted`, band by
    /// band), or each row's figures one a run:
    ///
    /// ```
    /// Net earnings
    /// Basic weighted average common shares
    /// Basic earnings per share
    /// Diluted weighted average common shares
    /// Diluted earnings per share
    /// ...                       ← the runs of the rows above, down to net earnings
    /// 1,600                     ← net earnings, first column (the last of its run)
    /// ...
    /// 100        ← basic shares and earnings per share, first column
    /// 16.00
    ///
    /// 90         ← the second column's
    /// 16.67
    ///
    /// 101        ← diluted, first column
    /// 15.84
    ///
    /// 91
    /// 16.48
    /// ```
    ///
    /// Bands of so few rows fit several orders of their runs, so the rows above are read alone
    /// (`perShareRowsLeftOut`). The figures can tell the order the counts cannot: earnings per
    /// share is net income divided by the share count. After the rows above are read, the runs
    /// right after theirs, none under header pieces, holding one figure per per-share row in
    /// each column, are dealt out band by band, each band column by column, for every split of
    /// the per-share rows into bands whose columns fall on the runs' ends (runs joined only
    /// across a lone `$` line, `joinable`). A split is taken when, in every column, each
    /// per-share amount equals the column's net income (`StatementClassifier.isNetIncome`, the
    /// last such row above) divided by the share count of the same kind (`basic`, `diluted`,
    /// both or neither named) within the rounding of the three figures, and no other split
    /// does so. Every per-share row must be a share count or an amount so checked (a row of
    /// dividends per share, with no count to check it, leaves the rows as text). Nil when
    /// no split, or more than one, checks out.
    static func perShareRowsByNetIncome(_ text: [UInt8], _ lines: [Span], _ kinds: [Line], above: Reconciled,
                                        perShare: [Label]) -> Reconciled? {
        let rows = perShare.filter { !$0.isGroup }
        guard rows.count >= 2, rows.count <= maxPerShareRows,
              let checks = perShareChecks(rows), let net = above.labels.filter({ !$0.isGroup }).lastIndex(where: {
                  StatementClassifier.isNetIncome(LoweredLabel($0.text))
              }) else { return nil }
        let runs = above.runs
        let columns = above.slots.columns
        // The runs after those of the rows above, up to one figure per per-share row a column.
        let first = (above.slots.runsOfColumn.joined().max() ?? -1) + 1
        var end = first, figures = 0
        while end < runs.count, figures < rows.count * columns {
            guard runs[end].pieces.isEmpty else { return nil }
            figures += runs[end].figures.count
            end += 1
        }
        guard figures == rows.count * columns else { return nil }
        let joinable = joinableRuns(kinds, runs)
        func value(_ line: Int) -> (value: Double, tolerance: Double)? {
            guard let c = figureCell(text, lines[line]), let p = NumberParser.parse(c.text), let v = p.value else { return nil }
            return (v, p.roundingTolerance)
        }
        let netIncome = above.slots.runsOfColumn.map { column -> (value: Double, tolerance: Double)? in
            let lines = column.flatMap { runs[$0].figures }
            return lines.indices.contains(net) ? value(lines[net]) : nil
        }
        let sizes = runs.map(\.figures.count)
        var found: [(bands: [Int], chunks: [[Int]])] = []
        for bands in splits(rows.count) {
            guard let chunks = dealt(Array(first..<end), bands: bands, columns: columns, sizes: sizes, joinable: joinable) else { continue }
            let holds = chunks.indices.allSatisfy { c in
                let column = chunks[c].flatMap { runs[$0].figures }
                guard let ni = netIncome[c] else { return false }
                return checks.allSatisfy { check in
                    guard let eps = value(column[check.amount]), let shares = value(column[check.shares]) else { return false }
                    return perShareHolds(netIncome: ni, shares: shares, amount: eps)
                }
            }
            if holds { found.append((bands, chunks)) }
            if found.count > 1 { return nil }
        }
        guard let split = found.first else { return nil }
        var slots = above.slots
        slots.bands += split.bands
        for c in 0..<columns { slots.runsOfColumn[c] += split.chunks[c] }
        return Reconciled(slots: slots, labels: above.labels + perShare, runs: runs)
    }

    /// Whether `amount` is `netIncome` divided by `shares`, within the rounding of the three
    /// figures (a share count rounded to millions moves the quotient by up to its half unit).
    static func perShareHolds(netIncome: (value: Double, tolerance: Double), shares: (value: Double, tolerance: Double),
                              amount: (value: Double, tolerance: Double)) -> Bool {
        guard shares.value > shares.tolerance else { return false }
        let quotient = netIncome.value / shares.value
        let low = shares.value - shares.tolerance
        let slack = (abs(netIncome.value) * shares.tolerance / (low * shares.value)) + netIncome.tolerance / low
        return abs(quotient - amount.value) <= amount.tolerance + slack + 1e-9
    }

    /// The checks of the per-share rows `rows` (data rows, top to bottom): for each amount per
    /// share, its row and the row of the share count of the same kind (`basic`, `diluted`,
    /// both or neither named), one such count. Nil when a row is neither a count nor an amount
    /// with one such count, or when no amount is there.
    static func perShareChecks(_ rows: [Label]) -> [(amount: Int, shares: Int)]? {
        let lowered = rows.map { LoweredLabel($0.text) }
        func kind(_ l: LoweredLabel) -> (Bool, Bool) { (l.contains("basic"), l.contains("diluted")) }
        var checks: [(amount: Int, shares: Int)] = []
        for (i, l) in lowered.enumerated() where !isShareCount(l) {
            let counts = lowered.indices.filter { isShareCount(lowered[$0]) && kind(lowered[$0]) == kind(l) }
            guard counts.count == 1, let shares = counts.first else { return nil }
            checks.append((i, shares))
        }
        return checks.isEmpty ? nil : checks
    }

    /// A share count under an income statement's per-share amounts: `Weighted average common
    /// shares`, `Shares used to compute basic net income per share`, `Basic shares outstanding`.
    static func isShareCount(_ l: LoweredLabel) -> Bool {
        l.contains("weighted") || l.contains("shares used") || l.contains("shares outstanding")
    }

    /// **Per-share labels after the sign gap.** The `$` of net income sits in the label
    /// column's flow, and the converter may print it between net income and the per-share
    /// rows under it, cutting the label run before them:
    ///
    /// ```
    /// Net earnings
    ///
    /// $                                        ← net income's sign
    ///
    /// Basic weighted average common shares     ← the label run goes on
    /// Basic earnings per share
    /// Diluted weighted average common shares
    /// Diluted earnings per share
    ///
    /// 1,900                                    ← the first column's run
    /// ```
    ///
    /// From a gap of blank lines holding at least one lone `$` at `j`, the index of the label
    /// line after it when two label lines or more follow, each a per-share amount
    /// (`LabelText.isPerShare`) or a share count (`isShareCount`), up to a blank line: a
    /// column's header pieces name no per-share row. nil otherwise.
    static func perShareLabelsGoOn(_ text: [UInt8], _ ls: [Span], _ kinds: [Line], at j: Int) -> Int? {
        var g = j
        var sign = false
        while g < ls.count, kinds[g] == .blank || kinds[g] == .currencySign {
            if kinds[g] == .currencySign { sign = true }
            g += 1
        }
        guard sign else { return nil }
        var e = g
        while e < ls.count, kinds[e] == .label {
            let label = String(decoding: text[GridReader.trim(text, ls[e].range)], as: UTF8.self)
            guard LabelText.isPerShare(label) || isShareCount(LoweredLabel(label)) else { return nil }
            e += 1
        }
        return e - g >= 2 ? g : nil
    }

    /// Every split of `rows` rows into bands, top to bottom (`[4]`, `[1, 3]`, `[2, 2]`, ...).
    static func splits(_ rows: Int) -> [[Int]] {
        guard rows > 0 else { return [[]] }
        var out: [[Int]] = []
        for first in 1...rows {
            for rest in splits(rows - first) { out.append([first] + rest) }
        }
        return out
    }

    /// The runs `runs` (indices, in print order; `sizes` each run's figures) dealt out band by
    /// band, each band column by column, the bands `bands` rows each: for each column, its
    /// runs top to bottom. A column's part of a band is one run, or runs joined across a lone
    /// `$` line (`joinable`); nil when the runs do not fall so.
    static func dealt(_ runs: [Int], bands: [Int], columns: Int, sizes: [Int], joinable: [Bool]) -> [[Int]]? {
        var out = Array(repeating: [Int](), count: columns)
        var k = 0
        for band in bands {
            for c in 0..<columns {
                var length = 0
                var chunk: [Int] = []
                while length < band, k < runs.count, chunk.isEmpty || joinable[runs[k]] {
                    length += sizes[runs[k]]
                    chunk.append(runs[k])
                    k += 1
                }
                guard length == band else { return nil }
                out[c] += chunk
            }
        }
        return k == runs.count ? out : nil
    }
}
