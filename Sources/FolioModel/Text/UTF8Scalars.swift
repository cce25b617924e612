/// Decoding one Unicode scalar from UTF-8 bytes, forwards or backwards, for the hand-written
/// byte scanners (the marker grammar, the footnotes stage's definition labels).
public enum UTF8Scalars {
    /// Decodes the scalar starting at `i`; nil past the end or on a malformed sequence.
    @inlinable @inline(__always)
    public static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (value: UInt32, length: Int)? {
        guard i >= 0, i < end, end <= b.count else { return nil }
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
    @inlinable @inline(__always)
    public static func scalar(_ b: UnsafeBufferPointer<UInt8>, before i: Int, start: Int) -> (value: UInt32, length: Int)? {
        guard i > start, i <= b.count, start >= 0 else { return nil }
        var j = i - 1
        var n = 1
        while j > start, n < 4, b[j] & 0xC0 == 0x80 { j -= 1; n += 1 }
        guard let s = scalar(b, at: j, end: i), s.length == i - j else { return nil }
        return s
    }
}
