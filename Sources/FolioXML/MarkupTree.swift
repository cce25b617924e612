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
        /// Attributes in document order.
        public var attributes: [(name: String, value: String)]
        /// Text of a text or comment node.
        public var text: String
        /// 1-based source line of the node, as libxml2 reports it (0 when unknown).
        public var line: Int
        public var parent: Int?
        public var firstChild: Int?
        public var nextSibling: Int?

        /// The value of the attribute named `name` (lowercase), whatever the case it is written in.
        public func attribute(_ name: String) -> String? {
            for a in attributes where Self.sameASCIILowercased(a.name, name) { return a.value }
            return nil
        }

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
                && a.attributes.map(\.name) == b.attributes.map(\.name) && a.attributes.map(\.value) == b.attributes.map(\.value)
        }

        public func hash(into h: inout Hasher) {
            h.combine(kind); h.combine(name); h.combine(text); h.combine(line)
        }
    }

    public var nodes: [Node] = []
    /// Index of the root element, if any.
    public var root: Int?

    public init() {}

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
    /// How many elements deep the tree nests (the root element is depth 1). A parent always
    /// precedes its children in `nodes`, so one forward pass computes it without recursion.
    /// Each node's kind and parent are read in place (a copy of a node would retain and
    /// release its name, attributes and text: this runs over every node of a document).
    public var maxDepth: Int {
        var depth = [Int](repeating: 0, count: nodes.count)
        var deepest = 0
        for i in nodes.indices where nodes[i].kind == .element {
            let d = (nodes[i].parent.map { depth[$0] } ?? 0) + 1
            depth[i] = d
            deepest = max(deepest, d)
        }
        return deepest
    }
}
