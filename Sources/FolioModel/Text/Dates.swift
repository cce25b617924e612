/// One word of a date as a reader's tokenizer cut it: the month it names, the day of a month
/// or the year it spells, each nil when it is not one. Readers cut words their own way
/// (segment on spaces, `Dec.` one word; the facts stage on letters and digits), then read
/// dates through `Dates`, the one date grammar.
public protocol DateWord {
    /// The month (1-12) the word names (`Dates.month(in:)`), else nil.
    var dateMonth: Int? { get }
    /// The day of a month (`Dates.days`) the word spells, else nil.
    var dateDay: Int? { get }
    /// The year (`Years.plausible`, four digits) the word spells, else nil.
    var dateYear: Int? { get }
}

/// Dates as filings print them, the one grammar every stage reads them with:
///
/// ```
/// March 12, 2024      month day year     (datelines, covers, `as of ...`, `... ended ...`)
/// 12 March 2024       day month year     (datelines, covers of non-US filers)
/// 2024-03-12          ISO, one word
/// December 2023       month year         (a period phrase's end: the month's last day)
/// December 31         month day          (a period phrase whose year follows later)
/// ```
///
/// Segment's `DateParser` (date lines, datelines, cover pages, the metadata extractor) and the
/// facts stage's `PeriodParser` cut words their own way and read them through these rules;
/// which patterns a reader accepts is its own decision (a date line is a whole date; a period
/// phrase may end on a month).
public enum Dates {
    /// A date read from words: year, month, day, and the index of the word after it.
    public struct Parts: Sendable, Hashable {
        public var year: Int
        public var month: Int
        public var day: Int
        public var next: Int

        public init(year: Int, month: Int, day: Int, next: Int) {
            self.year = year
            self.month = month
            self.day = day
            self.next = next
        }
    }

    /// The days of a month as a date prints them.
    public static let days = 1...31

    /// The month a word names, from its ASCII-lower-cased letters `core` (`Months`): a full
    /// name, `sept`, or a three-letter abbreviation when the word, punctuation included, is
    /// no longer than four (`Dec.`, `DEC,`; not `Mar-a-Lago`).
    public static func month(letters core: String, wordLength: Int) -> Int? {
        if let m = Months.number(fullName: core) { return m }
        if core.utf8.count == 3 { return wordLength <= 4 ? Months.number(core) : nil }
        return core == Months.septemberLong ? 9 : nil
    }

    /// `March 12, 2024` starting at word `i` (`word` gives the words; past the end, a word
    /// that is nothing).
    public static func monthDayYear<W: DateWord>(at i: Int, _ word: (Int) -> W) -> Parts? {
        guard let m = word(i).dateMonth, let d = word(i + 1).dateDay, let y = word(i + 2).dateYear else { return nil }
        return Parts(year: y, month: m, day: d, next: i + 3)
    }

    /// `12 March 2024` starting at word `i`.
    public static func dayMonthYear<W: DateWord>(at i: Int, _ word: (Int) -> W) -> Parts? {
        guard let d = word(i).dateDay, let m = word(i + 1).dateMonth, let y = word(i + 2).dateYear else { return nil }
        return Parts(year: y, month: m, day: d, next: i + 3)
    }

    /// `December 2023` starting at word `i`: the month's last day.
    public static func monthYear<W: DateWord>(at i: Int, _ word: (Int) -> W) -> Parts? {
        guard let m = word(i).dateMonth, let y = word(i + 1).dateYear else { return nil }
        return Parts(year: y, month: m, day: CalendarDate.daysIn(m, y), next: i + 2)
    }

    /// `December 31` starting at word `i`, whatever follows (year 0: the caller finds it).
    public static func monthDay<W: DateWord>(at i: Int, _ word: (Int) -> W) -> Parts? {
        guard let m = word(i).dateMonth, let d = word(i + 1).dateDay else { return nil }
        return Parts(year: 0, month: m, day: d, next: i + 2)
    }

    /// `2024-03-12` as one word's three pieces between `-` (each read by `number`, which may
    /// skip punctuation): a four-piece year in `Years.plausible`, a two-piece month, a day.
    public static func iso<S: StringProtocol>(_ pieces: [S], number: (S) -> Int?) -> (year: Int, month: Int, day: Int)? {
        guard pieces.count == 3, pieces[0].count == 4, let y = number(pieces[0]), let m = number(pieces[1]),
              let d = number(pieces[2]), Years.plausible.contains(y), (1...12).contains(m), days.contains(d),
              pieces[1].count == 2 else { return nil }
        return (y, m, d)
    }
}
