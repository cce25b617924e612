import FolioModel

/// Reconciles inline XBRL facts with the table cells printed at the same place.
///
/// A tagged fact inside a table is matched to the cell whose source bytes contain the fact's
/// (both map back to the HTML the read stage rendered). The filer's tag then checks the
/// cell: `|value x scale|` must agree (signs differ by presentation: a tagged loss is
/// negative while the statement prints `(50)`). Each fact records the cell and the outcome;
/// the document gets one summary diagnostic, and each mismatch a warning. The cell records
/// the fact's concept and context (`Cell.concept`, `Cell.context`; the first fact in document
/// order when several are printed in one cell).
enum XBRLReconciler {
    struct Summary {
        var inTables = 0
        var agree = 0
        var disagree = 0
    }

    static func reconcile(_ doc: inout WorkingDocument) -> Summary {
        var summary = Summary()
        guard doc.facts.contains(where: { $0.origin == .ixbrl && $0.sourceSpan != nil }) else { return summary }
        // Cells by source start, and each table's source extent.
        var cells: [(span: Span, table: Int, cell: Int)] = []
        var tableExtents: [Span] = []
        for (ti, t) in doc.tables.enumerated() {
            tableExtents.append(doc.sourceSpan(of: t.span))
            for (ci, c) in t.cells.enumerated() {
                guard let s = c.span else { continue }
                let src = doc.sourceSpan(of: s)
                if !src.isEmpty { cells.append((src, ti, ci)) }
            }
        }
        cells.sort { $0.span.start < $1.span.start }
        let starts = cells.map(\.span.start)
        func cellContaining(_ p: Int) -> (table: Int, cell: Int)? {
            // Last cell starting at or before p; it must also end after p.
            var lo = 0, hi = starts.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if starts[mid] <= p { lo = mid + 1 } else { hi = mid }
            }
            // The narrowest cell containing p among the few starting just before it.
            var best: (table: Int, cell: Int, width: Int)?
            var k = lo - 1
            while k >= 0, k >= lo - 4 {
                let s = cells[k].span
                if s.start <= p && p < s.end, best.map({ s.count < $0.width }) ?? true {
                    best = (cells[k].table, cells[k].cell, s.count)
                }
                k -= 1
            }
            return best.map { ($0.table, $0.cell) }
        }
        for i in doc.facts.indices where doc.facts[i].origin == .ixbrl {
            guard let fs = doc.facts[i].sourceSpan, let value = doc.facts[i].value else { continue }
            guard tableExtents.contains(where: { $0.start <= fs.start && fs.start < $0.end }) else { continue }
            summary.inTables += 1
            guard let (ti, ci) = cellContaining(fs.start) else { continue }
            // The table's id and the cell, not a copy of the table: a copy held while `tag`
            // writes the cell would make that write copy the table's whole cell array.
            let tableId = doc.tables[ti].id
            let cell = doc.tables[ti].cells[ci]
            let tagged = abs(value * Double(doc.facts[i].scale))
            guard let cv = cell.value else {
                // A range printed in one cell (`0.1%-1.6%`) has no single value; a fact tagged
                // on one of its bounds is compared with that bound.
                guard let bounds = PrintedRange.bounds(Array(cell.raw.utf8)) else { continue }
                let printed = bounds.map { $0 * Double(cell.scale) }
                doc.facts[i].cell = FactCell(tableId: tableId, row: cell.row, col: cell.col)
                tag(&doc, ti, ci, fact: i)
                if let b = printed.first(where: { abs(tagged - abs($0)) <= max(1e-9, 1e-9 * tagged) }) {
                    doc.facts[i].comparedValue = b
                    doc.facts[i].check = .agrees
                    summary.agree += 1
                } else {
                    doc.facts[i].comparedValue = printed[0]
                    doc.facts[i].check = .disagrees
                    summary.disagree += 1
                    doc.diagnose("facts", .warning, "facts.xbrl_disagrees",
                                 "\(doc.facts[i].metric) is tagged \(tagged) but table \(tableId) row '\(cell.rowLabel)' prints the range \(cell.raw) x \(cell.scale)")
                }
                continue
            }
            let printed = abs(cv * Double(cell.scale))
            doc.facts[i].cell = FactCell(tableId: tableId, row: cell.row, col: cell.col)
            tag(&doc, ti, ci, fact: i)
            doc.facts[i].comparedValue = cv * Double(cell.scale)
            if abs(tagged - printed) <= max(1e-9, 1e-9 * tagged) {
                doc.facts[i].check = .agrees
                summary.agree += 1
            } else {
                doc.facts[i].check = .disagrees
                summary.disagree += 1
                doc.diagnose("facts", .warning, "facts.xbrl_disagrees",
                             "\(doc.facts[i].metric) is tagged \(tagged) but table \(tableId) row '\(cell.rowLabel)' prints \(cell.raw) x \(cell.scale) = \(printed)")
            }
        }
        if summary.inTables > 0 {
            doc.diagnose("facts", .info, "facts.xbrl_summary",
                         "\(summary.inTables) inline XBRL facts in tables: \(summary.agree) agree with their cell, \(summary.disagree) disagree, \(summary.inTables - summary.agree - summary.disagree) not found as a cell")
        }
        return summary
    }

    /// The cell a fact is printed in carries the fact's concept and context (the first fact's
    /// when several are printed in one cell), over any concept the tables stage's dictionary gave it.
    static func tag(_ doc: inout WorkingDocument, _ table: Int, _ cell: Int, fact: Int) {
        guard doc.tables[table].cells[cell].conceptSource != .tagged else { return }
        doc.tables[table].cells[cell].concept = doc.facts[fact].metric
        doc.tables[table].cells[cell].context = doc.facts[fact].context
        doc.tables[table].cells[cell].conceptSource = .tagged
    }
}
