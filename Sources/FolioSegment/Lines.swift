import FolioModel

/// One line of the text: its byte range (without the line break) and the range of its
/// content (without surrounding spaces and tabs).
public struct TextLine: Sendable, Hashable {
    /// First byte of the line.
    public var start: Int
    /// Byte after the last byte of the line, before `\n`, `\r\n` or `\f`.
    public var end: Int
    /// First byte that is not a space or tab.
    public var contentStart: Int
    /// Byte after the last byte that is not a space or tab.
    public var contentEnd: Int
    /// The line follows a form feed (a page break).
    public var afterPageBreak: Bool

    public var isBlank: Bool { contentStart >= contentEnd }
}

/// Splits UTF-8 text into lines by scanning bytes. `\n`, `\r\n`, a lone `\r` and `\f` all end
/// a line; a form feed also marks the next line as starting a page.
public enum LineSplitter {
    public static func split(_ text: [UInt8]) -> [TextLine] {
        var lines: [TextLine] = []
        // A modest guess that grows as needed: reserving one entry per 40 bytes held 40 bytes
        // of `TextLine` per 40 bytes of text (the whole text again) for filings whose lines
        // are far longer.
        lines.reserveCapacity(text.count / 256 + 16)
        text.withUnsafeBufferPointer { text in
            var i = 0
            var lineStart = 0
            var pageBreak = false
            let n = text.count
            func push(_ s: Int, _ e: Int, _ pb: Bool) {
                var cs = s
                while cs < e, ByteClass.isWhiteSpace(text[cs]) { cs += 1 }
                var ce = e
                while ce > cs, ByteClass.isWhiteSpace(text[ce - 1]) { ce -= 1 }
                lines.append(TextLine(start: s, end: e, contentStart: cs, contentEnd: ce, afterPageBreak: pb))
            }
            while i < n {
                let b = text[i]
                if b <= 0x0D, b == 0x0A || b == 0x0D || b == 0x0C {
                    push(lineStart, i, pageBreak)
                    pageBreak = (b == 0x0C)
                    if b == 0x0D, i + 1 < n, text[i + 1] == 0x0A { i += 1 }
                    i += 1
                    lineStart = i
                } else {
                    i += 1
                }
            }
            if lineStart < n { push(lineStart, n, pageBreak) }
        }
        return lines
    }
}

/// A text's lines read in place: the bytes of line `k` are a range of the text, and a line is
/// made a `String` only when a caller asks for one (`self[k]`), never held. Segment holds this
/// and the line table instead of a `String` per line (a heap allocation for every line longer
/// than 15 bytes: ~1x the text again; docs/reliability.md, "Memory on one large document").
///
/// `trimmed` views give each line without the spaces and tabs at its ends, exactly as
/// `LineClassifier.trim` of the raw line does; raw views give the whole line. The byte accessors
/// (`withBytes`, `firstByte`, `lastByte`, `isEmpty`) give the same bytes as the `String` would
/// have: a text that is not valid UTF-8 (repaired when decoded) and a trim next to a non-ASCII
/// byte (where `trim` goes by characters) take the `String` path.
public struct LineTexts: RandomAccessCollection, Sendable {
    public let text: [UInt8]
    public let lines: [TextLine]
    /// Whether the lines are trimmed of spaces and tabs (`LineClassifier.trim`), else raw.
    public let trimmed: Bool
    /// Whether `text` is valid UTF-8, so a line's bytes are its `String`'s bytes.
    let validUTF8: Bool

    public init(text: [UInt8], lines: [TextLine], trimmed: Bool) {
        self.text = text
        self.lines = lines
        self.trimmed = trimmed
        self.validUTF8 = UTF8Validation.isValid(text)
    }

    init(text: [UInt8], lines: [TextLine], trimmed: Bool, validUTF8: Bool) {
        self.text = text
        self.lines = lines
        self.trimmed = trimmed
        self.validUTF8 = validUTF8
    }

    /// The same lines, trimmed (`trimmed: true`) or raw.
    public func trimming(_ t: Bool) -> LineTexts { LineTexts(text: text, lines: lines, trimmed: t, validUTF8: validUTF8) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { lines.count }

    /// Line `k`'s bytes in the text when they are its `String`'s bytes; nil when only the
    /// `String` path gives them (invalid UTF-8, or a trim next to a non-ASCII byte).
    @inline(__always)
    func byteRange(_ k: Int) -> Range<Int>? {
        guard validUTF8 else { return nil }
        let l = lines[k]
        guard trimmed else { return l.start..<l.end }
        var i = l.start
        var e = l.end
        while i < e, text[i] == 0x20 || text[i] == 0x09 { i += 1 }
        while e > i, text[e - 1] == 0x20 || text[e - 1] == 0x09 { e -= 1 }
        // `LineClassifier.trim`'s own test for its `Character` path.
        if i > l.start, i < l.end, text[i] >= 0x80 { return nil }
        if e < l.end, e > l.start, text[e - 1] >= 0x80 { return nil }
        return i..<e
    }

    public subscript(k: Int) -> String {
        let l = lines[k]
        if let r = byteRange(k) { return String(decoding: text[r], as: UTF8.self) }
        let raw = String(decoding: text[l.start..<l.end], as: UTF8.self)
        return trimmed ? LineClassifier.trim(raw) : raw
    }

    /// Runs `body` over line `k`'s UTF-8 (the bytes `self[k]` has), in place when it can.
    @inline(__always)
    public func withBytes<R>(_ k: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = byteRange(k) {
            return text.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[r])) }
        }
        return ByteScan.withBytes(self[k], body)
    }

    /// The first byte of `self[k]`, nil when it is empty.
    public func firstByte(_ k: Int) -> UInt8? {
        if let r = byteRange(k) { return r.isEmpty ? nil : text[r.lowerBound] }
        return self[k].utf8.first
    }

    /// The last byte of `self[k]`, nil when it is empty.
    public func lastByte(_ k: Int) -> UInt8? {
        if let r = byteRange(k) { return r.isEmpty ? nil : text[r.upperBound - 1] }
        return self[k].utf8.last
    }

    /// The byte count of `self[k]`.
    public func byteCount(_ k: Int) -> Int {
        if let r = byteRange(k) { return r.count }
        return self[k].utf8.count
    }

    /// Whether `self[k]` is empty.
    public func isEmpty(_ k: Int) -> Bool { byteCount(k) == 0 }
}

/// UTF-8 validation of a byte buffer without making a `String` of it.
public enum UTF8Validation {
    /// Whether `bytes` is well-formed UTF-8 (what `String(decoding:as:)` keeps unrepaired).
    public static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return true }
            var i = 0
            let n = b.count
            while i < n {
                // ASCII 32 bytes at a time, then 8.
                while i + 32 <= n {
                    let p = UnsafeRawPointer(base + i)
                    let w = p.loadUnaligned(as: UInt64.self) | p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                        | p.loadUnaligned(fromByteOffset: 16, as: UInt64.self) | p.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                    if w & 0x8080_8080_8080_8080 != 0 { break }
                    i += 32
                }
                while i + 8 <= n {
                    let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if w & 0x8080_8080_8080_8080 != 0 { break }
                    i += 8
                }
                guard i < n else { return true }
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                let len: Int
                var lo: UInt8 = 0x80
                var hi: UInt8 = 0xBF
                switch c {
                case 0xC2...0xDF: len = 2
                case 0xE0: len = 3; lo = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: len = 3
                case 0xED: len = 3; hi = 0x9F
                case 0xF0: len = 4; lo = 0x90
                case 0xF1...0xF3: len = 4
                case 0xF4: len = 4; hi = 0x8F
                default: return false
                }
                guard n - i >= len else { return false }
                let c1 = b[i + 1]
                guard c1 >= lo, c1 <= hi else { return false }
                for j in 2..<max(2, len) where b[i + j] & 0xC0 != 0x80 { return false }
                i += len
            }
            return true
        }
    }
}
