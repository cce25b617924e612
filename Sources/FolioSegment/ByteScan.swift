import FolioModel

/// Byte-level tests on a line's UTF-8, for the per-line hot paths of the segmenter. Each one
/// gives the same answer as the `String` test it replaces on the texts it is used for; the
/// comments say where the `Character` semantics are kept by falling back.
enum ByteScan {
    /// ASCII lowercase of one byte (non-ASCII bytes unchanged).
    @inline(__always)
    static func lower(_ b: UInt8) -> UInt8 { ByteSearch.lowerASCII(b) }

    /// Runs `body` over the string's UTF-8 bytes without copying when it is native.
    @inline(__always)
    static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        ByteSearch.withBytes(s, body)
    }

    @inline(__always)
    static func withBytes<R>(_ s: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(s.utf8).withUnsafeBufferPointer(body)
    }

    /// Whether `hay` starts with `needle` (ASCII lowercase), comparing `hay`'s ASCII letters
    /// case-insensitively.
    static func hasPrefixLowered(_ hay: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        ByteSearch.hasPrefixFolded(hay, needle)
    }

    /// Whether the lowercased text contains `needle` (ASCII, lowercase). Only ASCII letters
    /// are folded: no non-ASCII character lowercases to the ASCII letters of the needles used
    /// (the Kelvin sign, which lowercases to `k`, is checked for by the callers' needles having
    /// no `k`).
    static func containsLowered(_ hay: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        ByteSearch.firstIndex(of: needle, in: hay, foldingASCII: true) != nil
    }

    /// Exact byte containment.
    static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        ByteSearch.firstIndex(of: needle, in: hay) != nil
    }

    /// Exact byte containment of one string in another (both UTF-8; the keys compared are
    /// built by the same code from the same text, so equal text has equal bytes).
    static func contains(_ hay: String, _ needle: String) -> Bool {
        withBytes(hay) { h in withBytes(needle) { ByteSearch.firstIndex(of: $0, in: h) != nil } }
    }

    static func containsByte(_ hay: UnsafeBufferPointer<UInt8>, _ b: UInt8) -> Bool {
        ByteSearch.firstIndex(ofByte: b, in: hay) != nil
    }

    /// `s.contains(needle)`, on bytes where they decide it (`containsASCII`) and by the `String`
    /// search only where they do not: the one place the byte test and its fallback meet.
    static func contains(_ s: some StringProtocol, _ needle: StaticString) -> Bool {
        if let decided = containsASCII(s, needle) { return decided }
        return s.contains(needle.description)
    }

    /// What `s.contains(needle)` answers (Foundation's search, which a `String` argument
    /// resolves to in this module: a bridge to `NSString` a call), told on bytes where the
    /// bytes decide it; nil where they do not. A text without the needle's bytes does not
    /// contain it (the needles used are ASCII with no other character canonically equivalent to
    /// any of theirs: no `;`, `` ` `` or `K`); an ASCII text holding them does (each byte is a
    /// character). Only a non-ASCII text holding them, where a combining mark after them could
    /// make them no match, gives nil: the caller then asks the `String` search.
    static func containsASCII(_ s: some StringProtocol, _ needle: StaticString) -> Bool? {
        let decided = s.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            guard ByteSearch.firstIndex(of: needle, in: b) != nil else { return false }
            return isASCII(b) ? true : nil
        }
        return decided ?? nil
    }

    static func isASCII(_ hay: UnsafeBufferPointer<UInt8>) -> Bool {
        for x in hay where x >= 0x80 { return false }
        return true
    }
}
