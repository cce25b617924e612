import FolioModel

/// **Row labels printed apart from their figures.** Reading-order text (plain `pdftotext`)
/// prints a statement column by column: a run of row labels, one a line, then the figures of
/// each column one a line, a currency sign often on a line of its own:
///
///     Common stock, $0.01 par value, 4,000,000,000 shares authorized, 1,831,594,494
///     shares issued as of December 31, 2024 and 1,823,046,087 as of December 31, 2023
///     Common stock held in treasury, at cost, 66,337,508 shares as of December 31, 2024
///     and 57,105,354 as of December 31, 2023
///     Additional paid-in capital
///     Total liabilities and equity
///
///     $
///
///     135,161
///
/// A long label looks like a line of a paragraph wrapped at the margin, and the line joining
/// rule (`Normalizer.separator`: a long line without an end joins the capitalised line under
/// it) made one label of two (`... as of December 31, 2023 Common stock held in treasury`),
/// so the labels no longer matched their figures. A block of prose lines (no blank line
/// between them, one page; from the line after its last sentence or lead-in: a line ending
/// with `.`, `;`, `!`, `?`, or a long one with `:`, a group label's colon aside) whose last
/// line has no end (`Line.endsTerminal`: not a sentence
/// nor a lead-in), whose other lines are at least half shorter than a paragraph's wrapped
/// line (`mostlyShort`: a paragraph broken at a page's foot runs to the margin), and after
/// which the first line with text, blank and removed lines and
/// currency signs alone (`isCurrencySignLine`) skipped, is a figure alone (`isFigureLine`) is
/// such a run: its lines are joined only where a line continues the one above it (it starts
/// in lower case, or the line above ends open: with a hyphen inside a word, a comma, or a
/// word like `of`, `Normalizer.separator`); the reader
/// of the statement (`ColumnRuns.labels` in FolioTables) decides which other lines continue a
/// label. A paragraph ends with a sentence end, or is followed by more text.
extension Normalizer {
    mutating func markRowLabelRuns() {
        var k = 0
        while k < lines.count {
            guard lines[k].kind == .prose else { k += 1; continue }
            var e = k + 1
            while e < lines.count, lines[e].kind == .prose, lines[e].page == lines[k].page { e += 1 }
            // The run starts after the block's last sentence or lead-in (a paragraph over
            // the labels, printed with no blank line between).
            var s = k
            for j in k..<(e - 1) where lines[j].endsTerminal && (t[lines[j].end - 1] != 0x3A || lines[j].length >= longLine) {
                s = j + 1
            }
            if e - s >= 2, !lines[e - 1].endsTerminal, mostlyShort(s, e - 1), figureFollows(e) {
                for j in (s + 1)..<e { rowLabelLines.insert(j) }
            }
            k = e
        }
    }

    /// Whether at least half the lines `k..<e` are shorter than a paragraph's wrapped line
    /// (`longLine`): a paragraph's lines run to the margin but its last, a run of row labels
    /// holds long labels among short ones.
    func mostlyShort(_ k: Int, _ e: Int) -> Bool {
        var short = 0
        for j in k..<e where lines[j].length < longLine { short += 1 }
        return short * 2 >= e - k
    }

    /// Most short lines `figureFollows` passes over before the figure (a column's header
    /// prints `Three Months Ended` / `June 30,` / `2025` at most, and the note under the
    /// statement may come first), and their longest (bytes).
    static let maxLinesBeforeFigure = 4
    static let maxLineBytesBeforeFigure = 40

    /// Whether the first line with text at or after `k` (blank and removed lines, and
    /// currency signs alone, skipped) is a figure alone, **past a column's header and the
    /// note under the statement**: the converter prints the first column's header pieces,
    /// and the short note that ends the statement, between the label run and the figures:
    ///
    ///     Total liabilities and stockholders' equity
    ///     $
    ///
    ///     See accompanying notes.      ← the note under the statement
    ///
    ///     January 31, 2030             ← the first column's header
    ///
    ///     8,848
    ///
    /// so up to `maxLinesBeforeFigure` lines are passed over before the figure, each short
    /// (at most `maxLineBytesBeforeFigure` bytes) or ending without a sentence end (the last
    /// row printed apart, `CASH, CASH EQUIVALENTS AND RESTRICTED CASH, END OF PERIOD`).
    func figureFollows(_ k: Int) -> Bool {
        var j = k
        var short = 0
        while j < lines.count {
            let l = lines[j]
            if l.kind == .blank || l.kind == .removed || Self.isCurrencySignLine(l, t) { j += 1; continue }
            if Self.isFigureLine(l, t) { return true }
            guard l.kind == .prose, l.length <= Self.maxLineBytesBeforeFigure || !l.endsTerminal, short < Self.maxLinesBeforeFigure else { return false }
            short += 1
            j += 1
        }
        return false
    }
}
