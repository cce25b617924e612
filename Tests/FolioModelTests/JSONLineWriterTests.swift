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
