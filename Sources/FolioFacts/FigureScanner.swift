import FolioModel

/// A figure printed in prose: `RMB4,495.5 million`, `US$0.96`, `13.8%`, `235.4 million`.
struct Figure: Sendable, Hashable {
    /// Bytes of the whole figure (currency to scale word or `%`), absolute in the text.
    var start: Int
    var end: Int
    /// As printed, before scale, with its sign.
    var value: Double
    /// Digits after the decimal point as printed.
    var decimals: Int
    var scale: Int
    /// ISO currency code, `percent`, or nil (a count).
    var unit: String?
    var hasCurrency: Bool { unit != nil && unit != "percent" }

    /// The most significant digits `roundingUnit` reads an approximate figure to: an
    /// approximate figure is never read coarser than two significant digits.
    static let approximateDigits = 2

    /// **approximateRounding.** The unit the figure is rounded to, in its own units (before
    /// scale): its last printed decimal place (`4.2` -> 0.1, `1,250` -> 1). A figure the
    /// prose says is approximate (`approximately $37,000`, `about $183,000`: `approximate`)
    /// is rounded at its last non-zero digit instead, to two significant digits at the
    /// coarsest (`approximator` words: `NarrativeExtractor.saysApproximate`):
    ///
    ///     the purchase of finance leases of approximately $37,000   (statement: 36,795)
    ///
    /// Read as exact, the fund's rounded prose figures disagreed with every statement line
    /// they round. `approximately $70,000` is rounded to thousands (`69,843`), not to tens of
    /// thousands; `approximately $300 million` to tens of millions.
    func roundingUnit(approximate: Bool) -> Double {
        var unit = 1.0
        for _ in 0..<decimals { unit /= 10 }
        guard approximate, decimals == 0 else { return unit }
        let whole = abs(value)
        guard whole >= 1, whole < 1e15 else { return unit }
        var digits = 0, zeros = 0, v = whole.rounded()
        var trailing = true
        while v >= 1 {
            let d = v.truncatingRemainder(dividingBy: 10)
            if trailing && d == 0 { zeros += 1 } else { trailing = false }
            digits += 1
            v = (v / 10).rounded(.down)
        }
        for _ in 0..<max(0, min(zeros, digits - Self.approximateDigits)) { unit *= 10 }
        return unit
    }
}

/// Finds figures in a run of text. A bare number (no currency, no scale word, no percent
/// sign) is not a figure: years, dates, page numbers, counts like `157 partners` stay out.
///
/// **negativeInParentheses.** Notes print a negative amount the way statements do, in
/// parentheses: `a valuation gain (loss) of $(12.7) billion, $797 million and $(1.6) billion`,
/// `net of taxes of ($1.7) million`. The first form (currency, then the number in
/// parentheses) is always negative; the second only with a scale word after the closing
/// parenthesis, since `RMB6.88 (US$0.96)` is the same amount in another currency. An HTML
/// rendition prints a space inside the parentheses (`$( 67 ) million`, `($ 94 ) million`):
/// read the same.
enum FigureScanner {
    /// Currency prefixes, longest first, with their ISO codes.
    static let currencies: [([UInt8], String)] = [
        (Array("US$".utf8), "USD"), (Array("HK$".utf8), "HKD"), (Array("RMB".utf8), "RMB"),
        (Array("USD".utf8), "USD"), (Array("HKD".utf8), "HKD"), (Array("CNY".utf8), "RMB"),
        (Array("EUR".utf8), "EUR"), (Array("€".utf8), "EUR"), (Array("£".utf8), "GBP"),
        (Array("¥".utf8), "RMB"), (Array("$".utf8), "USD"),
        // ISO codes printed before an amount (`SEK 1.4 billion`, `INR 22.7 billion`).
        (Array("GBP".utf8), "GBP"), (Array("CAD".utf8), "CAD"), (Array("CHF".utf8), "CHF"), (Array("SEK".utf8), "SEK"),
        (Array("INR".utf8), "INR"), (Array("JPY".utf8), "JPY"), (Array("AUD".utf8), "AUD"),
    ]

    /// Bytes a figure can start with: a digit, a minus sign, a currency prefix's first byte.
    static let figureStart: [Bool] = {
        var a = Array(repeating: false, count: 256)
        for (p, _) in currencies { a[Int(p[0])] = true }
        for c in UInt8(ascii: "0")...UInt8(ascii: "9") { a[Int(c)] = true }
        a[Int(UInt8(ascii: "-"))] = true
        return a
    }()
    /// `currencies` by the first byte of their prefix, in the same order: the prefixes a
    /// figure starting with that byte can begin with.
    static let currenciesByFirstByte: [[([UInt8], String)]] = {
        var a: [[([UInt8], String)]] = Array(repeating: [], count: 256)
        for c in currencies { a[Int(c.0[0])].append(c) }
        return a
    }()
    static let percentWord = Array(" percent".utf8)
    static let perCentWords = Array(" per cent".utf8)

    static let scales: [(String, Int)] = [
        ("trillion", 1_000_000_000_000), ("billion", 1_000_000_000), ("million", 1_000_000),
        ("thousand", 1000), ("bn", 1_000_000_000), ("mn", 1_000_000), ("m", 1_000_000), ("b", 1_000_000_000), ("k", 1000),
    ]
    /// `scales` as bytes, compared with the word after a number where it lies.
    static let scaleBytes: [([UInt8], Int)] = scales.map { (Array($0.0.utf8), $0.1) }

    /// Currency words printed after an amount (`420 million yuan`, `5 euros`), with their codes.
    static let trailingCurrencies: [([UInt8], String)] = [
        (Array("yuan".utf8), "RMB"), (Array("rmb".utf8), "RMB"), (Array("renminbi".utf8), "RMB"),
        (Array("dollars".utf8), "USD"), (Array("usd".utf8), "USD"), (Array("hkd".utf8), "HKD"),
        (Array("euros".utf8), "EUR"), (Array("eur".utf8), "EUR"),
    ]

    /// Scans `text[range]`.
    static func scan(_ t: [UInt8], _ range: Range<Int>) -> [Figure] {
        // Reads through a buffer: every read below is inside `range` or checked against it.
        guard range.lowerBound >= 0, range.upperBound <= t.count else { return [] }
        return t.withUnsafeBufferPointer { scan($0, range) }
    }

    static func matches(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ p: [UInt8]) -> Bool {
        guard i + p.count <= t.count else { return false }
        for k in 0..<p.count where t[i + k] != p[k] { return false }
        return true
    }

    /// The scale word at `at` (after at most one space): its factor and where it ends. Short
    /// scales (`m`, `bn`) count only `glued` to the number (no space before them).
    static func scaleWord(_ t: UnsafeBufferPointer<UInt8>, at k: Int, end: Int, glued: Bool) -> (Int, Int)? {
        var s = k
        if s < end, t[s] == UInt8(ascii: " ") { s += 1 }
        var e = s
        while e < end, Words.isAlnum(t[e]), e - s < 9 { e += 1 }
        guard e > s, e >= end || !Words.isAlnum(t[e]) else { return nil }
        for (name, f) in scaleBytes where Words.equal(t, s..<e, name) {
            if name.count <= 2 && (s != k || !glued) { continue }
            return (f, e)
        }
        return nil
    }

    /// A currency named after an amount (`420 million yuan`, `5 euros`): its code, whether a
    /// space stood before the word, and where the word ends; nil for any other word.
    static func trailingCurrency(_ t: UnsafeBufferPointer<UInt8>, at k: Int, end: Int) -> (code: String, spaced: Bool, end: Int)? {
        var s2 = k
        if s2 < end, t[s2] == UInt8(ascii: " ") { s2 += 1 }
        var e2 = s2
        while e2 < end, Words.isAlnum(t[e2]), e2 - s2 < 8 { e2 += 1 }
        guard e2 >= end || !Words.isAlnum(t[e2]) else { return nil }
        let code = trailingCurrencies.first { Words.equal(t, s2..<e2, $0.0) }?.1
        return code.map { ($0, s2 > k, e2) }
    }

    /// **gluedFootnoteMarker.** One or two digits that open a sentence glued to a currency
    /// prefix (`1€750 million euro-denominated debt ...`, `3INR28.1 billion loan ...`: a
    /// footnote under a table, its superscript marker printed against the amount) are the
    /// footnote's marker, no figure: where the currency starts; nil for any other opening
    /// (`12 $` with a space, `2024$`).
    static func footnoteMarkerEnd(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var j = range.lowerBound
        while j < range.upperBound, j - range.lowerBound < 3, ByteClass.isDigit(t[j]) { j += 1 }
        guard j > range.lowerBound, j - range.lowerBound <= 2, j < range.upperBound,
              currenciesByFirstByte[Int(t[j])].contains(where: { matches(t, j, $0.0) }) else { return nil }
        return j
    }

    static func scan(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Figure] {
        var out: [Figure] = []
        let end = range.upperBound
        // (`gluedFootnoteMarker`: the figure starts after the marker.)
        let opening = footnoteMarkerEnd(t, range)
        var i = opening ?? range.lowerBound
        let starts = figureStart
        while i < end {
            // A figure starts with a digit, a minus sign or a currency: skip other bytes.
            while i < end, !starts[Int(t[i])] { i += 1 }
            if i >= end { break }
            let b = t[i]
            // Only at a word start.
            if i > range.lowerBound, i != opening, Words.isAlnum(t[i - 1]) || t[i - 1] == UInt8(ascii: ".") || t[i - 1] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            var j = i
            var unit: String?
            for (p, code) in currenciesByFirstByte[Int(b)] where matches(t, j, p) {
                unit = code
                j += p.count
                break
            }
            if unit != nil {
                if j < end, t[j] == UInt8(ascii: " ") { j += 1 }
            } else if !ByteClass.isDigit(b) && b != UInt8(ascii: "-") {
                i += 1
                continue
            }
            var negative = false
            if j < end, t[j] == UInt8(ascii: "-"), j + 1 < end, ByteClass.isDigit(t[j + 1]) { negative = true; j += 1 }
            // `$(12.7) billion`: negative (`negativeInParentheses`).
            var parenthesised = false
            // (`$( 12.7 ) billion`: a space inside, as an HTML rendition prints it.)
            if unit != nil, !negative, j + 1 < end, t[j] == UInt8(ascii: "(") {
                let d = t[j + 1] == UInt8(ascii: " ") ? j + 2 : j + 1
                if d < end, ByteClass.isDigit(t[d]) {
                    parenthesised = true
                    j = d
                }
            }
            guard j < end, ByteClass.isDigit(t[j]) else { i += 1; continue }
            // Number: digits with thousands commas, optional decimals.
            let ns = j
            var decimals = -1
            while j < end {
                let c = t[j]
                if ByteClass.isDigit(c) {
                    if decimals >= 0 { decimals += 1 }
                    j += 1
                } else if c == UInt8(ascii: ","), decimals < 0,
                          (1...3).allSatisfy({ j + $0 < end && ByteClass.isDigit(t[j + $0]) }),
                          !(j + 4 < end && ByteClass.isDigit(t[j + 4])) {
                    j += 1
                } else if c == UInt8(ascii: "."), decimals < 0, j + 1 < end, ByteClass.isDigit(t[j + 1]) {
                    decimals = 0
                    j += 1
                } else {
                    break
                }
            }
            if j < end, Words.isAlnum(t[j]) && !(t[j] >= 0x61 && t[j] <= 0x7A) && !(t[j] >= 0x41 && t[j] <= 0x5A) {
                i = j; continue
            }
            var k = j
            // The closing parenthesis, right after the number or after one space (`( 67 )`).
            let close = j < end && t[j] == UInt8(ascii: ")") ? j : j + 1 < end && t[j] == UInt8(ascii: " ") && t[j + 1] == UInt8(ascii: ")") ? j + 1 : nil
            if parenthesised {
                guard let c = close else { i = j; continue }
                negative = true
                k = c + 1
            } else if unit != nil, i > range.lowerBound, t[i - 1] == UInt8(ascii: "("), let c = close,
                      scaleWord(t, at: c + 1, end: end, glued: false) != nil {
                // `($1.7) million`: the whole amount in parentheses, its scale word outside.
                negative = true
                k = c + 1
            }
            // The value is read once the number is known to be a figure (its digits and at
            // most one decimal point, the thousands commas left out, always read as a Double).
            func value() -> Double? {
                let digits = UnsafeBufferPointer(rebasing: t[ns..<j]).filter { $0 != UInt8(ascii: ",") }
                guard let raw = Double(String(decoding: digits, as: UTF8.self)) else { return nil }
                return negative ? -raw : raw
            }
            var scale = 1
            // Percent.
            var isPercent = false
            if k < end, t[k] == UInt8(ascii: "%") { isPercent = true; k += 1 }
            // (` percent` as a word: `2 percentage points` is a change in points, not a percent.)
            else if matches(t, k, percentWord), !(k + 8 < end && Words.isAlnum(t[k + 8])) { isPercent = true; k += 8 }
            else if matches(t, k, perCentWords) { isPercent = true; k += 9 }
            if isPercent {
                if unit != nil { i = k; continue }
                guard let value = value() else { i = max(j, i + 1); continue }
                out.append(Figure(start: negative ? ns - 1 : i, end: k, value: value, decimals: max(0, decimals), scale: 1, unit: "percent"))
                i = k
                continue
            }
            // Scale word: ` million`, `million`, `mn`; one-letter scales only glued to the
            // number and with a currency (`US$5m`).
            if let (f, e) = scaleWord(t, at: k, end: end, glued: unit != nil) {
                scale = f
                k = e
            }
            // A currency after the amount (`420 million yuan`).
            if unit == nil, let c = trailingCurrency(t, at: k, end: end), c.spaced || scale == 1 {
                unit = c.code
                k = c.end
            }
            if unit == nil && scale == 1 { i = max(j, i + 1); continue }
            if decimals < 0 { decimals = 0 }
            guard let value = value() else { i = max(j, i + 1); continue }
            out.append(Figure(start: i, end: k, value: value, decimals: decimals, scale: scale, unit: unit))
            i = k
        }
        return out
    }
}
