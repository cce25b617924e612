import FolioModel
import FolioXML

/// Where each text node the parser reports is printed in the source bytes.
///
/// libxml2 gives a node its line, not its byte offset, and a filing whose body is one long
/// line (most inline XBRL filings are: 8 lines for 3 MB) gives every node the same line. So the
/// text is found by matching it, character by character, against the source's text runs (the
/// bytes between markup), forward from where the previous node ended: nodes come in source
/// order. A character reference (`&#8212;`, `&nbsp;`) in the source matches the one character it
/// stands for; a byte that is not UTF-8 (a Windows-1252 or Latin-1 filing) matches one
/// character; a `\r` the parser dropped matches nothing; an end tag the parser ignored may sit
/// inside one text node. Tags (with quoted attribute values) and comments are never searched.
extension Renderer {
    /// How far past the cursor a node's text is searched for. Hidden markup (`ix:header`) can
    /// put megabytes between two printed texts; after many texts that are not found (markup
    /// the parser rewrote) the window shrinks, so a hostile file stays linear.
    static let searchWindow = 1 << 26
    static let shortSearchWindow = 1 << 16

    /// The exact source bytes of a text node's content, searched from the cursor (see the type's
    /// notes); nil when it is not found.
    mutating func exactLocation(of text: String) -> Span? {
        var text = text
        let window = missedTexts < 64 ? Self.searchWindow : Self.shortSearchWindow
        let blank = text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D || $0 == 0x0C }
        // White space alone is looked for in the next text run only: a blank node the parser
        // kept must not carry the cursor past the texts that follow it.
        let limit = blank ? 512 : window
        let found: Span? = text.withUTF8 { t in
            source.withUnsafeBufferPointer { s in
                Self.findText(t, in: s, from: min(cursor, s.count), limit: limit)
            }
        }
        if found == nil && !blank { missedTexts += 1 }
        return found
    }

    /// The first text run at or after `from` (at most `limit` bytes on) where `t` is printed.
    static func findText(_ t: UnsafeBufferPointer<UInt8>, in s: UnsafeBufferPointer<UInt8>, from: Int, limit: Int) -> Span? {
        guard !t.isEmpty else { return nil }
        let end = from + limit < s.count ? from + limit : s.count
        var p = from
        var candidate = true
        while p < end {
            if s[p] == 0x3C, let after = markupEnd(s, at: p) {
                p = after
                candidate = true
                continue
            }
            if candidate {
                candidate = false
                if let span = match(t, in: s, at: p) { return span }
            }
            p += 1
        }
        return nil
    }

    /// Where the markup starting at `p` (a `<`) ends: after a comment's `-->`, or after a tag's
    /// `>` (quoted attribute values may hold `>`). Nil when the `<` is text (`a < b`).
    static func markupEnd(_ s: UnsafeBufferPointer<UInt8>, at p: Int) -> Int? {
        let n = s.count
        guard p + 1 < n else { return nil }
        let c = s[p + 1]
        let letter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
        guard letter || c == 0x2F || c == 0x21 || c == 0x3F else { return nil }
        if c == 0x21, p + 3 < n, s[p + 2] == 0x2D, s[p + 3] == 0x2D {
            var i = p + 4
            while i + 2 < n {
                if s[i] == 0x2D, s[i + 1] == 0x2D, s[i + 2] == 0x3E { return i + 3 }
                i += 1
            }
            return n
        }
        // The tag ends at the first `>` outside a quoted value. Only `>` and quotes matter:
        // the next of them is found eight bytes at a time (`nextTagByte`). A quote opens a
        // value when the last byte before it other than white space is `=` (`a = "x"`); the
        // value ends at the next quote of its kind, found by `memchr` (most of a tag's bytes
        // in EDGAR filings: `style="..."`). Any other quote is a byte like the rest.
        var i = p + 2
        while let k = nextTagByte(s, from: i) {
            let b = s[k]
            if b == 0x3E { return k + 1 }
            var j = k - 1
            while j > p, s[j] == 0x20 || s[j] == 0x0A || s[j] == 0x0D || s[j] == 0x09 { j -= 1 }
            guard j > p + 1, s[j] == 0x3D else {
                i = k + 1
                continue
            }
            guard let close = ByteSearch.firstIndex(ofByte: b, in: s, from: k + 1) else { return n }
            i = close + 1
        }
        return n
    }

    /// The first `>`, `"` or `'` at or after `from`, read eight bytes a step: 0x80 marks each
    /// zero byte of `x ^ 0x3E3E...` (and of the two quotes') exactly, so the lowest mark is the
    /// first such byte.
    static func nextTagByte(_ s: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let n = s.count
        var i = max(0, from)
        if let base = s.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            func zeros(_ v: UInt64) -> UInt64 { ~(((v & low7) &+ low7) | v | low7) }
            while i + 8 <= n {
                let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let m = zeros(x ^ (ones &* 0x3E)) | zeros(x ^ (ones &* 0x22)) | zeros(x ^ (ones &* 0x27))
                if m != 0 { return i + m.trailingZeroBitCount / 8 }
                i += 8
            }
        }
        while i < n {
            let b = s[i]
            if b == 0x3E || b == 0x22 || b == 0x27 { return i }
            i += 1
        }
        return nil
    }

    /// Whether `t` (a node's text, UTF-8) is printed starting at `start`, and the bytes it
    /// covers. White space the source has before a text that starts without any is skipped.
    static func match(_ t: UnsafeBufferPointer<UInt8>, in s: UnsafeBufferPointer<UInt8>, at start: Int) -> Span? {
        let n = s.count
        var j = start
        if !ByteClass.isHTMLWhiteSpace(t[0]) { while j < n, ByteClass.isHTMLWhiteSpace(s[j]) { j += 1 } }
        let first = j
        var i = 0
        while i < t.count {
            // Eight bytes a step while the text and the source agree on plain ASCII without `&`
            // (`plainRun`): what eight steps of the loop below would do, byte for byte.
            if i + 8 <= t.count && j + 8 <= n, let ts = t.baseAddress, let ss = s.baseAddress {
                let x = UnsafeRawPointer(ts + i).loadUnaligned(as: UInt64.self)
                if x == UnsafeRawPointer(ss + j).loadUnaligned(as: UInt64.self) && plainRun(x) {
                    i += 8; j += 8; continue
                }
            }
            guard j < n else { return nil }
            let b = s[j]
            let c = t[i]
            if b == 0x26, let ref = reference(s, at: j) {
                // A reference: the one character it stands for (an `&` the text holds literally
                // is the `&` of an unknown or unterminated name).
                if c == 0x26 && !ref.isAmpersand {
                    i += 1; j += 1; continue
                }
                let width = scalarWidth(c)
                guard i + width <= t.count else { return nil }
                if let expected = ref.scalar, !sameCharacter(expected, decode(t, at: i, width: width)) { return nil }
                i += width
                j = ref.end
                continue
            }
            if b == 0x0D && c != 0x0D { j += 1; continue }
            if b == 0x3C, c != 0x3C, j + 1 < n, s[j + 1] == 0x2F, let after = markupEnd(s, at: j) {
                // An end tag the parser ignored, inside one text.
                j = after
                continue
            }
            if b < 0x80 {
                guard b == c else { return nil }
                i += 1; j += 1
                continue
            }
            // Beyond ASCII: one character of the text against one of the source (a UTF-8
            // sequence, or one byte of a single-byte encoding).
            guard c >= 0x80 else { return nil }
            let width = scalarWidth(c)
            let sourceWidth = utf8Width(s, at: j)
            if sourceWidth > 1 {
                var k = 0
                while k < sourceWidth, i + k < t.count, s[j + k] == t[i + k] { k += 1 }
                if k != sourceWidth && !(sourceWidth == 2 && s[j] == 0xC2 && s[j + 1] < 0xA0) { return nil }
            }
            i += width
            j += sourceWidth
        }
        return Span(start: first, end: j)
    }

    /// Whether eight bytes equal in the text and the source are matched by the plain ASCII
    /// step of `match` one after the other: no byte beyond ASCII (a character of either width)
    /// and no `&` (a reference). A `\r` or `<` printed in the text too is a byte like the rest.
    @inline(__always)
    static func plainRun(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let v = x ^ (ones &* 0x26)
        // 0x80 marks each zero byte of `v` (an `&` of `x`) exactly; `x`'s own 0x80s mark the rest.
        let ampersands = ~(((v & low7) &+ low7) | v | low7)
        return (ampersands | (x & ~low7)) == 0
    }

    static func scalarWidth(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }

    /// The length of the valid UTF-8 sequence at `j`, or 1 (a byte of another encoding).
    static func utf8Width(_ s: UnsafeBufferPointer<UInt8>, at j: Int) -> Int {
        let w = scalarWidth(s[j])
        guard w > 1, j + w <= s.count else { return 1 }
        for k in 1..<w where s[j + k] & 0xC0 != 0x80 { return 1 }
        return w
    }

    static func decode(_ t: UnsafeBufferPointer<UInt8>, at i: Int, width: Int) -> UInt32 {
        switch width {
        case 2: return UInt32(t[i] & 0x1F) << 6 | UInt32(t[i + 1] & 0x3F)
        case 3: return UInt32(t[i] & 0x0F) << 12 | UInt32(t[i + 1] & 0x3F) << 6 | UInt32(t[i + 2] & 0x3F)
        case 4: return UInt32(t[i] & 0x07) << 18 | UInt32(t[i + 1] & 0x3F) << 12 | UInt32(t[i + 2] & 0x3F) << 6 | UInt32(t[i + 3] & 0x3F)
        default: return UInt32(t[i])
        }
    }

    /// A referenced character and the one in the text agree: equal, or the text holds the
    /// Windows-1252 character a reference in 0x80-0x9F stands for.
    static func sameCharacter(_ referenced: UInt32, _ printed: UInt32) -> Bool {
        referenced == printed || Windows1252.displayed(referenced) == printed
    }

    struct Reference {
        var end: Int
        /// The character, for numeric references and the few names worth checking; nil for
        /// other names (matched as any one character).
        var scalar: UInt32?
        var isAmpersand: Bool
    }

    /// A character reference at `j` (an `&`) as the parser decodes it: `&#146;`, `&#x2014;`
    /// (the `;` may be missing), or a name ending in `;`.
    static func reference(_ s: UnsafeBufferPointer<UInt8>, at j: Int) -> Reference? {
        let n = s.count
        var k = j + 1
        guard k < n else { return nil }
        if s[k] == 0x23 {
            k += 1
            var value: UInt32 = 0
            var digits = 0
            let hex = k < n && (s[k] | 0x20) == 0x78
            if hex { k += 1 }
            while k < n, digits < 8 {
                let b = s[k]
                if b >= 0x30 && b <= 0x39 { value = value * (hex ? 16 : 10) + UInt32(b - 0x30) }
                else if hex, (b | 0x20) >= 0x61, (b | 0x20) <= 0x66 { value = value * 16 + UInt32((b | 0x20) - 0x61 + 10) }
                else { break }
                digits += 1
                k += 1
            }
            guard digits > 0 else { return nil }
            if k < n, s[k] == 0x3B { k += 1 }
            return Reference(end: k, scalar: value, isAmpersand: value == 0x26)
        }
        let nameStart = k
        while k < n, k - nameStart < 32, (s[k] | 0x20) >= 0x61 && (s[k] | 0x20) <= 0x7A || (s[k] >= 0x30 && s[k] <= 0x39) { k += 1 }
        guard k > nameStart, k < n, s[k] == 0x3B else { return nil }
        let name = UnsafeBufferPointer(rebasing: s[nameStart..<k])
        let known: UInt32?
        switch name.count {
        case 2 where name[0] == 0x6C && name[1] == 0x74: known = 0x3C  // lt
        case 2 where name[0] == 0x67 && name[1] == 0x74: known = 0x3E  // gt
        case 3 where name[0] == 0x61 && name[1] == 0x6D && name[2] == 0x70: known = 0x26  // amp
        case 4 where name[0] == 0x6E && name[1] == 0x62 && name[2] == 0x73 && name[3] == 0x70: known = 0xA0  // nbsp
        default: known = nil
        }
        return Reference(end: k + 1, scalar: known, isAmpersand: known == 0x26)
    }

    /// `span` without the white space at its ends (ASCII white space and `&nbsp;`-like
    /// references are not trimmed: only raw spaces, tabs and line ends).
    func trimmed(_ span: Span) -> Span {
        var a = max(0, span.start), b = min(source.count, span.end)
        while a < b, ByteClass.isHTMLWhiteSpace(source[a]) { a += 1 }
        while b > a, ByteClass.isHTMLWhiteSpace(source[b - 1]) { b -= 1 }
        return a < b ? Span(start: a, end: b) : span
    }
}
