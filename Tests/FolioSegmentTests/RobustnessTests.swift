import Testing
import FolioModel
@testable import FolioSegment

/// Bad input never crashes, and the block/section contract holds on arbitrary line soup.
@Suite struct RobustnessTests {
    struct LCG {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(n, 1)))
        }
    }

    static let fragments = [
        "", "", "\u{0C}", "Annual Review", "02 Analysis of Material Issues", "O Company Overview", "PART II", "Item 7.",
        "- a bullet point", "• another bullet", "1. As an ordinary resolution, THAT, the thing", "(a) lettered", "(1) A footnote.",
        "1 Refers to something", "Cash\t1,000\t2,000", "\tDecember 31,\t2023", "  Revenue     $ 1,200    $ 1,000", "------   ------",
        "| a | b |", "(In millions, except per share data)", "Statements of Operations (Amounts in thousands of dollars)",
        "07/08", "7", "Case: A Case Study", "ALL CAPS HEADING", "A sentence that ends here.", "(unclosed caption in thousands",
        "Contents", "Intro 3", "Scope 5", "Method 9", "Results 12", "<TABLE>", "</TABLE>", "\\square\tAwarded a prize for things",
        "March 12, 2024", "ACME HOLDINGS, INC.", "é ü 中文 ₽ \u{00A0}", "\r", "   ", "\t\t\t", "¹ Superscript note here",
    ]

    @Test func randomLineSoupKeepsTheContract() {
        var rng = LCG(state: 42)
        for _ in 0..<150 {
            var s = ""
            for _ in 0..<rng.next(60) {
                s += Self.fragments[rng.next(Self.fragments.count)]
                s += rng.next(5) == 0 ? "\r\n" : "\n"
            }
            let doc = segmentString(s)
            #expect(structuralProblems(doc) == [], "input: \(s.debugDescription)")
            for b in doc.blocks {
                if let sid = b.sectionId {
                    let sec = doc.sections[sid - 1]
                    #expect(sec.span.start <= b.span.start && b.span.end <= sec.span.end)
                }
            }
        }
    }

    @Test func invalidUTF8AndControlBytes() {
        var bytes: [UInt8] = Array("Heading Here\n\n".utf8) + [0xFF, 0xFE, 0x00, 0x0C, 0x0D, 0x0A] + Array("Some prose that follows the heading and is long.\n".utf8)
        bytes += [UInt8](repeating: 0x09, count: 50)
        var doc = WorkingDocument(docId: "x", source: "x.txt", bytes: bytes)
        doc.setText(bytes, map: OffsetMap.identity(length: bytes.count))
        try? SegmentStage(options: StageOptions()).process(&doc)
        for b in doc.blocks { #expect(b.span.end <= bytes.count && b.span.start <= b.span.end) }
    }

    @Test func veryLongLinesAndManyLines() {
        let long = String(repeating: "word ", count: 20_000)
        let doc = segmentString("Title Line\n\n" + long + "\n")
        #expect(doc.blocks.count == 2)
        let many = String(repeating: "Cash\t1\t2\n", count: 20_000)
        let doc2 = segmentString(many)
        #expect(doc2.blocks.count == 1)
        #expect(doc2.blocks.first?.kind == .table)
    }
}

@Suite struct LongInputTests {
    /// A document of a few enormous lines (markup read as text): the line tests skip lines too
    /// long to be table rows, headings or TOC entries, so each is one paragraph (that this stays
    /// linear is measured by `scripts/bench`'s `patho` section, not timed here).
    @Test func hugeLinesAreParagraphs() {
        let line = String(repeating: "<td>1,234</td>  <td>Item 7.</td>\t", count: 40_000)
        let doc = segmentString("Title Here\n\n" + line + "\n" + line + "\n")
        #expect(doc.blocks.count == 2)
        #expect(doc.blocks.last?.kind == .paragraph)
    }
}
