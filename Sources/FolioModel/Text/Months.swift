/// Month names as filings print them: `December 31, 2023`, `Dec. 31`, `Sept 30`, `31 MARCH`.
/// The one list every stage reads (segment's date parser, the tables' period clues and
/// lookback, the facts stage's words and period keywords).
public enum Months {
    /// The full names, lower case, January first.
    public static let names = ["january", "february", "march", "april", "may", "june", "july", "august",
                               "september", "october", "november", "december"]

    /// The three-letter abbreviations, lower case, January first (`may` is its own name).
    public static let abbreviations = names.map { String($0.prefix(3)) }

    /// The one longer abbreviation in use: `Sept` (September).
    public static let septemberLong = "sept"

    /// The month (1-12) a lower-case word names in full, or nil.
    public static func number(fullName w: String) -> Int? {
        names.firstIndex(of: w).map { $0 + 1 }
    }

    /// The month (1-12) a lower-case word names: its full name, its three-letter abbreviation or
    /// `sept`; nil for anything else.
    /// Read on bytes: the first letter picks the one to three months it can name, whose name
    /// is then compared (every word of every header and label is asked).
    public static func number(_ w: String) -> Int? {
        let u = w.utf8
        let n = u.count
        guard n >= 3, n <= 9, let f = u.first else { return nil }
        switch f {
        case 0x6A: return named(u, 1) ?? named(u, 6) ?? named(u, 7)   // j
        case 0x66: return named(u, 2)                                  // f
        case 0x6D: return named(u, 3) ?? named(u, 5)                   // m
        case 0x61: return named(u, 4) ?? named(u, 8)                   // a
        case 0x73: return named(u, 9) ?? (u.elementsEqual(septemberLong.utf8) ? 9 : nil)   // s
        case 0x6F: return named(u, 10)                                 // o
        case 0x6E: return named(u, 11)                                 // n
        case 0x64: return named(u, 12)                                 // d
        default: return nil
        }
    }

    /// `m` when `u` is month `m`'s full name or its three-letter abbreviation.
    private static func named(_ u: String.UTF8View, _ m: Int) -> Int? {
        let name = names[m - 1].utf8
        if u.count == name.count { return u.elementsEqual(name) ? m : nil }
        return u.count == 3 && u.elementsEqual(name.prefix(3)) ? m : nil
    }

    /// Whether a lower-case word is a month's full name.
    public static func isFullName(_ w: String) -> Bool { names.contains(w) }
}
