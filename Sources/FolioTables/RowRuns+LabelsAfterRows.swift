import FolioModel

extension RowRuns {
    /// Rows of a chain whose figures came with no label, waiting for one
    /// (`labelsAfterRows`), and how many rows the chain keeps should none come.
    struct Waiting {
        var figures: [[Int]] = []
        var kept = 0
    }

    /// Most unlabelled rows a chain waits with (`labelsAfterRows`).
    static let maxWaiting = 3

    /// **Labels printed after their rows.** A converter following the page's text flow may
    /// print a row's figures with no label (right after the row above's figures) and its
    /// label later, in a run of labels before the next row's figures:
    ///
    /// ```
    /// Current assets:
    /// Cash
    /// 60
    /// 75
    /// Receivables
    /// 40
    /// 45
    /// 100                             ← a row with no label: waiting
    /// 120
    /// Equipment
    /// 30
    /// 35
    /// Total current assets            ← a run of two labels: the waiting row's and
    /// Total assets                      the one of the figures after it
    /// 130
    /// 155
    /// ```
    ///
    /// The chain keeps such rows waiting (figures only, a whole number of rows of the
    /// chain's columns, `maxWaiting` at most; the first row's extra figures too:
    /// `firstRowCarriesNext`) and pairs them with a later run of labels only when the run
    /// holds one label more than the rows waiting, in order: the waiting rows take the first
    /// labels, the last label the figures after the run (`Total current assets` 100 / 120,
    /// `Total assets` 130 / 155). Some statements pair them the other way (the first label
    /// to the figures after the run), and the figures alone cannot tell which: an order is
    /// taken only when, rows in the order of their figures, more totals add up with it than
    /// without (`ColumnRuns.totalsAddUp`: here `Total current assets` is the sum of the rows
    /// above), in order unless more add up the other way (`pairing`). A group label in the
    /// run, or a heading over one, goes with the label after it (`labelRun`); a run holding a
    /// caption or a sentence is not paired; when no run is paired, the chain ends right after
    /// the first row that left figures waiting, its own figures kept (`carrierKeepsItsFigures`),
    /// or before it.
    /// Returns whether the chain went on past line `k`.
    static func labelsAfterRows(_ text: [UInt8], _ ls: [Span], _ kinds: [ColumnRuns.Line],
                                _ rows: inout [Row], _ waiting: inout Waiting, at k: inout Int) -> Bool {
        guard let cols = rows.first?.figures.count else { return false }
        if let r = row(text, ls, kinds, from: k) {
            if firstRowCarriesNext(&rows, &waiting, next: r.figures.count) { return true }
            // A row with whole extra rows of figures: the extra ones wait for labels.
            let extra = r.figures.count / cols - 1
            guard r.figures.count % cols == 0, extra >= 1, let last = r.figures.last else { return false }
            let own = Row(groups: r.groups, label: r.label, figures: Array(r.figures.prefix(cols)))
            let keepsOwn = carrierKeepsItsFigures(rows)
            guard waiting.figures.count + extra <= maxWaiting else {
                if keepsOwn, waiting.figures.isEmpty { rows.append(own) }
                return false
            }
            if waiting.figures.isEmpty { waiting.kept = rows.count + (keepsOwn ? 1 : 0) }
            rows.append(own)
            waiting.figures += chunks(Array(r.figures.dropFirst(cols)), cols)
            k = last + 1
            return true
        }
        guard !waiting.figures.isEmpty, let run = labelRun(text, ls, kinds, from: k),
              run.labels.count == waiting.figures.count + 1, run.figures.count % cols == 0,
              run.figures.count >= cols, let end = run.figures.last else { return false }
        let after = chunks(run.figures, cols)
        let inOrder = zip(run.labels, waiting.figures + [after[0]])
            .map { Row(groups: $0.groups, label: $0.label, figures: $1) }
        let afterFirst = zip(run.labels, [after[0]] + waiting.figures)
            .map { Row(groups: $0.groups, label: $0.label, figures: $1) }
        let a = (rows + inOrder).sorted { $0.figures[0] < $1.figures[0] }
        let b = (rows + afterFirst).sorted { $0.figures[0] < $1.figures[0] }
        guard let paired = pairing(text, ls, without: rows, inOrder: a, afterFirst: b) else { return false }
        rows = paired
        waiting.figures = Array(after.dropFirst())
        waiting.kept = rows.count
        guard waiting.figures.count <= maxWaiting else { return false }
        k = end + 1
        return true
    }

    /// `figures` cut into rows of `cols` figures.
    static func chunks(_ figures: [Int], _ cols: Int) -> [[Int]] {
        stride(from: 0, to: figures.count, by: cols).map { Array(figures[$0..<min($0 + cols, figures.count)]) }
    }

    /// One label of a run (`labelRun`): its lines, and the group labels printed right above it.
    struct RunLabel {
        var groups: [Int]
        var label: [Int]
    }

    /// The run of labels at line `from` (blank lines skipped, a line starting in lowercase
    /// joined to the label above) and the figure lines after it; nil when a caption or
    /// sentence is among the labels, or the run ends with a group label. A group label, or a
    /// heading over one (`headingOverGroup`, or any label but a total right after a total:
    /// `Total assets` / `Liabilities and equity` / `Current liabilities:`), goes with the
    /// label after it (`groupsInRun`).
    static func labelRun(_ text: [UInt8], _ ls: [Span], _ kinds: [ColumnRuns.Line], from: Int) -> (labels: [RunLabel], figures: [Int])? {
        var k = from
        var labels: [RunLabel] = []
        var groups: [Int] = []
        scan: while k < ls.count {
            switch kinds[k] {
            case .blank: break
            case .label:
                guard !ColumnRuns.isCaptionOrSentence(text, ls[k]) else { return nil }
                let first = text[GridReader.trim(text, ls[k].range)].first
                if isGroup(text, ls[k]) || headsGroupInRun(text, ls, kinds, at: k, after: labels.last) {
                    groups.append(k)
                } else if LabelText.isLowerStart(first), !labels.isEmpty, groups.isEmpty {
                    labels[labels.count - 1].label.append(k)
                } else {
                    labels.append(RunLabel(groups: groups, label: [k]))
                    groups = []
                }
            default: break scan
            }
            k += 1
        }
        guard groups.isEmpty else { return nil }
        var figures: [Int] = []
        scan: while k < ls.count {
            switch kinds[k] {
            case .figure: figures.append(k)
            case .blank, .currencySign: break
            default: break scan
            }
            k += 1
        }
        return labels.count >= 2 ? (labels, figures) : nil
    }

    /// How many totals add up in `rows` (`ColumnRuns.totalsAddUp`); a row repeating the
    /// words of a group label above it is that group's total (`repeatsGroup`).
    static func totals(_ text: [UInt8], _ ls: [Span], _ rows: [Row]) -> Int {
        var labels: [ColumnRuns.Label] = []
        var groupTexts: [String] = []
        for row in rows {
            for g in row.groups {
                // A group line takes no figure, a heading over a group included.
                guard let c = GridReader.cell(text, ls[g].range) else { continue }
                labels.append(ColumnRuns.Label(text: c.text, span: c.span, heading: true))
                groupTexts.append(c.text)
            }
            let parts = row.label.compactMap { GridReader.cell(text, ls[$0].range) }
            guard let first = parts.first, let last = parts.last else { return 0 }
            let label = parts.map(\.text).joined(separator: " ")
            let counted = repeatsGroup(label, groupTexts) ? "Total " + label : label
            labels.append(ColumnRuns.Label(text: counted, span: first.span.union(last.span)))
        }
        guard let cols = rows.first?.figures.count else { return 0 }
        let columns = (0..<cols).map { c in rows.map { $0.figures.count > c ? $0.figures[c] : 0 } }
        return ColumnRuns.totalsAddUp(text, ls, labels: labels, figures: columns)
    }
}
