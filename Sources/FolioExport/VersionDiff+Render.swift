import Foundation

extension VersionDiff {
    /// Pretty-printed JSON with sorted keys and snake_case names: byte-identical for equal diffs.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: Self.collapsingEmptyContainers(try encoder.encode(self)), as: UTF8.self) + "\n"
    }

    /// Foundation's pretty printer writes an empty array as `[`, a blank line and `]`; this
    /// writes `[]` (and `{}`). A raw newline never occurs inside a JSON string, so a bracket
    /// followed by a newline and only white space up to its closing bracket is an empty container.
    static func collapsingEmptyContainers(_ json: Data) -> [UInt8] {
        let bytes = [UInt8](json)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            out.append(b)
            i += 1
            guard (b == UInt8(ascii: "[") || b == UInt8(ascii: "{")), i < bytes.count, bytes[i] == UInt8(ascii: "\n") else { continue }
            var j = i
            while j < bytes.count, bytes[j] == UInt8(ascii: "\n") || bytes[j] == UInt8(ascii: " ") { j += 1 }
            let close: UInt8 = b == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
            if j < bytes.count, bytes[j] == close {
                out.append(close)
                i = j + 1
            }
        }
        return out
    }

    /// A readable report: `+` added, `-` removed, `~` changed, old `->` new.
    public func text() -> String {
        var out = "folio diff \(dataset): \(from) -> \(to)\n"
        out += "documents: \(changed.count) changed, \(added.count) added, \(removed.count) removed, \(unchanged) unchanged\n"
        for id in added { out += "+ \(id)\n" }
        for id in removed { out += "- \(id)\n" }
        for d in changed {
            out += "~ \(d.docId)\n"
            for f in d.fields { out += "    \(f.field): \(Self.show(f.old)) -> \(Self.show(f.new))\n" }
            if !d.counts.isEmpty {
                out += "    records: " + d.counts.map { "\($0.field) \($0.old ?? "0") -> \($0.new ?? "0")" }.joined(separator: ", ") + "\n"
            }
            out += Self.lines("section", d.sections)
            out += Self.lines("table", d.tables)
            for t in d.changedTables {
                let ids = t.oldTableId == t.newTableId ? "table \(t.newTableId)" : "table \(t.oldTableId) -> \(t.newTableId)"
                out += "    ~ table \"\(t.table)\" (\(ids))\n"
                for f in t.fields { out += "        \(f.field): \(Self.show(f.old)) -> \(Self.show(f.new))\n" }
                for c in t.cells {
                    let at = "[" + c.rowPath.joined(separator: " > ") + "] [" + c.columnPath.joined(separator: " > ") + "]"
                    switch (c.old, c.new) {
                    case let (o?, n?): out += "        ~ cell \(at): \(Self.cell(o)) -> \(Self.cell(n))\n"
                    case let (nil, n?): out += "        + cell \(at): \(Self.cell(n))\n"
                    case let (o?, nil): out += "        - cell \(at): \(Self.cell(o))\n"
                    default: break
                    }
                }
                for c in t.checks.removed { out += "        - check \(c)\n" }
                for c in t.checks.added { out += "        + check \(c)\n" }
            }
            out += Self.lines("footnote", d.footnotes)
            for f in d.changedFootnotes {
                out += "    ~ footnote [\(f.label)]: \(Self.clip(f.old)) -> \(Self.clip(f.new))\n"
            }
            out += Self.lines("block", d.blocks, clip: true)
            out += Self.lines("diagnostic", d.diagnostics)
        }
        return out
    }

    static func lines(_ what: String, _ ar: AddedRemoved, clip: Bool = false) -> String {
        var out = ""
        for x in ar.removed { out += "    - \(what) \(clip ? Self.clip(x) : x)\n" }
        for x in ar.added { out += "    + \(what) \(clip ? Self.clip(x) : x)\n" }
        return out
    }

    static func show(_ s: String?) -> String { s.map { "\"\(clip($0))\"" } ?? "null" }

    static func clip(_ s: String) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ")
        return flat.count > 160 ? String(flat.prefix(159)) + "…" : flat
    }

    static func cell(_ v: CellValue) -> String {
        var s = v.raw
        var extra: [String] = []
        if let value = v.value { extra.append(Self.number(value)) } else { extra.append("no value") }
        if v.scale != 1 { extra.append("x\(v.scale)") }
        if let u = v.unit { extra.append(u) }
        s += " (" + extra.joined(separator: " ") + ")"
        return s
    }

    static func number(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return String(d)
    }
}
