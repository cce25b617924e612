import FolioModel
import Foundation
import Testing

private func text(_ w: JSONLineWriter) -> String { String(decoding: w.bytes, as: UTF8.self) }

@Suite("JSONLineWriter")
struct JSONLineWriterTests {
    @Test func nestedRecordExactBytes() {
        var w = JSONLineWriter()
        w.beginObject()
        w.key("a"); w.int(1)
        w.key("obj"); w.beginObject()
        w.key("x"); w.string("y")
        w.key("arr"); w.beginArray()
        w.int(1); w.string("two"); w.null(); w.bool(true); w.bool(false)
        w.beginArray(); w.endArray()
        w.beginObject(); w.key("k"); w.int(nil as Int?); w.endObject()
        w.endArray()
        w.endObject()
        w.key("s"); w.span(Span(start: 1, end: 3))
        w.key("n"); w.span(nil)
        w.key("list"); w.strings(["p", "q"])
        w.key("none"); w.strings([])
        w.key("o"); w.beginObject(); w.endObject()
        w.endObject(); w.endLine()
        #expect(text(w) == #"{"a":1,"obj":{"x":"y","arr":[1,"two",null,true,false,[],{"k":null}]},"s":{"start":1,"end":3},"n":null,"list":["p","q"],"none":[],"o":{}}"# + "\n")
    }

    @Test("a string written in pieces, flushed between them, is the string written whole")
    func stringInPieces() {
        // Escapes, a multi-byte character and a control byte, cut at every position.
        let value = Array("a\"b\\c\n é€\u{1}d".utf8)
        var whole = JSONLineWriter()
        whole.beginObject(); whole.key("k"); whole.int(1); whole.key("text")
        value.withUnsafeBufferPointer { whole.string(utf8: $0) }
        whole.key("z"); whole.null(); whole.endObject(); whole.endLine()
        for cut in 0...value.count {
            var w = JSONLineWriter()
            var out: [UInt8] = []
            w.beginObject(); w.key("k"); w.int(1); w.key("text")
            w.beginString()
            value.withUnsafeBufferPointer { b in
                w.stringPiece(UnsafeBufferPointer(rebasing: b[0..<cut]))
                w.flush { out += $0 }
                w.stringPiece(UnsafeBufferPointer(rebasing: b[cut...]))
            }
            w.endString()
            w.key("z"); w.null(); w.endObject(); w.endLine()
            out += w.take()
            #expect(out == whole.bytes, "cut at \(cut)")
        }
    }

    @Test func takeReturnsBytesAndStartsEmpty() {
        var w = JSONLineWriter()
        w.beginObject(); w.key("a"); w.int(1); w.endObject(); w.endLine()
        w.beginObject(); w.key("b"); w.int(2); w.endObject(); w.endLine()
        let first = w.take()
        #expect(String(decoding: first, as: UTF8.self) == "{\"a\":1}\n{\"b\":2}\n")
        #expect(w.bytes.isEmpty)
        w.beginObject(); w.key("c"); w.string(nil); w.endObject(); w.endLine()
        #expect(text(w) == "{\"c\":null}\n")
    }

    @Test func escaping() {
        var w = JSONLineWriter()
        w.string("q\"b\\s\n\t\r\u{08}\u{0C}\u{01}\u{1F}\u{7F} é€😀中/")
        #expect(text(w) == #""q\"b\\s\n\t\r\b\f\u0001\u001f\u007f é€😀中/""#)
        // Non-ASCII stays raw UTF-8 (no \u escapes).
        #expect(Array(w.bytes.suffix(5)) == Array("中/\"".utf8))

        var v = JSONLineWriter()
        let raw: [UInt8] = [0x61, 0x00, 0x22, 0x0A, 0xC3, 0xA9]
        raw.withUnsafeBufferPointer { v.string(utf8: $0) }
        #expect(text(v) == #""a\u0000\"\né""#)

        // Escaped strings read back to the original.
        var r = JSONLineWriter()
        let original = "tab\tquote\"back\\nl\ncr\r\u{01}\u{7F}ü😀"
        r.beginArray(); r.string(original); r.endArray()
        let decoded = try? JSONDecoder().decode([String].self, from: Data(r.bytes))
        #expect(decoded == [original])
    }

    @Test func integers() {
        var w = JSONLineWriter()
        w.beginArray()
        w.int(0); w.int(7); w.int(-42); w.int(1_234_567_890); w.int(Int.max); w.int(Int.min)
        w.endArray()
        #expect(text(w) == "[0,7,-42,1234567890,9223372036854775807,-9223372036854775808]")
    }

    @Test func numbers() throws {
        var w = JSONLineWriter()
        let values: [Double?] = [3, -0.0, 0, 2.76, 1e-05, 1e20, .nan, .infinity, -.infinity, nil, -1234.5, 0.1, 1_000_000, -7]
        w.beginArray()
        for v in values { w.number(v) }
        w.endArray()
        #expect(text(w) == "[3,0,0,2.76,1e-05,1e+20,null,null,null,null,-1234.5,0.1,1000000,-7]")

        // Every finite number reads back exactly.
        let back = try JSONDecoder().decode([Double?].self, from: Data(w.bytes))
        #expect(back.count == values.count)
        for (v, b) in zip(values, back) {
            if let v, v.isFinite { #expect(b == v) } else { #expect(b == nil) }
        }
    }

    @Test func keysAfterNestedValuesGetCommas() {
        var w = JSONLineWriter()
        w.beginObject()
        w.key("a"); w.beginArray(); w.beginArray(); w.int(1); w.endArray(); w.beginArray(); w.endArray(); w.endArray()
        w.key("b"); w.span(Span(start: 0, end: 0))
        w.key("c"); w.number(1.5)
        w.endObject()
        #expect(text(w) == #"{"a":[[1],[]],"b":{"start":0,"end":0},"c":1.5}"#)
    }
}

@Suite("Hashing")
struct HashingTests {
    @Test func knownVectors() {
        #expect(Hashing.sha256Hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Hashing.sha256Hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // Non-array sequences hash the same bytes.
        #expect(Hashing.sha256Hex("abc".utf8) == Hashing.sha256Hex(Array("abc".utf8)))
        #expect(Hashing.hex([0x00, 0x0F, 0xA5, 0xFF]) == "000fa5ff")
    }

    @Test func streamingEqualsOneShot() {
        var h = StreamingHash()
        h.update(Array("a".utf8))
        Array("bc".utf8).withUnsafeBytes { h.update($0) }
        #expect(h.finalizeHex() == Hashing.sha256Hex(Array("abc".utf8)))
    }
}

/// The buffer writer's fast paths (eight bytes at a time, UTF-8 check, checkpointed code point
/// offsets) against straightforward versions.
@Suite("JSONLineWriter fast paths")
struct JSONLineWriterFastPathTests {
    /// The escaping as it was written byte by byte.
    static func referenceEscaped(_ s: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x22]
        let hex = Array("0123456789abcdef".utf8)
        for c in s {
            if c >= 0x20 && c != 0x22 && c != 0x5C && c != 0x7F { out.append(c); continue }
            out.append(0x5C)
            switch c {
            case 0x22: out.append(0x22)
            case 0x5C: out.append(0x5C)
            case 0x0A: out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(UInt8(ascii: "r"))
            case 0x09: out.append(UInt8(ascii: "t"))
            case 0x08: out.append(UInt8(ascii: "b"))
            case 0x0C: out.append(UInt8(ascii: "f"))
            default: out.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]])
            }
        }
        out.append(0x22)
        return out
    }

    @Test func everyByteAtEveryPositionEscapesAsBefore() {
        for b in 0...255 {
            for pos in [0, 3, 7, 8, 9, 15, 16, 20] {
                var s = Array("abcdefghijklmnopqrstuvwxyz".utf8)
                s[pos] = UInt8(b)
                var w = JSONLineWriter()
                s.withUnsafeBufferPointer { w.string(utf8: $0) }
                #expect(w.bytes == Self.referenceEscaped(s), "byte \(b) at \(pos)")
            }
        }
    }

    @Test func longTextsAndGrowth() {
        let pieces = ["plain ascii text ", "é€😀中文 ", "q\"b\\s\n\t", "\u{01}\u{7F}", "営業収益 1,234 "]
        var text = ""
        for k in 0..<400 { text += pieces[k % pieces.count] }
        var w = JSONLineWriter()
        w.beginArray(); w.string(text); w.int(-1234567); w.int(0); w.number(2.5); w.endArray(); w.endLine()
        let expected = [UInt8(ascii: "[")] + Self.referenceEscaped(Array(text.utf8)) + Array(",-1234567,0,2.5]\n".utf8)
        #expect(w.bytes == expected)
        #expect(w.take() == expected)
        #expect(w.bytes.isEmpty)
    }

    @Test func deepNestingKeepsCommas() {
        var w = JSONLineWriter()
        for _ in 0..<70 { w.beginArray(); w.int(1) }
        for _ in 0..<70 { w.endArray() }
        let s = String(decoding: w.bytes, as: UTF8.self)
        #expect(s == String(repeating: "[1,", count: 69) + "[1" + String(repeating: "]", count: 70))
    }

    @Test func utf8CheckAgreesWithDecoding() {
        var samples: [[UInt8]] = [
            [], Array("ascii only".utf8), Array("é€😀中文".utf8), [0xC0, 0x80], [0xC2], [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80],
            [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xF4, 0x8F, 0xBF, 0xBF], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80], Array("abcdefgh".utf8) + [0xE2, 0x82],
        ]
        // Pseudo-random byte strings (fixed seed), mostly near UTF-8.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<3000 {
            var s: [UInt8] = []
            for _ in 0..<Int(state % 13) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let r = UInt8(truncatingIfNeeded: state >> 33)
                s.append(r % 3 == 0 ? r | 0x80 : r)
            }
            samples.append(s)
        }
        for s in samples {
            let decoded = Array(String(decoding: s, as: UTF8.self).utf8)
            #expect(s.withUnsafeBufferPointer { JSONLineWriter.isValidUTF8($0) } == (decoded == s), "\(s)")
            var a = JSONLineWriter()
            a.string(decoding: s)
            var b = JSONLineWriter()
            b.string(String(decoding: s, as: UTF8.self))
            #expect(a.bytes == b.bytes, "\(s)")
        }
    }

    @Test func codePointOffsetsMatchCounting() {
        let texts = ["", "ascii only text that is longer than sixty-four bytes, to cross a checkpoint or two....",
                     String(repeating: "é€😀中文 abc ", count: 30), "x" + String(repeating: "営", count: 100)]
        for t in texts {
            let bytes = Array(t.utf8)
            let index = CodePointIndex(bytes)
            // ASCII text maps offsets as they are (out-of-range ones too, as before); other
            // text clamps them to the buffer.
            let ascii = bytes.allSatisfy { $0 < 0x80 }
            for i in -2...(bytes.count + 2) {
                if ascii {
                    #expect(index.codePointOffset(i) == i)
                    continue
                }
                let clamped = max(0, min(i, bytes.count))
                let expected = bytes[..<clamped].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
                #expect(index.codePointOffset(i) == expected, "\(i) in \(t.prefix(10))")
            }
        }
    }
}
