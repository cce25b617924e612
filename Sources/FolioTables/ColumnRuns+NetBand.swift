import FolioModel

extension ColumnRuns {
    /// **A section's net printed as a band of its own** (#17). A statement's last row set
    /// apart on the page under a rule (a cash flow section's net, `Net cash provided by
    /// operating activities`) keeps its label at the end of the label run, but its figures
    /// come after every other band's runs, one figure a run, one run a column:
    ///
    /// ```
    /// Operating Activities                            ← a heading (`endsALaterRow`)
    /// Net income
    /// Adjustments:
    /// Depreciation
    /// Deferred taxes
    /// Net cash provided by operating activities       ← the last label
    ///
    /// 500  480                                        ← net income, a run a column
    /// 40  (5)                                         ← the next band, column 1
    /// 38  7                                           ← column 2
    /// 535                                             ← the net, column 1
    /// 525                                             ← column 2
    /// ```
    ///
    /// `slots` lets a band end only after a total or before a group label, a row printed
    /// apart or a wrapped label, so the band before the net (its last row no total) cannot
    /// end there and the region stayed text. Tried last in `reconcile`, when the counts
    /// reconcile in no other way: the last data row is marked printed apart (a band may
    /// end right before it); the reading is taken only when exactly one assignment of the
    /// runs fits (`slots`, no order told by totals), the net is a band of one row, and it
    /// is the total of the rows above it in every column (`totalsRowApart`: the sum of the
    /// rows from the first or from the last total, the net of the last two totals, or a sum
    /// over the groups' totals; a label in the run is no evidence of its own, so no subtotal
    /// told by its figures). Nil when the last label names no net, total or closing balance
    /// (`namesNetOrTotal`), is a group label, follows a group label or a total (a band may
    /// end there already), or has fewer than `minRowsOverNet` data rows above it, and when
    /// the first label is in title case and takes a figure (`isTitleCase`: a heading printed
    /// without a colon may be taking a row's place, the counts meeting by chance).
    static func netAsOwnBand(_ labels: [Label]) -> [Label]? {
        guard let last = labels.indices.last, !labels[last].isGroup, !labels[last].apart, namesNetOrTotal(labels[last].text),
              labels[..<last].filter({ !$0.isGroup }).count >= minRowsOverNet else { return nil }
        // A first label in title case taking a figure may be a section's heading printed
        // without a colon: the counts then meet by chance (`Financing Activities` over two
        // rows whose net's label is printed elsewhere).
        if let first = labels.first, !first.isGroup, isTitleCase(first.text) {
            return nil
        }
        // A band may already end before a group label, a row printed apart or a wrapped label.
        if last > 0, labels[last - 1].isGroup || LabelText.isTotalLabel(labels[last - 1].text) || labels[last].printedWrapped {
            return nil
        }
        var out = labels
        out[last].apart = true
        return out
    }

    /// Whether a label names a section's net, a total or a closing balance: its first word
    /// `Net` or `Total` (`Net cash provided by operating activities`, `Total other income`),
    /// or `end of` among its words (`Balance at end of period`, `Cash, end of year`).
    static func namesNetOrTotal(_ label: String) -> Bool {
        let w = LabelText.words(label)
        guard let first = w.first else { return false }
        if first == "net" || first == "total" || first == "totals" { return true }
        return zip(w, w.dropFirst()).contains { $0 == "end" && $1 == "of" }
    }

    /// Fewest data rows above a net printed as a band of its own (`netAsOwnBand`): a net of
    /// one row is no evidence.
    static let minRowsOverNet = 2

    /// The reading of `runs` under `labels` with the last row a band of its own
    /// (`netAsOwnBand`), or nil.
    static func netBandRead(_ text: [UInt8], _ lines: [Span], _ runs: [(pieces: [Int], figures: [Int])],
                            _ labels: [Label], joinable: [Bool]) -> Reconciled? {
        guard let net = netAsOwnBand(labels), let s = slots(runs, labels: net, joinable: joinable), s.bands.last == 1,
              totalsRowApart(text, lines, labels: net, figures: s.runsOfColumn.map { $0.flatMap { runs[$0].figures } }) else {
            return nil
        }
        return Reconciled(slots: s, labels: net, runs: runs)
    }

    /// How many runs at the end of `runs` hold one figure and no header pieces: a closing
    /// band of one row (`netAsOwnBand`), one run a column.
    static func closingOneRowBand(_ runs: ArraySlice<(pieces: [Int], figures: [Int])>) -> Int {
        var n = 0
        for r in runs.reversed() {
            guard r.figures.count == 1, r.pieces.isEmpty else { break }
            n += 1
        }
        return n
    }
}
