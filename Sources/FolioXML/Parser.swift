import CLibXML2

/// libxml2, behind value types. Every call into the C library lives in this file.
///
/// - The parser is initialised once (`xmlInitParser` in a `static let`, which Swift runs
///   once, thread-safely); documents may then be parsed on any thread, one document per call.
/// - Network access is forbidden, errors are not printed, external entities and DTDs are never
///   loaded, and entities are not substituted in XML (no XXE, no billion laughs).
/// - The tree is converted to a `MarkupTree` and freed before the call returns.
public enum MarkupParser {
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses HTML bytes (recover mode). With `encoding` nil libxml2 honours `<meta charset>`,
    /// reads valid UTF-8 as UTF-8 and falls back to Latin-1.
    ///
    /// `XML_PARSE_HUGE` (the HTML parser honours it): without it libxml2 stops at nesting
    /// depth 256 (and at 10 MB text nodes) and silently drops the rest of the document. The
    /// HTML parser substitutes no user-defined entities and loads nothing, so the flag only
    /// lifts those caps; the read stage's `max_bytes` and `max_depth` limits replace them.
    public static func parseHTML(_ bytes: [UInt8], encoding: String? = nil) throws(MarkupError) -> MarkupTree {
        _ = initialised
        guard bytes.count < Int(Int32.max) else { throw MarkupError(message: "document too large for the HTML parser") }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buf.count) { chars in
                    if let encoding {
                        return encoding.withCString { htmlReadMemory(chars, Int32(buf.count), nil, $0, options) }
                    }
                    return htmlReadMemory(chars, Int32(buf.count), nil, nil, options)
                }
            }
        }
        defer { xmlResetLastError() }
        guard let doc else { throw MarkupError(message: lastError() ?? "libxml2 could not parse the document") }
        defer { xmlFreeDoc(doc) }
        // The HTML parser gives each element its own copy of its name: no cache.
        return convert(doc, cachingNames: false)
    }

    /// Parses XML bytes (XBRL instances): no network, no DTD loading, no entity substitution.
    /// No `XML_PARSE_HUGE` here (it would relax libxml2's entity-amplification guard), so a
    /// document nested deeper than 256 elements is an error rather than a silently cut tree.
    public static func parseXML(_ bytes: [UInt8]) throws(MarkupError) -> MarkupTree {
        _ = initialised
        guard bytes.count < Int(Int32.max) else { throw MarkupError(message: "document too large for the XML parser") }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_RECOVER.rawValue | XML_PARSE_COMPACT.rawValue | XML_PARSE_NOBLANKS.rawValue)
        let doc: xmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buf.count) { chars in
                    xmlReadMemory(chars, Int32(buf.count), nil, nil, options)
                }
            }
        }
        defer { xmlResetLastError() }
        guard let doc else { throw MarkupError(message: lastError() ?? "libxml2 could not parse the document") }
        defer { xmlFreeDoc(doc) }
        if let e = xmlGetLastError(), e.pointee.code == Int32(XML_ERR_INTERNAL_ERROR.rawValue),
           let m = e.pointee.message, String(cString: m).hasPrefix("Excessive depth") {
            throw MarkupError(message: lastError() ?? "nested too deep")
        }
        return convert(doc, cachingNames: true)
    }

    private static func lastError() -> String? {
        guard let e = xmlGetLastError(), let m = e.pointee.message else { return nil }
        var s = String(cString: m)
        while let last = s.last, last == " " || last == "\n" { s.removeLast() }
        return "libxml2: \(s) (line \(e.pointee.line))"
    }

    private static func string(_ p: UnsafePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        return String(cString: p)
    }

    /// A text or comment node's content as a browser shows it: C1 controls Windows-1252
    /// defines (`&#146;`, `&#151;`, or raw bytes of a page read as Latin-1) become its quote
    /// and dash characters (`Windows1252`). The one place this is decided for markup.
    private static func displayedText(_ p: UnsafePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        let n = Int(xmlStrlen(p))
        let bytes = UnsafeBufferPointer(start: p, count: n)
        if let mapped = Windows1252.displayedText(bytes) { return String(decoding: mapped, as: UTF8.self) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An element name as Folio compares it: lowercase (HTML is case-insensitive; XHTML is
    /// lowercase). Names that are already lowercase ASCII (nearly all) are kept as they are.
    private static func elementName(_ p: UnsafePointer<xmlChar>?) -> String {
        let name = string(p)
        for b in name.utf8 where b >= 0x80 || (b >= 0x41 && b <= 0x5A) { return name.lowercased() }
        return name
    }

    /// Appends an attribute's value to `bytes`: the concatenated content of its text children
    /// (usually one), as the parser gives it.
    private static func appendAttributeValue(_ first: xmlNodePtr?, to bytes: inout [UInt8]) {
        var v: xmlNodePtr? = first
        while let t = v {
            if let p = t.pointee.content {
                bytes.append(contentsOf: UnsafeBufferPointer(start: p, count: Int(xmlStrlen(p))))
            }
            v = t.pointee.next
        }
    }

    /// Names as Swift strings by the parser's pointers. libxml2's XML parser keeps a
    /// document's element and attribute names in its dictionary, so its few names come back
    /// as the same few pointers (`ix:nonFraction`, `span`, `style` for every element): each
    /// pointer (with its namespace prefix's) is turned into a `String` once, not once per
    /// element. A pointer stands for the same bytes while the document lives (nothing is
    /// freed during `convert`). With `enabled` false (the HTML parser, which gives each
    /// element its own copy of its name: every lookup would miss) names are made directly,
    /// or looked up by their bytes (`ShortNameCache`).
    private struct NameCache {
        let enabled: Bool

        init(enabled: Bool) { self.enabled = enabled }

        private var prefixes = [UnsafePointer<xmlChar>?](repeating: nil, count: 64)
        private var names = [UnsafePointer<xmlChar>?](repeating: nil, count: 64)
        private var values = [String](repeating: "", count: 64)

        mutating func name(prefix: UnsafePointer<xmlChar>?, _ name: UnsafePointer<xmlChar>?, _ make: () -> String) -> String {
            guard enabled, let name else { return make() }
            let slot = Int(truncatingIfNeeded: UInt(bitPattern: name) >> 4) & 63
            if names[slot] == name && prefixes[slot] == prefix { return values[slot] }
            let s = make()
            prefixes[slot] = prefix
            names[slot] = name
            values[slot] = s
            return s
        }
    }

    /// Short names as Swift strings by their bytes, for the HTML parser, which gives each
    /// element and attribute its own copy of its name (`NameCache` would miss every time): a
    /// document's few names (`td`, `span`, `style`, `colspan`) come back again and again, and a
    /// name of up to 16 bytes is read into two words and looked up in 64 slots before a
    /// `String` is made of it. The string is `make`'s for those bytes (a pure function of
    /// them: `elementName`, `string`), so a hit gives what a miss would make.
    private struct ShortNameCache {
        private var keys = [(UInt64, UInt64, Int)](repeating: (0, 0, -1), count: 64)
        private var values = [String](repeating: "", count: 64)

        mutating func name(_ p: UnsafePointer<xmlChar>?, _ make: () -> String) -> String {
            guard let p else { return make() }
            var w0: UInt64 = 0, w1: UInt64 = 0
            var n = 0
            while n < 16 {
                let b = p[n]
                if b == 0 { break }
                if n < 8 { w0 |= UInt64(b) << (8 * UInt64(n)) } else { w1 |= UInt64(b) << (8 * UInt64(n - 8)) }
                n += 1
            }
            guard n < 16 || p[16] == 0 else { return make() }
            let slot = Int(truncatingIfNeeded: ((w0 ^ (w1 &* 0xFF51_AFD7_ED55_8CCD)) &* 0x9E37_79B9_7F4A_7C15) >> 58)
            let k = keys[slot]
            if k.0 == w0 && k.1 == w1 && k.2 == n { return values[slot] }
            let s = make()
            keys[slot] = (w0, w1, n)
            values[slot] = s
            return s
        }
    }

    /// The nodes `convert` visits at most (every node under the root reached through element
    /// children) and their attributes, counted on libxml2's links without a stack: the tree's
    /// arrays are sized once instead of growing by doubling (each regrowth copies every node
    /// made so far).
    private static func nodeCount(_ root: xmlNodePtr) -> (nodes: Int, attributes: Int) {
        var count = 0
        var attributes = 0
        var p: xmlNodePtr? = root
        while let node = p {
            count += 1
            if node.pointee.type == XML_ELEMENT_NODE {
                var a = node.pointee.properties
                while let attr = a {
                    attributes += 1
                    a = attr.pointee.next
                }
                if let c = node.pointee.children {
                    p = c
                    continue
                }
            }
            var q: xmlNodePtr? = node
            while let x = q, x != root, x.pointee.next == nil { q = x.pointee.parent }
            if let x = q, x != root { p = x.pointee.next } else { p = nil }
        }
        return (count, attributes)
    }

    /// Copies the libxml2 tree into an arena, iteratively (deep documents do not recurse).
    /// `cachingNames`: the parser interns names (`NameCache`); else short names are looked up
    /// by their bytes (`ShortNameCache`).
    private static func convert(_ doc: xmlDocPtr, cachingNames: Bool) -> MarkupTree {
        var tree = MarkupTree()
        var elementNames = NameCache(enabled: cachingNames), attributeNames = NameCache(enabled: cachingNames)
        var shortElementNames = ShortNameCache(), shortAttributeNames = ShortNameCache()
        guard let rootElement = xmlDocGetRootElement(doc) else { return tree }
        let (count, attributeCount) = nodeCount(rootElement)
        tree.nodes.reserveCapacity(count)
        tree.attributeSlots.reserveCapacity(attributeCount)
        // Stack of (C node, parent index); the last child linked so far of each node, by index.
        var stack: [(xmlNodePtr, Int?)] = [(rootElement, nil)]
        stack.reserveCapacity(256)
        var lastChild: [Int] = []
        lastChild.reserveCapacity(count)
        while let (node, parent) = stack.popLast() {
            let n = node.pointee
            let kind: MarkupTree.Kind
            switch n.type {
            case XML_ELEMENT_NODE: kind = .element
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: kind = .text
            case XML_COMMENT_NODE: kind = .comment
            default: continue
            }
            var name = ""
            let firstAttribute = tree.attributeSlots.count
            var text = ""
            if kind == .element {
                if let ns = n.ns, let prefix = ns.pointee.prefix {
                    name = elementNames.name(prefix: prefix, n.name) { (string(prefix) + ":" + string(n.name)).lowercased() }
                } else if cachingNames {
                    name = elementNames.name(prefix: nil, n.name) { elementName(n.name) }
                } else {
                    name = shortElementNames.name(n.name) { elementName(n.name) }
                }
                var a = n.properties
                while let attr = a {
                    let attrPrefix = attr.pointee.ns.flatMap { $0.pointee.prefix }
                    let attrName: String
                    if attrPrefix == nil && !cachingNames {
                        attrName = shortAttributeNames.name(attr.pointee.name) { string(attr.pointee.name) }
                    } else {
                        attrName = attributeNames.name(prefix: attrPrefix, attr.pointee.name) {
                            attrPrefix.map { string($0) + ":" + string(attr.pointee.name) } ?? string(attr.pointee.name)
                        }
                    }
                    let valueStart = tree.attributeValues.count
                    appendAttributeValue(attr.pointee.children, to: &tree.attributeValues)
                    tree.attributeSlots.append(MarkupTree.AttributeSlot(name: attrName, valueStart: valueStart,
                                                                        valueEnd: tree.attributeValues.count))
                    a = attr.pointee.next
                }
            } else {
                text = displayedText(n.content)
            }
            let line = Int(xmlGetLineNo(node))
            let index = tree.nodes.count
            tree.nodes.append(MarkupTree.Node(kind: kind, name: name, attributeRange: firstAttribute..<tree.attributeSlots.count,
                                              text: text, line: max(0, line), parent: parent, firstChild: nil, nextSibling: nil))
            lastChild.append(-1)
            if let parent {
                let prev = lastChild[parent]
                if prev >= 0 { tree.nodes[prev].nextSibling = index } else { tree.nodes[parent].firstChild = index }
                lastChild[parent] = index
            } else {
                tree.root = index
            }
            if kind == .element {
                // Push children in reverse so they are visited (and linked) in order.
                let base = stack.count
                var c = n.children
                while let child = c {
                    stack.append((child, index))
                    c = child.pointee.next
                }
                stack[base...].reverse()
            }
        }
        return tree
    }
}
