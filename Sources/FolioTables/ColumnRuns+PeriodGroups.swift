import FolioModel

extension ColumnRuns {
    /// The size of the blocks the years `years` (one a column, in column order) repeat in,
    /// each block in column order (`2025 2024 2025 2024`: each period's columns the same
    /// years, a 10-Q's quarter then its year to date); nil when they do not so repeat.
    static func periodBlock(_ years: [Int]) -> Int? {
        guard years.count >= 4 else { return nil }
        for block in 2..<years.count where years.count % block == 0 && monotoneYears(years[0..<block]) {
            if years.indices.allSatisfy({ years[$0] == years[$0 % block] }) { return block }
        }
        return nil
    }

    /// Whether the years `ys` each rise or each fall.
    static func monotoneYears(_ ys: ArraySlice<Int>) -> Bool {
        let steps = zip(ys, ys.dropFirst()).map { $1 - $0 }
        return steps.allSatisfy { $0 > 0 } || steps.allSatisfy { $0 < 0 }
    }

    /// A period heading over a group of columns: `Three Months Ended`, `For the Six Months
    /// Ended June 30,`, `Years Ending`.
    static func namesPeriod(_ s: String) -> Bool {
        let l = LoweredLabel(s)
        return l.contains("ended") || l.contains("ending")
    }

    /// **Years in period groups.** A 10-Q prints its columns in groups of periods, each group
    /// under its own heading and the same years in each (`Three Months Ended` over `2025` /
    /// `2024`, `Six Months Ended` over `2025` / `2024`). A converter that follows the page's text
    /// flow prints each piece where the flow reaches it, above the labels or before a run
    /// that is not its column's:
    ///
    /// ```
    /// For the Three Months Ended June 30,      ← above the labels: the first group's heading
    /// 2025                                     ← the first column's year
    /// Revenue
    /// ...
    /// For the Six Months Ended June 30,        ← the second group's heading
    /// 2024                                     ← the second column's year
    /// 744                                      ← the first column's run
    /// 2025                                     ← the third column's year
    /// 623                                      ← the second column's run
    /// ...
    /// ```
    ///
    /// The pieces above the labels `above` and before the runs `heads` (each column's), in
    /// print order, dealt out when they hold one year a column, in column order, repeating in
    /// blocks (`periodBlock`), one period heading (`namesPeriod`) a block, and no other piece
    /// or one date a column: each column gets its block's heading, its date, its year. Nil
    /// otherwise (`headsByYears` deals out years each rising or each falling).
    static func headsInPeriodGroups(_ heads: [[GridCell]], above: [GridCell]) -> [[GridCell]]? {
        guard let (years, others, block) = yearsInBlocks(heads, above: above) else { return nil }
        let headings = others.filter { namesPeriod($0.text) }
        let dates = others.filter { !namesPeriod($0.text) }
        guard headings.count == heads.count / block, dates.isEmpty || dates.count == heads.count else { return nil }
        return heads.indices.map { c in [headings[c / block]] + (dates.isEmpty ? [] : [dates[c]]) + [years[c]] }
    }

    /// The pieces above the labels `above` and before the runs `heads`, in print order, split
    /// into their years and the other pieces, when the years are one a column and repeat in
    /// blocks (`periodBlock`: the block's size); nil otherwise. What `headsInPeriodGroups` and
    /// `headsInColumnGroups` deal out.
    static func yearsInBlocks(_ heads: [[GridCell]], above: [GridCell]) -> (years: [GridCell], others: [GridCell], block: Int)? {
        let pieces = (above + heads.joined()).sorted { $0.span.start < $1.span.start }
        let years = pieces.filter { yearEnding($0.text) != nil }
        guard years.count == heads.count, let block = periodBlock(years.compactMap { yearEnding($0.text) }) else { return nil }
        return (years, pieces.filter { yearEnding($0.text) == nil }, block)
    }
}

extension ColumnRuns {
    /// **Years in column groups.** A note's table prints its columns in groups of the same
    /// years under a heading naming each group (a pension note's `Defined benefit plans` and
    /// `Other post-employment plans`, each over `2024` / `2023`). A converter that follows the
    /// page's text flow prints the pieces where the flow reaches them, here all before the
    /// first run, the first group's heading above the labels with the table's title:
    ///
    /// ```
    /// Defined benefit plans                 ← the first group's heading, in the title
    /// as of and for the years ended December 31 (in millions)
    /// Projected benefit obligations
    /// ...
    /// 2024                                  ← the first column's year
    /// Other post-employment plans           ← the second group's heading
    /// 2023
    /// 2024
    /// 2023
    /// 9,544                                 ← the first column's run
    /// ```
    ///
    /// The pieces above the labels `above` and before the runs `heads` (each column's), in
    /// print order, dealt out as period groups are (`headsInPeriodGroups`): one year a
    /// column, in column order, repeating in blocks (`periodBlock`); the other pieces are the
    /// groups' headings (`isColumnGroupHeading`), one a block, or one fewer, the first group's
    /// printed elsewhere: each later block takes its heading in order, the first none. Nil
    /// otherwise (a period heading among the pieces is `headsInPeriodGroups`' to deal).
    static func headsInColumnGroups(_ heads: [[GridCell]], above: [GridCell]) -> [[GridCell]]? {
        guard let (years, headings, block) = yearsInBlocks(heads, above: above) else { return nil }
        let groups = heads.count / block
        guard headings.count == groups || headings.count == groups - 1,
              headings.allSatisfy({ isColumnGroupHeading($0.text) }) else { return nil }
        let missing = groups - headings.count
        return heads.indices.map { c in
            let g = c / block
            return (g >= missing ? [headings[g - missing]] : []) + [years[c]]
        }
    }

    /// A heading over a group of columns naming what they hold (`Other post-employment
    /// plans`, `Pension Benefits`): letters, no period heading (`namesPeriod`), no month, no
    /// units caption, at most a header piece long.
    static func isColumnGroupHeading(_ s: String) -> Bool {
        s.utf8.count <= maxPieceBytes && s.contains(where: \.isLetter) && !namesPeriod(s) && !namesMonth(s)
            && !UnitsParser.isCaptionLine(s)
    }
}
