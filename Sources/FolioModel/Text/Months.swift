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
    public static func number(_ w: String) -> Int? {
        let n = w.utf8.count
        guard n >= 3, n <= 9 else { return nil }
        if let m = number(fullName: w) { return m }
        if n == 3, let i = abbreviations.firstIndex(of: w) { return i + 1 }
        return w == septemberLong ? 9 : nil
    }

    /// Whether a lower-case word is a month's full name.
    public static func isFullName(_ w: String) -> Bool { names.contains(w) }
}
