public import FolioModel

/// Finds footnote markers in raw text, by hand over UTF-8 bytes.
///
/// Forms recognised (the label is the marker without decoration):
/// - `^{*1}`, `^{1}`, `^{a}`, `^{\dagger}`, `^{1,2}`, `$^{1}$`, `^1` → `1`, `a`, `†`, `1` and `2`
/// - `*¹³`, `*1` after a word → `13`, `1`
/// - Unicode superscripts after a word or number: `income¹`, `2023²`, `⁽³⁾` (not `m²`, `10⁶`)
/// - `*`, `**`, `†`, `‡`, `§` right after a word or number (`2003*`; not `**bold**`)
/// - `[2]` and `(3)` right after a word or number (`EBITDA(1)`)
///
/// *Weak* forms are ambiguous on their own and only count once a definition confirms them:
/// `(2)` or `[2]` after a word and one space at the end of a line or before a column gap
/// (`Items: (1)`, `change (2)      -`), ` a)` the same way, and a number flattened onto the
/// end of a sentence (`Foundation.1 In 2023`). A label at the start of a line is a
/// definition, never a marker.
public enum MarkerScanner {
    public enum Form: String, Sendable, Hashable {
        case caret, starSuperscript, superscript, starDigits, symbol, bracket, paren, letterParen, flattened
    }

    public struct Match: Sendable, Hashable {
        /// One label as a rule; `^{1,2}` gives two.
        public var labels: [String]
        /// The marker's bytes.
        public var range: Range<Int>
        /// The bytes to drop from the prose: the marker, plus the spaces before it when it
        /// stood apart from its word (`solutions ^{*8},` → `solutions,`).
        public var removal: Range<Int>
        public var form: Form
        /// False for the weak forms, which need a definition to confirm them.
        public var isStrong: Bool

        public init(labels: [String], range: Range<Int>, removal: Range<Int>, form: Form, isStrong: Bool) {
            self.labels = labels
            self.range = range
            self.removal = removal
            self.form = form
            self.isStrong = isStrong
        }
    }

    /// Markers in `bytes[range]` (the whole buffer by default), in text order.
    public static func scan(_ bytes: [UInt8], in range: Range<Int>? = nil, includeWeak: Bool = true) -> [Match] {
        let r = range ?? 0..<bytes.count
        let lo = max(0, min(r.lowerBound, bytes.count))
        let hi = max(lo, min(r.upperBound, bytes.count))
        return bytes.withUnsafeBufferPointer { scan($0, lo, hi, includeWeak: includeWeak) }
    }

    /// Markers in a string (ranges are UTF-8 byte offsets into it).
    public static func scan(_ string: String, includeWeak: Bool = true) -> [Match] {
        scan(Array(string.utf8), includeWeak: includeWeak)
    }

    /// `string` with its strong markers (and weak ones too when asked) removed.
    public static func stripped(_ string: String, includeWeak: Bool = false) -> String {
        let bytes = Array(string.utf8)
        let found = scan(bytes, includeWeak: includeWeak)
        if found.isEmpty { return string }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var at = 0
        for m in found where m.removal.lowerBound >= at {
            out.append(contentsOf: bytes[at..<m.removal.lowerBound])
            at = m.removal.upperBound
        }
        if at < bytes.count { out.append(contentsOf: bytes[at...]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Removes markers from `bytes`: the new text, the map from it back to `bytes`, and one
    /// `Marker` per label with its position in the new text and its range in `bytes` as the
    /// source span (compose with the document's map to get file offsets).
    public static func removingMarkers(from bytes: [UInt8], includeWeak: Bool = false) -> (text: [UInt8], map: OffsetMap, markers: [Marker]) {
        let found = scan(bytes, includeWeak: includeWeak)
        var builder = MappedTextBuilder(reservingCapacity: bytes.count)
        var markers: [Marker] = []
        var at = 0
        for m in found where m.removal.lowerBound >= at {
            builder.copy(bytes, at..<m.removal.lowerBound)
            let position = builder.bytes.count
            for label in m.labels {
                markers.append(Marker(label: label, position: position, sourceSpan: Span(m.range)))
            }
            at = m.removal.upperBound
        }
        builder.copy(bytes, at..<bytes.count)
        return (builder.bytes, builder.map, markers)
    }

    /// Removes the strong markers from a document's text and records them in `doc.markers`,
    /// with source spans in the original file. This is what the normalize stage does to
    /// markers; it is here for tests and for pipelines that run without normalize.
    public static func removeMarkers(from doc: inout WorkingDocument, includeWeak: Bool = false) {
        let result = removingMarkers(from: doc.text, includeWeak: includeWeak)
        guard !result.markers.isEmpty else { return }
        let oldMap = doc.textMap
        doc.rewriteText(result.text, map: result.map)
        var added = result.markers
        for k in added.indices { added[k].sourceSpan = oldMap.origin(of: added[k].sourceSpan) }
        doc.markers.append(contentsOf: added)
        doc.markers.sort { $0.position < $1.position }
    }

    // MARK: - Scanner

    static let caret: UInt8 = 0x5E, star: UInt8 = 0x2A, lbracket: UInt8 = 0x5B, rbracket: UInt8 = 0x5D
    static let lparen: UInt8 = 0x28, rparen: UInt8 = 0x29, lbrace: UInt8 = 0x7B, rbrace: UInt8 = 0x7D
    static let dollar: UInt8 = 0x24, backslash: UInt8 = 0x5C, space: UInt8 = 0x20, tab: UInt8 = 0x09
    static let dot: UInt8 = 0x2E, comma: UInt8 = 0x2C

    static func scan(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, includeWeak: Bool) -> [Match] {
        var out: [Match] = []
        var i = lo
        while i < hi {
            let c = b[i]
            var found: Match?
            switch c {
            case caret: found = caretMarker(b, i, lo, hi)
            case star: found = starMarker(b, i, lo, hi)
            case lbracket: found = bracketMarker(b, i, lo, hi, includeWeak: includeWeak)
            case lparen: found = parenMarker(b, i, lo, hi, includeWeak: includeWeak)
            case 0xC2, 0xE2: found = unicodeMarker(b, i, lo, hi)
            default:
                if includeWeak, ByteClass.isDigit(c) { found = flattenedMarker(b, i, lo, hi) }
                else if includeWeak, ByteClass.isLower(c) { found = letterParenMarker(b, i, lo, hi) }
            }
            if let m = found, !m.labels.isEmpty {
                out.append(m)
                i = max(i + 1, m.range.upperBound)
            } else {
                i += 1
            }
        }
        return out
    }

    /// True when only blanks stand between the start of the line and `i`.
    static func atLineStart(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int) -> Bool {
        var j = i - 1
        while j >= lo {
            let c = b[j]
            if ByteClass.isLineBreak(c) { return true }
            if !ByteClass.isBlank(c) { return false }
            j -= 1
        }
        return true
    }

    /// The scalar before `i`, if it ends a word.
    static func followsWord(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int) -> Bool {
        guard let p = UTF8Scan.scalar(b, before: i, start: lo) else { return false }
        return UTF8Scan.isWordEnd(p.value)
    }

    /// Extends a marker's range to the bytes to remove with it.
    static func removal(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ lo: Int, _ hi: Int) -> Range<Int> {
        var s = range.lowerBound
        guard s > lo, b[s - 1] == space else { return range }
        if range.upperBound < hi, b[range.upperBound] == tab { return range }
        while s > lo, b[s - 1] == space { s -= 1 }
        if s == lo || ByteClass.isLineBreak(b[s - 1]) || b[s - 1] == tab { return range }
        return s..<range.upperBound
    }

    static func make(_ b: UnsafeBufferPointer<UInt8>, _ labels: [String], _ range: Range<Int>, _ lo: Int, _ hi: Int,
                     _ form: Form, strong: Bool) -> Match {
        Match(labels: labels, range: range, removal: removal(b, range, lo, hi), form: form, isStrong: strong)
    }

    /// `^{*1}`, `^{1}`, `^{1,2}`, `^{\dagger}`, `^1`, `^*`, optionally wrapped in `$...$`.
    static func caretMarker(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int, _ hi: Int) -> Match? {
        var start = i
        if i > lo, b[i - 1] == dollar { start = i - 1 }
        if atLineStart(b, start, lo) { return nil }
        var content: [UInt8] = []
        var end: Int
        if i + 1 < hi, b[i + 1] == lbrace {
            var j = i + 2
            while j < hi, b[j] != rbrace, j - i < 24 {
                if ByteClass.isLineBreak(b[j]) { return nil }
                j += 1
            }
            guard j < hi, b[j] == rbrace else { return nil }
            content = Array(UnsafeBufferPointer(rebasing: b[(i + 2)..<j]))
            end = j + 1
        } else {
            var j = i + 1
            if j < hi, b[j] == star { j += 1 }
            while j < hi, ByteClass.isDigit(b[j]), j - i <= 3 { j += 1 }
            if j == i + 1 { return nil }
            content = Array(UnsafeBufferPointer(rebasing: b[(i + 1)..<j]))
            end = j
        }
        if start < i {
            // `$^{1}$`: take the closing dollar too, or drop the opening one.
            if end < hi, b[end] == dollar { end += 1 } else { start = i }
        }
        guard let labels = NoteLabels.caretLabels(content) else { return nil }
        // `m^{2}`, `10^{12}`: an exponent (`NoteLabels.isExponent`), as is `10^{1,2}`.
        if labels.count == 1, NoteLabels.isExponent(labels[0], at: start, in: b, lineStart: lo) { return nil }
        if labels.allSatisfy({ $0.utf8.allSatisfy(ByteClass.isDigit) }), NoteLabels.followsTen(b, start, lineStart: lo) { return nil }
        return make(b, labels, start..<end, lo, hi, .caret, strong: true)
    }

    /// `*¹³`, `*1` after a word, and `*`, `**`, `***` after a word or number.
    static func starMarker(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int, _ hi: Int) -> Match? {
        var j = i
        while j < hi, b[j] == star { j += 1 }
        let n = j - i
        guard n <= 3, !atLineStart(b, i, lo) else { return nil }
        guard i > lo, b[i - 1] != star, followsWord(b, i, lo) else { return nil }
        // Superscript digits after the star.
        if let sup = NoteLabels.superscriptLabel(in: b, at: j, end: hi) {
            return make(b, [sup.label], i..<sup.end, lo, hi, .starSuperscript, strong: true)
        }
        // `*1` after a letter.
        if n == 1, j < hi, ByteClass.isDigit(b[j]), let p = UTF8Scan.scalar(b, before: i, start: lo),
           p.value < 0x80 ? ByteClass.isLetter(UInt8(p.value)) || p.value == 0x29 : UTF8Scan.isWordEnd(p.value) {
            var k = j
            while k < hi, ByteClass.isDigit(b[k]), k - j < 3 { k += 1 }
            if k < hi, ByteClass.isAlphanumeric(b[k]) || (b[k] == dot || b[k] == comma) && k + 1 < hi && ByteClass.isDigit(b[k + 1]) { return nil }
            return make(b, [String(decoding: UnsafeBufferPointer(rebasing: b[j..<k]), as: UTF8.self)], i..<k, lo, hi, .starDigits, strong: true)
        }
        // A bare star run: must not be followed by a word character.
        if j < hi {
            if ByteClass.isAlphanumeric(b[j]) { return nil }
            if let s = UTF8Scan.scalar(b, at: j, end: hi), s.value >= 0x80, UTF8Scan.isWordEnd(s.value) { return nil }
        }
        // Not the closing half of `*emphasis*` / `**bold**` on the same line.
        var q = i - 1
        while q >= lo, !ByteClass.isLineBreak(b[q]) {
            if b[q] == star {
                var r = q
                while r > lo, b[r - 1] == star { r -= 1 }
                let runLen = q - r + 1
                let before = r == lo || ByteClass.isWhiteSpace(b[r - 1]) || b[r - 1] == lparen
                let after = q + 1 < hi && !ByteClass.isWhiteSpace(b[q + 1])
                if runLen == n, before, after { return nil }
                q = r - 1
                continue
            }
            q -= 1
        }
        return make(b, [String(repeating: "*", count: n)], i..<j, lo, hi, .symbol, strong: true)
    }

    /// Superscript digits, `⁽¹⁾`, and `†`, `‡`, `§`, `¶` after a word or number.
    static func unicodeMarker(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int, _ hi: Int) -> Match? {
        guard let s0 = UTF8Scan.scalar(b, at: i, end: hi) else { return nil }
        let v = s0.value
        if NoteLabels.isSymbol(v) {
            guard !atLineStart(b, i, lo), followsWord(b, i, lo) else { return nil }
            var k = i
            var label = ""
            while let s = UTF8Scan.scalar(b, at: k, end: hi), s.value == v, label.count < 3 {
                label.unicodeScalars.append(Unicode.Scalar(v) ?? "*")
                k += s.length
            }
            if let s = UTF8Scan.scalar(b, at: k, end: hi), s.value < 0x80 ? ByteClass.isAlphanumeric(UInt8(s.value)) : UTF8Scan.isWordEnd(s.value) {
                return nil
            }
            return make(b, [label], i..<k, lo, hi, .symbol, strong: true)
        }
        let open = v == 0x207D
        guard open || Superscripts.digit(v) != nil else { return nil }
        guard !atLineStart(b, i, lo), let p = UTF8Scan.scalar(b, before: i, start: lo) else { return nil }
        guard UTF8Scan.isWordEnd(p.value) || p.value == 0x2A else { return nil }
        guard let sup = NoteLabels.superscriptLabel(in: b, at: open ? i + s0.length : i, end: hi) else { return nil }
        let digits = sup.label
        var k = sup.end
        if open {
            guard let s = UTF8Scan.scalar(b, at: k, end: hi), s.value == 0x207E else { return nil }
            k += s.length
        } else if let s = UTF8Scan.scalar(b, at: k, end: hi), s.value >= 0x2070, s.value <= 0x209F {
            return nil // a longer superscript expression (`⁻¹`, `ⁿ`)
        }
        if !open, NoteLabels.isExponent(digits, at: i, in: b, lineStart: lo) { return nil } // m², 10⁶
        return make(b, [digits], i..<k, lo, hi, .superscript, strong: true)
    }

    /// What follows a weak marker: the end of the line, a tab, a column gap, or punctuation
    /// that ends the clause.
    static func endsClause(_ b: UnsafeBufferPointer<UInt8>, _ k: Int, _ hi: Int) -> Bool {
        if k >= hi { return true }
        let c = b[k]
        if ByteClass.isLineBreak(c) || c == tab { return true }
        if c == space { return k + 1 >= hi || b[k + 1] == space || b[k + 1] == tab || ByteClass.isLineBreak(b[k + 1]) }
        if c == comma || c == 0x3B || c == 0x3A || c == dot {
            return k + 1 >= hi || ByteClass.isWhiteSpace(b[k + 1])
        }
        return false
    }

    /// For the weak forms: one space before the marker, a word or a number before that.
    static func oneSpaceAfterWord(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int) -> Bool {
        guard i - 2 >= lo, b[i - 1] == space, b[i - 2] != space else { return false }
        guard let p = UTF8Scan.scalar(b, before: i - 1, start: lo) else { return false }
        if p.value < 0x80 {
            let c = UInt8(p.value)
            return ByteClass.isAlphanumeric(c) || c == 0x3A || c == 0x22 || c == star
        }
        return p.value == 0x201D || (UTF8Scan.isWordEnd(p.value) && p.value >= 0x00C0)
    }

    /// `[2]` after a word; weak after a word and a space.
    static func bracketMarker(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int, _ hi: Int, includeWeak: Bool) -> Match? {
        var k = i + 1
        while k < hi, ByteClass.isDigit(b[k]), k - i <= 3 { k += 1 }
        guard k > i + 1, k - i <= 3, k < hi, b[k] == rbracket, b[i + 1] != 0x30 else { return nil }
        let label = String(decoding: UnsafeBufferPointer(rebasing: b[(i + 1)..<k]), as: UTF8.self)
        let end = k + 1
        if end < hi, b[end] == lparen || b[end] == 0x3A || b[end] == lbracket { return nil }
        if end < hi, ByteClass.isAlphanumeric(b[end]) { return nil }
        if atLineStart(b, i, lo) { return nil }
        if i > lo, b[i - 1] != space, followsWord(b, i, lo) {
            return make(b, [label], i..<end, lo, hi, .bracket, strong: true)
        }
        if includeWeak, oneSpaceAfterWord(b, i, lo) {
            return make(b, [label], i..<end, lo, hi, .bracket, strong: false)
        }
        return nil
    }

    /// `(3)` right after a word or number; weak after a word and a space at a clause end.
    static func parenMarker(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int, _ hi: Int, includeWeak: Bool) -> Match? {
        var k = i + 1
        while k < hi, ByteClass.isDigit(b[k]), k - i <= 3 { k += 1 }
        guard k > i + 1, k - i <= 3, k < hi, b[k] == rparen, b[i + 1] != 0x30 else { return nil }
        let label = String(decoding: UnsafeBufferPointer(rebasing: b[(i + 1)..<k]), as: UTF8.self)
        let end = k + 1
        if end < hi, ByteClass.isAlphanumeric(b[end]) { return nil }
        if atLineStart(b, i, lo) { return nil }
        // Not `501(c)(4)`, `$(219)`, `((1))`, `x.(1)`.
        if i > lo, b[i - 1] != space, b[i - 1] != lparen, b[i - 1] != rparen, b[i - 1] != 0x24 /* $ */, followsWord(b, i, lo),
           b[i - 1] != dot, b[i - 1] != comma {
            return make(b, [label], i..<end, lo, hi, .paren, strong: true)
        }
        if includeWeak, oneSpaceAfterWord(b, i, lo), endsClause(b, end, hi) {
            return make(b, [label], i..<end, lo, hi, .paren, strong: false)
        }
        return nil
    }

    /// ` a)` after a word at a clause end (weak).
    static func letterParenMarker(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int, _ hi: Int) -> Match? {
        guard i + 1 < hi, b[i + 1] == rparen, oneSpaceAfterWord(b, i, lo), endsClause(b, i + 2, hi) else { return nil }
        return make(b, [String(UnicodeScalar(b[i]))], i..<(i + 2), lo, hi, .letterParen, strong: false)
    }

    /// `Foundation.1 In 2023`: a note number flattened onto the end of a sentence (weak).
    static func flattenedMarker(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int, _ hi: Int) -> Match? {
        guard i - 2 >= lo, b[i - 1] == dot, b[i] != 0x30 else { return nil }
        guard let p = UTF8Scan.scalar(b, before: i - 1, start: lo) else { return nil }
        let wordBefore = p.value < 0x80 ? (ByteClass.isLower(UInt8(p.value)) || p.value == 0x29 || p.value == 0x22) : (p.value == 0x201D || p.value == 0x2019 || p.value >= 0x00C0 && UTF8Scan.isWordEnd(p.value))
        guard wordBefore else { return nil }
        // The word before must be a word of at least three letters (not `p.1`, `e.g.1`).
        if p.value < 0x80, ByteClass.isLower(UInt8(p.value)) {
            var j = i - 1
            var letters = 0
            while j > lo, ByteClass.isLetter(b[j - 1]) { j -= 1; letters += 1 }
            if letters < 3 || (j > lo && b[j - 1] == dot) { return nil }
        }
        var k = i
        while k < hi, ByteClass.isDigit(b[k]) { k += 1 }
        guard k - i <= 2 else { return nil }
        if k < hi {
            let c = b[k]
            if ByteClass.isLineBreak(c) {
                // ok
            } else if c == space, k + 1 < hi, ByteClass.isUpper(b[k + 1]) || ByteClass.isLineBreak(b[k + 1]) {
                // ok
            } else {
                return nil
            }
        }
        return make(b, [String(decoding: UnsafeBufferPointer(rebasing: b[i..<k]), as: UTF8.self)], i..<k, lo, hi, .flattened, strong: false)
    }
}
