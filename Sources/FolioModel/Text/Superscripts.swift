/// Superscript digits, as footnote references and exponents print them: `Revenue¹`, `⁽¹²⁾`,
/// `m²`. Unicode has `¹²³` in Latin-1 (U+00B9, U+00B2, U+00B3, UTF-8 `C2 B9/B2/B3`) and `⁰`,
/// `⁴`-`⁹` in Superscripts and Subscripts (U+2070, U+2074-2079, UTF-8 `E2 81 B0`, `B4`-`B9`);
/// U+2071-2073 are not digits.
public enum Superscripts {
    /// The value of a superscript digit scalar, or nil.
    @inlinable @inline(__always)
    public static func digit(_ v: UInt32) -> UInt8? {
        switch v {
        case 0x00B9: return 1
        case 0x00B2: return 2
        case 0x00B3: return 3
        case 0x2070: return 0
        case 0x2074...0x2079: return UInt8(v - 0x2070)
        default: return nil
        }
    }

    /// The value of a character that is one superscript digit scalar, or nil.
    @inlinable
    public static func digit(_ c: Character) -> UInt8? {
        let scalars = c.unicodeScalars
        guard scalars.count == 1, let s = scalars.first else { return nil }
        return digit(s.value)
    }

    /// The superscript digit whose UTF-8 bytes start at `i` of `b` (ending before `end`): its
    /// value and byte length, or nil.
    @inlinable @inline(__always)
    public static func digit<C: RandomAccessCollection<UInt8>>(in b: C, at i: C.Index, end: C.Index) -> (value: UInt8, length: Int)? where C.Index == Int {
        guard i < end else { return nil }
        if b[i] == 0xC2, i + 1 < end {
            switch b[i + 1] {
            case 0xB9: return (1, 2)
            case 0xB2: return (2, 2)
            case 0xB3: return (3, 2)
            default: return nil
            }
        }
        if b[i] == 0xE2, i + 2 < end, b[i + 1] == 0x81 {
            let t = b[i + 2]
            if t == 0xB0 { return (0, 3) }
            if t >= 0xB4 && t <= 0xB9 { return (t - 0xB0, 3) }
        }
        return nil
    }

    /// The UTF-8 bytes of the superscript digit of value `d` (`2` → `²`, `C2 B2`); a value over
    /// 9 gives no bytes.
    public static func utf8(_ d: UInt8) -> [UInt8] {
        switch d {
        case 1: [0xC2, 0xB9]
        case 2: [0xC2, 0xB2]
        case 3: [0xC2, 0xB3]
        case 0, 4...9: [0xE2, 0x81, 0xB0 + d]
        default: []
        }
    }

    /// The ASCII digits a word of superscript digits spells (`¹²` → `12`); nil when the word is
    /// empty or a character of it is not one superscript digit.
    public static func decimal(_ word: some StringProtocol) -> String? {
        var out = ""
        for c in word {
            guard let d = digit(c) else { return nil }
            out.unicodeScalars.append(Unicode.Scalar(0x30 + d))
        }
        return out.isEmpty ? nil : out
    }
}
