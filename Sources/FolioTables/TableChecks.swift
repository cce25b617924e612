import FolioModel

/// Arithmetic checks of one table. Checks read values; they never change them.
///
/// - `sum`: a row equals the sum of the rows it totals, within printed rounding (half a unit
///   of the last printed digit of each figure). Components are found as "atoms": walking
///   back from the total, a row that was itself found to be a (sub)total stands for the rows
///   it sums, so each subtotal is counted once. The smallest run of atoms that adds up in
///   every column is taken, each figure as printed (`(6)` is -6; `Less than one year` is a
///   maturity bucket, added), else with the rows printed as deductions subtracted
///   (`deductionMarked`). A total that closes a stated group (`Current assets:` … `Total
///   current assets`) whose group's rows add up in no reading fails; any other `Total` row
///   with no run that adds up is `skipped` with the reason (its components are not stated),
///   never failed: a failing check is a real inconsistency of the printed table. A row may
///   total the rows printed below it (`subtotal_above`), unless the last of them is the sum
///   of the rows above it (`resultBelow`: `Net change` under the two rows it sums).
/// - `balance`: total assets = total liabilities and equity (or liabilities + equity when
///   nothing is printed between the two sections).
enum TableChecks {
    struct Fig { var value: Double; var tol: Double }

    /// The printed figures of a row by column, signed as printed (`(6)` is -6).
    static func figures(_ row: DataRow, nData: Int, numericCol: [Bool]) -> [Int: Fig] {
        var out: [Int: Fig] = [:]
        for (c, n) in row.numbers where c <= nData && numericCol[c] && !n.isPercent {
            if let v = n.value { out[c] = Fig(value: v, tol: n.roundingTolerance) }
        }
        return out
    }

    /// **Deduction printed positive.** A row that says it is subtracted: its label starts
    /// with the operator `Less:` / `Deduct:` (or `Less` followed by what is deducted, as in
    /// `Less accumulated depreciation`), or it sits under a group heading that is only that
    /// operator (`Less:` over `Accumulated depreciation`). `Less than one year` compares (a
    /// maturity bucket), it deducts nothing. Only an alternative reading: a sum is first tried
    /// with every figure as printed.
    static func deductionMarked(_ row: DataRow) -> Bool {
        func opens(_ text: String) -> Bool {
            // Cheap first test on the first byte: `L`/`l`, `D`/`d`.
            guard let b = text.utf8.first, b | 0x20 == 0x6C || b | 0x20 == 0x64 else { return false }
            let w = LabelText.words(text)
            guard let first = w.first, first == "less" || first == "deduct" || first == "deduction" || first == "deductions" else { return false }
            if first == "less", w.count >= 2, w[1] == "than" { return false }
            return true
        }
        if opens(row.label) { return true }
        if row.path.count >= 2 {
            let heading = row.path[row.path.count - 2]
            if heading.utf8.count <= 12, opens(heading), LabelText.words(heading).count == 1 { return true }
        }
        return false
    }

    /// **Column of averages.** A column headed as an average or a life (`Weighted-Average
    /// Remaining Life`, `Average Price Paid`, `Weighted-average exercise price`) holds figures
    /// that do not add: its `Total` row is the average of the rows, never their sum.
    static func isAverageColumn(_ headers: [String]) -> Bool {
        for h in headers {
            for w in LabelText.words(h) where w == "average" || w == "averages" || w == "life" || w == "lives" { return true }
        }
        return false
    }

    static func skip(_ row: DataRow) -> Bool {
        let text = row.path.joined(separator: " ")
        return LabelText.isPerShare(text) || LabelText.isShareCount(text)
            || (!row.numbers.isEmpty && row.numbers.values.allSatisfy { $0.isPercent || $0.kind == .notApplicable })
    }

    /// The checks, and for each row the row printed above it that it was found to be a
    /// component of (`Credit driven services` over the four fee lines that add up to it).
    static func run(rows: [DataRow], nData: Int, numericCol: [Bool]) -> (checks: [TableCheck], headerOf: [Int?]) {
        var sums = Sums(rows: rows, nData: nData, numericCol: numericCol)
        for i in 0..<rows.count { sums.checkTotal(i) }
        sums.balance()
        return (sums.checks, sums.headerOf)
    }

    /// The checks of one table as they are found, row by row: each row's figures, which rows
    /// a (sub)total was found to sum, and the checks recorded.
    struct Sums {
        let rows: [DataRow]
        let n: Int
        let figs: [[Int: Fig]]
        let skipped: [Bool]
        let deduction: [Bool]
        var consumedFrom: [Int?]   // total i sums rows consumedFrom[i]..<i
        var headerOf: [Int?]        // row j is a component of subtotal header i
        var checks: [TableCheck] = []

        init(rows: [DataRow], nData: Int, numericCol: [Bool]) {
            self.rows = rows
            n = rows.count
            figs = rows.map { TableChecks.figures($0, nData: nData, numericCol: numericCol) }
            skipped = rows.map(TableChecks.skip)
            deduction = rows.map(TableChecks.deductionMarked)
            consumedFrom = [Int?](repeating: nil, count: n)
            headerOf = [Int?](repeating: nil, count: n)
        }

        /// The atoms above row `i`; `whole` is false when the walk stopped at the limit before
        /// the start of the total's group, or passed over a memo line with figures in the
        /// total's columns. `acrossGroups`: a section total
        /// (`Net cash provided by operating activities`) read as the sum of every row since the
        /// previous total, whatever headings are printed inside its section.
        func atoms(before i: Int, acrossGroups: Bool = false) -> (atoms: [Int], whole: Bool) {
            var out: [Int] = []
            var memo = false
            var j = i - 1
            let outer = rows[i].groups.first
            let stopGroup = rows[i].closes
            while j >= 0 {
                if out.count >= 60 { return (out, false) }
                if skipped[j] {
                    // A share count, per-share or percent line inside a group of amounts
                    // (`Common stock, 2,315.6 shares issued`) is a memo line: passed over, not
                    // summed. When it prints a figure in the total's columns, a total that
                    // does not add up is not failed (the line may be one of its amounts:
                    // `Treasury shares issued for 401(k) contribution | 793`).
                    if figs[i].keys.contains(where: { figs[j][$0] != nil }) { memo = true }
                    j -= 1
                    continue
                }
                if !acrossGroups {
                    if let g = stopGroup, !rows[j].groups.contains(g) { break }
                    if stopGroup == nil, let outer, rows[j].groups.first != outer { break }
                    // A row not labelled as a total only sums rows of its own group.
                    if !rows[i].isTotal, rows[j].groups != rows[i].groups { break }
                } else if rows[j].isTotal && rows[j].closes != nil && consumedFrom[j] == nil && headerOf[j] == nil {
                    break
                }
                if figs[j].isEmpty { j -= 1; continue }
                if let h = headerOf[j], h < i {
                    out.append(h)
                    j = (consumedFrom[h] ?? h) - 1
                    continue
                }
                out.append(j)
                j = (consumedFrom[j] ?? j) - 1
            }
            return (out, !memo)
        }

        /// The sum of `comps` in column `c`, and its rounding; `deduct`: the rows printed as
        /// deductions (`deductionMarked`) and printed positive are subtracted.
        func sum(_ comps: [Int], _ c: Int, deduct: Bool, strict: Bool = false) -> (value: Double, tol: Double) {
            var s = 0.0, tol = 0.0
            for k in comps {
                guard let f = figs[k][c] else { continue }
                s += deduct && deduction[k] && f.value > 0 ? -f.value : f.value
                if !strict { tol += f.tol }
            }
            return (s, tol)
        }

        /// `strict`: a row not labelled as a total, tried as a subtotal: only the total's own
        /// rounding is allowed, so near-misses do not pass by accident.
        func matches(_ total: [Int: Fig], _ comps: [Int], deduct: Bool, strict: Bool = false) -> Bool {
            var any = false
            for (c, t) in total {
                let (s, tol) = sum(comps, c, deduct: deduct, strict: strict)
                if Sums.off(t, s, tol) { return false }
                if t.value != 0 { any = true }
            }
            return any
        }

        /// A sum `s` (its rounding `tol`) further from the total `t` than their roundings allow.
        static func off(_ t: Fig, _ s: Double, _ tol: Double) -> Bool { abs(s - t.value) > t.tol + tol + 1e-9 }

        /// One check per column; on a failed total each column still gets its own outcome. A
        /// column where a summed row prints no figure while it prints some in the total's other
        /// columns (a figure lost, or a blank read for zero) is `skipped`, not failed.
        mutating func record(_ i: Int, _ comps: [Int], deduct: Bool, pass: Bool) {
            for c in figs[i].keys.sorted() {
                guard let t = figs[i][c] else { continue }
                let (s, tol) = sum(comps, c, deduct: deduct)
                let ok = pass || abs(s - t.value) <= t.tol + tol + 1e-9
                let gap = !ok && comps.contains { k in figs[k][c] == nil && figs[i].keys.contains { figs[k][$0] != nil } }
                checks.append(TableCheck(kind: "sum", target: rows[i].label, col: c - 1, expected: t.value,
                                         actual: (s * 1e6).rounded() / 1e6, outcome: ok ? .pass : gap ? .skipped : .fail,
                                         rows: [i] + comps.sorted(),
                                         reason: gap ? "a summed row prints no figure in this column" : nil))
            }
        }

        mutating func skipRecord(_ i: Int, _ reason: String) {
            for c in figs[i].keys.sorted() {
                guard let t = figs[i][c] else { continue }
                checks.append(TableCheck(kind: "sum", target: rows[i].label, col: c - 1, expected: t.value, actual: nil,
                                         outcome: .skipped, rows: [i], reason: reason))
            }
        }

        /// The smallest run of `back` (at least `from` atoms) that adds up in some reading: as
        /// printed, then with its deductions subtracted (only when it has a row printed as one),
        /// each as `matches` reads it.
        ///
        /// The runs are tried shortest first, each run's sums (as printed, with deductions
        /// subtracted, and the rounding) extended from the run before it by one row, added in
        /// the same order as `sum` adds them (the same figures, bit for bit).
        func smallestRun(_ total: [Int: Fig], _ back: [Int], from: Int, strict: Bool) -> (m: Int, deduct: Bool)? {
            guard back.count >= from, !back.isEmpty else { return nil }
            let cols = total.map { (c: $0.key, t: $0.value) }
            var printed = [Double](repeating: 0, count: cols.count)
            var deducted = printed, tol = printed
            var anyDeduction = false
            // `matches`: every column within the rounding, one of them not zero.
            func fits(_ s: [Double]) -> Bool {
                var any = false
                for (j, col) in cols.enumerated() {
                    if Sums.off(col.t, s[j], tol[j]) { return false }
                    if col.t.value != 0 { any = true }
                }
                return any
            }
            for m in 1...back.count {
                let k = back[m - 1]
                for (j, col) in cols.enumerated() {
                    guard let f = figs[k][col.c] else { continue }
                    printed[j] += f.value
                    deducted[j] += deduction[k] && f.value > 0 ? -f.value : f.value
                    if !strict { tol[j] += f.tol }
                }
                if deduction[k] { anyDeduction = true }
                guard m >= from else { continue }
                if fits(printed) { return (m, false) }
                if anyDeduction, fits(deducted) { return (m, true) }
            }
            return nil
        }

        /// **A result printed below, not a total printed above.** Three rows where the last is
        /// the sum of the two before it (`Change in net unrealized gains (823)`, `Less:
        /// reclassification adjustment 298`, `Net change (525)`) also read the other way round:
        /// the first is the last with the middle one deducted. When the last row of a run a
        /// row above it was found to total adds up, as printed, from that row and the rest of
        /// the run, the run is the last row's components (the common layout: a total under
        /// its rows), and the row above totals nothing.
        func resultBelow(_ i: Int, _ run: [Int]) -> Bool {
            guard let last = run.last, run.count >= 2 else { return false }
            return matches(figs[last], [i] + run.dropLast(), deduct: false, strict: true)
        }

        /// Row `i` as a total: the run of rows above it (or below it, or since the previous
        /// total) that adds up to it, or why it is skipped, or its failed check.
        mutating func checkTotal(_ i: Int) {
            let total = figs[i]
            if total.isEmpty || skipped[i] { return }
            let (back, whole) = atoms(before: i)
            var found = false
            // A total may equal one row (`Total liabilities` under its only liability).
            if let (m, d) = smallestRun(total, back, from: rows[i].isTotal ? 1 : 2, strict: !rows[i].isTotal) {
                record(i, Array(back[0..<m]), deduct: d, pass: true)
                let first = back[m - 1]
                consumedFrom[i] = consumedFrom[first] ?? first
                found = true
            }
            if !found, !rows[i].isTotal, back.count >= 1, total.count >= 1, matches(total, [back[0]], deduct: false, strict: true) {
                // Equal to the row before it (a one-line subtotal): stands for it, no check.
                consumedFrom[i] = consumedFrom[back[0]] ?? back[0]
                found = true
            }
            if !found {
                // A (sub)total printed before its components.
                var fwd: [Int] = []
                var j = i + 1
                while j < n && fwd.count < 40 {
                    if skipped[j] || rows[j].isTotal && !fwd.isEmpty { break }
                    if rows[j].groups.count < rows[i].groups.count { break }
                    if !rows[i].isTotal, rows[j].groups != rows[i].groups { break }
                    if !figs[j].isEmpty { fwd.append(j) }
                    j += 1
                }
                if let (m, d) = smallestRun(total, fwd, from: 2, strict: !rows[i].isTotal),
                   !resultBelow(i, Array(fwd[0..<m])) {
                    record(i, Array(fwd[0..<m]), deduct: d, pass: true)
                    for k in fwd[0..<m] { headerOf[k] = i }
                    found = true
                }
            }
            if !found, rows[i].isTotal, rows[i].closes != nil {
                // A section total whose headings split its section (`Cash flows – operating
                // activities`, then `Adjustments to reconcile net loss ...`): the rows since the
                // previous total.
                let across = atoms(before: i, acrossGroups: true).atoms
                if let (m, d) = smallestRun(total, across, from: 1, strict: false) {
                    record(i, Array(across[0..<m]), deduct: d, pass: true)
                    let first = across[m - 1]
                    consumedFrom[i] = consumedFrom[first] ?? first
                    found = true
                }
            }
            guard !found, rows[i].isTotal else { return }
            if rows[i].label.lowercased().contains(" per ") { return }
            if rows[i].closes == nil {
                skipRecord(i, "no run of the rows above or below adds up to it, and no group heading states what it totals")
            } else if !whole {
                skipRecord(i, "its group holds rows that are not summed (more than 60, or lines read as share counts or per-share amounts with figures in its columns)")
            } else if back.count < 2 {
                skipRecord(i, "its group has fewer than two rows with figures")
            } else {
                // The group's rows, each subtotal once, in the reading that comes closest.
                let d = back.contains { deduction[$0] }
                    && (figs[i].keys.map { c in abs(sum(back, c, deduct: true).value - (figs[i][c]?.value ?? 0)) }.reduce(0, +)
                        < figs[i].keys.map { c in abs(sum(back, c, deduct: false).value - (figs[i][c]?.value ?? 0)) }.reduce(0, +))
                record(i, back, deduct: d, pass: false)
            }
        }

        /// Balance: total assets = total liabilities and equity.
        mutating func balance() {
            func find(_ pred: (String) -> Bool) -> Int? { rows.indices.first { rows[$0].isTotal && pred(LabelText.groupKey(rows[$0].label)) } }
            if let a = find({ $0 == "assets" }) {
                // `Total liabilities and stockholders' equity`, `Total liabilities, redeemable
                // non-controlling interests and equity`: the other side in one row.
                if let le = find({ $0.hasPrefix("liabilities and") || $0.hasPrefix("liabilities shareholders") || $0.hasPrefix("liabilities stockholders")
                    || $0.hasSuffix("equity and liabilities")
                    || ($0.hasPrefix("liabilities ") && $0.contains(" and ") && ($0.hasSuffix(" equity") || $0.hasSuffix(" deficit"))) }) {
                    for c in figs[a].keys.sorted() {
                        guard let x = figs[a][c], let y = figs[le][c] else { continue }
                        let ok = abs(x.value - y.value) <= x.tol + y.tol + 1e-9
                        checks.append(TableCheck(kind: "balance", target: "\(rows[a].label) = \(rows[le].label)", col: c - 1,
                                                 expected: x.value, actual: y.value, outcome: ok ? .pass : .fail, rows: [a, le]))
                    }
                } else if let l = find({ $0 == "liabilities" }),
                          let e = find({ $0 == "equity" || $0.hasSuffix("shareholders equity") || $0.hasSuffix("stockholders equity") }) {
                    // **Mezzanine between the sections.** Liabilities + equity is the other side only
                    // when every row with figures between `Total liabilities` and the equity total is
                    // one of the equity group's rows: `Redeemable noncontrolling interests` printed
                    // between them is neither.
                    let between = l < e ? Array((l + 1)..<e) : []
                    let inGroup = rows[e].closes.map { g in between.allSatisfy { figs[$0].isEmpty || rows[$0].groups.contains(g) } } ?? false
                    let summed = consumedFrom[e].map { k in k > l && ((l + 1)..<k).allSatisfy { figs[$0].isEmpty } } ?? false
                    let adjacent = l < e && (inGroup || summed)
                    for c in figs[a].keys.sorted() {
                        guard let x = figs[a][c], let y = figs[l][c], let z = figs[e][c] else { continue }
                        let target = "\(rows[a].label) = \(rows[l].label) + \(rows[e].label)"
                        guard adjacent else {
                            checks.append(TableCheck(kind: "balance", target: target, col: c - 1, expected: x.value, actual: nil, outcome: .skipped,
                                                     rows: [a, l, e], reason: "rows outside the equity group are printed between total liabilities and total equity"))
                            continue
                        }
                        let ok = abs(x.value - (y.value + z.value)) <= x.tol + y.tol + z.tol + 1e-9
                        checks.append(TableCheck(kind: "balance", target: target, col: c - 1, expected: x.value, actual: y.value + z.value,
                                                 outcome: ok ? .pass : .fail, rows: [a, l, e]))
                    }
                }
            }
        }
    }

    /// The row labels a table's revenue row prints (`LabelText.groupKey`).
    static let revenueKeys: Set<String> = ["net revenue", "net revenues", "revenue", "revenues", "net sales", "sales", "total revenue"]

    /// A table's first revenue figure (`revenueKeys`, not a percent) by column path. The key of
    /// a row's label is made once for its cells (they follow one another).
    static func revenueByPath(_ table: Table) -> [[String]: Double] {
        var revenue: [[String]: Double] = [:]
        var last: (label: String, revenue: Bool)?
        // Fields read in place: no copy of each cell.
        for ci in table.cells.indices {
            guard let v = table.cells[ci].value, table.cells[ci].unit != "percent" else { continue }
            let label = table.cells[ci].rowLabel
            let isRevenue = last.flatMap { $0.label == label ? $0.revenue : nil } ?? revenueKeys.contains(LabelText.groupKey(label))
            last = (label, isRevenue)
            if isRevenue, revenue[table.cells[ci].columnPath] == nil { revenue[table.cells[ci].columnPath] = v }
        }
        return revenue
    }

    /// Margin checks: `X margin` (percent) = X / revenue, under the same column headers; the
    /// revenue row of the same table when it prints one (a revenue row of another table may
    /// be another measure of revenue: a segment's), else the document's first.
    static func ratioChecks(_ tables: inout [Table]) {
        // The document's first revenue row by column path: for a table of margins printed
        // apart from the statement (an earnings release's highlights).
        // Each table's revenue rows are read once; the document's are the tables' in order.
        let revenues = tables.map(revenueByPath)
        var documentRevenue: [[String]: Double] = [:]
        for r in revenues { documentRevenue.merge(r) { first, _ in first } }
        if documentRevenue.isEmpty { return }
        for ti in tables.indices {
            // Only percent cells are checked.
            guard tables[ti].cells.contains(where: { $0.unit == "percent" }) else { continue }
            var revenue = revenues[ti]
            if revenue.isEmpty { revenue = documentRevenue }
            // Column paths that name one column only: a path shared by several columns (headers
            // lost in extraction) does not say which figures stand side by side.
            var colsOfPath: [[String]: Set<Int>] = [:]
            for c in tables[ti].cells { colsOfPath[c.columnPath, default: []].insert(c.col) }
            // The table's amounts by row key, built at its first margin row.
            var amounts: [String: [[String]: Double]]?
            var added: [TableCheck] = []
            for ci in tables[ti].cells.indices where tables[ti].cells[ci].unit == "percent" {
                let c = tables[ti].cells[ci]
                guard let pct = c.value, let rev = revenue[c.columnPath], rev != 0, !c.columnPath.isEmpty,
                      colsOfPath[c.columnPath]?.count == 1 else { continue }
                // A column of changes (`Change`, `Increase (Decrease)`) prints differences: its
                // margin row is in percentage points, not this column's quotient.
                if c.columnPath.contains(where: { h in LabelText.words(h).contains { ["change", "changes", "increase", "decrease", "variance"].contains($0) } }) { continue }
                var key = LabelText.groupKey(c.rowLabel)
                guard key.hasSuffix(" margin") else { continue }
                let byLabel = amounts ?? {
                    var byLabel: [String: [[String]: Double]] = [:]
                    var last: (label: String, key: String)?
                    for c in tables[ti].cells where c.unit != "percent" {
                        guard let v = c.value else { continue }
                        // The cells of a row share its label: its key is made once.
                        let key = last.flatMap { $0.label == c.rowLabel ? $0.key : nil } ?? LabelText.groupKey(c.rowLabel)
                        last = (c.rowLabel, key)
                        byLabel[key, default: [:]][c.columnPath] = v
                    }
                    return byLabel
                }()
                amounts = byLabel
                key.removeLast(" margin".count)
                if key.hasPrefix("gaap ") { key.removeFirst("gaap ".count) }
                var candidates = [key, key + " profit", key + " income"]
                if key.hasSuffix("operating") {
                    let stem = String(key.dropLast("operating".count))
                    candidates = [stem + "income from operations", stem + "operating income", key + " income"]
                }
                guard let name = candidates.first(where: { byLabel[$0]?[c.columnPath] != nil }),
                      let item = byLabel[name]?[c.columnPath] else { continue }
                let computed = item / rev * 100
                let tol = (NumberParser.parse(c.raw)?.roundingTolerance ?? 0.05) + 1e-6
                let ok = abs(computed - pct) <= tol
                added.append(TableCheck(kind: "ratio", target: "\(c.rowLabel) = \(name) / revenue", col: c.col,
                                        expected: pct, actual: (computed * 1e4).rounded() / 1e4, outcome: ok ? .pass : .fail, rows: [c.row]))
            }
            tables[ti].checks += added
        }
    }
}
