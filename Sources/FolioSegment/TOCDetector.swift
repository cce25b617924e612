/// One entry of a table of contents.
public struct TOCEntry: Sendable, Hashable {
    /// The entry's title as printed (for a flattened TOC row, the run of sub-entry titles).
    public var title: String
    /// 1 for chapters, 2 for their sections.
    public var level: Int
    /// The chapter number as printed, when the entry has one (`01`, `U/`).
    public var number: String?
    /// A run of several sub-entry titles flattened into one cell by extraction: match by
    /// containment, not equality.
    public var isRun: Bool
}

/// A table of contents found in the text: the lines it spans and its entries.
public struct TOCRegion: Sendable, Hashable {
    public var firstLine: Int
    public var lastLine: Int
    public var entries: [TOCEntry]
}

/// Finds tables of contents: runs of lines that are titles with page numbers (`Title 12`,
/// `12 Title`, `01<TAB>Chapter<TAB>Sections<TAB>05 07`), with increasing page numbers.
public enum TOCDetector {
    /// What one line contributes to a TOC.
    struct LineEntries {
        var entries: [TOCEntry]
        var pages: [Int]
    }

    /// Page-number token: an integer of at most three digits.
    static func page(_ w: Substring) -> Int? {
        // On bytes: one to three ASCII digits (any other byte, ASCII or not, makes a character
        // that is not an ASCII digit).
        ByteScan.withBytes(w) { digitsValue($0, from: 0) }
    }

    /// The value of `b[from...]` when it is one to three ASCII digits.
    @inline(__always)
    static func digitsValue(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let n = b.count - from
        guard n >= 1, n <= 3 else { return nil }
        var v = 0
        for k in from..<b.count {
            let d = b[k]
            guard d >= 0x30 && d <= 0x39 else { return nil }
            v = v * 10 + Int(d - 0x30)
        }
        return v
    }

    /// Whether every byte of `w` is a leader byte: `.`, `_` or part of `…` (E2 80 A6).
    static func isLeaderOnly(_ w: Substring) -> Bool {
        ByteScan.withBytes(w) { leaderOnly($0) }
    }

    /// `page` of the word without its leading dot leaders (`..12`, `…7`): the same answer as
    /// dropping the leading `.` and `…` characters (or keeping the word when that leaves
    /// nothing), on bytes. Dots and ellipses followed only by them and digits are characters
    /// of their own; where a byte strip would cut into a larger character, both leave a
    /// non-digit and give nil.
    static func leaderPage(_ w: Substring) -> Int? {
        ByteScan.withBytes(w) { leaderPageValue($0) }
    }

    /// Whether some word of `t` (as `LineClassifier.words` splits it) is a page number once its
    /// leading dots and ellipses are dropped (`page(bare)` below). A word is a page number only
    /// when every byte after those is an ASCII digit, so a combining mark (which would change
    /// what the `Character` comparisons of the dots see) fails here as it fails there.
    static func hasPageToken(_ t: String) -> Bool {
        ByteScan.withBytes(t) { b in
            let n = b.count
            var i = 0
            while i < n {
                let c = b[i]
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { i += 1; continue }
                // A word starts at i: skip `.` and `…` (E2 80 A6), then count digits to its end.
                var j = i
                while j < n {
                    if b[j] == 0x2E { j += 1; continue }
                    if b[j] == 0xE2, j + 2 < n, b[j + 1] == 0x80, b[j + 2] == 0xA6 { j += 3; continue }
                    break
                }
                var digits = 0
                var clean = true
                while j < n {
                    let d = b[j]
                    if d == 0x20 || d == 0x09 || d == 0x0A || d == 0x0D { break }
                    if d >= 0x30 && d <= 0x39 { digits += 1 } else { clean = false }
                    j += 1
                }
                if clean, digits >= 1, digits <= 3 { return true }
                i = j
            }
            return false
        }
    }

    /// False only when `entries` of the (trimmed, tab-free) line `t` certainly finds nothing
    /// on its word paths, told on bytes before the line is cut into words (the same separators
    /// as `LineClassifier.words`): the first word is no page number, and either two page numbers
    /// stand in a row (a data row), or no page word (`leaderPage`) follows a chunk of at most 14
    /// solid words whose title could start an entry, or the line ends with a sentence of four
    /// words or more after its last page word. A first title byte of `a`-`z`, `(` or `-` before
    /// an ASCII byte is that `Character` (which `isEntryTitle` rejects); a final `.`, `,`, `;`,
    /// `:` or `!` after an ASCII byte is the line's last `Character`.
    static func mayHoldEntries(_ t: String) -> Bool {
        ByteScan.withBytes(t) { b in
            let n = b.count
            var i = 0
            var first = true
            var prevPage = false
            var chunk = 0
            var solid = 0
            var chunkStart = 0
            var viable = false
            var lastWordEnd = 0
            var lastWordStart = 0
            while i < n {
                let c = b[i]
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { i += 1; continue }
                let ws = i
                var we = i
                while we < n {
                    let d = b[we]
                    if d == 0x20 || d == 0x09 || d == 0x0A || d == 0x0D { break }
                    we += 1
                }
                let w = UnsafeBufferPointer(rebasing: b[ws..<we])
                let isPage = digitsValue(w, from: 0) != nil
                if first {
                    // `12 Title` rows take the other path.
                    if isPage { return true }
                    first = false
                } else if isPage && prevPage {
                    return false
                }
                prevPage = isPage
                if chunk > 0, leaderPageValue(w) != nil {
                    if solid <= 14 {
                        let f = b[chunkStart]
                        let decided = chunkStart + 1 >= n || b[chunkStart + 1] < 0x80
                        let rejected = decided && ((f >= 0x61 && f <= 0x7A) || f == 0x28 || f == 0x2D)
                        if !rejected { viable = true }
                    }
                    chunk = 0
                    solid = 0
                } else {
                    if chunk == 0 { chunkStart = ws }
                    chunk += 1
                    if !leaderOnly(w) { solid += 1 }
                }
                lastWordStart = ws
                lastWordEnd = we
                i = we
            }
            guard viable else { return false }
            if chunk >= 4 {
                let l = b[lastWordEnd - 1]
                let single = lastWordEnd - 1 == lastWordStart || b[lastWordEnd - 2] < 0x80
                if single, l == 0x2E || l == 0x2C || l == 0x3B || l == 0x3A || l == 0x21 { return false }
            }
            return true
        }
    }

    /// `leaderPage` of a word's bytes.
    @inline(__always)
    static func leaderPageValue(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var j = 0
        let n = b.count
        while j < n {
            if b[j] == 0x2E { j += 1; continue }
            if b[j] == 0xE2, j + 2 < n, b[j + 1] == 0x80, b[j + 2] == 0xA6 { j += 3; continue }
            break
        }
        return digitsValue(b, from: j)
    }

    /// `isLeaderOnly` of a word's bytes.
    @inline(__always)
    static func leaderOnly(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var j = 0
        while j < b.count {
            if b[j] == 0x2E || b[j] == 0x5F { j += 1; continue }
            if b[j] == 0xE2, j + 2 < b.count, b[j + 1] == 0x80, b[j + 2] == 0xA6 { j += 3; continue }
            return false
        }
        return true
    }

    static func isEntryTitle(_ t: String) -> Bool {
        entryTitleWords(t) != nil
    }

    /// `isEntryTitle`, giving the number of words of the title without its leaders
    /// (`LineClassifier.words(strippedLeaders(t)).count`) when it is one: a caller that also
    /// bounds the words does not cut the title into words a second time.
    static func entryTitleWords(_ t: String) -> Int? {
        let s = strippedLeaders(t)
        let ws = LineClassifier.words(s)
        guard !ws.isEmpty, ws.count <= 30 else { return nil }
        guard let f = s.first, !f.isLowercase, f != "(", f != "-" else { return nil }
        if LineClassifier.endsWithSentencePunctuation(s) || LineClassifier.hasURLOrEmail(s) { return nil }
        // Figures in the title (`Ireland Leixlip 31,300 48,900`): a data row, not an entry.
        if ws.contains(where: { isFigure($0) }) { return nil }
        // Three ASCII letters are three letter characters; otherwise count characters.
        var asciiLetters = 0
        for b in s.utf8 where (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) {
            asciiLetters += 1
            if asciiLetters >= 3 { return ws.count }
        }
        return s.filter({ $0.isLetter }).count >= 3 ? ws.count : nil
    }

    /// `words.joined(separator: " ")` on UTF-8 bytes, sized once (the generic `joined` of
    /// `Substring`s costs about ten times as much a call).
    static func joinedWords(_ words: some Collection<Substring>) -> String {
        var n = max(0, words.count - 1)
        for w in words { n += w.utf8.count }
        var out: [UInt8] = []
        out.reserveCapacity(n)
        var first = true
        for w in words {
            if !first { out.append(0x20) }
            first = false
            out.append(contentsOf: w.utf8)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A printed figure: `31,300`, `27.9`, `15%` (not `1.` of `Item 1.`).
    static func isFigure(_ w: Substring) -> Bool {
        guard LineClassifier.isNumericCell(w) else { return false }
        if ByteScan.contains(w, ",") { return true }
        if ByteScan.contains(w, "%") { return true }
        if let dot = w.firstIndex(of: "."), w.index(after: dot) < w.endIndex, w[w.index(after: dot)].isNumber { return true }
        return false
    }

    /// Removes dot leaders (`Business ......... 3`): two or more dots, or an ellipsis, at the
    /// end. A single final period is kept (it ends a sentence).
    static func strippedLeaders(_ t: String) -> String {
        var s = Substring(t)
        while let l = s.last, l == " " { s = s.dropLast() }
        var dots = 0
        var probe = s
        while let l = probe.last, l == "." || l == "…" || l == "_" || l == " " {
            if l != " " { dots += (l == "…" ? 2 : 1) }
            probe = probe.dropLast()
        }
        return dots >= 2 ? String(probe) : String(s)
    }

    /// The entries a line holds, or nil when it is not a TOC line.
    static func entries(_ raw: String) -> LineEntries? {
        // Every TOC line holds a page or chapter number.
        guard raw.utf8.count <= LineClassifier.maxStructuredLine, LineClassifier.hasDigit(raw) else { return nil }
        let t = LineClassifier.trim(raw)
        if t.isEmpty { return nil }
        // A Markdown pipe row (`| Scope 1 | tCO2e | 18,420 |`) is a table row, never a TOC line.
        if t.hasPrefix("|") && t.hasSuffix("|") && t.utf8.count > 1 { return nil }
        if LineClassifier.hasTab(raw) {
            // The same split as `LineClassifier.cells` of a line with tabs.
            let cells = LineClassifier.cells(raw)
            let nonEmpty = cells.enumerated().filter { !$0.element.isEmpty }
            guard let lastCell = nonEmpty.last else { return nil }
            let lastWords = LineClassifier.words(lastCell.element)
            let pages = lastWords.compactMap(page)
            let lastIsPages = !lastWords.isEmpty && pages.count == lastWords.count
            // A leading cell of at most three characters, none lowercase, is a chapter number.
            func isChapterCell(_ i: Int, _ cell: String) -> Bool {
                i == 0 && cell.count <= 3 && !cell.contains(where: { $0.isLowercase })
            }
            // The cheap ways to fail first (any failure gives nil): no page numbers and no
            // chapter number; a number in the middle (a data row, not a TOC).
            if !lastIsPages, !nonEmpty.contains(where: { isChapterCell($0.offset, $0.element) }) { return nil }
            for (i, cell) in nonEmpty where !(i == lastCell.offset && lastIsPages) && !isChapterCell(i, cell) {
                if LineClassifier.isNumericCell(cell) { return nil }
            }
            var entries: [TOCEntry] = []
            var chapterNumber: String?
            for (i, cell) in nonEmpty {
                let isLast = i == lastCell.offset
                if isLast && lastIsPages { continue }
                if isChapterCell(i, cell) {
                    chapterNumber = cell
                    continue
                }
                guard isEntryTitle(cell) else { return nil }
                if i == 1 {
                    entries.append(TOCEntry(title: cell, level: 1, number: chapterNumber, isRun: false))
                } else {
                    entries.append(TOCEntry(title: cell, level: 2, number: nil, isRun: true))
                }
            }
            guard !entries.isEmpty, lastIsPages || chapterNumber != nil else { return nil }
            return LineEntries(entries: entries, pages: pages)
        }
        // Without a page-number word after a short chunk no entry can be found below (on bytes,
        // before the words).
        guard mayHoldEntries(t) else { return nil }
        let ws = LineClassifier.words(t)
        guard ws.count >= 2 else { return nil }
        // "12 Title", "02 Letter from the CEO 50 Our approach to powering lives"
        if page(ws[0]) != nil {
            var entries: [TOCEntry] = []
            var pages: [Int] = []
            var k = 0
            while k < ws.count {
                guard let p = page(ws[k]) else { return entries.isEmpty ? nil : LineEntries(entries: entries, pages: pages) }
                var j = k + 1
                while j < ws.count, page(ws[j]) == nil { j += 1 }
                let title = joinedWords(ws[(k + 1)..<j])
                // The title's words are the `j - k - 1` words joined (a word holds no separator).
                guard !title.isEmpty, isEntryTitle(title), j - k - 1 <= 14 else {
                    return entries.isEmpty ? nil : LineEntries(entries: entries, pages: pages)
                }
                entries.append(TOCEntry(title: title, level: 1, number: nil, isRun: false))
                pages.append(p)
                k = j
            }
            return entries.isEmpty ? nil : LineEntries(entries: entries, pages: pages)
        }
        // "Title 12", "Title 12 Other Title 55", "Title ....... 12"
        // Two numbers in a row are a data row's figures (`Employees Number 0 2 1 3`).
        for (a, b) in zip(ws, ws.dropFirst()) where page(a) != nil && page(b) != nil {
            return nil
        }
        var entries: [TOCEntry] = []
        var pages: [Int] = []
        var chunk: [Substring] = []
        // Words of the chunk with a byte other than leader dots (`.`, `…`, `_`): stripping the
        // leaders cannot remove them, so more than 14 of them make a title of more than 14
        // words, which is no entry (told without joining a prose line's words).
        var solid = 0
        for w in ws {
            if let p = leaderPage(w), !chunk.isEmpty {
                if solid <= 14 {
                    let title = strippedLeaders(joinedWords(chunk))
                    // `title` is without leaders already: `entryTitleWords` counts its own words.
                    if let n = entryTitleWords(title), n <= 14 {
                        entries.append(TOCEntry(title: title, level: 1, number: nil, isRun: false))
                        pages.append(p)
                    }
                }
                chunk = []
                solid = 0
            } else {
                chunk.append(w)
                if !isLeaderOnly(w) { solid += 1 }
            }
        }
        guard !entries.isEmpty else { return nil }
        // A sentence after the last number (`... required by this Item 10 will be supplied by
        // a proxy statement.`): prose that mentions a number, not a contents line. The joined
        // chunk ends with its last word's last character.
        if chunk.count >= 4, let last = chunk.last, LineClassifier.endsWithSentencePunctuation(String(last)) { return nil }
        return LineEntries(entries: entries, pages: pages)
    }

    /// Finds the TOC regions among `lines` (raw line texts, untrimmed).
    public static func detect(_ lines: [String]) -> [TOCRegion] {
        detect(lines, mayBeEntry: { _ in true })
    }

    /// The lines read in place: `entries` is asked only of a line whose bytes pass its own
    /// first test (at most `maxStructuredLine` bytes, a digit).
    static func detect(_ lines: LineTexts) -> [TOCRegion] {
        detect(lines, mayBeEntry: { k in
            lines.withBytes(k) { b in b.count <= LineClassifier.maxStructuredLine && LineClassifier.hasDigit(bytes: b) }
        })
    }

    static func detect<L: RandomAccessCollection<String>>(_ lines: L, mayBeEntry: (Int) -> Bool) -> [TOCRegion] where L.Index == Int {
        let parsed = lines.indices.map { mayBeEntry($0) ? entries(lines[$0]) : nil }
        var regions: [TOCRegion] = []
        var i = 0
        while i < lines.count {
            guard parsed[i] != nil else { i += 1; continue }
            var j = i
            var last = i
            var gap = 0
            while j + 1 < lines.count {
                let k = j + 1
                let t = LineClassifier.trim(lines[k])
                if parsed[k] != nil {
                    last = k
                    gap = 0
                } else if t.isEmpty {
                    // blank lines are neutral
                } else {
                    gap += 1
                    if gap > 2 { break }
                }
                j = k
            }
            // Validate the run i...last.
            var entries: [TOCEntry] = []
            var pages: [Int] = []
            var nEntryLines = 0
            var nNonBlank = 0
            for k in i...last {
                if !LineClassifier.trim(lines[k]).isEmpty { nNonBlank += 1 }
                if let p = parsed[k] {
                    nEntryLines += 1
                    pages.append(contentsOf: p.pages)
                    // A row whose chapter number is damaged and follows a chapter row continues
                    // that chapter's title (a title wrapped over two rows).
                    for e in p.entries {
                        let damagedNumber = e.number.map { num in !num.contains(where: \.isNumber) } ?? false
                        if e.level == 1, damagedNumber,
                           let prev = entries.lastIndex(where: { $0.level == 1 }),
                           entries[prev].number?.contains(where: \.isNumber) == true,
                           LineClassifier.words(entries[prev].title).count <= 2 {
                            entries[prev].title += " " + e.title
                            continue
                        }
                        entries.append(e)
                    }
                }
            }
            let distinct = Set(pages).count
            // Page numbers rise: over all entries, or down the first (or last) column of a
            // two-column contents page.
            func rising(_ seq: [Int]) -> Bool {
                var up = 0
                var pairs = 0
                for (a, b) in zip(seq, seq.dropFirst()) {
                    pairs += 1
                    if b >= a { up += 1 }
                }
                return pairs > 0 && up * 10 >= pairs * 6
            }
            let firsts = (i...last).compactMap { parsed[$0]?.pages.first }
            let lasts = (i...last).compactMap { parsed[$0]?.pages.last }
            // **Short contents never go back.** A few titles with page numbers that fall
            // (`Prepaid expenses 9`, `Investments 121`, `Other noncurrent assets 31`) are a
            // one-column table of amounts, not a contents page: below 8 page numbers, one
            // sequence (all, first or last column) must never fall.
            func neverFalls(_ seq: [Int]) -> Bool { zip(seq, seq.dropFirst()).allSatisfy { $0.1 >= $0.0 } }
            let ordered = pages.count >= 8 || neverFalls(pages) || neverFalls(firsts) || neverFalls(lasts)
            let increasing = (rising(pages) || rising(firsts) || rising(lasts)) && ordered
            if nEntryLines >= 4, nEntryLines * 2 >= nNonBlank, distinct >= 3, increasing {
                var first = i
                var last = last
                // Trailing rows of bare page numbers belong to the contents.
                while last + 1 < lines.count {
                    let t = LineClassifier.trim(lines[last + 1])
                    guard !t.isEmpty, t.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x20 || $0 == 0x09 }) else { break }
                    last += 1
                }
                // Include a "Contents" line just before, over a few short lines (`PART I`).
                var back = i - 1
                var steps = 0
                while back >= 0, steps < 5 {
                    let t = LineClassifier.trim(lines[back]).lowercased()
                    steps += 1
                    if t == "contents" || t == "table of contents" || (t.hasSuffix(" contents") && t.count <= 30) || (t.hasSuffix("contents") && t.count <= 30) {
                        first = back
                        break
                    }
                    if !t.isEmpty, LineClassifier.words(t).count > 4 || LineClassifier.endsWithSentencePunctuation(t) { break }
                    back -= 1
                }
                regions.append(TOCRegion(firstLine: first, lastLine: last, entries: entries))
                i = last + 1
            } else {
                i += 1
            }
        }
        return regions
    }
}

/// Looks headings up in the document's tables of contents.
public struct TOCIndex: Sendable {
    public var entries: [TOCEntry]
    /// Comparison keys of the entries' titles (exact entries) and of the flattened runs.
    private var exactKeys: [String: Int] = [:]
    private var chapterKeys: [String: Int?] = [:]
    private var runKeys: [(String, Int)] = []

    public init(_ regions: [TOCRegion]) {
        entries = regions.flatMap(\.entries)
        for e in entries {
            let k = Self.key(e.title)
            if e.isRun {
                runKeys.append((" " + k + " ", e.level))
            } else if exactKeys[k] == nil {
                exactKeys[k] = e.level
            }
            if e.level == 1, let num = e.number, chapterKeys[k] == nil {
                chapterKeys[k] = LineClassifier.isInteger(Substring(num)) ? Int(num) : nil
            }
        }
    }

    public var isEmpty: Bool { entries.isEmpty }
    public var hasChapters: Bool { entries.contains { $0.level == 1 && $0.number != nil } }
    public var hasSubEntries: Bool { entries.contains { $0.level == 2 } }

    /// Lowercased, with single spaces and plain quotes, for comparison.
    public static func key(_ s: String) -> String {
        asciiKey(s) ?? punctuationKey(s) ?? characterKey(s)
    }

    /// `characterKey` of text that is ASCII (without carriage returns) but for curly quotes,
    /// dashes and ellipses (`Chairman’s Letter`, `Results – 2024`), on bytes: those characters
    /// have no case and join no neighbour into one character, so lowercasing the ASCII letters,
    /// folding the quotes and keeping the rest gives the same key; nil for other text.
    static func punctuationKey(_ s: String) -> String? {
        ByteScan.withBytes(s) { b -> String? in
            var i = 0
            while i < b.count {
                let x = b[i]
                if x == 0x0D { return nil }
                if x < 0x80 { i += 1; continue }
                guard x == 0xE2, i + 2 < b.count, b[i + 1] == 0x80 else { return nil }
                switch b[i + 2] {
                case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6: i += 3
                default: return nil
                }
            }
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            var space = false
            i = 0
            while i < b.count {
                let x = b[i]
                if x == 0x20 || x == 0x09 { space = !out.isEmpty; i += 1; continue }
                if space { out.append(0x20); space = false }
                if x < 0x80 {
                    out.append(ByteScan.lower(x))
                    i += 1
                    continue
                }
                switch b[i + 2] {
                case 0x9C, 0x9D: out.append(0x22)
                case 0x98, 0x99: out.append(0x27)
                default: out.append(contentsOf: b[i...(i + 2)])
                }
                i += 3
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `key` by characters (any text).
    static func characterKey(_ s: String) -> String {
        var out = ""
        var space = false
        for ch in s.lowercased() {
            if ch == " " || ch == "\t" { space = !out.isEmpty; continue }
            if space { out.append(" "); space = false }
            switch ch {
            case "“", "”", "\"": out.append("\"")
            case "’", "‘": out.append("'")
            default: out.append(ch)
            }
        }
        return out
    }

    /// `key` of ASCII text without carriage returns, on bytes (ASCII letters lowercased, runs of
    /// spaces and tabs one space, none at either end); nil for other text.
    static func asciiKey(_ s: String) -> String? {
        ByteScan.withBytes(s) { b -> String? in
            for x in b where x >= 0x80 || x == 0x0D { return nil }
            return String(unsafeUninitializedCapacity: b.count) { out in
                var n = 0
                var space = false
                for x in b {
                    if x == 0x20 || x == 0x09 { space = n > 0; continue }
                    if space { out[n] = 0x20; n += 1; space = false }
                    out[n] = ByteScan.lower(x)
                    n += 1
                }
                return n
            }
        }
    }

    /// `s.count >= n`, counting no further than `n` characters (a key can be a long line).
    static func hasCharacters(_ s: String, _ n: Int) -> Bool {
        if n <= 0 { return true }
        if s.utf8.count < n { return false }
        var k = 0
        for _ in s {
            k += 1
            if k >= n { return true }
        }
        return false
    }

    /// Whether `title` is a numbered chapter of the TOC (title equal to a chapter entry).
    public func isChapter(_ title: String) -> Bool {
        chapterKeys[Self.key(title)] != nil
    }

    /// The chapter number the TOC gives a chapter title (`03` for `Special Report`).
    public func chapterNumber(_ title: String) -> Int? {
        chapterKeys[Self.key(title)] ?? nil
    }

    /// The TOC level of a heading text, when the TOC lists it.
    public func level(of heading: String) -> Int? {
        if entries.isEmpty { return nil }
        let k = Self.key(heading)
        guard Self.hasCharacters(k, 4) else { return nil }
        if let l = exactKeys[k] { return l }
        guard !runKeys.isEmpty, LineClassifier.wordCount(heading, limit: 2) >= 2 else { return nil }
        let padded = " " + k + " "
        for (run, level) in runKeys where ByteScan.contains(run, padded) { return level }
        return nil
    }
}
