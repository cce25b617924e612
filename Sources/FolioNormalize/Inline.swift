import FolioModel

extension Normalizer {
    /// Bytes that may start a repair; everything else is copied in runs.
    static let special: [Bool] = {
        var s = [Bool](repeating: false, count: 256)
        for c: UInt8 in [0x5C, 0x5E, 0x5F, 0x24, 0x2A, 0x5B, 0x28, 0x2D, 0x4F, 0x6C, 0x49, 0x7D, 0x3C] { s[Int(c)] = true }
        for c in 0x80..<256 { s[c] = true }
        return s
    }()

    @inline(__always) mutating func flush(_ run: inout Int, _ i: Int) {
        if i > run { out.copy(t, run..<i) }
        run = i
    }

    /// The first byte of `t[i..<e]` that may start a repair (`e` when none): a `special`
    /// byte, but a digit look-alike (`O`, `l`, `I`) only right after a digit, the one place
    /// `digitLookalike` reads it. It passes over nearly every byte of
    /// a document. (No drop falls on a look-alike: drops are closing braces, `$` and `**`.)
    static func nextSpecial(_ b: UnsafeBufferPointer<UInt8>, _ special: [Bool], from i: Int, to e: Int) -> Int {
        special.withUnsafeBufferPointer { sp in
            var k = max(0, i)
            let end = min(e, b.count)
            while k < end {
                let c = b[k]
                if sp[Int(c)] {
                    guard c == 0x4F || c == 0x6C || c == 0x49 else { return k }
                    if k > 0, ByteClass.isDigit(b[k - 1]) { return k }
                }
                k += 1
            }
            return max(k, e)
        }
    }

    /// Emits `s..<e` of `line` with the repairs inside lines.
    mutating func emitInline(_ s: Int, _ e: Int, line: Line) {
        drops.removeAll(keepingCapacity: true)
        var i = s
        var run = s
        let special = Normalizer.special
        while i < e {
            i = Self.nextSpecial(t, special, from: i, to: e)
            guard i < e else { break }
            let c = t[i]
            while let d = drops.last, d.index < i { drops.removeLast() }
            if let d = drops.last, d.index == i {
                flush(&run, i)
                drops.removeLast()
                i += d.length
                run = i
                continue
            }
            var next: Int?
            switch c {
            case 0x5C: next = backslash(i, e, line: line, run: &run)
            case 0x24: next = dollar(i, e, run: &run)
            case 0x5E: next = caret(i, e, line: line, run: &run)
            case 0x5F: next = underscore(i, e, run: &run)
            case 0x2A: next = star(i, e, line: line, run: &run)
            case 0x5B: next = bracket(i, e, line: line, run: &run)
            case 0x28: next = paren(i, e, line: line, run: &run)
            case 0x2D: next = inlineHyphen(i, e, line: line, run: &run)
            case 0x4F, 0x6C, 0x49: next = digitLookalike(i, e, line: line, run: &run)
            case 0x7D: next = nil
            case 0x3C: next = underlineTag(i, e, run: &run)
            default: next = nonASCII(i, e, line: line, run: &run)
            }
            if let nx = next { i = nx } else { i += 1 }
        }
        flush(&run, e)
    }

    // MARK: - Helpers

    @inline(__always) func byte(_ i: Int, _ e: Int) -> UInt8 { i < e ? t[i] : 0x0A }

    /// The strong marker at `i`, where the one position grammar (`MarkerGrammar`, which the
    /// footnotes stage's scanner reads too) finds one, removed from the text into `markers`.
    ///
    /// In a table line a bracketed or parenthesised marker is recorded but kept in the text:
    /// it often stands inside a row label (`Payments to opt-out merchants(1), net of ...`),
    /// which reads as printed, and in fixed-width columns removing it would leave a gap there.
    mutating func grammarMarker(_ i: Int, _ e: Int, line: Line, run: inout Int) -> Int? {
        guard cfg.markers, let m = MarkerGrammar.strongMarker(in: t, at: i, lineStart: line.bodyStart, end: e) else { return nil }
        if line.kind == .table, m.glyph == .paren || m.glyph == .bracket {
            flush(&run, i)
            markers.append(PendingMarker(label: m.label, position: out.bytes.count, span: Span(m.range), kept: m.range.count))
            return m.range.upperBound
        }
        return emitMarker(i, m.range.upperBound, e, labels: [m.label], line: line, run: &run)
    }

    /// Records a marker for `ms..<me` (one per label: `^{1,2}` has two) and drops it from the text.
    mutating func emitMarker(_ ms: Int, _ me: Int, _ e: Int, labels: [String], line: Line, run: inout Int) -> Int {
        flush(&run, ms)
        if line.kind != .table, ms > line.bodyStart, t[ms - 1] == 0x20, out.bytes.last == 0x20 {
            let nx = byte(me, e)
            if nx == 0x20 || nx == 0x2C || nx == 0x2E || nx == 0x3B || nx == 0x3A || nx == 0x29 || nx == 0x0A {
                out.dropTrailing { $0 == 0x20 }
            }
        }
        for label in labels {
            markers.append(PendingMarker(label: label, position: out.bytes.count, span: Span(start: ms, end: me)))
        }
        count("marker")
        if line.kind == .table, !containsTab(line.start, line.end) {
            // Fixed-width columns keep their alignment: the marker's place becomes spaces.
            var width = 0
            for k in ms..<me where t[k] & 0xC0 != 0x80 { width += 1 }
            out.replace(ms..<me, with: [UInt8](repeating: 0x20, count: width))
        }
        run = me
        return me
    }

    /// Drops `s..<e2` (an icon), and one space after it when a space is already there.
    mutating func dropIcon(_ s: Int, _ e2: Int, _ e: Int, run: inout Int) -> Int {
        flush(&run, s)
        var j = e2
        if j < e, t[j] == 0x20, out.bytes.isEmpty || out.bytes.last == 0x20 || out.bytes.last == 0x0A || out.bytes.last == 0x09 {
            j += 1
        }
        run = j
        count("latex_residue")
        return j
    }

    // MARK: - LaTeX and Markdown residue

    mutating func backslash(_ i: Int, _ e: Int, line: Line, run: inout Int) -> Int? {
        guard cfg.latexResidue, i + 1 < e else { return nil }
        let x = t[i + 1]
        switch x {
        // \$ \% \& \# \_ \{ \} and the Markdown escapes \* \[ \] \( \) \- \. \! \+ \` \| \> \<
        case 0x24, 0x25, 0x26, 0x23, 0x5F, 0x7B, 0x7D, 0x2A, 0x5B, 0x5D, 0x28, 0x29, 0x2D, 0x2E, 0x21, 0x2B, 0x60, 0x7C, 0x3E, 0x3C:
            flush(&run, i)
            out.replace(i..<(i + 2), with: x)
            run = i + 2
            count("latex_residue")
            return i + 2
        default: break
        }
        let (name, ne) = commandName(i, e)
        guard !name.isEmpty else { return nil }
        if NormalizeTables.iconCommands.contains(name) {
            var end = ne
            if end + 1 < e, t[end] == 0x7B, t[end + 1] == 0x7D { end += 2 }  // \square{}
            return dropIcon(i, end, e, run: &run)
        }
        if let sym = NormalizeTables.symbolCommands[name] {
            flush(&run, i)
            var end = ne
            if end + 1 < e, t[end] == 0x7B, t[end + 1] == 0x7D { end += 2 }
            out.replace(i..<end, with: Array(sym.utf8))
            run = end
            count("latex_residue")
            return end
        }
        if NormalizeTables.wrapperCommands.contains(name), ne < e, t[ne] == 0x7B, let close = matchingBrace(ne, e) {
            if iconRun(ne + 1, close) { return dropIcon(i, close + 1, e, run: &run) }
            flush(&run, i)
            run = ne + 1
            drops.append((close, 1))
            count("latex_residue")
            return ne + 1
        }
        return nil
    }

    mutating func dollar(_ i: Int, _ e: Int, run: inout Int) -> Int? {
        guard cfg.latexResidue, i + 1 < e, t[i + 1] == 0x5C else { return nil }
        var j = i + 2
        while j < e, j - i < 80, t[j] != 0x24 { j += 1 }
        guard j < e, t[j] == 0x24 else { return nil }
        if iconRun(i + 1, j) { return dropIcon(i, j + 1, e, run: &run) }
        flush(&run, i)
        run = i + 1
        drops.append((j, 1))
        count("latex_residue")
        return i + 1
    }

    /// The braced caret form (`MarkerGrammar.caret`): a definition's label at a line start
    /// becomes plain digits, a marker moves to `markers`, a power becomes superscript digits,
    /// other residue loses its braces. The bare form (`^1`) is left to the footnotes stage.
    mutating func caret(_ i: Int, _ e: Int, line: Line, run: inout Int) -> Int? {
        guard let c = MarkerGrammar.caret(in: t, at: i, lineStart: line.bodyStart, end: e), c.braced else { return nil }
        let close = c.range.upperBound - 1
        if let labels = c.labels, labels.count == 1, c.atLineStart, cfg.markers || cfg.latexResidue {
            // A footnote definition's label: `^{1} Refers to ...` → `1 Refers to ...`.
            flush(&run, i)
            out.replace(c.range, with: Array(labels[0].utf8))
            run = c.range.upperBound
            count("latex_residue")
            return run
        }
        if let labels = c.labels, c.isMarker, cfg.markers {
            return emitMarker(i, c.range.upperBound, e, labels: labels, line: line, run: &run)
        }
        guard cfg.latexResidue else { return nil }
        flush(&run, i)
        if c.isPower, let labels = c.labels, labels.count == 1 {
            // `m^{2}`, `10^{12}`: superscript digits.
            out.replace(c.range, with: labels[0].utf8.flatMap { Superscripts.utf8($0 &- 0x30) })
            run = c.range.upperBound
            count("latex_residue")
            return run
        }
        run = i + 2
        drops.append((close, 1))
        count("latex_residue")
        return i + 2
    }

    mutating func underscore(_ i: Int, _ e: Int, run: inout Int) -> Int? {
        guard cfg.latexResidue, i + 1 < e, t[i + 1] == 0x7B, let close = matchingBrace(i + 1, e), close > i + 2 else { return nil }
        flush(&run, i)
        // `27_{sessions}` → `27 sessions`, `CO_{2}` → `CO2`.
        if ByteClass.isLetter(t[i + 2]), let last = out.bytes.last, ByteClass.isAlphanumeric(last) || last == 0x2E || last == 0x25 {
            out.replace(i..<(i + 2), with: 0x20)
        }
        run = i + 2
        drops.append((close, 1))
        count("latex_residue")
        return i + 2
    }

    /// `<u>` and `</u>` (any case), the underline Markdown converters print as HTML
    /// (`#### <u>Product Pipeline</u>`): dropped, the text stays. Other tags (`<br>` in a
    /// table cell) are the table reader's.
    mutating func underlineTag(_ i: Int, _ e: Int, run: inout Int) -> Int? {
        guard cfg.latexResidue else { return nil }
        let slash = i + 1 < e && t[i + 1] == 0x2F ? 1 : 0
        let u = i + 1 + slash
        guard u + 1 < e, t[u] | 0x20 == 0x75, t[u + 1] == 0x3E else { return nil }
        flush(&run, i)
        run = u + 2
        count("latex_residue")
        return u + 2
    }

    mutating func star(_ i: Int, _ e: Int, line: Line, run: inout Int) -> Int? {
        // **bold**
        if cfg.latexResidue, i + 2 < e, t[i + 1] == 0x2A, !ByteClass.isBlank(t[i + 2]), t[i + 2] != 0x2A {
            var j = i + 3
            while j + 1 < e, j - i < 300, !(t[j] == 0x2A && t[j + 1] == 0x2A) { j += 1 }
            if j + 1 < e, t[j] == 0x2A, t[j + 1] == 0x2A, !ByteClass.isBlank(t[j - 1]) {
                flush(&run, i)
                run = i + 2
                drops.append((j, 2))
                count("latex_residue")
                return i + 2
            }
        }
        // `*¹³`, `*1`, `*`, `**` after a word (`MarkerGrammar`).
        return grammarMarker(i, e, line: line, run: &run)
    }

    mutating func bracket(_ i: Int, _ e: Int, line: Line, run: inout Int) -> Int? {
        // [%] ["]
        if cfg.latexResidue, i + 2 < e, t[i + 2] == 0x5D {
            let x = t[i + 1]
            if x == 0x25 || x == 0x22 || x == 0x27 || x == 0x24 || x == 0x23 || x == 0x26 {
                flush(&run, i)
                out.replace(i..<(i + 3), with: x)
                run = i + 3
                count("latex_residue")
                return i + 3
            }
        }
        return grammarMarker(i, e, line: line, run: &run)
    }

    /// `(3)` after a word (`MarkerGrammar`).
    mutating func paren(_ i: Int, _ e: Int, line: Line, run: inout Int) -> Int? {
        grammarMarker(i, e, line: line, run: &run)
    }

    // MARK: - Hyphenation inside a line

    mutating func inlineHyphen(_ i: Int, _ e: Int, line: Line, run: inout Int) -> Int? {
        guard cfg.dehyphenate, i > line.bodyStart, i + 2 < e, ByteClass.isLower(t[i - 1]), t[i + 1] == 0x20, ByteClass.isLower(t[i + 2]) else { return nil }
        var ls = i - 1
        while ls > line.bodyStart, i - ls < 64, !ByteClass.isBlank(t[ls - 1]) { ls -= 1 }
        var re = i + 2
        while re < e, ByteClass.isLetter(t[re]) { re += 1 }
        if hyphenWords == nil { collectHyphenatedWords() }
        guard hyphenDecision(leftStart: ls, hyphen: i, rightStart: i + 2, rightEnd: re) == .remove else { return nil }
        flush(&run, i)
        run = i + 2
        count("dehyphenate")
        return i + 2
    }

    // MARK: - Homoglyphs

    /// `O`, `l`, `I` inside a run of digits (`1O5` → `105`).
    mutating func digitLookalike(_ i: Int, _ e: Int, line: Line, run: inout Int) -> Int? {
        guard cfg.homoglyphs, i > line.bodyStart, i + 1 < e, ByteClass.isDigit(t[i - 1]), ByteClass.isDigit(t[i + 1]) else { return nil }
        guard numericToken(i, e, line: line) else { return nil }
        flush(&run, i)
        out.replace(i..<(i + 1), with: t[i] == 0x4F ? 0x30 : 0x31)
        run = i + 1
        count("homoglyph")
        return i + 1
    }

    /// Whether the whitespace-delimited token around `i` is a number apart from digit look-alikes.
    func numericToken(_ i: Int, _ e: Int, line: Line) -> Bool {
        var s = i
        while s > line.textStart, i - s < 64, !ByteClass.isBlank(t[s - 1]) { s -= 1 }
        var j = s
        var digits = 0
        while j < e, j - i < 64, !ByteClass.isBlank(t[j]) {
            let (v, len) = decodeScalar(t, j, e)
            if v >= 0x30 && v <= 0x39 { digits += 1 }
            else if v == 0x2C || v == 0x2E || v == 0x25 || v == 0x28 || v == 0x29 || v == 0x2D { }
            else if NormalizeTables.digitLookalike[v] == nil { return false }
            j += len
        }
        return digits >= 1
    }

    func isLetterish(_ v: UInt32) -> Bool {
        Scalars.isLatinLetter(v) || (v >= 0x370 && v <= 0x52F)
    }

    /// The Latin letter or digit a Cyrillic/Greek letter at `i` stands for, where the context
    /// proves it.
    func homoglyphRepair(_ i: Int, _ v: UInt32, _ len: Int, _ e: Int, line: Line) -> UInt8? {
        let floor = line.textStart
        let prevV: UInt32? = i > floor ? decodeScalar(t, previousScalarStart(t, i, floor: floor), e).value : nil
        let nextV: UInt32? = i + len < e ? decodeScalar(t, i + len, e).value : nil
        if let d = NormalizeTables.digitLookalike[v] {
            let pD = prevV.map { $0 >= 0x30 && $0 <= 0x39 } ?? false
            let nD = nextV.map { $0 >= 0x30 && $0 <= 0x39 } ?? false
            if (pD || nD), numericToken(i, e, line: line) { return d }
            // A whole table cell, in a row with numbers: `50\t6\tб`.
            if line.kind == .table, prevV == nil || prevV == 0x09, nextV == nil || nextV == 0x09 {
                var k = line.textStart
                while k < line.end, !ByteClass.isDigit(t[k]) { k += 1 }
                if k < line.end { return d }
            }
        }
        guard let latin = NormalizeTables.latinLookalike[v] else { return nil }
        // A capital split from its word by a column tab at line start: `Μ\tiddle`.
        if prevV == nil, nextV == 0x09, i + len + 2 < e, ByteClass.isLower(t[i + len + 1]) || (ByteClass.isDigit(t[i + len + 1]) && ByteClass.isLower(t[i + len + 2])) {
            return latin
        }
        // The word around it: other letters Latin (or look-alikes), at least two Latin ones.
        var latinCount = 0
        var alikeCount = 1
        var j = i
        while j > floor, i - j < 128 {
            let ps = previousScalarStart(t, j, floor: floor)
            let pv = decodeScalar(t, ps, e).value
            guard isLetterish(pv) else { break }
            if pv < 0x250 { latinCount += 1 } else if NormalizeTables.latinLookalike[pv] != nil { alikeCount += 1 } else { return nil }
            j = ps
        }
        j = i + len
        while j < e, j - i < 128 {
            let (nv, nl) = decodeScalar(t, j, e)
            guard isLetterish(nv) else { break }
            if nv < 0x250 { latinCount += 1 } else if NormalizeTables.latinLookalike[nv] != nil { alikeCount += 1 } else { return nil }
            j += nl
        }
        return latinCount >= 2 && latinCount > alikeCount ? latin : nil
    }

    // MARK: - Non-ASCII characters

    mutating func nonASCII(_ i: Int, _ e: Int, line: Line, run: inout Int) -> Int? {
        let (v, len) = decodeScalar(t, i, e)
        if v < 0x80 { return nil }
        if cfg.unicodeSpaces {
            if Scalars.isUnicodeSpace(v) {
                flush(&run, i)
                out.replace(i..<(i + len), with: 0x20)
                run = i + len
                count("unicode_space")
                return i + len
            }
            if Scalars.isZeroWidth(v) {
                flush(&run, i)
                run = i + len
                count("unicode_space")
                return i + len
            }
        }
        if let sup = NoteLabels.superscriptLabel(in: t, at: i, end: e) {
            let j = sup.end
            if i == line.bodyStart {
                // A footnote definition's label: `¹ We follow ...` → `1 We follow ...`.
                guard cfg.markers else { return nil }
                flush(&run, i)
                out.replace(i..<j, with: Array(sup.label.utf8))
                run = j
                return j
            }
            // Raised digits after a word are a marker (`MarkerGrammar`); others (`m²`, `10⁶`) stay.
            return grammarMarker(i, e, line: line, run: &run) ?? j
        }
        // `⁽³⁾`, `†`, `‡`, `§`, `¶` after a word.
        if v == 0x207D || NoteLabels.isSymbol(v), let next = grammarMarker(i, e, line: line, run: &run) {
            return next
        }
        if cfg.nfc, v >= 0x300, v <= 0x36F, i - 1 >= run, i - 1 >= line.textStart, ByteClass.isLetter(t[i - 1]),
           let composed = NormalizeTables.nfcPairs[UInt32(t[i - 1]) << 16 | v] {
            flush(&run, i - 1)
            var bytes: [UInt8] = []
            appendUTF8(composed, to: &bytes)
            out.replace((i - 1)..<(i + len), with: bytes)
            run = i + len
            count("nfc")
            return i + len
        }
        if cfg.homoglyphs, v >= 0x370, v <= 0x52F, let r = homoglyphRepair(i, v, len, e, line: line) {
            flush(&run, i)
            out.replace(i..<(i + len), with: r)
            run = i + len
            count("homoglyph")
            return i + len
        }
        if cfg.latexResidue, Scalars.isPrivateUse(v) {
            return dropIcon(i, i + len, e, run: &run)
        }
        return i + len
    }
}
