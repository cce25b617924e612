public import FolioModel

/// One Item of a 10-K, 10-Q, 20-F or 8-K as a section: `Item 1A`, `Items 1 and 2`,
/// `Item No. 3`, `Item 2.02`, with the Part it is in.
public struct ItemSection: Sendable, Hashable {
    /// `I`, `II`, ... when the Item is under a `PART` heading.
    public var part: String?
    /// The Item numbers as printed: `["1A"]`, `["1", "2"]`, `["2.02"]`.
    public var numbers: [String]
    public var heading: String
    /// Bytes of the normalized text, from the heading to the end of the Item's content.
    public var span: Span
    public var sectionId: Int
}

/// `PART` and `Item` headings of SEC forms, and the Item list of a segmented filing.
///
/// Recognised: `PART II`, `Part I - Financial Information`, `Item 7.`, `ITEM 1A. RISK
/// FACTORS`, `Items 1 and 2. Business and Properties`, `Items 10, 11, 12 and 13`, `Item No. 3`,
/// 8-K items `Item 2.02 Results of Operations and Financial Condition.` The table of contents
/// is never a body Item: the segmenter keeps TOC lines in `toc` blocks, not headings.
public enum ItemSections {
    /// A `PART` or `Item` heading candidate for one line (`ws`: its words).
    static func candidate(_ t: String, _ words: [Substring]) -> HeadingCandidate? {
        guard words.count >= 2, words.count <= 30 else { return nil }
        let ws = splittingGluedNumber(words)
        let w0 = ws[0].lowercased()
        if w0 == "part" {
            let second = trimmedToken(ws[1])
            // `PART 1`: an Arabic Part number, named as the Roman one.
            let arabic = ["1": "I", "2": "II", "3": "III", "4": "IV"][String(second)]
            guard !second.isEmpty, arabic != nil || second.allSatisfy({ "IVXivx".contains($0) }), second.uppercased() == second || ws[0] == "Part",
                  titleOK(ws.dropFirst(2)) else { return nil }
            return HeadingCandidate(style: .part, title: t, number: arabic ?? String(second))
        }
        guard w0 == "item" || w0 == "items" else { return nil }
        var k = 1
        // `Item No. 1`
        if ["no", "no."].contains(ws[k].lowercased()), ws.count >= 3 { k += 1 }
        var numbers: [String] = []
        while k < ws.count {
            let token = trimmedToken(ws[k])
            if isItemNumber(token) {
                numbers.append(String(token))
                k += 1
                // `1 and 2`, `10, 11 and 12`, `1 & 2`, `7 through 9`
                if k < ws.count, ws[k - 1].last != ".", ["and", "&", "through", "to"].contains(ws[k].lowercased()) || ws[k - 1].last == "," {
                    if ["and", "&", "through", "to"].contains(ws[k].lowercased()) { k += 1 }
                    continue
                }
                break
            }
            break
        }
        guard let first = numbers.first, w0 == "items" ? numbers.count >= 1 : numbers.count == 1 else { return nil }
        // `Item 16.B. Item 16.B. Code of Ethics` (the number printed twice), `Item 16.H. H. Mine
        // Safety` (the sub-item letter printed again before the title).
        if k + 1 < ws.count, ws[k].lowercased() == "item", trimmedToken(ws[k + 1]) == first { k += 2 }
        if k < ws.count, let letter = first.last, letter.isLetter, ws[k] == "\(letter)." { k += 1 }
        guard titleOK(ws.dropFirst(k)) else { return nil }
        return HeadingCandidate(style: .item, title: t, number: first)
    }

    /// `item_glued_title`: an Item number glued to its title by its period, no space printed
    /// after it (`Item 6.Exhibits`, `Item 3.Quantitative and Qualitative ...`): the words with
    /// the number (`6.`) and the title's first word (`Exhibits`) apart. The title's first word
    /// starts with a capital and has at least two letters, so `Item 16.B.` (a 20-F sub-item)
    /// and `Item 2.02` (an 8-K Item) are left as they are.
    static func splittingGluedNumber(_ ws: [Substring]) -> [Substring] {
        guard ws.count >= 2, ws[0].lowercased() == "item", let dot = ws[1].firstIndex(of: ".") else { return ws }
        let title = ws[1][ws[1].index(after: dot)...]
        guard let f = title.first, f.isUppercase, title.filter(\.isLetter).count >= 2, isItemNumber(ws[1][..<dot]) else { return ws }
        var out = ws
        out[1] = ws[1][...dot]
        out.insert(title, at: 2)
        return out
    }

    /// Whether a line begins with the word `Item` or `Items` (any case).
    static func startsWithItem(_ t: String) -> Bool { ItemLines.startsWithItem(t) }

    static func trimmedToken(_ w: Substring) -> Substring {
        var s = w
        // `9A(T).`: the temporary-item suffix. `9.01(d).`: the one paragraph an 8-K Item
        // (numbered `N.NN`) reports, printed with its heading (`14(a)(1)` of a 10-K is a sub-item).
        if let open = s.firstIndex(of: "("), s[open...].hasPrefix("(T)") {
            s = s[..<open]
        } else if let open = s.firstIndex(of: "("), s[..<open].contains("."), isItemNumber(s[..<open]) {
            var tail = s[open...]
            while let l = tail.last, l == "." || l == ":" || l == "," { tail = tail.dropLast() }
            if tail.count == 3, tail.last == ")", let l = tail.dropFirst().first, ("a"..."z").contains(l) { s = s[..<open] }
        }
        while let l = s.last, l == "." || l == ":" || l == "," || l == "-" || l == "—" || l == "–" { s = s.dropLast() }
        return s
    }

    /// `1`, `1A`, `16`, `2.02`, `9.01`.
    static func isItemNumber(_ s: Substring) -> Bool {
        guard let f = s.first, f.isNumber, s.count <= 5 else { return false }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let lead = parts.first, lead.count <= 3 else { return false }
        // `2.02` (8-K), `16.A` (20-F).
        if parts.count == 2 {
            return lead.allSatisfy(\.isNumber) && ((parts[1].count == 2 && parts[1].allSatisfy(\.isNumber)) || (parts[1].count == 1 && parts[1].allSatisfy(\.isUppercase)))
        }
        return lead.dropFirst().allSatisfy { $0.isNumber || ($0.isLetter && $0.isUppercase) } && lead.filter(\.isLetter).count <= 1
    }

    /// The title after the number: empty, or a title-case or capitals phrase (a final period
    /// allowed, as 8-K items print it), not a sentence.
    static func titleOK(_ rest: ArraySlice<Substring>) -> Bool {
        var words = Array(rest.drop { w in w.allSatisfy { $0 == "-" || $0 == "—" || $0 == "–" || $0 == ":" || $0 == "." } })
        if words.isEmpty { return true }
        if var last = words.last, last.hasSuffix(".") {
            last = last.dropLast()
            if words.count > 14 { return false }
            words[words.count - 1] = last
            if last.isEmpty { words.removeLast() }
            if words.isEmpty { return true }
        }
        let text = words.joined(separator: " ")
        if text.contains(". ") { return false }
        if HeadingDetector.isAllCaps(text) || HeadingDetector.isTitleCase(LineClassifier.words(text)) { return true }
        // After `Item N.` a capitalised phrase is enough (`Reserved for future use`, a title
        // wrapped after `Use of`), as long as it is short and not a sentence.
        guard let first = words.first?.first, first.isUppercase, words.count <= 12 else { return false }
        return !text.contains(",") || words.count <= 8
    }

    /// The Items of a segmented filing, in order, each with its Part.
    public static func items(_ sections: [Section]) -> [ItemSection] {
        var out: [ItemSection] = []
        var part: String?
        for s in sections {
            let ws = LineClassifier.words(s.heading)
            guard let c = candidate(s.heading, ws) else {
                continue
            }
            switch c.style {
            case .part:
                part = c.number
            case .item:
                out.append(ItemSection(part: part, numbers: numbers(ws), heading: s.heading, span: s.span, sectionId: s.id))
            default:
                continue
            }
        }
        // An Item heading with nothing under it whose number comes again later is a line of a
        // table of contents the segmenter did not recognise as one; so is an Item whose Part and
        // number come again later and after which the numbering starts over (the contents'
        // last line, with the text up to the first body heading under it).
        var tocPart: [[String]: String] = [:]
        let kept = out.enumerated().filter { k, it in
            let empty = it.span.end - it.span.start <= it.heading.utf8.count + 2
            let restarts = k + 1 < out.count && order(out[k + 1]) < order(it)
                && out[(k + 1)...].contains { $0.numbers == it.numbers && $0.part == it.part }
            guard (empty && out[(k + 1)...].contains { $0.numbers == it.numbers }) || restarts else { return true }
            if let p = it.part, tocPart[it.numbers] == nil { tocPart[it.numbers] = p }
            return false
        }.map(\.element)
        // A Part heading the body leaves out (`PART III` before Item 10) but its contents give.
        var result: [ItemSection] = []
        var moved: (from: String?, to: String)?
        for var it in kept {
            if let p = tocPart[it.numbers], romanValue(p) > romanValue(it.part ?? "") {
                moved = (it.part, p)
            } else if let m = moved, m.from != it.part {
                moved = nil
            }
            if let m = moved { it.part = m.to }
            result.append(it)
        }
        // 8-K Items `N.NN` are grouped under `Section N—Title` headings: the heading of the next
        // Item's group ends this Item.
        for k in result.indices.dropLast() {
            let next = result[k + 1]
            guard let lead = next.numbers.first?.split(separator: ".").first, next.numbers.first?.contains(".") == true,
                  let group = sections.last(where: { $0.span.start > result[k].span.start && $0.span.start < next.span.start }) else { continue }
            let ws = LineClassifier.words(group.heading)
            guard ws.count >= 2, ws[0].lowercased() == "section" else { continue }
            let num = ws[1].prefix { $0.isNumber }
            if num == lead, group.span.start < result[k].span.end { result[k].span.end = group.span.start }
        }
        return result
    }

    /// Position of an Item in a form: its Part, then its number.
    static func order(_ it: ItemSection) -> (Int, Int) {
        let n = it.numbers.first ?? ""
        let lead = Int(n.prefix { $0.isNumber }) ?? 0
        return (romanValue(it.part ?? ""), lead)
    }

    static func romanValue(_ s: String) -> Int {
        ["I": 1, "II": 2, "III": 3, "IV": 4, "V": 5][s.uppercased()] ?? 0
    }

    static func numbers(_ words: [Substring]) -> [String] {
        var out: [String] = []
        for w in splittingGluedNumber(words).dropFirst() {
            let t = trimmedToken(w)
            if isItemNumber(t) { out.append(String(t)); continue }
            if ["no", "no.", "and", "&", "through", "to"].contains(w.lowercased()) { continue }
            if out.isEmpty { continue }
            break
        }
        return out
    }
}

extension Segmenter {
    /// **`item_repeated_below`.** An Item line with nothing under it but other Item lines and
    /// the wrapped ends of their titles, up to the next Part or Item heading, whose Item is
    /// printed again further down in the same Part, is a line of a contents list or a banner,
    /// not the Item's heading: the printing with text under it is. Two layouts print an Item so:
    ///
    ///     PART II                                  a Part's own contents, no page numbers
    ///     Item 5. Market for registrant's common equity, related stockholder
    ///     matters and issuer purchases of equity securities
    ///     Item 6. Reserved
    ///     ...
    ///     PART II
    ///        ITEM 5. MARKET FOR REGISTRANT'S ...   a banner over the Item's first page
    ///     Item 5. Market for registrant's common equity, related stockholder
    ///     matters and issuer purchases of equity securities
    ///     Our common stock trades on ...           the Item's text
    ///
    /// and a table of contents whose lines the contents detector did not take (a number
    /// column broken from its titles). An Item printed once is kept however empty
    /// (`Item 6. [Reserved]` before `Item 7.`), and an Item of another Part is another Item
    /// (a 10-Q's Part I and Part II both have an Item 1); an Item before any Part heading
    /// matches its number in any Part. Returns the indices of the protos to read as text.
    static func itemsRepeatedBelow(_ protos: [Proto], _ trimmed: LineTexts) -> Set<Int> {
        var part: String?
        var items: [(index: Int, part: String?, number: String)] = []
        for (i, p) in protos.enumerated() where p.kind == .paragraph && !p.isPageNumber {
            guard let c = p.candidate else { continue }
            if c.style == .part {
                part = c.number
            } else if c.style == .item, let n = c.number {
                items.append((i, part, n))
            }
        }
        var out = Set<Int>()
        for (k, it) in items.enumerated() where onlyItemLinesBelow(protos, it.index, trimmed) {
            let repeated = items[(k + 1)...].contains { $0.number == it.number && (it.part == nil || $0.part == it.part) }
            if repeated { out.insert(it.index) }
        }
        return out
    }

    /// Whether every line after proto `i`, up to the next Part or Item heading candidate, is
    /// a line of a contents list (`isContentsLine`); page numbers aside.
    static func onlyItemLinesBelow(_ protos: [Proto], _ i: Int, _ trimmed: LineTexts) -> Bool {
        var j = i + 1
        while j < protos.count {
            let q = protos[j]
            j += 1
            if q.isPageNumber { continue }
            if q.kind == .paragraph, let c = q.candidate, c.style == .item || c.style == .part { return true }
            for l in q.first...max(q.first, q.last) where l < trimmed.count {
                if !isContentsLine(trimmed[l]) { return false }
            }
        }
        return false
    }

    /// A line of a contents list under an Item line (`trimmed`: no leading or trailing
    /// spaces). Four kinds:
    ///
    ///     Item 1A.   Risk factors                        an Item line
    ///     39    Item 1B.   Unresolved staff comments     an Item line after its page number
    ///       For the six months ended June 30, 2025    4  an entry ending in its page number
    ///     matters and issuer purchases of equity        the wrapped end of a title
    ///
    /// A title, or the wrapped end of one, is in title case (at most sixteen words, a final
    /// period allowed: `Form 10-K Summary.`), in sentence case (`Risk factors`, `Market for
    /// registrant's common equity, related stockholder matters and issuer purchases of`: at
    /// most sixteen words, no sentence end, past six words none of `proseWords`) or lowercase (at most ten words, no sentence end),
    /// and holds no amount (`isAmount`: `Total revenue  6,154` is a table row). A page number
    /// may also stand alone on its line (a contents page's number column, one a line). A page number is one to three digits set apart by spaces.
    /// An amount, which no title prints: a figure with a currency sign or a percent sign
    /// (`$4,200`, `12%`), or with a separator between digits (`6,154`, `2.5`). Numbers of
    /// notes and years (`Note 11`, `2024`) are no amounts.
    static func isAmount(_ w: Substring) -> Bool {
        let b = Array(w.utf8)
        func isDigit(_ x: UInt8) -> Bool { x >= 0x30 && x <= 0x39 }
        guard b.contains(where: isDigit) else { return false }
        if b.contains(where: { $0 == UInt8(ascii: "$") || $0 == UInt8(ascii: "%") }) || w.contains("€") || w.contains("£") { return true }
        return b.indices.dropFirst().dropLast().contains { k in
            (b[k] == UInt8(ascii: ",") || b[k] == UInt8(ascii: ".")) && isDigit(b[k - 1]) && isDigit(b[k + 1])
        }
    }

    static func isContentsLine(_ t: String) -> Bool {
        if t.isEmpty || ItemSections.startsWithItem(t) { return true }
        let b = Array(t.utf8)
        func isDigit(_ x: UInt8) -> Bool { x >= 0x30 && x <= 0x39 }
        // A page number first, then an Item line.
        var k = 0
        while k < b.count, k < 4, isDigit(b[k]) { k += 1 }
        if k >= 1, k <= 3, k < b.count, b[k] == 0x20 {
            var m = k
            while m < b.count, b[m] == 0x20 { m += 1 }
            if m < b.count, ItemSections.startsWithItem(String(decoding: b[m...], as: UTF8.self)) { return true }
        }
        // A page number last, two or more spaces before it.
        var e = b.count
        while e > 0, isDigit(b[e - 1]) { e -= 1 }
        let digits = b.count - e
        if digits >= 1, digits <= 3, e >= 3, b[e - 1] == 0x20, b[e - 2] == 0x20 { return true }
        // A page number alone (a contents page's number column, one a line).
        if digits >= 1, digits <= 3, e == 0 { return true }
        guard let f = t.first, LineClassifier.wordCount(t, limit: 17) <= 16 else { return false }
        let words = LineClassifier.words(t)
        if words.contains(where: isAmount) { return false }
        if HeadingDetector.isTitleCase(words) { return true }
        guard !t.hasSuffix(".") else { return false }
        if f.isLowercase { return words.count <= 10 }
        guard f.isUppercase, words.dropFirst().allSatisfy({ w in w.first.map { !$0.isUppercase } ?? true }) else { return false }
        return words.count <= 6 || !words.contains { proseWords.contains($0.lowercased()) }
    }

    /// Words that make a line in sentence case prose rather than a title (`We are party to
    /// claims that arise ...`): pronouns, finite verbs, determiners a title does not use.
    static let proseWords: Set<String> = ["we", "our", "us", "it", "its", "they", "their", "is", "are", "was", "were", "has",
                                          "have", "had", "will", "may", "that", "this", "these", "which"]
}
