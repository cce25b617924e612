public import FolioModel
import FolioXML

/// Decoded text and its map back to the source bytes.
public struct Decoded: Sendable {
    public var text: [UInt8]
    public var map: OffsetMap
    public var encoding: String
    public var replacedInvalid: Int
}

/// Byte-level decoding to UTF-8. No Foundation on this path: it runs on every document.
public enum TextDecoder {
    /// Decodes `bytes`; throws for binary-looking content that passed the sniffer (NULs).
    public static func decode(_ bytes: [UInt8], fallback: String = "windows-1252") throws(DocumentFailure) -> Decoded {
        // BOMs.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return try decodeUTF8OrFallback(bytes, from: 3, fallback: fallback, bomName: "utf-8")
        }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return decodeUTF16(bytes, from: 2, littleEndian: true)
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return decodeUTF16(bytes, from: 2, littleEndian: false)
        }
        // UTF-16 without BOM: NULs in every other byte of the first kilobyte.
        if let le = utf16WithoutBOM(bytes) {
            return decodeUTF16(bytes, from: 0, littleEndian: le)
        }
        if let nul = bytes.withUnsafeBufferPointer({ ByteIndex.firstIndex(of: 0, in: $0, from: 0) }) {
            throw DocumentFailure(code: "read.binary",
                                  message: "not a text document: NUL byte at offset \(nul)",
                                  sourceSpan: Span(start: nul, end: nul + 1))
        }
        return try decodeUTF8OrFallback(bytes, from: 0, fallback: fallback, bomName: "utf-8")
    }

    static func decodeUTF8OrFallback(_ bytes: [UInt8], from start: Int, fallback: String, bomName: String) throws(DocumentFailure) -> Decoded {
        if let bad = firstInvalidUTF8(bytes, from: start) {
            switch fallback {
            case "fail":
                throw DocumentFailure(code: "read.invalid_utf8", message: "invalid UTF-8 at byte \(bad)",
                                      sourceSpan: Span(start: bad, end: bad + 1))
            case "latin-1":
                return decodeSingleByte(bytes, from: start, table: nil, name: "latin-1")
            default:
                return decodeSingleByte(bytes, from: start, table: windows1252High, name: "windows-1252")
            }
        }
        // Valid UTF-8 without a BOM is its own text: the buffer is shared, not copied (the
        // document holds one buffer from read until normalize replaces the text).
        let text = start == 0 ? bytes : Array(bytes[start...])
        return Decoded(text: text, map: .identity(length: text.count, originOffset: start), encoding: bomName, replacedInvalid: 0)
    }

    /// The offset of the first byte that is not valid UTF-8, or nil.
    public static func firstInvalidUTF8(_ bytes: [UInt8], from start: Int = 0) -> Int? {
        guard start >= 0 else { return nil }
        return bytes.withUnsafeBufferPointer { firstInvalidUTF8(in: $0, from: start) }
    }

    /// The scan itself: ASCII eight bytes at a time, then each sequence checked.
    static func firstInvalidUTF8(in b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        let n = b.count
        guard let base = b.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        while i < n {
            if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let len: Int
            var minCode: UInt32
            var code: UInt32
            if c & 0xE0 == 0xC0 { len = 2; code = UInt32(c & 0x1F); minCode = 0x80 }
            else if c & 0xF0 == 0xE0 { len = 3; code = UInt32(c & 0x0F); minCode = 0x800 }
            else if c & 0xF8 == 0xF0 { len = 4; code = UInt32(c & 0x07); minCode = 0x10000 }
            else { return i }
            if i + len > n { return i }
            for k in 1..<len {
                let cc = b[i + k]
                if cc & 0xC0 != 0x80 { return i }
                code = (code << 6) | UInt32(cc & 0x3F)
            }
            if code < minCode || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) { return i }
            i += len
            _ = minCode
            minCode = 0
        }
        return nil
    }

    static func utf16WithoutBOM(_ b: [UInt8]) -> Bool? {
        let n = min(b.count, 1024) & ~1
        guard n >= 8 else { return nil }
        var evenNul = 0
        var oddNul = 0
        var i = 0
        while i < n {
            if b[i] == 0 { evenNul += 1 }
            if b[i + 1] == 0 { oddNul += 1 }
            i += 2
        }
        let pairs = n / 2
        if oddNul * 10 >= pairs * 9 && evenNul * 10 < pairs { return true }   // "a\0b\0" little-endian
        if evenNul * 10 >= pairs * 9 && oddNul * 10 < pairs { return false }
        return nil
    }

    static func decodeUTF16(_ b: [UInt8], from start: Int, littleEndian: Bool) -> Decoded {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var map = OffsetMap()
        var replaced = 0
        var i = start
        func unit(_ k: Int) -> UInt32 {
            littleEndian ? UInt32(b[k]) | UInt32(b[k + 1]) << 8 : UInt32(b[k]) << 8 | UInt32(b[k + 1])
        }
        while i + 1 < b.count {
            let u = unit(i)
            var scalar: UInt32 = u
            var consumed = 2
            if u >= 0xD800 && u < 0xDC00, i + 3 < b.count {
                let lo = unit(i + 2)
                if lo >= 0xDC00 && lo < 0xE000 {
                    scalar = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00)
                    consumed = 4
                } else { scalar = 0xFFFD; replaced += 2 }
            } else if u >= 0xD800 && u < 0xE000 {
                scalar = 0xFFFD; replaced += 2
            }
            let before = out.count
            appendUTF8(scalar, to: &out)
            map.append(targetLength: out.count - before, originStart: i, originLength: consumed, copy: false)
            i += consumed
        }
        if i < b.count {
            // A lone trailing byte: replaced like any other undecodable byte, not dropped.
            let before = out.count
            appendUTF8(0xFFFD, to: &out)
            map.append(targetLength: out.count - before, originStart: i, originLength: 1, copy: false)
            replaced += 1
        }
        return Decoded(text: out, map: map, encoding: littleEndian ? "utf-16le" : "utf-16be", replacedInvalid: replaced)
    }

    static func decodeSingleByte(_ b: [UInt8], from start: Int, table: [UInt32]?, name: String) -> Decoded {
        var out: [UInt8] = []
        out.reserveCapacity(b.count + b.count / 8)
        var map = OffsetMap()
        var replaced = 0
        var i = start
        while i < b.count {
            // Copy ASCII runs in one go.
            var j = i
            while j < b.count, b[j] < 0x80 { j += 1 }
            if j > i {
                let before = out.count
                out.append(contentsOf: b[i..<j])
                map.append(targetLength: out.count - before, originStart: i, originLength: j - i)
                i = j
                continue
            }
            var scalar = UInt32(b[i])
            if let table, scalar >= 0x80 && scalar < 0xA0 {
                scalar = table[Int(scalar - 0x80)]
                if scalar == 0xFFFD { replaced += 1 }
            }
            let before = out.count
            appendUTF8(scalar, to: &out)
            map.append(targetLength: out.count - before, originStart: i, originLength: 1, copy: false)
            i += 1
        }
        return Decoded(text: out, map: map, encoding: name, replacedInvalid: replaced)
    }

    /// Windows-1252 code points for bytes 0x80-0x9F (undefined ones as U+FFFD).
    static let windows1252High: [UInt32] = Windows1252.high.map { $0 == 0 ? 0xFFFD : $0 }
}

/// Byte searches over buffers, eight bytes at a time.
enum ByteIndex {
    /// The first index at or after `from` holding `byte`, or nil.
    static func firstIndex(of byte: UInt8, in b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let base = b.baseAddress, from >= 0 else { return nil }
        let n = b.count
        let ones: UInt64 = 0x0101_0101_0101_0101
        let pattern = ones &* UInt64(byte)
        let raw = UnsafeRawPointer(base)
        var i = from
        while i + 8 <= n {
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ pattern
            // A zero byte in `x` is a match.
            if (x &- ones) & ~x & 0x8080_8080_8080_8080 != 0 { break }
            i += 8
        }
        while i < n {
            if b[i] == byte { return i }
            i += 1
        }
        return nil
    }
}
