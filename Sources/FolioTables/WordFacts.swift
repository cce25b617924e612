import FolioModel

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

/// What the share rules (`isShareCount`, `isPerShare`, `isTotalLabel`) read of a label's
/// words, gathered in one pass without storing the words: which of the rules' words occur,
/// which of their phrases, and a few positions. Words are compared ignoring ASCII case, so
/// a simple label's bytes can be read as they are.
struct WordFacts: Sendable {
    /// The words the rules name; a word's bit in `present` is `1 << rawValue`.
    enum Word: Int, CaseIterable {
        case shares, share, ads, adss, units, rsus, psus, options, awards
        case securities, warrants, stock
        case ordinary, diluted, basic, common, `class`, unit, adr, rsu, psu, option, award
        case number, of, used, issued, outstanding, per, anti, antidilutive, dilutive, eps
        case weighted, average, price, fair, value, total, aggregate

        static let spellings: [StaticString] = [
            "shares", "share", "ads", "adss", "units", "rsus", "psus", "options", "awards",
            "securities", "warrants", "stock",
            "ordinary", "diluted", "basic", "common", "class", "unit", "adr", "rsu", "psu", "option", "award",
            "number", "of", "used", "issued", "outstanding", "per", "anti", "antidilutive", "dilutive", "eps",
            "weighted", "average", "price", "fair", "value", "total", "aggregate",
        ]

        var bit: UInt64 { 1 << UInt64(rawValue) }

        /// A word of at most 12 ASCII letters as two integers: its first 8 bytes lowercased,
        /// then the rest and its length.
        static func key(_ b: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
            var lo: UInt64 = 0, hi = UInt64(b.count) << 40
            for k in 0..<min(8, b.count) { lo |= UInt64(b[k] | 0x20) << UInt64(8 * k) }
            if b.count > 8 { for k in 8..<b.count { hi |= UInt64(b[k] | 0x20) << UInt64(8 * (k - 8)) } }
            return (lo, hi)
        }

        static let keys: [(UInt64, UInt64)] = spellings.map { s in s.withUTF8Buffer { key($0) } }

        /// For each first letter `a`…`z`, the lengths of the spellings starting with it (bit
        /// `1 << length`): most words of a label are turned away by this alone.
        static let lengthsByFirstLetter: [UInt16] = {
            var out = [UInt16](repeating: 0, count: 26)
            for s in spellings { s.withUTF8Buffer { out[Int($0[0] - 0x61)] |= 1 << UInt16($0.count) } }
            return out
        }()

        /// The word spelled by `b` (any ASCII case), if the rules name it. `b` holds ASCII
        /// letters or (from the `Character` path) lowercase letters of any script.
        static func of(_ b: UnsafeBufferPointer<UInt8>) -> Word? {
            guard b.count >= 2, b.count <= 12 else { return nil }
            // `| 0x20` folds only ASCII letters onto the spellings; a non-ASCII byte never
            // folds onto an ASCII letter.
            for c in b where c >= 0x80 { return nil }
            let first = b[0] | 0x20
            guard first >= 0x61, first <= 0x7A, lengthsByFirstLetter[Int(first - 0x61)] & (1 << UInt16(b.count)) != 0 else { return nil }
            let k = key(b)
            for (i, s) in keys.enumerated() where s == k { return Word(rawValue: i) }
            return nil
        }
    }

    /// Phrases the rules name.
    enum Phrase: Int {
        case numberOfShares, sharesOutstanding, sharesUsed, adsUsed, adssUsed, sharesIssued, numberOfAds, numberOfAdss
        case antiDilutive, weightedAverage, fairValue
        var bit: UInt32 { 1 << UInt32(rawValue) }
    }

    /// `number of shares`, `shares outstanding`, `shares used`, `ADS used`, `ADSs used`,
    /// `shares issued`, `number of ADS`, `number of ADSs`: a share count.
    static let shareCountPhrases: UInt32 = [Phrase.numberOfShares, .sharesOutstanding, .sharesUsed, .adsUsed, .adssUsed,
                                            .sharesIssued, .numberOfAds, .numberOfAdss].reduce(0) { $0 | $1.bit }

    static func mask(_ words: [Word]) -> UInt64 { words.reduce(0) { $0 | $1.bit } }
    static let shareWords = mask([.shares, .share, .ads, .adss, .units, .rsus, .psus, .options, .awards])
    static let securityWords = mask([.awards, .options, .securities, .shares, .units, .rsus, .psus, .warrants, .stock])
    /// Words after `per` that make an amount per share.
    static let perShareNouns = mask([.share, .ordinary, .ads, .diluted, .basic, .common, .class, .unit, .adr, .rsu, .psu, .option, .award])

    private(set) var present: UInt64 = 0
    private(set) var phrases: UInt32 = 0
    /// The first two words are `weighted average`.
    private(set) var startsWeightedAverage = false
    /// A share word or `number` before the first `per` (or with no `per`).
    private(set) var shareBeforePer = false
    /// `per` followed by a per-share noun.
    private(set) var perNoun = false

    private var count = 0
    private var sawPer = false
    /// The word before ended in a glued `per` (`gluedTail`).
    private var prevGluedPer = false
    private var prev: Word?
    private var prev2: Word?

    init() {}

    /// Facts of a simple label's bytes: its words are its runs of ASCII letters.
    init(simple b: UnsafeBufferPointer<UInt8>) {
        var i = 0
        let n = b.count
        while i < n {
            guard LabelText.isASCIILetter(b[i]) else { i += 1; continue }
            var j = i + 1
            while j < n, LabelText.isASCIILetter(b[j]) { j += 1 }
            add(UnsafeBufferPointer(rebasing: b[i..<j]))
            i = j
        }
    }

    /// Facts of words given as (lowercase) strings.
    init(strings: [String]) {
        for var w in strings { w.withUTF8 { add($0) } }
    }

    func has(_ w: Word) -> Bool { present & w.bit != 0 }
    func has(_ p: Phrase) -> Bool { phrases & p.bit != 0 }
    func hasAny(_ mask: UInt64) -> Bool { present & mask != 0 }

    /// **Words glued to the word before.** A converter that drops the space before `per` or
    /// `price` (`Basic lossper share`, `Cash dividends declaredper common share`, `Weighted-
    /// average exerciseprice`) hides the word the share rules read: a word of letters ending in
    /// `per` (at least 6 letters) is read as `per` before a per-share noun, one ending in
    /// `price` (at least 8) as `price`. Nil for any other word.
    static func gluedTail(_ b: UnsafeBufferPointer<UInt8>) -> Word? {
        func endsWith(_ s: StaticString) -> Bool {
            let n = s.utf8CodeUnitCount
            guard b.count > n else { return false }
            return s.withUTF8Buffer { t in (0..<n).allSatisfy { (b[b.count - n + $0] | 0x20) == t[$0] } }
        }
        if b.count >= 6, endsWith("per") { return .per }
        if b.count >= 8, endsWith("price") { return .price }
        return nil
    }

    /// The next word.
    mutating func add(_ b: UnsafeBufferPointer<UInt8>) {
        var w = Word.of(b)
        let glued = w == nil ? Self.gluedTail(b) : nil
        if glued == .price { w = .price }
        defer { prev2 = prev; prev = w; prevGluedPer = glued == .per; count += 1 }
        if prevGluedPer, let w, Self.perShareNouns & w.bit != 0 { perNoun = true }
        if count == 1, prev == .weighted, w == .average { startsWeightedAverage = true }
        guard let w else { return }
        present |= w.bit
        if !sawPer {
            if w == .per { sawPer = true } else if Self.shareWords & w.bit != 0 || w == .number { shareBeforePer = true }
        }
        if prev == .per, Self.perShareNouns & w.bit != 0 { perNoun = true }
        switch (prev2, prev, w) {
        case (.number, .of, .shares): phrases |= Phrase.numberOfShares.bit
        case (.number, .of, .ads): phrases |= Phrase.numberOfAds.bit
        case (.number, .of, .adss): phrases |= Phrase.numberOfAdss.bit
        default: break
        }
        switch (prev, w) {
        case (.shares, .outstanding): phrases |= Phrase.sharesOutstanding.bit
        case (.shares, .used): phrases |= Phrase.sharesUsed.bit
        case (.ads, .used): phrases |= Phrase.adsUsed.bit
        case (.adss, .used): phrases |= Phrase.adssUsed.bit
        case (.shares, .issued): phrases |= Phrase.sharesIssued.bit
        case (.anti, .dilutive): phrases |= Phrase.antiDilutive.bit
        case (.weighted, .average): phrases |= Phrase.weightedAverage.bit
        case (.fair, .value): phrases |= Phrase.fairValue.bit
        default: break
        }
    }
}
