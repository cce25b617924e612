import FolioModel

/// **Running page line.** A text without page breaks (a Markdown rendition of a paged filing)
/// keeps each page's running footer or header, the filer's name and form beside the page
/// number, on a line of its own wherever the page ended:
///
/// ```
/// |Total|$ 137,088|$ 376|$ (4,542)|$ 132,922|
///
/// Example Corp. | Q2 2025 Form 10-Q | 7
///
/// ||||**S**|**eptember 28,**|**2024**|||
/// ```
///
/// The normalizer removes running lines at the top and bottom of each page of a paged text
/// (form feeds); here there are no pages, so the line stays above the next table, where the
/// look-back read it as the table's title (`Q2 2025` its period) and the table after the
/// page break was no continuation of the one before it. A line is a running page line when
/// the same words print on at least `minPrintings` lines of the document, a page number of
/// one to three digits at their start or end, with at least `minPrintings` different numbers
/// (`Example Corp. | Q2 2025 Form 10-Q | 7`, `EXAMPLE CORPORATION   45`, `45   EXAMPLE
/// CORPORATION`). A table row (`|` first), a Markdown heading (`#` first) and a line without
/// a letter are never one; a line printed the same each time (`Fiscal 2024 Form 10-K`, a
/// statement's title over its pages) has no page number and is not one either. The look-back
/// passes over such a line (`Lookback.context`), and it separates two parts of a table as
/// any page furniture does (`Lookback.onlyFurniture`).
struct RunningLines: Sendable {
    /// The repeat keys (`key`) of the running page lines.
    var keys: Set<[UInt8]> = []

    /// Printings (each with its own page number) that make a running page line.
    static let minPrintings = 3
    /// The longest line read as a running page line, in bytes.
    static let maxLength = 120

    /// Whether the line (any span; blanks around it trimmed) is a running page line.
    func contains(_ text: [UInt8], _ span: Span) -> Bool {
        guard !keys.isEmpty else { return false }
        return text.withUnsafeBufferPointer { t in
            Self.key(t, span.start, span.end).map { keys.contains($0.key) } ?? false
        }
    }

    /// The running page lines of a text, read line by line (each line's end found by
    /// `memchr`; only a line ending or starting with a digit is keyed).
    static func find(_ text: [UInt8]) -> RunningLines {
        var numbers: [[UInt8]: Set<Int>] = [:]
        text.withUnsafeBufferPointer { t in
            var lineStart = 0
            while lineStart < t.count {
                let i = ByteSearch.firstIndex(ofByte: 0x0A, in: t, from: lineStart) ?? t.count
                if let k = key(t, lineStart, i) { numbers[k.key, default: []].insert(k.number) }
                lineStart = i + 1
            }
        }
        var out = RunningLines()
        for (k, n) in numbers where n.count >= minPrintings { out.keys.insert(k) }
        return out
    }

    /// A line's repeat key and page number: its bytes trimmed, lowercased, runs of spaces as
    /// one, the number (one to three digits) at its start or end as `#`. Nil for a line that
    /// has no such number, no letter, is over `maxLength`, or opens with `|` or `#`.
    static func key(_ t: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (key: [UInt8], number: Int)? {
        var a = max(0, start), b = min(end, t.count)
        while a < b, t[a] == 0x20 || t[a] == 0x09 { a += 1 }
        while b > a, t[b - 1] == 0x20 || t[b - 1] == 0x09 || t[b - 1] == 0x0D { b -= 1 }
        guard b - a >= 3, b - a <= maxLength, t[a] != 0x7C, t[a] != 0x23 else { return nil }
        let isDigit = { (c: UInt8) in c >= 0x30 && c <= 0x39 }
        guard isDigit(t[a]) || isDigit(t[b - 1]) else { return nil }
        // The page number: trailing digits, else leading ones, set apart by a space or `|`.
        var lo = a, hi = b
        var number = 0
        if isDigit(t[b - 1]) {
            var d = b
            while d > a, isDigit(t[d - 1]) { d -= 1 }
            guard b - d <= 3, d > a, t[d - 1] == 0x20 || t[d - 1] == 0x7C else { return nil }
            for i in d..<b { number = number * 10 + Int(t[i] - 0x30) }
            hi = d
        } else {
            var d = a
            while d < b, isDigit(t[d]) { d += 1 }
            guard d - a <= 3, d < b, t[d] == 0x20 || t[d] == 0x7C else { return nil }
            for i in a..<d { number = number * 10 + Int(t[i] - 0x30) }
            lo = d
        }
        var key: [UInt8] = []
        key.reserveCapacity(hi - lo + 2)
        if lo > a { key.append(0x23) }
        var letter = false
        var lastSpace = false
        for i in lo..<hi {
            let c = t[i]
            if c == 0x20 || c == 0x09 {
                if !lastSpace { key.append(0x20) }
                lastSpace = true
                continue
            }
            lastSpace = false
            if (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A { letter = true }
            key.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
        }
        guard letter else { return nil }
        if hi < b { key.append(0x23) }
        return (key, number)
    }
}
