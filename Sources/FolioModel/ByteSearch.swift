#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte searches for the stages' hot paths: no Foundation, no `Character` iteration.
public enum ByteSearch {
    /// The first offset of the byte `b` in `hay` at or after `from`, by the C library's
    /// `memchr` (many bytes a step, where a Swift loop takes one: per-line tests run over
    /// every line of a document).
    public static func firstIndex(ofByte b: UInt8, in hay: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        guard from >= 0, from < hay.count, let base = hay.baseAddress,
              let hit = memchr(base + from, Int32(b), hay.count - from) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }

    /// How common a byte is in English prose, roughly (higher: more common); the anchor of a
    /// search is the needle's least common byte (`firstIndex(of:in:)`).
    @inlinable @inline(__always)
    public static func commonness(_ b: UInt8) -> Int {
        switch b {
        case 0x20: return 100
        case UInt8(ascii: "e"): return 90
        case UInt8(ascii: "t"): return 85
        case UInt8(ascii: "a"), UInt8(ascii: "o"), UInt8(ascii: "i"), UInt8(ascii: "n"): return 78
        case UInt8(ascii: "s"), UInt8(ascii: "r"): return 72
        case UInt8(ascii: "h"), UInt8(ascii: "l"), UInt8(ascii: "d"), UInt8(ascii: "c"): return 55
        case UInt8(ascii: "u"), UInt8(ascii: "m"), UInt8(ascii: "f"): return 42
        case UInt8(ascii: "p"), UInt8(ascii: "g"), UInt8(ascii: "w"), UInt8(ascii: "y"), UInt8(ascii: "b"),
             UInt8(ascii: ","), UInt8(ascii: "."): return 32
        default: return 10
        }
    }

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
        if !foldingASCII {
            // (The needle's least common byte found by `memchr`, the whole compared where it
            // stands: text holds few candidates for it, and each sentence of a document is
            // searched.)
            var a = 0
            for j in 1..<n where commonness(needle[j]) < commonness(needle[a]) { a = j }
            let anchor = needle[a]
            while i <= last, let k = firstIndex(ofByte: anchor, in: hay, from: i + a), k - a <= last {
                let c = k - a
                var j = 0
                while j < n, hay[c + j] == needle[j] { j += 1 }
                if j == n { return c }
                i = c + 1
            }
            return nil
        }
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

    /// Calls `body` with the UTF-8 bytes of `s` (its own storage when contiguous, else a copy).
    @inlinable @inline(__always)
    public static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(s.utf8).withUnsafeBufferPointer(body)
    }

    /// Whether `hay` starts with `needle` (ASCII lowercase), `hay`'s ASCII letters compared
    /// lowercased.
    @inlinable @inline(__always)
    public static func hasPrefixFolded(_ hay: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { nd in
            guard nd.count <= hay.count else { return false }
            for j in 0..<nd.count where lowerASCII(hay[j]) != nd[j] { return false }
            return true
        }
    }
}
