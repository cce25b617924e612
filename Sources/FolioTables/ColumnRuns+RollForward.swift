import FolioModel

extension ColumnRuns {
    /// **A heading over a roll-forward.** A schedule of several roll-forwards (a pension note:
    /// the benefit obligation, then the plan assets) names each one's item in a heading printed
    /// without a colon, over a bare opening row that names no item of its own:
    ///
    /// ```
    /// Projected benefit obligations     ← a heading: a bare opening row follows
    /// Beginning of period
    /// Service cost
    /// ...
    /// End of period
    /// Fair value of plan assets         ← a heading
    /// Beginning of period
    /// ...
    /// ```
    ///
    /// A row naming its item with the opening (`Cash and equivalents, beginning of year`)
    /// is no bare opening, and the row above it (`Net change in cash`) takes figures.
    ///
    /// Label `i` is such a heading (tried by `read` only when the counts do not reconcile with
    /// it as a row): no group label, no total, and the next label is a bare opening
    /// (`isBareOpening`) that a later label of the run closes (`PeriodClues.boundary` `.end`).
    static func headsARollForward(_ labels: [Label], _ i: Int) -> Bool {
        guard i + 1 < labels.count, !labels[i].isGroup, !labels[i + 1].isGroup, isBareOpening(labels[i + 1].text),
              !LabelText.isTotalLabel(labels[i].text) else { return false }
        return labels[(i + 2)...].contains { !$0.isGroup && PeriodClues($0.text).boundary == .end }
    }

    /// Words a bare opening row is made of (`Beginning of period`, `Balance at beginning of
    /// year`, `Opening balances`): the boundary, the balance and the period, nothing naming
    /// an item.
    static let bareOpeningWords: Set<String> = ["beginning", "opening", "balance", "balances", "of", "at", "as", "the",
                                                "period", "year", "fiscal", "quarter", "month"]

    /// Whether `s` is a bare opening row: at most `maxPieceBytes` bytes, starting with
    /// `Beginning`, `Balance` or `Opening` (either case: the gate by bytes, asked of every
    /// label), its words all `bareOpeningWords` and read as a period's beginning
    /// (`PeriodClues.boundary`).
    static func isBareOpening(_ s: String) -> Bool {
        guard s.utf8.count <= maxPieceBytes, LabelText.simpleUTF8(s, { b in
            LabelText.hasFolded(b, at: 0, "beginning") || LabelText.hasFolded(b, at: 0, "balance")
                || LabelText.hasFolded(b, at: 0, "opening")
        }) == true else { return false }
        let w = LabelText.words(s)
        return !w.isEmpty && w.allSatisfy { bareOpeningWords.contains($0) } && PeriodClues(s).boundary == .beginning
    }

    /// **A net closes a band.** A net (`Net asset (obligation)`: a label starting with `Net `)
    /// may sum the rows above it as a total does, and the page then leaves space under it as
    /// under a total, so a band of the runs may end after it (`slots`, `Label.closesBand`):
    ///
    /// ```
    /// Other assets
    /// Accounts payable and accrued liabilities
    /// Other long-term liabilities
    /// Net asset (obligation)             ← a band may end after this row
    /// Actuarial loss, net
    /// ```
    ///
    /// A net is no total by its label alone (`Net income` in an equity statement sums nothing):
    /// `headingByBands` tries the nets as band ends only when nothing reconciles without
    /// them, and keeps the reading only when each adds up in every column (`netsAddUp`).
    /// A net is tried so only with two rows right above it, neither a net nor a total (`Net
    /// actuarial loss` right under `Net amount recognized` is a row of its own). Not over the
    /// per-share rows (a per-share amount or a share count next): those are read
    /// by their own rule, their order checked by net income over the share count
    /// (`perShareRowsRead`).
    static func netClosesABand(_ labels: [Label], _ p: Int) -> Bool {
        // Two rows right above it to sum, neither a net or total itself.
        guard p >= 2, isNetRow(labels[p].text), !labels[p - 1].isGroup, !labels[p - 2].isGroup,
              !isNetRow(labels[p - 1].text), !LabelText.isTotalLabel(labels[p - 1].text) else { return false }
        guard p + 1 < labels.count else { return true }
        let next = labels[p + 1].text
        return !LabelText.isPerShare(next) && !isShareCount(LoweredLabel(next))
    }

    /// Whether every net marked `closesBand` among `labels` adds up in every column of
    /// `figures` (each column's figure lines, one a data row): its figure is the sum of the
    /// data rows above it back to the nearest group label, heading, total or other such net,
    /// two rows at least, within the rounding of the figures.
    static func netsAddUp(_ text: [UInt8], _ lines: [Span], labels: [Label], figures: [[Int]]) -> Bool {
        var nets: [(row: Int, from: Int)] = []
        var from = 0, row = 0
        for l in labels {
            if l.isGroup { from = row; continue }
            if l.closesBand { nets.append((row, from)) }
            row += 1
            if l.closesBand || LabelText.isTotalLabel(l.text) { from = row }
        }
        guard !nets.isEmpty, figures.allSatisfy({ $0.count == row }) else { return false }
        // Each net the last row of its columns cut after it (`sums`).
        return nets.allSatisfy { net in
            net.row - net.from >= 2 && sums(text, lines, figures.map { Array($0.prefix(net.row + 1)) }, rows: net.row + 1, from: net.from)
        }
    }

    /// A label starting with `Net ` (bytes, either case).
    static func isNetRow(_ s: String) -> Bool {
        LabelText.simpleUTF8(s) { b in LabelText.hasFolded(b, at: 0, "net ") } ?? false
    }
}
