import FolioModel

/// Arithmetic checks of one table. Checks read values; they never change them.
///
/// - `sum`: a row equals the sum of the rows it totals, within printed rounding (half a unit
///   of the last printed digit of each figure). Components are found as "atoms": walking
///   back from the total, a row that was itself found to be a (sub)total stands for the rows
///   it sums. The smallest run of atoms that adds up in every column is taken. A total that
///   closes a stated group (`Current assets:` … `Total current assets`), or any `Total` row
///   of a money table, with no run that adds up, fails.
/// - `balance`: total assets = total liabilities and equity.
enum TableChecks {
    struct Fig { var value: Double; var tol: Double }

    static func figures(_ row: DataRow, nData: Int, numericCol: [Bool]) -> [Int: Fig] {
        var out: [Int: Fig] = [:]
        // `Less allowance ...` is printed positive and subtracted.
        let l = row.label.lowercased()
        let sign: Double = (l.hasPrefix("less ") || l.hasPrefix("less:") || l.hasPrefix("deduct")) ? -1 : 1
        for (c, n) in row.numbers where c <= nData && numericCol[c] && !n.isPercent {
            // Only a positive printed figure is subtracted; `(6)` is already signed.
            if let v = n.value { out[c] = Fig(value: v > 0 ? v * sign : v, tol: n.roundingTolerance) }
        }
        return out
    }

    static func skip(_ row: DataRow) -> Bool {
        let text = row.path.joined(separator: " ")
        return LabelText.isPerShare(text) || LabelText.isShareCount(text)
            || (!row.numbers.isEmpty && row.numbers.values.allSatisfy { $0.isPercent || $0.kind == .notApplicable })
    }

    /// The checks, and for each row the row printed above it that it was found to be a
    /// component of (`Credit driven services` over the four fee lines that add up to it).
    static func run(rows: [DataRow], nData: Int, numericCol: [Bool], financial: Bool) -> (checks: [TableCheck], headerOf: [Int?]) {
        let n = rows.count
        let figs = rows.map { figures($0, nData: nData, numericCol: numericCol) }
        let skipped = rows.map(skip)
        var consumedFrom = [Int?](repeating: nil, count: n)   // total i sums rows consumedFrom[i]..<i
        var headerOf = [Int?](repeating: nil, count: n)        // row j is a component of subtotal header i
        var checks: [TableCheck] = []

        func atoms(before i: Int) -> [Int] {
            var out: [Int] = []
            var j = i - 1
            let outer = rows[i].groups.first
            let stopGroup = rows[i].closes
            while j >= 0 && out.count < 60 {
                if skipped[j] { break }
                if let g = stopGroup, !rows[j].groups.contains(g) { break }
                if stopGroup == nil, let outer, rows[j].groups.first != outer { break }
                // A row not labelled as a total only sums rows of its own group.
                if !rows[i].isTotal, rows[j].groups != rows[i].groups { break }
                if figs[j].isEmpty { j -= 1; continue }
                if let h = headerOf[j], h < i {
                    out.append(h)
                    j = (consumedFrom[h] ?? h) - 1
                    continue
                }
                out.append(j)
                j = (consumedFrom[j] ?? j) - 1
            }
            return out
        }

        /// `strict`: a row not labelled as a total, tried as a subtotal: only the total's own
        /// rounding is allowed, so near-misses do not pass by accident.
        func matches(_ total: [Int: Fig], _ comps: [Int], strict: Bool = false) -> Bool {
            var any = false
            for (c, t) in total {
                var sum = 0.0, tol = t.tol
                for k in comps {
                    if let f = figs[k][c] { sum += f.value; if !strict { tol += f.tol } }
                }
                if abs(sum - t.value) > tol + 1e-9 { return false }
                if t.value != 0 { any = true }
            }
            return any
        }

        /// One check per column; on a failed total each column still gets its own outcome.
        func record(_ i: Int, _ comps: [Int], pass: Bool) {
            for c in figs[i].keys.sorted() {
                guard let t = figs[i][c] else { continue }
                var sum = 0.0, tol = t.tol
                for k in comps { if let f = figs[k][c] { sum += f.value; tol += f.tol } }
                let ok = pass || abs(sum - t.value) <= tol + 1e-9
                checks.append(TableCheck(kind: "sum", target: rows[i].label, col: c - 1, expected: t.value,
                                         actual: (sum * 1e6).rounded() / 1e6, outcome: ok ? .pass : .fail))
            }
        }

        for i in 0..<n {
            let total = figs[i]
            if total.isEmpty || skipped[i] { continue }
            let back = atoms(before: i)
            var found = false
            if back.count >= 2 {
                for m in 2...back.count where matches(total, Array(back[0..<m]), strict: !rows[i].isTotal) {
                    record(i, Array(back[0..<m]), pass: true)
                    let first = back[m - 1]
                    consumedFrom[i] = consumedFrom[first] ?? first
                    found = true
                    break
                }
            }
            if !found, !rows[i].isTotal, back.count >= 1, total.count >= 1, matches(total, [back[0]], strict: true) {
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
                if fwd.count >= 2 {
                    for m in 2...fwd.count where matches(total, Array(fwd[0..<m]), strict: !rows[i].isTotal) {
                        record(i, Array(fwd[0..<m]), pass: true)
                        for k in fwd[0..<m] { headerOf[k] = i }
                        found = true
                        break
                    }
                }
            }
            if !found && rows[i].isTotal && back.count >= 2 && (rows[i].closes != nil || financial) {
                let perCol = rows[i].label.lowercased()
                if !perCol.contains(" per ") { record(i, back, pass: false) }
            }
        }

        // Balance: total assets = total liabilities and equity.
        func find(_ pred: (String) -> Bool) -> Int? { rows.indices.first { rows[$0].isTotal && pred(LabelText.groupKey(rows[$0].label)) } }
        if let a = find({ $0 == "assets" }) {
            if let le = find({ $0.hasPrefix("liabilities and") || $0.hasPrefix("liabilities shareholders") || $0.hasPrefix("liabilities stockholders")
                || $0.hasSuffix("equity and liabilities") }) {
                for c in figs[a].keys.sorted() {
                    guard let x = figs[a][c], let y = figs[le][c] else { continue }
                    let ok = abs(x.value - y.value) <= x.tol + y.tol + 1e-9
                    checks.append(TableCheck(kind: "balance", target: "\(rows[a].label) = \(rows[le].label)", col: c - 1,
                                             expected: x.value, actual: y.value, outcome: ok ? .pass : .fail))
                }
            } else if let l = find({ $0 == "liabilities" }),
                      let e = find({ $0 == "equity" || $0.hasSuffix("shareholders equity") || $0.hasSuffix("stockholders equity") }) {
                for c in figs[a].keys.sorted() {
                    guard let x = figs[a][c], let y = figs[l][c], let z = figs[e][c] else { continue }
                    let ok = abs(x.value - (y.value + z.value)) <= x.tol + y.tol + z.tol + 1e-9
                    checks.append(TableCheck(kind: "balance", target: "\(rows[a].label) = \(rows[l].label) + \(rows[e].label)",
                                             col: c - 1, expected: x.value, actual: y.value + z.value, outcome: ok ? .pass : .fail))
                }
            }
        }
        return (checks, headerOf)
    }

    /// Margin checks across the tables of a document: `X margin` (percent) = X / revenue,
    /// where both rows are printed under the same column headers.
    static func ratioChecks(_ tables: inout [Table]) {
        var revenue: [[String]: Double] = [:]
        for t in tables.indices {
            // Fields read in place: no copy of each cell.
            for ci in tables[t].cells.indices {
                guard let v = tables[t].cells[ci].value, tables[t].cells[ci].unit != "percent" else { continue }
                if ["net revenue", "net revenues", "revenue", "revenues", "net sales", "sales", "total revenue"].contains(LabelText.groupKey(tables[t].cells[ci].rowLabel)),
                   revenue[tables[t].cells[ci].columnPath] == nil {
                    revenue[tables[t].cells[ci].columnPath] = v
                }
            }
        }
        if revenue.isEmpty { return }
        for ti in tables.indices {
            // The table's amounts by row key, built at its first margin row.
            var amounts: [String: [[String]: Double]]?
            var added: [TableCheck] = []
            for ci in tables[ti].cells.indices where tables[ti].cells[ci].unit == "percent" {
                let c = tables[ti].cells[ci]
                guard let pct = c.value, let rev = revenue[c.columnPath], rev != 0 else { continue }
                var key = LabelText.groupKey(c.rowLabel)
                guard key.hasSuffix(" margin") else { continue }
                let byLabel = amounts ?? {
                    var byLabel: [String: [[String]: Double]] = [:]
                    for c in tables[ti].cells where c.unit != "percent" {
                        if let v = c.value { byLabel[LabelText.groupKey(c.rowLabel), default: [:]][c.columnPath] = v }
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
                                        expected: pct, actual: (computed * 1e4).rounded() / 1e4, outcome: ok ? .pass : .fail))
            }
            tables[ti].checks += added
        }
    }
}
