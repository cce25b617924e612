import FolioModel
import Foundation
import Testing

@Suite("CodePointIndex")
struct CodePointIndexTests {
    @Test func asciiIsIdentity() {
        let index = CodePointIndex(Array("plain ascii".utf8))
        for i in 0...11 { #expect(index.codePointOffset(i) == i) }
        #expect(index.span(Span(start: 2, end: 7)) == Span(start: 2, end: 7))
        let empty = CodePointIndex([])
        #expect(empty.codePointOffset(0) == 0)
    }

    @Test func multiByteText() {
        // a(1) é(2) €(3) 😀(4) 中(3) b(1): 14 bytes, 6 code points.
        let s = "aé€😀中b"
        let bytes = Array(s.utf8)
        #expect(bytes.count == 14)
        let index = CodePointIndex(bytes)
        let starts = [0, 1, 3, 6, 10, 13, 14]   // byte offset of each code point, then the end
        for (cp, byte) in starts.enumerated() {
            #expect(index.codePointOffset(byte) == cp, "byte \(byte)")
        }
        // Agrees with Swift's own scalar view at every character boundary.
        var byteOffset = 0
        for (n, scalar) in s.unicodeScalars.enumerated() {
            #expect(index.codePointOffset(byteOffset) == n)
            byteOffset += String(scalar).utf8.count
        }
        #expect(index.span(Span(start: 3, end: 10)) == Span(start: 2, end: 4))
        #expect(index.span(Span(start: 13, end: 14)) == Span(start: 5, end: 6))
        // Out-of-range offsets are clamped, not trapped.
        #expect(index.codePointOffset(1000) == 6)
        #expect(index.codePointOffset(-5) == 0)
    }

    /// A long text of mixed widths: every block of the index and the eight-byte counting
    /// against Swift's own scalar view at every scalar boundary.
    @Test func longMixedTextAgreesWithScalars() {
        let s = String(repeating: "Net sales € 1,234 — 年度報告 😀 é\n", count: 97)
        let bytes = Array(s.utf8)
        let index = CodePointIndex(bytes)
        var byteOffset = 0
        for (n, scalar) in s.unicodeScalars.enumerated() {
            #expect(index.codePointOffset(byteOffset) == n)
            byteOffset += String(scalar).utf8.count
        }
        #expect(index.codePointOffset(bytes.count) == s.unicodeScalars.count)
    }

    @Test func cjkText() {
        let bytes = Array("年度報告".utf8)   // 4 chars, 3 bytes each
        let index = CodePointIndex(bytes)
        #expect(index.span(Span(start: 3, end: 9)) == Span(start: 1, end: 3))
        #expect(index.codePointOffset(12) == 4)
    }
}

@Suite("Severity and Span")
struct SeveritySpanTests {
    @Test func severityOrdering() {
        #expect(Severity.info < .warning)
        #expect(Severity.warning < .error)
        #expect(Severity.info < .error)
        #expect(!(Severity.error < .error))
        #expect([Severity.error, .info, .warning].sorted() == [.info, .warning, .error])
        #expect([Severity.warning, .error, .info].max() == .error)
        #expect(Severity.allCases == [.info, .warning, .error])
        #expect(Severity.allCases.map(\.rawValue) == ["info", "warning", "error"])
    }

    @Test func spanBasics() {
        let s = Span(start: 3, end: 8)
        #expect(s.count == 5)
        #expect(!s.isEmpty)
        #expect(s.range == 3..<8)
        #expect(Span(4..<9) == Span(start: 4, end: 9))
        // An inverted span is clamped to empty at its start.
        let inverted = Span(start: 5, end: 2)
        #expect(inverted == Span(start: 5, end: 5))
        #expect(inverted.isEmpty)
        #expect(inverted.count == 0)
    }

    @Test func spanUnion() {
        #expect(Span(start: 3, end: 5).union(Span(start: 8, end: 10)) == Span(start: 3, end: 10))
        #expect(Span(start: 8, end: 10).union(Span(start: 3, end: 5)) == Span(start: 3, end: 10))
        #expect(Span(start: 2, end: 9).union(Span(start: 4, end: 5)) == Span(start: 2, end: 9))
        #expect(Span(start: 4, end: 4).union(Span(start: 6, end: 6)) == Span(start: 4, end: 6))
    }

    @Test func spanOrdering() {
        let spans = [Span(start: 5, end: 9), Span(start: 2, end: 4), Span(start: 5, end: 6), Span(start: 2, end: 2)]
        #expect(spans.sorted() == [Span(start: 2, end: 2), Span(start: 2, end: 4), Span(start: 5, end: 6), Span(start: 5, end: 9)])
        #expect(Span(start: 1, end: 100) < Span(start: 2, end: 3))
        #expect(!(Span(start: 2, end: 3) < Span(start: 2, end: 3)))
    }

    @Test func spanCodable() throws {
        let data = try JSONEncoder().encode(Span(start: 1, end: 4))
        let back = try JSONDecoder().decode(Span.self, from: data)
        #expect(back == Span(start: 1, end: 4))
        let decoded = try JSONDecoder().decode(Span.self, from: Data(#"{"start":7,"end":9}"#.utf8))
        #expect(decoded == Span(start: 7, end: 9))
    }

    @Test func failureDescription() {
        let f = DocumentFailure(code: "read.binary", message: "not text", sourceSpan: Span(start: 0, end: 8))
        #expect(f.description == "read.binary: not text")
    }
}

@Suite("Stage options")
struct StageOptionTests {
    let specs = [
        OptionSpec("flag", .bool, default: .bool(false), help: "a flag"),
        OptionSpec("count", .int(min: 1, max: 10), default: .int(3), help: "a count"),
        OptionSpec("label", .string, default: .string("x"), help: "a label"),
        OptionSpec("mode", .choice(["fast", "slow"]), default: .string("fast"), help: "a mode"),
    ]

    @Test func accepts() {
        #expect(specs[0].accepts(.bool(true)))
        #expect(!specs[0].accepts(.int(1)))
        #expect(!specs[0].accepts(.string("true")))
        #expect(specs[1].accepts(.int(1)))
        #expect(specs[1].accepts(.int(10)))
        #expect(!specs[1].accepts(.int(0)))
        #expect(!specs[1].accepts(.int(11)))
        #expect(!specs[1].accepts(.string("3")))
        #expect(specs[2].accepts(.string("")))
        #expect(!specs[2].accepts(.bool(false)))
        #expect(specs[3].accepts(.string("slow")))
        #expect(!specs[3].accepts(.string("Slow")))
        #expect(!specs[3].accepts(.int(0)))
        for spec in specs { #expect(spec.accepts(spec.defaultValue)) }
    }

    @Test func descriptions() {
        #expect(OptionType.bool.description == "a boolean (true or false)")
        #expect(OptionType.int(min: 1, max: 10).description == "an integer from 1 to 10")
        #expect(OptionType.string.description == "a string")
        #expect(OptionType.choice(["a", "b"]).description == "one of a, b")
        #expect(OptionValue.bool(true).description == "true")
        #expect(OptionValue.int(-4).description == "-4")
        #expect(OptionValue.string("s").description == "s")
    }

    @Test func resolvedOptionsFillDefaults() {
        let o = StageOptions(specs: specs, given: ["count": .int(7), "mode": .string("slow"), "stray": .int(1)])
        #expect(o.values == ["flag": .bool(false), "count": .int(7), "label": .string("x"), "mode": .string("slow")])
        #expect(o.int(specs[1]) == 7)
        #expect(o.string(specs[3]) == "slow")
        #expect(o.bool(specs[0]) == false)
        #expect(o.string(specs[2]) == "x")
        // Not given at all (a stage built in code): the spec's own default, never another one.
        let empty = StageOptions()
        #expect(empty.bool(specs[0]) == false)
        #expect(empty.string(specs[2]) == "x")
        // A mistyped value falls back to the spec's default too.
        let mistyped = StageOptions(["count": .string("many")])
        #expect(mistyped.int(specs[1]) == 3)
    }
}

@Suite("WorkingDocument")
struct WorkingDocumentTests {
    @Test func stringClampsAndDiagnoseMapsSpans() {
        var doc = WorkingDocument(docId: "d", source: "d.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("hello".utf8))
        doc.setText(Array("hello".utf8), map: .identity(length: 5, originOffset: 3))
        #expect(doc.string(Span(start: 1, end: 3)) == "el")
        #expect(doc.string(Span(start: 3, end: 99)) == "lo")
        #expect(doc.string(Span(start: 50, end: 60)) == "")
        doc.diagnose("x", .warning, "x.code", "msg", span: Span(start: 1, end: 2))
        doc.diagnose("x", .info, "x.other", "no span")
        #expect(doc.diagnostics == [
            Diagnostic(stage: "x", severity: .warning, code: "x.code", message: "msg", sourceSpan: Span(start: 4, end: 5)),
            Diagnostic(stage: "x", severity: .info, code: "x.other", message: "no span", sourceSpan: nil),
        ])
    }

    @Test func recordKindFileNames() {
        #expect(RecordKind.allCases.map(\.fileName) == [
            "documents.jsonl", "sections.jsonl", "blocks.jsonl", "tables.jsonl",
            "cells.jsonl", "footnotes.jsonl", "facts.jsonl", "diagnostics.jsonl",
        ])
    }
}

@Suite("Hashing.fingerprint")
struct FingerprintTests {
    @Test("equal bytes, equal fingerprint; any changed, appended or removed byte changes it")
    func changesAreSeen() {
        let base = Array("Annual Report\n\nRevenue rose 5% to $10 million.\n".utf8)
        let f = Hashing.fingerprint(base)
        #expect(Hashing.fingerprint(Array(base)) == f)
        var seen: Set<UInt64> = [f]
        for i in base.indices {
            var changed = base
            changed[i] ^= 0x01
            seen.insert(Hashing.fingerprint(changed))
        }
        #expect(seen.count == base.count + 1, "every one-bit change gives another fingerprint")
        #expect(Hashing.fingerprint(base + [0x0A]) != f)
        #expect(Hashing.fingerprint(Array(base.dropLast())) != f)
        // The length counts: trailing zero bytes are not lost in the tail word.
        #expect(Hashing.fingerprint([]) != Hashing.fingerprint([0]))
        #expect(Hashing.fingerprint([0]) != Hashing.fingerprint([0, 0]))
        #expect(Hashing.fingerprint(Array(repeating: 0, count: 8)) != Hashing.fingerprint(Array(repeating: 0, count: 16)))
    }
}

@Suite("Block as a view of its document's text")
struct BlockViewTests {
    @Test("a block made from a span of the text reads that span, and equals (and hashes as) the block made from the same String")
    func viewEqualsOwned() {
        let text = Array("Über\nNet sales\t1,234\n".utf8)
        let view = Block(id: 2, kind: .table, span: Span(start: 6, end: 21), of: text, tableId: 1)
        let owned = Block(id: 2, kind: .table, text: "Net sales\t1,234", span: Span(start: 6, end: 21), tableId: 1)
        #expect(view.text == "Net sales\t1,234")
        #expect(Array(view.textBytes) == Array("Net sales\t1,234".utf8))
        #expect(view == owned)
        #expect(view.hashValue == owned.hashValue)
        var changed = view
        changed.text = "Net sales\t1,235"
        #expect(changed != owned)
        #expect(changed.text == "Net sales\t1,235")
        // A span past the text is clamped, not a crash.
        #expect(Block(id: 1, kind: .paragraph, span: Span(start: 21, end: 99), of: text).text == "\n")
    }
}
