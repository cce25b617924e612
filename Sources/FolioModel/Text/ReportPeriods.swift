/// A word as the report-period grammar reads it. Each reader cuts and spells words its own
/// way (the metadata extractor a title's whitespace-separated words, the facts stage runs of
/// letters and digits) and reads them through `ReportPeriods`.
public protocol ReportPeriodWord {
    /// The keyword the word is (`ReportPeriods.keyword(spelled:)`), else `.none`.
    var reportKeyword: ReportPeriods.Keyword { get }
    /// The year the word names (four digits in `Years.plausible`; a reader may also read a
    /// span, `2023-24`, as its first year), else nil.
    var reportYear: Int? { get }
}

/// The period a report, a heading or a sentence names as a quarter, half or year with its
/// year, the one grammar every stage reads them with:
///
/// ```
/// fourth quarter (of) (fiscal) 2023    an ordinal quarter, up to two links, the year
/// first half 2023                      an ordinal half (first or second)
/// q4 2023                              a quarter's code, up to one link
/// full year 2023, fiscal year 2023     a year, up to one link (`fiscal years 2024, 2023`: the first)
/// fiscal 2024, fy 2024                 a year, the year next
/// fourth quarter and full year 2023    a quarter and its year named together (`joint`)
/// ```
///
/// Links are the words a year may follow (`of`, `fiscal`, `the`, `in`, `calendar`, `and`,
/// `full`, `year`). Which phrases a reader takes, and what it makes of them, is its own
/// decision: the metadata extractor keeps a report's period phrase as printed, the facts
/// stage's `PeriodParser` turns it into dates (and reads phrases relative to a base besides).
public enum ReportPeriods {
    /// The words of the grammar.
    public enum Keyword: Sendable, Hashable {
        case none
        /// `first` … `fourth`, `1st` … `4th`.
        case ordinal(Int)
        /// `q1` … `q4`.
        case code(Int)
        case quarter, half, full, fiscal, year, years, fy
        case of, the, `in`, calendar, and
    }

    /// The keywords' spellings (lower-case).
    public static let spellings: [(String, Keyword)] = [
        ("first", .ordinal(1)), ("second", .ordinal(2)), ("third", .ordinal(3)), ("fourth", .ordinal(4)),
        ("1st", .ordinal(1)), ("2nd", .ordinal(2)), ("3rd", .ordinal(3)), ("4th", .ordinal(4)),
        ("q1", .code(1)), ("q2", .code(2)), ("q3", .code(3)), ("q4", .code(4)),
        ("quarter", .quarter), ("half", .half), ("full", .full), ("fiscal", .fiscal), ("year", .year),
        ("years", .years), ("fy", .fy), ("of", .of), ("the", .the), ("in", .in), ("calendar", .calendar), ("and", .and),
    ]

    static let byName: [String: Keyword] = Dictionary(spellings, uniquingKeysWith: { a, _ in a })

    /// The keyword a lower-cased word spells, else `.none`.
    public static func keyword(spelled w: String) -> Keyword { byName[w] ?? .none }

    /// The period a phrase names.
    public enum Period: Sendable, Hashable {
        /// Quarter 1-4 of the year.
        case quarter(Int)
        /// Half 1-2 of the year.
        case half(Int)
        case year
    }

    /// A phrase read: its period and year, its first word and the year's word.
    public struct Phrase: Sendable, Hashable {
        public var period: Period
        public var year: Int
        public var start: Int
        public var yearWord: Int
        /// A `joint` phrase's second part (`full year 2023` in `fourth quarter and full year
        /// 2023`): where it starts. Its period is the year.
        public var fullYearFrom: Int?

        public init(period: Period, year: Int, start: Int, yearWord: Int, fullYearFrom: Int? = nil) {
            self.period = period
            self.year = year
            self.start = start
            self.yearWord = yearWord
            self.fullYearFrom = fullYearFrom
        }
    }

    /// Words a year may follow within a phrase.
    @inlinable
    public static func isLink(_ k: Keyword) -> Bool {
        switch k {
        case .of, .fiscal, .the, .in, .calendar, .and, .full, .year: true
        default: false
        }
    }

    /// A year within `reach` words from `i` (links passed over): the year and its word.
    @inlinable
    public static func yearAfter<W: ReportPeriodWord>(_ i: Int, reach: Int, _ word: (Int) -> W) -> (year: Int, at: Int)? {
        var j = i
        while j < i + reach {
            let w = word(j)
            if let y = w.reportYear { return (y, j) }
            if !isLink(w.reportKeyword) { return nil }
            j += 1
        }
        return nil
    }

    /// The period named at word `i` with its year (every form above but `joint`); `word`
    /// gives the words (past the end, a word that is nothing).
    @inlinable
    public static func phrase<W: ReportPeriodWord>(at i: Int, _ word: (Int) -> W) -> Phrase? {
        let t = word(i).reportKeyword
        let next = word(i + 1).reportKeyword
        // fourth quarter (of) 2023; first half 2023
        if case let .ordinal(q) = t {
            if next == .quarter, let (y, j) = yearAfter(i + 2, reach: 3, word) {
                return Phrase(period: .quarter(q), year: y, start: i, yearWord: j)
            }
            if next == .half, q <= 2, let (y, j) = yearAfter(i + 2, reach: 3, word) {
                return Phrase(period: .half(q), year: y, start: i, yearWord: j)
            }
        }
        // q4 2023
        if case let .code(q) = t, let (y, j) = yearAfter(i + 1, reach: 2, word) {
            return Phrase(period: .quarter(q), year: y, start: i, yearWord: j)
        }
        // full year 2023, fiscal year 2023; a list's `fiscal years 2024, 2023 and 2022` names
        // its first year
        if (t == .full || t == .fiscal) && next == .year || t == .fiscal && next == .years,
           let (y, j) = yearAfter(i + 2, reach: 2, word) {
            return Phrase(period: .year, year: y, start: i, yearWord: j)
        }
        // fiscal 2024, fy 2024
        if t == .fiscal || t == .fy, let y = word(i + 1).reportYear {
            return Phrase(period: .year, year: y, start: i, yearWord: i + 1)
        }
        return nil
    }

    /// **Joint.** A quarter (or half) and its year named together, `fourth quarter and full
    /// year 2023`, `q4 and fiscal year 2023`: the head's period, with `fullYearFrom` where the
    /// year's part starts (read as `full year 2023` is).
    @inlinable
    public static func joint<W: ReportPeriodWord>(at i: Int, _ word: (Int) -> W) -> Phrase? {
        let t = word(i).reportKeyword
        let period: Period
        let k: Int
        switch t {
        case let .ordinal(q) where word(i + 1).reportKeyword == .quarter:
            period = .quarter(q); k = i + 2
        case let .ordinal(q) where word(i + 1).reportKeyword == .half && q <= 2:
            period = .half(q); k = i + 2
        case let .code(q):
            period = .quarter(q); k = i + 1
        default:
            return nil
        }
        guard word(k).reportKeyword == .and, word(k + 1).reportKeyword == .full || word(k + 1).reportKeyword == .fiscal,
              word(k + 2).reportKeyword == .year, let (y, j) = yearAfter(k + 3, reach: 2, word) else { return nil }
        return Phrase(period: period, year: y, start: i, yearWord: j, fullYearFrom: k + 1)
    }
}
