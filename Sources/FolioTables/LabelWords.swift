import FolioModel

/// A label's lowercased letter-only words as byte ranges of one buffer, so that the label
/// rules (`isShareCount`, `isPerShare`, `isTotalLabel`) compare bytes instead of building one
/// `String` per word.
///
/// Built from the label's UTF-8 bytes when the label is "simple" (see `LabelText.simpleUTF8`):
/// then a word is a run of ASCII letters, exactly what the `Character` rules (`lowercased()`,
/// `isLetter`) give on such a label. Other labels take the `Character` path
/// (`LabelText.characterWords`) and store its words' bytes.
struct LabelWords: Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var ranges: [Range<Int>] = []

    var count: Int { ranges.count }

    /// Words of a label.
    init(_ s: String) {
        if let words = LabelText.simpleUTF8(s, { LabelWords(simple: $0) }) {
            self = words
        } else {
            self.init(strings: LabelText.characterWords(s))
        }
    }

    /// Words of a simple label's bytes: runs of ASCII letters, lowercased.
    init(simple b: UnsafeBufferPointer<UInt8>) {
        // At most one word per two bytes; letters at most all bytes.
        bytes = [UInt8](unsafeUninitializedCapacity: b.count) { out, nBytes in
            ranges = [Range<Int>](unsafeUninitializedCapacity: (b.count + 1) / 2) { words, count in
                var n = 0, start = -1
                for c in b {
                    let l = c | 0x20
                    if l >= 0x61 && l <= 0x7A {
                        if start < 0 { start = n }
                        out[n] = l
                        n += 1
                    } else if start >= 0 {
                        words[count] = start..<n
                        count += 1
                        start = -1
                    }
                }
                if start >= 0 { words[count] = start..<n; count += 1 }
                nBytes = n
            }
        }
    }

    /// Words given as strings (already lowercased).
    init(strings: [String]) {
        for w in strings {
            let start = bytes.count
            bytes.append(contentsOf: w.utf8)
            ranges.append(start..<bytes.count)
        }
    }

    /// The words as strings.
    var strings: [String] { ranges.map { String(decoding: bytes[$0], as: UTF8.self) } }

    /// Word `i` is the ASCII literal `lit` (lowercase).
    @inline(__always)
    func isWord(_ i: Int, _ lit: StaticString) -> Bool {
        let r = ranges[i]
        return lit.withUTF8Buffer { l in
            guard l.count == r.count else { return false }
            var k = 0
            while k < l.count, bytes[r.lowerBound + k] == l[k] { k += 1 }
            return k == l.count
        }
    }

    /// Word `i` is one of `lits`.
    func isWord(_ i: Int, in lits: [StaticString]) -> Bool {
        for l in lits where isWord(i, l) { return true }
        return false
    }

    func contains(_ lit: StaticString) -> Bool {
        for i in ranges.indices where isWord(i, lit) { return true }
        return false
    }

    /// Some word is one of `lits`.
    func contains(anyOf lits: [StaticString]) -> Bool {
        for i in ranges.indices where isWord(i, in: lits) { return true }
        return false
    }

    /// `phrase` appears as consecutive words.
    func containsPhrase(_ phrase: [StaticString]) -> Bool {
        guard !phrase.isEmpty, count >= phrase.count else { return false }
        for i in 0...(count - phrase.count) {
            var ok = true
            for k in 0..<phrase.count where !isWord(i + k, phrase[k]) { ok = false; break }
            if ok { return true }
        }
        return false
    }
}

extension LabelText {
    /// Calls `body` with the UTF-8 bytes of a "simple" string and returns its result; nil
    /// (without calling it) for any other string.
    ///
    /// Simple: every scalar is ASCII or one of a few non-ASCII marks that are neither letters
    /// nor numbers, have no case and never join the scalar before them into one `Character`
    /// (no-break space, dashes, curly quotes, bullets, `§ © ® ° ± ¢ £ ¥ € ™ …`). On such a
    /// string each `Character` is one scalar (or CR LF), `lowercased()` changes only ASCII
    /// letters, `isLetter` holds exactly for ASCII letters and `isNumber` for ASCII digits —
    /// so byte rules give the `Character` rules' answers.
    static func simpleUTF8<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        var s = s
        return s.withUTF8 { b in isSimple(b) ? body(b) : nil }
    }

    static func isSimple(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            if c == 0xC2, i + 1 < n {
                // U+00A0 no-break space, ¢ £ ¥ § © ® ° ±
                switch b[i + 1] {
                case 0xA0, 0xA2, 0xA3, 0xA5, 0xA7, 0xA9, 0xAE, 0xB0, 0xB1: i += 2; continue
                default: return false
                }
            }
            if c == 0xE2, i + 2 < n {
                let c1 = b[i + 1], c2 = b[i + 2]
                // U+2010…U+2015 dashes, U+2018…U+201F quotes, U+2020…U+2022 daggers and
                // bullet, U+2026 ellipsis.
                if c1 == 0x80, (c2 >= 0x90 && c2 <= 0x95) || (c2 >= 0x98 && c2 <= 0xA2) || c2 == 0xA6 { i += 3; continue }
                if c1 == 0x82, c2 == 0xAC { i += 3; continue }   // €
                if c1 == 0x84, c2 == 0xA2 { i += 3; continue }   // ™
            }
            return false
        }
        return true
    }

    @inline(__always)
    static func isASCIILetter(_ c: UInt8) -> Bool {
        let l = c | 0x20
        return l >= 0x61 && l <= 0x7A
    }

    @inline(__always)
    static func isASCIIDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// Whether the ASCII letters of `b` from `at` read `lit` (lowercase), ignoring case.
    @inline(__always)
    static func hasFolded(_ b: UnsafeBufferPointer<UInt8>, at: Int, _ lit: StaticString) -> Bool {
        lit.withUTF8Buffer { l in
            guard at + l.count <= b.count else { return false }
            for k in 0..<l.count where ByteSearch.lowerASCII(b[at + k]) != l[k] { return false }
            return true
        }
    }
}
