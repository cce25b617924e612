public import FolioModel

/// A reporting period read from a phrase: a calendar quarter, half or year, a span ending
/// on a date, or an instant. Quarters and halves are calendar ones unless a phrase says
/// which date they end on.
public struct Period: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `months` long, ending on `end`.
        case duration(months: Int)
        case instant
    }
    public var kind: Kind
    /// End date (or the instant): year, month, day.
    public var year: Int
    public var month: Int
    public var day: Int
    public var text: String

    public init(kind: Kind, year: Int, month: Int, day: Int, text: String) {
        self.kind = kind
        self.year = year
        self.month = month
        self.day = day
        self.text = text
    }

    static func daysIn(_ m: Int, _ y: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func quarter(_ q: Int, _ y: Int, text: String) -> Period {
        let m = q * 3
        return Period(kind: .duration(months: 3), year: y, month: m, day: daysIn(m, y), text: text)
    }

    static func year(_ y: Int, text: String) -> Period {
        Period(kind: .duration(months: 12), year: y, month: 12, day: 31, text: text)
    }

    static func iso(_ y: Int, _ m: Int, _ d: Int) -> String {
        func pad(_ v: Int, _ n: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, n - s.count)) + s
        }
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
    }

    /// The same kind of period `years` years and `months` months earlier.
    func shifted(years: Int, months: Int = 0, text: String) -> Period {
        var total = (year - years) * 12 + (month - 1) - months
        if total < 0 { total = 0 }
        let y = total / 12, m = total % 12 + 1
        // Month ends stay month ends.
        let d = day >= Period.daysIn(month, year) ? Period.daysIn(m, y) : min(day, Period.daysIn(m, y))
        return Period(kind: kind, year: y, month: m, day: d, text: text)
    }

    public var factPeriod: FactPeriod {
        switch kind {
        case .instant:
            return FactPeriod(instant: Period.iso(year, month, day), text: text)
        case let .duration(n):
            // Start: the day after the same date n months earlier (month ends: first of the month).
            var total = year * 12 + (month - 1) - n
            if total < 0 { total = 0 }
            let sy = total / 12, sm = total % 12 + 1
            let start: String
            if day >= Period.daysIn(month, year) {
                let ny = sm == 12 ? sy + 1 : sy, nm = sm == 12 ? 1 : sm + 1
                start = Period.iso(ny, nm, 1)
            } else {
                let sd = min(day + 1, Period.daysIn(sm, sy))
                start = Period.iso(sy, sm, sd)
            }
            return FactPeriod(start: start, end: Period.iso(year, month, day), text: text)
        }
    }

    /// Same dates, whatever the phrase.
    func sameDates(_ o: Period) -> Bool {
        kind == o.kind && year == o.year && month == o.month && day == o.day
    }
}

/// Reads period phrases from word tokens.
public enum PeriodParser {
    // Word lists of `find`, built once (not an array per word scanned).
    static let yearLinkWords = ["of", "fiscal", "the", "in", "calendar", "and", "full", "year"]
    static let samePeriodWords = ["period", "quarter", "time", "year"]
    static let priorQuarterWords = ["prior", "previous", "preceding", "last", "sequential"]
    static let priorYearWords = ["prior", "previous", "last", "preceding"]
    static let yearPrepositions = ["in", "for", "during", "of"]

    static let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4]

    /// The first period stated in `text`. `base` is the period relative phrases refer to
    /// (`the same period of 2022`, `the prior quarter`, `a year ago`); `bareDates` lets a
    /// lone date (`December 31, 2023`, a balance-sheet column) be an instant.
    public static func find(in text: String, base: Period? = nil, bareDates: Bool = false) -> Period? {
        let words = Words.split(text)
        let bytes = Array(text.utf8)
        func phrase(_ a: Int, _ b: Int) -> String {
            guard a < words.count, b <= words.count, a < b else { return "" }
            return String(decoding: bytes[words[a].start..<words[b - 1].end], as: UTF8.self)
        }
        func w(_ i: Int) -> String { i >= 0 && i < words.count ? words[i].text : "" }
        /// A year within the next `reach` words after `i` (skipping `of`, `fiscal`, `the`).
        func yearAfter(_ i: Int, reach: Int = 3) -> (Int, Int)? {
            var j = i
            while j < min(words.count, i + reach) {
                if let y = Words.year(w(j)) { return (y, j) }
                if !yearLinkWords.contains(w(j)) { return nil }
                j += 1
            }
            return nil
        }
        /// `december 31 2023` at i: (month, day, year, next index).
        func date(_ i: Int) -> (Int, Int, Int, Int)? {
            guard let m = Words.month(w(i)) else { return nil }
            if let d = Int(w(i + 1)), d >= 1, d <= 31, let y = Words.year(w(i + 2)) { return (m, d, y, i + 3) }
            if let y = Words.year(w(i + 1)) { return (m, Period.daysIn(m, y), y, i + 2) }
            return nil
        }
        var i = 0
        while i < words.count {
            let t = w(i)
            // fourth quarter (of) 2023; first half 2023
            if let q = ordinals[t] {
                if w(i + 1) == "quarter", let (y, j) = yearAfter(i + 2) {
                    return Period.quarter(q, y, text: phrase(i, j + 1))
                }
                if w(i + 1) == "quarter", let b = base, w(i + 2) != "of" || Words.year(w(i + 3)) == nil {
                    return Period.quarter(q, b.year, text: phrase(i, i + 2))
                }
                if w(i + 1) == "half", q <= 2, let (y, j) = yearAfter(i + 2) {
                    let m = q * 6
                    return Period(kind: .duration(months: 6), year: y, month: m, day: Period.daysIn(m, y), text: phrase(i, j + 1))
                }
            }
            // q4 2023
            if t.utf8.count == 2, t.hasPrefix("q"), let q = Int(t.dropFirst()), q >= 1, q <= 4, let (y, j) = yearAfter(i + 1, reach: 2) {
                return Period.quarter(q, y, text: phrase(i, j + 1))
            }
            // full year 2023, fiscal year 2023, fiscal 2023
            if (t == "full" || t == "fiscal") && w(i + 1) == "year", let (y, j) = yearAfter(i + 2, reach: 2) {
                return Period.year(y, text: phrase(i, j + 1))
            }
            if t == "full" && w(i + 1) == "year", let b = base, Words.year(w(i + 2)) == nil {
                return Period.year(b.year, text: phrase(i, i + 2))
            }
            if t == "fy", let y = Words.year(w(i + 1)) { return Period.year(y, text: phrase(i, i + 2)) }
            // three months ended december 31 2023; year ended ...
            if w(i + 1) == "ended" || w(i + 2) == "ended" {
                var months: Int?
                var k = i
                if t == "year" && w(i + 1) == "ended" { months = 12; k = i + 2 }
                else if w(i + 1) == "months" && w(i + 2) == "ended" {
                    let n = ["three": 3, "six": 6, "nine": 9, "twelve": 12, "3": 3, "6": 6, "9": 9, "12": 12][t]
                    months = n; k = i + 3
                } else if t == "quarter" && w(i + 1) == "ended" { months = 3; k = i + 2 }
                if let n = months, let (m, d, y, e) = date(k) {
                    return Period(kind: .duration(months: n), year: y, month: m, day: d, text: phrase(i, e))
                }
                if let n = months, bareDates || base != nil, let (m, d, _, _) = dateNoYear(k), let (y, e) = yearAfter(k + 2, reach: 4) {
                    return Period(kind: .duration(months: n), year: y, month: m, day: d, text: phrase(i, e + 1))
                }
            }
            // as of / as at december 31 2023
            if t == "as" && (w(i + 1) == "of" || w(i + 1) == "at"), let (m, d, y, e) = date(i + 2) {
                return Period(kind: .instant, year: y, month: m, day: d, text: phrase(i, e))
            }
            // the same period / quarter of 2022
            if t == "same" && samePeriodWords.contains(w(i + 1)), let b = base {
                if let (y, j) = yearAfter(i + 2, reach: 3) {
                    return b.shifted(years: b.year - y, text: phrase(i - (w(i - 1) == "the" ? 1 : 0), j + 1))
                }
                if w(i + 2) == "last" && w(i + 3) == "year" {
                    return b.shifted(years: 1, text: phrase(i, i + 4))
                }
            }
            // prior / previous / preceding / last quarter
            if priorQuarterWords.contains(t), w(i + 1) == "quarter", let b = base {
                return b.shifted(years: 0, months: 3, text: phrase(i - (w(i - 1) == "the" ? 1 : 0), i + 2))
            }
            // a year ago / the prior year / last year
            if let b = base {
                if t == "year" && w(i + 1) == "ago" { return b.shifted(years: 1, text: phrase(i - 1, i + 2)) }
                if priorYearWords.contains(t) && w(i + 1) == "year" {
                    return b.shifted(years: 1, text: phrase(i, i + 2))
                }
            }
            // in 2023 / for 2023 / during 2023
            if yearPrepositions.contains(t), let y = Words.year(w(i + 1)), Words.month(w(i - 1)) == nil {
                // `as of December 31, 2023` is handled above; `of 2023` alone only with a base.
                if t != "of" || base != nil {
                    if let b = base, case .duration(3) = b.kind, t == "of" {
                        return b.shifted(years: b.year - y, text: phrase(i + 1, i + 2))
                    }
                    return Period.year(y, text: phrase(i + 1, i + 2))
                }
            }
            if bareDates, let (m, d, y, e) = date(i), Int(w(i + 1)) != nil {
                return Period(kind: .instant, year: y, month: m, day: d, text: phrase(i, e))
            }
            if bareDates, let (m, d, _, _) = dateNoYear(i), let (y, e) = yearAfter(i + 2, reach: 3) {
                return Period(kind: .instant, year: y, month: m, day: d, text: phrase(i, e + 1))
            }
            i += 1
        }
        return nil

        func dateNoYear(_ i: Int) -> (Int, Int, Int, Int)? {
            guard let m = Words.month(w(i)), let d = Int(w(i + 1)), d >= 1, d <= 31 else { return nil }
            return (m, d, 0, i + 2)
        }
    }

    /// The period a section heading is about (`Fourth Quarter 2023 Financial Results`,
    /// `Full Year 2023 Operational Highlights`).
    public static func heading(_ text: String) -> Period? {
        find(in: text)
    }
}
