/// A parsed HTML or XML document as plain Swift values: every node in one array (an arena),
/// linked by indices. No C pointer survives parsing, so a tree is `Sendable` and can be
/// walked without recursion however deep the document nests.
public struct MarkupTree: Sendable {
    public enum Kind: Sendable, Hashable {
        case element
        case text
        case comment
    }

    public struct Node: Sendable, Hashable {
        public var kind: Kind
        /// Element name as the parser reports it (HTML names are lowercase, `ix:nonfraction`).
        public var name: String
        /// This element's attributes, in document order: indices into the tree's attribute list
        /// (`MarkupTree.attributes(of:)`, `attribute(_:of:)`). Empty for text and comments.
        public internal(set) var attributeRange: Range<Int>
        /// Text of a text or comment node.
        public var text: String
        /// 1-based source line of the node, as libxml2 reports it (0 when unknown).
        public var line: Int
        public var parent: Int?
        public var firstChild: Int?
        public var nextSibling: Int?

        static func sameASCIILowercased(_ a: String, _ lower: String) -> Bool {
            guard a.utf8.count == lower.utf8.count else { return false }
            // Most names are written in lowercase (`style`): equal strings answer at once.
            if a == lower { return true }
            // Contiguous UTF-8 (native strings, small ones too): compared in place.
            if let same = a.utf8.withContiguousStorageIfAvailable({ x in
                lower.utf8.withContiguousStorageIfAvailable { y -> Bool in
                    for k in 0..<x.count {
                        let p = x[k]
                        if (p >= 0x41 && p <= 0x5A ? p + 0x20 : p) != y[k] { return false }
                    }
                    return true
                }
            }), let same { return same }
            var x = a.utf8.makeIterator(), y = lower.utf8.makeIterator()
            while true {
                switch (x.next(), y.next()) {
                case (nil, nil): return true
                case let (p?, q?):
                    if (p >= 0x41 && p <= 0x5A ? p + 0x20 : p) != q { return false }
                default: return false
                }
            }
        }

        public static func == (a: Node, b: Node) -> Bool {
            a.kind == b.kind && a.name == b.name && a.text == b.text && a.line == b.line && a.parent == b.parent
                && a.firstChild == b.firstChild && a.nextSibling == b.nextSibling
                && a.attributeRange == b.attributeRange
        }

        public func hash(into h: inout Hasher) {
            h.combine(kind); h.combine(name); h.combine(text); h.combine(line)
        }
    }

    /// One attribute: its name, and its value as the bytes `valueStart..<valueEnd` of
    /// `attributeValues`.
    struct AttributeSlot: Sendable {
        var name: String
        var valueStart: Int
        var valueEnd: Int
    }

    public var nodes: [Node] = []
    /// Index of the root element, if any.
    public var root: Int?
    /// Every element's attributes, element after element in document order: one array for the
    /// tree, not one per element (an allocation for each of the document's elements).
    var attributeSlots: [AttributeSlot] = []
    /// Every attribute value's UTF-8 bytes as the parser gave them, one after the other. A
    /// value becomes a `String` only where one is read (`attribute(_:of:)`): most (ids,
    /// contexts, the styles of elements nobody asks) never are.
    var attributeValues: [UInt8] = []

    public init() {}

    /// The value of node `i`'s attribute named `name` (lowercase), whatever the case it is
    /// written in; nil when it has none. The value is decoded as UTF-8, ill-formed bytes
    /// replaced (as `String(cString:)` does).
    public func attribute(_ name: String, of i: Int) -> String? {
        for k in nodes[i].attributeRange where Node.sameASCIILowercased(attributeSlots[k].name, name) {
            let slot = attributeSlots[k]
            return attributeValues.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[slot.valueStart..<slot.valueEnd]), as: UTF8.self)
            }
        }
        return nil
    }

    /// `body` of the bytes of node `i`'s attribute named `name` (lowercase), or of nil when it
    /// has none: read in place, no `String` made (the HTML reader asks every element's `style`).
    public func withAttributeBytes<R>(_ name: String, of i: Int, _ body: (UnsafeBufferPointer<UInt8>?) -> R) -> R {
        for k in nodes[i].attributeRange where Node.sameASCIILowercased(attributeSlots[k].name, name) {
            let slot = attributeSlots[k]
            return attributeValues.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[slot.valueStart..<slot.valueEnd])) }
        }
        return body(nil)
    }

    /// Node `i`'s attributes in document order, as strings.
    public func attributes(of i: Int) -> [(name: String, value: String)] {
        nodes[i].attributeRange.map { k in
            let slot = attributeSlots[k]
            let value = attributeValues.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[slot.valueStart..<slot.valueEnd]), as: UTF8.self)
            }
            return (slot.name, value)
        }
    }

    /// Children of `index`, in order.
    public func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var c = nodes[index].firstChild
        while let i = c {
            result.append(i)
            c = nodes[i].nextSibling
        }
        return result
    }

    /// Pushes the children of `index` onto `stack` (as `element(child)`) in reverse, so that
    /// popping the stack visits them in document order. No array of children is built.
    @inlinable
    public func pushChildren<T>(of index: Int, onto stack: inout [T], _ element: (Int) -> T) {
        let base = stack.count
        var c = nodes[index].firstChild
        while let i = c {
            stack.append(element(i))
            c = nodes[i].nextSibling
        }
        stack[base...].reverse()
    }

    /// All text under `index`, concatenated in document order.
    public func textContent(of index: Int) -> String {
        var out = ""
        var stack = [index]
        while let i = stack.popLast() {
            if nodes[i].kind == .text { out += nodes[i].text }
            pushChildren(of: i, onto: &stack) { $0 }
        }
        return out
    }
}

/// Why a document could not be parsed at all (recovering parsers rarely give up).
public struct MarkupError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

extension MarkupTree {
    /// How many elements deep the tree nests (the root element is depth 1). The tree is walked
    /// in document order on its links (first child, next sibling, parent) with one depth
    /// counter: no array as long as the tree (a first large allocation right after the parser
    /// freed its document paid for merging all the parser's freed chunks), no recursion.
    /// Each node's links are read in place (a copy of a node would retain and release its
    /// name, attributes and text: this runs over every node of a document).
    public var maxDepth: Int {
        guard let root, root < nodes.count else { return 0 }
        var deepest = 0
        var i = root
        var depth = 1
        while true {
            if nodes[i].kind == .element {
                deepest = max(deepest, depth)
                if let c = nodes[i].firstChild {
                    i = c
                    depth += 1
                    continue
                }
            }
            // Up to the nearest ancestor (or the node itself) with a next sibling.
            var j = i
            while j != root, nodes[j].nextSibling == nil, let p = nodes[j].parent {
                j = p
                depth -= 1
            }
            guard j != root, let next = nodes[j].nextSibling else { break }
            i = next
        }
        return deepest
    }
}
