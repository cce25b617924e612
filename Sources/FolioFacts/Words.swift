/// Lower-case word tokens of a short text, with their byte ranges, for phrase matching
/// without regular expressions.
struct Word: Sendable, Hashable {
    var text: String
    var start: Int
    var end: Int
    /// What a caller classed the word as (`NarrativeExtractor.WordClass` bits); 0 from `split`.
    var flags: UInt32 = 0
}

enum Words {
    static func isAlnum(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
    }

    /// U+2010..U+201F (dashes, curly quotes) and U+2022 (bullet) at `i`: punctuation, not
    /// part of a word. Its three bytes are passed over together: a word never starts at one
    /// of its continuation bytes (`“Revenue` is the word `revenue`, not `\u{80}\u{9C}revenue`).
    static func isPunctuation(_ b: ArraySlice<UInt8>, _ i: Int) -> Bool {
        guard b[i] == 0xE2, i + 2 < b.endIndex, b[i + 1] == 0x80 else { return false }
        let c = b[i + 2]
        return (c >= 0x90 && c <= 0x9F && c != 0x99) || c == 0xA2
    }

    static func isPunctuation(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80 else { return false }
        let c = b[i + 2]
        return (c >= 0x90 && c <= 0x9F && c != 0x99) || c == 0xA2
    }

    static func lower(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b + 32 : b }

    /// Calls `body` with the byte range of each alphanumeric run of `bytes`, in order: the
    /// words `split` makes, without their text.
    @inline(__always)
    static func forEachWord(_ bytes: ArraySlice<UInt8>, _ body: (Range<Int>) -> Void) {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if isAlnum(bytes[i]) && !isPunctuation(bytes, i) {
                let s = i
                while i < bytes.endIndex, isAlnum(bytes[i]), !isPunctuation(bytes, i) { i += 1 }
                body(s..<i)
            } else {
                i += isPunctuation(bytes, i) ? 3 : 1
            }
        }
    }

    /// Alphanumeric runs, lower-cased; offsets are relative to `bytes`.
    static func split(_ bytes: ArraySlice<UInt8>) -> [Word] {
        var out: [Word] = []
        forEachWord(bytes) { r in
            let text = String(unsafeUninitializedCapacity: r.count) { out in
                var n = 0
                for k in r {
                    out[n] = lower(bytes[k])
                    n += 1
                }
                return n
            }
            out.append(Word(text: text, start: r.lowerBound, end: r.upperBound))
        }
        return out
    }

    /// The byte ranges of the words `split` makes of `bytes`, without building their text.
    /// Read from the bytes' buffer (the cuts `forEachWord` makes), into an array sized for a
    /// sentence's words at once (a word and the byte after it take at least two bytes; a
    /// quarter of the bytes covers prose): grown word by word, it was reallocated six times
    /// for a sentence of 40 words.
    static func ranges(_ bytes: ArraySlice<UInt8>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(bytes.count / 4 + 1)
        let base = bytes.startIndex
        bytes.withUnsafeBufferPointer { b in
            let n = b.count
            var i = 0
            while i < n {
                if isAlnum(b[i]) && !isPunctuation(b, i) {
                    let s = i
                    while i < n, isAlnum(b[i]), !isPunctuation(b, i) { i += 1 }
                    out.append((base + s)..<(base + i))
                } else {
                    i += isPunctuation(b, i) ? 3 : 1
                }
            }
        }
        return out
    }

    /// The last words of `t[a..<b]` as `split` cuts that text (offsets relative to `a`),
    /// read backwards until `enough` holds for the words so far (latest first) or the text
    /// starts; returned in text order.
    static func tail(_ t: [UInt8], _ a: Int, _ b: Int, enough: ([Word]) -> Bool) -> [Word] {
        let lo = max(0, min(a, t.count)), hi = max(lo, min(b, t.count))
        // Whether the byte at p is inside a word (`split`'s test, the text ending at hi).
        func punctuationAt(_ p: Int) -> Bool {
            p >= lo && t[p] == 0xE2 && p + 2 < hi && t[p + 1] == 0x80 && ((t[p + 2] >= 0x90 && t[p + 2] <= 0x9F && t[p + 2] != 0x99) || t[p + 2] == 0xA2)
        }
        func inWord(_ p: Int) -> Bool {
            guard isAlnum(t[p]) else { return false }
            // Neither a punctuation mark's first byte nor one of its two continuation bytes.
            return !punctuationAt(p) && !punctuationAt(p - 1) && !punctuationAt(p - 2)
        }
        var out: [Word] = []
        var i = hi
        while i > lo {
            var e = i
            while e > lo, !inWord(e - 1) { e -= 1 }
            if e == lo { break }
            var s = e - 1
            while s > lo, inWord(s - 1) { s -= 1 }
            let text = String(unsafeUninitializedCapacity: e - s) { out in
                for k in s..<e { out[k - s] = lower(t[k]) }
                return e - s
            }
            out.append(Word(text: text, start: s - lo, end: e - lo))
            i = s
            if enough(out) { break }
        }
        out.reverse()
        return out
    }

    static func split(_ s: String) -> [Word] {
        let a = Array(s.utf8)
        return split(a[...])
    }

}

/// Lower-case ASCII words tested against a word's bytes where they lie, lower-cased as they
/// are compared: the answer of `Set<String>.contains` on the word's `Words.split` text,
/// without making that text. For the tests run on every word of a text.
struct ByteWords: Sendable {
    /// The words, by byte length.
    private let byLength: [[[UInt8]]]

    init(_ words: some Sequence<String>) {
        var b: [[[UInt8]]] = []
        for w in words {
            let u = Array(w.utf8)
            while b.count <= u.count { b.append([]) }
            b[u.count].append(u)
        }
        byLength = b
    }

    /// Whether `t[r]`, lower-cased, is one of the words.
    func contains<C: RandomAccessCollection<UInt8>>(_ t: C, _ r: Range<Int>) -> Bool where C.Index == Int {
        guard r.lowerBound >= t.startIndex, r.upperBound <= t.endIndex, r.count < byLength.count else { return false }
        for w in byLength[r.count] where Words.equal(t, r, w) { return true }
        return false
    }
}

extension Words {
    /// Whether `t[r]`, lower-cased, is `word` (lower-case).
    static func equal<C: RandomAccessCollection<UInt8>>(_ t: C, _ r: Range<Int>, _ word: [UInt8]) -> Bool where C.Index == Int {
        guard r.count == word.count, r.lowerBound >= t.startIndex, r.upperBound <= t.endIndex else { return false }
        var k = 0
        for i in r {
            if lower(t[i]) != word[k] { return false }
            k += 1
        }
        return true
    }
}
