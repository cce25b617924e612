/// Running headers, running footers and page numbers, found by position and repetition.
///
/// Layout served: printed documents that repeat a line at the top or bottom of their pages (a
/// company name, `Table of Contents`, `Fiscal 2024 Form 10-K 42`) and number their pages. A
/// candidate is one of the first `edgeLines` lines of a page in its top third, or one of the
/// last in its bottom third. A filing printed from
/// HTML places its own footers where its page breaks fell, not at a fixed height, so the
/// position that counts is the page edge, not a height. A candidate is furniture when
/// - its text, with digits folded to `#`, is at the same edge of at least `minPages` pages and
///   at least `minShare` of all pages (a statement title repeated on a statement's three pages
///   is not furniture; a footer on most pages is): a running header or footer; or
/// - it is the page's first or last line, or lies within `band` of the page's height from its
///   edge, and is a page number alone (`7`, `- 7 -`, `Page 7`, `Page 7 of 90`, `vii`).
enum PDFFurniture {
    static let band = 0.12
    static let edgeLines = 2
    static let minPages = 3
    static let minShare = 0.25

    struct Found {
        var removed: Set<LineKey> = []
        var items: [PageFurniture] = []
    }

    struct Candidate {
        var key: LineKey
        var header: Bool
        var folded: String
        var inBand: Bool
        /// The page's first or last line.
        var outer: Bool
    }

    static func find(pages: [PDFPage], lines: [[PDFLayout.Line]]) -> Found {
        var candidates: [Candidate] = []
        for (p, pageLines) in lines.enumerated() {
            let height = pages[p].height > 0 ? pages[p].height : 792
            for (i, line) in pageLines.enumerated() {
                let top = i < edgeLines && line.y1 <= height / 3
                let bottom = i >= pageLines.count - edgeLines && line.y0 >= height * 2 / 3
                guard top || bottom else { continue }
                let inBand = top ? line.y1 <= band * height : line.y0 >= (1 - band) * height
                candidates.append(Candidate(key: LineKey(page: p + 1, line: i), header: top, folded: fold(line.text), inBand: inBand,
                                            outer: i == 0 || i == pageLines.count - 1))
            }
        }
        // Repetition: the folded text at the same edge of many pages.
        var groups: [String: [Int]] = [:]
        for (k, c) in candidates.enumerated() { groups[(c.header ? "h:" : "f:") + c.folded, default: []].append(k) }
        var found = Found()
        var kinds: [LineKey: String] = [:]
        let needed = max(minPages, Int((minShare * Double(pages.count)).rounded(.up)))
        for (_, members) in groups where Set(members.map { candidates[$0].key.page }).count >= needed {
            for m in members { kinds[candidates[m].key] = candidates[m].header ? "running_header" : "running_footer" }
        }
        for c in candidates where kinds[c.key] == nil && (c.inBand || c.outer) {
            let line = lines[c.key.page - 1][c.key.line]
            if isPageNumber(line.text) { kinds[c.key] = "page_number" }
        }
        for key in kinds.keys.sorted(by: { $0.page != $1.page ? $0.page < $1.page : $0.line < $1.line }) {
            guard let kind = kinds[key] else { continue }
            let line = lines[key.page - 1][key.line]
            // A repeated line that is only a number is a page number.
            let k = kind != "page_number" && isPageNumber(line.text) ? "page_number" : kind
            found.removed.insert(key)
            found.items.append(PageFurniture(kind: k, text: line.text, page: key.page, box: line.box))
        }
        return found
    }

    /// The text with every run of digits folded to `#`, so `Page 3` and `Page 4` are one text.
    static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var inDigits = false
        for u in s.unicodeScalars {
            if u.value >= 0x30 && u.value <= 0x39 {
                if !inDigits { out.append("#") }
                inDigits = true
            } else {
                out.append(u)
                inDigits = false
            }
        }
        return String(out)
    }

    /// A page number alone: `7`, `- 7 -`, `Page 7`, `Page 7 of 90`, `7 of 90`, or a small
    /// lowercase roman numeral (`vii`).
    static func isPageNumber(_ s: String) -> Bool {
        var words = s.split(separator: " ").map(String.init)
        if words.count >= 3, words.first == "-" || words.first == "–", words.last == "-" || words.last == "–" {
            words = Array(words.dropFirst().dropLast())
        }
        if let first = words.first, first.lowercased() == "page" { words.removeFirst() }
        func number(_ w: String) -> Bool {
            !w.isEmpty && w.count <= 4 && w.unicodeScalars.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 }
        }
        func roman(_ w: String) -> Bool {
            !w.isEmpty && w.count <= 6 && w.unicodeScalars.allSatisfy { "ivxlc".unicodeScalars.contains($0) }
        }
        switch words.count {
        case 1: return number(words[0]) || roman(words[0])
        case 3: return number(words[0]) && words[1].lowercased() == "of" && number(words[2])
        default: return false
        }
    }
}
