import FolioModel

/// A marker found by normalization; `span` is in the text before normalization.
struct PendingMarker: Sendable, Hashable {
    var label: String
    var position: Int
    var span: Span
    /// Bytes kept in the output at `position` (`Marker.keptLength`).
    var kept = 0
}

/// Text removed by normalization; `span` is in the text before normalization.
struct PendingRemoval: Sendable, Hashable {
    var kind: String
    var text: String
    var span: Span
}

struct NormalizeResult: Sendable {
    var bytes: [UInt8]
    var map: OffsetMap
    var markers: [PendingMarker]
    var removals: [PendingRemoval]
    var counts: [String: Int]
    /// Where a row label printed over two lines (`markRowLabelRuns`) was joined into one
    /// (`Separator.space`, `.glue`, `.dehyphen`): the position in the output where the lower
    /// line's text meets the upper's (the space put between them, or the lower line's first
    /// byte), ascending. A paragraph's joins are not recorded: no later stage asks.
    var joins: [Int] = []
}

/// How two consecutive content lines are put together.
enum Separator: UInt8 {
    /// `\n`: a new line of the same group.
    case newline
    /// `\n\n`: a new paragraph.
    case paragraph
    /// ` `: the lines are one paragraph.
    case space
    /// nothing: the lines join as they are (`non-` + `GAAP`).
    case glue
    /// the line-end hyphen goes and the lines join (`quar-` + `ter`).
    case dehyphen

    /// Which separator wins when a line between two others comes out empty.
    var rank: Int {
        switch self {
        case .paragraph: return 3
        case .newline: return 2
        case .space, .glue, .dehyphen: return 1
        }
    }
}

/// Normalizes one text. A value made per document: the stage keeps no state.
struct Normalizer {
    static let countNames: [(String, String)] = [
        ("latex_residue", "converter residue repair(s) (LaTeX/Markdown escapes, icons)"),
        ("marker", "footnote marker(s) moved out of the text"),
        ("homoglyph", "homoglyph(s) repaired"),
        ("unicode_space", "odd space(s) or invisible character(s) repaired"),
        ("nfc", "decomposed character(s) composed (NFC)"),
        ("bullet", "bullet glyph(s) turned into list items"),
        ("dehyphenate", "hyphenation(s) undone"),
        ("join_lines", "line break(s) inside paragraphs joined"),
        ("paragraph_join", "paragraph(s) split by a page break or blank line rejoined"),
        ("page_furniture", "page number(s) and running header/footer line(s) removed"),
        ("icon", "icon-only line(s) removed"),
    ]

    /// The text, borrowed for the duration of `normalize`.
    let t: UnsafeBufferPointer<UInt8>
    let n: Int
    let cfg: NormalizeConfig
    var lines: [Line] = []
    var out: MappedTextBuilder
    var markers: [PendingMarker] = []
    var removals: [PendingRemoval] = []
    /// `NormalizeResult.joins`.
    var joins: [Int] = []
    var counts: [String: Int] = [:]
    /// Bytes of the current line to drop when the scan reaches them (closing braces of
    /// `\mathbf{..}`, the closing `$` of math, the closing `**`), innermost last.
    var drops: [(index: Int, length: Int)] = []
    var hyphenWords: Set<UInt64>?
    /// A prose line at least this long that stops without punctuation continues on the next.
    var longLine = 60
    /// Lines of a run of row labels printed apart from their figures (`markRowLabelRuns`),
    /// the first of each run left out: each is joined to the line above only where it
    /// continues it.
    var rowLabelLines = Set<Int>()

    init(text: UnsafeBufferPointer<UInt8>, config: NormalizeConfig) {
        t = text
        n = text.count
        cfg = config
        out = MappedTextBuilder(reservingCapacity: text.count)
    }

    /// The longest text normalize reads: its line table stores positions in 32 bits (`Line`).
    /// The read stage's `max_bytes` is at most `Int32.max` too, but a decoded text can be
    /// longer than its file (Latin-1 and UTF-16 grow in UTF-8).
    static let maxTextBytes = Int(Int32.max)

    /// Whether a text of `count` bytes is one normalize reads (`maxTextBytes`).
    static func fitsLineOffsets(_ count: Int) -> Bool { count <= maxTextBytes }

    static func normalize(_ text: [UInt8], config: NormalizeConfig) -> NormalizeResult {
        text.withUnsafeBufferPointer { normalize($0, config: config) }
    }

    static func normalize(_ text: UnsafeBufferPointer<UInt8>, config: NormalizeConfig) -> NormalizeResult {
        var z = Normalizer(text: text, config: config)
        z.splitLines()
        for k in z.lines.indices { z.classify(k) }
        z.computeLongLine()
        if config.pageFurniture { z.removeFurniture() }
        z.markLabelTails()
        if config.joinLines { z.markRowLabelRuns() }
        if config.dehyphenate, config.joinLines, z.lines.contains(where: { $0.endsLetterHyphen && $0.kind == .prose }) {
            z.collectHyphenatedWords()
        }
        z.emit()
        z.removals.sort { $0.span < $1.span }
        return NormalizeResult(bytes: z.out.bytes, map: z.out.map, markers: z.markers, removals: z.removals, counts: z.counts, joins: z.joins)
    }

    /// A prose line right under a table line that is the tail of a row label printed under
    /// its figures (`LabelTail`) is a table line: kept as it is, never joined with the next.
    /// The row is the nearest table line above (at most `LabelTail.reach` up, on the page)
    /// that prints a second cell.
    mutating func markLabelTails() {
        for k in lines.indices.dropFirst() where lines[k].kind == .prose && lines[k - 1].kind == .table {
            var j = k - 1
            while j >= 0, j >= k - LabelTail.reach, lines[j].kind == .table, lines[j].page == lines[k].page {
                let row = lines[j]
                if LabelTail.secondCellStart(UnsafeBufferPointer(rebasing: t[row.start..<row.end])) != nil {
                    let above = lines[k - 1], line = lines[k]
                    if LabelTail.isTail(line: UnsafeBufferPointer(rebasing: t[line.start..<line.end]),
                                        row: UnsafeBufferPointer(rebasing: t[row.start..<row.end]),
                                        above: UnsafeBufferPointer(rebasing: t[above.start..<above.end])) {
                        lines[k].kind = .table
                    }
                    break
                }
                j -= 1
            }
        }
    }

    @inline(__always) mutating func count(_ key: String, _ k: Int = 1) {
        counts[key, default: 0] += k
    }

    // MARK: - Lines

    mutating func splitLines() {
        var i = 0
        var page = 0
        lines.reserveCapacity(n / 40 + 1)
        while i < n {
            let s = i
            i = lineBreak(from: i)
            let rawEnd = i
            var next = i
            var formFeed = false
            if i < n {
                if t[i] == 0x0D, i + 1 < n, t[i + 1] == 0x0A { next = i + 2 } else { next = i + 1 }
                formFeed = t[i] == 0x0C
            }
            var end = rawEnd
            while end > s {
                if t[end - 1] == 0x20 { end -= 1; continue }
                if end - 2 >= s, t[end - 2] == 0xC2, t[end - 1] == 0xA0 { end -= 2; continue }
                break
            }
            var ts = s
            while ts < end, ByteClass.isBlank(t[ts]) { ts += 1 }
            // Leading non-breaking spaces count as indentation too.
            while ts + 1 < end, t[ts] == 0xC2, t[ts + 1] == 0xA0 {
                ts += 2
                while ts < end, ByteClass.isBlank(t[ts]) { ts += 1 }
            }
            var line = Line(start: s, end: end, next: next, page: page, textStart: ts)
            if ts >= end { line.kind = .blank; line.textStart = end }
            // EDGAR's `<PAGE>` marks a page break like a form feed.
            let pageMark = cfg.pageFurniture && line.kind != .blank && isPageTag(ts, end)
            if pageMark {
                line.kind = .removed
                var d = ts + 6
                while d < end, t[d] == 0x20 || t[d] == 0x09 { d += 1 }
                removals.append(PendingRemoval(kind: d < end ? "page_number" : "page_break", text: string(ts, end), span: Span(start: ts, end: end)))
                count("page_furniture")
            }
            lines.append(line)
            if formFeed || pageMark { page += 1 }
            i = next
        }
    }

    /// Per byte: bit 0 lowercase, bit 1 uppercase.
    static let byteClass: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for c in 0x61...0x7A { table[c] = 1 }
        for c in 0x41...0x5A { table[c] = 2 }
        return table
    }()

    /// Whether the line opens more parentheses than it closes.
    func opensParenthesis(_ line: Line) -> Bool {
        var open = 0
        for j in line.bodyStart..<line.end {
            if t[j] == 0x28 { open += 1 } else if t[j] == 0x29 { open -= 1 }
        }
        return open > 0
    }

    /// `<PAGE>`, optionally followed by a page number.
    func isPageTag(_ s: Int, _ e: Int) -> Bool {
        guard e - s >= 6, e - s <= 16, t[s] == 0x3C, t[s + 5] == 0x3E,
              t[s + 1] | 0x20 == 0x70, t[s + 2] | 0x20 == 0x61, t[s + 3] | 0x20 == 0x67, t[s + 4] | 0x20 == 0x65 else { return false }
        var i = s + 6
        while i < e, t[i] == 0x20 || t[i] == 0x09 { i += 1 }
        while i < e, ByteClass.isDigit(t[i]) { i += 1 }
        return i == e
    }

    mutating func classify(_ k: Int) {
        var line = lines[k]
        guard line.kind == .prose else { return }
        let s = line.textStart
        let e = line.end
        // Bullets and icon-only lines.
        if let b = bulletPrefixEnd(s, e) {
            if b >= e {
                // Nothing but icons: drop the line (recorded).
                if cfg.latexResidue || cfg.bullets {
                    line.kind = .removed
                    removals.append(PendingRemoval(kind: "icon", text: string(s, e), span: Span(start: s, end: e)))
                    count("icon")
                    lines[k] = line
                    return
                }
            } else if cfg.bullets, !containsTab(b, e), !isNilFigureOpeningRow(s, b, e) {
                line.bulletEnd = b
                line.listItem = true
            }
        }
        // `## Heading` from Markdown converters: the marks go, the line is a heading.
        if cfg.latexResidue, line.bulletEnd < 0, t[s] == 0x23, let h = markdownHeadingTextStart(s, e) {
            line.markdownHeadingEnd = h
        }
        let body = line.bodyStart
        // Tables: a tab, or wide gaps between columns.
        var table = line.bulletEnd < 0 && containsTab(line.start, line.textStart)
        var gaps2 = 0
        var i = body
        while i < e, !table {
            // Eight bytes at once where they hold no tab and no space followed by a space
            // (`plainWord`): the steps below would only pass over them.
            if i + 8 <= e, plainWord(at: i, end: e) {
                i += 8
                continue
            }
            let c = t[i]
            if c == 0x09 { table = true; break }
            if c == 0x20, i + 1 < e, t[i + 1] == 0x20 {
                var j = i
                while j < e, t[j] == 0x20 { j += 1 }
                if j - i >= 3 { table = true; break }
                let before = i > body ? t[i - 1] : 0x20
                if before != 0x2E && before != 0x21 && before != 0x3F && before != 0x3A && before != 0x3B
                    && before != 0x22 && before != 0x27 {
                    gaps2 += 1
                    if gaps2 >= 2 { table = true }
                }
                i = j
                continue
            }
            i += 1
        }
        line.kind = table ? .table : .prose
        if !line.listItem { line.listItem = enumerationEnd(body, e) != nil }
        if body < e {
            line.startsLower = ByteClass.isLower(t[body])
            line.endsTerminal = endsWithTerminal(body, e)
            line.endsComma = t[e - 1] == 0x2C
            line.endsLetterHyphen = e - body >= 2 && t[e - 1] == 0x2D && ByteClass.isLetter(t[e - 2])
            line.heading = line.markdownHeadingEnd >= 0 || (e - body <= 150 && isHeading(body, e, endsTerminal: line.endsTerminal))
        }
        lines[k] = line
    }

    /// ATX heading (`markdown_heading`): where the heading's text starts after its marks, or nil.
    ///
    /// One to six `#`, a space, then the title, which converters often print in emphasis:
    ///
    ///     ## Financial Highlights
    ///     ### **Item 1. Financial Statements**
    ///     # **<u>PART I. FINANCIAL INFORMATION</u>**
    ///
    /// The title (after any `*`, `_` and `<u>` that open the emphasis; the inline repairs drop
    /// `**` and `<u>`) must start with a capital letter or a digit, so `# of employees grew.` stays prose.
    func markdownHeadingTextStart(_ s: Int, _ e: Int) -> Int? {
        var j = s
        while j < e, j - s < 6, t[j] == 0x23 { j += 1 }
        guard j + 1 < e, t[j] == 0x20 else { return nil }
        var k = j + 1
        while k < e, k - j <= 8 {
            if t[k] == 0x2A || t[k] == 0x5F {
                k += 1
            } else if k + 2 < e, t[k] == 0x3C, t[k + 1] | 0x20 == 0x75, t[k + 2] == 0x3E {
                k += 3
            } else {
                break
            }
        }
        guard k < e, ByteClass.isUpper(t[k]) || ByteClass.isDigit(t[k]) else { return nil }
        return j + 1
    }

    /// The first `\n`, `\r` or form feed at or after `from` (`n` when none), eight bytes a
    /// step: 0x80 marks each zero byte of `x ^ 0x0A0A...` (and of the other two's) exactly, so
    /// the lowest mark is the first such byte.
    func lineBreak(from: Int) -> Int {
        var i = from
        if let base = t.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            func zeros(_ v: UInt64) -> UInt64 { ~(((v & low7) &+ low7) | v | low7) }
            while i + 8 <= n {
                let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                let m = zeros(x ^ (ones &* 0x0A)) | zeros(x ^ (ones &* 0x0D)) | zeros(x ^ (ones &* 0x0C))
                if m != 0 { return i + m.trailingZeroBitCount / 8 }
                i += 8
            }
        }
        while i < n {
            let c = t[i]
            if c == 0x0A || c == 0x0D || c == 0x0C { return i }
            i += 1
        }
        return n
    }

    /// Whether the eight bytes at `i` (all before `end`) hold no tab and no space followed by
    /// a space (the next byte, before `end`, counted): `classify`'s table test passes over them.
    /// 0x80 marks each zero byte of `x ^ 0x0909...` (a tab) and of `x ^ 0x2020...` (a space)
    /// exactly.
    @inline(__always)
    func plainWord(at i: Int, end: Int) -> Bool {
        guard let base = t.baseAddress else { return false }
        let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
        let ones: UInt64 = 0x0101_0101_0101_0101, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        func zeros(_ v: UInt64) -> UInt64 { ~(((v & low7) &+ low7) | v | low7) }
        if zeros(x ^ (ones &* 0x09)) != 0 { return false }
        let spaces = zeros(x ^ (ones &* 0x20))
        if spaces & (spaces << 8) != 0 { return false }
        return spaces >> 63 == 0 || i + 8 >= end || t[i + 8] != 0x20
    }

    func containsTab(_ s: Int, _ e: Int) -> Bool {
        var i = s
        while i < e { if t[i] == 0x09 { return true }; i += 1 }
        return false
    }

    func string(_ s: Int, _ e: Int) -> String {
        String(decoding: t[max(0, s)..<max(s, min(e, n))], as: UTF8.self)
    }

    func endsWithTerminal(_ s: Int, _ e: Int) -> Bool {
        var j = e
        while j > s {
            let c = t[j - 1]
            if c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D { j -= 1; continue }
            // ” ’ (E2 80 9D / 99)
            if c == 0x9D || c == 0x99, j - 3 >= s, t[j - 3] == 0xE2, t[j - 2] == 0x80 { j -= 3; continue }
            break
        }
        guard j > s else { return false }
        let c = t[j - 1]
        return c == 0x2E || c == 0x21 || c == 0x3F || c == 0x3A || c == 0x3B
    }

    func isHeading(_ s: Int, _ e: Int, endsTerminal: Bool) -> Bool {
        let len = e - s
        // Capitals only: two letters or more and no lowercase one. The count stops at the
        // first lowercase letter (most lines have one near their start): it answers then.
        var letters = 0
        var lower = false
        let classes = Normalizer.byteClass
        for j in s..<e {
            let k = classes[Int(t[j])]
            if k & 1 != 0 {
                lower = true
                break
            }
            letters &+= Int(k >> 1 & 1)
        }
        if letters >= 2 && !lower && len <= 150 { return true }
        // `02 Analysis of Material ESG Issues`, `7 Outlook`
        var i = s
        while i < e, i - s < 3, ByteClass.isDigit(t[i]) { i += 1 }
        if i > s, i - s <= 2, i + 1 < e, t[i] == 0x20, ByteClass.isUpper(t[i + 1]), !endsTerminal, len <= 100 { return true }
        // `Item 7.`, `PART II`
        if startsWithWord(s, e, "item") || startsWithWord(s, e, "part") || startsWithWord(s, e, "chapter") {
            var j = s
            while j < e, ByteClass.isLetter(t[j]) { j += 1 }
            if j + 1 < e, t[j] == 0x20, ByteClass.isDigit(t[j + 1]) || t[j + 1] == 0x49 || t[j + 1] == 0x56 || t[j + 1] == 0x58, len <= 100 {
                return true
            }
        }
        return false
    }

    func startsWithWord(_ s: Int, _ e: Int, _ word: StaticString) -> Bool {
        let w = word.utf8Start
        let wl = word.utf8CodeUnitCount
        guard e - s > wl else { return false }
        for k in 0..<wl where t[s + k] | 0x20 != w[k] { return false }
        return !ByteClass.isLetter(t[s + wl])
    }

    /// End of a list enumeration (`1. `, `2) `, `(a) `, `(iv) `, `a. `) at `s`, or nil.
    func enumerationEnd(_ s: Int, _ e: Int) -> Int? {
        var i = s
        if i < e, t[i] == 0x28 {
            var j = i + 1
            while j < e, j - i <= 5, ByteClass.isAlphanumeric(t[j]) { j += 1 }
            if j > i + 1, j + 1 < e, t[j] == 0x29, t[j + 1] == 0x20 { return j + 2 }
            return nil
        }
        while i < e, i - s < 3, ByteClass.isDigit(t[i]) { i += 1 }
        if i == s {
            if i < e, ByteClass.isLower(t[i]) { i += 1 } else { return nil }
        }
        if i + 1 < e, t[i] == 0x2E || t[i] == 0x29, t[i + 1] == 0x20 {
            // `1.5 million` is not an item; `1. ` is.
            return i + 2
        }
        return nil
    }

    /// **A nil figure opening a row of figures.** A fixed-width row whose label is printed on
    /// another line (a label wrapped around its figures' line) and whose first figure is nil
    /// starts with a dash, set apart from the next figure by a column's gap:
    ///
    ///     Conversion, stock option exercises,
    ///                                     -       0.2         -        36        -       51
    ///     forfeitures, ESPP, and other [b]
    ///
    /// Read as a `- ` list item, the line would lose its indentation and every figure its
    /// column. A dash (`-`, `–`, `—`) at `s` followed by two blanks or more, with a line after
    /// it (`bodyStart` to `e`) holding a digit and no letter, is the row's first cell: no bullet.
    /// A list item prints words (`- 2,000 new stores`).
    func isNilFigureOpeningRow(_ s: Int, _ bodyStart: Int, _ e: Int) -> Bool {
        let glyph = t[s] == 0x2D ? 1 : (t[s] == 0xE2 && s + 2 < e && t[s + 1] == 0x80 && (t[s + 2] == 0x93 || t[s + 2] == 0x94)) ? 3 : 0
        guard glyph > 0, bodyStart - (s + glyph) >= 2 else { return false }
        var digit = false
        for i in bodyStart..<e {
            let c = t[i]
            if ByteClass.isLetter(c) { return false }
            if ByteClass.isDigit(c) { digit = true }
        }
        return digit
    }

    /// End of a bullet (glyph plus the whitespace after it) at `s`, or nil. A result equal to
    /// `e` means the line holds nothing but icons.
    func bulletPrefixEnd(_ s: Int, _ e: Int) -> Int? {
        let c = t[s]
        // `- item`, `* item`
        if c == 0x2D || c == 0x2A {
            if s + 1 < e, ByteClass.isBlank(t[s + 1]) {
                var j = s + 1
                while j < e, ByteClass.isBlank(t[j]) { j += 1 }
                return j
            }
            return nil
        }
        var i = s
        var sawIcon = false
        while i < e {
            if let ie = iconEnd(i, e) {
                sawIcon = true
                i = ie
                while i < e, ByteClass.isBlank(t[i]) { i += 1 }
                continue
            }
            break
        }
        if sawIcon {
            if i >= e { return e }
            // A glyph glued to a word is still a bullet, a LaTeX command needs a space.
            return i
        }
        // – or — followed by a space.
        if c == 0xE2, s + 3 < e, t[s + 1] == 0x80, t[s + 2] == 0x93 || t[s + 2] == 0x94, t[s + 3] == 0x20 {
            var j = s + 3
            while j < e, ByteClass.isBlank(t[j]) { j += 1 }
            return j
        }
        return nil
    }

    /// End of an icon at `i`: a bullet glyph, a private-use character, a LaTeX icon or symbol
    /// command (possibly wrapped, `$\mathbf{\nabla}$`), or nil.
    func iconEnd(_ i: Int, _ e: Int) -> Int? {
        let c = t[i]
        if c >= 0x80 {
            let (v, len) = decodeScalar(t, i, e)
            return Scalars.isBulletGlyph(v) ? i + len : nil
        }
        if c == 0x24 {  // $ ... $
            var j = i + 1
            while j < e, j - i < 64, t[j] != 0x24 { j += 1 }
            guard j < e, t[j] == 0x24, j > i + 1 else { return nil }
            return iconRun(i + 1, j) ? j + 1 : nil
        }
        if c == 0x5C {
            let (name, ne) = commandName(i, e)
            guard !name.isEmpty else { return nil }
            if NormalizeTables.iconCommands.contains(name) || NormalizeTables.symbolCommands[name] != nil {
                return ne
            }
            if NormalizeTables.wrapperCommands.contains(name), ne < e, t[ne] == 0x7B, let close = matchingBrace(ne, e) {
                return iconRun(ne + 1, close) ? close + 1 : nil
            }
        }
        return nil
    }

    /// Whether `s..<e` is made of icon commands only (and braces, spaces).
    func iconRun(_ s: Int, _ e: Int) -> Bool {
        var i = s
        var any = false
        while i < e {
            let c = t[i]
            if c == 0x20 || c == 0x7B || c == 0x7D { i += 1; continue }
            guard let ie = iconEnd(i, e) else { return false }
            any = true
            i = ie
        }
        return any
    }

    /// The LaTeX command name after the backslash at `i`, and the index after it.
    func commandName(_ i: Int, _ e: Int) -> (String, Int) {
        var j = i + 1
        while j < e, ByteClass.isLetter(t[j]) { j += 1 }
        guard j > i + 1, j - i <= 24 else { return ("", i) }
        return (String(decoding: t[(i + 1)..<j], as: UTF8.self), j)
    }

    /// The index of the `}` matching the `{` at `open`, within the line, or nil.
    func matchingBrace(_ open: Int, _ e: Int) -> Int? {
        var depth = 0
        var j = open
        while j < e, j - open < 200 {
            if t[j] == 0x7B { depth += 1 } else if t[j] == 0x7D {
                depth -= 1
                if depth == 0 { return j }
            }
            j += 1
        }
        return nil
    }

    mutating func computeLongLine() {
        var lengths: [Int] = []
        for l in lines where l.kind == .prose { lengths.append(l.length) }
        guard lengths.count >= 10 else { longLine = 60; return }
        lengths.sort()
        let w = lengths[min(lengths.count - 1, lengths.count * 9 / 10)]
        longLine = min(120, max(30, w * 6 / 10))
    }
}
