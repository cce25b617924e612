import FolioModel

extension ColumnRuns {
    /// **A later period group printed like the first** (session 36, #17). A 10-Q's note table
    /// printed column by column may print each period group's header where its runs start:
    /// the group's heading and years, then the group's runs, then the next group's the same
    /// way:
    ///
    /// ```
    /// U.S. customers                   ← the labels
    /// Non-U.S. customers
    /// Total
    ///
    /// Six months ended June 30         ← the first group's heading and years
    /// 2031
    /// 2030
    /// $10,160                          ← the first column's run
    /// 2,755
    /// $12,915
    ///
    /// $9,963                           ← the second's
    /// ...
    /// Three months ended June 30       ← the second group's, printed the same way
    /// 2031
    /// 2030
    /// $5,227
    /// ...
    /// ```
    ///
    /// `shape` took years printed together before a later run for several columns' header at
    /// once, whose runs cannot be told apart, and ended the runs there. They are the same
    /// header as the first group's when the pieces (`pieces`, line indices, the year just met
    /// the last) are a period heading (`namesPeriod`) and then years, and the first run's
    /// pieces a period heading and the same years in the same order (these no fewer): the
    /// runs go on, and the columns' headers are dealt out as period groups are
    /// (`headsInPeriodGroups`).
    static func periodGroupLikeTheFirst(_ text: [UInt8], _ ls: [Span], _ kinds: [Line],
                                        _ runs: [(pieces: [Int], figures: [Int])], _ pieces: [Int]) -> Bool {
        guard let first = runs.first?.pieces, let h1 = first.first, let h2 = pieces.first,
              kinds[h1] == .label, kinds[h2] == .label, first.count >= pieces.count else { return false }
        func string(_ i: Int) -> String { String(decoding: text[GridReader.trim(text, ls[i].range)], as: UTF8.self) }
        guard namesPeriod(string(h1)), namesPeriod(string(h2)),
              first.dropFirst().allSatisfy({ kinds[$0] == .year }), pieces.dropFirst().allSatisfy({ kinds[$0] == .year }) else { return false }
        return zip(first.dropFirst(), pieces.dropFirst()).allSatisfy { string($0) == string($1) }
    }
}
