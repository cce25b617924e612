/// **Where a footnote marker may stand**: the one position grammar of the strong markers,
/// read by the normalize stage (which removes them from the prose into `doc.markers`) and by
/// the footnotes stage's `MarkerScanner` (which finds them in text nothing normalized, and
/// the weak forms beside them). What a label is, and when raised digits are an exponent, is
/// `NoteLabels`'; this is where a marker may stand, and what its glyphs are.
///
/// A marker stands right after the end of a word (`isWordEnd`: a letter of any script, a
/// digit, `%`, a closing quote or bracket, `.` `,` `:`, `™` `®`), never at the start of a
/// line (there a label opens a definition), and is not followed by a word character
/// (`continuesWord`):
///
///     Revenue¹   2024¹   Brand™¹   margin⁽⁵⁾        superscript digits (not m², 10⁶: an exponent)
///     Revenue*¹³                                    a star before superscript digits
///     Revenue*1   (loss)*1                          a star before digits, after a letter or `)` (not 5*3, Price*1,000)
///     Total†   2003*   sales**   costs‡   tax§      symbols, a run of up to three (not the close of *emphasis*, not CFR§ 240)
///     reported[2]   Items:[1]                       a bracketed number of one or two digits (not [1](url), [1]:, [0])
///     EBITDA(1)   Items:(1)   "Adjusted"(2)         a parenthesised number after a word or a year (not 13(1), x.(1), $(219), 501(c)(4))
///
/// A parenthesised number after a digit (but a year: `1996(11)`), a full stop, a comma, a bracket or `$` is a figure, a
/// section reference or an enumeration (`Section 13(1)`, `... end.(1) Next`, `$(219)`), not a
/// marker. Forms printed apart from their word (`Revenue (1)`, `$ 1,234 (a)`, `Foundation.1`)
/// are ambiguous: the footnotes stage reads them as weak markers that only a definition
/// confirms (`isWeakAnchor`, `endsClause`). The LaTeX caret form (`^{1}`, `caret`) may stand
/// anywhere but at a line start; its labels are `NoteLabels.caretLabels`.
public enum MarkerGrammar {
    /// How a marker is printed.
    public enum Glyph: String, Sendable, Hashable {
        /// `¹²`, `⁽³⁾`
        case superscript
        /// `*¹³`
        case starSuperscript
        /// `*1`
        case starDigits
        /// `*`, `**`, `†`, `‡`, `§`, `¶`
        case symbol
        /// `[2]`
        case bracket
        /// `(3)`
        case paren
    }

    /// A strong marker: its label (`NoteLabels`), its bytes, its glyph.
    public struct Found: Sendable, Hashable {
        public var label: String
        public var range: Range<Int>
        public var glyph: Glyph

        public init(label: String, range: Range<Int>, glyph: Glyph) {
            self.label = label
            self.range = range
            self.glyph = glyph
        }
    }

    /// The most digits a note number printed on the line holds: a bracketed or parenthesised
    /// marker (`(12)`, `[12]`) and a definition's label (`12 Refers`, `(12) These`,
    /// `DefinitionLabel`); `(123)` and `123 Units` are figures. Raised labels (`¹²³`, `^{123}`)
    /// may have `NoteLabels.maxLength` digits.
    public static let maxNoteNumberDigits = 2

    /// **The end of a word**, after which a marker may stand: ASCII letters and digits, `%`,
    /// `)`, `]`, `"`, `'`, `.`, `,`, `:`; beyond ASCII, closing quotes (`”`, `’`), `™`, `®`,
    /// and letters (from U+00C0, not `×`, `÷`, general punctuation, raised or lowered signs
    /// and digits (`⁻`, `ⁿ`, `¹`), or note symbols).
    @inlinable
    public static func isWordEnd(_ v: UInt32) -> Bool {
        if v < 0x80 {
            let c = UInt8(v)
            return ByteClass.isAlphanumeric(c) || c == 0x25 /* % */ || c == 0x29 /* ) */ || c == 0x22 /* " */ || c == 0x27 /* ' */
                || c == 0x5D /* ] */ || c == 0x2E /* . */ || c == 0x2C /* , */ || c == 0x3A /* : */
        }
        if v == 0x201D || v == 0x2019 || v == 0x2122 || v == 0x00AE { return true }
        return v >= 0x00C0 && v != 0x00D7 && v != 0x00F7 && !(0x2000...0x209F).contains(v)
            && Superscripts.digit(v) == nil && !NoteLabels.isSymbol(v)
    }

    /// Whether only blanks stand between the start of the line (a line break, or `lineStart`)
    /// and `i`: a label there opens a definition, it is no marker.
    public static func atLineStart(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, lineStart: Int) -> Bool {
        var j = i - 1
        while j >= lineStart {
            let c = b[j]
            if ByteClass.isLineBreak(c) { return true }
            if !ByteClass.isBlank(c) { return false }
            j -= 1
        }
        return true
    }

    /// Whether the scalar before `i` ends a word (`isWordEnd`).
    @inlinable
    public static func followsWord(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, lineStart: Int) -> Bool {
        guard let p = UTF8Scalars.scalar(b, before: i, start: lineStart) else { return false }
        return isWordEnd(p.value)
    }

    /// Whether a word character stands at `k` (an ASCII letter or digit, or a letter beyond
    /// ASCII): a marker cannot end there (`2003*s`, `†x`).
    @inlinable
    public static func continuesWord(_ b: UnsafeBufferPointer<UInt8>, _ k: Int, end: Int) -> Bool {
        guard k < end, k < b.count else { return false }
        if ByteClass.isAlphanumeric(b[k]) { return true }
        guard b[k] >= 0x80, let s = UTF8Scalars.scalar(b, at: k, end: end) else { return false }
        return isWordEnd(s.value)
    }

    /// The strong marker whose first byte is at `i` (`*`, `[`, `(`, a superscript digit, `⁽`,
    /// `†`, `‡`, `§`, `¶`), or nil. Nothing before `lineStart` or from `end` on is read.
    public static func strongMarker(in b: UnsafeBufferPointer<UInt8>, at i: Int, lineStart: Int, end: Int) -> Found? {
        guard i >= lineStart, i < end, end <= b.count else { return nil }
        switch b[i] {
        case 0x2A: return star(b, i, lineStart, end)
        case 0x5B: return enclosed(b, i, lineStart, end, close: 0x5D)
        case 0x28: return enclosed(b, i, lineStart, end, close: 0x29)
        case 0xC2, 0xE2: return raised(b, i, lineStart, end)
        default: return nil
        }
    }

    /// `*¹³`, `*1` after a letter or `)`, and `*`, `**`, `***` after a word or number.
    static func star(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int, _ hi: Int) -> Found? {
        var j = i
        while j < hi, b[j] == 0x2A { j += 1 }
        let n = j - i
        guard n <= NoteLabels.maxLength, i > lo, b[i - 1] != 0x2A, !atLineStart(b, i, lineStart: lo),
              followsWord(b, i, lineStart: lo) else { return nil }
        if let sup = NoteLabels.superscriptLabel(in: b, at: j, end: hi) {
            return Found(label: sup.label, range: i..<sup.end, glyph: .starSuperscript)
        }
        // `*1` after a letter or a closing parenthesis; not `Price*1,000`, `rate*1.5`.
        if n == 1, j < hi, ByteClass.isDigit(b[j]), let p = UTF8Scalars.scalar(b, before: i, start: lo),
           p.value < 0x80 ? ByteClass.isLetter(UInt8(p.value)) || p.value == 0x29 : isWordEnd(p.value) {
            var k = j
            while k < hi, ByteClass.isDigit(b[k]), k - j < NoteLabels.maxLength { k += 1 }
            if continuesWord(b, k, end: hi) || (k + 1 < hi && (b[k] == 0x2E || b[k] == 0x2C) && ByteClass.isDigit(b[k + 1])) { return nil }
            return Found(label: String(decoding: UnsafeBufferPointer(rebasing: b[j..<k]), as: UTF8.self), range: i..<k, glyph: .starDigits)
        }
        if continuesWord(b, j, end: hi) || closesEmphasis(b, i, run: n, lo) { return nil }
        return Found(label: String(repeating: "*", count: n), range: i..<j, glyph: .symbol)
    }

    /// Whether the star run of length `run` at `i` closes `*emphasis*` or `**bold**` opened
    /// earlier on the line (a run of the same length after a blank or `(`, before a non-blank).
    static func closesEmphasis(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, run n: Int, _ lo: Int) -> Bool {
        var q = i - 1
        while q >= lo, !ByteClass.isLineBreak(b[q]) {
            if b[q] == 0x2A {
                var r = q
                while r > lo, b[r - 1] == 0x2A { r -= 1 }
                let before = r == lo || ByteClass.isWhiteSpace(b[r - 1]) || b[r - 1] == 0x28
                let after = q + 1 < b.count && !ByteClass.isWhiteSpace(b[q + 1])
                if q - r + 1 == n, before, after { return true }
                q = r - 1
                continue
            }
            q -= 1
        }
        return false
    }

    /// `[2]` and `(3)` right after a word: one or two digits, not starting with 0, not before
    /// a word character; `[n]` not before `(`, `:` or `[` (a Markdown link or reference);
    /// `(n)` not after a digit, `.`, `,`, `(`, `)` or `$`.
    static func enclosed(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int, _ hi: Int, close: UInt8) -> Found? {
        guard i > lo, let n = enclosedNumber(b, at: i, end: hi), b[n.end - 1] == close, !atLineStart(b, i, lineStart: lo) else { return nil }
        let p = b[i - 1]
        if close == 0x29, ByteClass.isDigit(p) ? !isYearBefore(b, i, lineStart: lo) : (p == 0x2E || p == 0x2C || p == 0x28 || p == 0x29 || p == 0x24) {
            return nil
        }
        guard followsWord(b, i, lineStart: lo) else { return nil }
        return Found(label: n.label, range: i..<n.end, glyph: close == 0x5D ? .bracket : .paren)
    }

    /// **An enclosed note number**, strong or weak, in text or opening a definition: `(` or
    /// `[` at `i`, one to `maxNoteNumberDigits` digits not starting with 0, the matching close,
    /// and no word character after it (`continuesWord`); `[n]` not before `(`, `:` or `[` (a
    /// Markdown link or reference). Where it may stand is the caller's rule.
    public static func enclosedNumber(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end hi: Int) -> (label: String, end: Int)? {
        guard i < hi, hi <= b.count, b[i] == 0x28 || b[i] == 0x5B else { return nil }
        let close: UInt8 = b[i] == 0x28 ? 0x29 : 0x5D
        var k = i + 1
        while k < hi, ByteClass.isDigit(b[k]), k - i <= maxNoteNumberDigits { k += 1 }
        guard k > i + 1, k - i <= maxNoteNumberDigits + 1, k < hi, b[k] == close, b[i + 1] != 0x30 else { return nil }
        let end = k + 1
        if continuesWord(b, end, end: hi) { return nil }
        if close == 0x5D, end < hi, b[end] == 0x28 || b[end] == 0x3A || b[end] == 0x5B { return nil }
        return (String(decoding: UnsafeBufferPointer(rebasing: b[(i + 1)..<k]), as: UTF8.self), end)
    }

    /// Superscript digits (`¹³`, `⁽³⁾`) after a word or a star, not an exponent (`m²`, `10⁶`:
    /// `NoteLabels.isExponent`) and not part of a longer raised expression (`⁻¹`, `ⁿ`); and
    /// `†`, `‡`, `§`, `¶` (a run of up to three of one) after a word, not before one.
    static func raised(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int, _ hi: Int) -> Found? {
        guard let s0 = UTF8Scalars.scalar(b, at: i, end: hi), i > lo, !atLineStart(b, i, lineStart: lo),
              let p = UTF8Scalars.scalar(b, before: i, start: lo) else { return nil }
        let v = s0.value
        if NoteLabels.isSymbol(v) {
            guard isWordEnd(p.value) else { return nil }
            var k = i
            var label = ""
            while let s = UTF8Scalars.scalar(b, at: k, end: hi), s.value == v, label.unicodeScalars.count < NoteLabels.maxLength,
                  let u = Unicode.Scalar(v) {
                label.unicodeScalars.append(u)
                k += s.length
            }
            if continuesWord(b, k, end: hi) || isSectionSign(v, b, k, end: hi) { return nil }
            return Found(label: label, range: i..<k, glyph: .symbol)
        }
        let open = v == 0x207D
        guard open || Superscripts.digit(v) != nil, isWordEnd(p.value) || p.value == 0x2A,
              let sup = NoteLabels.superscriptLabel(in: b, at: open ? i + s0.length : i, end: hi) else { return nil }
        var k = sup.end
        if open {
            guard let s = UTF8Scalars.scalar(b, at: k, end: hi), s.value == 0x207E else { return nil }
            k += s.length
        } else if let s = UTF8Scalars.scalar(b, at: k, end: hi), s.value >= 0x2070, s.value <= 0x209F {
            return nil
        }
        if !open, NoteLabels.isExponent(sup.label, at: i, in: b, lineStart: lo) { return nil }
        return Found(label: sup.label, range: i..<k, glyph: .superscript)
    }

    /// **A year before a note number**: `dated July 24, 1996(11)`, `2024(1)` over a column.
    /// A parenthesised number after a digit is a figure or a section (`Section 13(1)`), except
    /// after a plausible year (`Years.plausible`) standing alone as a word, four digits with
    /// a space, a tab or the line's start before them: there it is the year's note.
    static func isYearBefore(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, lineStart lo: Int) -> Bool {
        guard i - 4 >= lo else { return false }
        var y = 0
        for k in (i - 4)..<i {
            guard ByteClass.isDigit(b[k]) else { return false }
            y = y * 10 + Int(b[k] - 0x30)
        }
        guard Years.plausible.contains(y) else { return false }
        return i - 4 == lo || b[i - 5] == 0x20 || b[i - 5] == 0x09
    }

    /// **A section sign, not a note**: `§` or `¶` before a number, with or without a space
    /// (`17 CFR§ 240.10A-3`, `Code§1001`): it cites a section or paragraph.
    static func isSectionSign(_ v: UInt32, _ b: UnsafeBufferPointer<UInt8>, _ k: Int, end hi: Int) -> Bool {
        guard v == 0xA7 || v == 0xB6 else { return false }
        var j = k
        if j < hi, b[j] == 0x20 { j += 1 }
        return j < hi && ByteClass.isDigit(b[j])
    }

    // MARK: - The LaTeX caret form

    /// A caret form where `caret(in:at:lineStart:end:)` reads one.
    public struct Caret: Sendable, Hashable {
        /// `^` to the closing brace or the last bare byte (`^{1}`, `^1`).
        public var range: Range<Int>
        /// `range` with the `$` pair around it when both stand there (`$^{1}$`).
        public var wrapped: Range<Int>
        /// The bytes inside the braces, or the bare stars and digits.
        public var content: Range<Int>
        public var braced: Bool
        /// What the content spells (`NoteLabels.caretLabels`); nil when it is no label
        /// (`^{th}`, `^{x+y}`): LaTeX residue, not a note.
        public var labels: [String]?
        /// A power, not a note (`isCaretPower`).
        public var isPower: Bool
        /// Only blanks before it (or before its `$`) on the line: a definition's label.
        public var atLineStart: Bool

        /// A note marker in running text: labels, not a power, not at a line start.
        public var isMarker: Bool { labels != nil && !isPower && !atLineStart }
    }

    /// The most bytes a caret form's braces hold (`^{\ddagger,\dagger}`).
    public static let maxCaretContent = 20

    /// **The LaTeX caret form**, the one reader of it: `^{*1}`, `^{1,2}`, `^{\dagger}` (braces
    /// of up to `maxCaretContent` bytes on one line, no brace inside) and bare `^1`, `^*`,
    /// `^*12` (up to three stars, then up to three digits), optionally inside `$...$`. It may
    /// stand anywhere: at a line start it is a definition's label (`^{1} Refers to ...`),
    /// elsewhere a marker, unless it is a power. The normalize stage repairs it (a marker into
    /// `doc.markers`, a label into plain digits, a power into superscript digits), the
    /// footnotes stage reads it where nothing normalized, and a definition's label with it.
    public static func caret(in b: UnsafeBufferPointer<UInt8>, at i: Int, lineStart: Int, end: Int) -> Caret? {
        guard i >= lineStart, i < end, end <= b.count, b[i] == 0x5E else { return nil }
        let content: Range<Int>
        let close: Int
        let braced = i + 1 < end && b[i + 1] == 0x7B
        if braced {
            var j = i + 2
            while j < end, j - (i + 2) < maxCaretContent, b[j] != 0x7D, b[j] != 0x7B, !ByteClass.isLineBreak(b[j]) { j += 1 }
            guard j < end, b[j] == 0x7D, j > i + 2 else { return nil }
            content = (i + 2)..<j
            close = j + 1
        } else {
            var j = i + 1
            while j < end, b[j] == 0x2A, j - i <= 3 { j += 1 }
            let digits = j
            while j < end, ByteClass.isDigit(b[j]), j - digits < 3 { j += 1 }
            guard j > i + 1 else { return nil }
            content = (i + 1)..<j
            close = j
        }
        let range = i..<close
        var wrapped = range
        if i > lineStart, b[i - 1] == 0x24, close < end, b[close] == 0x24 { wrapped = (i - 1)..<(close + 1) }
        let labels = NoteLabels.caretLabels(UnsafeBufferPointer(rebasing: b[content]))
        let power = labels.map { isCaretPower($0, content: UnsafeBufferPointer(rebasing: b[content]), b, wrapped.lowerBound, lineStart: lineStart) } ?? false
        return Caret(range: range, wrapped: wrapped, content: content, braced: braced, labels: labels, isPower: power,
                     atLineStart: atLineStart(b, wrapped.lowerBound, lineStart: lineStart))
    }

    /// **A caret power**: raised digits (and commas) alone, a power by `NoteLabels.isExponent`
    /// (`m^{2}`, `10^{12}`), or several after `10` (`10^{1,2}`); `^{*1}` and `^{\dagger}` say
    /// note.
    static func isCaretPower(_ labels: [String], content: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>,
                             _ start: Int, lineStart: Int) -> Bool {
        guard content.allSatisfy({ ByteClass.isDigit($0) || $0 == 0x2C }) else { return false }
        if labels.count == 1 { return NoteLabels.isExponent(labels[0], at: start, in: b, lineStart: lineStart) }
        return NoteLabels.followsTen(b, start, lineStart: lineStart)
    }

    // MARK: - Weak positions

    /// **A weak marker's place**: one space before it, and the end of a word or number before
    /// that (`Items: (1)`, `change (2)`, `"Adjusted" (3)`). Printed apart from its word, a
    /// marker is ambiguous (`the following (1) first item`): the footnotes stage takes it only
    /// when a definition with its label follows.
    public static func isWeakAnchor(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, lineStart: Int) -> Bool {
        guard i - 2 >= lineStart, b[i - 1] == 0x20, b[i - 2] != 0x20,
              let p = UTF8Scalars.scalar(b, before: i - 1, start: lineStart) else { return false }
        if p.value < 0x80 {
            let c = UInt8(p.value)
            return ByteClass.isAlphanumeric(c) || c == 0x3A || c == 0x22 || c == 0x2A
        }
        return p.value == 0x201D || (isWordEnd(p.value) && p.value >= 0x00C0)
    }

    /// **What follows a weak marker**: the end of the line, a tab, a column gap (two spaces),
    /// or `,` `;` `:` `.` before white space: the clause ends there (`Items: (1)\n`,
    /// `change (2)      -`).
    public static func endsClause(_ b: UnsafeBufferPointer<UInt8>, _ k: Int, end hi: Int) -> Bool {
        if k >= hi { return true }
        let c = b[k]
        if ByteClass.isLineBreak(c) || c == 0x09 { return true }
        if c == 0x20 { return k + 1 >= hi || b[k + 1] == 0x20 || b[k + 1] == 0x09 || ByteClass.isLineBreak(b[k + 1]) }
        if c == 0x2C || c == 0x3B || c == 0x3A || c == 0x2E {
            return k + 1 >= hi || ByteClass.isWhiteSpace(b[k + 1])
        }
        return false
    }
}
