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
        if !foldingASCII && hay.count >= 96 {
            // (The needle's first byte found by `memchr`, the rest compared there: a sentence
            // holds few candidates for a needle that starts with an uncommon letter, so the
            // callers' needles do. A short haystack, a label or a line's head, is scanned as
            // below: the call costs more than it saves there.)
            while i <= last, let k = firstIndex(ofByte: needle[0], in: hay, from: i), k <= last {
                var j = 1
                while j < n, hay[k + j] == needle[j] { j += 1 }
                if j == n { return k }
                i = k + 1
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
