/// A word of the rendition: where its text sits in the rendition and where it sits on its page.
public struct PlacedWord: Sendable, Hashable {
    /// Byte range in `PDFRendition.text`.
    public var start: Int
    public var end: Int
    /// 1-based page number.
    public var page: Int
    public var box: PDFBox
}

/// Text printed on many pages at the same place (a running header or footer) or a page number,
/// kept out of the body text.
public struct PageFurniture: Sendable, Hashable {
    /// `running_header`, `running_footer` or `page_number`.
    public var kind: String
    public var text: String
    public var page: Int
    public var box: PDFBox
}

/// A PDF's words laid out as fixed-width text, with every word's page box kept.
public struct PDFRendition: Sendable, Hashable {
    /// UTF-8 text: one line per printed line, words placed at the character column their x
    /// position gives, pages ended by a form feed (as `pdftotext -layout` writes them).
    public var text: [UInt8]
    /// Every word of the text, in text order.
    public var words: [PlacedWord]
    public var furniture: [PageFurniture]
    /// Points per character column.
    public var columnWidth: Double
}

/// Words to lines to a fixed-width rendition.
///
/// Layout served: single-column pages of filings (statements as columns of figures aligned
/// under their headers). Lines are words whose vertical centres fall within one another's
/// extent (a raised footnote marker stays on its line); each word goes to the character column
/// of its left edge (`x / columnWidth`, one column per average character width of the
/// document), at least two spaces after the word before it; words closer than `phraseGap` em
/// (a phrase, however justified or centred) are one space apart. A vertical gap wider than
/// `blankLineFraction` of the body line height becomes one blank line, so paragraphs and
/// tables stay apart for the segmenter. Running headers and footers and page numbers are left
/// out and returned as furniture (`PDFFurniture`).
public enum PDFLayout {
    public static let blankLineFraction = 1.2
    /// Words closer than this fraction of the font size are one phrase, one space apart.
    public static let phraseGap = 0.8
    /// The furthest character column a word's x position places it at (`maxColumns`, the
    /// rule): the spaces before a word are at most this many, so a line costs at most this
    /// many bytes of padding. Layout served: every printed page (US Letter landscape at 4
    /// points a character is 198 columns; 1000 leaves room for any real page and the smallest
    /// type); a word past it (a 14,400-point page, the largest a PDF may have, at half a point
    /// a character) keeps its column order, at least two spaces after the word before it.
    /// Without it, a PDF of a few hundred bytes (one Flate-compressed content stream setting
    /// thousands of one-glyph lines at the right edge of a huge page) rendered to hundreds of
    /// megabytes of spaces, out of proportion to its words (`read.pdf_max_words`).
    public static let maxColumns = 1000

    /// One printed line: its words in x order.
    struct Line {
        var words: [PDFWord]
        var y0: Double
        var y1: Double
        var text: String { words.map(\.text).joined(separator: " ") }
        var box: PDFBox { words.dropFirst().reduce(words[0].box) { $0.union($1.box) } }
    }

    public static func render(_ doc: PDFDocumentContent) -> PDFRendition {
        let pageLines = doc.pages.map { lines(of: $0.words) }
        let furniture = PDFFurniture.find(pages: doc.pages, lines: pageLines)
        let width = columnWidth(doc)
        var left = Double.infinity
        for lines in pageLines { for l in lines { for w in l.words { left = min(left, w.box.x0) } } }
        if !left.isFinite { left = 0 }
        var text: [UInt8] = []
        var placed: [PlacedWord] = []
        let lineHeight = bodyLineHeight(pageLines)
        for (p, lines) in pageLines.enumerated() {
            let pageNumber = p + 1
            var previous: Line?
            for (li, line) in lines.enumerated() where !furniture.removed.contains(LineKey(page: pageNumber, line: li)) {
                if let previous, line.y0 - previous.y1 > blankLineFraction * lineHeight {
                    text.append(0x0A)
                }
                var column = 0
                for (wi, w) in line.words.enumerated() {
                    let want = min(bounded((w.box.x0 - left) / width), maxColumns)
                    let at: Int
                    if wi == 0 {
                        at = want
                    } else {
                        let before = line.words[wi - 1]
                        let gap = w.box.x0 - before.box.x1
                        // A phrase (justified or centred text spaces its words wider than a
                        // column but well under an em) keeps one space; a column gap keeps
                        // the x position, and at least two spaces.
                        at = gap < phraseGap * max(min(before.size, w.size), 1) ? column + 1 : max(want, column + 2)
                    }
                    if at > column { text.append(contentsOf: repeatElement(0x20, count: at - column)) }
                    let start = text.count
                    text.append(contentsOf: w.text.utf8)
                    placed.append(PlacedWord(start: start, end: text.count, page: pageNumber, box: w.box))
                    column = at + w.text.count
                }
                text.append(0x0A)
                previous = line
            }
            text.append(0x0C)
        }
        return PDFRendition(text: text, words: placed, furniture: furniture.items, columnWidth: width)
    }

    /// A page's words grouped into lines, top to bottom, each line's words left to right.
    static func lines(of words: [PDFWord]) -> [Line] {
        let order = words.indices.sorted {
            let a = words[$0].box, b = words[$1].box
            let ca = (a.y0 + a.y1) / 2, cb = (b.y0 + b.y1) / 2
            return ca != cb ? ca < cb : a.x0 < b.x0
        }
        var lines: [Line] = []
        for i in order {
            let w = words[i]
            let c = (w.box.y0 + w.box.y1) / 2
            if var last = lines.last, (c >= last.y0 && c <= last.y1) || ((last.y0 + last.y1) / 2 >= w.box.y0 && (last.y0 + last.y1) / 2 <= w.box.y1) {
                last.words.append(w)
                // The line's extent is its tallest word's: a small marker does not widen it.
                if w.box.height > last.y1 - last.y0 {
                    last.y0 = w.box.y0
                    last.y1 = w.box.y1
                }
                lines[lines.count - 1] = last
            } else {
                lines.append(Line(words: [w], y0: w.box.y0, y1: w.box.y1))
            }
        }
        for i in lines.indices { lines[i].words.sort { $0.box.x0 < $1.box.x0 } }
        return lines
    }

    /// Points per character column: the document's average character width (word width over
    /// character count, weighted by characters), so a line's text is about as wide in columns
    /// as it is printed.
    static func columnWidth(_ doc: PDFDocumentContent) -> Double {
        var width = 0.0
        var chars = 0
        for page in doc.pages {
            for w in page.words {
                let n = w.text.unicodeScalars.count
                guard n > 0, w.box.width > 0, w.box.width.isFinite else { continue }
                width += w.box.width
                chars += n
            }
        }
        guard chars > 0 else { return 5 }
        let average = width / Double(chars)
        return average > 0.5 ? average : 5
    }

    /// A count of columns (or points) from a coordinate difference, rounded, within
    /// 0...2 × `PDFBox.maxPageSide`; 0 when not a number. The reader places every glyph on its
    /// page (`PDFBox.placed`), so this bound only holds for content built by hand.
    static func bounded(_ x: Double) -> Int {
        guard x.isFinite, x > 0 else { return 0 }
        return Int(min(x, 2 * PDFBox.maxPageSide).rounded())
    }

    /// The most common line height (rounded to a point), the body text's.
    static func bodyLineHeight(_ pages: [[Line]]) -> Double {
        var counts: [Int: Int] = [:]
        for lines in pages { for l in lines { counts[bounded(l.y1 - l.y0), default: 0] += 1 } }
        guard let best = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) else { return 10 }
        return Double(max(best.key, 1))
    }
}

struct LineKey: Hashable {
    var page: Int
    var line: Int
}
