import FolioModel

// The line tests below are static and take the text (and lines) they read: called as
// methods from the mutating `removeFurniture`, each call copied the whole `Normalizer` (its
// lines, output and counters retained and released), once per line of a document.
extension Normalizer {
    /// Whether the line is only a page number: `7`, `07/08`, `Page 2 of 5`, `- 3 -`.
    static func isPageNumber(_ line: Line, _ t: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.kind == .prose else { return false }
        var s = line.textStart
        var e = line.end
        guard e > s, e - s <= 16 else { return false }
        // `- 3 -`
        if t[s] == 0x2D, t[e - 1] == 0x2D, e - s >= 3 {
            s += 1; e -= 1
            while s < e, t[s] == 0x20 { s += 1 }
            while e > s, t[e - 1] == 0x20 { e -= 1 }
        }
        // `Page 2` / `Page 2 of 5`
        if e - s > 5, t[s] | 0x20 == 0x70, t[s + 1] | 0x20 == 0x61, t[s + 2] | 0x20 == 0x67, t[s + 3] | 0x20 == 0x65, t[s + 4] == 0x20 {
            var i = s + 5
            let d0 = i
            while i < e, ByteClass.isDigit(t[i]) { i += 1 }
            guard i > d0 else { return false }
            if i == e { return true }
            guard e - i > 4, t[i] == 0x20, t[i + 1] | 0x20 == 0x6F, t[i + 2] | 0x20 == 0x66, t[i + 3] == 0x20 else { return false }
            i += 4
            let d1 = i
            while i < e, ByteClass.isDigit(t[i]) { i += 1 }
            return i == e && i > d1
        }
        var i = s
        while i < e, ByteClass.isDigit(t[i]) { i += 1 }
        let digits = i - s
        guard digits >= 1, digits <= 3 else { return false }
        if i == e { return true }
        // `07/08`
        if t[i] == 0x2F {
            i += 1
            let d1 = i
            while i < e, ByteClass.isDigit(t[i]) { i += 1 }
            return i == e && i - d1 >= 1 && i - d1 <= 3
        }
        return false
    }

    /// Whether the line is one figure alone: digits with `,` `.` `(` `)` `$` `%` and spaces,
    /// or a dash alone (`-`, `–`, `—`).
    static func isFigureLine(_ line: Line, _ t: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = line.textStart, e = line.end
        guard e > s, e - s <= 32 else { return false }
        if e - s == 1, t[s] == 0x2D { return true }
        if e - s == 3, t[s] == 0xE2, t[s + 1] == 0x80, t[s + 2] == 0x93 || t[s + 2] == 0x94 { return true }
        var digits = 0
        for i in s..<e {
            let c = t[i]
            if ByteClass.isDigit(c) { digits += 1; continue }
            guard c == 0x2C || c == 0x2E || c == 0x28 || c == 0x29 || c == 0x24 || c == 0x25 || c == 0x20 else { return false }
        }
        return digits > 0
    }

    /// Whether the line holds only a currency sign (`$`, `€`, `£`, `¥`): reading-order text
    /// prints a figure's sign on a line of its own, apart from the figure.
    static func isCurrencySignLine(_ line: Line, _ t: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = line.textStart, e = line.end
        switch e - s {
        case 1: return t[s] == 0x24
        case 2: return t[s] == 0xC2 && (t[s + 1] == 0xA3 || t[s + 1] == 0xA5)
        case 3: return t[s] == 0xE2 && t[s + 1] == 0x82 && t[s + 2] == 0xAC
        default: return false
        }
    }

    /// **Figures one a line.** Reading-order text (plain `pdftotext`) prints a table's
    /// figures one a line, often set apart by blank lines, and a figure's currency sign on a
    /// line of its own, so a small figure looks like a page number:
    ///
    /// ```
    /// Depreciation
    ///
    /// 613          ← a figure: the nearest line with text below it is a figure too
    ///
    /// 596          ← and above this one
    ///
    /// $
    ///
    /// 143          ← a figure under its currency sign (a statement's last rows)
    ///
    /// $
    /// ```
    ///
    /// A figure line whose nearest line with text on its page, above or below (blank and
    /// removed lines skipped), is a figure line too is one of those figures, not a page
    /// number (`07/08` is no figure). So is one whose nearest line is a currency sign alone
    /// (`isCurrencySignLine`), unless its number continues the page numbering
    /// (`continuing`, from `numberingContinuations`): a page number printed between a
    /// statement's columns stays a page number.
    static func isAmongFigures(_ k: Int, _ lines: [Line], _ t: UnsafeBufferPointer<UInt8>, continuing: Set<Int>) -> Bool {
        guard isFigureLine(lines[k], t) else { return false }
        let page = lines[k].page
        let signs = !continuing.contains(k)
        var i = k - 1
        while i >= 0, lines[i].page == page, lines[i].kind == .blank || lines[i].kind == .removed { i -= 1 }
        if i >= 0, lines[i].page == page, isFigureLine(lines[i], t) || (signs && isCurrencySignLine(lines[i], t)) { return true }
        var j = k + 1
        while j < lines.count, lines[j].page == page, lines[j].kind == .blank || lines[j].kind == .removed { j += 1 }
        return j < lines.count && lines[j].page == page && (isFigureLine(lines[j], t) || (signs && isCurrencySignLine(lines[j], t)))
    }

    /// Page numbers standing in text (`numberingContinuations`) looked at on each side.
    static let numberingReach = 2
    /// Largest step between two page numbers of one numbering (pages without a number).
    static let numberingStep = 3

    /// The nearest line with text on line `k`'s page, above (`step` -1) or below (`step` 1),
    /// blank and removed lines skipped.
    static func nearestText(_ k: Int, step: Int, _ lines: [Line]) -> Int? {
        let page = lines[k].page
        var i = k + step
        while i >= 0, i < lines.count, lines[i].page == page, lines[i].kind == .blank || lines[i].kind == .removed { i += step }
        return i >= 0 && i < lines.count && lines[i].page == page ? i : nil
    }

    /// **A page's number continues the numbering.** The lines that print a number alone
    /// (`isPageNumber`, digits only) whose number follows one of the `numberingReach` nearest
    /// page numbers standing in text before it (smaller by 1 to `numberingStep`), or precedes
    /// one of those after it: page numbers count up through a document. A number stands in
    /// text when neither of its nearest lines is a figure or a currency sign alone; a
    /// statement's figures printed one a line do not count up with the pages (`55` after page
    /// `54` is page 55, wherever it stands; `447` over `450`, both by currency signs, is a
    /// figure).
    static func numberingContinuations(_ lines: [Line], _ t: UnsafeBufferPointer<UInt8>) -> Set<Int> {
        var numbers: [(k: Int, v: Int, inText: Bool)] = []
        for k in lines.indices where isPageNumber(lines[k], t) {
            let l = lines[k]
            var v = 0
            var digitsOnly = true
            for i in l.textStart..<l.end {
                guard ByteClass.isDigit(t[i]) else { digitsOnly = false; break }
                v = v &* 10 &+ Int(t[i] &- 0x30)
            }
            guard digitsOnly else { continue }
            var inText = true
            for step in [-1, 1] {
                if let i = nearestText(k, step: step, lines), isFigureLine(lines[i], t) || isCurrencySignLine(lines[i], t) { inText = false }
            }
            numbers.append((k, v, inText))
        }
        let anchors = numbers.indices.filter { numbers[$0].inText }
        var out = Set<Int>()
        var next = 0  // the first anchor after the number at `x`
        for (x, n) in numbers.enumerated() {
            while next < anchors.count, anchors[next] <= x { next += 1 }
            let firstBefore = next > 0 && anchors[next - 1] == x ? next - 1 : next
            let before = anchors[max(0, firstBefore - numberingReach)..<firstBefore].map { numbers[$0].v }
            let after = anchors[next..<min(anchors.count, next + numberingReach)].map { numbers[$0].v }
            if before.contains(where: { n.v - $0 >= 1 && n.v - $0 <= numberingStep })
                || after.contains(where: { $0 - n.v >= 1 && $0 - n.v <= numberingStep }) {
                out.insert(n.k)
            }
        }
        return out
    }

    /// A line's repeat key: lowercase, whitespace collapsed, the number at its start or end
    /// (a page number) as `#`.
    static func furnitureKey(_ line: Line, _ t: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var key: [UInt8] = []
        key.reserveCapacity(min(line.length, 200))
        var i = line.textStart
        var lastSpace = false
        var tail = line.end
        while tail > i, ByteClass.isDigit(t[tail - 1]) { tail -= 1 }
        while i < line.end, key.count < 200 {
            let c = t[i]
            if ByteClass.isDigit(c), i == line.textStart || i >= tail {
                while i < line.end, ByteClass.isDigit(t[i]) { i += 1 }
                key.append(0x23)
                lastSpace = false
                continue
            }
            if c == 0x20 || c == 0x09 {
                if !lastSpace { key.append(0x20) }
                lastSpace = true
            } else {
                key.append(ByteClass.isUpper(c) ? c | 0x20 : c)
                lastSpace = false
            }
            i += 1
        }
        return key
    }

    /// Removes page numbers and running headers/footers: at the top and bottom of each page
    /// of a paged text (form feeds), and standalone page-number lines set off by blank lines
    /// anywhere.
    mutating func removeFurniture() {
        // Pages as ranges of line indices.
        var pages: [Range<Int>] = []
        var first = 0
        for k in lines.indices where k > 0 && lines[k].page != lines[k - 1].page {
            pages.append(first..<k)
            first = k
        }
        if !lines.isEmpty { pages.append(first..<lines.count) }
        let continuing = Self.numberingContinuations(lines, t)

        if pages.count >= 3 {
            // Repeat counts per key hash, each page counted once.
            var headerCount: [UInt64: Int] = [:]
            var footerCount: [UInt64: Int] = [:]
            var perPage: [[Int]] = []
            perPage.reserveCapacity(pages.count)
            var seen = Set<UInt64>()
            for r in pages {
                var c: [Int] = []
                for k in r where lines[k].kind == .prose || lines[k].kind == .table { c.append(k) }
                perPage.append(c)
                seen.removeAll(keepingCapacity: true)
                for k in c.prefix(2) {
                    let h = Self.furnitureHashes(lines[k], t)
                    for key in [h.full] + h.edges where seen.insert(key).inserted { headerCount[key, default: 0] += 1 }
                }
                seen.removeAll(keepingCapacity: true)
                for k in c.suffix(2) {
                    let h = Self.furnitureHashes(lines[k], t)
                    for key in [h.full] + h.edges where seen.insert(key).inserted { footerCount[key, default: 0] += 1 }
                }
            }
            let threshold = max(3, pages.count / 8)
            let itemHeadings = firstItemPrintings()
            for c in perPage {
                var removedTop = 0
                for k in c.prefix(3) {
                    if Self.isPageNumber(lines[k], t), !Self.isAmongFigures(k, lines, t, continuing: continuing) { remove(k, "page_number") }
                    else if Self.furnitureRepeated(lines[k], headerCount, threshold, t) {
                        if !itemHeadings.contains(k) { remove(k, "running_header") }
                    } else { break }
                    removedTop += 1
                }
                for k in c.dropFirst(removedTop).suffix(3).reversed() {
                    if Self.isPageNumber(lines[k], t), !Self.isAmongFigures(k, lines, t, continuing: continuing) { remove(k, "page_number") }
                    else if Self.furnitureRepeated(lines[k], footerCount, threshold, t) { remove(k, "running_footer") }
                    else { break }
                }
            }
        }

        // Standalone page numbers set off by a blank line (`07/08`, `7`), not runs of numbers
        // (chart axes) nor figures printed one a line (`isAmongFigures`).
        for k in lines.indices where Self.isPageNumber(lines[k], t) && !Self.isAmongFigures(k, lines, t, continuing: continuing) {
            let prevBlank = k == 0 || lines[k - 1].kind == .blank || lines[k - 1].kind == .removed || lines[k - 1].page != lines[k].page
            let nextBlank = k + 1 >= lines.count || lines[k + 1].kind == .blank || lines[k + 1].kind == .removed || lines[k + 1].page != lines[k].page
            guard prevBlank || nextBlank else { continue }
            if !prevBlank, Self.isPageNumber(lines[k - 1], t) { continue }
            if !nextBlank, Self.isPageNumber(lines[k + 1], t) { continue }
            remove(k, "page_number")
        }
    }

    /// The lines (indices) that print an Item first, in each Part (`ItemLines.headingPrintings`):
    /// kept where the running-header rule removes the later printings of the same words.
    func firstItemPrintings() -> Set<Int> {
        func printsText(_ k: Int) -> Bool { lines[k].kind == .prose || lines[k].kind == .table }
        var numbers: [Int: String] = [:]
        var parts: [Int: String] = [:]
        for k in lines.indices where printsText(k) {
            let l = lines[k]
            if ItemLines.startsWithItem(t[l.textStart..<l.end]) {
                numbers[k] = ItemLines.number(string(l.textStart, l.end))
            } else if ItemLines.startsWithPart(t[l.textStart..<l.end]) {
                parts[k] = ItemLines.part(string(l.textStart, l.end))
            }
        }
        guard !numbers.isEmpty else { return [] }
        return ItemLines.headingPrintings(count: lines.count, number: { numbers[$0] }, printsText: printsText, part: { parts[$0] },
                                          wrapsFromAbove: { k in
                                              k > 0 && printsText(k - 1) && ItemLines.leavesSentenceOpen(string(lines[k - 1].textStart, lines[k - 1].end))
                                          })
    }

    /// Hashes of a line's repeat key: the whole key, and for a line starting or ending with a
    /// number (a page number), its last or first 24 bytes (`5 Introduction // Report`).
    static func furnitureHashes(_ line: Line, _ t: UnsafeBufferPointer<UInt8>) -> (full: UInt64, edges: [UInt64], short: Bool) {
        let key = furnitureKey(line, t)
        func fnv(_ bytes: ArraySlice<UInt8>, seed: UInt8) -> UInt64 {
            var h = (Normalizer.fnvBasis ^ UInt64(seed)) &* Normalizer.fnvPrime
            for c in bytes { h = (h ^ UInt64(c)) &* Normalizer.fnvPrime }
            return h
        }
        var edges: [UInt64] = []
        if key.count >= 28 {
            if key.first == 0x23 { edges.append(fnv(key.suffix(24), seed: 0x3E)) }
            if key.last == 0x23 { edges.append(fnv(key.prefix(24), seed: 0x3C)) }
        }
        return (fnv(key[...], seed: 0), edges, key.count < 3)
    }

    static func furnitureRepeated(_ line: Line, _ counts: [UInt64: Int], _ threshold: Int, _ t: UnsafeBufferPointer<UInt8>) -> Bool {
        // Markup (`</TABLE>`) is structure, not furniture.
        if line.textStart < line.end, t[line.textStart] == 0x3C { return false }
        let h = furnitureHashes(line, t)
        if h.short { return false }
        if counts[h.full, default: 0] >= threshold { return true }
        for e in h.edges where counts[e, default: 0] >= threshold { return true }
        return false
    }

    mutating func remove(_ k: Int, _ kind: String) {
        let l = lines[k]
        guard l.kind == .prose || l.kind == .table else { return }
        lines[k].kind = .removed
        removals.append(PendingRemoval(kind: kind, text: string(l.textStart, l.end), span: Span(start: l.textStart, end: l.end)))
        count("page_furniture")
    }
}
