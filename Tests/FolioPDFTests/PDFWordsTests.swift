import Testing
import FolioPDF

/// Characters of one line at 10 pt, 5 pt wide each, starting at `x`.
private func chars(_ s: String, x: Double, y: Double = 100, size: Double = 10) -> [PDFChar] {
    var out: [PDFChar] = []
    var at = x
    for u in s.unicodeScalars {
        out.append(PDFChar(u, PDFBox(x0: at, y0: y - size, x1: at + 5, y1: y), size: size))
        at += 5
    }
    return out
}

@Suite("PDF: characters to words")
struct PDFWordsTests {
    @Test func spacesSplitWords() {
        let words = PDFWords.split(chars("Net sales", x: 10))
        #expect(words.map(\.text) == ["Net", "sales"])
        #expect(words[0].box == PDFBox(x0: 10, y0: 90, x1: 25, y1: 100))
    }

    /// A right-aligned figure poppler joins to the next column's without a space: the gap splits.
    @Test func wideGapSplitsWithoutSpace() {
        let words = PDFWords.split(chars("1,234", x: 100) + chars("5,678", x: 160))
        #expect(words.map(\.text) == ["1,234", "5,678"])
    }

    @Test func narrowGapKeepsOneWord() {
        let words = PDFWords.split(chars("Reve", x: 10) + chars("nue", x: 31))
        #expect(words.map(\.text) == ["Revenue"])
    }

    @Test func newLineAndBackwardsSplit() {
        let words = PDFWords.split(chars("Total", x: 10) + chars("Assets", x: 10, y: 120))
        #expect(words.map(\.text) == ["Total", "Assets"])
    }

    @Test func badBoxesAreSkipped() {
        var c = chars("ab", x: 10)
        c[1].box.x1 = .nan
        #expect(PDFWords.split(c).map(\.text) == ["a"])
    }
}

@Suite("PDF: words to a fixed-width rendition")
struct PDFLayoutTests {
    func word(_ t: String, _ x: Double, _ y: Double, size: Double = 10) -> PDFWord {
        PDFWord(text: t, box: PDFBox(x0: x, y0: y - size, x1: x + 5 * Double(t.count), y1: y), size: size)
    }

    func page(_ n: Int, _ words: [PDFWord]) -> PDFPage { PDFPage(number: n, width: 612, height: 792, words: words) }

    /// A statement's rows: labels at the margin, figures at their x position as columns.
    @Test func columnsFromX() {
        let doc = PDFDocumentContent(pages: [page(1, [
            word("2025", 300, 200), word("2024", 400, 200),
            word("Revenue", 50, 212), word("1,234", 300, 212), word("987", 410, 212),
        ])], fonts: [])
        let r = PDFLayout.render(doc)
        let text = String(decoding: r.text, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // 5 points a column: x 300 is column 50 from the margin at x 50.
        #expect(lines[0] == String(repeating: " ", count: 50) + "2025" + String(repeating: " ", count: 16) + "2024")
        #expect(lines[1] == "Revenue" + String(repeating: " ", count: 43) + "1,234" + String(repeating: " ", count: 17) + "987")
        #expect(text.hasSuffix("\u{0C}"))
        // Every word keeps its box, by its range of the text.
        #expect(r.words.count == 5)
        #expect(r.words.allSatisfy { String(decoding: r.text[$0.start..<$0.end], as: UTF8.self).count > 0 })
        #expect(r.words[2].box.x0 == 50 && r.words[2].page == 1)
    }

    /// Words closer than a column still get a space between them.
    @Test func collidingWordsKeepASpace() {
        let doc = PDFDocumentContent(pages: [page(1, [word("abcdef", 50, 100), word("x", 60, 100)])], fonts: [])
        #expect(String(decoding: PDFLayout.render(doc).text, as: UTF8.self) == "abcdef x\n\u{0C}")
    }

    /// `maxColumns`: words near the right edge of the largest page a PDF may have are placed
    /// at most `maxColumns` columns in (5 points a column, so x 14,300 would be column 2,860),
    /// and a word after one keeps its order, two spaces on. (`w`, not `x`: a line of `x` alone
    /// at a page's edge is a page number, ten in roman numerals.)
    @Test func columnsStopAtMaxColumns() {
        let far = PDFBox.maxPageSide - 100
        let rows = (0..<20).map { word("w", far, 14_000 - 12 * Double($0)) }
        let words = [word("a", 0, 13_000)] + rows + [word("y", far + 50, 14_000)]
        let page = PDFPage(number: 1, width: PDFBox.maxPageSide, height: PDFBox.maxPageSide, words: words)
        let r = PDFLayout.render(PDFDocumentContent(pages: [page], fonts: []))
        let lines = String(decoding: r.text, as: UTF8.self).split(separator: "\n").map(String.init)
        let pad = String(repeating: " ", count: PDFLayout.maxColumns)
        // Top to bottom: `a`, then the rows from the 20th up to the first, which holds `y`.
        #expect(lines.count == 22 && lines[0] == "a")
        #expect(lines[1...19].allSatisfy { $0 == pad + "w" })
        #expect(lines[20] == pad + "w  y")
        #expect(r.text.count < 21 * (PDFLayout.maxColumns + 6))
    }

    /// A raised footnote marker stays on its line; a wide vertical gap is one blank line.
    @Test func markerStaysOnLineAndGapsBecomeBlankLines() {
        let doc = PDFDocumentContent(pages: [page(1, [
            word("Net", 50, 100), word("(1)", 67, 96, size: 6), word("Next", 50, 112), word("Far", 50, 160),
        ])], fonts: [])
        #expect(String(decoding: PDFLayout.render(doc).text, as: UTF8.self) == "Net (1)\nNext\n\nFar\n\u{0C}")
    }
}

@Suite("PDF: page furniture")
struct PDFFurnitureTests {
    func word(_ t: String, _ x: Double, _ y: Double) -> PDFWord {
        PDFWord(text: t, box: PDFBox(x0: x, y0: y - 10, x1: x + 5 * Double(t.count), y1: y), size: 10)
    }

    /// The same header at the same height on every page, and a page number at the foot: both
    /// removed from the text and recorded.
    @Test func runningHeaderAndPageNumbers() {
        let pages = (1...4).map { n in
            PDFPage(number: n, width: 612, height: 792, words: [
                word("ACME", 50, 40), word("CORP", 80, 40), word("Body", 50, 300), word("text", 75, 300), word("\(n)", 300, 770),
            ])
        }
        let r = PDFLayout.render(PDFDocumentContent(pages: pages, fonts: []))
        #expect(String(decoding: r.text, as: UTF8.self) == String(repeating: "Body text\n\u{0C}", count: 4))
        #expect(r.furniture.filter { $0.kind == "running_header" }.map(\.text) == Array(repeating: "ACME CORP", count: 4))
        #expect(r.furniture.filter { $0.kind == "page_number" }.map(\.page) == [1, 2, 3, 4])
    }

    /// Boxes no reader would give (infinite, not a number, 1e300 points wide or tall) render
    /// without trapping: columns and line heights stay bounded.
    @Test func extremeBoxesDoNotTrap() {
        let boxes = [
            PDFBox(x0: 50, y0: 0, x1: 60, y1: 1e300), PDFBox(x0: 1e300, y0: 10, x1: .infinity, y1: 20),
            PDFBox(x0: .nan, y0: .nan, x1: .nan, y1: .nan), PDFBox(x0: -1e300, y0: 30, x1: 0, y1: 40),
        ]
        let words = boxes.enumerated().map { PDFWord(text: "w\($0.offset)", box: $0.element, size: 10) }
        let r = PDFLayout.render(PDFDocumentContent(pages: [PDFPage(number: 1, width: 612, height: 792, words: words)], fonts: []))
        let text = String(decoding: r.text, as: UTF8.self)
        #expect(["w0", "w1", "w2", "w3"].allSatisfy { text.contains($0) })
        #expect(r.text.count < 100_000)
    }

    /// A line at the top of only two pages is body text, not furniture.
    @Test func twoPagesAreNotARunningHeader() {
        let pages = (1...4).map { n in
            PDFPage(number: n, width: 612, height: 792, words: [word(n <= 2 ? "Revenue" : "Other\(n)", 50, 40), word("Body", 50, 300)])
        }
        let r = PDFLayout.render(PDFDocumentContent(pages: pages, fonts: []))
        #expect(r.furniture.isEmpty)
    }

    /// A statement's title repeated at the top of its 3 pages of a 20-page document is not a
    /// running header (under a quarter of the pages); a footer on every page is.
    @Test func repetitionMustCoverAQuarterOfThePages() {
        let pages = (1...20).map { n in
            PDFPage(number: n, width: 612, height: 792, words: [
                word(n <= 3 ? "BALANCE" : "Item\(n)", 50, 40), word("Body", 50, 300),
                word("Form", 50, 700), word("10-K", 75, 700), word("\(n + 40)", 200, 700),
            ])
        }
        let r = PDFLayout.render(PDFDocumentContent(pages: pages, fonts: []))
        #expect(!r.furniture.contains { $0.text == "BALANCE" })
        #expect(r.furniture.filter { $0.kind == "running_footer" }.count == 20)
    }
}
