import FolioModel

/// Small hand-written UTF-8 helpers for the byte scanners of this module.
enum UTF8Scan {
    /// Decodes the scalar starting at `i`; nil past the end or on a malformed sequence.
    @inline(__always)
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (value: UInt32, length: Int)? {
        guard i >= 0, i < end else { return nil }
        let c0 = b[i]
        if c0 < 0x80 { return (UInt32(c0), 1) }
        if c0 & 0xE0 == 0xC0, i + 1 < end, b[i + 1] & 0xC0 == 0x80 {
            return ((UInt32(c0 & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F), 2)
        }
        if c0 & 0xF0 == 0xE0, i + 2 < end, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 {
            return ((UInt32(c0 & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F), 3)
        }
        if c0 & 0xF8 == 0xF0, i + 3 < end, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80, b[i + 3] & 0xC0 == 0x80 {
            return ((UInt32(c0 & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6) | UInt32(b[i + 3] & 0x3F), 4)
        }
        return nil
    }

    /// Decodes the scalar that ends just before `i` (not before `start`).
    @inline(__always)
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, before i: Int, start: Int) -> (value: UInt32, length: Int)? {
        guard i > start else { return nil }
        var j = i - 1
        var n = 1
        while j > start, n < 4, b[j] & 0xC0 == 0x80 { j -= 1; n += 1 }
        guard let s = scalar(b, at: j, end: i), s.length == i - j else { return nil }
        return s
    }

    /// A scalar that counts as a word character before a marker (letters of any script,
    /// digits, closing quotes and brackets, `%`).
    @inline(__always)
    static func isWordEnd(_ v: UInt32) -> Bool {
        if v < 0x80 {
            let c = UInt8(v)
            return ByteClass.isAlphanumeric(c) || c == 0x25 /* % */ || c == 0x29 /* ) */ || c == 0x22 /* " */ || c == 0x27 /* ' */
                || c == 0x5D /* ] */ || c == 0x2E /* . */ || c == 0x2C /* , */ || c == 0x3A /* : */
        }
        // Closing quotes, letters beyond ASCII, ™ ®.
        if v == 0x201D || v == 0x2019 || v == 0x2122 || v == 0x00AE { return true }
        return v >= 0x00C0 && v != 0x00D7 && v != 0x00F7 && !(0x2000...0x206F).contains(v)
            && Superscripts.digit(v) == nil && !NoteLabels.isSymbol(v)
    }
}
