import FolioModel

extension ColumnRuns {
    /// **A period group's heading among a one-row band.** A 10-Q statement of two period
    /// groups (`Three Months Ended` over two columns, `Six Months Ended` over two more) whose
    /// first row stands apart on the page (net income atop a cash flow statement) is printed
    /// with the first group's heading above the labels, then the labels, then the first row's
    /// figures one a run, and the second group's whole heading where the text flow reaches it,
    /// among those figures, before the first figure of its own columns:
    ///
    /// ```
    /// Three Months Ended          ← the first group's heading, above the labels
    /// June 30,
    /// June 30,
    /// 2030
    /// 2029
    ///
    /// Net income                  ← the label run
    /// Depreciation
    /// ...
    /// $
    /// 1,200                       ← net income, first column
    /// $
    /// Six Months Ended            ← the second group's heading, a date and a year a column
    /// June 30,
    /// June 30,
    /// 2030
    /// 2029
    ///
    /// 1,100                       ← net income, second column
    /// $ 2,300                     ← third
    /// $ 2,100                     ← fourth
    ///
    /// 300                         ← the next band, column by column
    /// ...
    /// ```
    ///
    /// Whether the header pieces `pieces` (line indices, in print order) before a run after
    /// the runs `runs` are such a heading: every run before them holds one figure (the first
    /// row's band), the pieces open with a period heading (`namesPeriod`), then hold only
    /// dates (`namesMonth`), at most one a year, and two years or more in column order
    /// (`yearsInColumnOrder`). `shape` then keeps them as that run's pieces, past the one
    /// year a run and `maxPieces`; `read` takes the region only when the counts reconcile and
    /// deals the pieces out by period groups (`headsInPeriodGroups`: one heading a group, the
    /// same years in each group, one date a column or none), else leaves the columns without
    /// a header.
    static func groupHeadingAmongBand(_ text: [UInt8], _ ls: [Span], _ kinds: [Line],
                                      _ runs: [(pieces: [Int], figures: [Int])], _ pieces: [Int]) -> Bool {
        guard !runs.isEmpty, runs.allSatisfy({ $0.figures.count == 1 }), let first = pieces.first,
              kinds[first] == .label, let heading = GridReader.cell(text, ls[first].range), namesPeriod(heading.text) else { return false }
        let rest = pieces.dropFirst()
        let years = rest.filter { kinds[$0] == .year }.compactMap { GridReader.cell(text, ls[$0].range) }
        let dates = rest.filter { kinds[$0] != .year }.compactMap { GridReader.cell(text, ls[$0].range) }
        guard years.count >= 2, dates.count <= years.count, dates.count == rest.count - years.count,
              dates.allSatisfy({ namesMonth($0.text) && !namesPeriod($0.text) }) else { return false }
        return yearsInColumnOrder(years)
    }
}

extension ColumnRuns {
    /// The first period group's whole heading printed above the labels (`groupHeadingAmongBand`):
    /// from the line right above the labels up (`linesAboveLabels`: a units caption or status
    /// note between them passed over), two years or more in column order, the dates over
    /// them (`namesMonth`, at most one a year) and one period heading (`namesPeriod`), each
    /// short; the cells in print order and whether a caption lies between them and the
    /// labels. Nil when the lines above are not such a heading.
    static func groupHeadingAbove(_ text: [UInt8], before: Int) -> (cells: [GridCell], pastCaption: Bool)? {
        let (above, last, pastCaption) = linesAboveLabels(text, before: before, reach: 400)
        func cell(_ k: Int) -> GridCell? {
            k >= 0 ? GridReader.cell(text, above[k].range).flatMap { $0.text.utf8.count <= maxPieceBytes ? $0 : nil } : nil
        }
        var k = last
        var years: [GridCell] = []
        while k >= 0, classify(text, above[k]) == .year, let c = cell(k) { years.insert(c, at: 0); k -= 1 }
        var dates: [GridCell] = []
        while k >= 0, classify(text, above[k]) == .label, let c = cell(k), namesMonth(c.text), !namesPeriod(c.text) {
            dates.insert(c, at: 0)
            k -= 1
        }
        guard years.count >= 2, yearsInColumnOrder(years), dates.count <= years.count, k >= 0, classify(text, above[k]) == .label,
              let heading = cell(k), namesPeriod(heading.text) else { return nil }
        return ([heading] + dates + years, pastCaption)
    }

    /// The columns' headers of a statement in period groups whose later groups' headings
    /// were printed among its one-row band (`groupHeadingAmongBand`), the first group's
    /// above the labels (`groupHeadingAbove`), dealt out by period groups
    /// (`headsInPeriodGroups`), with where the rows start (`start`, or the first group's
    /// heading when no units caption lies between it and the labels); nil unless a column's
    /// pieces open with a period heading and every piece then finds its column.
    static func headsAroundBand(_ text: [UInt8], _ heads: [[GridCell]], labelsStart: Int, start: Int) -> (heads: [[GridCell]], start: Int)? {
        guard heads.contains(where: { $0.first.map { namesPeriod($0.text) } == true }),
              let above = groupHeadingAbove(text, before: labelsStart),
              let spread = headsInPeriodGroups(heads, above: above.cells) else { return nil }
        guard !above.pastCaption, let first = above.cells.first else { return (spread, start) }
        return (spread, min(start, first.span.start))
    }
}

extension ColumnRuns {
    /// The columns the period groups of `runs` print when a run after the first is headed by
    /// a period group's heading printed among the one-row band (`groupHeadingAmongBand`): that
    /// heading's years, once for each such heading and once for the first group (its heading
    /// above the labels); nil when no run is so headed, or two such headings differ in years.
    static func columnsOfPeriodGroups(_ text: [UInt8], _ lines: [Span], _ kinds: [Line],
                                      _ runs: [(pieces: [Int], figures: [Int])]) -> Int? {
        let headed = runs.indices.dropFirst().filter { i in
            !runs[i].pieces.isEmpty && groupHeadingAmongBand(text, lines, kinds, Array(runs[..<i]), runs[i].pieces)
        }
        let years = Set(headed.map { runs[$0].pieces.filter { kinds[$0] == .year }.count })
        guard years.count == 1, let perGroup = years.first else { return nil }
        return perGroup * (headed.count + 1)
    }

    /// **Bands at labels joined in a statement of period groups.** A statement of two period
    /// groups prints four columns of figures or more beside its labels, so its label column
    /// is narrow and a label longer than a header piece (`maxPieceBytes`) wraps there; the
    /// page leaves space at such a label, and the converter may end a band at it
    /// (`Bands at wrapped labels`). The normalizer joins a wrapped label's lines before tables
    /// are read (`Depreciation and amortization of property, equipment and` / `intangibles`),
    /// and a joined label shorter than `wrappedLabelBytes` is not known as wrapped. When the
    /// region's runs hold a period group's heading among a one-row band
    /// (`groupHeadingAmongBand`) and the labels as printed do not reconcile, the labels
    /// longer than a header piece (and not known as wrapped) are taken as printed on two
    /// lines, the fewest first: each one alone, then each two (`maxJoinedLabels`; at most
    /// `maxLongLabels` to choose among). The
    /// reading is taken only when, at the fewest that fit, exactly one choice lets the counts
    /// fit, in exactly one order (`reconcile`, `slots`), with as many columns as the groups'
    /// headings tell (`columnsOfPeriodGroups`: a band's runs taken as the rows of fewer
    /// columns are a misreading).
    static func periodGroupsReconciled(_ text: [UInt8], _ lines: [Span], _ kinds: [Line],
                                       _ runs: [(pieces: [Int], figures: [Int])], _ printed: [Label]) -> Reconciled? {
        guard let columns = columnsOfPeriodGroups(text, lines, kinds, runs) else { return nil }
        let joinable = joinableRuns(kinds, runs)
        let long = printed.indices.filter { !printed[$0].isGroup && !printed[$0].printedWrapped && printed[$0].text.utf8.count > maxPieceBytes }
        guard long.count <= maxLongLabels else { return nil }
        // The fewest labels taken as wrapped first: one, then two.
        for size in 1...maxJoinedLabels {
            var found: [Reconciled] = []
            for set in subsets(long, size: size) {
                var labels = printed
                for i in set { labels[i].wrapped = true }
                // As many columns as the groups' headings tell.
                if let r = reconcile(text, lines, kinds, runs, labels, joinable: joinable), r.slots.columns == columns { found.append(r) }
                if found.count > 1 { return nil }
            }
            if let r = found.first { return r }
        }
        return nil
    }

    /// Most labels `periodGroupsReconciled` takes as wrapped at once.
    static let maxJoinedLabels = 2
    /// Most long labels `periodGroupsReconciled` chooses among (their pairs are tried).
    static let maxLongLabels = 16

    /// The subsets of `items` of `size` one or two, in order.
    static func subsets(_ items: [Int], size: Int) -> [[Int]] {
        guard size == 2 else { return items.map { [$0] } }
        return items.indices.flatMap { a in items.indices.filter { $0 > a }.map { [items[a], items[$0]] } }
    }
}
