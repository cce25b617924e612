public import FolioModel

/// Finds footnote markers in raw text, by hand over UTF-8 bytes.
///
/// Strong forms are where the one position grammar, `MarkerGrammar` (FolioModel), finds them
/// (`Revenue¹`, `margin⁽⁵⁾`, `Revenue*¹³`, `Revenue*1`, `Total†`, `2003*`, `reported[2]`,
/// `EBITDA(1)`); it is the grammar the normalize stage reads, so a marker normalize left in
/// the text is no strong marker here either. The LaTeX caret form is where
/// `MarkerGrammar.caret` reads a marker: `^{*1}`, `^{1}`, `^{a}`, `^{\dagger}`, `^{1,2}`,
/// `$^{1}$`, `^1` → `1`, `a`, `†`, `1` and `2`.
///
/// *Weak* forms are ambiguous on their own and only count once a definition confirms them:
/// `(2)` or `[2]` after a word and one space (`MarkerGrammar.isWeakAnchor`) at the end of a
/// clause (`MarkerGrammar.endsClause`: `Items: (1)`, `change (2)      -`), ` a)` the same way,
/// and a number flattened onto the end of a sentence (`Foundation.1 In 2023`). A label at
/// the start of a line is a definition, never a marker.
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
        doc.markersDecided = true
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
    static let lparen: UInt8 = 0x28, rparen: UInt8 = 0x29, space: UInt8 = 0x20, tab: UInt8 = 0x09
    static let dot: UInt8 = 0x2E

    static func scan(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, includeWeak: Bool) -> [Match] {
        var out: [Match] = []
        var i = lo
        while i < hi {
            // Bytes that start no marker are passed over up to eight at once (nine words of
            // eight bytes in ten of a filing's text hold none that may).
            let none = positionsStartingNone(b, i, lo, hi)
            if none > 0 { i += none; continue }
            let c = b[i]
            guard mayStart(b, i, lo, hi, includeWeak: includeWeak) else { i += 1; continue }
            var found: Match?
            switch c {
            case caret: found = caretMarker(b, i, lo, hi)
            case star, 0xC2, 0xE2: found = strongMarker(b, i, lo, hi)
            case lbracket, lparen:
                found = strongMarker(b, i, lo, hi)
                if found == nil, includeWeak { found = enclosedWeakMarker(b, i, lo, hi, close: c == lbracket ? rbracket : rparen) }
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

    /// Whether a marker may start at `i`. Most bytes start none: a lowercase letter starts one
    /// only before `)` (` a)`), a digit only after `.` (`Foundation.1`), and any other byte
    /// only when it opens one of the forms `scan` reads (`^`, `*`, `[`, `(`, the lead byte of
    /// a superscript or a symbol). They are passed over before a match is set up.
    @inline(__always)
    static func mayStart(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int, _ hi: Int, includeWeak: Bool) -> Bool {
        switch b[i] {
        case 0x61...0x7A: includeWeak && i + 1 < hi && b[i + 1] == rparen
        case 0x30...0x39: includeWeak && i > lo && b[i - 1] == dot
        case caret, star, 0xC2, 0xE2, lbracket, lparen: true
        default: false
        }
    }

    /// How many positions from `i` (at most eight) certainly start no marker, told from one
    /// word of eight bytes: those before the first byte that opens a form (`^`, `*`, `[`,
    /// `(`, any byte beyond ASCII, as the lead bytes of superscripts and symbols are) or is
    /// `)` or `.` (the ends of the weak forms' `a)` and `.1`), less the one before it (a
    /// letter before `)`); none when the byte before `i` is `.` (a digit at `i` may follow
    /// it), and not `i + 7` when `b[i + 8]` is `)`. Each byte value is looked for with
    /// `(t - 0x01...) & ~t & 0x80...`, whose lowest set bit marks exactly the first zero byte
    /// of `t`. Zero near the range's end. With or without the weak forms: it passes over
    /// only bytes `mayStart` rejects either way.
    @inline(__always)
    static func positionsStartingNone(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int, _ hi: Int) -> Int {
        guard i + 8 <= hi, let base = b.baseAddress else { return 0 }
        if i > lo, b[i - 1] == dot { return 0 }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let x = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: i, as: UInt64.self))
        @inline(__always) func has(_ v: UInt64) -> UInt64 {
            let t = x ^ (ones &* v)
            return (t &- ones) & ~t & highs
        }
        let found = has(0x5E) | has(0x2A) | has(0x5B) | has(0x28) | has(0x29) | has(0x2E) | (x & highs)
        var n = found == 0 ? 8 : max(0, found.trailingZeroBitCount / 8 - 1)
        if n == 8, i + 8 < hi, b[i + 8] == rparen { n = 7 }
        return n
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

    /// A strong marker where the one position grammar (`MarkerGrammar`, which the normalize
    /// stage reads too) finds one.
    static func strongMarker(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int, _ hi: Int) -> Match? {
        guard let f = MarkerGrammar.strongMarker(in: b, at: i, lineStart: lo, end: hi) else { return nil }
        let form: Form
        switch f.glyph {
        case .superscript: form = .superscript
        case .starSuperscript: form = .starSuperscript
        case .starDigits: form = .starDigits
        case .symbol: form = .symbol
        case .bracket: form = .bracket
        case .paren: form = .paren
        }
        return make(b, [f.label], f.range, lo, hi, form, strong: true)
    }

    /// The LaTeX caret form where `MarkerGrammar.caret` reads a marker (`^{*1}`, `^{1,2}`,
    /// `^1`, `$^{1}$`), with its `$` pair.
    static func caretMarker(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int, _ hi: Int) -> Match? {
        guard let c = MarkerGrammar.caret(in: b, at: i, lineStart: lo, end: hi), c.isMarker, let labels = c.labels else { return nil }
        return make(b, labels, c.wrapped, lo, hi, .caret, strong: true)
    }

    /// `[2]` or `(3)` after a word and one space at a clause end (`Items: (1)`, `change (2)   -`),
    /// weak (`MarkerGrammar.isWeakAnchor`); a bracket needs no clause end.
    static func enclosedWeakMarker(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int, _ hi: Int, close: UInt8) -> Match? {
        guard let n = MarkerGrammar.enclosedNumber(b, at: i, end: hi), b[n.end - 1] == close,
              !MarkerGrammar.atLineStart(b, i, lineStart: lo), MarkerGrammar.isWeakAnchor(b, i, lineStart: lo) else { return nil }
        if close == rparen, !MarkerGrammar.endsClause(b, n.end, end: hi) { return nil }
        return make(b, [n.label], i..<n.end, lo, hi, close == rbracket ? .bracket : .paren, strong: false)
    }

    /// ` a)` after a word at a clause end (weak).
    static func letterParenMarker(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int, _ hi: Int) -> Match? {
        guard i + 1 < hi, b[i + 1] == rparen, MarkerGrammar.isWeakAnchor(b, i, lineStart: lo),
              MarkerGrammar.endsClause(b, i + 2, end: hi) else { return nil }
        return make(b, [String(UnicodeScalar(b[i]))], i..<(i + 2), lo, hi, .letterParen, strong: false)
    }

    /// `Foundation.1 In 2023`: a note number flattened onto the end of a sentence (weak).
    static func flattenedMarker(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ lo: Int, _ hi: Int) -> Match? {
        guard i - 2 >= lo, b[i - 1] == dot, b[i] != 0x30 else { return nil }
        guard let p = UTF8Scalars.scalar(b, before: i - 1, start: lo) else { return nil }
        let wordBefore = p.value < 0x80 ? (ByteClass.isLower(UInt8(p.value)) || p.value == 0x29 || p.value == 0x22) : (p.value == 0x201D || p.value == 0x2019 || p.value >= 0x00C0 && MarkerGrammar.isWordEnd(p.value))
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
