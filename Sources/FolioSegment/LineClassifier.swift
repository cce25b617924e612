/// Line-level tests on the (trimmed) text of one line. Each is a small function of a short
/// string, so each can be tested on its own.
public enum LineClassifier {
    // MARK: words and cells

    /// Words separated by spaces or tabs.
    public static func words(_ s: String) -> [Substring] {
        s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
    }

    /// Cells of a tabular line: split on tabs when there are tabs, else on runs of two or more
    /// spaces; empty cells between tabs are kept (they matter for columns), outer blanks trimmed.
    public static func cells(_ raw: String) -> [String] {
        if raw.contains("\t") {
            return raw.split(separator: "\t", omittingEmptySubsequences: false).map { trim(String($0)) }
        }
        var out: [String] = []
        var cur = ""
        var spaces = 0
        for ch in raw {
            if ch == " " {
                spaces += 1
                continue
            }
            if spaces >= 2, !cur.isEmpty {
                out.append(cur)
                cur = ""
            } else if spaces == 1, !cur.isEmpty {
                cur.append(" ")
            }
            spaces = 0
            cur.append(ch)
        }
        if !cur.isEmpty { out.append(cur) }
        return out
    }

    /// Two spaces in a row (bytes).
    public static func hasDoubleSpace(_ t: String) -> Bool {
        var prev: UInt8 = 0
        for b in t.utf8 {
            if b == 0x20, prev == 0x20 { return true }
            prev = b
        }
        return false
    }

    /// Any ASCII digit (bytes).
    public static func hasDigit(_ t: String) -> Bool {
        t.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
    }

    public static func trim(_ s: String) -> String {
        var sub = Substring(s)
        while let f = sub.first, f == " " || f == "\t" { sub = sub.dropFirst() }
        while let l = sub.last, l == " " || l == "\t" { sub = sub.dropLast() }
        return String(sub)
    }

    // MARK: numbers

    /// Whether a table cell is a number as printed in statements: `1,234`, `(4,984)`, `$ 128`,
    /// `27.9%`, `-`, `—`, `N/A`, `US$0.96`.
    public static func isNumericCell(_ cell: String) -> Bool {
        let c = trim(cell)
        if c.isEmpty { return false }
        if c == "-" || c == "—" || c == "–" || c == "--" { return true }
        let lower = c.lowercased()
        if lower == "n/a" || lower == "nm" || lower == "n.m." || lower == "nil" { return true }
        var digits = 0
        var others = 0
        var body = Substring(c)
        for prefix in ["US$", "US\\$", "RMB", "HK$", "$", "\\$", "€", "£", "¥"] where body.hasPrefix(prefix) {
            body = body.dropFirst(prefix.count)
            break
        }
        for ch in body {
            if ch.isASCII, let a = ch.asciiValue {
                if a >= 0x30 && a <= 0x39 { digits += 1; continue }
                switch a {
                case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"),
                     UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "%"), UInt8(ascii: " "),
                     UInt8(ascii: "$"), UInt8(ascii: "x"):
                    continue
                default:
                    others += 1
                }
            } else if ch == "—" || ch == "–" {
                continue
            } else {
                others += 1
            }
        }
        return digits > 0 && others == 0
    }

    /// A bare integer (`2`, `07`, `2023`).
    public static func isInteger(_ s: Substring) -> Bool {
        !s.isEmpty && s.allSatisfy { $0.isASCII && $0.isNumber }
    }

    // MARK: table lines

    /// A line that belongs to a table: it has a tab, or it is a Markdown pipe row, or a ruling
    /// (`-----  -----`), or a fixed-width row with two or more cells of which one is a number.
    public static func isTabular(_ raw: String) -> Bool {
        let t = trim(raw)
        if t.isEmpty { return false }
        if raw.contains("\t") { return true }
        // Fast path: prose has no double space, no pipe and no rule characters.
        if !hasDoubleSpace(t), t.utf8.first != UInt8(ascii: "|"), !isRuling(t) { return false }
        if t.hasPrefix("|"), t.hasSuffix("|"), t.filter({ $0 == "|" }).count >= 2 { return true }
        if isRuling(t) { return true }
        let cs = cells(t)
        if cs.count >= 2, cs.contains(where: isNumericCell) { return true }
        return false
    }

    /// A fixed-width line of two or more cells with a gap of three or more spaces between them
    /// (a column header row of a plain-text statement: `Domestic    Sears Canada    Consolidated`).
    public static func isMultiCell(_ raw: String) -> Bool {
        if raw.contains("\t") { return false }
        let t = trim(raw)
        if !hasDoubleSpace(t) { return false }
        var gap = 0
        var wide = false
        var cellsSeen = 0
        var inCell = false
        for ch in t {
            if ch == " " {
                gap += 1
                inCell = false
            } else {
                if gap >= 3 { wide = true }
                if !inCell, gap >= 2 || cellsSeen == 0 { cellsSeen += 1 }
                gap = 0
                inCell = true
            }
        }
        return wide && cellsSeen >= 2
    }

    /// A line of dashes, equals signs or underscores (table rules), possibly in columns.
    public static func isRuling(_ t: String) -> Bool {
        var marks = 0
        for ch in t {
            switch ch {
            case "-", "=", "_", "—": marks += 1
            case " ", "\t", "+", "|": continue
            default: return false
            }
        }
        return marks >= 3
    }

    /// SGML table wrappers of EDGAR text filings: `<TABLE>`, `</TABLE>`, `<CAPTION>`, `<S>`, `<C>`.
    public static func sgmlTableTag(_ t: String) -> SGMLTag? {
        let u = t.uppercased()
        if u == "<TABLE>" { return .open }
        if u == "</TABLE>" { return .close }
        if u.hasPrefix("<CAPTION>") || u.hasPrefix("<S>") || u.hasPrefix("<C>") || u == "</CAPTION>" { return .inner }
        return nil
    }

    public enum SGMLTag: Sendable { case open, close, inner }

    // MARK: list items

    /// The length (in characters) of a list marker at the start of the line, with its space:
    /// `- `, `• `, `* `, `1. `, `1) `, `(a) `, `a. `, `(iv) `. Nil when the line is not a list item.
    public static func listMarkerLength(_ t: String) -> Int? {
        let chars = Array(t.prefix(8))
        guard chars.count >= 2 else { return nil }
        let bullets: Set<Character> = ["-", "•", "*", "·", "▪", "◦", "–", "○", "●", "■", "□", "►", "➢", "✓", ">"]
        if bullets.contains(chars[0]), chars[1] == " " { return 2 }
        // 1. / 1) / a. / a) / iv.
        var i = 0
        while i < chars.count, chars[i].isASCII, chars[i].isNumber { i += 1 }
        if i > 0, i <= 2, i + 1 < chars.count, chars[i] == "." || chars[i] == ")", chars[i + 1] == " " { return i + 2 }
        if chars[0].isASCII, chars[0].isLetter, chars[0].isLowercase, chars.count >= 3,
           chars[1] == "." || chars[1] == ")", chars[2] == " " { return 3 }
        // (a) / (iv) -- but (1) is a footnote label
        if chars[0] == "(" {
            var j = 1
            while j < chars.count, chars[j].isASCII, chars[j].isLetter, chars[j].isLowercase { j += 1 }
            if j > 1, j <= 5, j + 1 < chars.count, chars[j] == ")", chars[j + 1] == " " { return j + 2 }
        }
        return nil
    }

    /// A TAB row whose first cell is a bullet glyph as extracted from PDF (`\square`, `₽`,
    /// `$\mathbf{\nabla}$`) and whose second cell is text: a list item.
    public static func isGlyphBulletRow(_ raw: String) -> Bool {
        guard raw.contains("\t") else { return false }
        let cs = cells(raw)
        guard cs.count == 2 else { return false }
        let first = cs[0], second = cs[1]
        guard !first.isEmpty, first.count <= 24, words(second).count >= 3 else { return false }
        if first.hasPrefix("\\") || first.hasPrefix("$") { return true }
        if first.count == 1, let ch = first.first, !ch.isLetter, !ch.isNumber { return true }
        return false
    }

    /// A TAB row `2<TAB>Selected as a co-drafting unit for ...`: a one- or two-character first
    /// cell and a prose second cell. A bullet only among glyph bullets (see the segmenter).
    public static func isDamagedBulletRow(_ raw: String) -> Bool {
        guard raw.contains("\t") else { return false }
        let cs = cells(raw)
        guard cs.count == 2, cs[0].count >= 1, cs[0].count <= 2 else { return false }
        return words(cs[1]).count >= 5 && cs[1].first?.isUppercase == true
    }

    // MARK: footnote definitions

    /// The label of a footnote definition line: `1 Refers to ...`, `(1) ...`, `¹ ...`, `12 "X"
    /// refers to ...`. The text after the label must start with a capital letter or a quote
    /// and run to three words or more.
    public static func footnoteLabel(_ t: String) -> String? {
        let ws = words(t)
        guard ws.count >= 4 else { return nil }
        let first = ws[0]
        var label: String?
        if isInteger(first), first.count <= 3 {
            label = String(first)
        } else if first.hasPrefix("("), first.hasSuffix(")"), first.count >= 3, first.count <= 5 {
            let inner = first.dropFirst().dropLast()
            if isInteger(inner) { label = String(inner) }
        } else if first.allSatisfy({ superscriptDigits.contains($0) }) {
            label = String(first.map { superscriptValue($0) })
        }
        guard let label else { return nil }
        guard let c = ws[1].first else { return nil }
        let startsWell = (c.isLetter && c.isUppercase) || c == "\"" || c == "“" || c == "'"
        return startsWell ? label : nil
    }

    static let superscriptDigits: Set<Character> = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
    static func superscriptValue(_ c: Character) -> Character {
        switch c {
        case "⁰": return "0"
        case "¹": return "1"
        case "²": return "2"
        case "³": return "3"
        case "⁴": return "4"
        case "⁵": return "5"
        case "⁶": return "6"
        case "⁷": return "7"
        case "⁸": return "8"
        default: return "9"
        }
    }

    // MARK: page furniture

    /// A page number line: `7`, `07/08`, `47 / 48`, `- 3 -`, `Page 3`, `Page 3 of 10`.
    public static func isPageNumber(_ t: String) -> Bool {
        if t.isEmpty || t.count > 14 { return false }
        var digits = 0
        var ok = true
        for ch in t {
            if ch.isASCII, ch.isNumber { digits += 1 } else if ch == "/" || ch == " " || ch == "\t" || ch == "-" || ch == "|" || ch == "—" || ch == "–" {
                continue
            } else { ok = false; break }
        }
        if ok { return digits > 0 && digits <= 8 }
        let ws = words(t.lowercased())
        if ws.first == "page", ws.count >= 2, ws.count <= 4, isInteger(ws[1]) { return true }
        return false
    }

    // MARK: captions

    /// A units note or statement annotation: `(Amounts in thousands of Renminbi ...)`,
    /// `(In millions, except per share data)`, `(Unaudited)`, `In thousands of dollars`.
    public static func isUnitsCaption(_ t: String) -> Bool {
        let lower = t.lowercased()
        let keys = ["thousand", "million", "billion", "unaudited", "except per share", "except for",
                    "amounts in", "in dollars", "of dollars", "in u.s.", "in us$", "in rmb", "in euro"]
        if lower.hasPrefix("(") {
            guard words(t).count <= 45 else { return false }
            if lower.hasPrefix("(in ") || lower.hasPrefix("(amounts") || lower.hasPrefix("(dollars") || lower.hasPrefix("(unaudited") { return true }
            return keys.contains { lower.contains($0) } && !lower.contains(". ")
        }
        if lower.hasPrefix("in thousands") || lower.hasPrefix("in millions") || lower.hasPrefix("amounts in")
            || lower.hasPrefix("dollars in") || lower.hasPrefix("in billions") {
            return words(t).count <= 20 && !t.hasSuffix(".")
        }
        return false
    }

    /// Balance of parentheses in a string: `(` minus `)`.
    public static func parenBalance(_ t: String) -> Int {
        var b = 0
        for ch in t { if ch == "(" { b += 1 } else if ch == ")" { b -= 1 } }
        return b
    }

    // MARK: other line facts

    public static func hasURLOrEmail(_ t: String) -> Bool {
        let l = t.lowercased()
        return l.contains("http://") || l.contains("https://") || l.contains("www.") || l.contains("@")
    }

    /// The line ends like a sentence or a fragment that continues (`.`, `,`, `;`, `:`).
    public static func endsWithSentencePunctuation(_ t: String) -> Bool {
        guard let last = t.last else { return false }
        return last == "." || last == "," || last == ";" || last == ":" || last == "!"
    }
}
