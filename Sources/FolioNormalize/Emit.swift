import FolioModel

extension Normalizer {
    // MARK: - Putting lines together

    mutating func emit() {
        let content = lines.indices.filter { lines[$0].kind == .prose || lines[$0].kind == .table }
        guard !content.isEmpty else { return }
        var seps: [Separator] = []
        seps.reserveCapacity(content.count)
        for x in 0..<(content.count - 1) {
            let p = content[x], c = content[x + 1]
            var blanks = 0
            for k in (p + 1)..<c where lines[k].kind == .blank { blanks += 1 }
            seps.append(separator(lines[p], lines[c], blanks: blanks, pageBreak: lines[p].page != lines[c].page))
        }
        var prevEnd = 0
        for x in content.indices {
            let line = lines[content[x]]
            let joined = x > 0 && (seps[x - 1] == .space || seps[x - 1] == .glue || seps[x - 1] == .dehyphen)
            // Where this line's text starts being emitted.
            var start = line.start
            if joined || line.bulletEnd >= 0 {
                start = line.textStart
            } else if line.kind == .prose, cfg.stripIndent {
                let prevTable = (max(0, x - 2)..<x).contains { lines[content[$0]].kind == .table }
                let nextTable = ((x + 1)..<min(content.count, x + 3)).contains { lines[content[$0]].kind == .table }
                if !prevTable && !nextTable { start = line.textStart }
            }
            // The separator from the previous line (or nothing before the first).
            if x == 0 {
                out.replace(0..<start, with: [])
            } else {
                switch seps[x - 1] {
                case .newline: out.replace(prevEnd..<start, with: [0x0A])
                case .paragraph: out.replace(prevEnd..<start, with: [0x0A, 0x0A])
                case .space: out.replace(prevEnd..<start, with: [0x20])
                case .glue, .dehyphen: break
                }
            }
            var body = start
            if line.bulletEnd >= 0 {
                let original = line.bulletEnd - line.textStart == 2 && t[line.textStart] == 0x2D && t[line.textStart + 1] == 0x20
                out.replace(line.textStart..<line.bulletEnd, with: [0x2D, 0x20])
                if !original { count("bullet") }
                body = line.bulletEnd
            }
            var end = line.end
            if x + 1 < content.count, seps[x] == .dehyphen { end -= 1 }
            let lineOut = out.bytes.count
            emitInline(body, end, line: line)
            // A repair at the end of the line (an icon dropped) may leave spaces behind.
            if out.bytes.count > lineOut, out.bytes.last == 0x20 {
                out.dropTrailing { $0 == 0x20 }
                let limit = out.bytes.count
                var m = markers.count - 1
                while m >= 0, markers[m].position > limit { markers[m].position = limit; m -= 1 }
            }
            prevEnd = end
        }
        // One final newline.
        out.replace(prevEnd..<n, with: [0x0A])
    }

    func separator(_ p: Line, _ c: Line, blanks: Int, pageBreak: Bool) -> Separator {
        let plain: Separator = blanks > 0 || pageBreak ? .paragraph : .newline
        guard cfg.joinLines, p.kind == .prose, c.kind == .prose, !c.listItem, !p.heading, c.bodyStart < c.end else { return plain }
        let cFirst = t[c.bodyStart]
        if pageBreak {
            if (c.startsLower && !p.endsTerminal) || (p.endsLetterHyphen && isAlnum(cFirst)) { return joinKind(p, c) }
            return .paragraph
        }
        if blanks > 0 {
            if blanks == 1, c.startsLower, !p.endsTerminal,
               p.length >= longLine || p.endsComma || p.openParen || p.endsLetterHyphen {
                return joinKind(p, c)
            }
            return .paragraph
        }
        // A continuation indented deeper than its line is a hanging label (a table's row label).
        if c.textStart - c.start > p.textStart - p.start { return .newline }
        if c.startsLower { return joinKind(p, c) }
        if p.endsLetterHyphen && isAlnum(cFirst) { return joinKind(p, c) }
        if p.length >= longLine, !p.endsTerminal, !c.heading,
           isAlnum(cFirst) || cFirst == 0x22 || cFirst == 0x28 || cFirst == 0x24 || cFirst == 0x26 || cFirst == 0x27 || cFirst >= 0xC0 {
            return joinKind(p, c)
        }
        return .newline
    }

    func joinKind(_ p: Line, _ c: Line) -> Separator {
        guard p.endsLetterHyphen else { return .space }
        // The word before the hyphen and the word after the line break.
        var ls = p.end - 1
        while ls > p.textStart, !isSpaceOrTab(t[ls - 1]) { ls -= 1 }
        var re = c.bodyStart
        while re < c.end, isLetter(t[re]) { re += 1 }
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
        if !isLower(t[rightStart]) { return .keep }
        // The left part must be a plain lowercase-ended word: no digits, slashes, dots (URLs).
        var ls = leftStart
        while ls < hyphen, !isLetter(t[ls]) && (t[ls] == 0x28 || t[ls] == 0x22 || t[ls] == 0x27) { ls += 1 }
        guard ls < hyphen, isLower(t[hyphen - 1]) else { return .keep }
        var letters = true
        var innerHyphen = false
        for i in ls..<hyphen {
            let c = t[i]
            if c == 0x2D { innerHyphen = true } else if !isLetter(c) && c < 0x80 { letters = false }
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
        hyphenWords?.contains(word) ?? false
    }

    mutating func collectHyphenatedWords() {
        guard hyphenWords == nil else { return }
        var set = Set<String>()
        var i = 1
        while i + 1 < n {
            if t[i] == 0x2D, isLetter(t[i - 1]), isLetter(t[i + 1]) {
                var s = i - 1
                while s > 0, isLetter(t[s - 1]) { s -= 1 }
                var e = i + 1
                while e < n, isLetter(t[e]) { e += 1 }
                set.insert(String(decoding: t[s..<e], as: UTF8.self).lowercased())
                i = e
                continue
            }
            i += 1
        }
        hyphenWords = set
    }
}
