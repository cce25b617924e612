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
    /// column, two columns at least (or fill them all when the last row was printed apart,
    /// `headingAndRowApart`: `headingSlots`): each label (no total, no group label) is tried as the
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
        guard data.count >= 4 else { return nil }
        // Two or three figures a column short (and no fewer): the first label and later ones
        // head parallel groups.
        for k in 2...maxParallelGroups where data.count - k >= 2 && figures % (data.count - k) == 0 && figures / (data.count - k) >= 2 {
            guard (0..<k).allSatisfy({ figures % (data.count - $0) != 0 }) else { break }
            return headingsOverParallelGroups(text, lines, kinds, runs, printed, groups: k)
        }
        // One figure a column short of the labels; or as many as the labels when the last row
        // was printed apart before the first run (`headingAndRowApart`).
        let short = figures % (data.count - 1) == 0 && figures / (data.count - 1) >= 2 && figures % data.count != 0
        let apart = figures % data.count == 0 && figures / data.count >= 2 && rowPrintedApart(text, lines, kinds, runs, printed) != nil
        guard short || apart else { return nil }
        let joinable = joinableRuns(kinds, runs)
        let found = headingsThatReconcile(text, lines, kinds, runs, printed, joinable: joinable)
        if !found.isEmpty { return found.count == 1 ? found.first : nil }
        // Then with the nets whose band may end after them (`netClosesABand`), each adding up
        // in every column of the reading (`netsAddUp`).
        let nets = data.filter { netClosesABand(printed, $0) }
        guard !nets.isEmpty else { return nil }
        var marked = printed
        for k in nets { marked[k].closesBand = true }
        let withNets = headingsThatReconcile(text, lines, kinds, runs, marked, joinable: joinable) { r in
            netsAddUp(text, lines, labels: r.labels, figures: r.slots.runsOfColumn.map { $0.flatMap { runs[$0].figures } })
        }
        return withNets.count == 1 ? withNets.first : nil
    }

    /// **Headings over parallel groups** (`headingsOverParallelGroups`, in `headingByBands`).
    /// A note prints the same rows for two kinds of one thing, each under a heading without
    /// a colon, the first heading first among the labels:
    ///
    /// ```
    /// Defined benefit plans                ← a heading: no figure
    /// Service cost
    /// Interest cost
    /// Net periodic benefit cost            ← a band of the runs ends here
    /// Other post-employment plans          ← a heading: no figure
    /// Service cost                         ← the rows above, again
    /// Interest cost
    /// Net periodic benefit cost
    /// ```
    ///
    /// The counts fall two figures a column short of the labels (three, for three groups:
    /// `groups`, `maxParallelGroups` at most). A first label is no heading the bands can place
    /// (`headingByBands`), but the later groups tell it: each later heading's group (its
    /// labels up to the next heading, group label or the end) parallels the first's
    /// (`parallelsTheFirst`: it repeats two of its labels at least, or closes with the same
    /// total of three words or more, `Total reclassifications, net of tax`). Each set of
    /// such candidates (no total) is tried with the first label as another heading; the
    /// reading is taken when exactly one reconciles (`slots`, every run taken) with a band
    /// ending right above each candidate and a total adding up in every column
    /// (`totalsAddUp`), or, for later groups whose every label repeats one of the first's,
    /// without a total (a schedule of rates). Nil otherwise.
    static func headingsOverParallelGroups(_ text: [UInt8], _ lines: [Span], _ kinds: [Line],
                                           _ runs: [(pieces: [Int], figures: [Int])], _ printed: [Label],
                                           groups: Int = 2) -> Reconciled? {
        let data = printed.indices.filter { !printed[$0].isGroup }
        guard let first = data.first, groups >= 2 else { return nil }
        let joinable = joinableRuns(kinds, runs)
        let candidates = data.dropFirst(2).filter { !LabelText.isTotalLabel(printed[$0].text) }
        var found: [Reconciled] = []
        for heads in headingSets(candidates, count: groups - 1) {
            let bounds = [first] + heads
            let parallel = heads.indices.map { parallelsTheFirst(printed, bounds: bounds, at: $0 + 1) }
            guard parallel.allSatisfy({ $0 != nil }) else { continue }
            var v = printed
            for h in bounds { v[h].heading = true }
            let above = heads.map { h in data.filter { $0 < h && !bounds.contains($0) }.count }
            guard let s = everyRunSlots(text, lines, runs, v, joinable: joinable),
                  above.allSatisfy({ bandEnds(s, after: $0) }) else { continue }
            let columns = s.runsOfColumn.map { $0.flatMap { runs[$0].figures } }
            guard parallel.allSatisfy({ $0 == true }) || totalsAddUp(text, lines, labels: v, figures: columns) >= s.columns else { continue }
            found.append(Reconciled(slots: s, labels: v, runs: runs))
            if found.count > 1 { break }
        }
        return found.count == 1 ? found.first : nil
    }

    /// Most groups `headingsOverParallelGroups` reads under headings without colons.
    static let maxParallelGroups = 3

    /// The sets of `count` labels of `candidates` in order (one or two).
    static func headingSets(_ candidates: [Int], count: Int) -> [[Int]] {
        if count == 1 { return candidates.map { [$0] } }
        guard count == 2 else { return [] }
        return candidates.indices.flatMap { a in candidates[(a + 1)...].map { [candidates[a], $0] } }
    }

    /// Whether the group under heading `bounds[k]` (its labels up to the next heading of
    /// `bounds`, the next group label or the end) parallels the first group's (under
    /// `bounds[0]`): nil when not; true when every one of its labels repeats one of the
    /// first's, false when it repeats two at least or closes with
    /// the same total of three words or more (`headingsOverParallelGroups`).
    static func parallelsTheFirst(_ labels: [Label], bounds: [Int], at k: Int) -> Bool? {
        func group(_ n: Int) -> [String] {
            let start = bounds[n] + 1, end = n + 1 < bounds.count ? bounds[n + 1] : labels.count
            guard start <= end else { return [] }
            return labels[start..<end].prefix { !$0.isGroup }.map { $0.text.lowercased() }
        }
        let firstGroup = group(0), own = group(k)
        guard !firstGroup.isEmpty, !own.isEmpty else { return nil }
        let repeated = own.filter(Set(firstGroup).contains).count
        if repeated >= 2 { return repeated == own.count }
        if let a = firstGroup.last, let b = own.last, a == b, LabelText.isTotalLabel(a), a.split(separator: " ").count >= 3 { return false }
        return nil
    }

    /// The readings of `headingByBands`, one for each label of `printed` (no total, no group
    /// label) that reconciles as the heading: every run taken, a band ending right above it,
    /// a total adding up in every column, and `keep` holding; two at most. With the
    /// heading marked, the last row may be printed apart (`rowPrintedApart`, checked as
    /// there: `totalsRowApart`): **a heading and a row apart** (`headingAndRowApart`).
    static func headingsThatReconcile(_ text: [UInt8], _ lines: [Span], _ kinds: [Line], _ runs: [(pieces: [Int], figures: [Int])],
                                      _ printed: [Label], joinable: [Bool],
                                      keep: (Reconciled) -> Bool = { _ in true }) -> [Reconciled] {
        let data = printed.indices.filter { !printed[$0].isGroup }
        var found: [Reconciled] = []
        for i in data where !LabelText.isTotalLabel(printed[i].text) {
            var v = printed
            v[i].heading = true
            // The heading stands where a band of the runs ends: a column's run breaks there.
            let above = data.filter { $0 < i }.count
            guard let (s, v, runs, apartAddsUp) = headingSlots(text, lines, kinds, runs, v, joinable: joinable),
                  bandEnds(s, after: above) else { continue }
            let columns = s.runsOfColumn.map { $0.flatMap { runs[$0].figures } }
            guard apartAddsUp || totalsAddUp(text, lines, labels: v, figures: columns) >= s.columns else { continue }
            let reading = Reconciled(slots: s, labels: v, runs: runs)
            guard keep(reading) else { continue }
            found.append(reading)
            // Two are as good as many: the reading is ambiguous.
            if found.count > 1 { break }
        }
        return found
    }

    /// The slots of `runs` under the labels `v` (a heading marked), every run taken: as
    /// printed, then with the last row printed apart after a lone `$` line (`rowPrintedApart`:
    /// a statement's net income set apart on the page, after its heading without a colon),
    /// when that row adds up (`totalsRowApart`, `netOfTheTwoAbove`): the total that then
    /// adds up in every column (`apartAddsUp`). The labels and runs the slots were found
    /// with; nil when neither reconciles.
    static func headingSlots(_ text: [UInt8], _ lines: [Span], _ kinds: [Line], _ runs: [(pieces: [Int], figures: [Int])],
                             _ v: [Label], joinable: [Bool])
        -> (slots: Slots, labels: [Label], runs: [(pieces: [Int], figures: [Int])], apartAddsUp: Bool)? {
        if let s = everyRunSlots(text, lines, runs, v, joinable: joinable) { return (s, v, runs, false) }
        guard let apart = rowPrintedApart(text, lines, kinds, runs, v),
              let s = slots(apart.runs, labels: apart.labels, joinable: joinableRuns(kinds, apart.runs)),
              s.runsOfColumn.joined().count == apart.runs.count else { return nil }
        let columns = s.runsOfColumn.map { $0.flatMap { apart.runs[$0].figures } }
        guard totalsRowApart(text, lines, labels: apart.labels, figures: columns, printedApart: true)
                || netOfTheTwoAbove(text, lines, labels: apart.labels, figures: columns) else { return nil }
        return (s, apart.labels, apart.runs, true)
    }

    /// The slots of `runs` under the labels `v` (`slots`, orders of one length told apart by
    /// their totals: `totalsAddUp`), only when every run is taken; nil otherwise
    /// (`headingSlots`, `headingsOverParallelGroups`).
    static func everyRunSlots(_ text: [UInt8], _ lines: [Span], _ runs: [(pieces: [Int], figures: [Int])], _ v: [Label],
                              joinable: [Bool]) -> Slots? {
        let totals = { (s: Slots) in totalsAddUp(text, lines, labels: v, figures: s.runsOfColumn.map { $0.flatMap { runs[$0].figures } }) }
        guard let s = slots(runs, labels: v, joinable: joinable, totals: totals), s.runsOfColumn.joined().count == runs.count else { return nil }
        return s
    }

    /// Whether a band of `s` ends right after its first `rows` data rows (not the last band):
    /// where a heading placed by the bands stands.
    static func bandEnds(_ s: Slots, after rows: Int) -> Bool {
        s.bands.indices.dropLast().contains { s.bands[...$0].reduce(0, +) == rows }
    }

    /// **A net of the two rows above** (`netOfTheTwoAbove`, for `headingAndRowApart`). A
    /// statement's last row is often the two rows right above it taken together (`Income
    /// before income taxes` and `Provision for income taxes`, printed negative, give `Net
    /// income`), though the rows above those do not add up to anything (an income statement's
    /// costs under `Less:`, its margin in percent). Whether in every column (two at least)
    /// the last data row is the sum of the two above it, within the rounding of the figures.
    static func netOfTheTwoAbove(_ text: [UInt8], _ lines: [Span], labels: [Label], figures: [[Int]]) -> Bool {
        let rows = labels.filter { !$0.isGroup }.count
        return rows >= 3 && figures.count >= minColumnsForSubtotal && sums(text, lines, figures, rows: rows, from: rows - 3)
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
