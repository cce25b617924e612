import Foundation
import Testing
@testable import FolioSegment
import FolioModel

/// Segment's lines read in place (`LineTexts`) give the `String`s segment made per line before,
/// and the byte tests the segmenter now makes before making a line a `String` never rule out a
/// line the `String` test accepts.
@Suite struct LineTextsTests {
    /// Lines with the edge cases of trimming and of first and last characters: spaces and tabs
    /// at the ends, a space before a combining mark (one `Character`), a prepend mark before a
    /// space, a vertical tab, non-ASCII ends, markers, captions, page numbers.
    static let lines: [String] = [
        "", " ", "\t", "  \t ", "Revenue", "  Net income   1,234    (567) ", "\tindented\t", " \u{301}x", "x \u{301}",
        "\u{0600} ", " \u{0600} x ", "é  ", "  é", "\u{0B}x\u{0B}", " \u{0B} ", "“Quoted.”", "ends.", "ends.\u{301}", "a", ".",
        "é.", "\u{0600}.", "(In thousands, except per share data)", "in millions", "Dollars in millions", "Amounts in thousands",
        "(Unaudited)", "a. first item", "b) second", "a.", "ab. no", "a\u{301}. x", "- dash", "• bullet", "1. one", "(iv) four",
        "12 Title", "1\u{345} lowercase mark", "and the rest", "Page 3", "- 12 -", "<TABLE>", " <TABLE>", "</table>",
        "Item 7. MD&A", "ITEM 1A.\tRisk", "Items 1 and 2", "itemized", "営業収益  1,234", "Straße GmbH", "😀 x", "x\ty",
        "one\ttab", "two\t\ttabs", "\\square\tSelected as a co-drafting unit", "2\tSelected as a co-drafting unit for the",
    ]

    static func text(_ ls: [String]) -> ([UInt8], [TextLine]) {
        let bytes = Array(ls.joined(separator: "\n").utf8)
        return (bytes, LineSplitter.split(bytes))
    }

    @Test("A line read in place is the line the segmenter made a String of, raw and trimmed")
    func linesAsStrings() {
        let (bytes, lines) = Self.text(Self.lines)
        let raws = LineTexts(text: bytes, lines: lines, trimmed: false)
        let trimmed = raws.trimming(true)
        #expect(raws.count == lines.count)
        for k in lines.indices {
            let raw = String(decoding: bytes[lines[k].start..<lines[k].end], as: UTF8.self)
            #expect(raws[k] == raw)
            #expect(trimmed[k] == LineClassifier.trim(raw), "line \(k): \(raw.debugDescription)")
            for view in [raws, trimmed] {
                let s = view[k]
                #expect(view.withBytes(k) { Array($0) } == Array(s.utf8))
                #expect(view.firstByte(k) == s.utf8.first)
                #expect(view.lastByte(k) == s.utf8.last)
                #expect(view.byteCount(k) == s.utf8.count)
                #expect(view.isEmpty(k) == s.isEmpty)
            }
        }
    }

    @Test("Invalid UTF-8 is read as the repaired String, never as its bytes")
    func invalidUTF8() {
        var bytes = Array("ok line\n".utf8)
        bytes += [0x41, 0xFF, 0x42, 0x0A, 0x20, 0xC3, 0x20]
        let lines = LineSplitter.split(bytes)
        let trimmed = LineTexts(text: bytes, lines: lines, trimmed: true)
        for k in lines.indices {
            let raw = String(decoding: bytes[lines[k].start..<lines[k].end], as: UTF8.self)
            #expect(trimmed[k] == LineClassifier.trim(raw))
            #expect(trimmed.withBytes(k) { Array($0) } == Array(LineClassifier.trim(raw).utf8))
        }
    }

    @Test("UTF-8 validation agrees with the standard library's decoder")
    func validation() {
        let samples: [[UInt8]] = [
            [], Array("plain ASCII text, longer than eight bytes".utf8), Array("é ü 営業 😀".utf8),
            [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
            [0xE2, 0x80], Array("12345678".utf8) + [0xE2, 0x80], [0x80], [0xEF, 0xBF, 0xBD], [0xF0, 0x9F, 0x98, 0x80],
            Array("abcdefgh".utf8) + [0xC3, 0xA9] + Array("ijklmnop".utf8), [0xE2, 0x28, 0xA1],
        ]
        for s in samples {
            let expected = String(validating: s, as: UTF8.self) != nil
            #expect(UTF8Validation.isValid(s) == expected, "\(s)")
        }
    }

    @Test("The byte tests made before a line becomes a String rule out only lines the String tests reject")
    func prefiltersAreConservative() {
        for t in Self.lines {
            ByteScan.withBytes(t) { b in
                if !LineClassifier.mayBeListMarker(b) { #expect(LineClassifier.listMarkerLength(t) == nil, "\(t.debugDescription)") }
                if let b0 = b.first {
                    if !LineClassifier.mayStartUnitsCaption(b0) { #expect(!LineClassifier.isUnitsCaption(t), "\(t.debugDescription)") }
                    if !LineClassifier.mayStartFootnoteLabel(b0) { #expect(LineClassifier.footnoteLabel(t) == nil) }
                    if !LineClassifier.mayStartPageNumber(b0) { #expect(!LineClassifier.isPageNumber(t)) }
                    if !LineClassifier.mayStartSGMLTableTag(b0) { #expect(LineClassifier.sgmlTableTag(t) == nil) }
                }
                if !Segmenter.mayStartLowercase(b) { #expect(t.first?.isLowercase != true, "\(t.debugDescription)") }
                if let decided = Segmenter.endsClause(bytes: b) { #expect(decided == Segmenter.endsClause(t), "\(t.debugDescription)") }
                if let decided = LineClassifier.quickTabular(line: b) { #expect(decided == LineClassifier.isTabular(t), "\(t.debugDescription)") }
                if !LineClassifier.mayBeTabRow(b) {
                    #expect(!LineClassifier.isGlyphBulletRow(t))
                    #expect(!LineClassifier.isDamagedBulletRow(t))
                }
                if let key = Segmenter.furnitureKey(bytes: b) {
                    #expect(key == Segmenter.furnitureKey(t))
                    #expect(Segmenter.furnitureKeyHash(bytes: b) == ByteScan.withBytes(key) { Segmenter.furnitureKeyHash(bytes: $0) })
                } else {
                    #expect(Segmenter.furnitureKeyHash(bytes: b) == nil)
                }
            }
        }
        // The cases each test exists for.
        #expect(ByteScan.withBytes("ends.\u{301}") { Segmenter.endsClause(bytes: $0) } == nil)
        #expect(ByteScan.withBytes("\u{0600}.") { Segmenter.endsClause(bytes: $0) } == nil)
        #expect(ByteScan.withBytes("ends.") { Segmenter.endsClause(bytes: $0) } == true)
        #expect(ByteScan.withBytes("ends") { Segmenter.endsClause(bytes: $0) } == false)
        #expect(LineClassifier.listMarkerLength("a. first item") == 3)
        #expect(Self.firstLowercase("1\u{345} lowercase mark") == true)
        #expect(ByteScan.withBytes("1\u{345} x") { Segmenter.mayStartLowercase($0) })
        #expect(!ByteScan.withBytes("And so") { Segmenter.mayStartLowercase($0) })
    }

    static func firstLowercase(_ t: String) -> Bool { t.first?.isLowercase == true }

    @Test("Running headers found on lines read in place are those found on Strings")
    func repeatedLinesInPlace() {
        var ls: [String] = []
        for page in 1...5 {
            ls += ["ACME HOLDINGS  ANNUAL REPORT", "", "Item 7. Management's Discussion", "Body text of page \(page) goes on.",
                   "\u{0600} ", " \u{301}x", "Page \(page)", "\u{0C}"]
        }
        ls += ["Item 7. Management's Discussion", String(repeating: "long ", count: 40)]
        // A key made from bytes three times and, equal to it, once by characters (`²` is a
        // number, dropped from the key): repeated four times.
        ls += ["ACME 1 REVIEW", "ACME 2 REVIEW", "", "ACME 3 REVIEW", "ACME ² REVIEW", "Other 1 line", "Other 2 line", "Other 3 line"]
        let (bytes, lines) = Self.text(ls)
        let trimmed = LineTexts(text: bytes, lines: lines, trimmed: true)
        let inPlace = Segmenter.RepeatedLines(trimmed)
        let strings = Segmenter.RepeatedLines(Array(trimmed))
        #expect(inPlace.text == strings.text)
        #expect(inPlace.itemHeadings == strings.itemHeadings)
        #expect(!inPlace.text.isEmpty)
        #expect(inPlace.contains("ACME ² REVIEW") && inPlace.contains("ACME 1 REVIEW"))
        #expect(!inPlace.contains("Other 1 line"))
        for k in trimmed.indices { #expect(inPlace.contains(trimmed, k) == strings.contains(trimmed[k])) }
    }
}
