/// Small text rules for row labels and header cells (ASCII-oriented; short strings only).
enum LabelText {
    static let glueStopwords: Set<String> = [
        "of", "and", "the", "to", "in", "for", "on", "at", "by", "or", "with", "from", "per", "as", "a", "an",
        "its", "our", "their", "net", "less", "plus", "is", "are", "was", "not",
    ]
    static let connectors: Set<String> = [
        "of", "and", "the", "to", "in", "for", "on", "at", "by", "or", "with", "from", "per", "as", "a", "an",
        "both", "before", "after", "attributable", "including", "excluding", "less", "plus", "net", "between",
        "within", "under", "over", "into", "than", "which", "that", "used",
    ]

    static func isLowerStart(_ s: String) -> Bool {
        guard let c = s.utf8.first else { return false }
        return c >= 0x61 && c <= 0x7A
    }

    static func isLetterEnd(_ s: String) -> Bool {
        guard let c = s.utf8.last else { return false }
        return (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A)
    }

    static func firstWord(_ s: String) -> String {
        var out = ""
        for ch in s { if ch == " " { break }; out.append(ch) }
        return out
    }

    static func lastWord(_ s: String) -> String {
        var words = s.split(separator: " ")
        return words.popLast().map(String.init) ?? ""
    }

    /// Joins two pieces of one label that extraction split at a tab stop: glued without a
    /// space when the split falls inside a word (`sha` + `areholders`, `Qi` + `fu`).
    /// - Parameter vocabulary: lowercase words known from the table's other labels; when
    ///   the split letter was printed twice (`sha` + `areholders`) and the word with one copy
    ///   is known (`shareholders`), that one is used.
    static func joinFragments(_ a: String, _ b: String, vocabulary: Set<String> = []) -> String {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        if isLetterEnd(a) && isLowerStart(b) {
            let w = firstWord(b).lowercased().filter { $0.isLetter }
            if !glueStopwords.contains(w) {
                let head = lastWord(a)
                let glued = (head + firstWord(b)).lowercased().filter { $0.isLetter }
                if !vocabulary.contains(glued), let lastA = head.last, let firstB = b.first,
                   lastA.lowercased() == firstB.lowercased() {
                    let once = (head + firstWord(b).dropFirst()).lowercased().filter { $0.isLetter }
                    if vocabulary.contains(once) { return a + b.dropFirst() }
                }
                return a + b
            }
        }
        return joinLines(a, b)
    }

    /// Joins a wrapped label's lines: a space, or nothing after a hyphen that ends a word part
    /// (`non-` + `hazardous`).
    static func joinLines(_ a: String, _ b: String) -> String {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        if a.hasSuffix("-"), a.utf8.count >= 2, isLowerStart(b) {
            let bytes = Array(a.utf8)
            let prev = bytes[bytes.count - 2]
            if (prev >= 0x61 && prev <= 0x7A) { return a + b }
        }
        return a + " " + b
    }

    static func hasLetterOrDigit(_ s: String) -> Bool {
        s.contains { $0.isLetter || $0.isNumber }
    }

    /// ALL CAPS (at least two letters, no lowercase ASCII letter).
    static func isAllCaps(_ s: String) -> Bool {
        var letters = 0
        for c in s.utf8 {
            if c >= 0x61 && c <= 0x7A { return false }
            if c >= 0x41 && c <= 0x5A { letters += 1 }
        }
        return letters >= 2
    }

    /// Whether the label of a row without values continues on the next row's label.
    static func wraps(_ prev: String, into next: String) -> Bool {
        if next.isEmpty || prev.isEmpty { return false }
        // `... shares issued and outstanding:` + `1997, 1,943,666; 1996, 1,191,666`
        if let c = next.utf8.first, c >= 0x30 && c <= 0x39, next.contains(",") || next.contains(";") { return true }
        if prev.hasSuffix(":") || isAllCaps(prev) { return false }
        if prev.hasSuffix(",") || prev.hasSuffix("-") || prev.hasSuffix("(") || prev.hasSuffix("/") { return true }
        let lw = lastWord(prev).lowercased().filter { $0.isLetter }
        if connectors.contains(lw) { return true }
        if isLowerStart(next) { return true }
        let fw = firstWord(next)
        if fw.hasSuffix(","), fw.utf8.count > 2 { return true }
        if next.hasPrefix(")") { return true }
        return false
    }

    /// A group name for matching against a total: lowercased, without `total`, punctuation,
    /// and extra spaces.
    static func groupKey(_ s: String) -> String {
        var words: [String] = []
        var cur = ""
        for ch in s.lowercased() {
            if ch.isLetter || ch.isNumber || ch == "'" { cur.append(ch) } else if !cur.isEmpty { words.append(cur); cur = "" }
        }
        if !cur.isEmpty { words.append(cur) }
        words.removeAll { $0 == "total" || $0 == "totals" }
        return words.joined(separator: " ")
    }

    /// The text without its parenthesised parts (`REVENUES (Note 9)` → `REVENUES `).
    static func withoutParentheses(_ s: String) -> String {
        var out = "", depth = 0
        for ch in s {
            if ch == "(" { depth += 1 } else if ch == ")" { depth = max(0, depth - 1) } else if depth == 0 { out.append(ch) }
        }
        return out
    }

    static func isTotalLabel(_ s: String) -> Bool {
        let l = s.lowercased()
        // `Total GHG emissions per employee`: a ratio, not a sum.
        return (l.hasPrefix("total") || l.hasPrefix("totals")) && !words(l).contains("per")
    }

    /// Trailing `:` removed (group labels in paths).
    static func groupName(_ s: String) -> String {
        var t = s
        while t.hasSuffix(":") || t.hasSuffix(" ") { t.removeLast() }
        return t
    }

    /// Lowercased words (letters only).
    static func words(_ s: String) -> [String] {
        var words: [String] = []
        var cur = ""
        for ch in s.lowercased() {
            if ch.isLetter { cur.append(ch) } else if !cur.isEmpty { words.append(cur); cur = "" }
        }
        if !cur.isEmpty { words.append(cur) }
        return words
    }

    static func containsPhrase(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        for i in 0...(words.count - phrase.count) {
            var ok = true
            for k in 0..<phrase.count where words[i + k] != phrase[k] { ok = false; break }
            if ok { return true }
        }
        return false
    }

    /// Rows that count shares (not scaled when the caption exempts share data).
    static func isShareCount(_ text: String) -> Bool {
        // `Common stock, $.001 par value: 12,000,000 shares authorized`: a money line that
        // describes its shares.
        let l = text.lowercased()
        if l.contains("par value") || l.contains("$") || l.contains("authorized") || l.contains("designated") { return false }
        let w = words(text)
        // `Weighted average shares`, `Weighted average number of ...`: a count; `Weighted
        // average grant-date fair value per share`, `Weighted average price per share`: an
        // amount per share (no share word before its `per`).
        if w.count >= 2 && w[0] == "weighted" && w[1] == "average" {
            let head = w.prefix { $0 != "per" }
            return head.contains { shareWords.contains($0) || $0 == "number" }
        }
        for p in [["number", "of", "shares"], ["shares", "outstanding"], ["shares", "used"], ["ads", "used"], ["adss", "used"],
                  ["shares", "issued"], ["number", "of", "ads"], ["number", "of", "adss"]] where containsPhrase(w, p) { return true }
        // `Effect of dilutive share-based awards`, `Dilutive stock options`, `Equity awards
        // excluded from diluted net income per share because their effect would have been
        // anti-dilutive`: counts of the securities in the share count.
        if isDilutionCount(w) { return true }
        return false
    }

    static let shareWords: Set<String> = ["shares", "share", "ads", "adss", "units", "rsus", "psus", "options", "awards"]
    static let securityWords: Set<String> = ["awards", "options", "securities", "shares", "units", "rsus", "psus", "warrants", "stock"]

    /// Dilutive (or anti-dilutive, excluded) securities counted in a share count.
    static func isDilutionCount(_ w: [String]) -> Bool {
        guard w.contains(where: securityWords.contains) else { return false }
        if w.contains("antidilutive") || containsPhrase(w, ["anti", "dilutive"]) { return true }
        if w.contains("dilutive"), !w.contains("per") { return true }
        return false
    }

    /// Per-share (or per-ADS, per-RSU) amounts: never scaled.
    static func isPerShare(_ text: String) -> Bool {
        // `Cash dividends declared ($0.16 per common share)`: a rate mentioned in
        // parentheses describes a money row; `... per share because their effect would have
        // been anti-dilutive`: a count of securities.
        let w = words(withoutFigureParentheses(text))
        if isDilutionCount(w) { return false }
        if w.contains("eps") { return true }
        for i in 0..<w.count where w[i] == "per" && i + 1 < w.count {
            if ["share", "ordinary", "ads", "diluted", "basic", "common", "class", "unit", "adr", "rsu", "psu", "option", "award"].contains(w[i + 1]) { return true }
        }
        // `Weighted average exercise price`, `Weighted-Average Grant-Date Fair Value`: the
        // average of a price per share.
        if containsPhrase(w, ["weighted", "average"]), w.contains("price") || containsPhrase(w, ["fair", "value"]),
           !w.contains("total"), !w.contains("aggregate") {
            return true
        }
        return false
    }

    /// The text without parenthesised parts that print a figure (`($0.16 per common share)`).
    static func withoutFigureParentheses(_ s: String) -> String {
        guard s.contains("(") else { return s }
        var out = "", group = "", depth = 0
        for ch in s {
            if ch == "(" {
                depth += 1
                group.append(ch)
            } else if depth > 0 {
                group.append(ch)
                if ch == ")" {
                    depth -= 1
                    if depth == 0 {
                        if !group.contains(where: \.isNumber) { out += group }
                        group = ""
                    }
                }
            } else {
                out.append(ch)
            }
        }
        return out + group
    }
}
