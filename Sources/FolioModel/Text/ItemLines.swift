/// Lines that open an Item of an SEC form (`Item 7.`, `ITEM 1A. RISK FACTORS`, `Items 1 and
/// 2`): the one test every stage asks before reading a line as an Item heading (the segment
/// stage's `ItemSections` reads the rest of the heading), and where an Item printed as the
/// running header of its pages is a heading in its own right (`headingPrintings`, read by the
/// normalizer's and the segmenter's running-header rules).
public enum ItemLines {
    /// Whether the bytes begin with the word `Item` or `Items` (any case) and a space or tab.
    /// Inlinable, so each caller gets it specialized for its bytes (asked of every line of a
    /// document: unspecialized, the generic iteration cost 55 M instructions on 2 MB of text).
    @inlinable
    public static func startsWithItem(_ b: some Collection<UInt8>) -> Bool {
        var u = b.makeIterator()
        for expected in "item".utf8 {
            guard let c = u.next(), ByteSearch.lowerASCII(c) == expected else { return false }
        }
        guard let c = u.next() else { return false }
        return c == 0x20 || c == 0x09 || ByteSearch.lowerASCII(c) == 0x73
    }

    /// Whether a line begins with the word `Item` or `Items` (any case).
    public static func startsWithItem(_ t: String) -> Bool { startsWithItem(t.utf8) }

    /// The number of the Item a line opens, lowercased, without the punctuation after it
    /// (`ITEM 1A. RISK FACTORS` → `1a`, `Item 8.` → `8`); nil for a line that opens none.
    public static func number(_ t: String) -> String? {
        guard startsWithItem(t) else { return nil }
        let words = t.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count >= 2 else { return nil }
        var w = words[1].lowercased()[...]
        while let l = w.last, ".:,-—–".contains(l) { w = w.dropLast() }
        return w.isEmpty ? nil : String(w)
    }

    /// Whether the bytes begin with the word `Part` (any case) and a space or tab.
    @inlinable
    public static func startsWithPart(_ b: some Collection<UInt8>) -> Bool {
        var u = b.makeIterator()
        for expected in "part".utf8 {
            guard let c = u.next(), ByteSearch.lowerASCII(c) == expected else { return false }
        }
        guard let c = u.next() else { return false }
        return c == 0x20 || c == 0x09
    }

    /// The Part a line opens, as a Roman numeral in capitals (`PART II` → `II`, `Part I -
    /// Financial Information` → `I`, `PART 2` → `II`); nil for any other line, and for a line
    /// of more than ten words (`Part II of this report describes ...` is prose).
    public static func part(_ t: String) -> String? {
        guard startsWithPart(t.utf8) else { return nil }
        let words = t.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count >= 2, words.count <= 10 else { return nil }
        var w = words[1].uppercased()[...]
        while let l = w.last, ".:,-—–".contains(l) { w = w.dropLast() }
        if let arabic = ["1": "I", "2": "II", "3": "III", "4": "IV"][String(w)] { return arabic }
        guard !w.isEmpty, w.count <= 4, w.allSatisfy({ "IVX".contains($0) }) else { return nil }
        return String(w)
    }

    /// Whether a line (trimmed) leaves its sentence open for the next line to go on with: it
    /// ends on a comma, a semicolon or a word in lowercase (`... included in Part II,`, `...
    /// described in`); a title's last word (`Other Information`) is capitalised.
    public static func leavesSentenceOpen(_ t: String) -> Bool {
        let b = Array(t.utf8)
        guard let l = b.last else { return false }
        if l == UInt8(ascii: ",") || l == UInt8(ascii: ";") { return true }
        guard l >= 0x61, l <= 0x7A else { return false }
        var k = b.count
        while k > 0, b[k - 1] != 0x20, b[k - 1] != 0x09 { k -= 1 }
        return b[k] >= 0x61 && b[k] <= 0x7A
    }

    /// **An Item's first printing.** A 10-K may print the Item a page belongs to at the top
    /// of each of its pages, the first of them where the Item starts:
    ///
    ///     Item 1. Business            ← contents: a list of Items one a line
    ///     Item 1A. Risk factors
    ///     ...
    ///     ITEM 1. BUSINESS            ← the Item's heading: its first printing apart
    ///     Overview ...
    ///     ITEM 1. BUSINESS            ← running header of each later page of the Item
    ///
    /// Of lines `0..<count`, the first line of each Item number (`number(k)`, nil for a line
    /// opening no Item) whose nearest lines printing text above and below (`printsText`) are
    /// not Items of another number: a heading in its own right, however often the same words
    /// are repeated on the pages after it. A line of a contents list (an Item printed next to
    /// other Items) is not one.
    ///
    /// **Each Part's first printing** (`part(k)`: the Part line `k` opens, nil for any other
    /// line). A 10-Q numbers the Items of each Part from 1, and reading-order text prints
    /// them bare, the title on a line of its own: `Item 1.` is printed in the contents under
    /// Part I and Part II and over both Parts' first Items, four times, and would be a
    /// running line. The first printing is of each Part and number, the Part being that of
    /// the latest Part line above (the contents' own Part lines too):
    ///
    ///     PART I                       PART II
    ///     Item 1.        ← Part I      Other Information
    ///     Financial Statements         Item 1.        ← Part II: a heading too
    ///     ...                          Legal Proceedings
    ///
    /// **A cross-reference wrapped to a line start is no printing** (`wrapsFromAbove(k)`: the
    /// line right above line `k` leaves its sentence open, `leavesSentenceOpen`):
    ///
    ///     ... to the consolidated financial statements included in Part II,
    ///     Item 8.                            ← the sentence's end, not Item 8's first printing
    public static func headingPrintings(count: Int, number: (Int) -> String?, printsText: (Int) -> Bool,
                                        part: (Int) -> String? = { _ in nil },
                                        wrapsFromAbove: (Int) -> Bool = { _ in false }) -> Set<Int> {
        var done = Set<String>()
        var out = Set<Int>()
        var currentPart = ""
        for k in 0..<count {
            if let p = part(k) { currentPart = p }
            guard let n = number(k) else { continue }
            let key = currentPart + "/" + n
            guard !done.contains(key) else { continue }
            var above = k - 1
            while above >= 0, !printsText(above) { above -= 1 }
            var below = k + 1
            while below < count, !printsText(below) { below += 1 }
            func otherItem(_ j: Int) -> Bool {
                guard j >= 0, j < count, let m = number(j) else { return false }
                return m != n
            }
            if otherItem(above) || otherItem(below) || wrapsFromAbove(k) { continue }
            done.insert(key)
            out.insert(k)
        }
        return out
    }
}
