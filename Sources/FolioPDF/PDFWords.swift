/// One character of a page's text layer with its box, as poppler gives it.
public struct PDFChar: Sendable, Hashable {
    public var scalar: Unicode.Scalar
    public var box: PDFBox
    public var font: Int
    public var size: Double

    public init(_ scalar: Unicode.Scalar, _ box: PDFBox, font: Int = -1, size: Double) {
        self.scalar = scalar
        self.box = box
        self.font = font
        self.size = size
    }
}

/// Characters to words.
///
/// Layout served: a page's text as poppler orders it, one box per character, lines ended by
/// `\n`. A word ends at white space, at a line end, where the next character is not on the same
/// baseline, where it goes back to the left, or where the gap before it is wider than
/// `gapFraction` of the font size. Printed filings set a table's figures apart from each other
/// and from their labels by wide gaps, but poppler sometimes reads them as one "word" with no
/// space (a right-aligned figure followed by the next column's): the gap rule splits them.
public enum PDFWords {
    /// A gap wider than this fraction of the font size splits a word (a normal letter gap is
    /// under 0.05 em; a word space about 0.25 em).
    public static let gapFraction = 0.2

    public static func split(_ chars: [PDFChar]) -> [PDFWord] {
        var words: [PDFWord] = []
        var text = String.UnicodeScalarView()
        var box = PDFBox(x0: 0, y0: 0, x1: 0, y1: 0)
        var font = -1
        var size = 0.0
        var last: PDFChar?
        func flush() {
            if !text.isEmpty {
                words.append(PDFWord(text: String(text), box: box, font: font, size: size))
            }
            text = String.UnicodeScalarView()
            last = nil
        }
        for c in chars {
            if c.scalar.properties.isWhitespace || c.scalar.value < 0x20 {
                flush()
                continue
            }
            // Degenerate boxes (NaN, inverted) are kept out of geometry.
            guard c.box.x0.isFinite, c.box.x1.isFinite, c.box.y0.isFinite, c.box.y1.isFinite else { continue }
            if let p = last {
                let em = max(p.size, c.size, 1)
                let gap = c.box.x0 - p.box.x1
                let sameLine = abs(c.box.y1 - p.box.y1) < 0.5 * em || (c.box.y0 < p.box.y1 && p.box.y0 < c.box.y1
                    && min(c.box.height, p.box.height) > 0 && overlap(c.box, p.box) > 0.5 * min(c.box.height, p.box.height))
                if !sameLine || gap > gapFraction * em || c.box.x1 < p.box.x0 {
                    flush()
                }
            }
            if text.isEmpty {
                box = c.box
                font = c.font
                size = c.size
            } else {
                box = box.union(c.box)
                size = max(size, c.size)
            }
            text.append(c.scalar)
            last = c
        }
        flush()
        return words
    }

    static func overlap(_ a: PDFBox, _ b: PDFBox) -> Double {
        max(0, min(a.y1, b.y1) - max(a.y0, b.y0))
    }
}
