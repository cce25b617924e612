import FolioModel

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
        isLowerStart(s.utf8.first)
    }

    /// `isLowerStart` of a text whose first byte is `first` (nil: empty), read in place.
    static func isLowerStart(_ first: UInt8?) -> Bool {
        guard let c = first else { return false }
        return c >= 0x61 && c <= 0x7A
    }

    /// Starts with a capitalized word: an uppercase ASCII letter, then a lowercase one
    /// (`Current liabilities`, `Debt,`), not an ALL CAPS word (`OCI`) or a figure.
    static func startsCapitalizedWord(_ s: String) -> Bool {
        var it = s.utf8.makeIterator()
        guard let a = it.next(), a >= 0x41 && a <= 0x5A, let b = it.next() else { return false }
        return b >= 0x61 && b <= 0x7A
    }

    /// Sentence case: a word after the first starts in lowercase and is no connector
    /// (`Accrued expenses and other current liabilities`), unlike a Title Case label
    /// (`Total Domestic Retail`, `Income Before Income Taxes`).
    static func isSentenceCase(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        guard words.count >= 2 else { return false }
        return words.dropFirst().contains { w in
            guard let c = w.utf8.first, c >= 0x61 && c <= 0x7A else { return false }
            return !connectors.contains(String(w))
        }
    }

    /// **A label's later line opening with an aside.** A line that opens with a parenthesis
    /// followed by a lowercase letter and goes on after it (`(loss)/earnings`, `(benefit)
    /// expense`) is the rest of the label above, cut before the parenthesis:
    ///
    ///     Segment operating
    ///     (loss)/earnings                  ($557)      ($715)
    ///
    /// A line that is one parenthesis (`(in millions)`, `(unaudited)`) is a note, not this.
    static func opensWithLowercaseAside(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count >= 3, b[0] == 0x28, b[1] >= 0x61 && b[1] <= 0x7A, let last = b.last else { return false }
        return last != 0x29
    }

    /// Ends with a capitalized word after other words: a proper name the label goes on
    /// with (`... shareholders of Qifu`), not a one-word heading (`Liabilities`) or a
    /// heading ending in lowercase (`Balance sheet location`).
    static func endsWithName(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        guard words.count >= 2, let last = words.last else { return false }
        return startsCapitalizedWord(String(last))
    }

    /// Ends with the qualifier `, net` (`Intangible assets, net`, `Other income (expense),
    /// net`): a complete label, although `net` also starts a phrase that wraps (`Income,
    /// net` + `of tax`, which goes on by its lowercase start).
    static func endsWithNetQualifier(_ s: String) -> Bool {
        s.hasSuffix(", net") || s.hasSuffix(", Net")
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

    /// The words a heading never ends with: an ALL CAPS line ending in one goes on
    /// (`TOTAL DERIVATIVES DESIGNATED AS` + `HEDGING INSTRUMENTS`). Not `net`, `less` or
    /// `plus`, which end a caps heading as a qualifier (`PROPERTY AND EQUIPMENT, NET`).
    static let headingConnectors: Set<String> = [
        "of", "and", "the", "to", "in", "for", "on", "at", "by", "or", "with", "from", "as", "a", "an",
    ]

    /// Whether the label of a row without values continues on the next row's label. An ALL
    /// CAPS line is a heading of its own unless it is plainly cut: it ends with a comma, a
    /// hyphen inside a word (not ` -`), a slash, an ampersand or an open parenthesis, or with a
    /// word a heading never ends with
    /// (`headingConnectors`): `BALANCE MARCH 31,` + `2024`.
    static func wraps(_ prev: String, into next: String) -> Bool {
        if next.isEmpty || prev.isEmpty { return false }
        // `... shares issued and outstanding:` + `1997, 1,943,666; 1996, 1,191,666`
        if let c = next.utf8.first, c >= 0x30 && c <= 0x39, next.contains(",") || next.contains(";") { return true }
        if prev.hasSuffix(":") { return false }
        if isAllCaps(prev) { return goesOn(prev) }
        if goesOn(prev) { return true }
        if isLowerStart(next) || opensWithLowercaseAside(next) { return true }
        // A first word cut at a comma goes on the label above (a name going on: `... of Qifu`
        // + `Technology, Inc`), unless it is a capitalized word under a label that does not
        // end in a name: `Liabilities` + `Debt, excluding finance lease obligations` is a
        // heading over a row.
        let fw = firstWord(next)
        if fw.hasSuffix(","), fw.utf8.count > 2, !startsCapitalizedWord(fw) || endsWithName(prev) { return true }
        if next.hasPrefix(")") { return true }
        // A footnote marker alone (`(2)`): the end of the label above, wrapped.
        if FixedWidth.isFootnoteMarker(Array(next.utf8)) { return true }
        return false
    }

    /// **Label plainly cut.** Whether a label line goes on, whatever follows it: it ends with
    /// a comma, a hyphen, an open parenthesis, a slash, an ampersand or a connector word
    /// (`Stock-based compensation, net of`, `Share repurchase programs (Note`; a qualifier
    /// ends a label: `Intangible assets, net`). An ALL CAPS line goes on only when plainly cut
    /// (a dash after a space ends a heading: `NONCASH INVESTING AND FINANCING ACTIVITIES -`;
    /// its connectors are `headingConnectors`). A heading ending in `:` does not go on.
    /// `wraps` reads it, and `TableBuilder.labelsFiguresBelow` for a label printed above its
    /// figures' line.
    static func goesOn(_ prev: String) -> Bool {
        guard !prev.isEmpty, !prev.hasSuffix(":") else { return false }
        let lw = lastWord(prev).lowercased().filter { $0.isLetter }
        if isAllCaps(prev) {
            let cutWord = prev.hasSuffix("-") && !prev.hasSuffix(" -")
            return prev.hasSuffix(",") || cutWord || prev.hasSuffix("(") || prev.hasSuffix("/") || prev.hasSuffix("&")
                || opensParenthesis(prev) || headingConnectors.contains(lw)
        }
        if prev.hasSuffix(",") || prev.hasSuffix("-") || prev.hasSuffix("(") || prev.hasSuffix("/") || prev.hasSuffix("&") { return true }
        // A parenthesis left open (`Share repurchase programs (Note` + `16)`) closes below.
        if opensParenthesis(prev) { return true }
        return connectors.contains(lw) && !endsWithNetQualifier(prev)
    }

    /// More `(` than `)` in the text: a parenthesis it leaves open.
    static func opensParenthesis(_ s: String) -> Bool {
        var depth = 0
        for c in s.utf8 {
            if c == 0x28 { depth += 1 } else if c == 0x29, depth > 0 { depth -= 1 }
        }
        return depth > 0
    }

    /// A group name for matching against a total: lowercased, without `total`, punctuation,
    /// and extra spaces.
    static func groupKey(_ s: String) -> String {
        simpleUTF8(s, simpleGroupKey) ?? characterGroupKey(s)
    }

    /// `groupKey` by `Character` (any string).
    static func characterGroupKey(_ s: String) -> String {
        var words: [String] = []
        var cur = ""
        for ch in s.lowercased() {
            if ch.isLetter || ch.isNumber || ch == "'" { cur.append(ch) } else if !cur.isEmpty { words.append(cur); cur = "" }
        }
        if !cur.isEmpty { words.append(cur) }
        words.removeAll { $0 == "total" || $0 == "totals" }
        return words.joined(separator: " ")
    }

    /// `groupKey` of a simple string's bytes: words of ASCII letters, digits and `'`.
    static func simpleGroupKey(_ b: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            guard isASCIILetter(c) || isASCIIDigit(c) || c == 0x27 else { i += 1; continue }
            var j = i + 1
            while j < n, isASCIILetter(b[j]) || isASCIIDigit(b[j]) || b[j] == 0x27 { j += 1 }
            let len = j - i
            let isTotal = (len == 5 || (len == 6 && (b[i + 5] | 0x20) == 0x73)) && hasFolded(b, at: i, "total")
            if !isTotal {
                if !out.isEmpty { out.append(0x20) }
                for k in i..<j { out.append(ByteSearch.lowerASCII(b[k])) }
            }
            i = j
        }
        return String(decoding: out, as: UTF8.self)
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
        // `Total GHG emissions per employee`: a ratio, not a sum.
        if let total = simpleUTF8(s, { b in hasFolded(b, at: 0, "total") && !WordFacts(simple: b).has(.per) }) {
            return total
        }
        let l = s.lowercased()
        return (l.hasPrefix("total") || l.hasPrefix("totals")) && !characterWords(l).contains("per")
    }

    /// Trailing `:` removed (group labels in paths).
    static func groupName(_ s: String) -> String {
        var t = s
        while t.hasSuffix(":") || t.hasSuffix(" ") { t.removeLast() }
        return t
    }

    /// Lowercased words (letters only).
    static func words(_ s: String) -> [String] {
        simpleUTF8(s, simpleWords) ?? characterWords(s)
    }

    /// `words` of a simple string's bytes: its runs of ASCII letters, lowercased.
    static func simpleWords(_ b: UnsafeBufferPointer<UInt8>) -> [String] {
        var out: [String] = []
        var i = 0
        let n = b.count
        while i < n {
            guard isASCIILetter(b[i]) else { i += 1; continue }
            var j = i + 1
            while j < n, isASCIILetter(b[j]) { j += 1 }
            out.append(String(unsafeUninitializedCapacity: j - i) { w in
                for k in 0..<(j - i) { w[k] = b[i + k] | 0x20 }
                return j - i
            })
            i = j
        }
        return out
    }

    /// `words` by `Character` (any string).
    static func characterWords(_ s: String) -> [String] {
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
        !mentionsMoney(text) && isShareCount(words: simpleUTF8(text) { WordFacts(simple: $0) } ?? WordFacts(strings: characterWords(text)))
    }

    /// `Common stock, $.001 par value: 12,000,000 shares authorized`: a money line that
    /// describes its shares.
    static func mentionsMoney(_ text: String) -> Bool {
        let simple: Bool? = simpleUTF8(text) { b in
            for i in 0..<b.count {
                switch b[i] | 0x20 {
                case 0x24: if b[i] == 0x24 { return true }   // `$`
                case 0x70: if hasFolded(b, at: i, "par value") { return true }
                case 0x61: if hasFolded(b, at: i, "authorized") { return true }
                case 0x64: if hasFolded(b, at: i, "designated") { return true }
                default: break
                }
            }
            return false
        }
        if let simple { return simple }
        let l = text.lowercased()
        return l.contains("par value") || l.contains("$") || l.contains("authorized") || l.contains("designated")
    }

    /// `isShareCount` of a label's words (after `mentionsMoney` said no).
    static func isShareCount(words w: WordFacts) -> Bool {
        // `Weighted average shares`, `Weighted average number of ...`: a count; `Weighted
        // average grant-date fair value per share`, `Weighted average price per share`: an
        // amount per share (no share word before its `per`), and so is `Weighted-average
        // grant-date fair value of awards granted`: a price or fair value is no count.
        if w.startsWeightedAverage { return w.shareBeforePer && !w.has(.price) && !w.has(.fairValue) }
        if w.phrases & WordFacts.shareCountPhrases != 0 { return true }
        // `Effect of dilutive share-based awards`, `Dilutive stock options`, `Equity awards
        // excluded from diluted net income per share because their effect would have been
        // anti-dilutive`: counts of the securities in the share count.
        return isDilutionCount(w)
    }

    /// Dilutive (or anti-dilutive, excluded) securities counted in a share count.
    static func isDilutionCount(_ w: WordFacts) -> Bool {
        guard w.hasAny(WordFacts.securityWords) else { return false }
        if w.has(.antidilutive) || w.has(.antiDilutive) { return true }
        if w.has(.dilutive), !w.has(.per) { return true }
        return false
    }

    /// **Ratio row.** A label naming one quantity over another: the word `ratio`
    /// (`Leverage ratio`, `Debt-to-capital ratio`) or two names joined by a slash
    /// with spaces (`Debt / net income`) or as letters in parentheses (`Adjusted debt /
    /// adjusted EBITDA (b/a)`); a slash with no space (`income/(loss)`, `and/or`) joins
    /// alternatives, not quantities. What such a row prints is a ratio, not an amount of the table's units
    /// (read when a units statement exempts ratios: `Millions, except ratios`).
    static func isRatio(_ text: String) -> Bool {
        let b = Array(text.utf8)
        for (i, c) in b.enumerated() where c == 0x2F && i > 0 && i + 1 < b.count {
            // `Debt / net income`: spaced apart. `income/(loss)`, `and/or`: alternatives.
            if b[i - 1] == 0x20 && b[i + 1] == 0x20 { return true }
            // `(b/a)`: one letter over another, in parentheses.
            if i >= 2, i + 2 < b.count, b[i - 2] == 0x28, b[i + 2] == 0x29, isASCIILetter(b[i - 1]), isASCIILetter(b[i + 1]) { return true }
        }
        return words(text).contains { $0 == "ratio" || $0 == "ratios" }
    }

    /// Per-share (or per-ADS, per-RSU) amounts: never scaled.
    static func isPerShare(_ text: String) -> Bool {
        isPerShare(words: perShareWords(text))
    }

    /// The words `isPerShare` reads: `Cash dividends declared ($0.16 per common share)`: a
    /// rate mentioned in parentheses describes a money row, so parentheses that print a
    /// figure are left out.
    static func perShareWords(_ text: String) -> WordFacts {
        let text = withoutFigureRate(text)
        return simpleUTF8(text) { b in
            guard b.contains(0x28) else { return WordFacts(simple: b) }
            let kept = withoutFigureParentheses(b)
            return kept.withUnsafeBufferPointer { WordFacts(simple: $0) }
        } ?? WordFacts(strings: characterWords(withoutFigureParentheses(text)))
    }

    /// `isPerShare` of the words `perShareWords` gives.
    static func isPerShare(words w: WordFacts) -> Bool {
        // `... per share because their effect would have been anti-dilutive`: a count of
        // securities.
        if isDilutionCount(w) { return false }
        // `EPS`; `per` followed by `share`, `ordinary`, `ADS`, `diluted`, `basic`, `common`,
        // `class`, `unit`, `ADR`, `RSU`, `PSU`, `option` or `award`.
        if w.has(.eps) || w.perNoun { return true }
        // `Weighted average exercise price`, `Weighted-Average Grant-Date Fair Value`: the
        // average of a price per share.
        if w.has(.weightedAverage), w.has(.price) || w.has(.fairValue), !w.has(.total), !w.has(.aggregate) {
            return true
        }
        return false
    }

    /// **A rate printed in a money row's label.** `Cash dividends declared and paid, at a
    /// quarterly amount of $0.52 per class A common stock`: `per` right after a printed figure
    /// is the unit of that rate, and the row's own figures are the total it gives. The text
    /// without the figure and what follows it up to the next `,`, `;` or `)` (the text as it
    /// is when no figure is followed by ` per `).
    static func withoutFigureRate(_ s: String) -> String {
        var s = s
        return s.withUTF8 { b -> String? in
            let per: [UInt8] = Array(" per ".utf8)
            var i = 1
            while i + per.count <= b.count {
                if b[i] == 0x20, b[i - 1] >= 0x30 && b[i - 1] <= 0x39, b[i..<(i + per.count)].elementsEqual(per) {
                    // The figure's start: back over digits, `.`, `,` and a currency sign.
                    var lo = i
                    while lo > 0, (b[lo - 1] >= 0x30 && b[lo - 1] <= 0x39) || b[lo - 1] == 0x2E || b[lo - 1] == 0x2C || b[lo - 1] == 0x24 { lo -= 1 }
                    var hi = i + per.count
                    while hi < b.count, b[hi] != 0x2C, b[hi] != 0x3B, b[hi] != 0x29 { hi += 1 }
                    return String(decoding: UnsafeBufferPointer(rebasing: b[..<lo]), as: UTF8.self)
                        + String(decoding: UnsafeBufferPointer(rebasing: b[hi...]), as: UTF8.self)
                }
                i += 1
            }
            return nil
        } ?? s
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

    /// `withoutFigureParentheses` of a simple string's bytes (a figure: an ASCII digit).
    static func withoutFigureParentheses(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var groupStart = 0, depth = 0, digit = false
        for (i, c) in b.enumerated() {
            if c == 0x28 {
                if depth == 0 { groupStart = i; digit = false }
                depth += 1
            } else if depth > 0 {
                if isASCIIDigit(c) { digit = true }
                if c == 0x29 {
                    depth -= 1
                    if depth == 0, !digit { out.append(contentsOf: b[groupStart...i]) }
                }
            } else {
                out.append(c)
            }
        }
        if depth > 0 { out.append(contentsOf: b[groupStart...]) }
        return out
    }
}
