import FolioModel

/// Fixed-width (space-aligned) tables, as in EDGAR plain-text exhibits: line tests, region
/// extent and column segmentation.
///
/// A line is cut into tokens at runs of two or more spaces (single spaces stay inside a
/// token, so prose stays one long token). Columns are the unions of the character ranges of
/// the figures printed on data lines (figures are right-aligned, so a column's figures
/// overlap). Text left of the first column is the row label; its indentation is kept for the
/// row hierarchy. Lines above the first data line with nothing in the label zone are header
/// rows; a header cell spans the columns beneath it (equal shares when fewer headers than
/// columns). A units note printed in the label zone of the header (`(millions, except
/// earnings per common share)`) is returned as the caption.
enum FixedWidth {
    struct Token {
        var start: Int   // byte offset in the text
        var end: Int
        var x0: Int      // column: characters from the line start (`displayColumns`)
        var x1: Int
        var text: String
    }

    /// **Columns counted in characters, not bytes.** A converter aligns a table's columns
    /// by characters: every character, a one-byte space or a three-byte em dash, takes one
    /// place on the line. Measured in bytes, each non-ASCII character before a figure (a
    /// nil figure `—` of a column to its left, a curly quote in its label, a `€`) pushes the
    /// figure two or three places right, off its column:
    ///
    ///     Net loss                      —         —       (21,793)     (21,793)
    ///     Balance at end of period    512       $ 5      (99,809)    1,908,286
    ///
    /// Counted in bytes, the first line's figures sit four places right of the second's,
    /// `(21,793)` overlaps both `(99,809)` and `1,908,286`, and the two columns chain into
    /// one. The count: the bytes that start a character (not UTF-8 continuation bytes).
    @inline(__always)
    static func startsCharacter(_ b: UInt8) -> Bool { b & 0xC0 != 0x80 }

    /// The characters (`startsCharacter`) among `bytes`.
    static func displayColumns<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        var n = 0
        for b in bytes where startsCharacter(b) { n += 1 }
        return n
    }

    static func tokens(_ text: [UInt8], _ line: Span) -> [Token] {
        var out: [Token] = []
        var i = line.start
        var x = 0   // the column of byte `i` (`startsCharacter`)
        while i < line.end {
            while i < line.end && (text[i] == 0x20 || text[i] == 0x09) { i += 1; x += 1 }
            if i >= line.end { break }
            let s = i, sx = x
            var e = i, ex = x
            while i < line.end {
                if text[i] == 0x20 || text[i] == 0x09 {
                    // a single space continues the token, unless it separates two figures
                    if text[i] == 0x20 && i + 1 < line.end && text[i + 1] != 0x20 && text[i + 1] != 0x09
                        && !isFigureBoundary(text, pieceStart: s, space: i, end: line.end)
                        && !(text[i + 1] == 0x24 && isSignAfterLabel(text, pieceStart: s, space: i, end: line.end)) { i += 1; x += 1; continue }
                    break
                }
                if startsCharacter(text[i]) { x += 1 }
                i += 1
                e = i
                ex = x
            }
            out.append(Token(start: s, end: e, x0: sx, x1: ex,
                             text: String(decoding: text[s..<e], as: UTF8.self)))
        }
        return out
    }

    /// Figures one space apart: the single space at `space` ends the figure that starts at
    /// `pieceStart` when the word after it starts another figure.
    ///
    /// Layout: right-aligned figures of narrow columns (`61,181 64,849 57,365`, `(93,400)
    /// (1,222,145)`, `— —`), and a currency sign printed one space after the figure of the
    /// column to its left (`14,806 $        15,143`: the `$` belongs to the next figure).
    /// The text before the space must read as a figure by itself (a label ending in a year,
    /// `Notes due 2026 5.5%`, stays one token); a `%` or a scale word after a figure (`3.7 %`,
    /// `445 M`) and a footnote marker (`978 (1)`, `(a)`) stay with it.
    ///
    /// **A label opening with figures** (`1.90% 2025 Notes` at the start of its line, over
    /// `Total debt`): the first words of a line, two figures and then words, are the row's
    /// label, not a cell of figures beside a label; the words after the second figure
    /// (`runsOnIntoWords`) keep the piece one token. Cut into `1.90%` and `2025 Notes`, the
    /// rate would open a column of figures at the left margin and take every label of the
    /// table into cells.
    static func isFigureBoundary(_ text: [UInt8], pieceStart: Int, space: Int, end: Int) -> Bool {
        func startsFigure(_ c: UInt8) -> Bool {
            (c >= 0x30 && c <= 0x39) || c == 0x24 || c == 0x28 || c == 0x2D || c == 0xE2  // digit $ ( - or a dash's lead byte
        }
        guard startsFigure(text[pieceStart]), space + 1 < end, startsFigure(text[space + 1]) else { return false }
        var wordEnd = space + 1
        while wordEnd < end && text[wordEnd] != 0x20 && text[wordEnd] != 0x09 { wordEnd += 1 }
        let next = Array(text[(space + 1)..<wordEnd])
        if isFootnoteMarker(next) || isRangeDash(next) { return false }
        // The figure after a range dash (`$0.30 - $0.50`) ends the range, not a cell.
        var w = space
        while w > pieceStart && text[w - 1] != 0x20 { w -= 1 }
        if w > pieceStart, isRangeDash(Array(text[w..<space])) { return false }
        let nextIsFigure = next == [0x24] || NumberParser.parse(bytes: next) != nil
        guard nextIsFigure else { return false }
        let pieceBytes = Array(text[pieceStart..<space])
        guard let piece = NumberParser.parse(bytes: pieceBytes) else {
            // A range printed in one cell (`0.65-2.69% $   7,169`) ends before the next
            // column's currency sign.
            return next == [0x24] && PrintedRange.bounds(pieceBytes) != nil
        }
        guard piece.kind != .notApplicable else { return false }
        return !(runsOnIntoWords(text, figureStart: space + 1, figureEnd: wordEnd, end: end) && opensLine(text, pieceStart))
    }

    /// **A currency sign one space after a label.** A converter that sets a long label close
    /// to the first column prints that column's `$` one space after the label's last word:
    ///
    ///     Current portion of long-term debt and finance
    ///     lease obligations, excluding fair value hedges $  6,797 $       6,767
    ///     Foreign currency interest rate contracts $ 12,657 $ 10,140
    ///
    /// The single space at `space` ends the piece of words that starts at `pieceStart` (a
    /// label, or a text cell such as `5.0 years`; figures are `isFigureBoundary`'s) when a `$`
    /// standing alone follows it and then a figure: two spaces or more after the `$`, or one
    /// when the figure ends the piece (the line's end, two spaces, or the next column's `$`).
    /// Kept in the label, the sign made the label reach into the first column, and the row's
    /// figures moved one column left or read as text. A `$` fused to its figure inside a
    /// label (`net of tax of $28`) stays in the label.
    static func isSignAfterLabel(_ text: [UInt8], pieceStart: Int, space: Int, end: Int) -> Bool {
        guard text[space + 1] == 0x24, space + 2 < end, text[space + 2] == 0x20,
              text[pieceStart..<space].contains(where: isLetter) else { return false }
        var j = space + 2
        while j < end && text[j] == 0x20 { j += 1 }
        let gap = j - (space + 2)
        var k = j
        while k < end && text[k] != 0x20 && text[k] != 0x09 { k += 1 }
        guard k > j, NumberParser.parse(bytes: Array(text[j..<k])) != nil else { return false }
        if gap >= 2 { return true }
        return k >= end || text[k] == 0x09 || (k + 1 < end && (text[k + 1] == 0x20 || text[k + 1] == 0x24))
    }

    /// The figure from `figureStart` to `figureEnd` is followed, one space on, by a word of
    /// three letters or more that is not its scale (`2025 Notes`, not `445 M` or `2.3
    /// billion`, which read as one figure): the figures open a label (`1.90% 2025 Notes`).
    static func runsOnIntoWords(_ text: [UInt8], figureStart: Int, figureEnd: Int, end: Int) -> Bool {
        guard figureEnd + 1 < end, text[figureEnd] == 0x20, isLetter(text[figureEnd + 1]) else { return false }
        var wordEnd = figureEnd + 1
        while wordEnd < end && isLetter(text[wordEnd]) { wordEnd += 1 }
        guard wordEnd - figureEnd > 3 else { return false }
        return NumberParser.parse(bytes: Array(text[figureStart..<wordEnd])) == nil
    }

    /// Nothing but spaces between the line's start and `i`.
    static func opensLine(_ text: [UInt8], _ i: Int) -> Bool {
        var k = i
        while k > 0 {
            let c = text[k - 1]
            if c == 0x0A || c == 0x0D { return true }
            if c != 0x20 && c != 0x09 { return false }
            k -= 1
        }
        return true
    }

    static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

    /// A hyphen-minus or en dash standing alone between two figures: a range (`$0.30 - $0.50`,
    /// `4.6% – 5.2%`). An em dash alone is a nil figure of its own column.
    static func isRangeDash(_ b: [UInt8]) -> Bool {
        b == [0x2D] || b == [0xE2, 0x80, 0x93]
    }

    /// `(1)`, `(a)`: a footnote marker printed after a figure.
    static func isFootnoteMarker(_ b: [UInt8]) -> Bool {
        guard b.count == 3, b[0] == 0x28, b[2] == 0x29 else { return false }
        let c = b[1]
        return (c >= 0x61 && c <= 0x7A) || (c >= 0x31 && c <= 0x39)
    }

    static func isCurrencySymbol(_ s: String) -> Bool {
        s == "$" || s == "US$" || s == "HK$" || s == "RMB" || s == "€" || s == "£" || s == "¥"
    }

    static func isFigure(_ s: String) -> Bool { NumberParser.parse(s) != nil || isCurrencySymbol(s) }

    /// **Rows of ranges.** A cell printing a range of figures where one figure would be
    /// (`PrintedRange`: `43%-72%`, `—%-4.6%`, `0.1-2.0`), as a table of assumptions prints
    /// every row of a grant's inputs:
    ///
    ///                                                   January 29,     January 30,
    ///                                                      2023            2022
    ///     Weighted average expected life (in years)       0.1-2.0         0.1-2.0
    ///     Risk-free interest rate                         —%-4.6%         —%-0.5%
    ///     Volatility                                      43%-72%         20%-58%
    ///
    /// is a figure of its line as a single figure is (`isRow`, `hasFigures`): without it
    /// such lines are text, and a table whose rows all print ranges is no table. A span of
    /// bare years (`2025 - 2034`) is not: it names a period, as a year heading does.
    static func isRangeOfFigures(_ s: String) -> Bool {
        // Most cells are words: a digit and a dash (or `to`) first, before any copy.
        let u = s.utf8
        guard u.count >= 3, u.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
              u.contains(where: { $0 == 0x2D || $0 == 0xE2 || $0 == 0x74 }) else { return false }
        let b = Array(u)
        guard let located = PrintedRange.located(b) else { return false }
        return !located.allSatisfy { l in
            l.bytes.count == 4 && !b.contains(0x24) && !b.contains(0x25) && TableBuilder.isYear(String(decoding: b[l.bytes], as: UTF8.self))
        }
    }

    /// `----  ====` rule lines, and the SGML table tags of EDGAR text.
    static func isRule(_ text: [UInt8], _ line: Span) -> Bool {
        isDashRule(text, line) || isTagRule(tokens(text, line))
    }

    /// `isRule`'s first test: dashes, `=` or `_` (three or more) and blanks only.
    static func isDashRule(_ text: [UInt8], _ line: Span) -> Bool {
        var dashes = 0, other = 0
        for i in line.range {
            let c = text[i]
            if c == 0x2D || c == 0x3D || c == 0x5F { dashes += 1 } else if c != 0x20 && c != 0x09 { other += 1 }
        }
        return dashes >= 3 && other == 0
    }

    /// `isRule`'s second test, on the line's tokens: SGML table tags only.
    static func isTagRule(_ t: [Token]) -> Bool {
        if let f = t.first, f.text.hasPrefix("<"), t.allSatisfy({ $0.text.hasPrefix("<") && $0.text.hasSuffix(">") }) {
            let l = f.text.uppercased()
            return l == "<S>" || l == "<C>" || l == "<CAPTION>" || l == "<TABLE>" || l == "</TABLE>" || l == "<PAGE>"
        }
        return false
    }

    /// A line with a label and figures separated by a wide gap, or several gapped cells.
    static func isRow(_ text: [UInt8], _ line: Span) -> Bool {
        isRow(tokens(text, line))
    }

    /// `isRow` of a line's tokens. Each token after the first is read as a figure at most
    /// once, and only where the answer can change: a token of more than 20 bytes must be a
    /// figure, and one figure is enough.
    ///
    /// **Long cells of a text column.** A table may print a column of words between its
    /// labels and its figures whose cells run past 20 bytes (the statement caption a
    /// derivative's gain is reported in, a lease's balance-sheet classification):
    ///
    ///        Designated as net investment hedges          Interest expense, net     123     112     94
    ///     Finance lease assets                 Net property and equipment          2,638     2,840
    ///
    /// A long cell that is no figure is such a cell, not prose cut by a gap, when the line
    /// ends in two figure cells at least (`endsInFigures`); without them the line is text.
    static func isRow(_ t: [Token]) -> Bool {
        guard t.count >= 2 else { return false }
        var figure = false, fit = true
        for tok in t.dropFirst() {
            if tok.text.utf8.count > 20 {
                guard isFigure(tok.text) || endsInFigures(t) else { fit = false; break }
                figure = true
            } else if !figure, isFigure(tok.text) || isRangeOfFigures(tok.text) {
                figure = true
            }
        }
        if figure && fit { return true }
        // Header lines: indented, several short cells.
        if let f = t.first, f.x0 >= 16, t.allSatisfy({ $0.text.utf8.count <= 30 }) { return true }
        return isPeriodHeadings(t)
    }

    /// The last two of a line's tokens (after its first) are figures (`isRow`'s long cells
    /// of a text column).
    static func endsInFigures(_ t: [Token]) -> Bool {
        t.count >= 4 && isFigure(t[t.count - 1].text) && isFigure(t[t.count - 2].text)
    }

    /// Longest period heading `isPeriodHeadings` reads.
    static let maxPeriodHeadingBytes = 60

    /// **Period headings side by side.** An indented header line naming one period group per
    /// cell, each longer than a short column name:
    ///
    ///                               For the Three Months Ended June 30,    For the Six Months Ended June 30,
    ///                                    2025            2024               2025            2024
    ///
    /// is a header line (`.fixed`) like any indented line of short cells; read as text, it
    /// would stay outside the region, be taken for the title, and every column would be dated
    /// by the title's first period. Two cells at least, each at most `maxPeriodHeadingBytes`,
    /// none a figure, each naming a period length (`PeriodClues.months` or `weeks`). Over a
    /// later statement of the region, its first heading starting left of the figures' edge
    /// (where the long labels of the statement above reach), the line still names columns:
    /// `read` takes no row label from it.
    static func isPeriodHeadings(_ t: [Token]) -> Bool {
        guard t.count >= 2, let f = t.first, f.x0 >= 16,
              t.allSatisfy({ $0.text.utf8.count <= maxPeriodHeadingBytes && !isFigure($0.text) }) else { return false }
        return t.allSatisfy { tok in
            let clues = PeriodClues(tok.text)
            return clues.months != nil || clues.weeks != nil
        }
    }

    /// `isRule` ? `.fixedRule` : `isRow` ? `.fixed` : `.other`, with the line cut into tokens once.
    static func ruleOrRow(_ text: [UInt8], _ line: Span) -> TableRegionFinder.LineKind {
        if isDashRule(text, line) { return .fixedRule }
        let t = tokens(text, line)
        return isTagRule(t) ? .fixedRule : isRow(t) ? .fixed : .other
    }

    static func isLabelOnly(_ text: [UInt8], _ line: Span) -> Bool {
        let t = tokens(text, line)
        return t.count == 1 && t[0].text.utf8.count <= 70
    }

    /// Line `j`, after a blank line, is the title or units note of the next table: label-only
    /// lines (`SEGMENT NET SALES`, `(in thousands)`) directly over a header line (no label,
    /// indented, no figures: `2025    2024    Change`). Two statements printed one after the
    /// other with a single blank line between them are two regions, so each gets its own
    /// columns and caption. A group label inside a statement has rows under it, not a header.
    ///
    /// **A new table's units-note header.** The header line may also start at the left
    /// margin with the next table's units note and its period beside the column headings
    /// (`isUnitsNoteHeader`), under the next table's title or by itself, after a blank line
    /// or none (a converter that prints no blank line between tables), once the region has
    /// labelled rows (`afterRows`: above them the line is the region's own header, under its
    /// period headings and the day numbers of their broken dates, `31      31`):
    ///
    ///     Interest expense, net                            $  2,160 $  1,684 $  2,044
    ///
    ///     Accounts Payable and Accrued Liabilities
    ///     as of December 31 (in millions)                           2024          2023
    ///     Sales rebates                                        $  14,304   $  13,627
    ///
    /// A units note opens a table; it never stands among the rows of the table above. Taken
    /// into the region above, the later table's rows would be read under the earlier
    /// table's columns and dated by its header (the balance at `2024` under `2023`).
    static func startsNextTable(_ text: [UInt8], _ lines: [Span], _ kinds: [TableRegionFinder.LineKind], _ j: Int,
                                afterBlank: Bool = true, afterRows: Bool = false) -> Bool {
        var m = j
        while m < lines.count, kinds[m] == .other, isLabelOnly(text, lines[m]) { m += 1 }
        guard m < lines.count, kinds[m] == .fixed else { return false }
        if !(afterBlank && m > j) {
            // Only a units-note header starts it here: one printed at the margin (a byte
            // test turns the other lines of the region away before any is tokenized).
            guard afterRows, indentation(text, lines[m]) < 16, isUnitsNoteHeader(text, lines[m]) else { return false }
            return !isDataLine(text, lines[m])
        }
        guard !isDataLine(text, lines[m]), let first = tokens(text, lines[m]).first else { return false }
        return first.x0 >= 16 || (afterRows && isUnitsNoteHeader(text, lines[m]))
    }

    /// Leading spaces of a line (bytes; tabs count as one).
    static func indentation(_ text: [UInt8], _ line: Span) -> Int {
        var i = line.start
        while i < line.end, text[i] == 0x20 || text[i] == 0x09 { i += 1 }
        return i - line.start
    }

    /// A group label too long for a label-only line, inside a statement: one cell ending in
    /// `:`, the next line a row of the table (`Adjustments to reconcile net income to net cash
    /// provided by operating activities:` over ` Depreciation   857   872`, or over the first
    /// line of a wrapped row label, `isWrappedLabel`). A lead-in sentence before a table has
    /// a blank line or a header under it, so it is not one.
    static func isLongGroupLabel(_ text: [UInt8], _ lines: [Span], _ kinds: [TableRegionFinder.LineKind], _ j: Int) -> Bool {
        guard j + 1 < lines.count, kinds[j] == .other else { return false }
        let r = GridReader.trim(text, lines[j].range)
        guard r.count <= 200, let lastByte = r.last.map({ text[$0] }), lastByte == 0x3A else { return false }
        return tokens(text, lines[j]).count == 1 && (isDataLine(text, lines[j + 1]) || isWrappedLabel(text, lines, kinds, j + 1))
    }

    /// Longest one-cell line read as the first line(s) of a wrapped row label.
    static let maxWrappedLabelBytes = 200
    /// Most label-only lines a wrapped row label may print before its figures' line.
    static let maxWrappedLabelLines = 3

    /// **Wrapped row label.** A row label too long for one line, printed over two or more
    /// lines with the figures on its last line:
    ///
    ///     Net income                                                      1,200     1,100
    ///       Depreciation and amortization of property, equipment and capitalized software,
    ///       and other intangible assets                                     410       380
    ///
    /// The first line is one cell and longer than a label-only line (`isLabelOnly`), so it
    /// would end the region and be taken for the title of a table starting at `and other`.
    /// Line `j` is such a line when it and the label-only lines after it (at most
    /// `maxWrappedLabelLines` in all) end in a data line, each printed at the indentation
    /// of the line above or deeper, and each line's text goes on into the next
    /// (`LabelText.wraps`: it ends with a comma, a hyphen or a connector word, or the next
    /// starts in lowercase). A sentence ending in `.` or a heading ending in `:` does not
    /// wrap, and a data line whose first cell is a figure (a subtotal without a label) has
    /// no label to go on into. The lines may also be a heading without `:` over the rows
    /// it groups, printed at its indentation or deeper (deeper under a one-line heading):
    ///
    ///       Net loss                                                     (25,051)   (8,501)
    ///       Adjustments to reconcile net loss to net cash provided
    ///         by operating activities
    ///          Depreciation and amortization                               62,024    43,438
    ///
    /// The figures' line may open with the label's last words when they read as a figure,
    /// printed at the left margin (`isFigureLabel`):
    ///
    ///       Change in net unrealized gains (losses), net of tax of $159, $(110), and
    ///       $(2,086)                                                  (823)       366
    ///
    /// The figures' line may print no label of its own when the label's last line plainly
    /// goes on (a label above its figures, `TableBuilder.labelsFiguresBelow`), its first
    /// figure printed right of the label:
    ///
    ///       Change in net unrealized gains (losses) on available-for-sale securities, net of
    ///                                                                      (12)        45
    ///
    /// **Hanging heading.** Such a heading's later lines may hang deeper than the rows it
    /// groups: the rows are measured against its first line, not its last.
    ///
    ///       Other non-cash items                                            10         3
    ///       Changes in operating assets and liabilities, net of acquired assets and
    ///          assumed liabilities:
    ///         Trade receivables, net                                        143      (159)
    static func isWrappedLabel(_ text: [UInt8], _ lines: [Span], _ kinds: [TableRegionFinder.LineKind], _ j: Int) -> Bool {
        guard j < lines.count, kinds[j] == .other else { return false }
        var prev = tokens(text, lines[j])
        guard prev.count == 1, prev[0].text.utf8.count <= maxWrappedLabelBytes,
              !prev[0].text.hasSuffix("."), !prev[0].text.hasSuffix(":") else { return false }
        let x0 = prev[0].x0
        for n in (j + 1)..<min(lines.count, j + 1 + maxWrappedLabelLines + 1) {
            guard kinds[n] != .blank else { return false }
            let t = tokens(text, lines[n])
            guard let first = t.first else { return false }
            // A figure at the left margin with figures after it ends the label (`isFigureLabel`:
            // `$(2,086)   (823)   366`, the last amount of `net of tax of $159, $(110), and`).
            let labelled = NumberParser.parse(first.text) == nil || TableBuilder.isYear(first.text)
                || (first.x0 < 16 && t.dropFirst().contains { TableBuilder.isFigure($0.text) })
            guard LabelText.wraps(prev[0].text, into: first.text) else {
                // A wrapped heading over the rows it groups: its rows are printed at its
                // indentation or deeper (deeper under a heading of one line), whatever the
                // indentation of its own later lines (a hanging heading, above).
                return isDataLine(text, lines[n]) && labelled && (n > j + 1 ? first.x0 >= x0 : first.x0 > x0)
            }
            guard first.x0 >= prev[0].x0 else { return false }
            // A label above its figures (`TableBuilder.labelsFiguresBelow`): the figures'
            // line prints no label, the label line plainly goes on (`LabelText.goesOn`).
            if isDataLine(text, lines[n]) { return labelled || (first.x0 > prev[0].x1 && LabelText.goesOn(prev[0].text)) }
            guard n < j + maxWrappedLabelLines, t.count == 1, first.text.utf8.count <= maxWrappedLabelBytes,
                  !first.text.hasSuffix(".") else { return false }
            prev = t
        }
        return false
    }

    /// **Label continued under its figures** (the region's part of
    /// `TableBuilder.continuesLabel`). A row label printed on its figures' line that goes on,
    /// indented deeper, on the lines below:
    ///
    ///     Common stock, $0.01 par value; 500 shares authorized; 230 and        2        2
    ///        228 shares issued and 226 shares outstanding at June 30, 2025 and
    ///        December 31, 2024, respectively
    ///     Treasury stock, at cost                                            (40)     (35)
    ///
    /// A continuation line longer than a label-only line would end the region. Line `j` (one
    /// cell, not a heading ending in `:`) is one when the lines above it, back to a data
    /// line, are such lines too (at most `maxWrappedLabelLines` in all), each going on into
    /// the next (`LabelText.wraps`), and the data line's label is printed left of the first
    /// of them and goes on into it.
    static func isLabelContinuation(_ text: [UInt8], _ lines: [Span], _ kinds: [TableRegionFinder.LineKind], _ j: Int) -> Bool {
        guard j < lines.count, kinds[j] == .other else { return false }
        var below = tokens(text, lines[j])
        guard below.count == 1, below[0].text.utf8.count <= maxWrappedLabelBytes, !below[0].text.hasSuffix(":") else { return false }
        var m = j - 1
        while m >= 0, m >= j - maxWrappedLabelLines, kinds[m] != .blank {
            let t = tokens(text, lines[m])
            guard let first = t.first, LabelText.wraps(first.text, into: below[0].text) else { return false }
            if isDataLine(text, lines[m]) {
                return NumberParser.parse(first.text) == nil && first.x0 < below[0].x0
            }
            guard t.count == 1, first.x0 <= below[0].x0, first.text.utf8.count <= maxWrappedLabelBytes else { return false }
            below = t
            m -= 1
        }
        return false
    }

    /// **Units note in the label column of a header line.** The first header line of a
    /// statement printing its units note where the row labels go and its column headings
    /// over the figures (`(Dollars in millions)        Six months ended June 30`, `(in
    /// millions)      Total     Current     Long-term`, `Amounts in millions     March 31,
    /// 2025`): a header line of the table, though it starts at the left margin and names no
    /// figure. The first cell is a units note or a units phrase of two words or more alone
    /// (`UnitsParser.isCellNote`, `isUnitsPhrase`; a bare scale word, `Millions` over an
    /// equity statement's column names, is left to the lookback), or names the columns'
    /// period and ends with a units note (`UnitsParser.embeddedCellNote`; a cell running on
    /// into a column name, `December 31 (in millions) outstanding`, is left to the lookback):
    ///
    ///                                    2024                             2023
    ///                           Gross                  Net        Gross                  Net
    ///     as of December 31 (in millions)   amount  amortization  amount   amount  amortization  amount
    ///
    /// and no other cell holds a figure (years and day numbers of a date may). `read` takes
    /// the note as the caption and the rest as a header row.
    static func isUnitsNoteHeader(_ text: [UInt8], _ line: Span) -> Bool {
        let t = tokens(text, line)
        guard t.count >= 2, t[0].x0 < 16, UnitsParser.isCellNote(t[0].text)
                || (UnitsParser.isUnitsPhrase(t[0].text) && t[0].text.contains(" "))
                || (t[0].text.hasSuffix(")") && UnitsParser.embeddedCellNote(t[0].text) != nil) else { return false }
        return !hasFigures(Array(t.dropFirst()))
    }

    /// **A group label beside the units note.** The line between a statement's header and its
    /// rows that prints the first rows' group label at the margin and the units note over the
    /// figure columns:
    ///
    ///                                                   Year Ended
    ///                                      January 28,      January 29,
    ///                                         2024             2023
    ///     Revenue:                                  (In millions)
    ///       United States                 $     8,292   $      4,349
    ///
    /// It has two cells, so it is no label-only line, and its first cell is no units note, so
    /// it is no `isUnitsNoteHeader`: without this rule the region would start below it, and
    /// the header above would be read as the table's title, its years lost. Exactly two cells:
    /// a label at the margin ending in `:` and a units note (`isHeaderUnitsNote`) starting
    /// right of it, past the label zone. The line is then the grid's first row, and the table
    /// core reads its note as the table's units and its label as the group row over the rows
    /// below (`TableBuilder.unitsBesideGroupLabel`, for every layout).
    static func isGroupLabelWithUnitsNote(_ text: [UInt8], _ line: Span) -> Bool {
        let t = tokens(text, line)
        guard t.count == 2, t[0].x0 < 16, t[0].text.hasSuffix(":"), t[1].x0 >= 24, t[1].x0 > t[0].x1 + 8 else { return false }
        return isHeaderUnitsNote(t[1].text)
    }

    /// Longest stub heading (`isStubHeader`) and longest column name beside it.
    static let maxStubBytes = 40, maxColumnNameBytes = 30

    /// **Column names beside a stub heading.** The last header line of a table naming its
    /// columns, with a heading of the row labels at the left margin:
    ///
    ///                          Quoted Prices in    Significant Other    Significant
    ///                           Active Markets        Observable        Unobservable
    ///     Description             (Level 1)            (Level 2)          (Level 3)      Fair Value
    ///     Cash equivalents:
    ///        Time deposits      $         0      $       1,698      $         0    $    1,698
    ///
    /// It starts at the margin, so it is no indented header line (`isRow`), and prints several
    /// cells, so it is no label-only line: without this rule the region would start below it
    /// and lose the header above. Three cells at least, the stub at most `maxStubBytes`, each
    /// name at most `maxColumnNameBytes`, none a sentence (ending in `.`), and no figure
    /// (years may be column names). A stub holding a units note is one `isUnitsNoteHeader`
    /// decides (a bare `Millions` over an equity statement's column names, or a note running
    /// on into a column name, `December 31 (in millions) outstanding`, stays the lookback's).
    static func isStubHeader(_ text: [UInt8], _ line: Span) -> Bool {
        let t = tokens(text, line)
        guard t.count >= 3, t[0].x0 < 16, t[0].text.utf8.count <= maxStubBytes,
              UnitsParser.embeddedCellNote(t[0].text) == nil, !UnitsParser.isStatement(t[0].text),
              t.dropFirst().allSatisfy({ $0.text.utf8.count <= maxColumnNameBytes }),
              !t.contains(where: { $0.text.hasSuffix(".") }) else { return false }
        return !hasFigures(Array(t.dropFirst())) && NumberParser.parse(t[0].text) == nil
    }

    /// **Column names wider than a short cell.** An indented header line naming the columns
    /// in cells longer than `maxColumnNameBytes`, as a roll-forward of awards prints its
    /// measures over a shares column and a per-share column:
    ///
    ///                                           Number of Shares     Weighted Average Grant-Date Fair Value
    ///                                                (In millions, except per share data)
    ///     Balance at start of year                            46     $                            114.19
    ///
    /// `isRow` takes indented lines of short cells only (a long cell is more often prose
    /// cut by a gap), so over a region such a line was the table's title, and the columns
    /// lost their names: the per-share column was scaled by the units note. Above a region
    /// (`extent`'s header lines), a line of two cells or more, the first indented, none a
    /// figure, none longer than `maxPeriodHeadingBytes` and none ending a sentence, is a
    /// header line where it names the rows directly below it (`namesTheRowsBelow`).
    static func isWideColumnNames(_ text: [UInt8], _ line: Span) -> Bool {
        let t = tokens(text, line)
        guard t.count >= 2, let f = t.first, f.x0 >= 16,
              t.allSatisfy({ $0.text.utf8.count <= maxPeriodHeadingBytes && !$0.text.hasSuffix(".") }) else { return false }
        return !t.contains { NumberParser.parse($0.text) != nil }
    }

    /// Line `i` is long column names (`isWideColumnNames`) over the rows from line `rows`
    /// (`namesTheRowsBelow`): a header line of `extent`'s region.
    static func wideNamesOverRows(_ text: [UInt8], _ lines: [Span], _ i: Int, rows: Int) -> Bool {
        isWideColumnNames(text, lines[i]) && namesTheRowsBelow(text, lines, from: i + 1, to: rows)
    }

    /// `isWideColumnNames`' place: the line names the columns of the rows directly below
    /// it (line `to`, a line of figures), nothing between them but blank lines and a units
    /// note alone on its line (under other header lines, a line of long cells is a group
    /// heading whose columns the lines below it decide).
    static func namesTheRowsBelow(_ text: [UInt8], _ lines: [Span], from: Int, to: Int) -> Bool {
        guard from <= to, to < lines.count, isDataLine(text, lines[to]) else { return false }
        for i in from..<to {
            let t = tokens(text, lines[i])
            guard t.isEmpty || (t.count == 1 && isHeaderUnitsNote(t[0].text)) else { return false }
        }
        return true
    }

    static func isDataLine(_ text: [UInt8], _ line: Span) -> Bool {
        let t = tokens(text, line)
        guard t.count >= 2 else { return false }
        return hasFigures(Array(t.dropFirst()))
    }

    /// Cells that hold a figure (not a year), unless they are the day numbers of a header
    /// line's dates.
    static func hasFigures(_ cells: [Token]) -> Bool {
        cells.contains { NumberParser.parse($0.text) != nil && !TableBuilder.isYear($0.text) } && !isDateHeader(cells)
    }

    /// A header line whose dates are broken across lines (`TableBuilder.isDateHeader`).
    static func isDateHeader(_ cells: [Token]) -> Bool {
        TableBuilder.isDateHeader(cells.map(\.text))
    }

    /// **Day numbers beside a stub heading.** The header line that ends the dates broken
    /// across a statement's header lines (`isDateHeader`: a month name in one cell, day
    /// numbers standing alone in others), printed beside a heading of the row labels at the
    /// left margin:
    ///
    ///                                  Three Months Ended      Nine Months Ended March
    ///     CONSOLIDATED AMOUNTS              March 31                     31
    ///                                  2025        2024          2025        2024
    ///
    /// A line over the figures whose cells are a broken date's pieces, one of them a day number
    /// alone, is a header line whatever its label cell holds; read as a row, it would cut the
    /// periods above from the years below. (A units note there is the caption, as before.)
    static func isBrokenDateLine(_ cells: [Token]) -> Bool {
        guard cells.count >= 2, isDateHeader(cells) else { return false }
        return cells.contains { c in
            c.text.utf8.count <= 2 && c.text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
    }

    /// **Dated column names beside a stub heading.** The last header line of a schedule
    /// naming its columns beside a heading of the row labels, the columns' dates among the
    /// names:
    ///
    ///                                   Outstanding       Carrying Value as   Carrying Value as
    ///                   Contractual     Principal as of   of January 31,      of January 31,
    ///     Instrument    Interest Rate   January 31, 2025      2025                2024
    ///     2028 Senior Notes     3.70          1,500           1,496               1,495
    ///
    /// Read as a row, its years are figures of a row `Instrument` and the dates never reach
    /// the columns. Above the first row of figures, a line whose label names no period and no
    /// units (a stub heading, not the `as of December 31 (in millions)` the title reads) and
    /// whose cells, no figures among them, end in a year in two cells or more and name a
    /// column in words in one at least is a header line; the stub names no column. (Beside
    /// years alone, `ASSETS   1997   1996`, the stub stays the labels' heading.)
    static func isStubBesideDates(_ label: String, _ cells: [Token]) -> Bool {
        guard cells.count >= 2, !unitsLabelNamesPeriod(label), UnitsParser.parse(label).scale == nil else { return false }
        let dated = cells.filter { c in
            guard let last = c.text.split(separator: " ").last else { return false }
            return TableBuilder.isYear(String(last))
        }
        return dated.count >= 2 && cells.contains { $0.text.utf8.contains(where: isLetter) }
    }

    /// **First row's label begun above its figures.** The first row of a region whose label
    /// starts on the line above its figures' line and goes on into it, as an equity
    /// statement's opening balance does under a header the region does not reach:
    ///
    ///     Balance at December 31,
    ///     2021                    1,768    $   18    $ (3,143)
    ///     Net earnings attributable to
    ///
    /// Line `i` is one cell, the line below is a data line whose first cell is a label (words
    /// or a year) printed at its indentation or deeper, and the one goes on into the other
    /// (`LabelText.wraps`: a comma, a connector, a lowercase start); a year whose next line
    /// opens with a year too is one row of a schedule of years under its title. It is the first line of
    /// the row's label, kept in the region, not a title trimmed off above it (which would
    /// leave the row labelled `2021`).
    static func opensFirstRow(_ text: [UInt8], _ lines: [Span], _ i: Int) -> Bool {
        guard i + 1 < lines.count else { return false }
        return opensFirstRow(tokens(text, lines[i]), over: tokens(text, lines[i + 1]),
                             then: i + 2 < lines.count ? tokens(text, lines[i + 2]).first : nil)
    }

    /// `opensFirstRow` on the tokens of line `above`, the data line `below` it and the first
    /// token of the line after (`then`). `read` keeps such a line's cell as the row's label,
    /// though it runs past the edge of the figures (a narrow label column of a PDF read
    /// directly: `Acquired developed` over `technology   $  4,624`).
    static func opensFirstRow(_ above: [Token], over below: [Token], then: Token?) -> Bool {
        guard below.count >= 2, hasFigures(Array(below.dropFirst())), above.count == 1, let f = below.first,
              f.x0 >= above[0].x0, NumberParser.parse(f.text) == nil || TableBuilder.isYear(f.text) else { return false }
        // A heading over rows that are years (`Year Ended December 31,` over `2025   994`,
        // `2026   918`) is the schedule's title, not the first row's label.
        if TableBuilder.isYear(f.text), let g = then, TableBuilder.isYear(g.text) { return false }
        return LabelText.wraps(above[0].text, into: f.text)
    }

    /// **The first row's label printed whole above its figures.** A narrow label column of a
    /// PDF: the converter sets the first row's label on a line of its own, past the figures'
    /// edge, and the row's figures on the next line, with no label:
    ///
    ///     (in millions)
    ///     Foreign tax credit carryforward 1
    ///                    $       333      $      12      $      345
    ///     Net operating losses  82             23             105
    ///
    /// Line `above` is one cell of words (no figure, no colon at its end) starting in the
    /// label zone (left of `labelLimit`), and the data line `below` it opens with a figure
    /// (not a year) right of where `above` starts: the cell is that row's label
    /// (`TableBuilder.labelsFiguresBelow`), not a column heading over the figures. A units
    /// note is still the caption (`read`).
    static func labelsFirstRow(_ above: [Token], over below: [Token], labelLimit: Int) -> Bool {
        guard above.count == 1, let a = above.first, a.x0 < labelLimit, let f = below.first, f.x0 > a.x0,
              a.text.utf8.contains(where: isLetter), !a.text.hasSuffix(":"), NumberParser.parse(a.text) == nil,
              TableBuilder.isFigure(f.text), hasFigures(below) else { return false }
        return true
    }

    /// The extent (first, last line index) of the fixed-width region around line `from`.
    /// - Parameter scanned: set to the last line looked at going forward, so a caller that
    ///   gets nil can skip past it (keeps the scan linear).
    static func extent(_ text: [UInt8], _ lines: [Span], _ kinds: [TableRegionFinder.LineKind], from: Int, notBefore: Int = 0,
                       scanned: inout Int) -> (Int, Int)? {
        scanned = from
        // Inside an SGML <TABLE> … </TABLE>: take it whole.
        if tagLine(text, lines[from]) == "<TABLE>" {
            var j = from + 1
            while j < lines.count && tagLine(text, lines[j]) != "</TABLE>" { j += 1 }
            return (from, min(j, lines.count - 1))
        }
        // Otherwise: from a data line, extend over rows, label lines and single blank lines.
        guard isDataLine(text, lines[from]) || kinds[from] == .fixed else { return nil }
        var first = from
        var last = from
        var j = from + 1
        var blanks = 0
        var sinceData = 0
        // A labelled row seen (day numbers of a broken date, `31    31`, are no row).
        func labelledRow(_ i: Int) -> Bool {
            isDataLine(text, lines[i]) && tokens(text, lines[i]).first.map { NumberParser.parse($0.text) == nil } == true
        }
        var sawRows = labelledRow(from)
        while j < lines.count {
            let k = kinds[j]
            if k == .blank { blanks += 1; if blanks >= 2 { break }; j += 1; continue }
            if k == .tab || k == .pipe { break }
            if k == .fixedRule, tagLine(text, lines[j]) == "<TABLE>" { break }
            let afterBlank = blanks > 0
            blanks = 0
            if afterBlank || sawRows, startsNextTable(text, lines, kinds, j, afterBlank: afterBlank, afterRows: sawRows) { break }
            // A line of text, then a blank line, then header lines: the caption of the next
            // table (`* Domestic segment detail for ...`), not a label of this one.
            if k == .other, isLabelOnly(text, lines[j]), j + 1 < lines.count, kinds[j + 1] == .blank {
                var m = j + 1
                while m < lines.count && kinds[m] == .blank { m += 1 }
                if m < lines.count, !isDataLine(text, lines[m]), kinds[m] == .fixed { break }
            }
            if isDataLine(text, lines[j]) { last = j; sinceData = 0; sawRows = sawRows || labelledRow(j) } else if k == .fixed || k == .fixedRule || isLabelOnly(text, lines[j])
                        || isLongGroupLabel(text, lines, kinds, j) || isWrappedLabel(text, lines, kinds, j)
                        || isLabelContinuation(text, lines, kinds, j) {
                sinceData += 1
                if sinceData > 6 { break }
            } else { break }
            j += 1
        }
        scanned = max(from, j - 1)
        // Header lines above.
        j = from - 1
        blanks = 0
        var steps = 0
        while j >= notBefore && steps < 12 {
            steps += 1
            let k = kinds[j]
            // Header lines never include figures of another table.
            if isDataLine(text, lines[j]) { break }
            if k == .blank { blanks += 1; if blanks >= 2 { break }; j -= 1; continue }
            blanks = 0
            if k == .fixed || k == .fixedRule || isLabelOnly(text, lines[j]) || isUnitsNoteHeader(text, lines[j])
                || isStubHeader(text, lines[j]) || isGroupLabelWithUnitsNote(text, lines[j])
                || wideNamesOverRows(text, lines, j, rows: from) { first = j; j -= 1; continue }
            break
        }
        // Trim leading label-only lines (titles) and trailing non-data lines.
        // A heading centred over the figure columns (`Year Ended December 31,` over `2007
        // 2006`) is a header line, not a title.
        func overFigures(_ i: Int) -> Bool {
            guard isLabelOnly(text, lines[i]), let t = tokens(text, lines[i]).first, !t.text.hasPrefix("("),
                  let below = ((i + 1)...from).first(where: { kinds[$0] == .fixed }),
                  let firstBelow = tokens(text, lines[below]).first else { return false }
            // The line below is a header of the figure columns: no label, its first cell far
            // right; the heading starts over them, or right of the labels and centred over
            // them (`Six months ended June 30` over `2025   2024`, starting left of the first
            // year). A period line at the left margin is the title's.
            return firstBelow.x0 >= 24 && (t.x0 >= firstBelow.x0 - 4 || (t.x0 >= 24 && (t.x0 + t.x1) / 2 >= firstBelow.x0 - 4))
        }
        while first < from && kinds[first] != .fixed && !overFigures(first) && !isUnitsNoteHeader(text, lines[first])
                && !isStubHeader(text, lines[first])
                && !wideNamesOverRows(text, lines, first, rows: from)
                && !opensFirstRow(text, lines, first) { first += 1 }
        var dataLines = 0
        for i in first...last where isDataLine(text, lines[i]) { dataLines += 1 }
        if dataLines < 2 && !(dataLines == 1 && headsOneRow(text, lines, kinds, first, last)) { return nil }
        return (first, last)
    }

    /// **One row under its column headings.** A table of a single row, printed under a
    /// header line that names its columns:
    ///
    ///                                                     Fiscal        Fiscal        Fiscal
    ///     in millions                                       2024          2023          2022
    ///     Total intrinsic value of stock options exercised $ 254   $       152   $        61
    ///
    ///                                  2025      2026      2027      2028      Thereafter
    ///     Future principal payments   $    —  $  5,513  $  2,750  $      —   $    11,728
    ///
    /// One line of figures alone is as likely a line of prose or a heading with a gap as a
    /// table, so a region needs two data lines; under its column headings one is enough.
    /// `row` (the region's last line) is its only data line, labelled with words, and a
    /// line of the region above it is a header line: an indented line of short cells or
    /// years (`.fixed`, no figures) or one opening with a units note at the margin
    /// (`isUnitsNoteHeader`), whose cells (the units note aside) all start right of the
    /// row's label, over the figures. `RegionFilter.rejection` keeps the table
    /// (`headsItsRow`).
    static func headsOneRow(_ text: [UInt8], _ lines: [Span], _ kinds: [TableRegionFinder.LineKind], _ first: Int, _ row: Int) -> Bool {
        let d = tokens(text, lines[row])
        guard first < row, d.count >= 2, let label = d.first, label.x0 < 16, NumberParser.parse(label.text) == nil,
              hasFigures(Array(d.dropFirst())) else { return false }
        for h in first..<row where kinds[h] == .fixed && !isDataLine(text, lines[h]) {
            var t = tokens(text, lines[h])
            if isUnitsNoteHeader(text, lines[h]) { t.removeFirst() }
            if !t.isEmpty, t.allSatisfy({ $0.x0 >= label.x1 }) { return true }
        }
        return false
    }

    /// The first cell of a line is a year labelling the figures after it: a maturity or
    /// payment schedule (`2026          $ 892     $ 418`). The year is the row's label, not a
    /// column of figures; a line of years alone is a header, not a row.
    static func isYearLabel(_ first: Token, of line: [Token]) -> Bool {
        guard line.count >= 2, line[0].start == first.start, TableBuilder.isYear(first.text) else { return false }
        return line.dropFirst().contains { TableBuilder.isFigure($0.text) }
    }

    /// The extents of the text labels (a word in them: `Net loss`, `$1.34 to $154.14`, not a
    /// range of figures alone, `$0.30 - $0.50`) printed at the left margin (left of column
    /// 16) of the lines with figures: the label column `isFigureLabel` measures against.
    static func textLabelExtents(_ lineTokens: [(Span, [Token], Bool)]) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        for (_, t, _) in lineTokens {
            guard t.count >= 2, let f = t.first, f.x0 < 16, NumberParser.parse(f.text) == nil,
                  f.text.utf8.contains(where: { isLetter($0) }),
                  hasFigures(Array(t.dropFirst())) else { continue }
            out.append((f.x0, f.x1))
        }
        return out
    }

    /// **Figure printed as a row label.** A row whose label is a figure, or whose label's
    /// last line is one, printed at the left margin where the other rows print their text
    /// labels, its figures under the columns further right:
    ///
    ///     Other comprehensive income, net of tax of
    ///     ($3)                                         20          20
    ///     $157.70 to $167.45                            1         2.4
    ///     $218.21                                       2         4.1
    ///
    /// The figure (`($3)`, `$218.21`) would open a column of figures at the left margin and
    /// take every label of the table into cells. A first cell that reads as a figure, starts
    /// left of column 16, overlaps a text label printed at the margin of another row with
    /// figures (`labels`: `textLabelExtents`), and has figures after it, is the row's label.
    /// A row of figures without a label starts under its columns, right of the labels.
    static func isFigureLabel(_ first: Token, of line: [Token], labels: [(Int, Int)]) -> Bool {
        guard line.count >= 2, line[0].start == first.start, first.x0 < 16,
              labels.contains(where: { first.x0 < $0.1 && $0.0 < first.x1 }) else { return false }
        return line.dropFirst().contains { TableBuilder.isFigure($0.text) }
    }

    /// **Footnote marker wrapped under its label.** A row label whose footnote marker did
    /// not fit on its line is printed alone at the left margin, with the row's figures:
    ///
    ///     Less: Restricted cash, cash equivalents, and marketable securities
    ///     (2)                                                          (503)
    ///
    /// The marker (`(2)`, `(a)`) reads as a figure, `-2`, and would open a column of
    /// figures at the left margin, taking every label of the table into cells. A first
    /// cell that is a footnote marker printed in the label zone (left of column 16), with
    /// figures after it, is the end of the label; a row of figures without a label starts
    /// under its columns, further right.
    static func isMarkerLabel(_ first: Token, of line: [Token]) -> Bool {
        guard line.count >= 2, line[0].start == first.start, first.x0 < 16, isFootnoteMarker(Array(first.text.utf8)) else { return false }
        return line.dropFirst().contains { TableBuilder.isFigure($0.text) }
    }

    static func tagLine(_ text: [UInt8], _ line: Span) -> String? {
        let t = tokens(text, line)
        guard t.count == 1, t[0].text.hasPrefix("<"), t[0].text.hasSuffix(">") else { return nil }
        return t[0].text.uppercased()
    }

    /// The tokens of each line with whether a blank line came before it; rules and tag lines
    /// dropped, a lone currency symbol joined to the figure after it.
    static func lineTokens(_ text: [UInt8], _ lines: [Span]) -> [(Span, [Token], Bool)] {
        var lineTokens: [(Span, [Token], Bool)] = []   // (line, tokens, blankBefore)
        var blank = false
        for line in lines {
            if isDashRule(text, line) { continue }
            let all = tokens(text, line)
            if isTagRule(all) { continue }
            var t = all.filter { tok in !(tok.text.utf8.count >= 3 && tok.text.utf8.allSatisfy { $0 == 0x2D || $0 == 0x3D || $0 == 0x5F }) }
            if t.isEmpty { blank = true; continue }
            // A lone currency symbol joins the figure after it.
            var k = 0
            while k + 1 < t.count {
                if isCurrencySymbol(t[k].text), NumberParser.parse(t[k + 1].text) != nil {
                    t[k] = Token(start: t[k].start, end: t[k + 1].end, x0: t[k].x0, x1: t[k + 1].x1,
                                 text: String(decoding: text[t[k].start..<t[k + 1].end], as: UTF8.self))
                    t.remove(at: k + 1)
                }
                k += 1
            }
            if let glued = markerOnHeaderLine(t) { t = glued }
            if !blank, let above = lineTokens.last, let glued = daysUnderMonths(t, above: above.1) ?? markerUnderLabel(t, above: above.1) {
                lineTokens[lineTokens.count - 1].1 = glued
                continue
            }
            lineTokens.append((line, t, blank))
            blank = false
        }
        return lineTokens
    }

    /// **Day numbers under their months.** A converter that centres a period heading over
    /// its columns breaks the date at the month, the day alone on the next line:
    ///
    ///                          Three Months Ended March      Nine Months Ended March
    ///                                     31                            31
    ///     Amounts in millions        2025        2024           2025        2024
    ///
    /// A line of day numbers alone (1-31, each under a heading of the line right above that
    /// ends with a month's name) is that heading's end: the day joins its heading (`Three
    /// Months Ended March 31`) and the line is no line of its own. Read as a line, its
    /// numbers are figures: they make columns of their own and open the rows, cutting the
    /// headings from the years and the units note below. Nil when the line is anything else.
    static func daysUnderMonths(_ t: [Token], above: [Token]) -> [Token]? {
        guard !t.isEmpty, t.count <= above.count else { return nil }
        var glued = above
        for d in t {
            guard d.text.utf8.count <= 2, d.text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  let day = Int(d.text), day >= 1, day <= 31,
                  let k = glued.firstIndex(where: { $0.x0 <= d.x1 && d.x0 <= $0.x1 }),
                  let last = glued[k].text.split(separator: " ").last,
                  Months.number(last.lowercased().filter { $0 != "." && $0 != "," }) != nil,
                  !glued[k].text.hasSuffix(" " + d.text) else { return nil }
            glued[k].text += " " + d.text
        }
        return glued
    }

    /// A footnote marker's number printed apart: one or two digits, not starting with 0.
    static func isMarkerNumber<C: Collection>(_ b: C) -> Bool where C.Element == UInt8 {
        (1...2).contains(b.count) && b.first != 0x30 && b.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// **Footnote marker on a header line.** A column heading's superscript marker printed
    /// apart from its heading, a few places right:
    ///
    ///                              Balance at                                  Balance at
    ///                             December 31,                                December 31,
    ///                                 2025         Purchases      Other    2
    ///                                                                             2026
    ///     Listed securities       $        506   $        —   $     (137)   $        237
    ///
    /// Read as a cell, the marker is a figure: the header line becomes the first row of data,
    /// the year under it a second header, and the table is cut in two with no periods. A line
    /// that starts over the columns (right of column 16), holds one token of one or two digits
    /// (not starting with 0) that is not its first, and whose other tokens, two or more with a
    /// letter, are words or years, is a header line: the marker joins the token on its left.
    /// Nil when the line is anything else (a row of figures always holds a figure that is no
    /// marker, a nil figure or no words).
    static func markerOnHeaderLine(_ t: [Token]) -> [Token]? {
        guard t.count >= 3, let first = t.first, first.x0 >= 16 else { return nil }
        var marker: Int?
        var words = 0
        for (i, tok) in t.enumerated() {
            let b = tok.text.utf8
            if isMarkerNumber(b) {
                guard marker == nil, i > 0 else { return nil }
                marker = i
            } else if b.contains(where: isLetter) {
                words += 1
            } else if !TableBuilder.isYear(tok.text) {
                return nil
            }
        }
        guard let m = marker, words >= 2 else { return nil }
        var glued = t
        glued[m - 1].text += " " + t[m].text
        glued.remove(at: m)
        return glued
    }

    /// **Footnote marker dropped under its label.** A converter that keeps each glyph on its
    /// baseline prints a label's superscript marker a line below the label, alone at the left
    /// margin, and the label's closing colon on the line after:
    ///
    ///     Marketable securities
    ///     Deferred compensation plan
    ///     4
    ///       :
    ///     Deferred compensation assets          107        —        93
    ///
    /// Read as a line, the marker is a figure at the left margin: it opens a column of figures
    /// there, takes every label of the table into cells, and the region reads as text without
    /// figures. A line of one token in the label zone (left of column 16), a footnote marker
    /// (one or two digits not starting with 0, `(n)`, `(a)`, `*`) or a lone colon, directly
    /// under a line of words alone (no figure) that starts in the label zone, ends that line's
    /// label: it joins the line's last token (the colon without a space). Nil when the line is
    /// anything else. A marker under a row of figures is a footnote's number below the table,
    /// not a label's end, and stays a line.
    static func markerUnderLabel(_ t: [Token], above: [Token]) -> [Token]? {
        guard t.count == 1, let m = t.first, m.x0 < 16, let first = above.first, first.x0 < 16,
              above.allSatisfy({ NumberParser.parse($0.text) == nil }) else { return nil }
        let b = Array(m.text.utf8)
        let colon = b == [0x3A]
        let digits = isMarkerNumber(b)
        guard colon || digits || isFootnoteMarker(b) || b == [0x2A] else { return nil }
        var glued = above
        glued[glued.count - 1].text += colon ? ":" : " " + m.text
        return glued
    }

    /// The figure columns: the aligned extents of the data lines' figures, overlapping ones
    /// merged, left to right (`columnsApart`: without the lines that chain two columns).
    /// With `rangesAmong` (the columns of the figures alone), a range printed among them
    /// (`isRangeAmongFigures`) places a column as a figure does.
    static func figureColumns(_ lineTokens: [(Span, [Token], Bool)], rangesAmong figureCols: [(Int, Int)]? = nil) -> [(Int, Int)] {
        var lines: [FigureLine] = []
        let labels = textLabelExtents(lineTokens)
        // The cells of the header lines, above the first line of figures (`sameCountColumns`).
        var header: [[(Int, Int)]] = []
        for (_, t, _) in lineTokens {
            let cells = t.first.map {
                NumberParser.parse($0.text) == nil || isYearLabel($0, of: t) || isMarkerLabel($0, of: t) || isFigureLabel($0, of: t, labels: labels)
            } == true ? Array(t.dropFirst()) : t
            let figs = cells.filter { tok in
                NumberParser.parse(tok.text) != nil || (figureCols.map { isRangeAmongFigures(tok, $0) } ?? false) || isStarsCell(tok)
            }
            guard !figs.isEmpty, figs.contains(where: { !TableBuilder.isYear($0.text) && !isStarsCell($0) }) else {
                if lines.isEmpty { header.append(t.map { ($0.x0, $0.x1) }) }
                continue
            }
            var line = FigureLine()
            if cells.count < t.count, let label = t.first { line.labelEnd = label.x1 }
            for f in figs {
                // A dash (nil figure) is printed centred, not right-aligned: it places no column
                // edge unless no figure column is near it (`placedDashes`).
                if isNilFigure(f) || isStarsCell(f) { line.dashes.append(alignedExtent(f)); continue }
                line.figures.append(alignedExtent(f))
                if isFootnoteMarker(Array(f.text.utf8)) { line.markers.insert(line.figures.count - 1) }
            }
            lines.append(line)
        }
        return sameCountColumns(withoutPushedRows(gridColumns(lines), lines), lines, header: header)
    }

    /// The fewest rows of figures `sameCountColumns` reads columns from.
    static let minSameCountRows = 3

    /// **Every row one figure a column.** A converter that sets each line of a statement on
    /// a pitch of its own (proportional type laid out line by line) drifts each row's
    /// figures a few places left or right of the others', more the further right:
    ///
    ///                                          Three Months Ended      Six Months Ended
    ///     Revenues                        $ 11,079   $ 9,559   $ 21,621   $ 18,929
    ///       Interest expense                 (182)     (167)   (366)   (341)
    ///     Net income                      $ 3,125 $ 2,147 $ 6,015 $ 4,479
    ///
    /// Measured by overlap the drifted figures make more columns than any row prints (five
    /// for four), each row fills a different set of them, and the headings over the columns
    /// fall a column off. Where every row of figures (`minSameCountRows` at least) prints
    /// the same number of cells, two or more, and the measured columns are more, the
    /// columns are the rows' cells taken in order: the first column spans every row's first
    /// cell, and so on, when those spans run left to right without one reaching past the
    /// start of the column after the next. A table whose rows leave cells empty prints fewer
    /// cells in those rows and keeps the measured columns, and so does a table whose header
    /// names more columns than the rows print (rows filling different columns of a wider
    /// table): a header line above the rows must name exactly as many columns as each row
    /// prints (cells right of where the first column starts), and none more.
    static func sameCountColumns(_ cols: [(Int, Int)], _ lines: [FigureLine], header: [[(Int, Int)]]) -> [(Int, Int)] {
        guard lines.count >= minSameCountRows else { return cols }
        var ordinal: [(Int, Int)] = []
        for line in lines {
            let cells = (line.figures.indices.filter { !line.markers.contains($0) }.map { line.figures[$0] } + line.dashes).sorted { $0.0 < $1.0 }
            guard cells.count >= 2, cells.count < cols.count else { return cols }
            if ordinal.isEmpty { ordinal = cells; continue }
            guard cells.count == ordinal.count else { return cols }
            for (i, c) in cells.enumerated() { ordinal[i] = (min(ordinal[i].0, c.0), max(ordinal[i].1, c.1)) }
        }
        for i in ordinal.indices.dropFirst() {
            guard ordinal[i].0 > ordinal[i - 1].0, ordinal[i].1 > ordinal[i - 1].1 else { return cols }
            if i + 1 < ordinal.count, ordinal[i - 1].1 > ordinal[i + 1].0 { return cols }
        }
        // The header names as many columns as the rows print, on one line at least, and more
        // on none (cells right of where the first column starts).
        guard let start = ordinal.first?.0 else { return cols }
        let named = header.map { $0.filter { $0.1 > start }.count }
        guard named.contains(ordinal.count), named.allSatisfy({ $0 <= ordinal.count }) else { return cols }
        return ordinal
    }

    /// **Ranges in a column of figures.** A table of inputs prints a range where a figure
    /// would be (`4.6% - 5.2%`, `89% - 100%`), right-aligned in its column as the figures are:
    ///
    ///                                         2024                      2023
    ///                                  Range        Average       Range        Average
    ///     Discount rate          4.6% - 5.2%           4.8%  4.3% - 5.9%          4.5 %
    ///     Probability of payment        100%           100%   89% - 100%           99 %
    ///
    /// A range reads as no figure: it placed no column, its left part ran into the row's label
    /// (`Discount rate 4.6% -`) and a column printing only ranges was not read at all. A range
    /// (`PrintedRange`, not the first cell of its line) that overlaps a column of the figures
    /// (`cols`, measured without ranges) or starts right of the first column's start is a cell
    /// of figures: it places a column as a figure does. A range left of every column of
    /// figures (a debt table's maturities, `2034 - 2044`) is a text column of the label zone
    /// (`labelZoneTextColumns`).
    static func isRangeAmongFigures(_ t: Token, _ cols: [(Int, Int)]) -> Bool {
        // A range opens with a bound: a digit, `$`, `.` or a dash (`—%-4.6%`); most cells of
        // words are passed over on their first byte.
        guard let first = cols.first, let c = t.text.utf8.first,
              (c >= 0x30 && c <= 0x39) || c == 0x24 || c == 0x2E || c == 0x2D || c == 0xE2,
              PrintedRange.bounds(Array(t.text.utf8)) != nil else { return false }
        let (x0, x1) = alignedExtent(t)
        return x0 >= first.0 || cols.contains { x0 < $0.1 && $0.0 < x1 }
    }

    /// **A range cut at its dash.** A range whose dash the converter set against its high
    /// bound (`1.7 -4.4 %` under `34 - 40 %`) reads as two figures, the second negative,
    /// one space apart. Where ranges are read among the figures (`isRangeAmongFigures`), a
    /// figure and, one space after it, a figure opening with a hyphen-minus, whose text
    /// together is a range overlapping another line's range among the figures, are one
    /// range: one cell, not a figure and a negative figure in two columns.
    static func joinRangesCutAtTheirDash(_ lineTokens: inout [(Span, [Token], Bool)], _ cols: [(Int, Int)]) {
        let ranges: [(Int, (Int, Int))] = lineTokens.indices.flatMap { li in
            lineTokens[li].1.dropFirst().filter { isRangeAmongFigures($0, cols) }.map { (li, alignedExtent($0)) }
        }
        for li in lineTokens.indices {
            var t = lineTokens[li].1
            var k = t.count - 2
            while k >= 1 {
                let a = t[k], b = t[k + 1]
                if b.x0 == a.x1 + 1, b.text.hasPrefix("-"), NumberParser.parse(a.text) != nil, NumberParser.parse(b.text) != nil {
                    let joined = Token(start: a.start, end: b.end, x0: a.x0, x1: b.x1, text: a.text + " " + b.text)
                    let (x0, x1) = alignedExtent(joined)
                    if PrintedRange.bounds(Array(joined.text.utf8)) != nil,
                       ranges.contains(where: { $0.0 != li && x0 < $0.1.1 && $0.1.0 < x1 }) {
                        t[k] = joined
                        t.remove(at: k + 1)
                    }
                }
                k -= 1
            }
            lineTokens[li].1 = t
        }
    }

    /// The columns of `lines`' figures, with the rows printed off the grid read back
    /// (`columnsApart`, `joinedOffsetColumns`, `withoutStrayDashColumns`).
    static func gridColumns(_ lines: [FigureLine]) -> [(Int, Int)] {
        withoutStrayDashColumns(joinedOffsetColumns(columnsApart(lines), lines), lines)
    }

    /// **Rows pushed right by a long label.** A converter that places each word where the
    /// page prints it sets a label too long for the label column past the first column's
    /// start, and that row's figures after it, right of the others':
    ///
    ///     Net cash provided by (used in) financing activities      (20,633)   (17,772)   (12,696)
    ///     Effect of exchange rate changes on cash, cash equivalents and restricted cash  382  636  (1,287)
    ///
    /// Measured with the others, the pushed figures made columns of their own past the grid
    /// (five columns for three), and the rows' figures were read a column or two off. Where
    /// rows with a label reaching past the first column's start give more columns than the
    /// other rows alone, and none of them prints more cells than those, the columns are the
    /// other rows'; a pushed row's figures then land together in the last column and are
    /// placed again in order (`oneFigureAColumn`).
    static func withoutPushedRows(_ cols: [(Int, Int)], _ lines: [FigureLine]) -> [(Int, Int)] {
        guard let first = cols.first else { return cols }
        let pushed = lines.map { ($0.labelEnd ?? 0) > first.0 }
        guard pushed.contains(true), pushed.contains(false) else { return cols }
        let fewer = gridColumns(zip(lines, pushed).filter { !$0.1 }.map(\.0))
        guard fewer.count < cols.count,
              zip(lines, pushed).allSatisfy({ !$0.1 || $0.0.figures.count - $0.0.markers.count + $0.0.dashes.count <= fewer.count }) else { return cols }
        return fewer
    }

    /// **A dash past the grid of a stretched row.** A converter that spreads one row's cells
    /// wider than the others' (a long label line set on a wider pitch) prints its last dash
    /// where no other row prints anything:
    ///
    ///     Net unrealized gains (losses)            (941,572)    123,733  (1,316,744)    300,337
    ///     Net change in unrealized gains (losses)   (2,540)            —       (5,207)            —
    ///
    /// Alone, the dash made a column of its own (`placedDashes`), a column no other row prints,
    /// and the row's cells were read a column off. A column that one row alone prints, with a
    /// nil figure and no figure, where that row prints as many cells as the other columns
    /// are, is no column: the row prints one cell for each of the others, and its cells are
    /// placed in order (`oneFigureAColumn`).
    static func withoutStrayDashColumns(_ cols: [(Int, Int)], _ lines: [FigureLine]) -> [(Int, Int)] {
        guard cols.count >= 2 else { return cols }
        func hits(_ e: (Int, Int), _ c: (Int, Int)) -> Bool { e.0 < c.1 && c.0 < e.1 }
        let stray = cols.indices.filter { k in
            let c = cols[k]
            guard !lines.contains(where: { $0.figures.contains { hits($0, c) } }) else { return false }
            let printers = lines.filter { $0.dashes.contains { hits($0, c) } }
            guard printers.count == 1, let line = printers.first else { return false }
            return line.figures.count - line.markers.count + line.dashes.count == cols.count - 1
        }
        guard stray.count == 1 else { return cols }
        return cols.indices.filter { !stray.contains($0) }.map { cols[$0] }
    }

    /// The most places between two columns' extents that `joinedOffsetColumns` reads as one
    /// column printed a little off.
    static let maxOffsetGap = 2

    /// **A column printed a few places off in some rows.** A converter that lays out each
    /// block of a statement on its own prints one block's figures a few places right of the
    /// others' (here the last column, three places off):
    ///
    ///     Pension plans, net of income tax effect             19        (14)        (32)
    ///
    ///        Securities available-for-sale                      1           6           (6)
    ///          Income tax effect                                —          (1)            1
    ///
    /// The offset figures overlap none of their column's, make a column of their own, and the
    /// rows of that block skip the column they belong to: the statement is read as two tables
    /// with columns that do not match. Two neighbouring columns at most `maxOffsetGap` places
    /// apart, each printed by some row, no row printing a figure or a nil figure in both, are
    /// one column. Columns a statement prints side by side are never that close without
    /// some row printing both (a row of totals, a balance row).
    static func joinedOffsetColumns(_ cols: [(Int, Int)], _ lines: [FigureLine]) -> [(Int, Int)] {
        guard cols.count >= 2 else { return cols }
        var cols = cols
        var k = 0
        while k + 1 < cols.count {
            let a = cols[k], b = cols[k + 1]
            guard b.0 - a.1 <= maxOffsetGap else { k += 1; continue }
            func hits(_ line: FigureLine, _ c: (Int, Int)) -> Bool {
                line.figures.contains { $0.0 < c.1 && c.0 < $0.1 } || line.dashes.contains { $0.0 < c.1 && c.0 < $0.1 }
            }
            var inA = false, inB = false, both = false
            for line in lines {
                let ha = hits(line, a), hb = hits(line, b)
                inA = inA || ha
                inB = inB || hb
                if ha && hb { both = true; break }
            }
            guard inA, inB, !both else { k += 1; continue }
            cols[k] = (min(a.0, b.0), max(a.1, b.1))
            cols.remove(at: k + 1)
        }
        return cols
    }

    /// **Nil figures.** A dash (`—`, `-`, `$ —`) or `n/a` printed for a value: centred in its
    /// column, not right-aligned on the figures' edge, so it places no column edge
    /// (`placedDashes`), and, printed left of the first column's figures, it is still a cell of
    /// the row, not the end of its label (`read`'s label tokens):
    ///
    ///     Other borrowings                     —            125
    ///     Total                            7,886          7,967
    static func isNilFigure(_ t: Token) -> Bool {
        guard let kind = NumberParser.parse(t.text)?.kind else { return false }
        return kind == .dash || kind == .notApplicable
    }

    /// **A column of stars.** A column printed with `**` (or `*`) in every row, a footnote
    /// saying it has no figures (`** No material acquisitions in 2023.`), between columns
    /// of figures:
    ///
    ///                                         2025          2024          2023
    ///     Cash and cash equivalents    $       270            **  $         11
    ///     Goodwill                           1,736            **           200
    ///
    /// Read as words, the stars placed no column and joined the next column's figure (`** $
    /// 11`), which then read as no figure. A cell of stars alone after the row's label is
    /// placed as a nil figure is (`placedDashes`): a column where no figure is printed near it.
    static func isStarsCell(_ t: Token) -> Bool {
        !t.text.isEmpty && t.text.utf8.count <= 3 && t.text.utf8.allSatisfy { $0 == 0x2A }
    }

    /// The extents of one data line's figures (`markers`: those that are footnote markers
    /// printed apart, `978  (1)`) and of its nil figures (`dashes`).
    struct FigureLine {
        /// Where the row's label ends, when the line prints one.
        var labelEnd: Int?
        var figures: [(Int, Int)] = []
        var markers: Set<Int> = []
        var dashes: [(Int, Int)] = []
    }

    /// The columns of `lines`' figures: their extents, overlapping ones merged, left to right.
    static func mergedColumns(_ lines: [FigureLine]) -> [(Int, Int)] {
        var intervals = placedDashes(lines.flatMap(\.dashes), among: lines.flatMap(\.figures))
        intervals.sort { $0.0 < $1.0 }
        var cols: [(Int, Int)] = []
        for iv in intervals {
            if let last = cols.last, iv.0 < last.1 { cols[cols.count - 1].1 = max(last.1, iv.1) } else { cols.append(iv) }
        }
        return cols
    }

    /// **Columns kept apart by the rows that print them apart.** A row whose figures the
    /// converter printed closer together than the other rows' (a squeezed row: `$(16,754)
    /// $ (8,934) $(13,171) $ (6,922)` under `$ 24,028     $ 21,365   $ 24,743    $ 20,588`)
    /// overlaps two columns with one figure and chains them into one, merging the extents of
    /// every row. Such a row puts two of its own figures into one merged column. The columns
    /// are then measured on the other rows alone, when some rows are left, the columns they
    /// give are more, and no chaining row prints more figures than there are columns: each
    /// chaining row's figures are placed on them one a column, in order
    /// (`oneFigureAColumn`).
    static func columnsApart(_ lines: [FigureLine]) -> [(Int, Int)] {
        let cols = mergedColumns(lines)
        func chains(_ line: FigureLine) -> Bool {
            var seen = Set<Int>()
            for (i, f) in line.figures.enumerated() where !line.markers.contains(i) {
                guard let c = cols.firstIndex(where: { f.0 < $0.1 && $0.0 < f.1 }) else { continue }
                if !seen.insert(c).inserted { return true }
            }
            return false
        }
        var chaining = lines.map(chains)
        guard chaining.contains(true) else { return cols }
        // Once chained, every row of the merged columns puts two figures into one: the rows
        // that caused it are those with a figure across two figures of one other row.
        let across = bridgingLines(lines)
        if across.contains(true), across.contains(false) { chaining = across }
        guard chaining.contains(false) else { return cols }
        let apart = mergedColumns(zip(lines, chaining).filter { !$0.1 }.map(\.0))
        guard apart.count > cols.count,
              zip(lines, chaining).allSatisfy({ !$0.1 || $0.0.figures.count + $0.0.dashes.count <= apart.count }) else { return cols }
        return apart
    }

    /// **A figure across two figures of another row.** Per line, whether one of its figures
    /// (not a footnote marker) overlaps two figures of one other line: a row printed off the
    /// others' grid (squeezed, or pushed right by a label too long for the label column)
    /// whose figure sits across two of their columns. Rows on the grid overlap at most one
    /// figure of each other row. Read by `columnsApart`.
    static func bridgingLines(_ lines: [FigureLine]) -> [Bool] {
        var all: [(extent: (Int, Int), line: Int)] = []
        for (li, line) in lines.enumerated() {
            for (i, f) in line.figures.enumerated() where !line.markers.contains(i) { all.append((f, li)) }
        }
        all.sort { $0.extent.0 != $1.extent.0 ? $0.extent.0 < $1.extent.0 : $0.line < $1.line }
        var out = [Bool](repeating: false, count: lines.count)
        for f in all where !out[f.line] {
            var hits: [Int: Int] = [:]
            for g in all {
                guard g.extent.0 < f.extent.1 else { break }
                guard g.line != f.line, f.extent.0 < g.extent.1 else { continue }
                hits[g.line, default: 0] += 1
                if hits[g.line, default: 0] >= 2 { out[f.line] = true; break }
            }
        }
        return out.allSatisfy({ $0 }) && lines.count >= 3 ? offGridBlocks(all, lineCount: lines.count) : out
    }

    /// **A block printed on a grid of its own.** Where every line bridges another
    /// (`bridgingLines`), the rows are printed on two or more grids that cross each other: a
    /// block whose figures the converter set a few places apart from the other blocks'
    /// (`$(16,754,929) $ (8,934,056) $(13,171,638)` under `$ 24,028,073     $ 21,365,410
    /// $ 24,743,567`), each of its figures across two of the others' and theirs across two of
    /// its. The lines off the grid are those that cross the most others: taken one at a time,
    /// the line crossing the most lines still crossed first (the earliest of equals), until no
    /// two lines left cross. The statement's grid is the lines left.
    static func offGridBlocks(_ all: [(extent: (Int, Int), line: Int)], lineCount: Int) -> [Bool] {
        // Which lines cross which: a figure of one across two figures of the other.
        var crosses = [Set<Int>](repeating: [], count: lineCount)
        for f in all {
            var hits: [Int: Int] = [:]
            for g in all {
                guard g.extent.0 < f.extent.1 else { break }
                guard g.line != f.line, f.extent.0 < g.extent.1 else { continue }
                hits[g.line, default: 0] += 1
                if hits[g.line, default: 0] == 2 {
                    crosses[f.line].insert(g.line)
                    crosses[g.line].insert(f.line)
                }
            }
        }
        var off = [Bool](repeating: false, count: lineCount)
        while let worst = crosses.indices.filter({ !crosses[$0].isEmpty }).max(by: { crosses[$0].count != crosses[$1].count ? crosses[$0].count < crosses[$1].count : $0 > $1 }) {
            off[worst] = true
            for other in crosses[worst] { crosses[other].remove(worst) }
            crosses[worst] = []
        }
        return off
    }

    /// **A figure one space after its label** (`... equity $104,516`) is split off when it
    /// stands in a column; the day of a date (`Six months ended June 30` centred over the
    /// columns) is not a figure.
    ///
    /// **Label heading glued to the first year.** A header line whose label column prints
    /// its heading and whose columns print years, the heading set so close to the first year
    /// that the converter left one space between them (a PDF's words placed by position):
    ///
    ///     as of and for the years ended December 31 (in millions) 2024      2023
    ///     Beginning of period                                   $ 9,544   $ 8,588
    ///
    /// The year is split off when it stands over a column of figures and every other cell of
    /// the line is a year: it heads its column, and the words before it head the labels.
    ///
    /// **An amount the label names.** A figure after a preposition is the label's own
    /// (`Other comprehensive loss, net of tax of $28      (87)`): it stays in the label even
    /// where it ends in a column's place (`endsWithAmountPreposition`).
    static func splitTrailingFigures(_ lineTokens: inout [(Span, [Token], Bool)], cols: [(Int, Int)]) {
        for li in lineTokens.indices {
            var out: [Token] = []
            let yearsAfterFirst = lineTokens[li].1.count >= 2 && lineTokens[li].1.dropFirst().allSatisfy { TableBuilder.isYear($0.text) }
            for (ti, tok) in lineTokens[li].1.enumerated() {
                if tok.x0 < cols[0].0, alignedExtent(tok).0 == tok.x0, let sp = tok.text.lastIndex(of: " "),
                   !Months.isFullName(String(tok.text[..<sp].split(separator: " ").last ?? "").lowercased()) {
                    let tail = String(tok.text[tok.text.index(after: sp)...])
                    let tailLen = tail.utf8.count
                    let x0 = tok.x1 - displayColumns(tail.utf8)
                    let headingYear = ti == 0 && yearsAfterFirst && TableBuilder.isYear(tail) && tok.text[..<sp].utf8.contains(where: isLetter)
                    if headingYear || (NumberParser.parse(tail) != nil && !TableBuilder.isYear(tail) && !endsWithAmountPreposition(tok.text[..<sp])),
                       cols.contains(where: { x0 < $0.1 && $0.0 < tok.x1 }) {
                        let head = tok.text[..<sp]
                        let headLen = head.utf8.count
                        out.append(Token(start: tok.start, end: tok.start + headLen, x0: tok.x0, x1: tok.x0 + displayColumns(head.utf8),
                                         text: String(head)))
                        out.append(Token(start: tok.end - tailLen, end: tok.end, x0: x0, x1: tok.x1, text: tail))
                        continue
                    }
                }
                out.append(tok)
            }
            lineTokens[li].1 = out
        }
    }

    /// Prepositions whose object is an amount printed after them (`net of tax of $28`,
    /// `repurchased at $95`, `converted into 4.0 shares`).
    static let amountPrepositions: Set<String> = [
        "of", "to", "for", "at", "by", "from", "with", "per", "than", "into", "between", "over", "under",
    ]

    /// The text's last word is one of `amountPrepositions`.
    static func endsWithAmountPreposition(_ head: Substring) -> Bool {
        guard let last = head.split(separator: " ").last else { return false }
        return amountPrepositions.contains(last.lowercased())
    }

    /// Most places between a figure and a footnote marker printed apart after it that
    /// `markersBesideFigures` reads as the figure's own marker.
    static let markerGap = 3

    /// **Footnote marker printed apart from its figure.** A converter that places each word
    /// where the page prints it sets a figure's superscript marker two places or more after
    /// the figure, a token of its own:
    ///
    ///     Class A common stock    $   15,790     1,621   $   19,743  (3)     2,029  (3)  $   9.73
    ///     Class B common stock         2,292       148   $    2,289            148       $  15.45
    ///
    /// Read as a cell, the marker is a figure (`(3)` reads as -3): the markers make columns of
    /// their own, the header cells over them are shared out among more columns than the
    /// table prints, and the rows' cells are read into the wrong columns. A footnote marker
    /// (`(n)`, `(a)`: `isFootnoteMarker`) printed at most `markerGap` places after a figure
    /// of its line (or a nil figure, `— (2)`; not a marker itself), where no other line
    /// prints a figure or a nil figure under or over it, is that figure's marker: it joins
    /// the figure's token
    /// (the figure keeps its extent, so it still lines up with its column). A `(3)` under
    /// other figures is a small negative figure of a column and stays a cell.
    static func markersBesideFigures(_ lineTokens: inout [(Span, [Token], Bool)]) {
        // A figure or a nil figure, not a marker itself: what a marker may follow.
        func takesMarker(_ t: Token) -> Bool {
            NumberParser.parse(t.text) != nil && !isFootnoteMarker(Array(t.text.utf8))
        }
        // The markers beside a figure: (line, token index).
        var found: [(Int, Int)] = []
        for (li, (_, t, _)) in lineTokens.enumerated() where t.count >= 2 {
            for ti in 1..<t.count where isFootnoteMarker(Array(t[ti].text.utf8)) {
                let prev = t[ti - 1]
                guard t[ti].x0 - prev.x1 >= 2, t[ti].x0 - prev.x1 <= markerGap, takesMarker(prev) else { continue }
                found.append((li, ti))
            }
        }
        guard !found.isEmpty else { return }
        // No other line prints a figure (or a nil figure) across a marker's place.
        func crossed(_ li: Int, _ m: Token) -> Bool {
            lineTokens.indices.contains { lj in
                lj != li && lineTokens[lj].1.contains { tok in
                    let (x0, x1) = alignedExtent(tok)
                    return x0 < m.x1 && m.x0 < x1 && NumberParser.parse(tok.text) != nil && !isFootnoteMarker(Array(tok.text.utf8))
                }
            }
        }
        let glued = found.filter { !crossed($0.0, lineTokens[$0.0].1[$0.1]) }
        for (li, ti) in glued.reversed() {
            var t = lineTokens[li].1
            let f = t[ti - 1], m = t[ti]
            t[ti - 1] = Token(start: f.start, end: m.end, x0: f.x0, x1: f.x1, text: f.text + " " + m.text)
            t.remove(at: ti)
            lineTokens[li].1 = t
        }
    }

    /// **A range glued to its row's label.** A label long enough to reach the text column of
    /// ranges beside it (a debt table's maturities) is printed one space from its range, and
    /// the two read as one cell:
    ///
    ///     2021 Notes issuance of $18.5 billion        2026 - 2061    1.00% - 3.25%     17,500
    ///     April 2022 Notes issuance of $12.8 billion 2026 - 2062     3.00% - 4.10%     12,750
    ///
    /// The row's label was `... $12.8 billion 2026 - 2062` and its maturity cell empty. A
    /// row's first cell that starts left of the text column `column`, reaches into it, and
    /// ends with a range (`PrintedRange`) that overlaps the column, after a space and words,
    /// is cut there: the words are the label, the range the column's cell.
    static func splitTrailingRanges(_ lineTokens: inout [(Span, [Token], Bool)], textColumn column: (Int, Int)) {
        for li in lineTokens.indices {
            guard let tok = lineTokens[li].1.first, tok.x0 < column.0, tok.x1 > column.0,
                  tok.text.utf8.contains(where: { $0 == 0x2D || $0 == 0xE2 }) else { continue }
            let b = Array(tok.text.utf8)
            // Cut points: the spaces, right to left; the first tail that is a range wins.
            var k = b.count - 1
            while k > 0 {
                defer { k -= 1 }
                guard b[k] == 0x20 else { continue }
                let tail = Array(b[(k + 1)...]), head = b[..<k]
                guard PrintedRange.bounds(tail) != nil, head.contains(where: isLetter) else { continue }
                let x0 = tok.x1 - displayColumns(tail)
                guard x0 < column.1, column.0 < tok.x1 else { break }
                var t = lineTokens[li].1
                t[0] = Token(start: tok.start, end: tok.start + k, x0: tok.x0, x1: tok.x0 + displayColumns(head),
                             text: String(decoding: head, as: UTF8.self))
                t.insert(Token(start: tok.start + k + 1, end: tok.end, x0: x0, x1: tok.x1, text: String(decoding: tail, as: UTF8.self)), at: 1)
                lineTokens[li].1 = t
                break
            }
        }
    }

    /// **A superscript marker raised onto the label's first line.** A converter that keeps
    /// each glyph on its baseline prints a figure's superscript marker on the line above the
    /// figure, where a row's label wraps over two lines:
    ///
    ///     Net unrealized gains / losses on derivative instruments                   (2)
    ///       designated as hedging instruments         (26)          89              17
    ///
    /// Read as a cell, the marker is a figure (`(2)` reads as -2): the label's first line
    /// became a row of its own with one figure, and the row below lost the first half of its
    /// label. A line printing a label and, right of it, nothing but footnote markers (`(n)`,
    /// `(a)`: `isFootnoteMarker`), directly over a line of figures whose label it goes on
    /// into (`LabelText.wraps`: a lowercase start, a connector at its end), is a label line:
    /// its markers are dropped. A label that does not go on (`Other   (2)` over `Total`) keeps
    /// its figure: a small negative amount.
    static func markersOverRows(_ lineTokens: inout [(Span, [Token], Bool)]) {
        guard lineTokens.count >= 2 else { return }
        for li in 0..<(lineTokens.count - 1) {
            let t = lineTokens[li].1
            guard t.count >= 2, let label = t.first, label.text.utf8.contains(where: isLetter), NumberParser.parse(label.text) == nil,
                  t.dropFirst().allSatisfy({ isFootnoteMarker(Array($0.text.utf8)) }),
                  !lineTokens[li + 1].2, let next = lineTokens[li + 1].1.first, NumberParser.parse(next.text) == nil,
                  hasFigures(Array(lineTokens[li + 1].1.dropFirst())), LabelText.wraps(label.text, into: next.text) else { continue }
            lineTokens[li].1 = [label]
        }
    }

    /// **A line of markers under the column names.** A converter that keeps each glyph on
    /// its baseline may print the superscript markers of the column names on a line of their
    /// own, under the header:
    ///
    ///                              Balance at      Additions/                    Balance at
    ///     Description           Beginning of    (Deductions)    Write-offs     End of Period
    ///                            (1) (2)
    ///     Allowance for credit losses
    ///     –Current                $     431     $       (11)    $     (146)    $        254
    ///
    /// Read as cells, the markers are figures (`(1)` reads as -1) and open a column of their
    /// own, which shifts every column of the table. Above the first line of figures, a line
    /// printing nothing but footnote markers (`isFootnoteMarker`, one or several a piece,
    /// `(1) (2)`), with no label, is emptied: the markers name no column.
    static func markerLinesUnderHeader(_ lineTokens: inout [(Span, [Token], Bool)]) {
        func markers(_ tok: Token) -> Bool {
            let parts = tok.text.split(separator: " ")
            return !parts.isEmpty && parts.allSatisfy { isFootnoteMarker(Array($0.utf8)) }
        }
        for li in lineTokens.indices {
            let t = lineTokens[li].1
            if t.count >= 2, hasFigures(Array(t.dropFirst())) { return }
            guard let f = t.first, f.x0 >= 16, t.allSatisfy(markers) else { continue }
            lineTokens[li].1 = []
        }
    }

    /// **Units note going on to a second header line.** A units note printed over the
    /// figures that leaves its parenthesis open (`(in millions, except weighted-average`)
    /// goes on in the next header line's one piece that closes it (`fair value)`): that
    /// piece is the caption's too, so the note is read whole (the rows it exempts are those
    /// it names). A piece with a figure or a `(` of its own is no such tail.
    static func closesNote(_ last: String?, _ piece: String) -> Bool {
        guard let last, GridReader.leavesOpen(last) else { return false }
        return piece.utf8.count <= 40 && piece.contains(")") && !piece.contains("(")
            && !piece.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
    }

    /// **The first row's label over the currency signs.** A label long enough to reach past
    /// the first column's currency sign, on the table's first line of figures:
    ///
    ///     (in millions)                               Book value    fair values
    ///     Current portion of long-term debt and finance
    ///     lease obligations, excluding fair value hedges $  6,797 $       6,767
    ///     Total liabilities                          $     67,040 $      62,603
    ///
    /// Above the figures, a piece reaching past the label zone (`labelLimit`, the first
    /// column's currency signs) is a heading. A line's first piece of words that ends over
    /// those signs, before the first column's digits (`digitsStart`), every later piece
    /// starting right of the label zone with a figure among them, is the row's label. Read as
    /// a heading, the label went to the first column and the row's figures after it. (A
    /// heading over the digits, `Six months ended June 30` beside a day `30` of the heading
    /// beside it, stays a heading.)
    static func labelOverFirstSigns(_ t: [Token], labelLimit: Int, digitsStart: Int) -> Bool {
        guard t.count >= 2, let first = t.first, first.x0 < labelLimit - 2, first.x1 < digitsStart,
              NumberParser.parse(first.text) == nil else { return false }
        let rest = t.dropFirst()
        return rest.allSatisfy { $0.x0 >= labelLimit } && hasFigures(Array(rest))
    }

    /// Grid rows of a fixed-width region, and any units caption printed in its header.
    static func read(_ text: [UInt8], _ lines: [Span]) -> (rows: [GridRow], caption: String) {
        var lineTokens = Self.lineTokens(text, lines)
        var cols = columnsOfFigures(&lineTokens)
        guard !cols.isEmpty else { return ([], "") }
        // A column of words between the labels and the figures is a column of the table.
        let figureEdge = labelEdge(lineTokens, firstColumn: cols[0])
        let firstDigits = cols[0].0
        let textColumns = labelZoneTextColumns(lineTokens, labelLimit: figureEdge)
        let textColumn = textColumns.first
        if let tc = textColumn { splitTrailingRanges(&lineTokens, textColumn: tc) }
        cols.insert(contentsOf: textColumns, at: 0)
        // Columns of words between columns of figures are columns of the table too.
        let wordCols = wordColumns(lineTokens, figureColumns: cols, labelLimit: figureEdge)
        if !wordCols.isEmpty { cols = (cols + wordCols).sorted { $0.0 < $1.0 } }
        let labelLimit = textColumn?.0 ?? figureEdge
        func column(of tok: Token) -> Int { cellColumn(tok, cols: cols, textColumns: textColumns.count) }
        let headerLabelEnd = yearHeadingOverYears(lineTokens, end: rowLabelsEnd(lineTokens, labelLimit: labelLimit), labelLimit: labelLimit)
        // Where the rows' labels start: the left edge of the first cells of the lines with figures.
        // (Read only for a line `headingBesideYears` finds: made once, when first asked.)
        var labelsStartMade: Int?
        func labelsStart() -> Int {
            if let made = labelsStartMade { return made }
            let made = lineTokens.lazy.filter { hasFigures(Array($0.1.dropFirst())) }.compactMap { $0.1.first?.x0 }.min() ?? 0
            labelsStartMade = made
            return made
        }

        var rows: [GridRow] = []
        var headerLines: [(Span, [Token], Bool)] = []
        // Header lines of a second statement in the region, after figures: one group per run.
        var laterHeaders: [[(Span, [Token], Bool)]] = []
        var lastWasHeader = false
        var caption: [String] = []
        var sawData = false
        for (li, (line, t, blankBefore)) in lineTokens.enumerated() {
            // The first row's label begun on the line above its figures (`opensFirstRow`).
            let opensRow = !sawData && li + 1 < lineTokens.count && !lineTokens[li + 1].2
                && (opensFirstRow(t, over: lineTokens[li + 1].1, then: li + 2 < lineTokens.count ? lineTokens[li + 2].1.first : nil)
                    || labelsFirstRow(t, over: lineTokens[li + 1].1, labelLimit: labelLimit))
            // A line of years alone above the figures is a header line, even where its first
            // year starts left of the figures' edge (`yearsHeaderLine`).
            let yearsHeader = !sawData && yearsHeaderLine(t)
            // Above the rows, a cell right of every row label is a heading (`rowLabelsEnd`).
            let aboveRows = !sawData && !hasFigures(Array(t.dropFirst()))
            // A nil figure after the row's first token is a cell, however far left (`isNilFigure`).
            // A later statement's period headings side by side (`isPeriodHeadings`) name
            // columns, though the first starts left of the figures' edge.
            let periodHeadings = sawData && isPeriodHeadings(t)
            // The label column's heading beside a line of years reaches over the currency signs
            // of the first column (`headingBesideYears`): still the labels' heading.
            let yearsHeading = !sawData && headingBesideYears(t, labelsStart: labelsStart, labelLimit: labelLimit)
            // A text column's cell starting left of the column (`reachesIntoTextColumn`).
            let figuresFrom = cols.count > textColumns.count ? cols[textColumns.count].0 : nil
            let labelTokens = yearsHeader || periodHeadings ? [] : t.filter {
                !($0.start != t.first?.start && (isNilFigure($0) || reachesIntoTextColumn($0, textColumn, figuresFrom: figuresFrom)))
                    && (!aboveRows || $0.x0 < headerLabelEnd) && ($0.x1 <= labelLimit
                    || ($0.x0 < labelLimit - 2 && NumberParser.parse($0.text) == nil && (sawData || $0.x1 <= labelLimit + 1)))
                    || ($0.start == t.first?.start && (isYearLabel($0, of: t) || opensRow || yearsHeading || labelOverFirstSigns(t, labelLimit: labelLimit, digitsStart: firstDigits)))
                    // A row printing no label before the text column: its first words are its label.
                    || (textColumn != nil && $0.start == t.first?.start && $0.x1 <= (cols.count > 1 ? cols[1].0 : $0.x1)
                        && NumberParser.parse($0.text) == nil && hasFigures(Array(t.dropFirst())))
            }
            let cellTokens = t.filter { tok in !labelTokens.contains(where: { $0.start == tok.start }) }
            let isData = hasFigures(cellTokens)
            var label = labelTokens.map(\.text).joined(separator: " ")
            let indent = labelTokens.first?.x0
            if !sawData && !isData {
                // Header area: a units note in the label zone is the caption.
                if !label.isEmpty && (UnitsParser.parse(label).scale != nil || (caption.last.map { $0.hasPrefix("(") && !$0.contains(")") } ?? false)) {
                    caption.append(label)
                    if cellTokens.isEmpty || !unitsLabelNamesPeriod(label) { label = "" }
                }
                // The day numbers of the dates broken across the header lines, beside a stub
                // heading: a header line (`isBrokenDateLine`); the stub names no column.
                if !label.isEmpty, isBrokenDateLine(cellTokens) || isStubBesideDates(label, cellTokens) { label = "" }
                if label.isEmpty, cellTokens.count == 1, isHeaderUnitsNote(cellTokens[0].text) || closesNote(caption.last, cellTokens[0].text) {
                    caption.append(cellTokens[0].text)
                }
                if label.isEmpty && !cellTokens.isEmpty {
                    headerLines.append((line, cellTokens, blankBefore))
                    rows.append(GridRow(cells: [], span: line, blankBefore: blankBefore))
                    continue
                }
                if label.isEmpty { continue }
            }
            if sawData && !isData && label.isEmpty && !cellTokens.isEmpty && cellTokens.allSatisfy({ NumberParser.parse($0.text) == nil || TableBuilder.isYear($0.text) }) {
                if lastWasHeader, !laterHeaders.isEmpty { laterHeaders[laterHeaders.count - 1].append((line, cellTokens, blankBefore)) } else { laterHeaders.append([(line, cellTokens, blankBefore)]) }
                lastWasHeader = true
                rows.append(GridRow(cells: [], span: line, blankBefore: blankBefore))
                continue
            }
            lastWasHeader = false
            if isData { sawData = true }
            var cells = [GridCell?](repeating: nil, count: cols.count + 1)
            if !label.isEmpty, let f = labelTokens.first, let l = labelTokens.last {
                cells[0] = GridCell(text: label, span: Span(start: f.start, end: l.end))
            }
            let placed = oneFigureAColumn(cellTokens, placed: cellTokens.map(column(of:)), cols: cols)
            for (tok, c) in zip(cellTokens, placed) {
                if let prev = cells[c] {
                    cells[c] = GridCell(text: prev.text + " " + tok.text, span: prev.span.union(Span(start: tok.start, end: tok.end)))
                } else {
                    cells[c] = GridCell(text: tok.text, span: Span(start: tok.start, end: tok.end))
                }
            }
            var row = GridRow(cells: cells, span: line, blankBefore: blankBefore)
            row.indent = indent
            rows.append(row)
        }
        placeHeaderRows(&rows, groups: [headerLines] + laterHeaders, cols: printedColumns(lineTokens, cols: cols))
        return (joinLabelsAroundFigures(rows), caption.joined(separator: " "))
    }

    /// Header rows into the places `read` kept for them (rows without cells): each cell spans
    /// the columns it overlaps; stacked header lines with the same number of cells (`For the
    /// 13` / `Weeks Ended` / `July 3, 2004 and`) share their spans, within each group of
    /// header lines (the header, then each later statement's).
    static func placeHeaderRows(_ rows: inout [GridRow], groups: [[(Span, [Token], Bool)]], cols: [(Int, Int)]) {
        let headerRows = groups.flatMap { headerSpans($0, cols: cols) }
        var hi = 0
        for i in rows.indices where rows[i].cells.isEmpty && hi < headerRows.count {
            rows[i] = headerRows[hi]
            hi += 1
        }
        rows.removeAll { $0.cells.isEmpty }
    }

    /// The columns of the figures of a region's lines (and of the ranges printed among them,
    /// `isRangeAmongFigures`), the lines' tokens made ready for them first (footnote markers
    /// beside figures and over rows, `markersBesideFigures`, `markersOverRows`) and after
    /// (ranges cut at their dash, figures glued to labels, `joinRangesCutAtTheirDash`,
    /// `splitTrailingFigures`). Empty when no line prints figures.
    static func columnsOfFigures(_ lineTokens: inout [(Span, [Token], Bool)]) -> [(Int, Int)] {
        markersBesideFigures(&lineTokens)
        markersOverRows(&lineTokens)
        markerLinesUnderHeader(&lineTokens)
        var cols = figureColumns(lineTokens)
        guard !cols.isEmpty else { return [] }
        if lineTokens.contains(where: { $0.1.dropFirst().contains(where: { isRangeAmongFigures($0, cols) }) }) {
            joinRangesCutAtTheirDash(&lineTokens, cols)
            cols = figureColumns(lineTokens, rangesAmong: cols)
        }
        splitTrailingFigures(&lineTokens, cols: cols)
        return cols
    }

    /// **Label heading beside a line of years.** The label column's heading printed on the
    /// header line of years (`as of and for the years ended December 31 (in millions)` |
    /// `2024` | `2023` | ...), long enough to reach over the currency signs of the first
    /// column's figures, left of the labels' edge only where it starts:
    ///
    ///     as of and for the years ended December 31 (in millions)  2024     2023
    ///     Service cost                                       $    286 $    270
    ///
    /// Above the first row of figures, a line whose first cell is words starting where the
    /// rows' labels start (`labelsStart`; a `Note` heading further right heads a column of
    /// its own), and whose other cells (two or more) are years alone: the first cell heads the
    /// labels (it is read with the title, as a heading of the label column is), not the first
    /// column of figures, whose year is its own.
    static func headingBesideYears(_ t: [Token], labelsStart: () -> Int, labelLimit: Int) -> Bool {
        guard t.count >= 3, let first = t.first, first.x0 < labelLimit,
              first.text.utf8.contains(where: isLetter),
              NumberParser.parse(first.text) == nil,
              t.dropFirst().allSatisfy({ TableBuilder.isYear($0.text) }) else { return false }
        return first.x0 <= labelsStart() + 1
    }

    /// **One figure a column, in order.** A line whose figures a converter printed closer
    /// together than the other rows' (a row set in a smaller font, or squeezed to fit) still
    /// prints one figure for each of its columns, left to right:
    ///
    ///     Operating income                 3,774    2,602      7,121     5,235
    ///       Interest expense                (182)    (167)   (366)   (341)
    ///     Income before income taxes       3,631    2,513      6,845     5,128
    ///
    /// Placed by overlap, `(167)` and `(366)` both land in the second column and read as one
    /// cell, and the third is left empty. When two figures of a line (not a footnote marker
    /// after one) land in one column and the line has no more cells than the table has
    /// columns, its cells are placed again, left to right, each in a column right of the one
    /// before, as near each cell's centre as that order allows (least total distance).
    /// `placed` holds `cellColumn`'s answers (1-based, as grid cells are); so does the result.
    static func oneFigureAColumn(_ toks: [Token], placed: [Int], cols: [(Int, Int)]) -> [Int] {
        let k = toks.count, n = cols.count
        guard k > 1, k <= n, k == placed.count else { return placed }
        func isFigure(_ t: Token) -> Bool {
            NumberParser.parse(t.text) != nil && !isFootnoteMarker(Array(t.text.utf8))
        }
        guard (1..<k).contains(where: { placed[$0] <= placed[$0 - 1] && isFigure(toks[$0]) && isFigure(toks[$0 - 1]) }) else {
            return placed
        }
        // Doubled centres, so no halves.
        let centres = toks.map { t -> Int in let (a, b) = alignedExtent(t); return a + b }
        let never = Int.max / 4
        // cost[i][c]: least distance placing cells 0...i with cell i in column c; from: column of cell i - 1.
        var cost = [[Int]](repeating: [Int](repeating: never, count: n), count: k)
        var from = [[Int]](repeating: [Int](repeating: -1, count: n), count: k)
        for c in 0...(n - k) { cost[0][c] = abs(centres[0] - (cols[c].0 + cols[c].1)) }
        for i in 1..<k {
            var best = never, bestColumn = -1
            for c in i...(n - k + i) {
                if cost[i - 1][c - 1] < best { best = cost[i - 1][c - 1]; bestColumn = c - 1 }
                guard best < never else { continue }
                cost[i][c] = best + abs(centres[i] - (cols[c].0 + cols[c].1))
                from[i][c] = bestColumn
            }
        }
        var last = k - 1
        for c in (k - 1)..<n where cost[k - 1][c] < cost[k - 1][last] { last = c }
        guard cost[k - 1][last] < never else { return placed }
        var out = [Int](repeating: 0, count: k)
        var c = last
        for i in stride(from: k - 1, through: 0, by: -1) {
            out[i] = c + 1
            c = from[i][c]
        }
        return out
    }

    /// The column of a cell: the column it overlaps, else the nearest by center. With text
    /// columns in the label zone (`labelZoneTextColumns`, the first `textColumns` of `cols`),
    /// a cell of words or ranges printed right of one of them and before the first column of
    /// figures is the text column's on its left: nearest by center, it would join the first
    /// figure of the row.
    static func cellColumn(_ tok: Token, cols: [(Int, Int)], textColumns: Int) -> Int {
        let (x0, x1) = alignedExtent(tok)
        if let i = cols.firstIndex(where: { x0 < $0.1 && $0.0 < x1 }) { return i + 1 }
        if textColumns > 0, cols.count > textColumns, x1 <= cols[textColumns].0, NumberParser.parse(tok.text) == nil {
            return (cols.prefix(textColumns).lastIndex { $0.0 <= x0 } ?? 0) + 1
        }
        return nearestColumn(x0, x1, cols: cols) ?? 0
    }

    /// The column (1-based) whose centre is nearest the extent `x0..<x1`'s (the first of
    /// two as near); nil when there are no columns.
    static func nearestColumn(_ x0: Int, _ x1: Int, cols: [(Int, Int)]) -> Int? {
        var best: Int?, bestD = Int.max
        for (i, c) in cols.enumerated() {
            let d = abs((x0 + x1) - (c.0 + c.1))
            if d < bestD { bestD = d; best = i + 1 }
        }
        return best
    }

    /// **Column headings right of the row labels.** Where the rows' labels end: the furthest
    /// right end of a first cell left of `labelLimit` on the lines from the first line with
    /// figures on. Above the rows, a cell of the label zone that starts right of every row
    /// label (`Range of Exercise Prices` over labels that are price ranges, `Number` over
    /// the first column of figures) is a column heading, not a label:
    ///
    ///                         Range of Exercise        Number       Remaining
    ///                              Prices            Outstanding       Life
    ///     $1.34 to $154.14                                     2         2.6
    ///     $218.21                                              2         4.1
    ///
    /// `labelLimit` when no line has figures.
    static func rowLabelsEnd(_ lineTokens: [(Span, [Token], Bool)], labelLimit: Int) -> Int {
        var end = 0, seen = false
        for (_, t, _) in lineTokens {
            if !seen { seen = hasFigures(Array(t.dropFirst())) }
            guard seen, let f = t.first, f.x1 <= labelLimit else { continue }
            end = max(end, f.x1)
        }
        return seen ? end : labelLimit
    }

    /// **A `Year` heading over year labels.** A table whose rows are labelled by years alone
    /// (a pay-versus-performance table, a schedule by year) prints the label column's heading
    /// centred over those short labels, so it starts right of them, where `rowLabelsEnd` would
    /// make it a column heading:
    ///
    ///                     Summary Compensation      Compensation
    ///        Year          Table Total for PEO    Actually Paid to PEO
    ///     2023           $          7,791,510    $          8,106,840
    ///     2022           $          7,948,029    $         17,160,056
    ///
    /// A header line's first cell at the margin that names a year column (`Year`, `Fiscal Year`:
    /// `PeriodResolver.yearLabelColumn`), ending left of `labelLimit`, stays in the label zone
    /// when every line with figures is labelled by a year (`isYearLabel`): the period rules then
    /// read the rows as the years the figures cover. `end` (the row labels' end) otherwise.
    static func yearHeadingOverYears(_ lineTokens: [(Span, [Token], Bool)], end: Int, labelLimit: Int) -> Int {
        guard end <= 8 else { return end }
        var sawData = false, heading: Token?
        for (_, t, _) in lineTokens {
            if hasFigures(Array(t.dropFirst())) {
                guard let f = t.first, isYearLabel(f, of: t) else { return end }
                sawData = true
            } else if !sawData, heading == nil, let f = t.first, f.x0 < 16, f.x1 <= labelLimit, PeriodResolver.yearLabelColumn(f.text) {
                heading = f
            }
        }
        guard sawData, let h = heading else { return end }
        return max(end, h.x1)
    }

    /// Furthest a label's last line may be indented past its first line, around its figures.
    static let labelAroundIndent = 8

    /// **Label printed around its figures.** A row label of two lines whose figures are
    /// printed between them, on a line of their own, as a converter centres a row's figures
    /// on its wrapped label:
    ///
    ///     Conversion, stock option exercises,
    ///                                      -       0.2        36        51
    ///     forfeitures, ESPP, and other [b]
    ///     Dividends declared ($1.30 per
    ///                                      -         -      (793)     (793)
    ///     share)
    ///
    /// A label-only row, then a row of figures without a label, then a label-only row that the
    /// first goes on into (`LabelText.wraps`: it ends with a comma, a connector or an open
    /// parenthesis, or the last line starts in lowercase), printed at its indentation or
    /// deeper (at most `labelAroundIndent` more), with no blank line between them: one row,
    /// labelled with both lines. A heading ending in `:` or in capitals heads rows; it is left
    /// as it is.
    static func joinLabelsAroundFigures(_ rows: [GridRow]) -> [GridRow] {
        var out: [GridRow] = []
        out.reserveCapacity(rows.count)
        var i = 0
        while i < rows.count {
            if i + 2 < rows.count, let joined = labelAround(rows[i], rows[i + 1], rows[i + 2]) {
                out.append(joined)
                i += 3
                continue
            }
            out.append(rows[i])
            i += 1
        }
        return out
    }

    /// The row of figures `mid` labelled with the lines `above` and `below` it
    /// (`joinLabelsAroundFigures`), or nil.
    static func labelAround(_ above: GridRow, _ mid: GridRow, _ below: GridRow) -> GridRow? {
        guard let top = above.cells.first ?? nil, let bottom = below.cells.first ?? nil,
              above.dataColumns.isEmpty, below.dataColumns.isEmpty, !mid.dataColumns.isEmpty,
              mid.label.isEmpty, !mid.blankBefore, !below.blankBefore,
              !top.text.hasSuffix(":"), !LabelText.isAllCaps(top.text), !bottom.text.hasSuffix(":"),
              let a = above.indent, let b = below.indent, b >= a, b - a <= labelAroundIndent,
              LabelText.wraps(top.text, into: bottom.text) else { return nil }
        var row = mid
        row.cells[0] = GridCell(text: LabelText.joinLines(top.text, bottom.text), span: top.span.union(bottom.span))
        row.indent = a
        row.blankBefore = above.blankBefore
        row.span = above.span.union(below.span)
        return row
    }

    /// **A line of years is a header line.** Years printed over narrow columns of figures
    /// (percentages) are centred over them and may start left of the first figure's edge,
    /// in the label zone:
    ///
    /// ```
    ///                                     Three Months Ended March 31
    ///                                      2025           2024
    /// Fabric Care                             23 %           23 %
    /// ```
    ///
    /// Before the first row of figures, a line of two or more years and nothing else is a
    /// header line: every year is a column's heading, none is a row label (a schedule's year
    /// labels print figures after them: `isYearLabel`).
    static func yearsHeaderLine(_ t: [Token]) -> Bool {
        t.count >= 2 && t.allSatisfy { TableBuilder.isYear($0.text) }
    }

    /// **Units note alone on a header line.** A line of the header printing nothing but a
    /// units note, centred over the figure columns rather than in the label column:
    ///
    ///                                  Common Stock          Retained        Total
    ///                                Shares     Amount      Earnings       Equity
    ///                                  (in millions, except per share data)
    ///     Balance as of September 30        5      2,324       16,116       35,581
    ///
    /// It speaks for the whole table, not for the columns it happens to be printed over:
    /// the caption, like a note in the label column (the line stays a header line too, whose
    /// cell states the units of the columns under it). A parenthesised note (`isCellNote`) or a
    /// units phrase of two words or more (`isUnitsPhrase`); a line with other cells (`(in
    /// millions)   (in years)`, each over its own columns) is a header line.
    static func isHeaderUnitsNote(_ cell: String) -> Bool {
        UnitsParser.isCellNote(cell) || (UnitsParser.isUnitsPhrase(cell) && cell.contains(" "))
    }

    /// **Units and period in the label column of a header line.** A header line whose label
    /// zone states the units and the columns' period at once (`years ended December 31 (in
    /// millions)      2024      2023`, `Millions, except per share amounts, for the three
    /// months ended June 30,      2025      2024`, `as of December 31 (in millions)`): the
    /// words stay the header row's label, which speaks for every column below it (the period
    /// rules read it), and the units are the caption too. A units note alone (`(Dollars in
    /// millions)`) is only the caption. The period words are those `PeriodClues` reads: a
    /// length, an instant word or a date.
    static func unitsLabelNamesPeriod(_ label: String) -> Bool {
        let k = PeriodClues(label)
        return k.hasLength || k.instant || !k.dates.isEmpty
    }

    /// **Figures aligned by themselves, not by their currency sign.** The columns a figure
    /// token stands in for column alignment: the figure without a currency sign printed apart
    /// before it (`$       242,901` counts from `242,901`). A converter prints the sign of a
    /// right-aligned figure at the column's left edge, or one space after the figure of the
    /// column to its left (`$   (2,722) $    30,425`), so with the sign counted, a figure whose
    /// parenthesis hangs past the right edge (`(3)`) chains two columns into one. Other tokens
    /// keep their extent.
    static func alignedExtent(_ t: Token) -> (Int, Int) {
        // The token's own bytes (no copy); most tokens hold no space and end here.
        ByteSearch.withBytes(t.text) { b in
            guard let sp = b.firstIndex(of: 0x20), sp > 0,
                  isCurrencySymbol(String(decoding: UnsafeBufferPointer(rebasing: b[..<sp]), as: UTF8.self)) else { return (t.x0, t.x1) }
            var k = sp
            while k < b.count, b[k] == 0x20 { k += 1 }
            // `k` counts bytes; a sign such as `€` is one column of three bytes.
            return k < b.count ? (t.x0 + displayColumns(b[..<k]), t.x1) : (t.x0, t.x1)
        }
    }

    /// **Where the labels end.** The left edge of the first column of figures as printed,
    /// currency signs included (`$            7,613`): text left of it is label, and a header
    /// cell over the figures (`2024` printed left of the digits' edge, over the `$`) is not.
    /// The column itself is measured on the figures alone (`alignedExtent`).
    static func labelEdge(_ lines: [(Span, [Token], Bool)], firstColumn: (Int, Int)) -> Int {
        var edge = firstColumn.0
        for (_, t, _) in lines {
            for tok in t where tok.x0 < edge {
                // The extent first (bytes in place): most tokens keep theirs, and only a
                // figure that does not is parsed.
                let (x0, x1) = alignedExtent(tok)
                if x0 != tok.x0, x0 < firstColumn.1, firstColumn.0 < x1, NumberParser.parse(tok.text) != nil { edge = tok.x0 }
            }
        }
        return edge
    }

    /// **Columns as printed, for their headers.** Each column widened left to the currency
    /// signs printed with its figures (`$            7,613`). A heading centred over a pair
    /// of columns (`September 30,` over `2024` and `2023`, each `$` figure under it) spans the
    /// columns whose printed extent it overlaps; measured on the digits alone (`alignedExtent`)
    /// it would reach only one.
    static func printedColumns(_ lines: [(Span, [Token], Bool)], cols: [(Int, Int)]) -> [(Int, Int)] {
        var out = cols
        for (_, t, _) in lines {
            for tok in t {
                // The extent first (bytes in place): most tokens keep theirs, and only a
                // figure that does not is parsed.
                let (x0, x1) = alignedExtent(tok)
                guard x0 != tok.x0, NumberParser.parse(tok.text) != nil,
                      let c = cols.firstIndex(where: { x0 < $0.1 && $0.0 < x1 }) else { continue }
                out[c].0 = min(out[c].0, tok.x0)
            }
        }
        return out
    }

    /// **Dashes placed by the figures around them.** A nil figure (`—`, `$ —`) is printed
    /// centred in its column, left of the right edge its figures share; counted as an edge of
    /// its own, it opens a column between two real ones. Its extent joins the intervals only
    /// where fewer figures than dashes come within four characters of it: a column that
    /// prints only or mostly dashes, which a squeezed row's figure printed near it
    /// (`—  1,741,902` under `—     2,676,314`) does not take away. Otherwise the cell is
    /// placed by overlap or the nearest column.
    static func placedDashes(_ dashes: [(Int, Int)], among figures: [(Int, Int)]) -> [(Int, Int)] {
        func near(_ a: (Int, Int), _ b: (Int, Int)) -> Bool { a.0 < b.1 + 4 && b.0 < a.1 + 4 }
        var out = figures
        for d in dashes where figures.count(where: { near(d, $0) }) < dashes.count(where: { near(d, $0) }) { out.append(d) }
        return out
    }

    /// **Text column in the label zone.** A column of words printed between the row labels and
    /// the figures, left-aligned at one position (`Skyrizi   United States   $ 10,086`,
    /// `4.25% Senior notes due April 2046   Semi-annually   1,600`): a column of the table, not
    /// the end of each label. Found where at least three rows with figures print a second
    /// cell of words in the label zone starting at the same position (give or take
    /// `textColumnTolerance`), and at least half of the
    /// rows printing two such cells start it there; each of those cells has a letter, is no
    /// footnote marker, and ends before the first column of figures.
    ///
    /// **Ranges in the label zone.** A column of ranges (`2034 - 2044`, `4.80% - 4.95%`: the
    /// maturities and rates of notes) is such a column too, though it holds no letter:
    /// `NumberParser` reads no range, so without it each range would end the row's label
    /// (`2014 Notes issuance of $6.0 billion 2034 - 2044 4.80% - 4.95%`).
    ///
    /// **Several text columns side by side** (`labelZoneTextColumns`). A debt schedule prints
    /// its notes' maturities, stated rates and effective rates as three columns of ranges
    /// before the amounts:
    ///
    ///                                     Maturities     Stated Rates    Effective Rates    2024
    ///     2014 Notes issuance of $6.0 bn  2034 - 2044   4.80% - 4.95%    4.93% - 5.12%     4,000
    ///
    /// Right of a text column, the next cell of each row is read the same way (same position
    /// on three rows and on half of the rows printing one there): each column found is a
    /// column of the table, so each range is a cell of its own, not the three one cell.
    /// Returns the columns' (start, end), left to right; empty when there is none.
    static func labelZoneTextColumns(_ lines: [(Span, [Token], Bool)], labelLimit: Int) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        while let next = labelZoneTextColumn(lines, labelLimit: labelLimit, after: out.last?.1) { out.append(next) }
        return out
    }

    /// One text column of the label zone: the first (`after` nil: each row's second cell) or
    /// the one right of a column found that ends at `after` (each row's first cell starting
    /// right of it). A cell ending where the zone ends (its last character right before the
    /// first column's currency sign: `Other assets` over `other $   119`) is in the zone, and
    /// so is one ending a place past it (`textColumnTolerance`: a PDF read by word positions
    /// prints the total's `$` a place left of the other rows' signs, and the zone ends there).
    static func labelZoneTextColumn(_ lines: [(Span, [Token], Bool)], labelLimit: Int, after: Int? = nil) -> (Int, Int)? {
        var starts: [Int: Int] = [:]
        var rowsWithTwo = 0
        // Where the headings of the header lines (above the first row of figures) start,
        // right of the line's first cell, in the label zone (`headedTextColumnRows`; a
        // heading may run on over the figures).
        var headings: [Int] = []
        var seenFigures = false
        for (_, t, _) in lines {
            if !seenFigures, after == nil, t.count >= 2, !hasFigures(Array(t.dropFirst())) {
                headings += t.dropFirst().filter { $0.x0 < labelLimit && $0.text.utf8.contains(where: isLetter) }.map(\.x0)
            }
            guard t.count >= 3 else { continue }
            let zone = t.prefix { $0.x1 <= labelLimit + textColumnTolerance }
            if hasFigures(Array(t.dropFirst())) { seenFigures = true }
            guard zone.count >= 2, hasFigures(Array(t.dropFirst(zone.count))) else { continue }
            let candidate: Token
            if let after {
                guard let c = zone.dropFirst().first(where: { $0.x0 > after }) else { continue }
                candidate = c
            } else {
                candidate = zone[zone.startIndex + 1]
            }
            rowsWithTwo += 1
            let words = candidate.text.utf8.contains(where: isLetter) && !isFootnoteMarker(Array(candidate.text.utf8))
                && NumberParser.parse(candidate.text) == nil
            guard words || PrintedRange.bounds(Array(candidate.text.utf8)) != nil else { continue }
            starts[candidate.x0, default: 0] += 1
        }
        // Starts within `textColumnTolerance` of a position count for it (`near`).
        func near(_ x: Int) -> Int {
            (x - textColumnTolerance...x + textColumnTolerance).reduce(0) { $0 + (starts[$1] ?? 0) }
        }
        guard let x = starts.keys.max(by: { near($0) < near($1) || (near($0) == near($1) && $0 > $1) }),
              near(x) >= 3 || (near(x) >= headedTextColumnRows && headings.contains { abs($0 - x) <= textColumnTolerance }),
              near(x) * 2 >= rowsWithTwo else { return nil }
        var start = x, end = x
        for (_, t, _) in lines {
            for tok in t where abs(tok.x0 - x) <= textColumnTolerance && tok.x1 <= labelLimit && starts[tok.x0] != nil {
                start = min(start, tok.x0)
                end = max(end, tok.x1)
            }
        }
        return end <= labelLimit + textColumnTolerance ? (start, end) : nil
    }

    /// **A text column's cell starting left of the column.** A column of words set
    /// right-aligned, or one of its cells longer than the others (`Net foreign exchange loss`
    /// under `Interest expense, net`), starts left of where most of its cells start
    /// (`labelZoneTextColumn`):
    ///
    ///                                             Statement of earnings caption   2024
    ///        Designated as cash flow hedges                Cost of products sold   $ 73
    ///        Designated as net investment hedges           Interest expense, net    123
    ///        Not designated as hedges                  Net foreign exchange loss      6
    ///
    /// Read by its start, the long cell was the end of the row's label (`Not designated as
    /// hedges Net foreign exchange loss`). A cell of words after the row's first cell that
    /// starts left of the text column `column`, reaches past its start and ends before the
    /// first column of figures (`figuresFrom`) is the text column's (no text column: none is).
    static func reachesIntoTextColumn(_ tok: Token, _ column: (Int, Int)?, figuresFrom: Int?) -> Bool {
        guard let column else { return false }
        return tok.x0 < column.0 && tok.x1 > column.0 + 1 && tok.x1 <= (figuresFrom ?? Int.max)
            && tok.text.utf8.contains(where: isLetter) && NumberParser.parse(tok.text) == nil
    }

    /// **A text column under its heading.** A column of words printed on two rows only is a
    /// column of the table when a header line above the figures prints a heading starting
    /// where its cells start (give or take `textColumnTolerance`):
    ///
    ///                                    Balance Sheet Classification       2025      2024
    ///     Deferred tax assets            Other assets                  $     269  $    313
    ///     Deferred tax liabilities       Deferred income taxes            (1,962)     (863)
    ///
    /// Without a heading, two rows are too few to tell a column from labels broken at a
    /// wide gap (`labelZoneTextColumn` asks for three).
    static let headedTextColumnRows = 2

    /// How far (in places) the starts of a label-zone text column's cells may differ: a PDF
    /// read by word positions rounds each word's place, and a column left-aligned on the page
    /// starts one place apart on some lines (`Selling, general and administrative` at 35 on
    /// one row, `Depreciation and amortization` at 36 on the row below).
    static let textColumnTolerance = 1

    /// Fewest rows that print a column of words among the figures (`wordColumns`).
    static let minWordColumnRows = 3

    /// **Words between columns of figures.** A column of words printed right of the labels,
    /// between or after columns of figures (a debt table's issuance and maturity dates, a
    /// lease's useful life, a rate's type), left-aligned or centred:
    ///
    ///     Senior Notes A        1,600      1,600   October 2017     April 2028      1,687
    ///     Senior Notes B          800        800     April 2018   November 2028       861
    ///
    /// Placed by overlap or nearness, each word cell joins the figure beside it (`1,600
    /// October 2017`, `April 2028 1,687`), which then reads as no figure. On the lines with
    /// figures, the cells right of the label zone (`labelLimit`) that hold a letter, read as
    /// no figure and are no footnote marker, and overlap no column of figures, are merged
    /// where they overlap, as figures are; an extent printed on `minWordColumnRows` lines or
    /// more, or on every line with figures of a table of two (`Outstanding  2,201  $ 404
    /// 5.0 years  $ 228.23` over `Exercisable ... 3.6 years ...`), is a column of the table.
    /// Returns the new columns, left to right.
    static func wordColumns(_ lines: [(Span, [Token], Bool)], figureColumns cols: [(Int, Int)], labelLimit: Int) -> [(Int, Int)] {
        var words: [(extent: (Int, Int), line: Int)] = []
        var figureLines = 0
        for (li, (_, t, _)) in lines.enumerated() where t.count > 1 && hasFigures(Array(t.dropFirst())) {
            figureLines += 1
            for tok in t.dropFirst() where tok.x0 >= labelLimit && tok.text.utf8.contains(where: isLetter) {
                guard !cols.contains(where: { tok.x0 < $0.1 && $0.0 < tok.x1 }), NumberParser.parse(tok.text) == nil,
                      !isFootnoteMarker(Array(tok.text.utf8)) else { continue }
                words.append(((tok.x0, tok.x1), li))
            }
        }
        words.sort { $0.extent.0 != $1.extent.0 ? $0.extent.0 < $1.extent.0 : $0.line < $1.line }
        var out: [(Int, Int)] = []
        var current: (extent: (Int, Int), lines: Set<Int>)?
        func close() {
            guard let c = current, c.lines.count >= min(minWordColumnRows, max(2, figureLines)),
                  !cols.contains(where: { c.extent.0 < $0.1 && $0.0 < c.extent.1 }) else { return }
            out.append(c.extent)
        }
        for w in words {
            if let c = current, w.extent.0 < c.extent.1 {
                current = ((c.extent.0, max(c.extent.1, w.extent.1)), c.lines.union([w.line]))
            } else {
                close()
                current = (w.extent, [w.line])
            }
        }
        close()
        return out
    }

    /// **Header cells by overlap.** A header cell heads the columns whose extent it overlaps
    /// (a spanning heading several, a column heading one), or the nearest column by centre
    /// when it overlaps none. Overlap is exact, with no slack: headings printed close over
    /// adjacent columns sit one place from the neighbour's figures,
    ///
    /// ```
    ///                   Common Stock
    ///                 Shares   Amount   Capital
    /// BALANCE      2,344,852  $4,009   $68,283
    /// ```
    ///
    /// and with one place of slack `Amount` spanned the shares column too and joined `Shares`
    /// in one cell: the share counts took the dollars' heading and scale, and period headings
    /// one place right of a column (`June 30,` over a column of `$ 3,125,413`) took two.
    static func headerColumns(_ t: Token, cols: [(Int, Int)]) -> [Int] {
        let over = cols.indices.filter { t.x0 < cols[$0].1 && cols[$0].0 < t.x1 }.map { $0 + 1 }
        if !over.isEmpty { return over }
        return [nearestColumn(t.x0, t.x1, cols: cols) ?? 1]
    }

    static func headerSpans(_ lines: [(Span, [Token], Bool)], cols: [(Int, Int)]) -> [GridRow] {
        let n = cols.count
        // Cells of each line, words of cramped runs split to their columns.
        var units: [[Token]] = []
        for (_, toks, _) in lines {
            var u: [Token] = []
            let k = toks.count
            for tok in toks {
                let over = cols.filter { tok.x0 < $0.1 && $0.0 < tok.x1 }.count
                let parts = phrases(of: tok)
                // Dates printed one space apart (`June 28, January 3,`) are cells of their own
                // even where the columns measured over the whole region put them over one.
                let dates = parts.count > 1 && parts.allSatisfy { $0.text.hasSuffix(",") }
                if (over >= 2 || dates) && k != n && parts.count > 1 && k + parts.count - 1 == n { u += parts } else { u.append(tok) }
            }
            units.append(u)
        }
        var spans: [[(Int, Int)]] = units.map { $0.map { t in let o = headerColumns(t, cols: cols); return (o.first ?? 1, o.last ?? 1) } }
        // Bands of consecutive lines with the same cell count share the widest spans. A units
        // note alone on its line (`(in millions)`) is no heading: it shares no band, or a year
        // wrapped onto the line above it (`2026` over the closing balance) would take the
        // note's spread over the columns.
        func unitsNote(_ l: Int) -> Bool { units[l].count == 1 && isHeaderUnitsNote(units[l][0].text) }
        var i = 0
        while i < units.count {
            var j = i
            while j + 1 < units.count && units[j + 1].count == units[i].count && units[i].count < n && !unitsNote(i) && !unitsNote(j + 1) { j += 1 }
            if j > i {
                for c in 0..<units[i].count {
                    let lo = (i...j).map { spans[$0][c].0 }.min() ?? 1
                    let hi = (i...j).map { spans[$0][c].1 }.max() ?? 1
                    for r in i...j { spans[r][c] = (lo, hi) }
                }
            }
            i = j + 1
        }
        periodHeadingsOverGroups(units, &spans, cols: cols)
        soleHeadingsOverYears(units, &spans)
        yearsOnePerColumn(units, &spans, columns: n)
        headingsOverNamedColumns(units, &spans, columns: n)
        var out: [GridRow] = []
        for (li, (line, _, blankBefore)) in lines.enumerated() {
            var cells = [GridCell?](repeating: nil, count: n + 1)
            var ends: [Int: Int] = [:]
            var previousStart = 0
            for (ti, t) in units[li].enumerated() {
                var (lo, hi) = spans[li][ti]
                // **One name a column.** On a line with as many cells as the table has
                // columns, a cell reaching past the column where the cell before it starts
                // heads the columns after it (`Number of Shares` | `Weighted Average
                // Grant-Date Fair Value`, the second grazing the first's figures): the two are
                // not one name.
                if ti > 0, units[li].count == n, lo <= previousStart, hi > previousStart { lo = previousStart + 1 }
                previousStart = lo
                if ti + 1 < spans[li].count { hi = min(hi, max(lo, spans[li][ti + 1].0 - 1)) }
                if let prev = cells[lo] {
                    cells[lo] = GridCell(text: prev.text + " " + t.text, span: prev.span.union(Span(start: t.start, end: t.end)))
                } else {
                    cells[lo] = GridCell(text: t.text, span: Span(start: t.start, end: t.end))
                }
                ends[lo] = max(ends[lo] ?? lo, hi)
            }
            out.append(GridRow(cells: cells, span: line, blankBefore: blankBefore, spanEnds: ends))
        }
        return out
    }

    /// **Sole heading over a row of years.** A period heading printed alone on its line
    /// (or on each of a few stacked lines) over a header line of years heads every one of
    /// those years, wherever the converter put it:
    ///
    /// ```
    ///                                                    Year Ended December 31,
    ///                                        2022              2023            2024
    /// Net sales                         $ 315,880         $ 352,828       $ 387,497
    /// ```
    ///
    /// Centred over the columns' figures rather than their years, or pushed right by a wide
    /// currency column, the heading overlaps only the last two years; read by overlap, the
    /// first year would lose its length and date. Each line of one cell directly above a line
    /// of two or more years alone, and overlapping their extent, spans all of them (`spans`
    /// are the cells' first and last columns, by line). Two headings on a line
    /// (`Three Months Ended` | `Six Months Ended`) keep their own columns.
    static func soleHeadingsOverYears(_ units: [[Token]], _ spans: inout [[(Int, Int)]]) {
        for li in units.indices.dropFirst() {
            let years = units[li]
            guard years.count >= 2, years.allSatisfy({ TableBuilder.isYear($0.text) }),
                  let lo = spans[li].map(\.0).min(), let hi = spans[li].map(\.1).max() else { continue }
            var up = li - 1
            while up >= 0, units[up].count == 1, spans[up].count == 1 {
                let (a, b) = spans[up][0]
                guard a <= hi, b >= lo else { break }
                spans[up][0] = (min(a, lo), max(b, hi))
                up -= 1
            }
        }
    }

    /// **Two years never share a column.** On a header line of years alone, each year heads
    /// a column of its own, left to right. Measured against the columns as printed, a year
    /// printed left of its figures (`2025` over `23 %`) or over the gap between two columns
    /// can overlap the column of the year before it, or none but that one by nearness, and
    /// read by its first column the two years would be one cell (`2025 2024`):
    ///
    /// ```
    ///                     Three Months Ended June 30,    Six Months Ended June 30,
    ///                        2025             2024          2025          2024
    /// Interest expense  $     140  $           430   $       284 $          861
    /// ```
    ///
    /// A year whose first column is not right of the first column of the year before it
    /// takes the column after that one, while there is one; a line with more years than
    /// columns keeps its last years where they were read. A line of exactly as many years as
    /// there are columns heads them one each, in order: a header the converter spread wider
    /// than the figures (a stretched line) prints its third year over the fourth column.
    static func yearsOnePerColumn(_ units: [[Token]], _ spans: inout [[(Int, Int)]], columns n: Int) {
        for li in units.indices where units[li].count >= 2 && units[li].allSatisfy({ TableBuilder.isYear($0.text) }) {
            if units[li].count == n {
                spans[li] = units[li].indices.map { ($0 + 1, $0 + 1) }
                continue
            }
            for ti in units[li].indices.dropFirst() {
                let before = spans[li][ti - 1].0
                guard spans[li][ti].0 <= before, before < n else { continue }
                spans[li][ti] = (before + 1, max(spans[li][ti].1, before + 1))
            }
        }
    }

    /// **Period headings over the column names below them.** Header lines are set together,
    /// the figures under them apart: a converter that drifts the rows' figures from the header
    /// (proportional type laid out line by line) leaves a spanning heading centred over its own
    /// column names but no longer over their figures:
    ///
    ///                                     Three Months Ended June 30,   Six Months Ended June 30,
    ///                                       2025           2024            2025         2024
    ///     Contractual interest expense   $        140  $        430   $        284 $        861
    ///
    /// Read against the figures, `Three Months Ended` reached only the first column and the
    /// second quarter's comparative took the six months' heading. A header line of two or more
    /// period headings, fewer than the columns, above a header line of exactly one cell a
    /// column (the nearest such line below it) heads the columns whose names it holds: each
    /// column goes to the heading whose extent holds its name's centre, when every column's
    /// name is held by one and every heading gets a run of columns, in order. Headings that
    /// hold the names of some columns only (`2024 vs. 2023` over the change columns of a
    /// table whose amounts' years stand apart) keep their own columns.
    static func headingsOverNamedColumns(_ units: [[Token]], _ spans: inout [[(Int, Int)]], columns n: Int) {
        for li in units.indices {
            let cells = units[li]
            guard cells.count >= 2, cells.count < n, spans[li].count == cells.count,
                  let below = units[(li + 1)...].first(where: { $0.count == n }),
                  cells.allSatisfy({ PeriodResolver.onlyPeriodWords(PeriodClues.words($0.text)) }) else { continue }
            var groups = [(lo: Int, hi: Int)?](repeating: nil, count: cells.count)
            var previous = 0
            var ordered = true
            for (c, name) in below.enumerated() {
                let centre = name.x0 + name.x1
                guard let best = cells.firstIndex(where: { 2 * $0.x0 <= centre && centre <= 2 * $0.x1 }), best >= previous else {
                    ordered = false
                    break
                }
                previous = best
                groups[best] = (groups[best]?.lo ?? c + 1, c + 1)
            }
            guard ordered else { continue }
            let made = groups.compactMap { $0.map { ($0.lo, $0.hi) } }
            if made.count == cells.count { spans[li] = made }
        }
    }

    /// **Period headings over groups of columns.** A header line of period headings (`2024` |
    /// `2023` | `2022`, `Fiscal` | `Fiscal`, `June 30, 2025` | `December 31, 2024`; a heading
    /// alone on its line when it dates or states a length: `As of June 30, 2025`) over more
    /// columns than it has headings heads groups of columns, each printed centred over its
    /// group, often over the gap between two of its columns:
    ///
    /// ```
    ///                         June 30, 2025                 December 31, 2024
    ///                    Total    Level 1   Level 2      Total    Level 1   Level 2
    /// Money market funds $1,974    $1,974               $6,475     $6,475
    /// ```
    ///
    /// ```
    ///                        2024                     2023
    /// Income tax at rate   $ 5,022       21 %       $ 4,418       21 %
    /// ```
    ///
    /// Read by overlap, a heading reaches the one column it touches, and the others of its
    /// group lose their date. A heading alone on its line heads every column, unless another
    /// line of the header prints two headings, one with a length (`Six months ended June 30` |
    /// `30`): it is then the heading of one group, wrapped, read by overlap; a year alone where
    /// another header line prints a year alone in a cell is one column's year, read by overlap
    /// too. Each column belongs to the heading nearest its centre; the line's
    /// headings then span their groups, when every heading gets one, in order, that holds
    /// the columns it overlaps. A line with a word that names no period (`Total`, `Level 1`)
    /// keeps its cells' own columns.
    static func periodHeadingsOverGroups(_ units: [[Token]], _ spans: inout [[(Int, Int)]], cols: [(Int, Int)]) {
        let n = cols.count
        for li in units.indices {
            let cells = units[li]
            guard !cells.isEmpty, cells.count < n, spans[li].count == cells.count,
                  cells.allSatisfy({ PeriodResolver.onlyPeriodWords(PeriodClues.words($0.text)) }) else { continue }
            // A heading alone on its line dates, or states a length (not `Fiscal` alone), and
            // no other line of the header prints two headings, one with a length: then it is
            // one group's heading, wrapped onto a line of its own (`Three months ended June`
            // over `Six months ended June 30` | `30`).
            if cells.count == 1 {
                let k = PeriodClues(cells[0].text)
                guard k.hasYear || !k.dates.isEmpty || k.hasLength else { continue }
                let groups = units.indices.contains { $0 != li && units[$0].count >= 2 && units[$0].contains { PeriodClues($0.text).hasLength } }
                if groups { continue }
                // A year alone, where another line of the header prints a year alone over a
                // column of its own (`2025` over the opening balance), is one column's year too,
                // wrapped onto a line of its own (`Balance at` / `December 31,` / `2026` over the
                // closing balance): read by overlap.
                if TableBuilder.isYear(cells[0].text),
                   units.indices.contains(where: { $0 != li && units[$0].contains { TableBuilder.isYear($0.text) } }) { continue }
            }
            var groups = [(lo: Int, hi: Int)?](repeating: nil, count: cells.count)
            var previous = 0
            var ordered = true
            for (i, c) in cols.enumerated() {
                var best = 0, bestD = Int.max
                for (k, t) in cells.enumerated() {
                    let d = abs((t.x0 + t.x1) - (c.0 + c.1))
                    if d < bestD { bestD = d; best = k }
                }
                if best < previous { ordered = false; break }
                previous = best
                groups[best] = (groups[best]?.lo ?? i + 1, i + 1)
            }
            guard ordered else { continue }
            var made: [(Int, Int)] = []
            for (k, g) in groups.enumerated() {
                guard let g, g.lo <= spans[li][k].0, g.hi >= spans[li][k].1 else { break }
                made.append((g.lo, g.hi))
            }
            if made.count == cells.count { spans[li] = made }
        }
    }

    static func rows(_ text: [UInt8], _ lines: [Span]) -> [GridRow] { read(text, lines).rows }

    /// A run of cramped header cells split after each comma that is followed by a
    /// capitalised word (`June 28, January 3,` → `June 28,` + `January 3,`).
    static func phrases(of tok: Token) -> [Token] {
        let ws = words(of: tok)
        var out: [Token] = []
        for w in ws {
            if let last = out.last, !(last.text.hasSuffix(",") && (w.text.first?.isUppercase ?? false)) {
                out[out.count - 1] = Token(start: last.start, end: w.end, x0: last.x0, x1: w.x1, text: last.text + " " + w.text)
            } else {
                out.append(w)
            }
        }
        return out
    }

    /// The single-space separated words of a token.
    static func words(of tok: Token) -> [Token] {
        var out: [Token] = []
        var offset = 0, column = 0   // bytes and characters (`displayColumns`) into the token
        for w in tok.text.split(separator: " ", omittingEmptySubsequences: false) {
            let len = w.utf8.count, width = displayColumns(w.utf8)
            if len > 0 {
                out.append(Token(start: tok.start + offset, end: tok.start + offset + len, x0: tok.x0 + column,
                                 x1: tok.x0 + column + width, text: String(w)))
            }
            offset += len + 1
            column += width + 1
        }
        return out
    }
}
