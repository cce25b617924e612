import FolioModel

/// Decides which lines are table lines: tabular lines (see `LineClassifier.isTabular`), plus,
/// around fixed-width (space-aligned) tables, the lines a plain-text statement wraps around its
/// figures: column-header lines (`Domestic    Sears Canada    Consolidated`), wrapped row
/// labels (`Cost of sales, buying and` above `occupancy   6,282 ...`) and group labels
/// (`REVENUES`) between parts of the table.
public enum TableLines {
    public static func mark(lines: [TextLine], raws: LineTexts, trimmed: LineTexts, pageNum: [Bool], glyph: [Bool]) -> [Bool] {
        let n = lines.count
        // **An Item heading is no table row.** `Item 1A.         Risk Factors`, its title set
        // apart by a wide gap, reads as two cells; after a fixed-width table (a blank line
        // between, or a page break and its furniture) it would join the table and the Item
        // would be lost:
        //
        //     Jane A. Doe                  61          President, Regional University
        //
        //     Item 1A.         Risk Factors
        //
        // A line `ItemSections.candidate` reads as a Part or Item heading, set apart by a blank
        // line (or a page break) above, with a blank line or a one-cell line below, is never
        // tabular. The one-cell line is the Item's first text where the extraction printed no
        // blank line under the heading (a PDF read directly sets lines apart by their spacing
        // alone, and a heading is hardly further from its text than the lines of a paragraph):
        //
        //     Wendell P. Weeks             65          Chairman and CEO, Corning Incorporated
        //
        //     Item 1A.       Risk Factors
        //           Please carefully consider the following discussion of significant ...
        //
        // An Item line over a line of cells stays what its neighbours make it: a contents
        // page's group entry (`Item 1.  Financial Statements` over its statements and their
        // pages) or an entry wrapped over two lines with its page number.
        let heading = (0..<n).map { i in
            (i == 0 || lines[i - 1].isBlank || lines[i].afterPageBreak)
                && trimmed.withBytes(i, { ItemLines.startsWithItem($0) })
                && (i + 1 == n || lines[i + 1].isBlank || isOneCellLine(raws, i + 1))
                && ItemSections.candidate(trimmed[i], LineClassifier.words(trimmed[i])) != nil
        }
        // Told on the raw line's bytes (`quickTabular(line:)`) where they decide it.
        var tab = (0..<n).map { i in
            !lines[i].isBlank && !pageNum[i] && !glyph[i] && !heading[i]
                && (raws.withBytes(i, LineClassifier.quickTabular(line:)) ?? LineClassifier.isTabular(raws[i]))
        }
        func hasTab(_ i: Int) -> Bool { raws.withBytes(i) { ByteScan.containsByte($0, 0x09) } }
        let fixedWidth = (0..<n).map { i in tab[i] && !hasTab(i) }
        // Whether a line (not tabular at first) has several cells: asked only next to a table
        // line, and remembered (most prose lines are never asked).
        let firstTab = tab
        var multiMemo = [Bool?](repeating: nil, count: n)
        func multi(_ i: Int) -> Bool {
            if let v = multiMemo[i] { return v }
            let v = !lines[i].isBlank && !pageNum[i] && !firstTab[i] && !heading[i] && LineClassifier.isMultiCell(raws[i])
            multiMemo[i] = v
            return v
        }
        var shortMemo = [Bool?](repeating: nil, count: n)
        func short(_ i: Int) -> Bool {
            if let v = shortMemo[i] { return v }
            var v = false
            if !lines[i].isBlank, !pageNum[i], !tab[i], !heading[i], !hasTab(i), lines[i].contentStart > lines[i].start {
                let t = trimmed[i]
                let wc = LineClassifier.wordCount(t, limit: 7)
                let caption = ByteScan.withBytes(t) { b in
                    ByteScan.containsLowered(b, "statement") || ByteScan.containsLowered(b, "balance sheet")
                        || ByteScan.containsLowered(b, "cash flow")
                } || LineClassifier.isUnitsCaption(t)
                v = wc <= 6 && !caption && !t.hasSuffix(".")
            }
            shortMemo[i] = v
            return v
        }
        // A fixed-width table line at i+step, directly or across one blank line.
        func tableAt(_ i: Int, _ step: Int, orMulti: Bool = false) -> Bool {
            let a = i + step
            guard a >= 0, a < n else { return false }
            if tab[a] || (orMulti && multi(a)) { return true }
            let b = a + step
            return lines[a].isBlank && b >= 0 && b < n && (tab[b] || (orMulti && multi(b)))
        }
        var changed = true
        var rounds = 0
        while changed, rounds < 50 {
            changed = false
            rounds += 1
            for i in 0..<n where !tab[i] {
                if tableAt(i, 1) || tableAt(i, -1), multi(i) {
                    tab[i] = true
                    changed = true
                    continue
                }
                // Wrapped or group labels of a fixed-width table: a table line (or a header
                // line) before, a fixed-width table line right after (or one more label first).
                if i + 1 < n, fixedWidth[i + 1] || (i + 2 < n && fixedWidth[i + 2] && short(i + 1)),
                   tableAt(i, -1, orMulti: true), short(i) {
                    tab[i] = true
                    changed = true
                }
            }
        }
        return tab
    }

    /// A line of one cell: not tabular (`LineClassifier.isTabular`) and not several cells
    /// set apart by wide gaps (`LineClassifier.isMultiCell`). Prose, or a short line (`None.`).
    static func isOneCellLine(_ raws: LineTexts, _ i: Int) -> Bool {
        !(raws.withBytes(i, LineClassifier.quickTabular(line:)) ?? LineClassifier.isTabular(raws[i]))
            && !LineClassifier.isMultiCell(raws[i])
    }
}
