import FolioModel

extension Normalizer {
    // MARK: - Putting lines together

    mutating func emit() {
        var content: [Int] = []
        content.reserveCapacity(lines.count)
        for k in lines.indices where lines[k].kind == .prose || lines[k].kind == .table { content.append(k) }
        guard !content.isEmpty else { return }
        var seps: [Separator] = []
        seps.reserveCapacity(content.count)
        // The content lines that continue a row label above them (`markRowLabelRuns`), in
        // order: where they are joined is recorded (`joins`).
        var labelJoins: [Int] = []
        for x in 0..<(content.count - 1) {
            let p = content[x], c = content[x + 1]
            var blanks = 0
            for k in (p + 1)..<c where lines[k].kind == .blank { blanks += 1 }
            let lp = lines[p], lc = lines[c]
            let rowLabel = !rowLabelLines.isEmpty && rowLabelLines.contains(c)
            let sep = separator(lp, lc, blanks: blanks, pageBreak: lp.page != lc.page, rowLabel: rowLabel)
            if rowLabel, sep == .space || sep == .glue || sep == .dehyphen { labelJoins.append(x + 1) }
            seps.append(sep)
        }
        var nextLabelJoin = 0
        var prevEnd = 0
        // The separator owed by a line that came out empty (a line of invisible characters).
        var carry: Separator?
        for x in content.indices {
            let line = lines[content[x]]
            var sep: Separator? = x == 0 ? nil : seps[x - 1]
            if let c = carry, let s = sep, c.rank > s.rank { sep = c }
            let joined = sep == .space || sep == .glue || sep == .dehyphen
            // Where this line's text starts being emitted.
            var start = line.start
            if joined || line.bulletEnd >= 0 || line.markdownHeadingEnd >= 0 {
                start = line.textStart
            } else if line.kind == .prose, cfg.stripIndent, line.textStart > line.start {
                // (A line without indentation has none to strip: the neighbours go unread.)
                var nearTable = false
                for y in max(0, x - 2)..<min(content.count, x + 3) where y != x && lines[content[y]].kind == .table {
                    nearTable = true
                }
                if !nearTable { start = line.textStart }
            }
            // The separator from the previous line (nothing before the first).
            let mark = out.bytes.count
            if let sep, mark > 0 {
                switch sep {
                case .newline: out.replace(prevEnd..<start, with: 0x0A)
                case .paragraph: out.replace(prevEnd..<start, with: Normalizer.paragraphBreak)
                case .space: out.replace(prevEnd..<start, with: 0x20)
                case .glue, .dehyphen: break
                }
            }
            let afterSeparator = out.bytes.count
            var body = start
            if line.bulletEnd >= 0 {
                let original = line.bulletEnd - line.textStart == 2 && t[line.textStart] == 0x2D && t[line.textStart + 1] == 0x20
                out.replace(line.textStart..<line.bulletEnd, with: Normalizer.dash)
                if !original { count("bullet") }
                body = line.bulletEnd
            } else if line.markdownHeadingEnd >= 0 {
                count("latex_residue")
                body = line.markdownHeadingEnd
            }
            var end = line.end
            if x + 1 < content.count, seps[x] == .dehyphen { end -= 1 }
            let lineOut = out.bytes.count
            emitInline(body, end, line: line)
            // A repair at the end of the line (an icon dropped) may leave spaces behind.
            if out.bytes.count > lineOut, out.bytes.last == 0x20 {
                out.dropTrailing { $0 == 0x20 }
            }
            // A line with nothing left takes its separator back and passes it on.
            var empty = true
            let bulletOnly = line.bulletEnd >= 0 && out.bytes.count == afterSeparator + 2
            if !bulletOnly {
                for k in afterSeparator..<out.bytes.count where !ByteClass.isBlank(out.bytes[k]) {
                    empty = false
                    break
                }
            }
            if empty {
                var excess = out.bytes.count - mark
                out.dropTrailing { _ in
                    excess -= 1
                    return excess >= 0
                }
                if let sep { carry = carry.map { $0.rank > sep.rank ? $0 : sep } ?? sep }
            } else {
                carry = nil
                if joined, mark > 0, nextLabelJoin < labelJoins.count {
                    while nextLabelJoin < labelJoins.count, labelJoins[nextLabelJoin] < x { nextLabelJoin += 1 }
                    if nextLabelJoin < labelJoins.count, labelJoins[nextLabelJoin] == x { joins.append(mark) }
                }
            }
            let limit = out.bytes.count
            var m = markers.count - 1
            while m >= 0, markers[m].position > limit { markers[m].position = limit; m -= 1 }
            prevEnd = end
        }
        // One final newline.
        if !out.bytes.isEmpty { out.replace(prevEnd..<n, with: 0x0A) }
    }

    static let paragraphBreak: [UInt8] = [0x0A, 0x0A]
    static let dash: [UInt8] = [0x2D, 0x20]

    /// `rowLabel`: `c` is a row label under another (`markRowLabelRuns`), joined only where
    /// it continues the line above: it starts in lower case, or the line above ends with a
    /// hyphen inside a word, a comma or a word no sentence ends with (`endsMidSentence`).
    func separator(_ p: Line, _ c: Line, blanks: Int, pageBreak: Bool, rowLabel: Bool) -> Separator {
        let plain: Separator = blanks > 0 || pageBreak ? .paragraph : .newline
        if cfg.joinLines, blanks == 0, !pageBreak, p.kind != .table, c.kind != .table, dayWrappedFromItsMonth(p, c) { return .space }
        guard cfg.joinLines, p.kind == .prose, c.kind == .prose, !c.listItem, !p.heading, c.bodyStart < c.end else { return plain }
        let cFirst = t[c.bodyStart]
        if pageBreak {
            if (c.startsLower && !p.endsTerminal) || (p.endsLetterHyphen && ByteClass.isAlphanumeric(cFirst)) { return joinKind(p, c) }
            // A page that stops on a word like `of` or on a comma continues on the next.
            if ByteClass.isAlphanumeric(cFirst), endsMidSentence(p) { return .space }
            return .paragraph
        }
        if blanks > 0 {
            if blanks == 1, c.startsLower, !p.endsTerminal,
               p.length >= longLine || p.endsComma || p.endsLetterHyphen || opensParenthesis(p) {
                return joinKind(p, c)
            }
            return .paragraph
        }
        // A continuation indented deeper than its line is a hanging label (a table's row label).
        if c.textStart - c.start > p.textStart - p.start { return .newline }
        if c.startsLower { return joinKind(p, c) }
        if p.endsLetterHyphen && ByteClass.isAlphanumeric(cFirst) { return joinKind(p, c) }
        // A row label under another continues it only where the one above ends open (a
        // comma, `of`): two whole labels stay two lines (`markRowLabelRuns`).
        if rowLabel, !p.endsComma, !endsMidSentence(p) { return .newline }
        // A short capitalised line without an end (`Providing access to energy`) under a long
        // one is a heading in PDF text, unless the long line stops mid-sentence (`... of the`).
        let standalone = c.length * 5 < longLine * 3 && !c.endsTerminal && !endsMidSentence(p)
        if p.length >= longLine, !p.endsTerminal, !c.heading, !standalone,
           ByteClass.isAlphanumeric(cFirst) || cFirst == 0x22 || cFirst == 0x28 || cFirst == 0x24 || cFirst == 0x26 || cFirst == 0x27 || cFirst >= 0xC0 {
            return joinKind(p, c)
        }
        return .newline
    }

    /// **A date's day wrapped from its month** (session 36). A period heading set in a narrow
    /// column wraps before the day (`Three months ended June` / `30`), and a converter that
    /// follows the text flow prints the day as a line of its own, where every later reader
    /// takes it for a figure (the header's years and the first row's figures around it then
    /// no longer line up). The day is joined to its month: line `c` is only a day (one or two
    /// digits, 1 to 31, a comma after it perhaps) and line `p` ends with a month's full name.
    func dayWrappedFromItsMonth(_ p: Line, _ c: Line) -> Bool {
        var e = c.end
        if e > c.textStart, t[e - 1] == 0x2C { e -= 1 }
        let digits = e - c.textStart
        guard digits == 1 || digits == 2, (c.textStart..<e).allSatisfy({ ByteClass.isDigit(t[$0]) }) else { return false }
        var day = 0
        for i in c.textStart..<e { day = day * 10 + Int(t[i] - 0x30) }
        guard (1...31).contains(day), p.end > p.textStart else { return false }
        var s = p.end
        while s > p.textStart, ByteClass.isLetter(t[s - 1]) { s -= 1 }
        guard p.end - s >= 3, p.end - s <= 9, s == p.textStart || t[s - 1] == 0x20 else { return false }
        return Months.isFullName(String(decoding: t[s..<p.end], as: UTF8.self).lowercased())
    }

    /// Whether a line ends on a comma or on a word that cannot end a sentence (`of`, `the`).
    func endsMidSentence(_ l: Line) -> Bool {
        guard l.end > l.bodyStart else { return false }
        if t[l.end - 1] == 0x2C { return true }
        var s = l.end
        while s > l.bodyStart, ByteClass.isLetter(t[s - 1]) { s -= 1 }
        guard s < l.end, l.end - s <= 5 else { return false }
        let word = String(decoding: t[s..<l.end], as: UTF8.self)
        return NormalizeTables.functionWords.contains(word)
    }

    func joinKind(_ p: Line, _ c: Line) -> Separator {
        guard p.endsLetterHyphen else { return .space }
        // The word before the hyphen and the word after the line break.
        var ls = p.end - 1
        while ls > p.textStart, !ByteClass.isBlank(t[ls - 1]) { ls -= 1 }
        var re = c.bodyStart
        while re < c.end, ByteClass.isLetter(t[re]) { re += 1 }
        switch hyphenDecision(leftStart: ls, hyphen: p.end - 1, rightStart: c.bodyStart, rightEnd: re) {
        case .remove: return cfg.dehyphenate ? .dehyphen : .glue
        case .keep: return .glue
        case .keepWithSpace: return .space
        }
    }

    enum HyphenDecision { case remove, keep, keepWithSpace }

    /// Whether the hyphen at `hyphen` (ending the word that starts at `leftStart`) breaks a
    /// word in two or joins a compound, given the word after it.
    func hyphenDecision(leftStart: Int, hyphen: Int, rightStart: Int, rightEnd: Int) -> HyphenDecision {
        guard rightEnd > rightStart else { return .keep }
        let right = String(decoding: t[rightStart..<rightEnd], as: UTF8.self)
        if NormalizeTables.conjunctions.contains(right.lowercased()) { return .keepWithSpace }
        // Uppercase or digit after the break: `non-` + `GAAP`, `COVID-` + `19`.
        if !ByteClass.isLower(t[rightStart]) { return .keep }
        // The left part must be a plain lowercase-ended word: no digits, slashes, dots (URLs).
        var ls = leftStart
        while ls < hyphen, !ByteClass.isLetter(t[ls]) && (t[ls] == 0x28 || t[ls] == 0x22 || t[ls] == 0x27) { ls += 1 }
        guard ls < hyphen, ByteClass.isLower(t[hyphen - 1]) else { return .keep }
        var letters = true
        var innerHyphen = false
        for i in ls..<hyphen {
            let c = t[i]
            if c == 0x2D { innerHyphen = true } else if !ByteClass.isLetter(c) && c < 0x80 { letters = false }
        }
        guard letters else { return .keep }
        // `year-over-` + `year`: part of a longer compound.
        if innerHyphen { return .keep }
        let left = String(decoding: t[ls..<hyphen], as: UTF8.self).lowercased()
        let lowRight = right.lowercased()
        if NormalizeTables.suffixes.contains(lowRight) { return .remove }
        if hyphenatedWordsContains(left + "-" + lowRight) { return .keep }
        if NormalizeTables.keepHyphenPrefixes.contains(left) { return .keep }
        return .remove
    }

    /// Whether the text writes `word` (lowercase, `a-b`) with its hyphen somewhere in a line.
    func hyphenatedWordsContains(_ word: String) -> Bool {
        guard let set = hyphenWords else { return false }
        var h = Normalizer.fnvBasis
        for c in word.utf8 { h = (h ^ UInt64(c)) &* Normalizer.fnvPrime }
        return set.contains(h)
    }

    static let fnvBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// Hashes of every `a-b` written in the text (lowercase), for `hyphenatedWordsContains`.
    mutating func collectHyphenatedWords() {
        guard hyphenWords == nil else { return }
        var set = Set<UInt64>()
        var i = 1
        while i + 1 < n {
            // To the next hyphen at once (`memchr`): most of a document has none.
            guard let hyphen = ByteSearch.firstIndex(ofByte: 0x2D, in: t, from: i), hyphen + 1 < n else { break }
            i = hyphen
            if ByteClass.isLetter(t[i - 1]), ByteClass.isLetter(t[i + 1]) {
                var s = i - 1
                while s > 0, ByteClass.isLetter(t[s - 1]) { s -= 1 }
                var e = i + 1
                while e < n, ByteClass.isLetter(t[e]) { e += 1 }
                var h = Normalizer.fnvBasis
                for k in s..<e { h = (h ^ UInt64(t[k] | (ByteClass.isUpper(t[k]) ? 0x20 : 0))) &* Normalizer.fnvPrime }
                set.insert(h)
                i = e
                continue
            }
            i += 1
        }
        hyphenWords = set
    }
}
