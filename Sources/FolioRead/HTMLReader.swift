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
        return Rendered(text: r.out.bytes, map: r.out.map, title: r.title, facts: r.facts, tables: r.tableCount)
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
            append([0x0A], source: Span(start: position, end: position))
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
    var tableCount = 0
    var cursor = 0
    var lineStarts: [Int] = [0]
    var contexts: [String: FactPeriod] = [:]
    var units: [String: String] = [:]

    init(tree: MarkupTree, source: [UInt8]) {
        self.tree = tree
        self.source = source
        for (i, b) in source.enumerated() where b == 0x0A { lineStarts.append(i + 1) }
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
        if !out.bytes.isEmpty { out.append([0x0A], source: Span(start: source.count, end: source.count)) }
    }

    // MARK: Source positions

    /// Where a text node's content starts in the source: searched forward from the cursor
    /// (text appears in source order), from its line if libxml2 knows it.
    mutating func locate(_ text: String, line: Int) -> Span {
        var from = cursor
        if line > 0 && line < 65535 && line - 1 < lineStarts.count { from = max(from, lineStarts[line - 1]) }
        var needle = Self.needle(text)
        if needle.isEmpty {
            // No letters or digits (`$`, `)`, `%`): look for the text itself.
            let trimmed = Array(Self.collapse(text).utf8)
            if trimmed.count <= 8 && trimmed.first != 0x26 { needle = trimmed }
        }
        if !needle.isEmpty, let found = find(needle, from: from, limit: 2_000_000) {
            cursor = found
            var end = found
            while end < source.count, source[end] != UInt8(ascii: "<") { end += 1 }
            return Span(start: found, end: end)
        }
        return Span(start: min(from, source.count), end: min(from, source.count))
    }

    /// What to search the source for: the first word, or the first number with its separators
    /// (`6,462.5`: a lone `6` would match markup first), at most 12 bytes.
    static func needle(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        let bytes = Array(text.utf8)
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

    func find(_ needle: [UInt8], from: Int, limit: Int) -> Int? {
        guard let first = needle.first else { return nil }
        let end = min(source.count - needle.count, from + limit)
        var i = from
        while i <= end {
            if source[i] == first {
                var k = 1
                while k < needle.count, source[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    func position(of node: Int) -> Int {
        let line = tree.nodes[node].line
        if line > 0 && line < 65535 && line - 1 < lineStarts.count { return max(cursor, lineStarts[line - 1]) }
        return cursor
    }

    // MARK: Walking

    static func isHidden(_ n: MarkupTree.Node) -> Bool {
        guard let style = n.attribute("style") else { return false }
        let compact = String(style.lowercased().filter { $0 != " " })
        return compact.contains("display:none")
    }

    static func pageBreakBefore(_ n: MarkupTree.Node) -> Bool {
        guard let style = n.attribute("style") else { return false }
        let c = String(style.lowercased().filter { $0 != " " })
        return c.contains("page-break-before:always") || c.contains("break-before:page")
    }

    static func pageBreakAfter(_ n: MarkupTree.Node) -> Bool {
        guard let style = n.attribute("style") else { return false }
        let c = String(style.lowercased().filter { $0 != " " })
        return c.contains("page-break-after:always") || c.contains("break-after:page")
    }

    enum Event { case enter(Int), exit(Int) }

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
                    emitText(n.text, line: n.line, preserve: preDepth > 0)
                case .element:
                    let name = n.name
                    if name == "title", title == nil {
                        let t = Self.collapse(tree.textContent(of: i))
                        if !t.isEmpty { title = t }
                        continue
                    }
                    if Self.skipped.contains(name) || Self.isHidden(n) { continue }
                    if name.hasPrefix("ix:") { noteFact(i) }
                    if Self.pageBreakBefore(n) { out.pageBreak(at: position(of: i)) }
                    if name == "table" {
                        renderTable(i)
                        if Self.pageBreakAfter(n) { out.pageBreak(at: position(of: i)) }
                        continue
                    }
                    if name == "hr" { out.pageBreak(at: position(of: i)); continue }
                    if name == "br" { out.breakLines(1, at: position(of: i)); continue }
                    if name == "pre" { preDepth += 1 }
                    if Self.blocks.contains(name) || name == "pre" || name == "tr" { out.breakLines(2, at: position(of: i)) }
                    stack.append(.exit(i))
                    for c in tree.children(of: i).reversed() { stack.append(.enter(c)) }
                }
            case let .exit(i):
                let n = tree.nodes[i]
                if n.name == "pre" { preDepth -= 1 }
                if Self.blocks.contains(n.name) || n.name == "pre" { out.breakLines(2, at: cursor) }
                if Self.pageBreakAfter(n) { out.pageBreak(at: cursor) }
            }
        }
    }

    static func collapse(_ s: String) -> String {
        var out = ""
        var space = false
        for ch in s.unicodeScalars {
            if ch == " " || ch == "\n" || ch == "\t" || ch == "\r" || ch == "\u{0C}" {
                space = true
            } else {
                if space && !out.isEmpty { out.unicodeScalars.append(" ") }
                space = false
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    mutating func emitText(_ text: String, line: Int, preserve: Bool) {
        let span = locate(text, line: line)
        if preserve {
            let bytes = Array(text.utf8)
            out.append(bytes, source: span)
            return
        }
        let leading = text.unicodeScalars.first.map { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" } ?? false
        let trailing = text.unicodeScalars.last.map { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" } ?? false
        let body = Self.collapse(text)
        if body.isEmpty {
            if !text.isEmpty, let last = out.bytes.last, last != 0x20, last != 0x0A, last != 0x0C {
                out.append([0x20], source: Span(start: span.start, end: span.start))
            }
            return
        }
        if leading, let last = out.bytes.last, last != 0x20, last != 0x0A, last != 0x0C {
            out.append([0x20], source: Span(start: span.start, end: span.start))
        }
        out.append(Array(body.utf8), source: span)
        if trailing { out.append([0x20], source: Span(start: span.end, end: span.end)) }
    }
}
