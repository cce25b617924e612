import FolioModel

extension ColumnRuns {
    /// **Headings printed a column early.** A note's table whose column headings are words,
    /// not periods (`Amortized Cost` | `Unrealized Gains` | `Unrealized Losses` | `Fair
    /// Value`), may come out of the converter with each heading one column ahead of its run:
    /// the first column's over the labels, the second and third together before the second
    /// column's run, a lone `$` line between them, each later one before the run to its left,
    /// and the last column's run with none:
    ///
    /// ```
    /// Amortized           ← the first column's heading, above the labels
    /// Cost
    /// Corporate notes and obligations
    /// ...
    /// $
    /// 2,574 ...           ← the first column's run: no heading
    /// $
    /// Unrealized          ← the second column's heading
    /// Gains
    /// $
    /// Unrealized          ← the third column's, a `$` line apart
    /// Losses
    /// 6 ...               ← the second column's run
    /// $
    /// Fair Value          ← the fourth column's heading
    /// (23) ...            ← the third column's run
    /// $
    /// 2,557 ...           ← the fourth column's run: no heading
    /// ```
    ///
    /// When the first and the last column have no heading, every other column has one, no
    /// piece is a year, and exactly one column's pieces hold a lone `$` line between two of
    /// them: that column keeps the pieces before the `$`, the next takes the rest, and each
    /// later heading moves one column right. `heads` are the columns' pieces as read
    /// (`headRun[c]`: the run whose pieces head column `c`); nil when the layout is not so.
    static func headingsAColumnEarly(_ kinds: [Line], _ runs: [(pieces: [Int], figures: [Int])], headRun: [Int],
                                     heads: [[GridCell]]) -> [[GridCell]]? {
        let n = heads.count
        guard n >= 3, headRun.count == n, heads[0].isEmpty, heads[n - 1].isEmpty else { return nil }
        var split: (column: Int, at: Int)?
        for c in 1..<(n - 1) {
            guard headRun[c] >= 0, heads[c].count == runs[headRun[c]].pieces.count, !heads[c].isEmpty,
                  !heads[c].contains(where: { yearEnding($0.text) != nil }) else { return nil }
            let pieces = runs[headRun[c]].pieces
            for k in 1..<max(1, pieces.count) where ((pieces[k - 1] + 1)..<pieces[k]).contains(where: { kinds[$0] == .currencySign }) {
                guard split == nil else { return nil }
                split = (c, k)
            }
        }
        guard let (c, at) = split else { return nil }
        var out = heads
        out[c] = Array(heads[c][..<at])
        out[c + 1] = Array(heads[c][at...])
        for d in (c + 2)..<n { out[d] = heads[d - 1] }
        return out
    }
}
