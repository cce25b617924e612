import FolioModel

extension ColumnRuns {
    /// **A heading the bands place.** A section heading printed without a colon, and named by
    /// no other rule (`headingVariants`), takes no figure; the counts then fall one figure a
    /// column short of the labels, and the bands tell where it stands: a band of a column's
    /// runs ends only where a band may end (`slots`), and a heading is one such place:
    ///
    /// ```
    /// Net loss                              ← a band of one row
    /// Depreciation and amortization         ← a band of eight rows
    /// ...
    /// Unrealized currency translation
    /// Changes in assets and liabilities     ← a heading: the next band starts after it
    /// Accounts receivable                   ← a band of nine rows
    /// ...
    /// ```
    ///
    /// Tried last, when the figures of every run fill the labels but one, one figure a
    /// column, two columns at least: each label (no total, no group label) is tried as the
    /// heading, and the reading is taken when exactly one of them reconciles (`slots`, bands of
    /// one length told apart by their totals as there: `byTotals`, `inPrintOrder`) with a
    /// band of the runs ending right above it (a first label is no such heading: the counts
    /// cannot tell it from the rows of another table's labels printed over these runs), and a
    /// total adds up in every column of it (`totalsAddUp`). Nil otherwise. A heading inside an
    /// unbroken run is no such place: a
    /// label line too many (a wrapped label's second line starting with a figure, `441 and
    /// 455 shares outstanding`) would otherwise make some row inside the run a heading, its
    /// figures each a row off, and a total of the shifted rows may still add up.
    static func headingByBands(_ text: [UInt8], _ lines: [Span], _ kinds: [Line], _ runs: [(pieces: [Int], figures: [Int])],
                               _ printed: [Label]) -> Reconciled? {
        let data = printed.indices.filter { !printed[$0].isGroup }
        let figures = runs.reduce(0) { $0 + $1.figures.count }
        guard data.count >= 4, figures % (data.count - 1) == 0, figures / (data.count - 1) >= 2,
              figures % data.count != 0 else { return nil }
        let joinable = joinableRuns(kinds, runs)
        let found = headingsThatReconcile(text, lines, runs, printed, joinable: joinable)
        if !found.isEmpty { return found.count == 1 ? found.first : nil }
        // Then with the nets whose band may end after them (`netClosesABand`), each adding up
        // in every column of the reading (`netsAddUp`).
        let nets = data.filter { netClosesABand(printed, $0) }
        guard !nets.isEmpty else { return nil }
        var marked = printed
        for k in nets { marked[k].closesBand = true }
        let withNets = headingsThatReconcile(text, lines, runs, marked, joinable: joinable) { r in
            netsAddUp(text, lines, labels: r.labels, figures: r.slots.runsOfColumn.map { $0.flatMap { runs[$0].figures } })
        }
        return withNets.count == 1 ? withNets.first : nil
    }

    /// The readings of `headingByBands`, one for each label of `printed` (no total, no group
    /// label) that reconciles as the heading: every run taken, a band ending right above it,
    /// a total adding up in every column, and `keep` holding; two at most.
    static func headingsThatReconcile(_ text: [UInt8], _ lines: [Span], _ runs: [(pieces: [Int], figures: [Int])],
                                      _ printed: [Label], joinable: [Bool],
                                      keep: (Reconciled) -> Bool = { _ in true }) -> [Reconciled] {
        let data = printed.indices.filter { !printed[$0].isGroup }
        var found: [Reconciled] = []
        for i in data where !LabelText.isTotalLabel(printed[i].text) {
            var v = printed
            v[i].heading = true
            // The heading stands where a band of the runs ends: a column's run breaks there.
            let above = data.filter { $0 < i }.count
            let totals = { (s: Slots) in totalsAddUp(text, lines, labels: v, figures: s.runsOfColumn.map { $0.flatMap { runs[$0].figures } }) }
            guard let s = slots(runs, labels: v, joinable: joinable, totals: totals),
                  s.runsOfColumn.joined().count == runs.count,
                  s.bands.indices.dropLast().contains(where: { s.bands[...$0].reduce(0, +) == above }) else { continue }
            let columns = s.runsOfColumn.map { $0.flatMap { runs[$0].figures } }
            guard totalsAddUp(text, lines, labels: v, figures: columns) >= s.columns else { continue }
            let reading = Reconciled(slots: s, labels: v, runs: runs)
            guard keep(reading) else { continue }
            found.append(reading)
            // Two are as good as many: the reading is ambiguous.
            if found.count > 1 { break }
        }
        return found
    }

    /// **A heading naming the row it leads to.** A reconciliation's heading printed without a
    /// colon names the row its section ends with (`Adjustments to reconcile net loss to net
    /// cash provided by operating activities, net of acquisitions` over the adjustments, the
    /// section ending with `Net cash provided by operating activities`): label `i` (no group
    /// label, no total) holds `to` and the whole text of a later label of four words or more,
    /// and more besides (case aside); a row that merely holds a later row's words (`Earnings
    /// before provision for income taxes` over `Provision for income taxes`) is none. Tried
    /// by `read` only when the counts do not reconcile with it as a row (`headingVariants`).
    static func namesALaterRow(_ labels: [Label], _ i: Int) -> Bool {
        guard !labels[i].isGroup, labels[i].text.utf8.count > 24, hasTo(labels[i].text),
              !LabelText.isTotalLabel(labels[i].text) else { return false }
        let own = labels[i].text.lowercased()
        return labels[(i + 1)...].contains { l in
            guard !l.isGroup else { return false }
            let later = l.text.lowercased()
            return later.split(separator: " ").count >= 4 && own.utf8.count > later.utf8.count && own.contains(" to " + later)
        }
    }

    /// Whether `s` holds the word `to` between spaces (bytes: the gate of `namesALaterRow`,
    /// asked of every label).
    static func hasTo(_ s: String) -> Bool {
        var u = s
        return u.withUTF8 { b in
            guard b.count >= 4 else { return false }
            for k in 0..<(b.count - 3) where b[k] == 0x20 && b[k + 3] == 0x20 && b[k + 1] | 0x20 == 0x74 && b[k + 2] | 0x20 == 0x6F {
                return true
            }
            return false
        }
    }
}
