import FolioModel
import FolioRead
import Foundation
import FolioTestSupport
import Testing

/// Runs the read stage over `bytes` and returns the document.
func readDoc(_ bytes: [UInt8], source: String = "doc.txt", options: [String: OptionValue] = [:]) throws(DocumentFailure) -> WorkingDocument {
    var doc = WorkingDocument(docId: "doc", source: source, bytes: bytes)
    let stage = ReadStage(options: StageOptions(specs: ReadStage.options, given: options))
    try stage.process(&doc)
    return doc
}

/// The failure the read stage throws for `bytes`, or nil when it does not throw.
func readFailure(_ bytes: [UInt8], source: String = "doc.txt", options: [String: OptionValue] = [:]) -> DocumentFailure? {
    do {
        _ = try readDoc(bytes, source: source, options: options)
        return nil
    } catch {
        return error
    }
}

/// The source range of every byte of the document's text.
func byteOrigins(_ doc: WorkingDocument) -> [Range<Int>] {
    (0..<doc.text.count).map { doc.sourceSpan(of: Span(start: $0, end: $0 + 1)).range }
}

/// The source range of every character of the document's text.
func characterOrigins(_ doc: WorkingDocument) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var i = 0
    for scalar in String(decoding: doc.text, as: UTF8.self).unicodeScalars {
        let n = String(scalar).utf8.count
        result.append(doc.sourceSpan(of: Span(start: i, end: i + n)).range)
        i += n
    }
    return result
}

@Suite("Read: decoding")
struct DecodingTests {
    @Test func utf8Plain() throws {
        let bytes = Array("héllo wörld\n".utf8)
        let doc = try readDoc(bytes)
        #expect(doc.encoding == "utf-8")
        #expect(doc.format == .text)
        #expect(doc.text == bytes)
        #expect(doc.textMap == OffsetMap.identity(length: bytes.count))
        #expect(doc.diagnostics.isEmpty)
    }

    @Test func utf8WithBOM() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("abc€".utf8)
        let doc = try readDoc(bytes)
        #expect(doc.encoding == "utf-8")
        #expect(doc.text == Array("abc€".utf8))
        #expect(doc.textMap == OffsetMap.identity(length: 6, originOffset: 3))
        #expect(doc.textMap.originStart(of: 0) == 3)
        #expect(doc.sourceSpan(of: Span(start: 0, end: 6)) == Span(start: 3, end: 9))
        #expect(doc.diagnostics.isEmpty)
    }

    @Test func utf16LittleEndianWithBOM() throws {
        // "A€😀": A = 0041, € = 20AC, 😀 = D83D DE00
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0xAC, 0x20, 0x3D, 0xD8, 0x00, 0xDE]
        let doc = try readDoc(bytes)
        #expect(doc.encoding == "utf-16le")
        #expect(String(decoding: doc.text, as: UTF8.self) == "A€😀")
        #expect(doc.text.count == 8)
        #expect(characterOrigins(doc) == [2..<4, 4..<6, 6..<10])
        // Bytes inside the 3-byte "€" each map to its whole 2-byte code unit.
        #expect(Array(byteOrigins(doc).prefix(4)) == [2..<4, 4..<6, 4..<6, 4..<6])
        #expect(doc.diagnostics.map(\.code) == ["read.encoding"])
        #expect(doc.diagnostics.first?.severity == .info)
        #expect(doc.diagnostics.first?.message == "read as utf-16le")
    }

    @Test func utf16BigEndianWithBOM() throws {
        let bytes: [UInt8] = [0xFE, 0xFF, 0x00, 0x41, 0x20, 0xAC, 0xD8, 0x3D, 0xDE, 0x00]
        let doc = try readDoc(bytes)
        #expect(doc.encoding == "utf-16be")
        #expect(String(decoding: doc.text, as: UTF8.self) == "A€😀")
        #expect(characterOrigins(doc) == [2..<4, 4..<6, 6..<10])
        // Bytes inside the 3-byte "€" each map to its whole 2-byte code unit.
        #expect(Array(byteOrigins(doc).prefix(4)) == [2..<4, 4..<6, 4..<6, 4..<6])
    }

    @Test func utf16LittleEndianWithoutBOM() throws {
        let bytes = Array("Hello, world\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let doc = try readDoc(bytes)
        #expect(doc.encoding == "utf-16le")
        #expect(doc.text == Array("Hello, world\n".utf8))
        #expect(doc.textMap.originStart(of: 0) == 0)
        #expect(doc.sourceSpan(of: Span(start: 7, end: 12)) == Span(start: 14, end: 24))
    }

    @Test func utf16BigEndianWithoutBOM() throws {
        let bytes = Array("Quarterly results".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let doc = try readDoc(bytes)
        #expect(doc.encoding == "utf-16be")
        #expect(doc.text == Array("Quarterly results".utf8))
    }

    @Test func utf16CharactersOfEqualLength() throws {
        // "é", "ü" and "😀" take as many bytes in UTF-16 as in UTF-8: each still maps to its own units.
        let bytes: [UInt8] = [0xFF, 0xFE, 0xE9, 0x00, 0xFC, 0x00, 0x3D, 0xD8, 0x00, 0xDE, 0x21, 0x00]
        let doc = try readDoc(bytes)
        #expect(String(decoding: doc.text, as: UTF8.self) == "éü😀!")
        #expect(characterOrigins(doc) == [2..<4, 4..<6, 6..<10, 10..<12])
        #expect(doc.sourceSpan(of: Span(start: 2, end: 8)) == Span(start: 4, end: 10))
    }

    @Test func utf16LoneSurrogateIsReplaced() throws {
        // "A", a lone high surrogate followed by "B", then a lone low surrogate.
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x3D, 0xD8, 0x42, 0x00, 0x00, 0xDE]
        let doc = try readDoc(bytes)
        #expect(String(decoding: doc.text, as: UTF8.self) == "A\u{FFFD}B\u{FFFD}")
        #expect(doc.sourceSpan(of: Span(start: 1, end: 4)) == Span(start: 4, end: 6))
        let invalid = doc.diagnostics.filter { $0.code == "read.invalid_bytes" }
        #expect(invalid.count == 1)
        #expect(invalid.first?.severity == .warning)
        #expect(invalid.first?.message == "4 byte(s) could not be decoded as utf-16le and were replaced by U+FFFD")
    }

    @Test func utf16OddTrailingByteIsReplaced() throws {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x42, 0x00, 0x43]
        let doc = try readDoc(bytes)
        #expect(String(decoding: doc.text, as: UTF8.self) == "AB\u{FFFD}")
        #expect(doc.sourceSpan(of: Span(start: 2, end: 5)) == Span(start: 6, end: 7))
        #expect(doc.diagnostics.contains { $0.code == "read.invalid_bytes" && $0.message.hasPrefix("1 byte(s)") })
    }

    @Test func invalidUTF8FallsBackToWindows1252() throws {
        // a “ b ” €
        let bytes: [UInt8] = [0x61, 0x93, 0x62, 0x94, 0x80]
        let doc = try readDoc(bytes)
        #expect(doc.encoding == "windows-1252")
        #expect(String(decoding: doc.text, as: UTF8.self) == "a\u{201C}b\u{201D}€")
        // Each decoded character maps back to its single source byte.
        #expect(byteOrigins(doc) == [0..<1, 1..<2, 1..<2, 1..<2, 2..<3, 3..<4, 3..<4, 3..<4, 4..<5, 4..<5, 4..<5])
        #expect(doc.diagnostics.map(\.code) == ["read.encoding"])
        #expect(doc.diagnostics.first?.message == "read as windows-1252")
    }

    @Test func windows1252UndefinedBytesAreCounted() throws {
        let bytes: [UInt8] = [0x41, 0x81, 0xE9, 0x8D]
        let doc = try readDoc(bytes)
        #expect(String(decoding: doc.text, as: UTF8.self) == "A\u{FFFD}é\u{FFFD}")
        let invalid = doc.diagnostics.first { $0.code == "read.invalid_bytes" }
        #expect(invalid?.message == "2 byte(s) could not be decoded as windows-1252 and were replaced by U+FFFD")
        #expect(doc.sourceSpan(of: Span(start: 4, end: 6)) == Span(start: 2, end: 3))
    }

    @Test func fallbackFailThrows() {
        let failure = readFailure([0x61, 0x62, 0x93, 0x63], options: ["fallback_encoding": .string("fail")])
        #expect(failure?.code == "read.invalid_utf8")
        #expect(failure?.message == "invalid UTF-8 at byte 2")
        #expect(failure?.sourceSpan == Span(start: 2, end: 3))
        // Valid UTF-8 is not affected by the option.
        #expect(readFailure(Array("ok é".utf8), options: ["fallback_encoding": .string("fail")]) == nil)
    }

    @Test func latin1Fallback() throws {
        let doc = try readDoc([0x63, 0x61, 0x66, 0xE9, 0x93], options: ["fallback_encoding": .string("latin-1")])
        #expect(doc.encoding == "latin-1")
        // 0x93 is a C1 control in Latin-1, not a quote.
        #expect(String(decoding: doc.text, as: UTF8.self) == "café\u{93}")
        #expect(byteOrigins(doc) == [0..<1, 1..<2, 2..<3, 3..<4, 3..<4, 4..<5, 4..<5])
        #expect(!doc.diagnostics.contains { $0.code == "read.invalid_bytes" })
    }

    @Test func bomWithInvalidUTF8() throws {
        let doc = try readDoc([0xEF, 0xBB, 0xBF, 0x61, 0xE9])
        #expect(doc.encoding == "windows-1252")
        #expect(String(decoding: doc.text, as: UTF8.self) == "aé")
        #expect(byteOrigins(doc) == [3..<4, 4..<5, 4..<5])
    }

    @Test func firstInvalidUTF8() {
        #expect(TextDecoder.firstInvalidUTF8(Array("ascii é € 😀".utf8)) == nil)
        #expect(TextDecoder.firstInvalidUTF8([0x61, 0xC0, 0x80]) == 1)            // overlong NUL
        #expect(TextDecoder.firstInvalidUTF8([0xE0, 0x80, 0xAF]) == 0)            // overlong '/'
        #expect(TextDecoder.firstInvalidUTF8([0x61, 0xED, 0xA0, 0x80]) == 1)      // UTF-16 surrogate
        #expect(TextDecoder.firstInvalidUTF8([0x61, 0x62, 0xE2, 0x82]) == 2)      // truncated at the end
        #expect(TextDecoder.firstInvalidUTF8([0xF4, 0x90, 0x80, 0x80]) == 0)      // above U+10FFFF
        #expect(TextDecoder.firstInvalidUTF8([0xF5, 0x80, 0x80, 0x80]) == 0)
        // The ASCII fast path reads eight bytes at a time: a bad byte at any position of a
        // word, or in the tail after the last whole word, is still found where it is.
        for length in 1...20 {
            for bad in 0..<length {
                var bytes = [UInt8](repeating: 0x61, count: length)
                bytes[bad] = 0xFF
                #expect(TextDecoder.firstInvalidUTF8(bytes) == bad)
                #expect(TextDecoder.firstInvalidUTF8(bytes, from: bad) == bad)
                if bad + 1 < length { #expect(TextDecoder.firstInvalidUTF8(bytes, from: bad + 1) == nil) }
            }
        }
        // The NUL search reads eight bytes at a time too: the first NUL is reported where it is.
        for length in 1...20 {
            for nul in 0..<length {
                var bytes = [UInt8](repeating: 0x61, count: length)
                bytes[nul] = 0
                if nul + 2 < length { bytes[length - 1] = 0 }
                var failure: DocumentFailure?
                do { _ = try TextDecoder.decode(bytes) } catch { failure = error }
                #expect(failure?.code == "read.binary")
                #expect(failure?.sourceSpan == Span(start: nul, end: nul + 1))
            }
        }
        #expect(TextDecoder.firstInvalidUTF8([0x80]) == 0)                        // stray continuation
        #expect(TextDecoder.firstInvalidUTF8([0xC3, 0x41]) == 0)                  // missing continuation
        #expect(TextDecoder.firstInvalidUTF8([0xEF, 0xBB, 0xBF, 0xFF], from: 3) == 3)
    }
}

@Suite("Read: binary and limits")
struct BinaryTests {
    func expectBinary(_ bytes: [UInt8], naming kind: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let failure = readFailure(bytes)
        #expect(failure?.code == "read.binary", sourceLocation: sourceLocation)
        #expect(failure?.message.contains(kind) == true, "message: \(failure?.message ?? "nil")", sourceLocation: sourceLocation)
    }

    /// A PDF is read, not refused as binary: a broken one fails as a damaged PDF.
    @Test func pdf() {
        let bytes = Array("%PDF-1.7\n%âãÏÓ\n1 0 obj\n".utf8)
        #expect(readFailure(bytes)?.code == "read.pdf_damaged")
        #expect(readFailure(bytes)?.message.hasPrefix("the PDF is damaged or truncated and could not be opened: ") == true)
    }

    @Test func imagesArchivesAndExecutables() {
        expectBinary([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], naming: "PNG image")
        expectBinary([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10], naming: "JPEG image")
        expectBinary(Array("GIF89a".utf8) + [1, 0, 1, 0], naming: "GIF image")
        expectBinary([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], naming: "ZIP archive")
        expectBinary([0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18), naming: "ZIP archive")
        expectBinary([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00], naming: "gzip archive")
        expectBinary([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00], naming: "executable (ELF)")
        expectBinary([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], naming: "legacy Office document")
        // Short binary files do not trap.
        expectBinary([0x1F, 0x8B], naming: "gzip")
        #expect(readFailure([0x1F, 0x8B])?.sourceSpan == Span(start: 0, end: 2))
    }

    @Test func nulLadenBytes() {
        var bytes = Array("Revenue was up".utf8)
        bytes.insert(0, at: 7)
        bytes += [0, 0, 0x41, 0]
        let failure = readFailure(bytes)
        #expect(failure?.code == "read.binary")
        #expect(failure?.message == "not a text document: NUL byte at offset 7")
        #expect(failure?.sourceSpan == Span(start: 7, end: 8))
    }

    @Test func controlBytes() {
        let bytes = [UInt8](repeating: 0x01, count: 10) + Array("some text that is mostly text".utf8)
        expectBinary(bytes, naming: "control bytes")
        #expect(readFailure(bytes)?.message == "not a text document: looks like binary data (10 control bytes in the first 39); Folio reads text, HTML and XML filings")
        // A few stray control bytes in text are fine (form feeds, ESC, tabs never count).
        let text = Array("Page one\u{0C}Page two\u{1B}[0m\ttabbed\r\n\u{01}and a stray control byte in a longer line".utf8)
        #expect(readFailure(text) == nil)
    }

    @Test func randomBytes() {
        // A fixed xorshift generator: the same "random" bytes every run.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var bytes: [UInt8] = []
        for _ in 0..<4096 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            bytes.append(UInt8(truncatingIfNeeded: state >> 24))
        }
        #expect(!(bytes[0] == 0xFF && bytes[1] == 0xFE) && !(bytes[0] == 0xFE && bytes[1] == 0xFF))
        let failure = readFailure(bytes)
        #expect(failure?.code == "read.binary")
        // Without any NUL byte, the control-byte check catches it.
        let noNul = bytes.map { $0 == 0 ? 1 : $0 }
        expectBinary(noNul, naming: "binary data")
    }

    @Test func emptyFileIsAWarningNotAFailure() throws {
        let doc = try readDoc([])
        #expect(doc.text.isEmpty)
        #expect(doc.encoding == "utf-8")
        #expect(doc.format == .text)
        #expect(doc.diagnostics == [Diagnostic(stage: "read", severity: .warning, code: "read.empty", message: "document is empty")])
    }

    @Test func byteOrderMarkOnlyIsEmpty() throws {
        for (bom, encoding) in [([UInt8]([0xEF, 0xBB, 0xBF]), "utf-8"), ([0xFF, 0xFE], "utf-16le"), ([0xFE, 0xFF], "utf-16be")] {
            let doc = try readDoc(bom)
            #expect(doc.text.isEmpty)
            #expect(doc.encoding == encoding)
            let empty = doc.diagnostics.filter { $0.code == "read.empty" }
            #expect(empty.map(\.message) == ["document is empty (only a byte order mark)"], "\(encoding)")
            #expect(empty.first?.severity == .warning)
        }
    }

    @Test func maxBytes() throws {
        let failure = readFailure(Array("12345".utf8), options: ["max_bytes": .int(4)])
        #expect(failure?.code == "read.too_large")
        #expect(failure?.message == "document is 5 bytes, over the limit of 4 (read.max_bytes)")
        // Exactly at the limit is fine.
        let doc = try readDoc(Array("1234".utf8), options: ["max_bytes": .int(4)])
        #expect(doc.text == Array("1234".utf8))
    }

    @Test func maxDepth() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 40) + "deep" + String(repeating: "</div>", count: 40) + "</body></html>"
        let failure = readFailure(Array(html.utf8), source: "deep.htm", options: ["max_depth": .int(30)])
        #expect(failure?.code == "read.too_deep")
        #expect(failure?.message == "markup is nested 42 elements deep, over the limit of 30 (read.max_depth)")
        // At the limit is fine, and so is the default limit.
        let atLimit = try readDoc(Array(html.utf8), source: "deep.htm", options: ["max_depth": .int(42)])
        #expect(String(decoding: atLimit.text, as: UTF8.self).contains("deep"))
        #expect(readFailure(Array(html.utf8), source: "deep.htm") == nil)
    }

    @Test func htmlWithoutTextIsDiagnosed() throws {
        let doc = try readDoc(Array("<html><head><title>Report</title><script>var x = 1;<body><p>Everything is in the script.</p></body></html>".utf8), source: "t.htm")
        #expect(doc.text.isEmpty)
        #expect(doc.diagnostics.last == Diagnostic(stage: "read", severity: .warning, code: "read.no_text",
                                                   message: "the HTML renders to no text (hidden, or swallowed by an unclosed <title>, <script> or <style>)"))
        let fine = try readDoc(Array("<html><body><p>Text.</p></body></html>".utf8), source: "t.htm")
        #expect(!fine.diagnostics.contains { $0.code == "read.no_text" })
    }

    @Test func optionsDeclared() {
        #expect(ReadStage.name == "read")
        #expect(ReadStage.options.map(\.name) == ["max_bytes", "fallback_encoding", "html", "max_depth", "pdf_max_pages", "pdf_max_words", "pdf_max_seconds"])
        #expect(ReadStage.options[0].defaultValue == .int(268_435_456))
        #expect(ReadStage.options[1].defaultValue == .string("windows-1252"))
        #expect(ReadStage.options[1].type == .choice(["windows-1252", "latin-1", "fail"]))
    }
}

@Suite("Read: format sniffing")
struct FormatTests {
    func format(_ text: String, source: String) throws -> DocumentFormat {
        try readDoc(Array(text.utf8), source: source).format
    }

    @Test func formats() throws {
        #expect(try format("Plain text filing\nwith lines\n", source: "a/b.txt") == .text)
        #expect(try format("no extension", source: "README") == .text)
        #expect(try format("<p>hello</p>", source: "filing.htm") == .html)
        #expect(try format("<p>hello</p>", source: "filing.HTML") == .html)
        #expect(try format("<p>hello</p>", source: "filing.xhtml") == .html)
        #expect(try format("<!DOCTYPE html>\n<html><body>x</body></html>", source: "filing.txt") == .html)
        #expect(try format("<html><body><ix:header></ix:header></body></html>", source: "f.htm") == .ixbrl)
        #expect(try format("<html><body><ix:nonFraction name=\"x\">5</ix:nonFraction></body></html>", source: "f.html") == .ixbrl)
        #expect(try format("<SEC-DOCUMENT>0000950123-09-000001.txt : 20090101\n<DOCUMENT>\n<TYPE>10-K\n", source: "x.txt") == .sgml)
        #expect(try format("<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\nhello\n", source: "x.txt") == .sgml)
        // One document that kept its EDGAR header around an HTML page is HTML (or inline XBRL).
        let wrapped = "<DOCUMENT>\n<TYPE>6-K\n<SEQUENCE>1\n<FILENAME>f.htm\n<TEXT>\n<html><body>"
        #expect(try format(wrapped + "<p>x</p></body></html>\n</TEXT>\n</DOCUMENT>\n", source: "f.html") == .html)
        #expect(try format(wrapped + "<ix:nonFraction>1</ix:nonFraction></body></html>\n", source: "f.txt") == .ixbrl)
        // A whole submission stays SGML even when its first document is HTML.
        #expect(try format("<SEC-DOCUMENT>0001.txt\n<DOCUMENT>\n<TYPE>8-K\n<TEXT>\n<html><body>x</body></html>\n", source: "s.txt") == .sgml)
        #expect(try format("<?xml version=\"1.0\"?>\n<xbrl xmlns=\"http://www.xbrl.org/2003/instance\">", source: "x.txt") == .xbrl)
        #expect(try format("<?xml version=\"1.0\"?>\n<xbrli:xbrl>", source: "inst.xml") == .xbrl)
        #expect(try format("<?xml version=\"1.0\"?>\n<catalog/>", source: "other.xml") == .unknown)
    }

    @Test func ixbrlMarkerBeyondTheFirstKilobytes() throws {
        let html = "<html><body>" + String(repeating: "<p>filler paragraph</p>\n", count: 1000) + "<ix:nonFraction>1</ix:nonFraction></body></html>"
        #expect(try format(html, source: "big.htm") == .ixbrl)
    }
}

@Suite("Read: seeds")
struct SeedTests {
    static let seedsDirectory = TestPaths.seeds

    static let seeds = ["000_8c057db36f5667ab.txt", "003_05f12aa528e47d2d.txt", "004_1ba0498fe219ff30.txt"]

    @Test(arguments: seeds)
    func seedDecodesAsUTF8WithIdentityMap(_ name: String) throws {
        let path = Self.seedsDirectory + "/" + name
        let data = try #require(FileManager.default.contents(atPath: path), "missing seed \(path)")
        let bytes = [UInt8](data)
        #expect(bytes.count > 1000)
        let doc = try readDoc(bytes, source: "seeds/" + name)
        #expect(doc.encoding == "utf-8")
        #expect(doc.format == .text)
        #expect(doc.text == bytes)
        #expect(doc.textMap == OffsetMap.identity(length: bytes.count))
        #expect(doc.textMap.runCount == 1)
        #expect(doc.diagnostics.isEmpty)
    }
}

@Suite("Read: one stage, many documents")
struct ConcurrentReadTests {
    @Test func oneStageInstanceReadsDocumentsConcurrently() async {
        let stage = ReadStage(options: StageOptions(specs: ReadStage.options, given: [:]))
        let inputs: [[UInt8]] = (0..<64).map { i in
            switch i % 4 {
            case 0: return Array("plain \(i) é\n".utf8)
            case 1: return [0xEF, 0xBB, 0xBF] + Array("bom \(i)".utf8)
            case 2: return [0x93] + Array("quoted \(i)".utf8) + [0x94]
            default: return [0xFF, 0xFE] + Array("wide \(i)".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            }
        }
        let results = await withTaskGroup(of: (Int, String, String?).self) { group in
            for (i, bytes) in inputs.enumerated() {
                group.addTask {
                    var doc = WorkingDocument(docId: "d\(i)", source: "d\(i).txt", bytes: bytes)
                    do { try stage.process(&doc) } catch { return (i, "failed: \(error)", nil) }
                    return (i, String(decoding: doc.text, as: UTF8.self), doc.encoding)
                }
            }
            var all: [(Int, String, String?)] = []
            for await r in group { all.append(r) }
            return all.sorted { $0.0 < $1.0 }
        }
        #expect(results.count == 64)
        for (i, text, encoding) in results {
            switch i % 4 {
            case 0: #expect(text == "plain \(i) é\n" && encoding == "utf-8")
            case 1: #expect(text == "bom \(i)" && encoding == "utf-8")
            case 2: #expect(text == "\u{201C}quoted \(i)\u{201D}" && encoding == "windows-1252")
            default: #expect(text == "wide \(i)" && encoding == "utf-16le")
            }
        }
    }
}
