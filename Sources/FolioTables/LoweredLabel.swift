import FolioModel

/// A label as the statement rules compare it: lowercased, typographic apostrophes (U+2019)
/// made straight, white space collapsed to single spaces and trimmed; with `contains`,
/// `hasPrefix` and `==` on ASCII literals, so a rule reads `l.contains("equity")`.
///
/// Built from the label's UTF-8 bytes when they are ASCII apart from `’` and no-break spaces
/// (nearly every label): then the comparisons are byte compares, which for an ASCII label
/// give what `String`'s do. Any other non-ASCII label keeps the lowered `String` (made by
/// `String.lowercased()`, as before) and compares with `String`'s own methods, so the rules
/// decide exactly as they did on `String`s.
struct LoweredLabel: Sendable, Equatable {
    /// The lowered label's UTF-8 bytes.
    private(set) var utf8: [UInt8]
    /// The lowered label as a `String` when it is not pure ASCII (compared as `String`s).
    private var text: String?

    init() { utf8 = [] }

    init(_ s: String) {
        if let fast = Self.asciiLowered(s) {
            utf8 = fast
        } else {
            let lowered = Self.stringLowered(s)
            utf8 = Array(lowered.utf8)
            text = utf8.allSatisfy({ $0 < 0x80 }) ? nil : lowered
        }
    }

    var isEmpty: Bool { utf8.isEmpty }

    /// Whether `needle` occurs in the label (false for an empty needle, as Foundation's).
    func contains(_ needle: StaticString) -> Bool {
        if let text { return text.contains(Self.string(needle)) }
        return needle.withUTF8Buffer { nd in
            guard nd.count > 0 else { return false }
            return utf8.withUnsafeBufferPointer { ByteSearch.firstIndex(of: nd, in: $0) != nil }
        }
    }

    /// Whether the label starts with `needle`.
    func hasPrefix(_ needle: StaticString) -> Bool {
        if let text { return text.hasPrefix(Self.string(needle)) }
        return needle.withUTF8Buffer { nd in
            guard nd.count <= utf8.count else { return false }
            for j in 0..<nd.count where utf8[j] != nd[j] { return false }
            return true
        }
    }

    static func == (l: LoweredLabel, r: StaticString) -> Bool {
        if let text = l.text { return text == string(r) }
        return r.withUTF8Buffer { nd in l.utf8.elementsEqual(nd) }
    }

    private static func string(_ s: StaticString) -> String {
        s.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
    }

    /// The lowered bytes of a label of ASCII, `’` (E2 80 99) and no-break spaces (C2 A0)
    /// only; nil for any other label. Each of these bytes is a `Character` of its own (CR LF
    /// aside, white space either way), so this is `stringLowered` on bytes.
    static func asciiLowered(_ s: String) -> [UInt8]? {
        ByteSearch.withBytes(s) { b -> [UInt8]? in
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            var space = false
            var i = 0
            while i < b.count {
                var c = b[i]
                var width = 1
                var white = c == 0x20 || (c >= 0x09 && c <= 0x0D)
                if c >= 0x80 {
                    if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x99 {
                        c = 0x27; width = 3
                    } else if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 {
                        white = true; width = 2
                    } else {
                        return nil
                    }
                }
                i += width
                if white { space = !out.isEmpty; continue }
                if space { out.append(0x20); space = false }
                out.append(ByteSearch.lowerASCII(c))
            }
            return out
        }
    }

    /// Lowercased with typographic apostrophes made straight and white space collapsed (the
    /// `String` path, for labels with other non-ASCII characters).
    static func stringLowered(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var space = false
        for ch in s.lowercased() {
            if ch.isWhitespace { space = !out.isEmpty; continue }
            if space { out.append(" "); space = false }
            out.append(ch == "\u{2019}" ? "'" : ch)
        }
        return out
    }
}
