import FolioModel
import FolioXML

/// Inline XBRL: contexts and units from `ix:header`, numeric facts from `ix:nonFraction`.
extension Renderer {
    mutating func collectXBRLHeader(_ root: Int) {
        var deiContexts: [(fact: Int, context: String)] = []
        for i in tree.nodes.indices where tree.nodes[i].kind == .element {
            // Only `ix:` and `xbrli:` elements are read here: their first byte rules out the
            // others (every element of the document is asked) before the name is compared.
            guard let f = tree.nodes[i].name.utf8.first, f == 0x69 || f == 0x78 else { continue }
            let n = tree.nodes[i]
            switch n.name {
            case "ix:nonnumeric", "ix:nonfraction":
                // `dei:` facts, hidden or printed (the cover page's registrant name, the
                // hidden fiscal year focus): the filing's metadata, first of each name.
                guard let name = tree.attribute("name", of: i), Self.isDEI(name) else { continue }
                let local = String(name.dropFirst(4))
                guard !dei.contains(where: { $0.name == local }) else { continue }
                dei.append(HTMLReader.DEIFact(name: local, text: Self.collapse(tree.textContent(of: i)), period: nil))
                if let c = tree.attribute("contextref", of: i) { deiContexts.append((dei.count - 1, c)) }
            case "xbrli:context":
                guard let id = tree.attribute("id", of: i) else { continue }
                var period = FactPeriod()
                var stack = tree.children(of: i)
                while let c = stack.popLast() {
                    let cn = tree.nodes[c]
                    let value = Self.collapse(tree.textContent(of: c))
                    switch cn.name {
                    case "xbrli:startdate": period.start = value
                    case "xbrli:enddate": period.end = value
                    case "xbrli:instant": period.instant = value
                    default: stack.append(contentsOf: tree.children(of: c))
                    }
                }
                contexts[id] = period
            case "xbrli:unit":
                guard let id = tree.attribute("id", of: i) else { continue }
                var measures: [String] = []
                var stack = Array(tree.children(of: i).reversed())
                while let c = stack.popLast() {
                    if tree.nodes[c].name == "xbrli:measure" {
                        measures.append(Self.unitName(Self.collapse(tree.textContent(of: c))))
                    } else {
                        stack.append(contentsOf: tree.children(of: c).reversed())
                    }
                }
                units[id] = measures.joined(separator: "/")
            default:
                continue
            }
        }
        for (k, c) in deiContexts { dei[k].period = contexts[c] }
    }

    /// Whether a concept name is in the `dei:` namespace prefix (compared on bytes, any case).
    static func isDEI(_ name: String) -> Bool {
        var it = name.utf8.makeIterator()
        return it.next().map { $0 | 0x20 } == 0x64 && it.next().map { $0 | 0x20 } == 0x65
            && it.next().map { $0 | 0x20 } == 0x69 && it.next() == 0x3A
    }

    static func unitName(_ measure: String) -> String {
        let local = measure.split(separator: ":").last.map(String.init) ?? measure
        switch local.lowercased() {
        case "shares": return "shares"
        case "pure": return "pure"
        default: return local.uppercased() == local ? local : local
        }
    }

    /// Records an `ix:nonFraction` as a fact (value as displayed, scale from its `scale`).
    mutating func noteFact(_ i: Int) {
        let n = tree.nodes[i]
        guard n.name == "ix:nonfraction" else { return }
        let concept = tree.attribute("name", of: i) ?? "?"
        let text = Self.collapse(tree.textContent(of: i))
        let format = (tree.attribute("format", of: i) ?? "").lowercased()
        var value: Double?
        if Self.containsBytes(format, "zero") || text == "-" || text == "—" || text == "–" {
            value = 0
        } else {
            var digits = ""
            let commaDecimal = Self.containsBytes(format, "numcommadecimal") || Self.containsBytes(format, "num-comma-decimal")
            for ch in text {
                if ch.isNumber, ch.isASCII { digits.append(ch) }
                else if ch == (commaDecimal ? "," : ".") { digits.append(".") }
            }
            value = Double(digits)
        }
        if tree.attribute("sign", of: i) == "-", let v = value { value = -v }
        let scalePower = Int(tree.attribute("scale", of: i) ?? "0") ?? 0
        var scale = 1
        if scalePower > 0 && scalePower <= 15 { for _ in 0..<scalePower { scale *= 10 } }
        // The fact's text starts after its start tag (its text may be only character
        // references, `&#8212;`, which a text search cannot find).
        let saved = cursor
        var span: Span
        if let tag = findTag(n.name, from: cursor, limit: 1 << 20), let close = find([0x3E], from: tag, limit: 1 << 16) {
            var start = close + 1
            while start < source.count, source[start] == 0x20 || source[start] == 0x0A || source[start] == 0x0D || source[start] == 0x09 { start += 1 }
            // Nested markup inside the fact (`<span>`): its text is the next text.
            if start < source.count, source[start] == 0x3C, let t = nextTextStart(from: start, limit: 4096) { start = t }
            span = Span(start: start, end: textEnd(from: start))
        } else {
            span = locate(text, line: n.line)
        }
        cursor = saved
        var fact = Fact(id: facts.count + 1, origin: .ixbrl, metric: concept, value: value, scale: scale,
                        unit: tree.attribute("unitref", of: i).flatMap { units[$0] ?? $0 },
                        period: tree.attribute("contextref", of: i).flatMap { contexts[$0] },
                        span: nil, sourceSpan: span)
        fact.context = tree.attribute("contextref", of: i)
        facts.append(fact)
    }
}
