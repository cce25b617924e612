import FolioModel

extension ColumnRuns {
    /// **The base row without percents** (`ColumnRuns.baseRowWithoutPercent`, #17). A tax
    /// rate reconciliation prints each year as an amount column and a percent column, every
    /// percent the row's amount over the first row's (income before income taxes, the base);
    /// the base row prints no percent. Reading order then gives that row one figure a year,
    /// each a run of its own, and then each column's other rows:
    ///
    /// ```
    /// Income before income taxes
    /// Federal statutory tax
    /// State tax effect, net of federal benefit
    /// Income tax expense
    ///
    /// $ 15,254           ← the base row: one run a year, the amount columns only
    /// $ 13,639
    ///
    /// 3,203              ← the first year's amounts, the other rows
    /// 90
    /// 2,380
    ///
    /// 21.0 %             ← its percents
    /// 0.6 %
    /// 15.6 %
    ///
    /// 2,864              ← the next year's amounts, then its percents
    /// ...
    /// ```
    ///
    /// Read when the counts reconcile no other way: `k` runs of one figure (two at least),
    /// then `2k` runs of one figure for each row but the first, amounts and percents in
    /// turn (no percent among the one-figure runs and the amounts, every figure of the
    /// percent runs a percent), and in every year each percent is its row's amount over the
    /// base, within the rounding of the figures (`percentsOfTheBase`; a dash with a dash or
    /// a zero). The percent columns' base cell is left blank. Nil otherwise.
    static func baseRowWithoutPercent(_ text: [UInt8], _ lines: [Span], _ runs: [(pieces: [Int], figures: [Int])],
                                      _ printed: [Label]) -> Reconciled? {
        let rows = printed.filter { !$0.isGroup }.count
        let k = runs.prefix { $0.figures.count == 1 }.count
        guard rows >= 3, k >= 2, runs.count == 3 * k, runs[k...].allSatisfy({ $0.figures.count == rows - 1 }) else { return nil }
        var extended = lines
        var pseudo = runs
        var runsOfColumn: [[Int]] = []
        var headRun: [Int] = []
        for year in 0..<k {
            let amounts = runs[k + 2 * year], percents = runs[k + 2 * year + 1]
            guard let base = parsedFigure(text, lines[runs[year].figures[0]]), !base.isPercent, let b = base.value, b != 0,
                  amountsAndPercents(text, lines, amounts.figures, percents.figures, rows: rows - 1, base: b,
                                     baseTolerance: base.roundingTolerance) else { return nil }
            // The percent column's base cell: an empty line, read as no figure.
            let blank = extended.count
            extended.append(Span(start: lines[percents.figures[0]].start, end: lines[percents.figures[0]].start))
            pseudo.append((pieces: percents.pieces, figures: [blank] + percents.figures))
            runsOfColumn += [[year, k + 2 * year], [pseudo.count - 1]]
            headRun += [year, pseudo.count - 1]
        }
        let slots = Slots(columns: 2 * k, bands: [1, rows - 1], runsOfColumn: runsOfColumn, headRun: headRun)
        return Reconciled(slots: slots, labels: printed, runs: pseudo, lines: extended)
    }

    /// A figure line's number (`figureCell`, `NumberParser`); nil when it reads as none.
    static func parsedFigure(_ text: [UInt8], _ line: Span) -> ParsedNumber? {
        figureCell(text, line).flatMap { NumberParser.parse($0.text) }
    }

    /// Whether the figure lines `amounts` and `percents` are a year's two columns of a rate
    /// reconciliation below its first row: `rows` figures each, no percent among the amounts,
    /// every percent a percent, each its amount over `base` (`percentsOfTheBase`).
    static func amountsAndPercents(_ text: [UInt8], _ lines: [Span], _ amounts: [Int], _ percents: [Int], rows: Int,
                                   base: Double, baseTolerance: Double) -> Bool {
        let a = amounts.compactMap { parsedFigure(text, lines[$0]) }, p = percents.compactMap { parsedFigure(text, lines[$0]) }
        return a.count == rows && p.count == rows && a.allSatisfy({ !$0.isPercent }) && p.allSatisfy(\.isPercent)
            && percentsOfTheBase(a, p, base: base, baseTolerance: baseTolerance)
    }

    /// Whether each percent of `percents` is the amount beside it over `base`, within the
    /// rounding of the figures (`baseRowWithoutPercent`): a dash with a dash or a zero.
    static func percentsOfTheBase(_ amounts: [ParsedNumber], _ percents: [ParsedNumber], base: Double,
                                  baseTolerance: Double) -> Bool {
        var checked = 0
        for (a, p) in zip(amounts, percents) {
            let av = a.kind == .dash ? 0 : (a.value ?? 0), pv = p.kind == .dash ? 0 : (p.value ?? 0)
            if av == 0 && pv == 0 { continue }
            let share = av / base * 100
            let tolerance = p.roundingTolerance + 100 * (a.roundingTolerance + abs(av / base) * baseTolerance) / abs(base) + 1e-9
            guard abs(share - pv) <= tolerance else { return false }
            checked += 1
        }
        return checked >= 2
    }

    /// **A rate reconciliation's first row printed across** (`ColumnRuns.firstRateRowAcross`,
    /// #17). The same two columns a year, amount and percent, whose first row (tax at the
    /// statutory rate) prints both; reading order gives that row across, its figures one a
    /// line in column order, cut into runs wherever the page's header pieces fall, then each
    /// column's other rows, and may print the page's number among those runs:
    ///
    /// ```
    /// 878                 ← the first row, across: amount, percent, amount, percent ...
    /// (In millions, except percentages)
    /// 21.0 % $
    /// 2,088
    /// 21.0 % $
    /// 926
    /// 21.0 %
    ///
    /// 261 ... (187)       ← the first year's amounts, the other rows; then its percents ...
    /// 81                  ← the page's number, between two columns' runs
    /// ```
    ///
    /// Read when the counts reconcile no other way: after the leading runs, `2k` runs (two
    /// years at least) of one figure for each row but the first, a page number among them
    /// passed over (`isPageNumber`: a run of one figure without header pieces); the leading
    /// runs hold `2k` figures, the first row across. The later runs come in pairs, amounts
    /// then percents; each year of the first row takes the one pair whose percents are its
    /// amounts over that year's base (`percentsOfTheBase`, the base the first row's amount
    /// over its percent): the page's flow may print the years' runs in another order. The
    /// header, each year over its pair of columns, when its years are printed middle first
    /// (`yearsOverPairs`); none otherwise. Nil otherwise.
    static func firstRateRowAcross(_ text: [UInt8], _ lines: [Span], _ runs: [(pieces: [Int], figures: [Int])],
                                   _ printed: [Label]) -> Reconciled? {
        let rows = printed.filter { !$0.isGroup }.count
        guard rows >= 3 else { return nil }
        // The runs after the first row, a page number among them passed over.
        let long = runs.indices.filter { runs[$0].figures.count == rows - 1 }
        guard let firstLong = long.first, long.count >= 4, long.count % 2 == 0 else { return nil }
        let rest = runs.indices.filter { $0 >= firstLong && !long.contains($0) }
        guard rest.allSatisfy({ runs[$0].figures.count == 1 && runs[$0].pieces.isEmpty && isPageNumber(text, lines[runs[$0].figures[0]]) })
        else { return nil }
        let across = runs[..<firstLong].flatMap(\.figures)
        guard across.count == long.count else { return nil }
        // Each year's pair of runs, amounts then percents, in print order.
        let pairs = stride(from: 0, to: long.count, by: 2).map { (long[$0], long[$0 + 1]) }
        var pseudo = runs
        var runsOfColumn: [[Int]] = []
        var taken = Set<Int>()
        for year in 0..<pairs.count {
            guard let amount = parsedFigure(text, lines[across[2 * year]]), let percent = parsedFigure(text, lines[across[2 * year + 1]]),
                  !amount.isPercent, percent.isPercent, let a0 = amount.value, let p0 = percent.value, a0 != 0, p0 != 0 else { return nil }
            // The pair whose percents are its amounts over this year's base: exactly one (the
            // page's flow may print the years' runs in another order than the first row's).
            let fits = pairs.indices.filter { i in
                amountsAndPercents(text, lines, runs[pairs[i].0].figures, runs[pairs[i].1].figures, rows: rows - 1,
                                   base: a0 / p0 * 100, baseTolerance: baseTolerance(amount, percent))
            }
            guard fits.count == 1, let i = fits.first, taken.insert(i).inserted else { return nil }
            for (c, later) in [(2 * year, pairs[i].0), (2 * year + 1, pairs[i].1)] {
                pseudo.append((pieces: [], figures: [across[c]]))
                runsOfColumn.append([pseudo.count - 1, later])
            }
        }
        let slots = Slots(columns: long.count, bands: [1, rows - 1], runsOfColumn: runsOfColumn, headRun: runsOfColumn.map { _ in -1 })
        var reading = Reconciled(slots: slots, labels: printed, runs: pseudo)
        reading.heads = yearsOverPairs(text, lines, runs[..<firstLong].flatMap(\.pieces), years: long.count / 2, labelsStart: printed.first?.span.start)
        return reading
    }

    /// The header of `firstRateRowAcross`'s columns, an amount and a percent a year: the
    /// years a heading centred over them prints where the flow reaches each (the middle
    /// year's date and year and the first's above the labels, the last's among the first
    /// row's pieces: `middleColumnFirstAcross`), each year over its pair of columns; nil when
    /// they are not so printed (the columns then get no header).
    static func yearsOverPairs(_ text: [UInt8], _ lines: [Span], _ pieces: [Int], years: Int,
                               labelsStart: Int?) -> (heads: [[GridCell]], pastCaption: Bool, caption: GridCell?)? {
        guard let labelsStart, years >= 3 else { return nil }
        let cells = pieces.compactMap { GridReader.cell(text, lines[$0].range) }
        var places = [[GridCell]](repeating: [], count: years)
        places[0] = cells
        guard let found = middleColumnFirstAcross(text, places, before: labelsStart) else { return nil }
        return (found.heads.flatMap { [$0, $0] }, found.pastCaption, found.caption)
    }

    /// How far the base the first row implies (its amount over its percent) may be from the
    /// exact one, given the rounding of both figures (`firstRateRowAcross`).
    static func baseTolerance(_ amount: ParsedNumber, _ percent: ParsedNumber) -> Double {
        guard let a = amount.value, let p = percent.value, p != 0 else { return 0 }
        let base = abs(a / p * 100)
        return base * (amount.roundingTolerance / max(abs(a), 1) + percent.roundingTolerance / abs(p))
    }
}
