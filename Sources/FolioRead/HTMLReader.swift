public import FolioModel
import FolioXML

/// Renders an HTML (or inline XBRL) filing into the same text the rest of the pipeline reads
/// for PDF text: paragraphs separated by blank lines, table rows as tab-separated lines on a
/// resolved column grid, page breaks as form feeds. Every piece of text maps back to the
/// bytes of the HTML it came from. Inline XBRL facts are collected as `ixbrl` facts.
public enum HTMLReader {
    public struct Rendered: Sendable {
        public var text: [UInt8]
        public var map: OffsetMap
        public var title: String?
        public var facts: [Fact]
        public var tables: Int
        /// For each fact (by index in `facts`) printed inside an HTML table row: that row's
        /// label as the HTML shows it (the first cell with a letter). The reconciliation
        /// report checks the table stage's row label against it.
        public var factRowLabels: [Int: String] = [:]
        /// Facts printed inside a row's label cell (`$0.001 par value; 8,000 shares
        /// authorized`): prose in a label, not a table value.
        public var factsInRowLabels: Set<Int> = []
        /// Texts whose source bytes the exact match did not find (markup the parser rewrote):
        /// their spans were searched for by their first word and may be off.
        public var approximateTexts = 0
        /// The filing's inline-XBRL `dei:` facts, first of each name, in document order.
        public var dei: [DEIFact] = []
    }

    /// A `dei:` fact: its local name (`EntityRegistrantName`), its text as displayed, and the
    /// period of its context.
    public struct DEIFact: Sendable, Hashable {
        public var name: String
        public var text: String
        public var period: FactPeriod?
    }

    /// `xhtml`: inline XBRL is well-formed XHTML; the XML parser keeps its namespace
    /// prefixes (`ix:nonFraction`), which the HTML parser drops. HTML is the fallback.
    /// `maxDepth`: markup nested deeper than this fails the document (`read.too_deep`).
    public static func render(_ source: [UInt8], xhtml: Bool = false, maxDepth: Int = .max) throws(DocumentFailure) -> Rendered {
        var tree: MarkupTree
        do {
            if xhtml, let t = try? MarkupParser.parseXML(source), t.root != nil, t.nodes.count > 8 {
                tree = t
            } else {
                tree = try MarkupParser.parseHTML(source)
            }
        } catch {
            throw DocumentFailure(code: "read.html", message: "HTML cannot be parsed: \(error.message)")
        }
        let depth = tree.maxDepth
        if depth > maxDepth {
            throw DocumentFailure(code: "read.too_deep",
                                  message: "markup is nested \(depth) elements deep, over the limit of \(maxDepth) (read.max_depth)")
        }
        var r = Renderer(tree: tree, source: source)
        r.run()
        return Rendered(text: r.out.bytes, map: r.out.map, title: r.title, facts: r.facts, tables: r.tableCount,
                        factRowLabels: r.factRowLabels, factsInRowLabels: r.factsInRowLabels, approximateTexts: r.missedTexts, dei: r.dei)
    }
}

/// Output text with its map; supports truncation (to drop rows that turn out empty).
struct MappedOutput {
    var bytes: [UInt8] = []
    var map = OffsetMap()

    mutating func append(_ s: [UInt8], source: Span) {
        guard !s.isEmpty else { return }
        bytes.append(contentsOf: s)
        map.append(targetLength: s.count, originStart: source.start, originLength: source.count)
    }

    /// One byte (a space, tab or line end) standing for `source`.
    mutating func append(_ byte: UInt8, source: Span) {
        bytes.append(byte)
        map.append(targetLength: 1, originStart: source.start, originLength: source.count)
    }

    /// A text's UTF-8 bytes, without an intermediate array.
    mutating func append(_ s: String, source: Span) {
        let n = s.utf8.count
        guard n > 0 else { return }
        bytes.append(contentsOf: s.utf8)
        map.append(targetLength: n, originStart: source.start, originLength: source.count)
    }

    var endsWithNewline: Bool { bytes.last == 0x0A || bytes.last == 0x0C }

    /// Ensures the text ends with `n` newlines (a line or paragraph break), at `position`.
    mutating func breakLines(_ n: Int, at position: Int) {
        guard !bytes.isEmpty else { return }
        // Trailing spaces before a break are dropped.
        while bytes.last == 0x20 {
            bytes.removeLast()
            map.truncate(targetLength: bytes.count)
        }
        var have = 0
        var i = bytes.count - 1
        while i >= 0, bytes[i] == 0x0A { have += 1; i -= 1 }
        if i >= 0, bytes[i] == 0x0C { return }
        while have < n {
            append(0x0A, source: Span(start: position, end: position))
            have += 1
        }
    }

    mutating func pageBreak(at position: Int) {
        guard !bytes.isEmpty else { return }
        while bytes.last == 0x20 || bytes.last == 0x0A {
            bytes.removeLast()
            map.truncate(targetLength: bytes.count)
        }
        append([0x0A, 0x0C, 0x0A], source: Span(start: position, end: position))
    }
}

struct Renderer {
    let tree: MarkupTree
    let source: [UInt8]
    var out = MappedOutput()
    var title: String?
    var facts: [Fact] = []
    var dei: [HTMLReader.DEIFact] = []
    var tableCount = 0
    var cursor = 0
    var lineStarts: [Int] = [0]
    var contexts: [String: FactPeriod] = [:]
    var units: [String: String] = [:]
    var factRowLabels: [Int: String] = [:]
    var factsInRowLabels: Set<Int> = []
    /// Texts (not white space alone) not found where the source prints them (see
    /// `exactLocation`): their spans are approximate.
    var missedTexts = 0
    /// Tables nested in the table being collected, with the cursor where each starts.
    var nestedTables: [(table: Int, at: Int)] = []
    /// A plain-text filing in an HTML wrapper: all text keeps its lines.
    let preformatted: Bool

    init(tree: MarkupTree, source: [UInt8]) {
        self.tree = tree
        self.source = source
        preformatted = Self.isPreformattedDocument(tree)
        lineStarts = source.withUnsafeBufferPointer { b in
            var starts = [0]
            var from = 0
            while let i = ByteIndex.firstIndex(of: 0x0A, in: b, from: from) {
                starts.append(i + 1)
                from = i + 1
            }
            return starts
        }
    }

    static let skipped: Set<String> = ["head", "script", "style", "noscript", "template", "ix:header", "xml", "object", "svg"]
    static let blocks: Set<String> = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
                                      "blockquote", "section", "article", "header", "footer", "center", "address", "form",
                                      "fieldset", "figure", "figcaption", "caption", "main", "nav", "aside", "body", "html"]

    mutating func run() {
        guard let root = tree.root else { return }
        collectXBRLHeader(root)
        walk(root, inTable: false)
        // End with exactly one newline.
        while let last = out.bytes.last, last == 0x0A || last == 0x20 || last == 0x0C {
            out.bytes.removeLast()
            out.map.truncate(targetLength: out.bytes.count)
        }
        if !out.bytes.isEmpty { out.append(0x0A, source: Span(start: source.count, end: source.count)) }
    }

    // MARK: Source positions

    /// The source bytes of a text node's content: matched exactly (`exactLocation`), whatever
    /// the file's line structure; the cursor moves to its end. Text the match cannot find
    /// (markup the parser rewrote) falls back to `approximateLocation`.
    mutating func locate(_ text: String, line: Int) -> Span {
        if let span = exactLocation(of: text) {
            cursor = span.end
            return span
        }
        return approximateLocation(text, line: line)
    }

    /// Where a text node's content starts in the source, approximately: its first word searched
    /// forward from the cursor (text appears in source order), from its line if libxml2 knows it.
    mutating func approximateLocation(_ text: String, line reported: Int) -> Span {
        var from = cursor
        // libxml2 numbers a text node by the line where it ends: a text spread over lines
        // (`\n  &#8212;\n`) starts that many lines earlier.
        var line = reported
        if line > 0 {
            for b in text.utf8 where b == 0x0A { line -= 1 }
            line = max(1, line)
        }
        var limit = 2_000_000
        if line > 0 && line < 65535 && line - 1 < lineStarts.count {
            // libxml2's line bounds where the text can be: a cursor that ran past it (a word
            // found further on than where it is printed) is brought back, and the search
            // does not run far beyond it.
            let after = line + 2 < lineStarts.count ? lineStarts[line + 2] : source.count
            from = cursor > after ? lineStarts[max(0, line - 11)] : max(from, lineStarts[line - 1])
            let far = line + 50 < lineStarts.count ? lineStarts[line + 50] : source.count
            limit = max(4096, far - from)
        }
        var needle = Self.needle(text)
        // Symbols are searched for nearby only: a `$` or `)` much further on is another one.
        let symbolOnly = needle.isEmpty
        if symbolOnly {
            // No letters or digits (`$`, `)`, `%`): look for the text itself.
            let trimmed = Array(Self.collapse(text).utf8)
            if trimmed.count <= 8 && trimmed.first != 0x26 { needle = trimmed }
        }
        if !needle.isEmpty, let found = findInText(needle, from: from, limit: symbolOnly ? 512 : limit) {
            cursor = found
            return Span(start: found, end: textEnd(from: found))
        }
        // Text written only with character references (`&#8212;`, `&#160;`): the next text
        // between tags.
        if symbolOnly, let found = nextTextStart(from: from, limit: 4096) {
            cursor = found
            return Span(start: found, end: textEnd(from: found))
        }
        return Span(start: min(from, source.count), end: min(from, source.count))
    }

    /// The end of the text starting at `start`: the next `<`.
    func textEnd(from start: Int) -> Int {
        var end = start
        while end < source.count, source[end] != UInt8(ascii: "<") { end += 1 }
        return end
    }

    /// The first byte of text content after `from`: after a `>`, past white space, not a `<`.
    func nextTextStart(from: Int, limit: Int) -> Int? {
        var i = from
        let end = min(source.count, from + limit)
        while i < end {
            if source[i] == UInt8(ascii: ">") {
                var j = i + 1
                while j < end, source[j] == 0x20 || source[j] == 0x0A || source[j] == 0x0D || source[j] == 0x09 { j += 1 }
                if j < end, source[j] != UInt8(ascii: "<") { return j }
                i = j
                continue
            }
            i += 1
        }
        return nil
    }

    /// Where the start tag `<name` (ASCII, any case) next occurs at or after `from`.
    func findTag(_ name: String, from: Int, limit: Int) -> Int? {
        let needle = [UInt8(ascii: "<")] + Array(name.lowercased().utf8)
        guard needle.count > 1 else { return nil }
        let end = min(source.count - needle.count, from + limit)
        var i = from
        while i <= end {
            if source[i] == 0x3C {
                var k = 1
                while k < needle.count, source[i + k] | (source[i + k] >= 0x41 && source[i + k] <= 0x5A ? 0x20 : 0) == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// What to search the source for: the first word, or the first number with its separators
    /// (`6,462.5`: a lone `6` would match markup first), at most 12 bytes.
    static func needle(_ text: String) -> [UInt8] {
        if let found = text.utf8.withContiguousStorageIfAvailable({ needle(bytes: $0) }) { return found }
        return Array(text.utf8).withUnsafeBufferPointer { needle(bytes: $0) }
    }

    static func needle(bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let digit = b >= 0x30 && b <= 0x39
            let alnum = digit || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            let separatorInNumber = (b == 0x2C || b == 0x2E) && !out.isEmpty && (out.last.map { $0 >= 0x30 && $0 <= 0x39 } ?? false)
                && i + 1 < bytes.count && bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39
            if alnum || separatorInNumber {
                out.append(b)
                if out.count >= 12 { break }
            } else if !out.isEmpty {
                break
            }
            i += 1
        }
        return out
    }

    /// `needle` starting at most `limit` bytes after `from`.
    func find(_ needle: [UInt8], from: Int, limit: Int) -> Int? {
        SubmissionSplitter.find(needle, in: source, from: from, limit: from + limit + needle.count)
    }

    /// `needle` in text content (not inside a tag: a cell's `2` is not the `2` of a
    /// `padding:2px` before it), starting at most `limit` bytes after `from`.
    func findInText(_ needle: [UInt8], from: Int, limit: Int) -> Int? {
        var start = from
        let end = from + limit
        while start <= end, let found = find(needle, from: start, limit: end - start) {
            if isInText(found) { return found }
            start = found + 1
        }
        return nil
    }

    /// Whether `p` lies between tags: the nearest `<` or `>` before it is a `>` (or there is
    /// none near).
    func isInText(_ p: Int) -> Bool {
        var i = p - 1
        let stop = max(0, p - 8192)
        while i >= stop {
            let b = source[i]
            if b == 0x3E { return true }
            if b == 0x3C { return false }
            i -= 1
        }
        return true
    }

    func position(of node: Int) -> Int {
        let line = tree.nodes[node].line
        if line > 0 && line < 65535 && line - 1 < lineStarts.count { return max(cursor, lineStarts[line - 1]) }
        return cursor
    }

    // MARK: Walking

    /// What an element's `style` says about hiding and page breaks, read in one pass over
    /// its bytes (no lowercased copies): spaces dropped, ASCII compared case-insensitively.
    struct StyleFlags {
        var hidden = false
        var breakBefore = false
        var breakAfter = false
    }

    /// `styleFlags(style:)` of element `i`'s `style` attribute, read in place: no `String` is
    /// made of it (this runs for every element the reader walks).
    func styleFlags(of i: Int) -> StyleFlags { tree.withAttributeBytes("style", of: i) { Self.styleFlags(style: $0) } }

    /// `styleFlags` of an element whose `style` attribute's bytes are `style` (nil: none).
    static func styleFlags(style: UnsafeBufferPointer<UInt8>?) -> StyleFlags {
        var f = StyleFlags()
        guard let style else { return f }
        // Most styles say none of it: no `none`, no `page`. `one` of `none`, `age` of `page`:
        // each `e` (any case) checked. Eight bytes a step mark the `e`s (0x80 in each zero
        // byte of `x | 0x2020... ^ 0x6565...`, exactly; only `e` and `E` give one).
        var maybe = false
        var i = 2
        if let base = style.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            words: while i + 8 <= style.count {
                let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) | (ones &* 0x20)
                let v = x ^ (ones &* 0x65)
                var m = ~(((v & low7) &+ low7) | v | low7)
                while m != 0 {
                    let k = i + m.trailingZeroBitCount / 8
                    let p = style[k - 1] | 0x20, q = style[k - 2] | 0x20
                    if (p == 0x6E && q == 0x6F) || (p == 0x67 && q == 0x61) {
                        maybe = true
                        break words
                    }
                    m &= m - 1
                }
                i += 8
            }
        }
        while !maybe && i < style.count {
            if style[i] | 0x20 == 0x65 {
                let p = style[i - 1] | 0x20, q = style[i - 2] | 0x20
                if (p == 0x6E && q == 0x6F) || (p == 0x67 && q == 0x61) {
                    maybe = true
                    break
                }
            }
            i += 1
        }
        guard maybe else { return f }
        var compact: [UInt8] = []
        compact.reserveCapacity(style.count)
        for b in style where b != 0x20 { compact.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b) }
        func has(_ needle: StaticString) -> Bool {
            compact.withUnsafeBufferPointer { containsBytes($0, needle) }
        }
        f.hidden = has("display:none")
        f.breakBefore = has("page-break-before:always") || has("break-before:page")
        f.breakAfter = has("page-break-after:always") || has("break-after:page")
        return f
    }

    /// Whether node `i` is hidden by its style (`display:none`), read in place.
    func isHidden(_ i: Int) -> Bool { styleFlags(of: i).hidden }

    /// `exit` carries what closing the element does: a paragraph break (`block`, also for
    /// `pre`), leaving a `pre`, a page break after it.
    enum Event { case enter(Int), exit(Int, block: Bool, pre: Bool, pageBreak: Bool) }

    /// Bit 1: a skipped element (`skipped`); bit 2: a block (`blocks`). One lookup per element.
    static let tagClasses: [String: UInt8] = {
        var classes: [String: UInt8] = [:]
        for name in skipped { classes[name, default: 0] |= 1 }
        for name in blocks { classes[name, default: 0] |= 2 }
        return classes
    }()

    /// `tagClasses[name] ?? 0` without hashing the name: the names of `tagClasses` by their
    /// first byte, compared whole (every element of a document is asked, most of them in
    /// table cells).
    static func tagClass(_ name: String) -> UInt8 {
        guard let f = name.utf8.first else { return tagClasses[name] ?? 0 }
        for (candidate, c) in tagClassesByFirstByte[Int(f)] where candidate == name { return c }
        return 0
    }

    /// `tagClasses` grouped by the first byte of the name (256 lists).
    static let tagClassesByFirstByte: [[(name: String, tagClass: UInt8)]] = {
        var table = [[(name: String, tagClass: UInt8)]](repeating: [], count: 256)
        for (name, c) in tagClasses.sorted(by: { $0.key < $1.key }) {
            guard let f = name.utf8.first else { continue }
            table[Int(f)].append((name, c))
        }
        return table
    }()

    /// Whether an element name starts with `ix:` (inline XBRL), compared on bytes.
    static func isInlineXBRL(_ name: String) -> Bool {
        var it = name.utf8.makeIterator()
        return it.next() == 0x69 && it.next() == 0x78 && it.next() == 0x3A
    }

    mutating func walk(_ start: Int, inTable: Bool) {
        var stack: [Event] = [.enter(start)]
        var preDepth = 0
        while let ev = stack.popLast() {
            switch ev {
            case let .enter(i):
                let n = tree.nodes[i]
                switch n.kind {
                case .comment:
                    continue
                case .text:
                    emitText(n.text, line: n.line, preserve: preDepth > 0 || preformatted || Self.looksPreformatted(n.text))
                case .element:
                    let name = n.name
                    if name == "title", title == nil {
                        let t = Self.collapse(tree.textContent(of: i))
                        if !t.isEmpty { title = t }
                        continue
                    }
                    let style = styleFlags(of: i)
                    let tagClass = Self.tagClass(name)
                    if tagClass & 1 != 0 || style.hidden { continue }
                    if Self.isInlineXBRL(name) { noteFact(i) }
                    if style.breakBefore { out.pageBreak(at: position(of: i)) }
                    if name == "table" {
                        renderTable(i)
                        if style.breakAfter { out.pageBreak(at: position(of: i)) }
                        continue
                    }
                    if name == "hr" { out.pageBreak(at: position(of: i)); continue }
                    if name == "br" { out.breakLines(1, at: position(of: i)); continue }
                    let pre = name == "pre"
                    if pre { preDepth += 1 }
                    let block = tagClass & 2 != 0 || pre
                    if block || name == "tr" { out.breakLines(2, at: position(of: i)) }
                    stack.append(.exit(i, block: block, pre: pre, pageBreak: style.breakAfter))
                    tree.pushChildren(of: i, onto: &stack) { Event.enter($0) }
                }
            case let .exit(_, block, pre, pageBreak):
                if pre { preDepth -= 1 }
                if block { out.breakLines(2, at: cursor) }
                if pageBreak { out.pageBreak(at: cursor) }
            }
        }
    }

    /// A plain-text filing wrapped in HTML without `<pre>` (`<html><body><div>` and then the
    /// whole fixed-width document): many lines, a good share of them laid out with runs of
    /// spaces (centred titles, columns). Such text keeps its lines, like `<pre>`.
    static func looksPreformatted(_ text: String) -> Bool {
        guard hasNewlines(text, atLeast: 40) else { return false }
        let (lines, laidOut) = layoutLines(text)
        return lines >= 30 && laidOut * 4 >= lines
    }

    /// The same for the whole document: its text nodes together have many lines, a good share
    /// laid out with spaces, and the markup has hardly any elements (one per 20 lines at most).
    static func isPreformattedDocument(_ tree: MarkupTree) -> Bool {
        // Cheap first: elements against line ends (an HTML page has far more elements).
        // Nodes are read in place (`nodes[i]`), never copied: a copy retains and releases the
        // node's name, attributes and text, and this runs over every node of every document.
        let nodes = tree.nodes
        var elements = 0, newlines = 0
        for i in nodes.indices {
            if nodes[i].kind == .element { elements += 1 } else if nodes[i].kind == .text { newlines += newlineCount(nodes[i].text) }
        }
        guard newlines >= 100 else { return false }
        // Many elements can still be inline table markup of a fixed-width filing (`<S>`, `<C>`,
        // `<CAPTION>` of EDGAR's text tables): then count the blocks only.
        if elements * 20 >= newlines {
            var blockCount = 0
            for i in nodes.indices where nodes[i].kind == .element {
                let name = nodes[i].name
                if tagClass(name) & 2 != 0 || name == "br" || name == "tr" || name == "table" { blockCount += 1 }
            }
            guard blockCount * 20 < newlines else { return false }
        }
        var lines = 0, laidOut = 0
        for i in nodes.indices where nodes[i].kind == .text {
            let (l, o) = layoutLines(nodes[i].text)
            lines += l
            laidOut += o
        }
        return lines >= 100 && laidOut * 4 >= lines
    }

    /// Whether a text holds at least `count` line feeds (stops counting there).
    static func hasNewlines(_ text: String, atLeast count: Int) -> Bool {
        func scan<C: Collection>(_ b: C) -> Bool where C.Element == UInt8 {
            var newlines = 0
            for c in b where c == 0x0A {
                newlines += 1
                if newlines >= count { return true }
            }
            return false
        }
        if let found = text.utf8.withContiguousStorageIfAvailable({ scan($0) }) { return found }
        return scan(text.utf8)
    }

    /// How many line feeds a text holds.
    static func newlineCount(_ text: String) -> Int {
        if let count = text.utf8.withContiguousStorageIfAvailable({ b -> Int in
            var count = 0
            for c in b where c == 0x0A { count += 1 }
            return count
        }) { return count }
        var count = 0
        for c in text.utf8 where c == 0x0A { count += 1 }
        return count
    }

    /// Non-blank lines of a text, and how many of them are laid out with spaces (a run of
    /// three inside the line, or eight or more leading).
    static func layoutLines(_ text: String) -> (lines: Int, laidOut: Int) {
        var lines = 0, laidOut = 0
        var lead = 0, run = 0, atStart = true, blank = true, hasRun = false
        for b in text.utf8 {
            if b == 0x0A {
                if !blank {
                    lines += 1
                    if hasRun || lead >= 8 { laidOut += 1 }
                }
                lead = 0; run = 0; atStart = true; blank = true; hasRun = false
            } else if b == 0x20 {
                if atStart { lead += 1 } else { run += 1; if run >= 3 { hasRun = true } }
            } else {
                atStart = false; blank = false; run = 0
            }
        }
        return (lines, laidOut)
    }

    /// White space collapsed to single spaces, trimmed (a no-break space counts: EDGAR fills
    /// empty cells and indents with `&#160;`). Scans UTF-8 bytes; text that needs no change is
    /// returned as is.
    static func collapse(_ s: String) -> String {
        var clean = true
        let result: String? = s.utf8.withContiguousStorageIfAvailable { b -> String in
            let n = b.count
            var prevSpace = true
            var i = 0
            while i < n {
                let c = b[i]
                if c == 0x20 {
                    if prevSpace { clean = false; break }
                    prevSpace = true
                } else if c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C || (c == 0xC2 && i + 1 < n && b[i + 1] == 0xA0) {
                    clean = false; break
                } else {
                    prevSpace = false
                }
                i += 1
            }
            if clean && (n == 0 || b[n - 1] != 0x20) { return s }
            var out: [UInt8] = []
            out.reserveCapacity(n)
            var space = false
            i = 0
            while i < n {
                let c = b[i]
                var width = 0
                if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C { width = 1 }
                else if c == 0xC2 && i + 1 < n && b[i + 1] == 0xA0 { width = 2 }
                if width > 0 {
                    space = true
                    i += width
                    continue
                }
                if space && !out.isEmpty { out.append(0x20) }
                space = false
                out.append(c)
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
        if let result { return result }
        var copy = s
        copy.makeContiguousUTF8()
        return collapse(copy)
    }

    /// Whether a text starts (ends) with white space `collapse` removes: a space, line feed,
    /// tab or carriage return, or a no-break space (U+00A0, `C2 A0` in UTF-8). Read on the
    /// UTF-8 bytes (every text node of every table cell is asked).
    static func startsWithSpace(_ text: String) -> Bool {
        var it = text.utf8.makeIterator()
        guard let b = it.next() else { return false }
        return b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || (b == 0xC2 && it.next() == 0xA0)
    }

    static func endsWithSpace(_ text: String) -> Bool {
        let u = text.utf8
        guard let b = u.last else { return false }
        if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D { return true }
        return b == 0xA0 && u.count >= 2 && u[u.index(u.endIndex, offsetBy: -2)] == 0xC2
    }

    mutating func emitText(_ text: String, line: Int, preserve: Bool) {
        let located = locate(text, line: line)
        let span = preserve ? located : trimmed(located)
        if preserve {
            out.append(text, source: span)
            return
        }
        let leading = Self.startsWithSpace(text)
        let trailing = Self.endsWithSpace(text)
        let body = Self.collapse(text)
        if body.isEmpty {
            if !text.isEmpty, let last = out.bytes.last, last != 0x20, last != 0x0A, last != 0x0C {
                out.append(0x20, source: Span(start: span.start, end: span.start))
            }
            return
        }
        if leading, let last = out.bytes.last, last != 0x20, last != 0x0A, last != 0x0C {
            out.append(0x20, source: Span(start: span.start, end: span.start))
        }
        out.append(body, source: span)
        if trailing { out.append(0x20, source: Span(start: span.end, end: span.end)) }
    }
}
