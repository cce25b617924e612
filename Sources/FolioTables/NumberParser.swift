import FolioModel

/// A table cell read as a number.
public struct ParsedNumber: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Digits were printed.
        case number
        /// A lone dash (`-`, `—`, `–`, `−`): zero.
        case dash
        /// `N/A`, `Not applicable`, `n.m.`: no value.
        case notApplicable
    }

    public var kind: Kind
    /// The printed number with its sign (parentheses and leading minus mean negative), before
    /// scale; 0 for a dash, nil for not-applicable.
    public var value: Double?
    /// A trailing `%` was printed.
    public var isPercent: Bool
    /// ISO code of a currency prefix (`RMB`, `US$` → `USD`, `HK$` → `HKD`, `$` → `USD`).
    public var currency: String?
    /// Digits printed after the decimal point (for rounding tolerances).
    public var fractionDigits: Int
    /// A trailing footnote marker (`1` for `1,234(1)`, `*` for `1,234*`).
    public var marker: String?
    /// Look-alike characters (`O`, `l`, Cyrillic `б`) were read as digits.
    public var repaired: Bool
    /// A scale printed after the figure (`$445 M`, `2.3 billion`): the cell's own scale.
    public var suffixScale: Int?

    public init(kind: Kind, value: Double?, isPercent: Bool = false, currency: String? = nil,
                fractionDigits: Int = 0, marker: String? = nil, repaired: Bool = false) {
        self.kind = kind
        self.value = value
        self.isPercent = isPercent
        self.currency = currency
        self.fractionDigits = fractionDigits
        self.marker = marker
        self.repaired = repaired
    }

    /// Half a unit of the last printed digit: how far the printed figure may be from the
    /// exact one.
    public var roundingTolerance: Double {
        var t = 0.5
        for _ in 0..<fractionDigits { t /= 10 }
        return t
    }
}

/// Reads the figures printed in table cells. Hand-written byte scanner (no regex): it is on
/// the per-cell hot path and will be fuzzed, so every input returns a result or nil and
/// never traps.
///
/// Accepted: thousands separators (`1,234,567`), decimals, parentheses and leading minus
/// (ASCII, U+2212, en dash) as negative, lone dashes as 0, `%`, currency prefixes (`RMB`,
/// `US$`, `HK$`, `$`, `USD`, `€`, `£`, `¥`...), trailing footnote markers (`1,234(1)`,
/// `1,234*`, `1,234^{*1}`, superscript digits), a trailing scale word (`$445 M`, `2.3 billion`:
/// `suffixScale`), `N/A` / `Not applicable` as null, and
/// look-alike letters inside digit runs (`1O5` → 105).
public enum NumberParser {
    /// Parses a cell; nil when it is not a number.
    /// - Parameter lenient: also read a lone look-alike letter (`б`, Cyrillic `О`) as a digit;
    ///   for cells of a column already known to be numeric.
    public static func parse(_ text: String, lenient: Bool = false) -> ParsedNumber? {
        parse(bytes: Array(text.utf8), lenient: lenient)
    }

    public static func parse(bytes raw: [UInt8], lenient: Bool = false) -> ParsedNumber? {
        let b = trimmed(raw)
        if b.isEmpty || b.count > 64 { return nil }
        if isNotApplicable(b) { return ParsedNumber(kind: .notApplicable, value: nil) }
        if isLoneDash(b) { return ParsedNumber(kind: .dash, value: 0) }
        // (A first byte that opens neither a sign nor a dash opens no marked dash.)
        if b[0] == 0x24 || b[0] == 0x2D || b[0] == 0xE2, let marked = markedDash(b) { return marked }
        // `—%`: a dash in a column of percentages, zero percent.
        if b.last == 0x25, b.count >= 2, isLoneDash(Array(b.dropLast())) { return ParsedNumber(kind: .dash, value: 0, isPercent: true) }
        // The strict scanner reads a figure only where a digit is, or a dash after a currency
        // sign (`$ -`): text with neither (most labels) is not scanned.
        var hasDigit = false, hasDash = false
        for c in b {
            if c >= 0x30 && c <= 0x39 { hasDigit = true; break }
            if c == 0x2D || c == 0xE2 { hasDash = true }
        }
        if hasDigit || hasDash {
            if let n = scan(b) { return n }
            // `(3,569` whose closing parenthesis went to the next cell (HTML tables print it
            // in a cell of its own): negative, in a column known to be numeric.
            if lenient, b.first == 0x28, !b.contains(0x29), let n = scan(b + [0x29]) { return n }
        }
        // Look-alike repair: only where real digits are present (or the column is numeric).
        guard hasDigit || lenient else { return nil }
        guard let fixed = repairHomoglyphs(b, requireDigit: !lenient), fixed != b else { return nil }
        if var n = scan(fixed) {
            n.repaired = true
            return n
        }
        return nil
    }

    // MARK: - Pieces

    /// Trims ASCII white space and NO-BREAK SPACE (C2 A0).
    static func trimmed(_ b: [UInt8]) -> [UInt8] {
        var lo = 0, hi = b.count
        while lo < hi {
            if ByteClass.isWhiteSpace(b[lo]) { lo += 1 } else if lo + 1 < hi && b[lo] == 0xC2 && b[lo + 1] == 0xA0 { lo += 2 } else { break }
        }
        while hi > lo {
            if ByteClass.isWhiteSpace(b[hi - 1]) { hi -= 1 } else if hi - 2 >= lo && b[hi - 2] == 0xC2 && b[hi - 1] == 0xA0 { hi -= 2 } else { break }
        }
        if lo == 0 && hi == b.count { return b }
        return Array(b[lo..<hi])
    }

    static func lower(_ c: UInt8) -> UInt8 { (c >= 0x41 && c <= 0x5A) ? c + 32 : c }

    static let notApplicableForms: [[UInt8]] = [
        "n/a", "na", "n.a.", "n.a", "not applicable", "not meaningful", "nm", "n.m.", "n/m", "none",
    ].map { Array($0.utf8) }

    static func isNotApplicable(_ b: [UInt8]) -> Bool {
        // Every form starts with `n` and has 2 to 14 bytes.
        guard b.count >= 2, b.count <= 14, lower(b[0]) == 0x6E else { return false }
        let l = b.map(lower)
        for f in notApplicableForms where l == f { return true }
        return false
    }

    /// Length of a dash at `i` (`-`, en dash, em dash, minus sign), or 0.
    static func dashLength(_ b: [UInt8], _ i: Int) -> Int {
        guard i < b.count else { return 0 }
        if b[i] == 0x2D { return 1 }
        if i + 2 < b.count, b[i] == 0xE2 {
            if b[i + 1] == 0x80 && (b[i + 2] == 0x93 || b[i + 2] == 0x94) { return 3 }
            if b[i + 1] == 0x88 && b[i + 2] == 0x92 { return 3 }
        }
        return 0
    }

    static func isLoneDash(_ b: [UInt8]) -> Bool {
        var i = 0, dashes = 0
        while i < b.count {
            if ByteClass.isWhiteSpace(b[i]) { i += 1; continue }
            let d = dashLength(b, i)
            if d == 0 { return false }
            dashes += 1
            i += d
        }
        return dashes >= 1 && dashes <= 3
    }

    static let currencyPrefixes: [([UInt8], String)] = [
        ("US$", "USD"), ("HK$", "HKD"), ("RMB", "RMB"), ("USD", "USD"), ("HKD", "HKD"), ("EUR", "EUR"),
        ("GBP", "GBP"), ("JPY", "JPY"), ("CNY", "CNY"), ("Rmb", "RMB"), ("C$", "CAD"), ("A$", "AUD"),
        ("S$", "SGD"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("￥", "RMB"),
    ].map { (Array($0.0.utf8), $0.1) }

    /// The first bytes of `currencyPrefixes`, by byte value: at a byte starting none of them
    /// no prefix is compared (most cells that are not figures are words).
    static let currencyFirstBytes = firstBytes(currencyPrefixes.map(\.0))

    /// The first bytes of `LookAlikeDigits.table`, by byte value: a byte starting none of its
    /// look-alikes (digits, most letters, spaces) is copied as it is without comparing them.
    static let lookAlikeFirstBytes = firstBytes(LookAlikeDigits.table.map(\.0))

    /// A table of 256 flags: the first byte of one of `patterns` or not.
    static func firstBytes(_ patterns: [[UInt8]]) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for p in patterns { if let f = p.first { table[Int(f)] = true } }
        return table
    }

    static func hasPrefix(_ b: [UInt8], _ i: Int, _ p: [UInt8]) -> Bool {
        guard i + p.count <= b.count else { return false }
        for k in 0..<p.count where b[i + k] != p[k] { return false }
        return true
    }

    /// The strict scanner: [space] [( ] [-] [currency] [-] digits [.digits] [%] [)] [marker].
    static func scan(_ b: [UInt8]) -> ParsedNumber? {
        var i = 0
        let n = b.count
        var negative = false
        var parens = false
        var currency: String?
        func skipSpaces() { while i < n && ByteClass.isWhiteSpace(b[i]) { i += 1 } }

        // Prefix: any order of "(", one sign, one currency.
        var guardSteps = 0
        prefix: while i < n && guardSteps < 8 {
            guardSteps += 1
            skipSpaces()
            if i >= n { break }
            if b[i] == 0x28 && !parens { parens = true; i += 1; continue }
            if b[i] == 0x2B { i += 1; continue }   // explicit plus
            let d = dashLength(b, i)
            if d > 0 && !negative { negative = true; i += d; continue }
            // No currency prefix starts with a digit or a point.
            if currency == nil, b[i] > 0x39 || (b[i] < 0x30 && b[i] != 0x2E), currencyFirstBytes[Int(b[i])] {
                for (p, code) in currencyPrefixes where hasPrefix(b, i, p) {
                    // A letter code must not run into more letters (`RMBX`).
                    let after = i + p.count
                    if after < n, ByteClass.isLetter(b[after]), p.last.map(ByteClass.isLetter) == true { continue }
                    currency = code
                    i = after
                    continue prefix
                }
            }
            break
        }
        skipSpaces()

        // Integer part: digits and separators in intStart..<intEnd, fraction digits in
        // fracStart..<fracStart + fracCount; `mantissa` holds all the digits while there are
        // at most 15 of them.
        var nDigits = 0
        var mantissa: UInt64 = 0
        var fracCount = 0
        var fracStart = 0
        var sawDigit = false
        var groupLen = 0
        var sawSeparator = false
        let intStart = i
        while i < n {
            let c = b[i]
            if c >= 0x30 && c <= 0x39 {
                nDigits += 1
                if nDigits <= 15 { mantissa = mantissa * 10 + UInt64(c - 0x30) }
                sawDigit = true; groupLen += 1; i += 1
            } else if c == 0x2C && sawDigit {
                // Thousands separator: exactly three digits follow.
                var k = i + 1, cnt = 0
                while k < n && b[k] >= 0x30 && b[k] <= 0x39 { k += 1; cnt += 1 }
                if cnt != 3 { break }
                if sawSeparator == false && groupLen > 3 { return nil }
                sawSeparator = true
                groupLen = 0
                i += 1
            } else {
                break
            }
        }
        if sawSeparator && groupLen != 3 { return nil }
        let intEnd = i
        if i < n && b[i] == 0x2E {
            var k = i + 1
            fracStart = k
            while k < n && b[k] >= 0x30 && b[k] <= 0x39 {
                nDigits += 1
                if nDigits <= 15 { mantissa = mantissa * 10 + UInt64(b[k] - 0x30) }
                fracCount += 1; k += 1
            }
            if fracCount > 0 || sawDigit { i = k }
        }
        if !sawDigit && fracCount == 0 {
            // `$ -`: a currency and a lone dash.
            if negative && currency != nil && !parens && (i == n || isLoneDash(Array(b[i...]))) {
                return ParsedNumber(kind: .dash, value: 0, currency: currency)
            }
            return nil
        }

        // Suffix.
        var percent = false
        var marker: String?
        var suffixScale: Int?
        var closed = !parens
        var steps = 0
        while i < n && steps < 8 {
            steps += 1
            skipSpaces()
            if i >= n { break }
            let c = b[i]
            if c == 0x25 && !percent { percent = true; i += 1; continue }
            if c == 0x29 && !closed { closed = true; i += 1; continue }
            if suffixScale == nil, !percent, let (sc, len) = scaleWord(b, i) {
                suffixScale = sc
                i += len
                continue
            }
            if let (m, len) = footnoteMarker(b, i) {
                if marker != nil { return nil }
                marker = m
                i += len
                continue
            }
            return nil
        }
        if i < n || !closed { return nil }
        if parens { negative = true }

        guard var v = value(b, mantissa: mantissa, nDigits: nDigits, int: intStart..<intEnd,
                            frac: fracStart..<(fracStart + fracCount)) else { return nil }
        if negative && v != 0 { v = -v }
        var parsed = ParsedNumber(kind: .number, value: v, isPercent: percent, currency: currency,
                                  fractionDigits: fracCount, marker: marker)
        parsed.suffixScale = suffixScale
        return parsed
    }

    static let powersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { a, _ in a * 10 } }

    /// The value of the digits `int` (separators skipped) `.` `frac`: with at most 15 digits
    /// in all, `mantissa / 10^fractionDigits` (both exact in a Double, so the one division
    /// rounds as `Double(String)` does); longer figures are read by `Double(String)`.
    static func value(_ b: [UInt8], mantissa: UInt64, nDigits: Int, int: Range<Int>, frac: Range<Int>) -> Double? {
        if nDigits <= 15 && frac.count <= 22 {
            let m = Double(mantissa)
            return frac.isEmpty ? m : m / powersOfTen[frac.count]
        }
        var text: [UInt8] = []
        for c in b[int] where c != 0x2C { text.append(c) }
        if text.isEmpty { text = [0x30] }
        if !frac.isEmpty { text.append(0x2E); text += b[frac] }
        return Double(String(decoding: text, as: UTF8.self))
    }

    static let scaleWords: [([UInt8], Int)] = [
        ("thousand", 1000), ("million", 1_000_000), ("billion", 1_000_000_000),
        ("MM", 1_000_000), ("M", 1_000_000), ("mn", 1_000_000), ("B", 1_000_000_000), ("bn", 1_000_000_000),
        ("K", 1000),
    ].map { (Array($0.0.utf8), $0.1) }

    /// A scale word at `i` (`M`, `MM`, `bn`, `million`, `millions`) ending the word there.
    static func scaleWord(_ b: [UInt8], _ i: Int) -> (Int, Int)? {
        for (w, sc) in scaleWords where hasPrefix(b, i, w) {
            var end = i + w.count
            if w.count > 2, end < b.count, b[end] == 0x73 { end += 1 }   // `millions`
            if end < b.count, ByteClass.isLetter(b[end]) { continue }
            return (sc, end - i)
        }
        return nil
    }


    /// **A dash with its footnote marker** (`— (2)`, `$ — (1)`): a nil figure the marker
    /// annotates, as a figure keeps its marker (`978 (1)`). Read by the strict scanner, the
    /// dash was a minus sign and the marker a figure: `— (2)` was -2. The marker must follow
    /// the dash after a space and end the cell; after an en or em dash (never a minus sign) it
    /// may be glued to it (`$ —(1)`, as a Markdown converter sets a superscript marker).
    static func markedDash(_ b: [UInt8]) -> ParsedNumber? {
        // A currency sign before the dash (`$ — (1)`).
        var s = 0
        if b.first == 0x24 {
            s = 1
            while s < b.count && b[s] == 0x20 { s += 1 }
        }
        let d = dashLength(b, s)
        guard d > 0 else { return nil }
        var i = s + d
        while i < b.count && b[i] == 0x20 { i += 1 }
        let enOrEm = d == 3 && b[s + 1] == 0x80
        guard i > s + d || enOrEm, i < b.count, let (m, len) = footnoteMarker(b, i), i + len == b.count else { return nil }
        return ParsedNumber(kind: .dash, value: 0, currency: s > 0 ? "USD" : nil, marker: m)
    }

    /// A footnote marker at `i`: `(1)`, `(a)`, `*`, `**`, `^{*1}`, `^1`, superscript digits.
    static func footnoteMarker(_ b: [UInt8], _ i: Int) -> (String, Int)? {
        let n = b.count
        if b[i] == 0x2A {
            var k = i
            while k < n && b[k] == 0x2A { k += 1 }
            // `*1` style
            var label = String(repeating: "*", count: k - i)
            var m = k
            while m < n && m - k < 2 && b[m] >= 0x30 && b[m] <= 0x39 { m += 1 }
            if m > k { label = String(decoding: b[k..<m], as: UTF8.self) }
            return (label, m - i)
        }
        if b[i] == 0x28 {
            // (1), (12), (a)
            var k = i + 1
            while k < n && k - i <= 3 && (ByteClass.isLetter(b[k]) || (b[k] >= 0x30 && b[k] <= 0x39)) { k += 1 }
            if k > i + 1 && k - i <= 3 && k < n && b[k] == 0x29 {
                return (String(decoding: b[(i + 1)..<k], as: UTF8.self), k + 1 - i)
            }
            return nil
        }
        if b[i] == 0x5E {
            // ^{*1} or ^1
            if i + 1 < n && b[i + 1] == 0x7B {
                var k = i + 2
                while k < n && b[k] != 0x7D && k - i < 10 { k += 1 }
                guard k < n && b[k] == 0x7D else { return nil }
                var inner = Array(b[(i + 2)..<k])
                while inner.first == 0x2A && inner.count > 1 { inner.removeFirst() }
                return (String(decoding: inner, as: UTF8.self), k + 1 - i)
            }
            var k = i + 1
            while k < n && k - i <= 3 && (ByteClass.isLetter(b[k]) || (b[k] >= 0x30 && b[k] <= 0x39)) { k += 1 }
            if k > i + 1 { return (String(decoding: b[(i + 1)..<k], as: UTF8.self), k - i) }
            return nil
        }
        // Superscript digits: ¹ ² ³ (C2 B9/B2/B3), ⁰ ⁴-⁹ (E2 81 B0, B4-B9).
        var k = i
        var label: [UInt8] = []
        while let d = Superscripts.digit(in: b, at: k, end: n) {
            label.append(0x30 + d.value); k += d.length
        }
        if k > i { return (String(decoding: label, as: UTF8.self), k - i) }
        return nil
    }

    /// Replaces look-alike letters by digits. With `requireDigit`, only letters next to a
    /// digit, comma or point are replaced (so `RMB` and `Total` stay letters).
    static func repairHomoglyphs(_ b: [UInt8], requireDigit: Bool) -> [UInt8]? {
        let table = LookAlikeDigits.table
        let starts = lookAlikeFirstBytes
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        var changed = false
        func isDigitish(_ c: UInt8?) -> Bool {
            guard let c else { return false }
            return (c >= 0x30 && c <= 0x39) || c == 0x2C || c == 0x2E
        }
        while i < b.count {
            if !starts[Int(b[i])] {
                out.append(b[i]); i += 1
                continue
            }
            var matched = false
            for (p, d) in table where hasPrefix(b, i, p) {
                let prev = out.last
                let next: UInt8? = i + p.count < b.count ? b[i + p.count] : nil
                if !requireDigit || isDigitish(prev) || isDigitish(next) {
                    out.append(d); i += p.count; matched = true; changed = true
                }
                break
            }
            if !matched { out.append(b[i]); i += 1 }
        }
        return changed ? out : nil
    }
}
