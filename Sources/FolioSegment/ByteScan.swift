/// Byte-level tests on a line's UTF-8, for the per-line hot paths of the segmenter. Each one
/// gives the same answer as the `String` test it replaces on the texts it is used for; the
/// comments say where the `Character` semantics are kept by falling back.
enum ByteScan {
    /// ASCII lowercase of one byte (non-ASCII bytes unchanged).
    @inline(__always)
    static func lower(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }

    /// Runs `body` over the string's UTF-8 bytes without copying when it is native.
    @inline(__always)
    static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(s.utf8).withUnsafeBufferPointer(body)
    }

    @inline(__always)
    static func withBytes<R>(_ s: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(s.utf8).withUnsafeBufferPointer(body)
    }

    /// Whether `hay[at...]` starts with `needle` (ASCII lowercase), comparing `hay`'s ASCII
    /// letters case-insensitively.
    @inline(__always)
    static func matchLowered(_ hay: UnsafeBufferPointer<UInt8>, _ at: Int, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        if at + needle.count > hay.count { return false }
        var j = 0
        while j < needle.count {
            if lower(hay[at + j]) != needle[j] { return false }
            j += 1
        }
        return true
    }

    /// Whether the lowercased text contains `needle` (ASCII, lowercase). Only ASCII letters
    /// are folded: no non-ASCII character lowercases to the ASCII letters of the needles used
    /// (the Kelvin sign, which lowercases to `k`, is checked for by the callers' needles having
    /// no `k`).
    static func containsLowered(_ hay: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { nd in
            let n = nd.count
            if n == 0 { return true }
            if hay.count < n { return false }
            let first = nd[0]
            var i = 0
            let last = hay.count - n
            while i <= last {
                if lower(hay[i]) == first, matchLowered(hay, i, nd) { return true }
                i += 1
            }
            return false
        }
    }

    static func hasPrefixLowered(_ hay: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { matchLowered(hay, 0, $0) }
    }

    /// Exact byte containment.
    static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { nd in
            let n = nd.count
            if n == 0 { return true }
            if hay.count < n { return false }
            var i = 0
            let last = hay.count - n
            while i <= last {
                if hay[i] == nd[0] {
                    var j = 1
                    while j < n, hay[i + j] == nd[j] { j += 1 }
                    if j == n { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// Exact byte containment of one string in another (both UTF-8; the keys compared are
    /// built by the same code from the same text, so equal text has equal bytes).
    static func contains(_ hay: String, _ needle: String) -> Bool {
        withBytes(hay) { h in
            withBytes(needle) { nd in
                let n = nd.count
                if n == 0 { return true }
                if h.count < n { return false }
                var i = 0
                let last = h.count - n
                while i <= last {
                    if h[i] == nd[0] {
                        var j = 1
                        while j < n, h[i + j] == nd[j] { j += 1 }
                        if j == n { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    static func containsByte(_ hay: UnsafeBufferPointer<UInt8>, _ b: UInt8) -> Bool {
        for x in hay where x == b { return true }
        return false
    }

    static func isASCII(_ hay: UnsafeBufferPointer<UInt8>) -> Bool {
        for x in hay where x >= 0x80 { return false }
        return true
    }
}
