/// Finds the document's title line(s) at the top: the first heading-like line that is not a
/// company name, a date, an exhibit label, a parenthesised note or a page number. A title
/// broken over up to three short lines (PDF cover pages) is taken whole.
public enum TitleDetector {
    static let notTitles: Set<String> = ["for immediate release", "press release", "news release", "media release",
                                         "contents", "table of contents", "confidential", "draft"]

    /// Whether one line can be (the start of) a title.
    public static func canBeTitle(_ t: String) -> Bool {
        guard t.utf8.count <= 400 else { return false }
        let ws = LineClassifier.words(t)
        guard !ws.isEmpty, ws.count <= 40 else { return false }
        // Encoded data (keys, hashes), not words.
        if ws.contains(where: { $0.count > 25 }) { return false }
        if isCoverLine(t) { return false }
        // `Proc-Type: 2001,MIC-CLEAR`: a header field, not a title.
        if let colon = LineClassifier.firstColon(t), !t[..<colon].contains(" ") { return false }
        if startsStructure(t) { return false }
        if MetadataExtractor.isCompanyNameLine(t) || isAddressLine(t) { return false }
        if LineClassifier.isDateLine(t) || LineClassifier.isPageNumber(t) || LineClassifier.isUnitsCaption(t) { return false }
        if LineClassifier.hasURLOrEmail(t) || LineClassifier.endsWithSentencePunctuation(t) { return false }
        if LineClassifier.listMarkerLength(t) != nil { return false }
        guard let f = t.first, f.isUppercase || f.isNumber else { return false }
        if t.filter({ $0.isLetter }).count < 4 { return false }
        if t.utf8.contains(UInt8(ascii: "\\")) || ByteScan.withBytes(t, { ByteScan.contains($0, "**") }) { return false }
        if HeadingDetector.isAllCaps(t) { return true }
        return relaxedTitleCase(ws)
    }

    /// Cover-page furniture: exhibit labels, release labels, regulator letterhead, form names.
    public static func isCoverLine(_ t: String) -> Bool {
        let lower = t.lowercased()
        if notTitles.contains(lower) || lower.hasPrefix("exhibit") { return true }
        return ByteScan.contains(lower, "securities and exchange commission")
            || lower == "united states" || lower.hasPrefix("form ")
    }

    /// A postal address line, letterhead or dateline: a place, a comma, and a postal code
    /// at the end: `Washington, D.C. 20549` (every SEC form's cover), `Springfield, Illinois
    /// 62701`, `One Main Street, Springfield, IL 62701-1234`. At most twelve words; the
    /// code is five digits, or five and four (`62701-1234`).
    public static func isAddressLine(_ t: String) -> Bool {
        ByteScan.withBytes(t) { b -> Bool in
            guard b.count <= 160, ByteScan.containsByte(b, UInt8(ascii: ",")) else { return false }
            var end = b.count
            while end > 0, b[end - 1] == 0x20 || b[end - 1] == 0x09 || b[end - 1] == 0x2A { end -= 1 }
            var start = end
            while start > 0, b[start - 1] != 0x20 { start -= 1 }
            let word = UnsafeBufferPointer(rebasing: b[start..<end])
            func digits(_ r: Range<Int>) -> Bool { r.allSatisfy { word[$0] >= 0x30 && word[$0] <= 0x39 } }
            let zip = (word.count == 5 && digits(0..<5)) || (word.count == 10 && digits(0..<5) && word[5] == 0x2D && digits(6..<10))
            guard zip, start > 0 else { return false }
            var words = 1
            for x in b[..<start] where x == 0x20 { words += 1 }
            return words <= 12
        }
    }

    /// A part, item or numbered chapter heading: the body has begun, the title is behind.
    static func startsStructure(_ t: String) -> Bool {
        guard let c = HeadingDetector.candidate(t) else { return false }
        switch c.style {
        case .part, .item: return true
        case let .numbered(_, value): return value != nil
        default: return false
        }
    }

    static func relaxedTitleCase(_ ws: [Substring]) -> Bool {
        var caps = 0, lower = 0
        for (i, w) in ws.enumerated() {
            let core = w.drop(while: { !$0.isLetter && !$0.isNumber })
            guard let c = core.first, !c.isNumber else { continue }
            if c.isUppercase { caps += 1 } else if i == 0 || !HeadingDetector.smallWords.contains(core.lowercased()) { lower += 1 }
        }
        return caps >= 1 && (lower == 0 || (ws.count >= 8 && lower <= 2))
    }

    /// The line range of the title, or nil.
    /// `isFurniture` tells running headers and footers (lines repeated page after page), which
    /// are skipped.
    public static func detect<L: RandomAccessCollection<String>>(lines: [TextLine], trimmed: L, tabular: [Bool],
                                                                 isFurniture: (String) -> Bool = { _ in false }) -> ClosedRange<Int>?
        where L.Index == Int {
        var seen = 0
        var i = 0
        while i < lines.count {
            defer { i += 1 }
            if lines[i].isBlank { continue }
            seen += 1
            if seen > 15 { return nil }
            if tabular[i] || isFurniture(trimmed[i]) { continue }
            let t = trimmed[i]
            if t.utf8.count > LineClassifier.maxStructuredLine { return nil }
            let wc = LineClassifier.words(t).count
            if wc >= 25, t.hasSuffix(".") || ByteScan.withBytes(t, { ByteScan.contains($0, ". ") }) { return nil }
            if startsStructure(t) { return nil }
            guard canBeTitle(t) else { continue }
            var end = i
            if wc <= 6 {
                var total = wc
                var k = i + 1
                while k < lines.count, k <= i + 2, !lines[k].isBlank, !lines[k].afterPageBreak, !tabular[k], !isFurniture(trimmed[k]) {
                    let n = trimmed[k]
                    let nw = LineClassifier.words(n).count
                    guard nw <= 6, total + nw <= 30, canBeTitle(n) || (n.first?.isUppercase == true && !LineClassifier.endsWithSentencePunctuation(n) && nw <= 4 && !MetadataExtractor.isCompanyNameLine(n) && !n.hasPrefix("#")) else { break }
                    if LineClassifier.isDateLine(n) || LineClassifier.isUnitsCaption(n) || LineClassifier.hasURLOrEmail(n) || isAddressLine(n) { break }
                    if let colon = LineClassifier.firstColon(n), !n[..<colon].contains(" ") { break }
                    total += nw
                    end = k
                    k += 1
                }
            }
            return i...end
        }
        return nil
    }
}
