import FolioModel

/// How a heading line is written: this decides whether it can be a heading at all and, with the
/// document's other headings and its table of contents, its level.
public enum HeadingStyle: Sendable, Hashable {
    /// `PART II`, `Part I — Financial Information`.
    case part
    /// `Item 7.`, `ITEM 1A. RISK FACTORS`.
    case item
    /// A numbered chapter or section: `02 Analysis of Material ESG Issues`, `1.2 Scope`.
    /// `depth` is 1 for `2`, 2 for `2.1`; `value` is the first number (nil when the number is
    /// OCR-damaged, e.g. `O Company Overview`).
    case numbered(depth: Int, value: Int?)
    /// `Case: Rural Assistance Plan`: a labelled sub-heading, always a leaf.
    case label
    /// `SHARE RECORD DATE AND ADS RECORD DATE`.
    case allCaps
    /// `Fourth Quarter 2023 Business Highlights`.
    case titleCase
}

/// A line that is written like a heading, with its style and its title (the text after a
/// chapter number or item label).
public struct HeadingCandidate: Sendable, Hashable {
    public var style: HeadingStyle
    /// The heading text without a leading chapter number (for TOC matching).
    public var title: String
    /// The leading number token as printed, for numbered headings.
    public var number: String?
}

/// Tests whether one line is written like a heading. Context (what follows, the document's
/// other headings, its TOC) is judged by the segment stage and `LevelAssigner`.
public enum HeadingDetector {
    /// Words that stay lowercase inside a title.
    static let smallWords: Set<String> = [
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "over",
        "per", "the", "to", "vs", "vs.", "via", "with", "its", "our", "than", "under", "&", "-", "—", "–", "/",
        "de", "du", "la", "le", "und", "der", "die",
    ]

    /// `Source: ...`, `Note: ...`, `Tel: ...`: annotations and contact fields, not labelled headings.
    static let annotationLabels: Set<String> = ["source", "sources", "note", "notes", "remark", "remarks", "tel", "fax",
                                               "email", "e-mail", "website", "web", "address", "contact", "phone", "date", "time",
                                               "location", "venue", "attention", "re", "subject", "from", "to", "cc"]

    /// Maximum words of an ordinary (title-case or all-caps) heading.
    public static let maxWords = 16

    /// The heading style of `text` (a trimmed line), or nil when it cannot be a heading: a
    /// sentence, a number, a bullet, a table row, a caption fragment, a URL, a date.
    public static func candidate(_ text: String) -> HeadingCandidate? {
        let t = LineClassifier.trim(text)
        let bytes = t.utf8.count
        guard bytes >= 2, bytes <= 400 else { return nil }
        // More than 30 words: counted on bytes before the line is cut into words.
        guard LineClassifier.wordCount(t, limit: 31) <= 30 else { return nil }
        // The cheap rejections below, on bytes before the words, for lines that cannot be a
        // Part or Item heading.
        if rejectedEarly(t) { return nil }
        let ws = LineClassifier.words(t)
        guard let firstWord = ws.first, ws.count <= 30 else { return nil }
        if let c = ItemSections.candidate(t, ws) { return c }
        // Cheap rejections first: too long, lowercase start, sentence end.
        if let f = t.first, f.isLowercase { return nil }
        // The last byte: an ASCII mark ends the last character too (`t.last` builds a Character).
        if let l = t.utf8.last, l == 0x2E || l == 0x2C || l == 0x3B || l == 0x21 { return nil }
        // `Case: ...` labels may run longer than a heading.
        let labelShape = ws.count >= 2 && (ws[0].hasSuffix(":") || ws[1].hasSuffix(":"))
        if !labelShape {
            guard ws.count <= maxWords + 1, t.utf8.count <= 160 || t.count <= 160 else { return nil }
            guard isAllCaps(t) || isTitleCase(ws) else { return nil }
        }
        guard !LineClassifier.hasURLOrEmail(t) else { return nil }
        guard !LineClassifier.isPageNumber(t), !LineClassifier.isUnitsCaption(t) else { return nil }
        if let first = t.first, first == "(" || first == "[" || first == "\"" || first == "“" || first == "'" || first == "‘" { return nil }
        if LineClassifier.isDateLine(t) { return nil }
        // Tabs or wide gaps: columns of a table row, not a heading.
        if LineClassifier.hasTab(t) || ByteScan.withBytes(t, { ByteScan.contains($0, "   ") }) { return nil }
        // Numbered: "02 Title", "1.2 Title", "3. Title", "O Company Overview" (damaged number).
        if ws.count >= 2, let n = numberPrefix(firstWord) {
            let rest = ws.dropFirst().joined(separator: " ")
            if isHeadingText(rest, maxWords: maxWords) {
                return HeadingCandidate(style: .numbered(depth: n.depth, value: n.value), title: rest, number: String(firstWord))
            }
        }
        // Label: "Case: Title", "Case Study: Title".
        if let colon = LineClassifier.firstColon(t) {
            let label = t[..<colon]
            let after = LineClassifier.trim(String(t[t.index(after: colon)...]))
            let lw = LineClassifier.words(String(label))
            let annotation = annotationLabels.contains(label.lowercased())
            if lw.count >= 1, lw.count <= 2, !annotation, lw.allSatisfy({ $0.first?.isUppercase == true }), lw[0].count >= 3, !isAllCaps(String(label)),
               !after.isEmpty, after.first?.isLowercase == false, LineClassifier.words(after).count <= 24,
               !LineClassifier.endsWithSentencePunctuation(after), LineClassifier.hasLetters(Substring(after), atLeast: 3) {
                return HeadingCandidate(style: .label, title: t, number: nil)
            }
        }
        guard isHeadingText(t, maxWords: maxWords) else { return nil }
        // `ST: Illinois`: a short code and a value, not a heading.
        if let colon = LineClassifier.firstColon(t), LineClassifier.wordCount(String(t[..<colon]), limit: 2) < 2 { return nil }
        if isAllCaps(t) { return HeadingCandidate(style: .allCaps, title: t, number: nil) }
        return HeadingCandidate(style: .titleCase, title: t, number: nil)
    }

    /// Whether `candidate` rejects `t` (trimmed, at least two bytes) for its first character
    /// (lowercase) or its last (`.`, `,`, `;`, `!`), told on bytes where an ASCII byte next to
    /// another ASCII byte is a character of its own; false when unsure. Lines whose first word
    /// may be `Part` or `Item(s)` (its first four bytes, any case; or non-ASCII ones) go to
    /// `ItemSections` first and are never rejected here.
    static func rejectedEarly(_ t: String) -> Bool {
        ByteScan.withBytes(t) { b in
            let n = b.count
            guard n >= 2 else { return false }
            for k in 0..<min(n, 5) where b[k] >= 0x80 { return false }
            if n >= 4 {
                let p = (ByteScan.lower(b[0]), ByteScan.lower(b[1]), ByteScan.lower(b[2]), ByteScan.lower(b[3]))
                if p == (0x70, 0x61, 0x72, 0x74) || p == (0x69, 0x74, 0x65, 0x6D) { return false }
            }
            let f = b[0]
            if f >= 0x61 && f <= 0x7A { return true }
            let l = b[n - 1]
            guard b[n - 2] < 0x80 else { return false }
            return l == 0x2E || l == 0x2C || l == 0x3B || l == 0x21
        }
    }

    /// Whether `t` reads as a heading's text: title case or all caps, not a sentence, not mostly
    /// numbers, no more than `maxWords` words.
    public static func isHeadingText(_ t: String, maxWords: Int) -> Bool {
        let ws = LineClassifier.words(t)
        guard !ws.isEmpty, ws.count <= maxWords else { return false }
        guard hasHeadingShape(t, ws) else { return false }
        // Mostly numbers: a number, an amount, a figure with a caption.
        var numeric = 0
        for w in ws where startsWithNumber(w) || LineClassifier.isNumericCell(w) { numeric += 1 }
        if numeric * 5 > ws.count * 2 { return false }
        if ws.first.map({ $0.first?.isNumber == true }) == true { return false }
        return isAllCaps(t) || isTitleCase(ws)
    }

    /// `w.first?.isNumber == true`: on bytes when the first character is a lone ASCII byte
    /// (an ASCII byte followed by another ASCII byte, or ending the word, is a character of
    /// its own).
    static func startsWithNumber(_ w: Substring) -> Bool {
        let fast: Bool? = ByteScan.withBytes(w) { b in
            guard let f = b.first, f < 0x80, b.count == 1 || b[1] < 0x80 else { return nil }
            return f >= 0x30 && f <= 0x39
        }
        return fast ?? (w.first?.isNumber == true)
    }


    /// What any heading line must be, whatever its case: no sentence end, no fragment (a word
    /// broken at the line end, a trailing article), no bullet, hashtag, web address, LaTeX or
    /// Markdown residue, no repeated column headers, no list of company names, one word of
    /// three letters or more.
    public static func hasHeadingShape(_ t: String, _ ws: [Substring]) -> Bool {
        guard let first = t.first, !first.isLowercase, let last = t.last else { return false }
        if LineClassifier.endsWithSentencePunctuation(t) || LineClassifier.hasURLOrEmail(t) { return false }
        if last == "-" || last == "—" || last == "–" { return false }
        // ASCII text: its words' lowercase forms on bytes (lowercasing ASCII only folds `A`-`Z`).
        let ascii = ByteScan.withBytes(t) { ByteScan.isASCII($0) }
        if let lw = ws.last, ws.count >= 3,
           ascii ? asciiWordIn(lw, trailingFragmentWordList) : trailingFragmentWords.contains(lw.lowercased()) { return false }
        // A hashtag (`#PoweringProgress`), a bullet, a parenthesis, an escape.
        if first == "#", t.dropFirst().first != " " { return false }
        if "—–-•*(\\$".contains(first) { return false }
        guard ws.contains(where: { LineClassifier.hasLetters($0, atLeast: 3) }) else { return false }
        if ascii {
            // `Target Target Target Target`: repeated column headers of a table.
            if ws.count >= 4, asciiDistinctWords(ws) * 2 <= ws.count { return false }
            // Several company names in a row: a list of names, not a heading.
            var companies = 0
            for w in ws where asciiWordIn(w, companySuffixList, droppingComma: true) { companies += 1 }
            if companies >= 2 { return false }
        } else {
            if ws.count >= 4, Set(ws.map { $0.lowercased() }).count * 2 <= ws.count { return false }
            if ws.filter({ companySuffixes.contains($0.lowercased().trimmingSuffix(",")) }).count >= 2 { return false }
        }
        // Two sentences in one line.
        let residue = ByteScan.withBytes(t) { b in
            (ByteScan.contains(b, ". ") && !ByteScan.contains(b, "Inc. ") && !ByteScan.contains(b, "No. "))
                || ByteScan.contains(b, "**") || ByteScan.contains(b, "_{")
        }
        if residue { return false }
        // Markdown emphasis residue, LaTeX residue.
        if hasLaTeXCommand(t) { return false }
        return true
    }

    static let trailingFragmentWordList: [StaticString] = ["with", "and", "of", "the", "to", "for", "a", "an", "in", "on", "or", "by", "from", "at", "our", "is", "are"]
    static let companySuffixList: [StaticString] = ["inc.", "inc", "corporation", "corp.", "n.v.", "ltd.", "plc", "llc", "limited", "co.", "s.a.", "ag"]
    static let trailingFragmentWords = Set(trailingFragmentWordList.map(\.description))
    static let companySuffixes = Set(companySuffixList.map(\.description))

    /// Whether the ASCII word `w`, lowercased (and without one final `,` when `droppingComma`),
    /// is one of `list` (lowercase ASCII).
    static func asciiWordIn(_ w: Substring, _ list: [StaticString], droppingComma: Bool = false) -> Bool {
        ByteScan.withBytes(w) { b in
            var n = b.count
            if droppingComma, n > 0, b[n - 1] == 0x2C { n -= 1 }
            return asciiBytesIn(UnsafeBufferPointer(rebasing: b[0..<n]), list)
        }
    }

    /// Whether the ASCII bytes `b`, lowercased, are one of `list` (lowercase ASCII).
    static func asciiBytesIn(_ b: UnsafeBufferPointer<UInt8>, _ list: [StaticString]) -> Bool {
        for entry in list {
            let hit = entry.withUTF8Buffer { e -> Bool in
                guard e.count == b.count else { return false }
                for k in 0..<b.count where ByteScan.lower(b[k]) != e[k] { return false }
                return true
            }
            if hit { return true }
        }
        return false
    }

    /// The ASCII words of `smallWords` (an ASCII word can equal no other).
    static let asciiSmallWordList: [StaticString] = [
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "over",
        "per", "the", "to", "vs", "vs.", "via", "with", "its", "our", "than", "under", "&", "-", "/",
        "de", "du", "la", "le", "und", "der", "die",
    ]

    /// The number of distinct ASCII-lowercased forms among the ASCII words `ws`.
    static func asciiDistinctWords(_ ws: [Substring]) -> Int {
        var distinct = 0
        for i in ws.indices {
            var seen = false
            for j in 0..<i where asciiEqualFolded(ws[i], ws[j]) {
                seen = true
                break
            }
            if !seen { distinct += 1 }
        }
        return distinct
    }

    /// Whether two ASCII words are equal once lowercased.
    static func asciiEqualFolded(_ a: Substring, _ b: Substring) -> Bool {
        ByteScan.withBytes(a) { x in
            ByteScan.withBytes(b) { y in
                guard x.count == y.count else { return false }
                for k in 0..<x.count where ByteScan.lower(x[k]) != ByteScan.lower(y[k]) { return false }
                return true
            }
        }
    }

    /// `\square`, `\mathbf{...}`: a backslash followed by a letter (`\$` is an escaped dollar).
    static func hasLaTeXCommand(_ t: String) -> Bool {
        // No backslash byte, no backslash character.
        guard ByteScan.withBytes(t, { ByteScan.containsByte($0, UInt8(ascii: "\\")) }) else { return false }
        var prevBackslash = false
        for ch in t {
            if prevBackslash, ch.isLetter { return true }
            prevBackslash = ch == "\\"
        }
        return false
    }

    /// Most words capitalized (small words excepted), the first word capitalized.
    public static func isTitleCase(_ ws: [Substring]) -> Bool {
        var caps = 0
        var lower = 0
        for (i, w) in ws.enumerated() {
            // An ASCII word on bytes: letters and digits are `A`-`Z`, `a`-`z`, `0`-`9`.
            let ascii: Int? = ByteScan.withBytes(w) { b in
                guard ByteScan.isASCII(b), !ByteScan.containsByte(b, 0x0D) else { return nil }
                var k = 0
                while k < b.count {
                    let x = b[k]
                    if (x >= 0x30 && x <= 0x39) || (x >= 0x41 && x <= 0x5A) || (x >= 0x61 && x <= 0x7A) { break }
                    k += 1
                }
                guard k < b.count else { return 0 }
                let c = b[k]
                if c >= 0x30 && c <= 0x39 { return 0 }
                if c >= 0x41 && c <= 0x5A { return 1 }
                if i > 0, asciiBytesIn(UnsafeBufferPointer(rebasing: b[k...]), asciiSmallWordList) { return 0 }
                return 2
            }
            if let a = ascii {
                if a == 1 { caps += 1 } else if a == 2 { lower += 1 }
                continue
            }
            let core = w.drop(while: { !$0.isLetter && !$0.isNumber })
            guard let c = core.first else { continue }
            if c.isNumber { continue }
            if c.isUppercase { caps += 1; continue }
            if i > 0, smallWords.contains(core.lowercased()) { continue }
            lower += 1
        }
        guard caps >= 1 else { return false }
        return lower == 0 || (ws.count >= 6 && lower == 1)
    }

    /// At least four letters, nearly all uppercase.
    public static func isAllCaps(_ t: String) -> Bool {
        var up = 0
        var letters = 0
        // ASCII text on bytes (an ASCII letter is a letter `Character`, `A`-`Z` its uppercase).
        let ascii = ByteScan.withBytes(t) { b -> Bool in
            guard ByteScan.isASCII(b) else { return false }
            for x in b {
                if x >= 0x41 && x <= 0x5A { letters += 1; up += 1 } else if x >= 0x61 && x <= 0x7A { letters += 1 }
            }
            return true
        }
        if ascii { return letters >= 4 && up * 10 >= letters * 9 }
        for ch in t where ch.isLetter {
            letters += 1
            if ch.isUppercase { up += 1 }
        }
        return letters >= 4 && up * 10 >= letters * 9
    }

    static func letterCount(_ t: String) -> Int { t.filter { $0.isLetter }.count }

    /// Digit look-alikes of OCR-damaged chapter numbers (`LookAlikeDigits`): O, o, l, I, U, Ö, /.
    static let lookalikes: Set<Character> = LookAlikeDigits.asciiLetters.union(LookAlikeDigits.ocrDamage)

    /// A chapter number: `02`, `3.`, `1.2`, `1.2.3`, and OCR-damaged single tokens (`O`, `U/`,
    /// `000`) of at most three characters that are not words.
    static func numberPrefix(_ w: Substring) -> (depth: Int, value: Int?)? {
        var token = w
        // The last byte, not the last character: `hasSuffix` on a Substring compares characters.
        if token.utf8.last == 0x2E { token = token.dropLast() }
        if token.isEmpty { return nil }
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        if parts.allSatisfy({ LineClassifier.isInteger($0) && $0.count <= 3 }) {
            guard parts.count <= 4, let v = Int(parts[0]), v <= 99 else { return nil }
            // `0.9`, `0.25`: a decimal figure, not a section number (sections count from 1).
            if parts.count >= 2 && v == 0 { return nil }
            // A year is not a chapter number.
            return (parts.count, v)
        }
        // Damaged numbers: a short token of digit look-alikes (O, U/, UÖ, o0).
        if w.count <= 3, w.allSatisfy({ lookalikes.contains($0) || $0.isNumber }), w != "I", w != "A" {
            return (1, nil)
        }
        return nil
    }
}

extension LineClassifier {
    /// A line that is only a date: `March 12, 2024`, `12 March 2024`, `2024-03-12`.
    public static func isDateLine(_ t: String) -> Bool {
        // Every date has ASCII digits (its day or year); words counted on bytes.
        guard t.utf8.count <= 80, hasDigit(t) else { return false }
        let wc = wordCount(t, limit: 5)
        guard wc <= 4, let d = DateParser.firstDate(in: t) else { return false }
        return wc >= 1 && (wc <= 3 || d.wordIndex == 0)
    }
}
