/// Where a record sits on a printed page: a page number (1-based) and a rectangle in PDF
/// points, origin at the page's top-left corner, y growing downwards. Written as a record's
/// `source_box` for a document read from a PDF (docs/dataset.md, "Provenance in a PDF").
public struct SourceBox: Sendable, Hashable, Codable {
    public var page: Int
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    public init(page: Int, x0: Double, y0: Double, x1: Double, y1: Double) {
        self.page = page
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
    }
}

/// A PDF document's words on their pages, by the byte range of its rendition each word's text
/// occupies. For a PDF the read stage's text map points into the rendition (not into the PDF's
/// bytes), so a record's source span is a rendition range, and this map turns it into a box.
///
/// Lookup is O(log words + words in the range).
public struct PageBoxMap: Sendable, Hashable {
    var starts: [Int] = []
    var ends: [Int] = []
    var pages: [Int] = []
    var boxes: [Double] = []

    public init() {}

    public var count: Int { starts.count }

    /// Appends a word; words come in rendition order.
    public mutating func append(start: Int, end: Int, page: Int, x0: Double, y0: Double, x1: Double, y1: Double) {
        starts.append(start)
        ends.append(end)
        pages.append(page)
        boxes.append(contentsOf: [x0, y0, x1, y1])
    }

    /// The box holding every word of `range` on the first page the range touches (a record that
    /// runs across a page break is placed on the page it starts on, and its box holds only its
    /// words on that page); nil when it holds no word. `WorkingDocument.sourceBox(of:)` is the
    /// one caller for text spans: stages and the emitter go through it.
    public func box(of range: Span) -> SourceBox? {
        var lo = 0
        var hi = starts.count
        // First word ending after range.start.
        while lo < hi {
            let mid = (lo + hi) / 2
            if ends[mid] <= range.start { lo = mid + 1 } else { hi = mid }
        }
        var i = lo
        var result: SourceBox?
        while i < starts.count, starts[i] < range.end {
            let b = i * 4
            if var r = result {
                guard pages[i] == r.page else { break }
                r.x0 = min(r.x0, boxes[b]); r.y0 = min(r.y0, boxes[b + 1])
                r.x1 = max(r.x1, boxes[b + 2]); r.y1 = max(r.y1, boxes[b + 3])
                result = r
            } else {
                result = SourceBox(page: pages[i], x0: boxes[b], y0: boxes[b + 1], x1: boxes[b + 2], y1: boxes[b + 3])
            }
            i += 1
        }
        return result
    }
}
