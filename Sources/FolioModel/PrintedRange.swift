/// A range printed where one figure would be (`0.1%-1.6%` in a table cell).
public enum PrintedRange {
    /// The two bounds of a range printed in one cell: `0.1%-1.6%`, `—%-4.6%` (a dash is 0),
    /// `$10 - $20`, `2 to 5`; nil for anything else.
    public static func bounds(_ b: [UInt8]) -> [Double]? {
        located(b).map { $0.map(\.value) }
    }

    /// The two bounds of a range printed in one cell with the bytes of each bound's digits in
    /// `b` (`4.80% - 4.95%`: 4.80 at 0..<4, 4.95 at 8..<12; a dash bound, `—%-4.6%`, is 0 at
    /// the dash's bytes); nil for anything else.
    public static func located(_ b: [UInt8]) -> [(value: Double, bytes: Range<Int>)]? {
        var i = 0
        while i < b.count {
            var len = 0
            if b[i] == 0x2D { len = 1 } else if i + 2 < b.count, b[i] == 0xE2, b[i + 1] == 0x80, b[i + 2] == 0x93 || b[i + 2] == 0x94 { len = 3 } else if i + 4 <= b.count, b[i] == 0x20, b[i + 1] == 0x74, b[i + 2] == 0x6F, b[i + 3] == 0x20 { len = 4 }
            if len > 0, i > 0, let lo = bound(b[..<i]), let hi = bound(b[(i + len)...]) {
                return [(lo, digits(b, 0..<i)), (hi, digits(b, (i + len)..<b.count))]
            }
            i += max(1, len)
        }
        return nil
    }

    /// The bytes of a bound's figure within `r`: from its first digit (or dash) to its last,
    /// spaces, `$` and `%` around it left out.
    static func digits(_ b: [UInt8], _ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, b[lo] == 0x20 || b[lo] == 0x24 { lo += 1 }
        while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x25 { hi -= 1 }
        return lo..<hi
    }

    /// One bound: `[$] digits [.digits] [%]`, the sign set apart by a space or not (`$ 10`,
    /// `36 %`), or a lone dash (0).
    static func bound(_ s: ArraySlice<UInt8>) -> Double? {
        var t = s
        while let f = t.first, f == 0x20 { t.removeFirst() }
        while let l = t.last, l == 0x20 { t.removeLast() }
        if t.first == 0x24 { t.removeFirst() }
        if t.last == 0x25 { t.removeLast() }
        // A sign set one space from its figure (`$ 10`, `36 %`, as fixed-width text prints it).
        while let f = t.first, f == 0x20 { t.removeFirst() }
        while let l = t.last, l == 0x20 { t.removeLast() }
        if t.isEmpty { return nil }
        let dash: [UInt8] = [0xE2, 0x80, 0x94], enDash: [UInt8] = [0xE2, 0x80, 0x93]
        if Array(t) == [0x2D] || Array(t) == dash || Array(t) == enDash { return 0 }
        var digits: [UInt8] = []
        for c in t {
            if c >= 0x30 && c <= 0x39 || c == 0x2E { digits.append(c) } else if c != 0x2C { return nil }
        }
        guard digits.contains(where: { $0 != 0x2E }) else { return nil }
        return Double(String(decoding: digits, as: UTF8.self))
    }
}
