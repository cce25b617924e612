import FolioModel

/// Line-level tests on the (trimmed) text of one line. Each is a small function of a short
/// string, so each can be tested on its own.
public enum LineClassifier {
    // MARK: words and cells

    /// Words separated by spaces or tabs.
    public static func words(_ s: String) -> [Substring] {
        words(s, limit: .max)
    }

    /// The number of words, counting no further than `limit` (bytes; cheap on long lines).
    public static func wordCount(_ s: String, limit: Int = .max) -> Int {
        ByteScan.withBytes(s) { wordCount(bytes: $0, limit: limit) }
    }

    /// `wordCount` of a UTF-8 buffer.
    static func wordCount(bytes: UnsafeBufferPointer<UInt8>, limit: Int = .max) -> Int {
        var n = 0
        var inWord = false
        for b in bytes {
            let space = b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
            if space { inWord = false } else if !inWord {
                inWord = true
                n += 1
                if n >= limit { return n }
            }
        }
        return n
    }

    /// The first `limit` words of `words(s)` (all of them when there are fewer): for callers
    /// that look at a line's first words only, without cutting a long line into all of its words.
    public static func words(_ s: String, limit: Int) -> [Substring] {
        // Scans bytes: the separators are ASCII, so every cut is on a character boundary.
        // A native string's bytes are read in place, the result sized once.
        if let r = s.utf8.withContiguousStorageIfAvailable({ b -> [Substring] in
            var result: [Substring] = []
            result.reserveCapacity(wordCount(bytes: b, limit: limit))
            let u = s.utf8
            func word(_ a: Int, _ e: Int) -> Substring {
                s[u.index(u.startIndex, offsetBy: a)..<u.index(u.startIndex, offsetBy: e)]
            }
            var start = -1
            for k in 0..<b.count {
                let c = b[k]
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D {
                    if start >= 0 {
                        result.append(word(start, k))
                        start = -1
                        if result.count >= limit { return result }
                    }
                } else if start < 0 {
                    start = k
                }
            }
            if start >= 0, result.count < limit { result.append(word(start, b.count)) }
            return result
        }) { return r }
        var result: [Substring] = []
        let u = s.utf8
        var i = u.startIndex
        var start: String.Index?
        while i != u.endIndex {
            let b = u[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                if let st = start {
                    result.append(s[st..<i])
                    start = nil
                    if result.count >= limit { return result }
                }
            } else if start == nil {
                start = i
            }
            u.formIndex(after: &i)
        }
        if let st = start, result.count < limit { result.append(s[st..<u.endIndex]) }
        return result
    }

    /// Cells of a tabular line: split on tabs when there are tabs, else on runs of two or more
    /// spaces; empty cells between tabs are kept (they matter for columns), outer blanks trimmed.
    public static func cells(_ raw: String) -> [String] {
        if let fast = ByteScan.withBytes(raw, { byteCells($0) }) { return fast }
        if hasTab(raw) {
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

    /// `cells` on bytes, or nil when a space or tab touches a non-ASCII byte (where a
    /// combining mark could make the blank part of a larger character, so the `Character`
    /// path decides).
    static func byteCells(_ b: UnsafeBufferPointer<UInt8>) -> [String]? {
        let n = b.count
        var hasTab = false
        for i in 0..<n where b[i] == 0x20 || b[i] == 0x09 {
            if b[i] == 0x09 { hasTab = true }
            if i > 0, b[i - 1] >= 0x80 { return nil }
            if i + 1 < n, b[i + 1] >= 0x80 { return nil }
        }
        func string(_ s: Int, _ e: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)
        }
        var out: [String] = []
        if hasTab {
            var start = 0
            var i = 0
            while i <= n {
                if i == n || b[i] == 0x09 {
                    var s = start
                    var e = i
                    while s < e, b[s] == 0x20 { s += 1 }
                    while e > s, b[e - 1] == 0x20 { e -= 1 }
                    out.append(string(s, e))
                    start = i + 1
                }
                i += 1
            }
            return out
        }
        // Runs of two or more spaces separate cells; single spaces stay inside a cell.
        var i = 0
        while i < n, b[i] == 0x20 { i += 1 }
        var cellStart = i
        var lastContentEnd = i
        while i < n {
            if b[i] == 0x20 {
                var j = i
                while j < n, b[j] == 0x20 { j += 1 }
                if j - i >= 2, j < n {
                    out.append(string(cellStart, lastContentEnd))
                    cellStart = j
                }
                i = j
            } else {
                i += 1
                lastContentEnd = i
            }
        }
        if lastContentEnd > cellStart { out.append(string(cellStart, lastContentEnd)) }
        return out
    }

    /// Whether `w` has at least `k` letters (`Character.isLetter`); ASCII text on bytes, where
    /// the letters are `A`-`Z` and `a`-`z`.
    public static func hasLetters(_ w: Substring, atLeast k: Int) -> Bool {
        let ascii: Bool? = ByteScan.withBytes(w) { b in
            guard ByteScan.isASCII(b), !ByteScan.containsByte(b, 0x0D) else { return nil }
            var n = 0
            for x in b where (x >= 0x41 && x <= 0x5A) || (x >= 0x61 && x <= 0x7A) {
                n += 1
                if n >= k { return true }
            }
            return n >= k
        }
        if let ascii { return ascii }
        var n = 0
        for ch in w where ch.isLetter {
            n += 1
            if n >= k { return true }
        }
        return n >= k
    }

    /// Two spaces in a row (bytes).
    public static func hasDoubleSpace(_ t: String) -> Bool {
        ByteScan.withBytes(t) { b in
            var prev: UInt8 = 0
            for x in b {
                if x == 0x20, prev == 0x20 { return true }
                prev = x
            }
            return false
        }
    }

    /// Any ASCII digit (bytes).
    public static func hasDigit(_ t: String) -> Bool {
        ByteScan.withBytes(t, hasDigit(bytes:))
    }

    static func hasDigit(bytes b: UnsafeBufferPointer<UInt8>) -> Bool {
        for x in b where x >= 0x30 && x <= 0x39 { return true }
        return false
    }

    /// Any tab (bytes).
    public static func hasTab(_ t: String) -> Bool {
        ByteScan.withBytes(t) { ByteScan.containsByte($0, 0x09) }
    }

    /// The first `:` character. On bytes when the colon's neighbours are ASCII (then the
    /// colon is a `Character` of its own: only non-ASCII scalars join a character before or
    /// after it); otherwise by characters.
    public static func firstColon(_ t: String) -> String.Index? {
        let fast: Int?? = ByteScan.withBytes(t) { b in
            guard let k = b.firstIndex(of: UInt8(ascii: ":")) else { return .some(nil) }
            if k > 0, b[k - 1] >= 0x80 { return nil }
            if k + 1 < b.count, b[k + 1] >= 0x80 { return nil }
            return .some(k)
        }
        if let f = fast {
            guard let k = f else { return nil }
            return t.utf8.index(t.utf8.startIndex, offsetBy: k)
        }
        return t.firstIndex(of: ":")
    }

    public static func trim(_ s: String) -> String {
        // Bytes first: spaces and tabs are ASCII. A cut next to a non-ASCII byte could split a
        // character (a space with a combining mark is one `Character`), so that case takes the
        // `Character` path below.
        let fast: String?? = ByteScan.withBytes(s) { b in
            var i = 0
            var e = b.count
            while i < e, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
            while e > i, b[e - 1] == 0x20 || b[e - 1] == 0x09 { e -= 1 }
            if i == 0 && e == b.count { return .some(nil) }
            if i > 0, i < b.count, b[i] >= 0x80 { return nil }
            if e < b.count, e > 0, b[e - 1] >= 0x80 { return nil }
            return .some(String(decoding: UnsafeBufferPointer(rebasing: b[i..<e]), as: UTF8.self))
        }
        if let f = fast { return f ?? s }
        var sub = Substring(s)
        while let f = sub.first, f == " " || f == "\t" { sub = sub.dropFirst() }
        while let l = sub.last, l == " " || l == "\t" { sub = sub.dropLast() }
        return String(sub)
    }

    // MARK: numbers

    /// **Numeric cell.** Whether a table cell is a number as printed in statements: `1,234`,
    /// `(4,984)`, `$ 128`, `27.9%`, `-`, `—`, `N/A`, `US$0.96`: after blanks are trimmed, one
    /// of `numericCellDashes` or `numericCellWords`, or an optional `numericCellPrefixes`
    /// prefix, then digits and only `numericCellPunctuation`, em and en dashes. The words
    /// below are the rule's only vocabulary; the byte path and the `Character` path read them.
    public static func isNumericCell(_ cell: String) -> Bool {
        if let fast = ByteScan.withBytes(cell, { byteIsNumericCell($0) }) { return fast }
        return characterIsNumericCell(cell)
    }

    /// `isNumericCell` of a word, without a `String` copy when its bytes decide.
    public static func isNumericCell(_ word: Substring) -> Bool {
        if let fast = ByteScan.withBytes(word, { byteIsNumericCell($0) }) { return fast }
        return characterIsNumericCell(String(word))
    }

    /// A cell that is only a dash: nil in a statement.
    static let numericCellDashes: [StaticString] = ["-", "—", "–", "--"]
    /// Words that stand for a figure (compared case-insensitively).
    static let numericCellWords: [StaticString] = ["n/a", "nm", "n.m.", "nil"]
    /// Currency prefixes a figure may carry (`\$` as Markdown escapes it).
    static let numericCellPrefixes: [StaticString] = ["US$", "US\\$", "RMB", "HK$", "$", "\\$", "€", "£", "¥"]
    /// The ASCII bytes a figure may hold besides digits.
    @inline(__always)
    static func isNumericCellPunctuation(_ a: UInt8) -> Bool {
        switch a {
        case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "-"), UInt8(ascii: "+"),
             UInt8(ascii: "%"), UInt8(ascii: " "), UInt8(ascii: "$"), UInt8(ascii: "x"):
            return true
        default:
            return false
        }
    }

    /// `isNumericCell` by `Character`s, for the cells whose bytes do not decide (a blank, a
    /// prefix or a dash next to a non-ASCII scalar that could join it into another character).
    static func characterIsNumericCell(_ cell: String) -> Bool {
        let c = trim(cell)
        if c.isEmpty { return false }
        if numericCellDashes.contains(where: { c == $0.description }) { return true }
        let lower = c.lowercased()
        if numericCellWords.contains(where: { lower == $0.description }) { return true }
        var digits = 0
        var others = 0
        var body = Substring(c)
        for prefix in numericCellPrefixes where body.hasPrefix(prefix.description) {
            body = body.dropFirst(prefix.description.count)
            break
        }
        for ch in body {
            if ch.isASCII, let a = ch.asciiValue {
                if a >= 0x30 && a <= 0x39 { digits += 1; continue }
                if !isNumericCellPunctuation(a) { others += 1 }
            } else if ch == "—" || ch == "–" {
                continue
            } else {
                others += 1
            }
        }
        return digits > 0 && others == 0
    }

    /// `isNumericCell` on bytes, or nil (the `Character` path decides) when a blank touches a
    /// non-ASCII byte.
    static func byteIsNumericCell(_ all: UnsafeBufferPointer<UInt8>) -> Bool? {
        var s = 0
        var e = all.count
        while s < e, all[s] == 0x20 || all[s] == 0x09 { s += 1 }
        while e > s, all[e - 1] == 0x20 || all[e - 1] == 0x09 { e -= 1 }
        if s == e { return false }
        if s > 0, all[s] >= 0x80 { return nil }
        if e < all.count, all[e - 1] >= 0x80 { return nil }
        let b = UnsafeBufferPointer(rebasing: all[s..<e])
        let n = b.count
        func equals(_ lit: StaticString, folded: Bool) -> Bool {
            lit.withUTF8Buffer { l in
                guard l.count == n else { return false }
                for i in 0..<n where (folded ? ByteScan.lower(b[i]) : b[i]) != l[i] { return false }
                return true
            }
        }
        if numericCellDashes.contains(where: { equals($0, folded: false) }) { return true }
        if numericCellWords.contains(where: { equals($0, folded: true) }) { return true }
        var i = 0
        for prefix in numericCellPrefixes {
            let len = prefix.withUTF8Buffer { p -> Int in
                guard p.count <= n else { return 0 }
                for k in 0..<p.count where b[k] != p[k] { return 0 }
                return p.count
            }
            if len > 0 {
                // A combining mark after the prefix would make it another character.
                if len < n, b[len] >= 0x80 { return nil }
                i = len
                break
            }
        }
        var digits = 0
        while i < n {
            let x = b[i]
            if x < 0x80 {
                if x >= 0x30 && x <= 0x39 { digits += 1; i += 1; continue }
                guard isNumericCellPunctuation(x) else { return false }
                i += 1
                continue
            }
            // Em or en dash (E2 80 94 / E2 80 93) not followed by a combining mark; any other
            // non-ASCII character is not part of a number.
            if x == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0x94 || b[i + 2] == 0x93 {
                if i + 3 < n, b[i + 3] >= 0x80 { return nil }
                i += 3
                continue
            }
            return false
        }
        return digits > 0
    }

    /// A bare integer (`2`, `07`, `2023`).
    public static func isInteger(_ s: Substring) -> Bool {
        !s.isEmpty && s.allSatisfy { $0.isASCII && $0.isNumber }
    }

    // MARK: table lines

    /// A line that belongs to a table: it has a tab, or it is a Markdown pipe row, or a ruling
    /// (`-----  -----`), or a fixed-width row with two or more cells of which one is a number.
    /// Lines longer than this (bytes) are prose or markup, never table rows, headings or TOC
    /// entries; the line tests skip them.
    public static let maxStructuredLine = 2000

    public static func isTabular(_ raw: String) -> Bool {
        if let decided = ByteScan.withBytes(raw, { quickTabular(line: $0) }) { return decided }
        let t = trim(raw)
        if t.isEmpty { return false }
        if hasTab(raw) { return true }
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
        guard raw.utf8.count <= maxStructuredLine, !hasTab(raw) else { return false }
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

    /// `isTabular` decided on the line's bytes, without its trimmed copy, for the common
    /// lines: blank, with a tab, or (no double space, no leading pipe) a rule or prose. Nil
    /// where the test below must look at the trimmed `String`: a double space, a leading pipe,
    /// a cut that `trim` makes by `Character`s, or a non-ASCII rule test.
    /// `isTabular` told from the raw line's bytes alone (its length, then `quickTabular`); nil
    /// when only the `String` tests decide.
    static func quickTabular(line b: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard b.count <= maxStructuredLine else { return false }
        return quickTabular(b)
    }

    static func quickTabular(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        var i = 0
        var e = b.count
        var tab = false
        while i < e, b[i] == 0x20 || b[i] == 0x09 { tab = tab || b[i] == 0x09; i += 1 }
        if i == e { return false }
        while e > i, b[e - 1] == 0x20 || b[e - 1] == 0x09 { tab = tab || b[e - 1] == 0x09; e -= 1 }
        // `trim`'s `Character` path (a cut next to a non-ASCII byte).
        if i > 0, b[i] >= 0x80 { return nil }
        if e < b.count, b[e - 1] >= 0x80 { return nil }
        if tab { return true }
        // A tab anywhere between, or two spaces in a row: eight bytes a step (`zeroBytes`
        // marks each tab or space exactly), the bytes left over one by one.
        var doubleSpace = false
        var prevSpace = false
        var k = i
        if let base = b.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101
            while k + 8 <= e {
                let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: k, as: UInt64.self))
                if zeroBytes(x ^ (ones &* 0x09)) != 0 { return true }
                let spaces = zeroBytes(x ^ (ones &* 0x20))
                if spaces & (spaces << 8) != 0 || (prevSpace && spaces & 0x80 != 0) { doubleSpace = true }
                prevSpace = spaces >> 63 != 0
                k += 8
            }
        }
        while k < e {
            let x = b[k]
            if x == 0x09 { return true }
            if x == 0x20 {
                if prevSpace { doubleSpace = true }
                prevSpace = true
            } else {
                prevSpace = false
            }
            k += 1
        }
        if doubleSpace || b[i] == 0x7C { return nil }
        return rulingBytes(UnsafeBufferPointer(rebasing: b[i..<e]))
    }

    /// 0x80 in each byte of `v` that is zero, and nothing else (no carry crosses a byte).
    @inline(__always)
    static func zeroBytes(_ v: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((v & low7) &+ low7) | v | low7)
    }

    /// `isRuling` on bytes: decided while the bytes are ASCII (each is then a `Character` of
    /// its own); nil at the first non-ASCII byte, where `Character`s decide.
    static func rulingBytes(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        var marks = 0
        for x in b {
            switch x {
            case 0x2D, 0x3D, 0x5F: marks += 1
            case 0x20, 0x09, 0x2B, 0x7C: continue
            default: return x >= 0x80 ? nil : false
            }
        }
        return marks >= 3
    }

    /// A line of dashes, equals signs or underscores (table rules), possibly in columns.
    public static func isRuling(_ t: String) -> Bool {
        if let r = ByteScan.withBytes(t, { rulingBytes($0) }) { return r }
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
    /// The bytes an SGML table tag line (`sgmlTableTag`) can start with.
    @inline(__always)
    static func mayStartSGMLTableTag(_ b0: UInt8) -> Bool {
        b0 == UInt8(ascii: "<") || b0 == UInt8(ascii: " ") || b0 == UInt8(ascii: "\t")
    }

    public static func sgmlTableTag(_ t: String) -> SGMLTag? {
        // Byte prefilter: every tag starts the line with `<` and is short.
        guard let b0 = t.utf8.first, mayStartSGMLTableTag(b0) else { return nil }
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
    /// Whether a line's bytes can open a list marker (`listMarkerLength`): it starts with a
    /// bullet (ASCII `-`, `*`, `>` or a non-ASCII glyph), a digit or `(`; or with a lowercase
    /// ASCII letter followed by `.` or `)` (`a.`, `b)`), or by a non-ASCII byte (then the
    /// characters tell).
    static func mayBeListMarker(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let b0 = b.first else { return false }
        switch b0 {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: ">"), UInt8(ascii: "("), 0x30...0x39, 0x80...: return true
        case 0x61...0x7A:
            guard b.count >= 3 else { return false }
            let b1 = b[1]
            return b1 == UInt8(ascii: ".") || b1 == UInt8(ascii: ")") || b1 >= 0x80
        default: return false
        }
    }

    public static func listMarkerLength(_ t: String) -> Int? {
        guard ByteScan.withBytes(t, mayBeListMarker) else { return nil }
        let chars = Array(t.prefix(8))
        guard chars.count >= 2 else { return nil }
        if listBullets.contains(chars[0]), chars[1] == " " { return 2 }
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

    static let listBullets: Set<Character> = ["-", "•", "*", "·", "▪", "◦", "–", "○", "●", "■", "□", "►", "➢", "✓", ">"]

    /// A TAB row whose first cell is a bullet glyph as extracted from PDF (`\square`, `₽`,
    /// `$\mathbf{\nabla}$`) and whose second cell is text: a list item.
    public static func isGlyphBulletRow(_ raw: String) -> Bool {
        guard ByteScan.withBytes(raw, mayBeTabRow) else { return false }
        let cs = cells(raw)
        guard cs.count == 2 else { return false }
        let first = cs[0], second = cs[1]
        guard !first.isEmpty, first.count <= 24, wordCount(second, limit: 3) >= 3 else { return false }
        if first.hasPrefix("\\") || first.hasPrefix("$") { return true }
        if first.count == 1, let ch = first.first, !ch.isLetter, !ch.isNumber { return true }
        return false
    }

    /// A TAB row `2<TAB>Selected as a co-drafting unit for ...`: a one- or two-character first
    /// cell and a prose second cell. A bullet only among glyph bullets (see the segmenter).
    /// Exactly one tab: two cells. A tab is a control character, always a `Character` of
    /// its own, so its bytes tell the cells.
    static func hasOneTab(_ raw: String) -> Bool {
        ByteScan.withBytes(raw, hasOneTab)
    }

    static func hasOneTab(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = ByteSearch.firstIndex(ofByte: 0x09, in: b) else { return false }
        return ByteSearch.firstIndex(ofByte: 0x09, in: b, from: first + 1) == nil
    }

    /// What a glyph or damaged bullet row (`isGlyphBulletRow`, `isDamagedBulletRow`) needs of
    /// the raw line's bytes: at most `maxStructuredLine` of them and exactly one tab.
    static func mayBeTabRow(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        b.count <= maxStructuredLine && hasOneTab(b)
    }

    public static func isDamagedBulletRow(_ raw: String) -> Bool {
        guard ByteScan.withBytes(raw, mayBeTabRow) else { return false }
        let cs = cells(raw)
        guard cs.count == 2, cs[0].count >= 1, cs[0].count <= 2 else { return false }
        return wordCount(cs[1], limit: 5) >= 5 && cs[1].first?.isUppercase == true
    }

    // MARK: footnote definitions

    /// **Footnote block.** The label of a footnote definition line that makes its block a
    /// footnote: `1 Refers to ...`, `(1) These items ...`, `¹ In 2024, ...`, `12 "X" refers to
    /// ...`. The label and where the text starts are `DefinitionLabel`'s (the footnotes stage
    /// reads the same grammar); this test keeps the forms lists do not use (a plain, a
    /// parenthesised number, superscript digits: not `1.`, `1)`, `(a)`, `*`, `†`) and asks the
    /// text for more than a definition's start: a capital letter or a quote, three words or
    /// more, and no magnitude right after the number (`5 U million+ Audience Reach`,
    /// `12 billion Loans`: a figure and its caption).
    /// The bytes a footnote label (`footnoteLabel`) can start with.
    @inline(__always)
    static func mayStartFootnoteLabel(_ b0: UInt8) -> Bool {
        ByteClass.isDigit(b0) || b0 == UInt8(ascii: "(") || b0 >= 0x80
    }

    public static func footnoteLabel(_ t: String) -> String? {
        // Byte prefilter: a label of those forms starts with a digit, `(` or a superscript.
        guard let b0 = t.utf8.first, mayStartFootnoteLabel(b0),
              let d = DefinitionLabel.parse(t), d.form == .number || d.form == .parenthesized || d.form == .superscript,
              d.label.utf8.allSatisfy(ByteClass.isDigit) else { return nil }
        // Only the first three words of the text are looked at.
        let text = ByteScan.withBytes(t) { b in
            String(decoding: UnsafeBufferPointer(rebasing: b[min(d.contentStart, b.count)...]), as: UTF8.self)
        }
        let ws = words(text, limit: 3)
        guard ws.count >= 3, let c = ws[0].first else { return nil }
        let startsWell = (c.isLetter && c.isUppercase) || c == "\"" || c == "“" || c == "'"
        guard startsWell else { return nil }
        if c.isLetter {
            // The word after the number, or after a lone capital (an OCR slip: `5 U million+`).
            let w = ws[0].count == 1 ? ws[1] : ws[0]
            let lw = w.lowercased()
            if magnitudeWords.contains(lw.trimmingCharacters(in: ["+", "%"])) || lw.hasSuffix("+") || lw.hasSuffix("%") { return nil }
        }
        return d.label
    }

    static let magnitudeWords: Set<String> = ["thousand", "million", "billion", "trillion", "percent", "per", "mn", "bn", "k", "m"]

    // MARK: page furniture

    /// A page number line: `7`, `07/08`, `47 / 48`, `- 3 -`, `Page 3`, `Page 3 of 10`.
    /// The bytes a page number (`isPageNumber`) can start with: a digit, a separator, `p`/`P`
    /// of `page`, or the lead byte of a dash.
    @inline(__always)
    static func mayStartPageNumber(_ b0: UInt8) -> Bool {
        switch b0 {
        case 0x30...0x39, UInt8(ascii: "/"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "-"), UInt8(ascii: "|"),
             UInt8(ascii: "p"), UInt8(ascii: "P"), 0xE2: return true
        default: return false
        }
    }

    public static func isPageNumber(_ t: String) -> Bool {
        // Byte prefilter: a page number starts with a digit, a separator or `page`; any other
        // first byte fails both tests below.
        guard let b0 = t.utf8.first, mayStartPageNumber(b0) else { return false }
        if t.utf8.count > 14, t.count > 14 { return false }
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
    /// Units notes are the units model's caption lines (`UnitsParser.isCaptionLine`); the
    /// annotation `(Unaudited)` is the only other kind of line read as a caption.
    /// The bytes a units caption (`isUnitsCaption`) can start with: `(` (a parenthesised
    /// caption, an unaudited note) or the first letter, either case, of the leading units
    /// phrases `UnitsParser.isCaptionLine` knows (`in ...`, `amounts in`, `dollars in`).
    @inline(__always)
    static func mayStartUnitsCaption(_ b0: UInt8) -> Bool {
        switch ByteScan.lower(b0) {
        case UInt8(ascii: "("), UInt8(ascii: "i"), UInt8(ascii: "a"), UInt8(ascii: "d"): return true
        default: return false
        }
    }

    public static func isUnitsCaption(_ t: String) -> Bool {
        UnitsParser.isCaptionLine(t) || isUnauditedNote(t)
    }

    /// **Statement annotation.** `(Unaudited)`, `(unaudited, restated)`: a parenthesised note
    /// of at most 45 words, no sentence break inside, that says the figures are unaudited.
    static func isUnauditedNote(_ t: String) -> Bool {
        ByteScan.withBytes(t) { b in
            guard b.first == UInt8(ascii: "("), wordCount(t, limit: 46) <= 45 else { return false }
            if ByteScan.hasPrefixLowered(b, "(unaudited") { return true }
            return ByteScan.containsLowered(b, "unaudited") && !ByteScan.contains(b, ". ")
        }
    }

    /// Balance of parentheses in a string: `(` minus `)`.
    public static func parenBalance(_ t: String) -> Int {
        var b = 0
        for ch in t { if ch == "(" { b += 1 } else if ch == ")" { b -= 1 } }
        return b
    }

    // MARK: other line facts

    public static func hasURLOrEmail(_ t: String) -> Bool {
        ByteScan.withBytes(t) { b in
            ByteScan.containsByte(b, UInt8(ascii: "@")) || ByteScan.containsLowered(b, "http://")
                || ByteScan.containsLowered(b, "https://") || ByteScan.containsLowered(b, "www.")
        }
    }

    /// The line ends like a sentence or a fragment that continues (`.`, `,`, `;`, `:`).
    public static func endsWithSentencePunctuation(_ t: String) -> Bool {
        // The last byte: an ASCII mark ends the last character too (`t.last` builds a Character).
        guard let last = t.utf8.last else { return false }
        return last == 0x2E || last == 0x2C || last == 0x3B || last == 0x3A || last == 0x21
    }
}
