public import FolioModel

/// The outcome of segmenting one text.
public struct Segmentation: Sendable {
    public var blocks: [Block] = []
    public var sections: [Section] = []
    public var metadata = DocumentMetadata()
}

/// Splits a text into blocks, finds its headings and builds the section tree.
///
/// Steps: split lines; find the title, the tables of contents and the table runs; group the
/// remaining lines into paragraphs, list items, footnotes and captions; decide which
/// heading-like lines are headings (context: what follows them, the TOC, the document's other
/// numbered headings); assign levels; build sections; read the metadata.
public enum Segmenter {
    /// A block before ids and sections: a run of lines and what it is.
    struct Proto {
        var kind: BlockKind
        var first: Int
        var last: Int
        var candidate: HeadingCandidate?
        /// For a heading line followed by its units note on the same line: the byte where the
        /// note starts.
        var splitAt: Int?
        var role: HeadingRole?
        /// The rule that gave the proto its `role` (`sections.heading_rule`), set with it.
        var rule: HeadingRule?
        var isPageNumber = false
        var isTitle = false
    }

    public static func segment(_ text: [UInt8]) -> Segmentation {
        // Two phases, so the lines' tables (the line table, the line facts) are gone before
        // the blocks are made: `BlockPlan.init` holds `DocumentLines` and drops it on return;
        // `blocks` reads only the text and the plan.
        BlockPlan(text).segmentation(text)
    }

    /// Lines that are bullet glyph rows (`LineClassifier.isGlyphBulletRow`), and bullets the
    /// extraction read as a digit or letter among them (`2<TAB>Selected as ...` within two
    /// lines of a glyph row), found in two passes (down, then up) so a run of damaged bullets
    /// grows from its glyph neighbours. The damaged-bullet test runs only next to a glyph row.
    static func bulletRows(_ raws: LineTexts) -> [Bool] {
        let n = raws.count
        // Both tests need one tab in the raw line: told on its bytes before any `String` is made.
        var glyph = raws.indices.map { raws.withBytes($0, LineClassifier.mayBeTabRow) && LineClassifier.isGlyphBulletRow(raws[$0]) }
        var damaged = [Bool?](repeating: nil, count: n)
        func isDamaged(_ k: Int) -> Bool {
            if let d = damaged[k] { return d }
            let d = raws.withBytes(k, LineClassifier.mayBeTabRow) && LineClassifier.isDamagedBulletRow(raws[k])
            damaged[k] = d
            return d
        }
        for pass in 0..<2 {
            for k in (pass == 0 ? Array(0..<n) : Array((0..<n).reversed())) where !glyph[k] {
                let near = (max(0, k - 2)...min(n - 1, k + 2)).contains { $0 != k && glyph[$0] }
                if near, isDamaged(k) { glyph[k] = true }
            }
        }
        return glyph
    }

    /// Dense text (`pdftotext` without blank lines between paragraphs): at least
    /// `denseMinLines` lines, fewer than one in `denseBlankShare` blank. In it a heading can
    /// stand inside a run of lines (`DocumentLines.inRunHeading`).
    static func isDense(_ lines: [TextLine]) -> Bool {
        let blankCount = lines.reduce(0) { $0 + ($1.isBlank ? 1 : 0) }
        return lines.count >= denseMinLines && blankCount * denseBlankShare < lines.count
    }

    static let denseMinLines = 40
    static let denseBlankShare = 12

    /// The first line of each page that is not page furniture (a page number, a running
    /// header): where a heading needs no sentence end before it.
    static func pageTops(_ lines: [TextLine], trimmed: LineTexts, pageNum: [Bool], furniture: RepeatedLines) -> Set<Int> {
        var pageTop = Set<Int>()
        var seeking = true
        for k in lines.indices {
            if lines[k].afterPageBreak { seeking = true }
            if seeking, !lines[k].isBlank, !pageNum[k], !furniture.contains(trimmed, k) {
                pageTop.insert(k)
                seeking = false
            }
        }
        return pageTop
    }

    /// Running headers and footers: lines (of at most `maxKeyedLine` bytes) repeated on many
    /// pages, at least `minRepeats` times (`furnitureKey`: page numbers and spacing aside).
    /// They are never headings. Item headings keep their number: `Item 17. Financial
    /// Statements` and `Item 18. Financial Statements` (and their contents lines) are not
    /// one repeated line.
    ///
    /// **An Item's first printing** is a heading in its own right, not furniture: a 10-K that
    /// prints the Item a page belongs to at the top of each of its pages (`ITEM 8. FINANCIAL
    /// STATEMENTS AND SUPPLEMENTARY DATA`) prints it first where the Item starts. The first
    /// printing of each Item number that stands apart from the Items of other numbers is
    /// kept (`itemHeadings`, `ItemLines.headingPrintings`): a list of Items one a line (`Item
    /// 1B. ...` / `Item 1C. Cybersecurity` / `Item 2. ...`) is the contents, not the heading;
    /// a later running header of the same number with other words (`ITEM 8. ... - NOTES TO
    /// CONSOLIDATED FINANCIAL STATEMENTS`) stays furniture.
    struct RepeatedLines {
        static let maxKeyedLine = 160
        static let minRepeats = 4
        let text: Set<String>
        /// Lines (indices) that print a repeated Item line first: headings.
        let itemHeadings: Set<Int>

        init(_ trimmed: [String]) {
            // Sized once: grown key by key it was rehashed a dozen times a document.
            var repeats = [String: Int](minimumCapacity: trimmed.count)
            var keys: [Int: String] = [:]
            for (i, t) in trimmed.enumerated() {
                guard let key = Self.key(t) else { continue }
                keys[i] = key
                repeats[key, default: 0] += 1
            }
            self.init(repeats: repeats, keys: keys, count: trimmed.count, line: { trimmed[$0] },
                      startsWithItem: { ItemLines.startsWithItem(trimmed[$0]) },
                      startsWithPart: { ItemLines.startsWithPart(trimmed[$0].utf8) }, isEmpty: { trimmed[$0].isEmpty })
        }

        /// How a line is keyed: not at all (empty, or longer than `maxKeyedLine`), by a key
        /// made from its bytes (`furnitureKey(bytes:)`, here only hashed), or by a key made as
        /// a `String` (an Item line, other text).
        enum KeyKind {
            case none
            case hashed(UInt64)
            case string
        }

        static func keyKind(_ b: UnsafeBufferPointer<UInt8>) -> KeyKind {
            guard !b.isEmpty, b.count <= maxKeyedLine else { return .none }
            if ItemLines.startsWithItem(b) { return .string }
            return Segmenter.furnitureKeyHash(bytes: b).map(KeyKind.hashed) ?? .string
        }

        /// The lines read in place, no key held per line. A key made from a line's bytes
        /// (ASCII text: nearly every line) is first only hashed (`furnitureKeyHash`), and the
        /// hashes sorted; only the lines whose hash occurs often enough to repeat a key
        /// `minRepeats` times (with what the keys made as `String`s could add to it) have their
        /// keys made and counted, as keys of other text always are. A hash shared by different
        /// keys only makes more lines counted: the keys counted, and so the repeated lines, are
        /// those of `init(_: [String])`. Before, every keyed line's key was a `String` held in an
        /// array and a dictionary sized for every line, at once.
        init(_ trimmed: LineTexts) {
            var hashes: [UInt64] = []
            // Each hashed line with its hash, in line order: the second pass reads them here
            // instead of hashing every line again.
            var hashedLines: [(line: Int, hash: UInt64)] = []
            var repeats: [String: Int] = [:]
            var keys: [Int: String] = [:]
            for k in trimmed.indices {
                switch trimmed.withBytes(k, Self.keyKind) {
                case .none: continue
                case .hashed(let h):
                    hashes.append(h)
                    hashedLines.append((k, h))
                case .string:
                    guard let key = Self.key(trimmed[k]) else { continue }
                    keys[k] = key
                    repeats[key, default: 0] += 1
                }
            }
            // The most a key made as a `String` adds to an equal key made from bytes.
            let spare = repeats.values.max() ?? 0
            hashes.sort()
            var candidates = Set<UInt64>()
            var i = 0
            while i < hashes.count {
                var j = i + 1
                while j < hashes.count, hashes[j] == hashes[i] { j += 1 }
                if j - i + spare >= Self.minRepeats { candidates.insert(hashes[i]) }
                i = j
            }
            if !candidates.isEmpty {
                for (k, h) in hashedLines where candidates.contains(h) {
                    guard let key = trimmed.withBytes(k, { Segmenter.furnitureKey(bytes: $0) }) else { continue }
                    keys[k] = key
                    repeats[key, default: 0] += 1
                }
            }
            self.init(repeats: repeats, keys: keys, count: trimmed.count, line: { trimmed[$0] },
                      startsWithItem: { k in trimmed.withBytes(k) { ItemLines.startsWithItem($0) } },
                      startsWithPart: { k in trimmed.withBytes(k) { ItemLines.startsWithPart($0) } }, isEmpty: trimmed.isEmpty)
        }

        /// The key of a trimmed line (nil: not keyed).
        static func key(_ t: String) -> String? {
            guard !t.isEmpty, t.utf8.count <= Self.maxKeyedLine else { return nil }
            return ItemSections.startsWithItem(t) ? t.lowercased() : Segmenter.furnitureKey(t)
        }

        /// `repeats` counts the keys of every line whose key may be repeated `minRepeats`
        /// times, and `keys` holds those lines' keys; `line(k)` is line k's trimmed text,
        /// `startsWithItem`, `startsWithPart` and `isEmpty` tell of it (on bytes, where the
        /// caller has them) without making it.
        init(repeats: [String: Int], keys: [Int: String], count: Int, line: (Int) -> String,
             startsWithItem: (Int) -> Bool, startsWithPart: (Int) -> Bool, isEmpty: (Int) -> Bool) {
            var furnitureSet = Set<String>()
            for (t, c) in repeats where c >= Self.minRepeats { furnitureSet.insert(t) }
            var furnitureText = Set<String>()
            if !furnitureSet.isEmpty {
                for (i, k) in keys where furnitureSet.contains(k) { furnitureText.insert(line(i)) }
            }
            text = furnitureText
            itemHeadings = furnitureSet.isEmpty ? []
                : Self.firstItemPrintings(count: count, keys: keys.values, repeated: furnitureSet, line: line,
                                          startsWithItem: startsWithItem, startsWithPart: startsWithPart, isEmpty: isEmpty)
        }

        /// Only lines of at most `maxKeyedLine` bytes have keys: longer lines (paragraphs)
        /// are never hashed.
        func contains(_ t: String) -> Bool { !text.isEmpty && t.utf8.count <= Self.maxKeyedLine && text.contains(t) }

        /// `contains(trimmed[k])`, the line made a `String` only when its length can be keyed.
        func contains(_ trimmed: LineTexts, _ k: Int) -> Bool {
            !text.isEmpty && trimmed.byteCount(k) <= Self.maxKeyedLine && text.contains(trimmed[k])
        }

        /// Whether line `k` (its trimmed text `t`) is furniture: a repeated line, unless it is
        /// an Item's first printing.
        func contains(line k: Int, _ t: String) -> Bool { contains(t) && !itemHeadings.contains(k) }

        /// The lines that print an Item first, in each Part (`ItemLines.headingPrintings`).
        /// `line(k)` is line k's trimmed text; `startsWithItem`, `startsWithPart` and `isEmpty`
        /// tell of it (on bytes, where the caller has them) without making it.
        static func firstItemPrintings(count: Int, keys: some Sequence<String>, repeated: Set<String>, line: (Int) -> String,
                                       startsWithItem: (Int) -> Bool, startsWithPart: (Int) -> Bool, isEmpty: (Int) -> Bool) -> Set<Int> {
            guard keys.contains(where: { repeated.contains($0) && ItemLines.startsWithItem($0) }) else { return [] }
            var numbers: [Int: String] = [:]
            var parts: [Int: String] = [:]
            for k in 0..<count {
                if startsWithItem(k) { numbers[k] = ItemLines.number(line(k)) } else if startsWithPart(k) { parts[k] = ItemLines.part(line(k)) }
            }
            return ItemLines.headingPrintings(count: count, number: { numbers[$0] }, printsText: { !isEmpty($0) }, part: { parts[$0] },
                                              wrapsFromAbove: { k in k > 0 && !isEmpty(k - 1) && ItemLines.leavesSentenceOpen(line(k - 1)) })
        }
    }

    /// One document's lines and what segment learns of each before grouping them into blocks
    /// (page numbers, bullet rows, table rows, contents pages, running headers, the title,
    /// page tops): the facts every grouping rule below reads.
    ///
    /// The lines are byte ranges into the text (`LineTexts`): no `String` per line is held, a
    /// line is made one only when a rule needs its characters, and the byte tests each rule
    /// starts with (its first or last byte, its length, a tab, a digit) are made on the text
    /// in place.
    struct DocumentLines {
        let text: [UInt8]
        let lines: [TextLine]
        /// Line `k` trimmed of spaces and tabs (`LineClassifier.trim`), made when read.
        let trimmed: LineTexts
        let pageNum: [Bool]
        let glyph: [Bool]
        let tabular: [Bool]
        let toc: TOCIndex
        let tocStart: [Int: TOCRegion]
        let furniture: RepeatedLines
        let titleRange: ClosedRange<Int>?
        let dense: Bool
        let pageTop: Set<Int>
        /// The lines opening an Item or a Part, in order, with the Item's number or the Part
        /// (`ItemLines.number`, `ItemLines.part`): what `contents_item_apart` reads further
        /// down, made in one pass rather than read again from every Item line.
        let itemParts: [ItemPartLine]

        struct ItemPartLine {
            let line: Int
            let number: String?
            let part: String?
        }

        init(_ text: [UInt8]) {
            let lines = LineSplitter.split(text)
            let trimmed = LineTexts(text: text, lines: lines, trimmed: true)
            let raws = trimmed.trimming(false)
            let pageNum = trimmed.indices.map { k in
                trimmed.firstByte(k).map(LineClassifier.mayStartPageNumber) == true && LineClassifier.isPageNumber(trimmed[k])
            }
            let glyph = Segmenter.bulletRows(raws)
            let tabular = TableLines.mark(lines: lines, raws: raws, trimmed: trimmed, pageNum: pageNum, glyph: glyph)
            let tocRegions = TOCDetector.detect(raws)
            var tocStart: [Int: TOCRegion] = [:]
            for r in tocRegions { tocStart[r.firstLine] = r }
            let furniture = RepeatedLines(trimmed)
            self.text = text
            self.lines = lines
            self.trimmed = trimmed
            self.pageNum = pageNum
            self.glyph = glyph
            self.tabular = tabular
            self.toc = TOCIndex(tocRegions)
            self.tocStart = tocStart
            self.furniture = furniture
            // A title inside a contents page is none.
            self.titleRange = TitleDetector.detect(lines: lines, trimmed: trimmed, tabular: tabular, isFurniture: furniture.contains)
                .flatMap { r in tocRegions.contains(where: { $0.firstLine <= r.upperBound && r.lowerBound <= $0.lastLine }) ? nil : r }
            self.dense = Segmenter.isDense(lines)
            self.pageTop = Segmenter.pageTops(lines, trimmed: trimmed, pageNum: pageNum, furniture: furniture)
            var itemParts: [ItemPartLine] = []
            for k in trimmed.indices {
                if trimmed.withBytes(k, { ItemLines.startsWithItem($0) }) {
                    itemParts.append(ItemPartLine(line: k, number: ItemLines.number(trimmed[k]), part: nil))
                } else if trimmed.withBytes(k, { ItemLines.startsWithPart($0) }), let p = ItemLines.part(trimmed[k]) {
                    itemParts.append(ItemPartLine(line: k, number: nil, part: p))
                }
            }
            self.itemParts = itemParts
        }

        func isFurniture(_ t: String) -> Bool { furniture.contains(t) }

        /// `isFurniture(trimmed[k])`, with the line made a `String` only when a repeated line
        /// of its length can be.
        func isRepeated(_ k: Int) -> Bool { furniture.contains(trimmed, k) }

        /// `LineClassifier.sgmlTableTag(trimmed[k])`, the first byte tested in place.
        func sgmlTag(_ k: Int) -> LineClassifier.SGMLTag? {
            guard let b0 = trimmed.firstByte(k), LineClassifier.mayStartSGMLTableTag(b0) else { return nil }
            return LineClassifier.sgmlTableTag(trimmed[k])
        }

        /// The first (or last) `Character` of `trimmed[k]` when the bytes tell it is one ASCII
        /// byte (it is next to another ASCII byte or alone: only non-ASCII scalars join an
        /// ASCII one into a character); `.some(nil)` for an empty line; nil when only the
        /// characters tell.
        func edgeASCII(_ k: Int, last: Bool) -> UInt8?? {
            trimmed.withBytes(k) { b -> UInt8?? in
                let n = b.count
                guard n > 0 else { return .some(nil) }
                let edge = last ? b[n - 1] : b[0]
                let beside = n == 1 ? 0 : (last ? b[n - 2] : b[1])
                guard edge < 0x80, beside < 0x80 else { return nil }
                return .some(edge)
            }
        }

        /// `Segmenter.endsClause(trimmed[k])`, on the last byte where it decides.
        func endsClause(_ k: Int) -> Bool {
            if let decided = trimmed.withBytes(k, Segmenter.endsClause(bytes:)) { return decided }
            return Segmenter.endsClause(trimmed[k])
        }

        /// Whether line `k` is furniture (`RepeatedLines.contains(line:)`: an Item's first
        /// printing is not).
        func isFurniture(line k: Int) -> Bool { isRepeated(k) && !furniture.itemHeadings.contains(k) }

        // MARK: protos

        /// The document's lines as protos, top to bottom: a contents page, the title, an SGML
        /// `<TABLE>`, a bullet row, a run of table rows, or a group of prose lines
        /// (`group`); blank lines between them are dropped.
        func protos() -> [Proto] {
            let n = lines.count
            var protos: [Proto] = []
            var i = 0
            while i < n {
                if lines[i].isBlank { i += 1; continue }
                if let r = tocStart[i] {
                    protos.append(Proto(kind: .toc, first: r.firstLine, last: r.lastLine))
                    i = r.lastLine + 1
                    continue
                }
                if let tr = titleRange, i == tr.lowerBound {
                    var p = Proto(kind: .heading, first: tr.lowerBound, last: tr.upperBound)
                    p.role = .title
                    p.rule = .title
                    p.isTitle = true
                    protos.append(p)
                    i = tr.upperBound + 1
                    continue
                }
                if sgmlTag(i) == .open {
                    let j = sgmlTableEnd(from: i)
                    protos.append(Proto(kind: .table, first: i, last: j))
                    i = j + 1
                    continue
                }
                if glyph[i] {
                    protos.append(Proto(kind: .listItem, first: i, last: i))
                    i += 1
                    continue
                }
                if tabular[i] {
                    let last = tableRunEnd(from: i)
                    protos.append(Proto(kind: .table, first: i, last: last))
                    i = last + 1
                    continue
                }
                let j = proseGroupEnd(from: i)
                protos += group(i...j)
                i = j + 1
            }
            return protos
        }

        /// The last line of an SGML table opened at `i` (`<TABLE>` ... `</TABLE>`, EDGAR
        /// text): its closing tag, else the document's end, reading at most
        /// `maxSGMLTableLines` lines.
        func sgmlTableEnd(from i: Int) -> Int {
            var j = i
            while j + 1 < lines.count, j - i < Segmenter.maxSGMLTableLines {
                j += 1
                if sgmlTag(j) == .close { break }
            }
            return j
        }

        /// The last line of a run of table rows starting at `i`: it goes on over one blank
        /// line between rows, and over one short label line (`isShortLabel`) between rows;
        /// a contents page or a bullet row ends it.
        func tableRunEnd(from i: Int) -> Int {
            let n = lines.count
            var last = i
            var k = i + 1
            while k < n {
                if tocStart[k] != nil || glyph[k] { break }
                if lines[k].isBlank {
                    if k + 1 < n, tabular[k + 1], tocStart[k + 1] == nil, k == last + 1 { k += 1; continue }
                    break
                }
                if tabular[k] { last = k; k += 1; continue }
                if k == last + 1, k + 1 < n, tabular[k + 1], Segmenter.isShortLabel(trimmed[k]) {
                    last = k + 1
                    k += 2
                    continue
                }
                break
            }
            return last
        }

        /// The last line of a group of consecutive prose lines starting at `i`: a blank line,
        /// a page break, a table row, a bullet row, a contents page, a page number, the title
        /// or an SGML table tag ends it.
        func proseGroupEnd(from i: Int) -> Int {
            var j = i
            while j + 1 < lines.count {
                let k = j + 1
                if lines[k].isBlank || lines[k].afterPageBreak || tabular[k] || glyph[k] || tocStart[k] != nil || pageNum[k] || pageNum[j]
                    || titleRange?.lowerBound == k || sgmlTag(k) != nil { break }
                j = k
            }
            return j
        }

        /// Whether a caption's parentheses are closed over its lines.
        func captionClosed(_ p: Proto) -> Bool {
            (p.first...p.last).reduce(0) { $0 + LineClassifier.parenBalance(trimmed[$1]) } <= 0
        }

        /// A group of prose lines as protos: a wrapped Item heading; a display group or a
        /// single line, line by line (`singleLine`); else lines joined into paragraphs, list
        /// items, footnotes and captions, each started by its marker, with page numbers, running
        /// headers and (dense text) in-run headings standing alone.
        func group(_ g: ClosedRange<Int>) -> [Proto] {
            if let p = wrappedItemHeading(g) { return [p] }
            if g.count == 1 || isDisplayGroup(g) { return g.map(singleLine) }
            var protos: [Proto] = []
            var cur: Proto?
            func flush() {
                if let c = cur { protos.append(c) }
                cur = nil
            }
            // The last line of an Item heading whose title wrapped onto the next line.
            var wrapEnd = g.lowerBound - 1
            for k in g where k > wrapEnd {
                // Made only when a rule below needs the line's characters.
                lazy var t = trimmed[k]
                if pageNum[k] {
                    flush()
                    var p = Proto(kind: .paragraph, first: k, last: k)
                    p.isPageNumber = true
                    protos.append(p)
                    continue
                }
                if dense, isRepeated(k) {
                    flush()
                    protos.append(Proto(kind: .paragraph, first: k, last: k))
                    continue
                }
                if let (cand, last) = inRunItemHeading(k, g) {
                    flush()
                    var p = Proto(kind: .paragraph, first: k, last: last)
                    p.candidate = cand
                    protos.append(p)
                    wrapEnd = last
                    continue
                }
                if dense, let cand = inRunHeading(k, g) {
                    flush()
                    var p = Proto(kind: .paragraph, first: k, last: k)
                    p.candidate = cand
                    protos.append(p)
                    continue
                }
                let prevEnds = k == g.lowerBound || endsClause(k - 1)
                let b0 = trimmed.firstByte(k)
                if trimmed.withBytes(k, LineClassifier.mayBeListMarker), LineClassifier.listMarkerLength(t) != nil {
                    flush(); cur = Proto(kind: .listItem, first: k, last: k)
                } else if let b0, LineClassifier.mayStartFootnoteLabel(b0), LineClassifier.footnoteLabel(t) != nil,
                          prevEnds || cur?.kind == .listItem || cur?.kind == .footnote || !(t.first?.isNumber ?? false) {
                    flush(); cur = Proto(kind: .footnote, first: k, last: k)
                } else if prevEnds, let b0, LineClassifier.mayStartUnitsCaption(b0), LineClassifier.isUnitsCaption(t) {
                    flush(); cur = Proto(kind: .caption, first: k, last: k)
                } else if var c = cur {
                    if c.kind == .caption, captionClosed(c) {
                        flush(); cur = Proto(kind: .paragraph, first: k, last: k)
                    } else {
                        c.last = k
                        cur = c
                    }
                } else {
                    cur = Proto(kind: .paragraph, first: k, last: k)
                }
            }
            flush()
            return protos
        }

        /// One line standing alone: a page number, a heading candidate, a heading followed by
        /// its units note (`Statements of Operations (Amounts in thousands ...)`), a caption,
        /// a list item, a footnote, else a paragraph.
        func singleLine(_ k: Int) -> Proto {
            let t = trimmed[k]
            var p = Proto(kind: .paragraph, first: k, last: k)
            if pageNum[k] { p.isPageNumber = true; return p }
            if !isFurniture(line: k) {
                if let cand = HeadingDetector.candidate(t), !((cand.style == .item || cand.style == .part) && inContents(k)) {
                    p.candidate = cand
                    return p
                }
                if let (head, noteOffset) = Segmenter.headingWithNote(t) {
                    p.candidate = head
                    p.splitAt = lines[k].contentStart + noteOffset
                    return p
                }
            }
            if LineClassifier.isUnitsCaption(t) { p.kind = .caption } else if LineClassifier.listMarkerLength(t) != nil { p.kind = .listItem } else if LineClassifier.footnoteLabel(t) != nil { p.kind = .footnote }
            return p
        }

        /// An Item heading whose title wraps onto a short second (or third) line: `Item 14.
        /// Material Modifications ... and Use of` / `Proceeds`. The first line ends on a word a
        /// title cannot end on, and the lines together are an Item heading.
        func wrappedItemHeading(_ g: ClosedRange<Int>) -> Proto? {
            guard g.count >= 2, g.count <= 3, trimmed.withBytes(g.lowerBound, { ItemLines.startsWithItem($0) }),
                  Segmenter.wrappedTitleEnd(trimmed[g.lowerBound]), !inContentsColumn(g.lowerBound)
            else { return nil }
            for k in g.dropFirst() where LineClassifier.wordCount(trimmed[k], limit: 9) > 8 || isFurniture(trimmed[k]) { return nil }
            let joined = g.map { trimmed[$0] }.joined(separator: " ")
            guard let cand = HeadingDetector.candidate(joined), cand.style == .item else { return nil }
            var p = Proto(kind: .paragraph, first: g.lowerBound, last: g.upperBound)
            p.candidate = cand
            return p
        }

        /// Up to four short display lines (a centred title block): each is its own block.
        func isDisplayGroup(_ g: ClosedRange<Int>) -> Bool {
            guard g.count <= 4 else { return false }
            var hasCandidate = false
            for k in g {
                let t = trimmed[k]
                if LineClassifier.wordCount(t, limit: 11) > 10 { return false }
                if isFurniture(t) { return false }
                if HeadingDetector.candidate(t) != nil { hasCandidate = true; continue }
                if LineClassifier.isUnitsCaption(t) || MetadataExtractor.isCompanyNameLine(t) || LineClassifier.isDateLine(t) { continue }
                return false
            }
            return hasCandidate
        }

        /// `item_in_run`: a Part or Item heading printed on its own line inside a run of lines,
        /// with no blank line between it and the text before or after it (any text, dense or
        /// not):
        ///
        ///     PART I
        ///     Item 1. Business.
        ///     OVERVIEW
        ///     The Company sells tools ...
        ///
        /// The line is a Part or Item heading by itself (`ItemSections.candidate`: `Item`, a
        /// number, then nothing or a title that is not a sentence) and stands where a heading
        /// can: first in its group, at a page top, after page furniture, after a line ending a
        /// clause, under a Part or Item line (`PART II`; the Item's banner printed over its first
        /// page, `ITEM 8. FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA` over `Item 8. Financial
        /// statements and ...`), or under the Part's name printed on a line of its own below
        /// the Part (`PART II` / `Other Information` / `Item 1. Legal Proceedings`:
        /// `isShortTitle`, `partAbove`). A cross-reference wrapped to the start of a line
        /// (`... described in Part I,` / `Item 1A. Risk Factors, and in our other filings`)
        /// follows a line that does not end a clause, and its words are no title.
        ///
        /// An Item title that wraps onto a short next line (the first line ends on a word a
        /// title cannot end on, `wrappedTitleEnd`) takes that line too:
        ///
        ///     ITEM 9. CHANGES IN AND DISAGREEMENTS WITH ACCOUNTANTS ON ACCOUNTING AND
        ///     FINANCIAL DISCLOSURE
        ///     None.
        ///
        /// Returns the candidate and the heading's last line.
        /// Whether the nearest line with text before line `j` is a `PART` heading.
        func partAbove(_ j: Int) -> Bool {
            var i = j - 1
            while i >= 0, trimmed[i].isEmpty { i -= 1 }
            guard i >= 0, let c = HeadingDetector.candidate(trimmed[i]) else { return false }
            return c.style == .part
        }

        func inRunItemHeading(_ k: Int, _ g: ClosedRange<Int>) -> (HeadingCandidate, Int)? {
            guard g.count > 1, let b = trimmed.firstByte(k), b | 0x20 == 0x69 || b | 0x20 == 0x70, !isFurniture(line: k) else { return nil }
            let t = trimmed[k]
            guard let c = HeadingDetector.candidate(t), c.style == .item || c.style == .part else { return nil }
            var standsAlone = k == g.lowerBound || pageTop.contains(k)
            if !standsAlone {
                let prev = trimmed[k - 1]
                standsAlone = isFurniture(prev) || Segmenter.endsClause(prev) || Segmenter.isHeadingOver(prev, c)
                    || Segmenter.isShortTitle(prev) && partAbove(k - 1)
            }
            guard standsAlone, !inContents(k) else { return nil }
            if c.style == .item, k < g.upperBound, Segmenter.wrappedTitleEnd(t), !isFurniture(trimmed[k + 1]),
               LineClassifier.wordCount(trimmed[k + 1], limit: 9) <= 8,
               let joined = HeadingDetector.candidate(t + " " + trimmed[k + 1]), joined.style == .item {
                return (joined, k + 1)
            }
            return (c, k)
        }

        /// `contents_column`: a contents page printed as a column of Item lines (reading-order
        /// text puts its titles and page numbers in runs of their own; a cross-reference index
        /// lists the Items one a line), never body headings:
        ///
        ///     PART I
        ///     Item 1.
        ///     Item 1A.
        ///     Item 1B. Unresolved Staff Comments
        ///
        /// A Part or Item line in a run of three or more consecutive Part or Item lines. A body
        /// heading has text under it, or at most its Part above it (`PART II` / `Item 5.` /
        /// `Market for ...`).
        ///
        /// `contents_rows`: a contents page printed one cell a line, rows apart (the
        /// reading-order text of a contents table: an Item, its title, its page number, blank
        /// lines between):
        ///
        ///     Item 1A.
        ///
        ///     Risk Factors
        ///
        ///     6
        ///
        ///     Item 1B.
        ///
        ///     Unresolved Staff Comments
        ///
        ///     16
        ///
        /// A Part or Item line in a chain of Part or Item lines on one page, each reaching the
        /// next across contents cells only (`contentsGap`), with no body text after the line
        /// before the next Part or Item line or the page's end: three lines or more with page
        /// numbers in two gaps or more, or four bare lines or more (`Item 1.`, `PART I`: the title
        /// is a cell of its own) with at most three cells in each gap (page numbers may have
        /// been taken out as furniture before segmenting), or four bare lines each reached
        /// from the next across at most three cells, a longer gap ending the chain (an entry
        /// with its statements listed under it, the rows after it one title each) and a Part
        /// line with its name passed over. A body heading with `None` under it
        /// carries its title on its line. A body heading has paragraphs under it; body Items with only
        /// `None` between them have no page numbers between them.
        func inContentsColumn(_ k: Int) -> Bool {
            var run = 1
            var i = k - 1
            while run < 3, isPartOrItemLine(i) { run += 1; i -= 1 }
            i = k + 1
            while run < 3, isPartOrItemLine(i) { run += 1; i += 1 }
            if run >= 3 { return true }
            // `contents_rows`
            let after = contentsGap(from: k, step: 1)
            if case .body = after { return false }
            func bare(_ i: Int) -> Bool { LineClassifier.wordCount(trimmed[i], limit: 3) <= 2 }
            // `near`: the lines reached across gaps of at most three cells only.
            var members = 1, numbered = 0, near = 1, nearBare = bare(k)
            for (step, first) in [(1, after), (-1, contentsGap(from: k, step: -1))] {
                var gap = first
                var links = 0
                var short = true
                while links < 4, case let .item(j, hasNumber, cells) = gap {
                    members += 1
                    if hasNumber { numbered += 1 }
                    short = short && cells <= 3
                    // A Part line with its name (`Part I. Financial Information`) heads the
                    // rows; it is passed over. A bare one (`PART II`) is a row.
                    if short, bare(j) {
                        near += 1
                    } else if short, !trimmed.withBytes(j, { ItemLines.startsWithPart($0) }) {
                        near += 1
                        nearBare = false
                    }
                    links += 1
                    gap = contentsGap(from: j, step: step)
                }
            }
            return (members >= 3 && numbered >= 2) || (near >= 4 && nearBare)
        }

        /// An Item or Part line that is a line of a contents list: `contents_column`,
        /// `contents_rows` (`inContentsColumn`) or `contents_item_apart` (`contentsItemApart`).
        func inContents(_ k: Int) -> Bool { inContentsColumn(k) || contentsItemApart(k) || contentsPartApart(k) }

        /// `contents_item_apart` for a Part line: a Part line next to a contents list (a line
        /// of a contents column or contents rows, or a bare Item line printed again further
        /// down, reached across contents cells only), whose Part is printed again further
        /// down, is a line of that list printed apart from it, not the Part's heading:
        ///
        ///     Item 6.
        ///
        ///     Exhibits
        ///
        ///     Part II. Other Information     Part II's row, printed after the list
        ///     ...
        ///     PART II. OTHER INFORMATION     the Part's heading
        ///
        /// Else the Items after it (Part I's, whose body prints no Part line) would be read
        /// as Part II's.
        func contentsPartApart(_ k: Int) -> Bool {
            guard trimmed.withBytes(k, { ItemLines.startsWithPart($0) }), let p = ItemLines.part(trimmed[k]) else { return false }
            guard itemParts.contains(where: { $0.line > k && $0.part == p }) else { return false }
            return [-1, 1].contains { step in
                contentsCellsTo(from: k, step: step).map { j in inContentsColumn(j) || bareItemPrintedAgain(j) } == true
            }
        }

        /// `contents_item_apart`: a bare Item line (`Item 5.`, its title not on its line)
        /// next to a contents list, whose Item its Part prints again further down, is a line
        /// of that list the converter printed apart from it. Reading-order text prints a
        /// contents table's cells in the page's drawing order, which may put a row after the
        /// list, or a first row before a run of entries the contents rules do not take (an
        /// Item with its statements listed under it):
        ///
        ///     PART IV
        ///     Item 15.
        ///     Item 16.
        ///
        ///     Exhibits, Financial Statement Schedules
        ///     Form 10-K Summary
        ///
        ///     PART II                 the first row of Part II's list, printed last
        ///     Item 5.
        ///
        ///     Signatures
        ///     ...
        ///     PART II                 further down
        ///     ITEM 5. MARKET FOR REGISTRANT'S COMMON EQUITY ...
        ///
        /// Next to a contents list: an Item line of a contents column or contents rows
        /// (`inContentsColumn`), or another bare Item line printed again further down in its
        /// Part (the next row of a list whose entries have their statements listed under
        /// them, `Item 1.` / `Financial Statements` / `Condensed Statements of Income` / ... /
        /// `Item 2.`), is reached from the line, up or down, across Part lines and contents
        /// cells only (`contentsCellsTo`). The Part is that of the latest Part line
        /// above (`ItemLines.part`); an Item under none matches its number in any Part. A bare
        /// body heading right under the contents (a short filing's `PART I` / `Item 1.`) is
        /// printed nowhere after it in its Part, and stays a heading.
        func contentsItemApart(_ k: Int) -> Bool {
            guard bareItemPrintedAgain(k) else { return false }
            return [-1, 1].contains { step in
                contentsCellsTo(from: k, step: step).map { j in inContentsColumn(j) || bareItemPrintedAgain(j) } == true
            }
        }

        /// Whether line `k` is a bare Item line (`Item 5.`, at most two words) whose Item is
        /// printed again further down in its Part (`contents_item_apart`).
        func bareItemPrintedAgain(_ k: Int) -> Bool {
            guard trimmed.withBytes(k, { ItemLines.startsWithItem($0) }), LineClassifier.wordCount(trimmed[k], limit: 3) <= 2,
                  let at = itemParts.firstIndex(where: { $0.line == k }), let n = itemParts[at].number else { return false }
            let part = itemParts[..<at].last(where: { $0.part != nil })?.part
            var current = part
            for m in itemParts[(at + 1)...] {
                if let p = m.part { current = p; continue }
                if m.number == n, part == nil || current == part { return true }
            }
            return false
        }

        /// The nearest Item line up (`step` -1) or down (1) from line `k` reached across blank
        /// lines, Part lines and contents cells only (page numbers, lines of a contents list:
        /// `isContentsLine`, or short lines ending no sentence), at most 60 cells; nil when
        /// body text or the text's end comes first.
        func contentsCellsTo(from k: Int, step: Int) -> Int? {
            var i = k + step
            var cells = 0
            while i >= 0, i < lines.count, cells <= 60 {
                defer { i += step }
                if lines[i].isBlank || isPartOrItemLine(i) && trimmed.withBytes(i, { ItemLines.startsWithPart($0) }) { continue }
                if isPartOrItemLine(i) { return i }
                let t = trimmed[i]
                guard pageNum[i] || Segmenter.isContentsLine(t)
                        || LineClassifier.wordCount(t, limit: 17) <= 16 && t.last.map({ ".!?;".contains($0) }) == false else { return nil }
                cells += 1
            }
            return nil
        }

        /// A line that is a Part or Item heading by itself.
        func isPartOrItemLine(_ i: Int) -> Bool {
            guard i >= 0, i < trimmed.count, let b = trimmed.firstByte(i), b | 0x20 == 0x69 || b | 0x20 == 0x70,
                  let c = HeadingDetector.candidate(trimmed[i]) else { return false }
            return c.style == .item || c.style == .part
        }

        /// What lies between a line and the nearest Part or Item line after it (`step` 1) or
        /// before it (`step` -1), read for `contents_rows`.
        enum ContentsGap {
            /// The Part or Item line at this index, reached across blank lines, page numbers
            /// (`hasNumber` when one was among them) and short lines that end no sentence.
            case item(Int, hasNumber: Bool, cells: Int)
            /// The page (or text) ends first, after contents cells only.
            case end
            /// A line of body text (a sentence's end, a long line, or more than 60 cells) first.
            case body
        }

        func contentsGap(from k: Int, step: Int) -> ContentsGap {
            var i = k + step
            var hasNumber = false
            var cells = 0
            while i >= 0, i < lines.count {
                if lines[step > 0 ? i : i + 1].afterPageBreak { return .end }
                if isPartOrItemLine(i) { return .item(i, hasNumber: hasNumber, cells: cells) }
                if !lines[i].isBlank {
                    let t = trimmed[i]
                    if pageNum[i] {
                        hasNumber = true
                    } else if LineClassifier.wordCount(t, limit: 17) > 16 || t.last.map({ ".!?;".contains($0) }) == true {
                        return .body
                    }
                    cells += 1
                    if cells > 60 { return .body }
                }
                i += step
            }
            return .end
        }

        /// In dense (pdftotext) text: a short heading line inside a run of lines, between the end
        /// of one sentence and the start of a paragraph.
        ///
        /// The tests on the lines around `k` (a sentence end or a boundary before it, a capital
        /// after it) are pure, like those on the line itself, and are made first: most lines of a
        /// run fail them, and then the line's words, its TOC lookup and its heading candidate are
        /// never computed.
        func inRunHeading(_ k: Int, _ g: ClosedRange<Int>) -> HeadingCandidate? {
            guard k < g.upperBound, trimmed.withBytes(k, { LineClassifier.wordCount(bytes: $0, limit: 11) }) <= 10, !isRepeated(k) else { return nil }
            // The next line starts with a capital or an opening quote.
            switch edgeASCII(k + 1, last: false) {
            case .some(nil): return nil
            case .some(let f?): guard (f >= 0x41 && f <= 0x5A) || f == UInt8(ascii: "\"") else { return nil }
            case nil:
                guard let f = trimmed[k + 1].first, f.isUppercase || f == "\"" || f == "“" else { return nil }
            }
            // Without a boundary or a sentence end before it, only a line the TOC lists (two
            // words or more) may stand here.
            let boundary = k == g.lowerBound || pageTop.contains(k) || isRepeated(k - 1)
            let sentenceEndBefore: Bool
            if boundary {
                sentenceEndBefore = true
            } else {
                switch edgeASCII(k - 1, last: true) {
                case .some(nil): sentenceEndBefore = false
                case .some(let l?): sentenceEndBefore = Segmenter.isSentenceEndBeforeHeading(l)
                case nil: sentenceEndBefore = trimmed[k - 1].last.map { ".!?:\"”)".contains($0) } == true
                }
            }
            lazy var t = trimmed[k]
            let inTOC = !toc.isEmpty && toc.level(of: t) != nil
            if !sentenceEndBefore, !inTOC { return nil }
            func nextWords(_ limit: Int) -> Int { trimmed.withBytes(k + 1) { LineClassifier.wordCount(bytes: $0, limit: limit) } }
            // (`listed` needs `inTOC`: the last test below, made early.)
            if !(inTOC || pageTop.contains(k)), nextWords(6) < 6 { return nil }
            let ws = LineClassifier.words(t)
            let listed = inTOC && Segmenter.plausibleListedText(t)
            var cand = HeadingDetector.candidate(t)
            if cand == nil, listed || (ws.count <= 6 && Segmenter.plausibleSentenceCaseHeading(t)) {
                cand = HeadingCandidate(style: .titleCase, title: t, number: nil)
            }
            guard let c = cand else { return nil }
            if case .numbered = c.style {} else if !listed, ws.count < 2, !pageTop.contains(k) { return nil }
            // A line the TOC lists (two words or more) needs no sentence end before it.
            if !sentenceEndBefore, !(listed && ws.count >= 2) { return nil }
            if !(listed || pageTop.contains(k)), nextWords(6) < 6 { return nil }
            return c
        }

        /// Protos that go on after a blank line, joined to the one before: a paragraph broken by
        /// a blank line (the next part starts in lowercase after a line that did not end a
        /// sentence: `continuesAfterBlank`), and a units note whose parenthesis closes on a
        /// later line (up to three lines).
        func joiningContinuations(_ protos: [Proto]) -> [Proto] {
            var merged: [Proto] = []
            for p in protos {
                if p.kind == .paragraph, p.candidate == nil, !p.isPageNumber, let prev = merged.last,
                   prev.kind == .paragraph || prev.kind == .footnote || prev.kind == .listItem,
                   prev.candidate == nil, !prev.isPageNumber, prev.role == nil,
                   p.first == prev.last + 2, lines[p.first - 1].isBlank, !lines[p.first].afterPageBreak,
                   trimmed.withBytes(p.first, Segmenter.mayStartLowercase),
                   Segmenter.continuesAfterBlank(trimmed[prev.last], trimmed[p.first]) {
                    merged[merged.count - 1].last = p.last
                    continue
                }
                if p.kind == .paragraph, p.candidate == nil, !p.isPageNumber, let prev = merged.last, prev.kind == .caption,
                   !captionClosed(prev), p.last - p.first <= 2 {
                    merged[merged.count - 1].last = p.last
                    continue
                }
                merged.append(p)
            }
            return merged
        }

        // MARK: blocks and sections

        /// A proto's bytes: a table keeps its whole lines (leading tabs and spaces are column
        /// positions, trailing tabs empty cells; trailing spaces dropped); any other block its
        /// lines' content.
        func span(_ p: Proto) -> Span {
            switch p.kind {
            case .table:
                var e = lines[p.last].end
                while e > lines[p.last].contentEnd, text[e - 1] == 0x20 { e -= 1 }
                return Span(start: lines[p.first].start, end: max(e, lines[p.last].contentEnd))
            default:
                return Span(start: lines[p.first].contentStart, end: lines[p.last].contentEnd)
            }
        }
    }

    /// An SGML table reads at most this many lines past its opening tag.
    static let maxSGMLTableLines = 5000

    /// The sections of the heading blocks at their assigned levels. A section ends with the
    /// last block before the next heading of the same or a higher level; each records the
    /// rule that made its heading (`rules`, one a heading).
    static func sections(_ levels: [LevelAssigner.Result], blocks: [Block], headingBlockIndex: [Int], rules: [HeadingRule?] = []) -> [Section] {
        var sections: [Section] = []
        for (h, r) in levels.enumerated() {
            let b = blocks[headingBlockIndex[h]]
            sections.append(Section(id: h + 1, parentId: r.parent.map { $0 + 1 }, level: r.level,
                                    heading: normalizeSpaces(b.text), span: b.span, headingRule: h < rules.count ? rules[h] : nil))
        }
        for h in sections.indices {
            var endBlock = blocks.count - 1
            for h2 in (h + 1)..<max(h + 1, sections.count) where sections[h2].level <= sections[h].level {
                endBlock = headingBlockIndex[h2] - 1
                break
            }
            let end = max(sections[h].span.end, blocks[max(endBlock, headingBlockIndex[h])].span.end)
            sections[h].span = Span(start: sections[h].span.start, end: end)
        }
        return sections
    }

    /// Each block's innermost section: the last heading at or before it.
    static func assignSections(_ blocks: inout [Block], headingBlockIndex: [Int]) {
        var current: Int?
        var hi = 0
        for bi in blocks.indices {
            if hi < headingBlockIndex.count, headingBlockIndex[hi] == bi {
                current = hi + 1
                hi += 1
            }
            blocks[bi].sectionId = current
        }
    }

    // MARK: heading decisions

    static func confirmHeadings(_ protos: inout [Proto], trimmed: LineTexts, toc: TOCIndex, isFurniture: (String) -> Bool) {
        // Numbered chapters: accepted when the TOC lists them, or when the document has three or
        // more, mostly in increasing order.
        var values: [Int] = []
        for p in protos {
            if case let .numbered(depth, value)? = p.candidate?.style, depth == 1, let v = value { values.append(v) }
        }
        var up = 0
        for (a, b) in zip(values, values.dropFirst()) where b > a { up += 1 }
        let numberedStyle = values.count >= 3 && up * 10 >= (values.count - 1) * 6
        let hasChapterNumbers = numberedStyle || toc.hasChapters

        // The first body paragraph ends the front matter.
        let firstBody = protos.firstIndex { p in
            guard p.kind == .paragraph, p.candidate == nil, !p.isPageNumber else { return false }
            let t = trimmed[p.first]
            let sentence = t.hasSuffix(".") || ByteScan.withBytes(t, { ByteScan.contains($0, ". ") }) || p.last > p.first
            return sentence && LineClassifier.wordCount(t, limit: 20) + (p.last - p.first) * 8 >= 20
        } ?? protos.count

        let contentsItems = itemsRepeatedBelow(protos, trimmed)
        var lastChapterValue: Int?
        for idx in protos.indices {
            var p = protos[idx]
            guard p.role == nil, p.kind == .paragraph, !p.isPageNumber else { continue }
            // Made when a test below reads it: most paragraphs have no candidate and are not
            // looked up in the contents.
            lazy var t = trimmed[p.first]
            if var cand = p.candidate {
                if case let .numbered(depth, value) = cand.style {
                    let listed = toc.isChapter(cand.title)
                    // Chapters come in order: a number lower than the last chapter's is a figure.
                    let inOrder = depth > 1 || lastChapterValue.map { last in (value ?? 0) > last } ?? true
                    let ok = listed || (value != nil && inOrder && (numberedStyle || (depth > 1 && hasChapterNumbers)))
                    if ok {
                        if depth == 1 { lastChapterValue = listed ? (toc.chapterNumber(cand.title) ?? value ?? lastChapterValue) : value }
                        p.role = .chapter(depth: listed ? 1 : depth)
                        p.rule = listed ? .listedChapter : .numberedChapter
                        protos[idx] = p
                        continue
                    }
                    // Not a chapter: judge the whole line as an ordinary heading.
                    guard HeadingDetector.isHeadingText(t, maxWords: HeadingDetector.maxWords) || startsWithCount(t) else {
                        p.candidate = nil
                        protos[idx] = reclassified(p, trimmed)
                        continue
                    }
                    cand = HeadingCandidate(style: HeadingDetector.isAllCaps(t) ? .allCaps : .titleCase, title: t, number: nil)
                    p.candidate = cand
                }
                switch cand.style {
                case .part: p.role = .part; p.rule = .part
                case .item where contentsItems.contains(idx):
                    p.candidate = nil
                    p = reclassified(p, trimmed)
                case .item: p.role = .item; p.rule = .item
                default:
                    let wc = LineClassifier.wordCount(cand.title)
                    // A company name alone on a line is a letterhead or a signature, not a heading.
                    var ok = !isFurniture(t) && !TitleDetector.isCoverLine(t) && !MetadataExtractor.isCompanyNameLine(t)
                        && followedByContent(protos, idx, trimmed)
                    if idx < firstBody, wc > 8 { ok = false }
                    if ok {
                        // What the TOC lists takes the TOC's level, labelled or not.
                        if let l = toc.level(of: cand.title), !(l == 1 && toc.hasChapters) {
                            p.role = .listed(level: l)
                            p.rule = .listed
                        } else if case .label = cand.style {
                            p.role = .label
                            p.rule = .label
                        } else {
                            p.role = .plain
                            p.rule = cand.style == .allCaps ? .allCaps : .titleCase
                        }
                    } else {
                        p.candidate = nil
                        p = reclassified(p, trimmed)
                    }
                }
                protos[idx] = p
                continue
            }
            // Lines the TOC lists, even when not in title case ("The honors received ...").
            if p.first == p.last, !toc.isEmpty, plausibleListedText(t), !isFurniture(t), let l = toc.level(of: t),
               !(l == 1 && toc.hasChapters), followedByContent(protos, idx, trimmed) {
                p.role = .listed(level: l)
                p.rule = .listedLine
                p.candidate = HeadingCandidate(style: .titleCase, title: t, number: nil)
                protos[idx] = p
            }
        }
    }

    /// "30 Day+ Delinquency Rate ...": a heading that starts with a count.
    static func startsWithCount(_ t: String) -> Bool {
        let ws = LineClassifier.words(t)
        // Strict title case after the count: `5 U million+ ...` is a figure's label.
        for w in ws.dropFirst() {
            if let c = w.first, c.isLowercase, !HeadingDetector.smallWords.contains(w.lowercased()) { return false }
        }
        guard ws.count >= 3, ws.count <= HeadingDetector.maxWords, !LineClassifier.endsWithSentencePunctuation(t) else { return false }
        let rest = ws.dropFirst().joined(separator: " ")
        return HeadingDetector.isHeadingText(rest, maxWords: HeadingDetector.maxWords) && !HeadingDetector.isAllCaps(t) == !HeadingDetector.isAllCaps(rest)
    }

    /// `Selecting the topics`: a short sentence-case line (dense PDF text only).
    static func plausibleSentenceCaseHeading(_ t: String) -> Bool {
        guard plausibleListedText(t), HeadingDetector.isHeadingText(t, maxWords: 6) || sentenceCase(t) else { return false }
        return true
    }

    static func sentenceCase(_ t: String) -> Bool {
        let ws = LineClassifier.words(t)
        guard ws.count >= 1, ws.count <= 6, HeadingDetector.hasHeadingShape(t, ws) else { return false }
        guard ws.contains(where: { $0.filter(\.isLetter).count >= 4 }) else { return false }
        if ws.contains(where: { $0.first?.isNumber == true }) { return false }
        return !t.utf8.contains(UInt8(ascii: ",")) && !t.utf8.contains(UInt8(ascii: "("))
    }

    static func plausibleListedText(_ t: String) -> Bool {
        let wc = LineClassifier.wordCount(t, limit: 17)
        guard wc >= 1, wc <= 16, let f = t.first, f.isUppercase else { return false }
        return !LineClassifier.endsWithSentencePunctuation(t) && !LineClassifier.hasURLOrEmail(t)
    }

    /// A rejected heading candidate becomes what its line otherwise is.
    static func reclassified(_ p: Proto, _ trimmed: LineTexts) -> Proto {
        var q = p
        q.splitAt = nil
        let t = trimmed[p.first]
        if p.first == p.last {
            if LineClassifier.isUnitsCaption(t) { q.kind = .caption } else if LineClassifier.listMarkerLength(t) != nil { q.kind = .listItem } else if LineClassifier.footnoteLabel(t) != nil { q.kind = .footnote }
        }
        return q
    }

    static func nextSignificant(_ protos: [Proto], after i: Int) -> Int? {
        var j = i + 1
        while j < protos.count {
            if !protos[j].isPageNumber { return j }
            j += 1
        }
        return nil
    }

    /// What follows a heading must be content (prose, a list, a table, a caption) or another
    /// heading; a date or a name line after it means it is part of a signature or address.
    static func followedByContent(_ protos: [Proto], _ i: Int, _ trimmed: LineTexts) -> Bool {
        if protos[i].splitAt != nil { return true }
        guard let j = nextSignificant(protos, after: i) else { return false }
        let q = protos[j]
        switch q.kind {
        case .table, .listItem, .caption, .footnote, .toc: return true
        case .heading: return !q.isTitle
        case .paragraph:
            if q.role != nil || q.candidate != nil { return true }
            let t = trimmed[q.first]
            if q.last > q.first { return true }
            return LineClassifier.wordCount(t, limit: 5) >= 5 && !LineClassifier.isDateLine(t)
        }
    }

    // MARK: small helpers

    /// Whether a line (its bytes) can start with a lowercase `Character`: an ASCII lowercase
    /// letter, or anything with a non-ASCII byte among its first two (then only the
    /// characters tell: `1` with a lowercase combining mark is lowercase).
    static func mayStartLowercase(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let b0 = b.first else { return false }
        return (b0 >= 0x61 && b0 <= 0x7A) || b0 >= 0x80 || (b.count > 1 && b[1] >= 0x80)
    }

    /// `... at the end of each period,` / `including loan balance for ...`: one paragraph.
    static func continuesAfterBlank(_ before: String, _ after: String) -> Bool {
        guard let last = before.last, let first = after.first, first.isLowercase else { return false }
        // A web address alone on a line is not a broken sentence.
        if !ByteScan.withBytes(before, { ByteScan.containsByte($0, 0x20) }) || LineClassifier.hasURLOrEmail(after) && !ByteScan.withBytes(after, { ByteScan.containsByte($0, 0x20) }) { return false }
        if ".!?:;)\"”".contains(last) { return false }
        return last.isLetter || last.isNumber || last == "," || last == "-"
    }

    static func isShortLabel(_ t: String) -> Bool {
        let wc = LineClassifier.wordCount(t, limit: 9)
        return wc >= 1 && wc <= 8 && !t.hasSuffix(".") && !LineClassifier.isUnitsCaption(t)
    }

    /// Whether a heading line stops on a word a title cannot end on (`... and`, `of`, a
    /// comma): its title goes on on the next line. Capitals (`ACCOUNTING AND`) count too.
    static func wrappedTitleEnd(_ t: String) -> Bool {
        guard let lastWord = LineClassifier.words(t).last else { return false }
        return ["of", "and", "the", "to", "for", "in", "on", "with", "or", "&"].contains(lastWord.lowercased()) || lastWord.hasSuffix(",")
    }

    /// The ASCII characters of the sentence end `inRunHeading` wants before a heading
    /// (`.!?:")`, and `”`, which is not ASCII).
    static func isSentenceEndBeforeHeading(_ l: UInt8) -> Bool {
        switch l {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "\""), UInt8(ascii: ")"): return true
        default: return false
        }
    }

    /// Whether line `t` is a heading the heading `c` may stand under in a run of lines: a
    /// Part line (`PART II`), or the same Item's banner (`ITEM 8. FINANCIAL STATEMENTS AND ...`
    /// over `Item 8. Financial statements and ...`). Another Item's line above is a list of
    /// Items (a Part's contents), not a heading over this one.
    static func isHeadingOver(_ t: String, _ c: HeadingCandidate) -> Bool {
        guard let b = t.utf8.first, b | 0x20 == 0x70 || b | 0x20 == 0x69, let above = HeadingDetector.candidate(t) else { return false }
        return above.style == .part || above.style == .item && c.style == .item && above.number == c.number
    }

    /// A short line in title case or capitals with no punctuation at its end (`Other
    /// Information`): at most six words. A cross-reference's wrapped start (`... described
    /// in Part I,`, `as discussed in`) is none.
    static func isShortTitle(_ t: String) -> Bool {
        guard let l = t.last, l.isLetter || l.isNumber, LineClassifier.wordCount(t, limit: 7) <= 6 else { return false }
        return HeadingDetector.isTitleCase(LineClassifier.words(t))
    }

    static func endsClause(_ t: String) -> Bool {
        guard let l = t.last else { return true }
        return ".!?:;\"”)".contains(l)
    }

    /// `endsClause` told from the line's bytes: an empty line, or a last byte that is ASCII
    /// after an ASCII byte (then it is a `Character` of its own: only non-ASCII scalars join
    /// one). Nil otherwise (`”`, or a character the last byte may belong to).
    static func endsClause(bytes b: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let l = b.last else { return true }
        guard l < 0x80, b.count == 1 || b[b.count - 2] < 0x80 else { return nil }
        switch l {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "\""), UInt8(ascii: ")"):
            return true
        default: return false
        }
    }

    static func furnitureKey(_ t: String) -> String {
        if let ascii = ByteScan.withBytes(t, furnitureKey(bytes:)) { return ascii }
        var out = ""
        for ch in t.lowercased() where !ch.isNumber && ch != " " && ch != "\t" { out.append(ch) }
        return out
    }

    /// `furnitureKey` made from the line's bytes: ASCII text (lowercase ASCII, drop digits,
    /// spaces and tabs), also with the general punctuation U+2010-U+2027 (dashes, quotes,
    /// bullets, ellipsis: E2 80 90-A7), which has no case, is no number and is a character of
    /// its own. Nil for other text, which goes by characters (`furnitureKey(_:)`), where
    /// lowercasing and `isNumber` reach beyond ASCII.
    static func furnitureKey(bytes b: UnsafeBufferPointer<UInt8>) -> String? {
        guard isASCIIOrPunctuation(b) else { return nil }
        return String(unsafeUninitializedCapacity: b.count) { out in
            var n = 0
            for x in b where !(x >= 0x30 && x <= 0x39) && x != 0x20 && x != 0x09 {
                out[n] = ByteScan.lower(x)
                n += 1
            }
            return n
        }
    }

    /// A 64-bit FNV-1a hash of the key `furnitureKey(bytes:)` makes of the bytes, made without
    /// the key; nil where that gives none. Equal keys have equal hashes (`RepeatedLines`).
    static func furnitureKeyHash(bytes b: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard isASCIIOrPunctuation(b) else { return nil }
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for x in b where !(x >= 0x30 && x <= 0x39) && x != 0x20 && x != 0x09 {
            h = (h ^ UInt64(ByteScan.lower(x))) &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// Whether every non-ASCII byte of `b` is part of a U+2010-U+2027 punctuation mark.
    static func isASCIIOrPunctuation(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let x = b[i]
            if x < 0x80 { i += 1; continue }
            if x == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] >= 0x90, b[i + 2] <= 0xA7 { i += 3; continue }
            return false
        }
        return true
    }

    public static func normalizeSpaces(_ s: String) -> String {
        LineClassifier.words(s).joined(separator: " ")
    }

    /// `Statements of Operations (Amounts in thousands ...)`: the heading before the note, and
    /// the note's offset (bytes) in the line.
    static func headingWithNote(_ t: String) -> (HeadingCandidate, Int)? {
        // The first `(` found on bytes (lines can be long paragraphs); when a non-ASCII byte
        // follows it (a combining mark would make it another character), by characters.
        guard let openOffset = ByteScan.withBytes(t, { $0.firstIndex(of: UInt8(ascii: "(")) }) else { return nil }
        let openByte = t.utf8.index(t.utf8.startIndex, offsetBy: openOffset)
        let next = t.utf8.index(after: openByte)
        let open: String.Index
        if next < t.utf8.endIndex, t.utf8[next] >= 0x80 {
            guard let o = t.firstIndex(of: "(") else { return nil }
            open = o
        } else {
            open = openByte
        }
        // The note first: most lines with a parenthesis hold none, and the test is cheap.
        let note = String(t[open...])
        guard LineClassifier.isUnitsCaption(note) else { return nil }
        let before = LineClassifier.trim(String(t[..<open]))
        guard !before.isEmpty, let cand = HeadingDetector.candidate(before) else { return nil }
        return (cand, t[..<open].utf8.count)
    }
}
