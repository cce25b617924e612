/// Byte searches for the stages' hot paths: no Foundation, no `Character` iteration.
public enum ByteSearch {
    /// ASCII lowercase of one byte (other bytes unchanged).
    @inlinable @inline(__always)
    public static func lowerASCII(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }

    /// The first offset of `needle` in `hay`. With `foldingASCII`, `hay`'s ASCII letters are
    /// compared lowercased (so `needle` should be lowercase).
    @inlinable
    public static func firstIndex(of needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>,
                                  foldingASCII: Bool = false) -> Int? {
        let n = needle.count
        if n == 0 { return 0 }
        if hay.count < n { return nil }
        var i = 0
        let last = hay.count - n
        while i <= last {
            var j = 0
            while j < n, (foldingASCII ? lowerASCII(hay[i + j]) : hay[i + j]) == needle[j] { j += 1 }
            if j == n { return i }
            i += 1
        }
        return nil
    }

    /// `firstIndex` of an ASCII literal.
    @inlinable
    public static func firstIndex(of needle: StaticString, in hay: UnsafeBufferPointer<UInt8>, foldingASCII: Bool = false) -> Int? {
        needle.withUTF8Buffer { firstIndex(of: $0, in: hay, foldingASCII: foldingASCII) }
    }
}
