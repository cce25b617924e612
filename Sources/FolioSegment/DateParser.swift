import FolioModel

/// Finds dates written out in text: `March 12, 2024`, `12 March 2024`, `2024-03-12`: the
/// words cut on spaces (`Dec.` and `31,` one word each), read through the one date grammar
/// (`Dates`).
public enum DateParser {
    public struct Found: Sendable, Hashable {
        public var year: Int
        public var month: Int
        public var day: Int
        /// Index of the word the date starts at.
        public var wordIndex: Int
        public var iso: String {
            func pad(_ v: Int, _ n: Int) -> String {
                let s = String(v)
                return String(repeating: "0", count: max(0, n - s.count)) + s
            }
            return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        }
    }

    static func month(_ w: Substring) -> Int? {
        // ASCII words on bytes: the letters lowercased; every month name (and `sept`) starts
        // with one of `jfmasond`, so other words stop here.
        let asciiCore: String?? = ByteScan.withBytes(w) { b in
            guard ByteScan.isASCII(b) else { return nil }
            var letters = 0
            var first: UInt8 = 0
            for x in b where (x >= 0x41 && x <= 0x5A) || (x >= 0x61 && x <= 0x7A) {
                if letters == 0 { first = ByteScan.lower(x) }
                letters += 1
            }
            guard letters >= 3 else { return .some(nil) }
            switch first {
            case UInt8(ascii: "j"), UInt8(ascii: "f"), UInt8(ascii: "m"), UInt8(ascii: "a"), UInt8(ascii: "s"),
                 UInt8(ascii: "o"), UInt8(ascii: "n"), UInt8(ascii: "d"): break
            default: return .some(nil)
            }
            return .some(String(decoding: b.lazy.filter { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }.map(ByteScan.lower), as: UTF8.self))
        }
        if let fast = asciiCore {
            guard let core = fast else { return nil }
            return Dates.month(letters: core, wordLength: w.utf8.count)
        }
        let core = w.lowercased().filter { $0.isLetter }
        guard core.count >= 3 else { return nil }
        return Dates.month(letters: core, wordLength: w.count)
    }

    static func number(_ w: Substring) -> Int? {
        // ASCII digits (with `,` and `.` skipped) on bytes, up to 18 digits (no overflow).
        let fast: Int?? = ByteScan.withBytes(w) { b in
            var v = 0
            var digits = 0
            for x in b {
                if x >= 0x30 && x <= 0x39 {
                    // Counted before the multiply: a 19th digit would overflow `Int`.
                    digits += 1
                    if digits > 18 { return nil }
                    v = v * 10 + Int(x - 0x30)
                } else if x == UInt8(ascii: ",") || x == UInt8(ascii: ".") {
                    continue
                } else if x < 0x80 {
                    return .some(nil)
                } else {
                    return nil
                }
            }
            return .some(digits == 0 ? nil : v)
        }
        if let fast { return fast }
        let core = w.filter { $0 != "," && $0 != "." }
        guard !core.isEmpty, core.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(core)
    }

    /// The first complete date (day, month and year) in `text`.
    public static func firstDate(in text: String) -> Found? {
        all(in: text, limit: 1).first
    }

    /// The first date that starts at one of the first `maxStart + 1` words, if the first date
    /// of `text` starts there (reads only the words such a date can span).
    public static func firstDate(in text: String, startingBy maxStart: Int) -> Found? {
        all(words: LineClassifier.words(text, limit: maxStart + 3), limit: 1).first.flatMap { $0.wordIndex <= maxStart ? $0 : nil }
    }

    /// The date `text` opens with, at its first or second word: what follows a cover's
    /// `fiscal year ended` (`December 31, 2024`, `: December 31, 2024`, `on December 31,
    /// 2024`); nil when the first date comes later.
    public static func opening(_ text: String) -> Found? {
        guard let d = firstDate(in: text), d.wordIndex <= 1 else { return nil }
        return d
    }

    public static func all(in text: String, limit: Int = .max) -> [Found] {
        all(words: LineClassifier.words(text), limit: limit)
    }

    /// A space-cut word as the date grammar reads it: a month (`month`), a day (a number of
    /// at most three characters, `31,`), a year (`Years.plausible`, four digits: `2024.`).
    struct Word: DateWord {
        var text: Substring?
        var dateMonth: Int? { text.flatMap(DateParser.month) }
        var dateDay: Int? {
            guard let w = text, w.count <= 3, let d = DateParser.number(w), Dates.days.contains(d) else { return nil }
            return d
        }
        var dateYear: Int? {
            guard let w = text, let y = DateParser.number(w), Years.plausible.contains(y), w.filter({ $0.isNumber }).count == 4 else { return nil }
            return y
        }
    }

    static func all(words ws: [Substring], limit: Int) -> [Found] {
        var out: [Found] = []
        func word(_ k: Int) -> Word { Word(text: k < ws.count ? ws[k] : nil) }
        var i = 0
        while i < ws.count, out.count < limit {
            let w = ws[i]
            if let d = Dates.monthDayYear(at: i, word) ?? Dates.dayMonthYear(at: i, word) {
                out.append(Found(year: d.year, month: d.month, day: d.day, wordIndex: i))
                i = d.next
                continue
            }
            // 2024-03-12
            if w.utf8.contains(UInt8(ascii: "-")), let d = Dates.iso(w.split(separator: "-"), number: number) {
                out.append(Found(year: d.year, month: d.month, day: d.day, wordIndex: i))
            }
            i += 1
        }
        return out
    }
}
