#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Windows-1252's characters for the bytes 0x80-0x9F, which Latin-1 (and Unicode) give to
/// control characters no filing means.
///
/// Older EDGAR HTML writes curly quotes and dashes as `&#146;`, `&#147;`, `&#151;` (the
/// Windows code page's numbers), or as raw bytes of a page libxml2 reads as Latin-1; either
/// way libxml2 yields U+0080-U+009F. Browsers show the Windows-1252 characters: the HTML
/// standard's table for numeric character references (13.2.5.80, "numeric character reference
/// end state") is this one, and its decoder reads `latin-1`/`iso-8859-1` pages as windows-1252.
/// The five bytes the code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) have no entry.
public enum Windows1252 {
    /// The code point for each byte 0x80-0x9F, 0 where the code page defines none.
    public static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// The character a browser shows for `scalar`: Windows-1252's for a C1 control it defines,
    /// else `scalar` itself.
    @inlinable
    public static func displayed(_ scalar: UInt32) -> UInt32 {
        guard scalar >= 0x80 && scalar < 0xA0 else { return scalar }
        let mapped = high[Int(scalar - 0x80)]
        return mapped == 0 ? scalar : mapped
    }

    /// `utf8` with every C1 control Windows-1252 defines replaced by its character, or nil when
    /// there is none (the usual case: one pass over the bytes, no copy).
    public static func displayedText(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var i = 0
        let n = utf8.count
        var first = -1
        // Only a 0xC2 can start one: found by `memchr` (most texts have none).
        while i + 1 < n, let base = utf8.baseAddress, let hit = memchr(base + i, 0xC2, n - 1 - i) {
            i = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if utf8[i + 1] >= 0x80, utf8[i + 1] < 0xA0, high[Int(utf8[i + 1] - 0x80)] != 0 { first = i; break }
            i += 1
        }
        guard first >= 0 else { return nil }
        var out: [UInt8] = Array(utf8[0..<first])
        out.reserveCapacity(n + 8)
        i = first
        while i < n {
            let b = utf8[i]
            if b == 0xC2, i + 1 < n, utf8[i + 1] >= 0x80, utf8[i + 1] < 0xA0 {
                let scalar = displayed(UInt32(utf8[i + 1]))
                if scalar >= 0x800 {
                    out.append(UInt8(0xE0 | (scalar >> 12)))
                    out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                    out.append(UInt8(0x80 | (scalar & 0x3F)))
                } else {
                    out.append(UInt8(0xC0 | (scalar >> 6)))
                    out.append(UInt8(0x80 | (scalar & 0x3F)))
                }
                i += 2
                continue
            }
            out.append(b)
            i += 1
        }
        return out
    }
}
