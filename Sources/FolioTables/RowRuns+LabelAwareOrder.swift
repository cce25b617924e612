import FolioModel

extension RowRuns {
    /// **The first row carries the next row's figures.** A chain's first row may come with
    /// the figures of the row below it too, that row's label printed later in a run of labels
    /// (`labelsAfterRows`):
    ///
    /// ```
    /// Current assets:
    /// Cash
    /// 60                              ← Cash's figures
    /// 75
    /// 40                              ← the next row's: waiting for a label
    /// 45
    /// Supplies
    /// 9
    /// 8
    /// ```
    ///
    /// When `rows` holds only its first row and that row's figures are a whole number of
    /// times (two to `maxWaiting` + 1) the `next` row's count, the first row keeps the first
    /// figures and the others wait as rows of the chain's columns. Should no run of labels
    /// pair them, the chain ends after the first row, as it would without the rule (a chain
    /// of one row is no region). Returns whether the row was so split.
    static func firstRowCarriesNext(_ rows: inout [Row], _ waiting: inout Waiting, next c: Int) -> Bool {
        guard rows.count == 1, waiting.figures.isEmpty, c >= 2, let first = rows.first,
              first.figures.count > c, first.figures.count % c == 0,
              first.figures.count / c - 1 <= maxWaiting else { return false }
        waiting.kept = 1
        waiting.figures = chunks(Array(first.figures.dropFirst(c)), c)
        rows[0].figures = Array(first.figures.prefix(c))
        return true
    }

    /// Whether label line `k` of a run of labels heads the group label after it: a heading
    /// in title case (`headingOverGroup`), or, right after a total of the run, any label but
    /// a total over a group label (`Total assets` / `Liabilities and shareholders' equity` /
    /// `Current liabilities:`), as a label run reads it (`ColumnRuns.headsGroup`).
    static func headsGroupInRun(_ text: [UInt8], _ ls: [Span], _ kinds: [ColumnRuns.Line], at k: Int, after previous: RunLabel?) -> Bool {
        if headingOverGroup(text, ls, kinds, at: k) != nil { return true }
        guard let previous else { return false }
        var g = k + 1
        while g < ls.count, kinds[g] == .blank { g += 1 }
        guard g < ls.count, kinds[g] == .label, isGroup(text, ls[g]), !isGroup(text, ls[k]) else { return false }
        let words = previous.label.map { String(decoding: text[GridReader.trim(text, ls[$0].range)], as: UTF8.self) }
        let own = String(decoding: text[GridReader.trim(text, ls[k].range)], as: UTF8.self)
        return LabelText.isTotalLabel(words.joined(separator: " ")) && !LabelText.isTotalLabel(own)
    }

    /// **Labels after rows, the order the totals tell.** A run of labels pairs with the rows
    /// waiting and the figures after it in one of two orders (`labelsAfterRows`): in order
    /// (the waiting rows take the first labels) or the first label to the figures after the
    /// run, the waiting rows the labels after it:
    ///
    /// ```
    /// Total current assets
    /// 500
    /// 2,200                           ← waiting
    /// 300                             ← waiting
    /// 250                             ← waiting
    /// Total current liabilities
    /// 550
    /// Long-term debt                  ← the figures after the run: 900
    /// Total assets                      2,200
    /// Liabilities and equity          ← a heading over a group: no figure
    /// Current liabilities:
    /// Accounts payable                  300
    /// Accrued expenses                  250
    /// 900
    /// ```
    ///
    /// The order in which more totals add up (`totals`: a total the sum of the rows above
    /// it; here `Total current liabilities` is `Accounts payable` and `Accrued expenses`
    /// only in the second order) is taken, and only when more add up than without the
    /// pairing; in order when both orders count the same. Nil when neither is taken.
    static func pairing(_ text: [UInt8], _ ls: [Span], without rows: [Row], inOrder a: [Row], afterFirst b: [Row]) -> [Row]? {
        let none = totals(text, ls, rows)
        let ta = totals(text, ls, a)
        let tb = totals(text, ls, b)
        if ta > none, ta >= tb { return a }
        if tb > none, tb > ta { return b }
        return nil
    }

    /// Whether `label` repeats the words of one of `groups` (the group's colon and a
    /// footnote marker aside, case aside): `Gross property and equipment` under `Gross
    /// property and equipment (1):` is the group's total.
    static func repeatsGroup(_ label: String, _ groups: [String]) -> Bool {
        guard !groups.isEmpty else { return false }
        let own = groupWords(label)
        return !own.isEmpty && groups.contains { groupWords($0) == own }
    }

    /// A label's words for `repeatsGroup`: lowercased, a closing colon and a footnote marker
    /// (`(1)`) dropped.
    static func groupWords(_ s: String) -> String {
        var t = s.lowercased()
        if t.hasSuffix(":") { t.removeLast() }
        while t.hasSuffix(" ") { t.removeLast() }
        if t.hasSuffix(")"), let open = t.lastIndex(of: "("),
           t[t.index(after: open)..<t.index(before: t.endIndex)].allSatisfy(\.isNumber) {
            t = String(t[..<open])
        }
        while t.hasSuffix(" ") { t.removeLast() }
        return t
    }
}
