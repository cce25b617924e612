public import FolioModel

/// A reporting period read from a phrase, with the phrase: a calendar quarter, half or year,
/// a span ending on a date, or an instant. Quarters and halves are calendar ones unless a
/// phrase says which date they end on. Its dates are the project's one period model
/// (`FolioModel.Period`, `CalendarDate`): `period`, `factPeriod`.
public struct StatedPeriod: Sendable, Hashable {
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
    /// Whether the period is an event's the text dates (`eventInstant`, `eventFlow`): the
    /// figures of an event are compared with no statement's cells (a table of the year's
    /// acquisitions prints their goodwill on the same date as the one acquisition's).
    public var isEvent = false
    /// A duration's first day where the text states it (`from the acquisition date through
    /// December 31, 2024`: `acquisitionDatePeriod`); nil: the day after the date `months`
    /// before the end.
    public var start: CalendarDate? = nil

    public init(kind: Kind, year: Int, month: Int, day: Int, text: String) {
        self.kind = kind
        self.year = year
        self.month = month
        self.day = day
        self.text = text
    }

    static func daysIn(_ m: Int, _ y: Int) -> Int { CalendarDate.daysIn(m, y) }

    static func quarter(_ q: Int, _ y: Int, text: String) -> StatedPeriod {
        let m = q * 3
        return StatedPeriod(kind: .duration(months: 3), year: y, month: m, day: daysIn(m, y), text: text)
    }

    static func year(_ y: Int, text: String) -> StatedPeriod {
        StatedPeriod(kind: .duration(months: 12), year: y, month: 12, day: 31, text: text)
    }

    /// The same kind of period `years` years and `months` months earlier.
    func shifted(years: Int, months: Int = 0, text: String) -> StatedPeriod {
        var total = (year - years) * 12 + (month - 1) - months
        if total < 0 { total = 0 }
        let y = total / 12, m = total % 12 + 1
        // Month ends stay month ends.
        let d = day >= StatedPeriod.daysIn(month, year) ? StatedPeriod.daysIn(m, y) : min(day, StatedPeriod.daysIn(m, y))
        return StatedPeriod(kind: kind, year: y, month: m, day: d, text: text)
    }

    /// The period in the shared model: `months` ending on the end date, or the instant
    /// (nil for an impossible date).
    public var period: Period? {
        guard let end = CalendarDate(year: year, month: month, day: day) else { return nil }
        switch kind {
        case .instant: return .instant(end)
        // (A day's flow, `eventFlow`: from the day to itself.)
        case .duration(0): return .duration(start: end, end: end)
        case let .duration(n):
            if let start, start <= end { return .duration(start: start, end: end) }
            return Period.ending(end, months: n)
        }
    }

    public var factPeriod: FactPeriod {
        period?.factPeriod(text: text) ?? FactPeriod(text: text)
    }

    /// Same dates, whatever the phrase.
    func sameDates(_ o: StatedPeriod) -> Bool {
        kind == o.kind && year == o.year && month == o.month && day == o.day && start == o.start
    }
}

/// Reads period phrases from word tokens.
public enum PeriodParser {
    /// The first period stated in `text`. `base` is the period relative phrases refer to
    /// (`the same period of 2022`, `the prior quarter`, `a year ago`); `bareDates` lets a
    /// lone date (`December 31, 2023`, a balance-sheet column) be an instant.
    public static func find(in text: String, base: StatedPeriod? = nil, bareDates: Bool = false) -> StatedPeriod? {
        var s = text
        return s.withUTF8 { find($0, base: base, bareDates: bareDates) }
    }

    /// `find(in: String(decoding: t[range], as: UTF8.self))` without the copy. A range
    /// that starts or ends inside a character is decoded (and so repaired) as before.
    static func find(_ t: [UInt8], _ range: Range<Int>, base: StatedPeriod? = nil, bareDates: Bool = false) -> StatedPeriod? {
        let lo = max(0, min(range.lowerBound, t.count)), hi = max(lo, min(range.upperBound, t.count))
        if (lo < hi && (t[lo] & 0xC0) == 0x80) || (hi > lo && hi < t.count && (t[hi] & 0xC0) == 0x80) {
            return find(in: String(decoding: t[lo..<hi], as: UTF8.self), base: base, bareDates: bareDates)
        }
        return t.withUnsafeBufferPointer { find(UnsafeBufferPointer(rebasing: $0[lo..<hi]), base: base, bareDates: bareDates) }
    }

    /// Whether `b` has a run of four or more ASCII digits starting with 1 or 2 (a year word
    /// is a run of exactly four).
    static func mayHaveYear(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var run = 0
        var lead: UInt8 = 0
        for c in b {
            if c >= 0x30 && c <= 0x39 {
                if run == 0 { lead = c }
                run += 1
                if run == 4 && (lead == 0x31 || lead == 0x32) { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    /// The words of `b` (as `Words.split` cuts them), each read as a keyword and a number.
    static func words(_ b: UnsafeBufferPointer<UInt8>) -> [PeriodWord] {
        var out: [PeriodWord] = []
        out.reserveCapacity(b.count / 5 + 1)
        let table = PeriodKey.table
        var i = 0
        let n = b.count
        while i < n {
            guard Words.isAlnum(b[i]), !Words.isPunctuation(b, i) else { i += Words.isPunctuation(b, i) ? 3 : 1; continue }
            let s = i
            var number = 0
            var digits = true
            while i < n, Words.isAlnum(b[i]), !Words.isPunctuation(b, i) {
                let c = b[i]
                if digits {
                    if ByteClass.isDigit(c) {
                        let (m, o1) = number.multipliedReportingOverflow(by: 10)
                        let (v, o2) = m.addingReportingOverflow(Int(c - 0x30))
                        if o1 || o2 { digits = false } else { number = v }
                    } else {
                        digits = false
                    }
                }
                i += 1
            }
            out.append(PeriodWord(start: s, end: i, key: table.key(b, s, i), number: digits ? number : -1))
        }
        return out
    }

    static func find(_ bytes: UnsafeBufferPointer<UInt8>, base: StatedPeriod?, bareDates: Bool) -> StatedPeriod? {
        // Without a base every phrase below names a year (four digits, 1900 to 2100): no
        // four digits starting with 1 or 2, no period.
        if base == nil && !mayHaveYear(bytes) { return nil }
        let reader = PhraseReader(bytes: bytes, words: words(bytes), base: base, bareDates: bareDates)
        var i = 0
        while i < reader.words.count {
            // No phrase below starts with a word that is not a keyword (most words).
            if reader.words[i].key != .other, let found = reader.period(at: i) { return found }
            i += 1
        }
        return nil
    }

    /// The phrases `find` reads, tried in order at each keyword: the first that matches is
    /// the period.
    struct PhraseReader {
        let bytes: UnsafeBufferPointer<UInt8>
        let words: [PeriodWord]
        let base: StatedPeriod?
        let bareDates: Bool

        func phrase(_ a: Int, _ b: Int) -> String {
            let a = max(a, 0)
            guard a < words.count, b <= words.count, a < b else { return "" }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[words[a].start..<words[b - 1].end]), as: UTF8.self)
        }
        func w(_ i: Int) -> PeriodWord { i >= 0 && i < words.count ? words[i] : .none }
        func key(_ i: Int) -> PeriodKey { i >= 0 && i < words.count ? words[i].key : .other }
        /// A year within the next `reach` words after `i` (skipping `of`, `fiscal`, `the`).
        func yearAfter(_ i: Int, reach: Int = 3) -> (Int, Int)? {
            var j = i
            while j < min(words.count, i + reach) {
                if let y = w(j).year { return (y, j) }
                if !key(j).isYearLink { return nil }
                j += 1
            }
            return nil
        }
        /// `december 31 2023` at i: (month, day, year, next index).
        func date(_ i: Int) -> (Int, Int, Int, Int)? {
            (Dates.monthDayYear(at: i, w) ?? Dates.monthYear(at: i, w)).map { ($0.month, $0.day, $0.year, $0.next) }
        }
        func dateNoYear(_ i: Int) -> (Int, Int, Int, Int)? {
            Dates.monthDay(at: i, w).map { ($0.month, $0.day, $0.year, $0.next) }
        }

        /// **expiryYear.** Whether the year phrase at `i` follows a word of expiry or start,
        /// across `in`, `the`, `of`, `fiscal`, `year`, `calendar` (`which expire beginning in
        /// fiscal 2029`, `through fiscal 2045`): the year a figure runs out, not its period.
        func afterExpiry(_ i: Int) -> Bool {
            var j = i - 1
            while j >= 0, j >= i - 4 {
                let k = words[j].key
                if k.isExpiry { return true }
                guard k == .in || k == .the || k == .of || k == .fiscal || k == .year || k == .calendar else { return false }
                j -= 1
            }
            return false
        }

        /// The period a phrase starting at keyword `i` states, the rules in order; none for a
        /// year of expiry (`expiryYear`) or a record date (`recordDate`).
        func period(at i: Int) -> StatedPeriod? {
            let t = words[i].key
            if (t == .fiscal || t.isYearPreposition) && afterExpiry(i) { return nil }
            // **recordDate.** `a dividend of $0.76 per share payable on May 9, 2025 to holders
            // of record as of April 9, 2025`, `stockholders of record at March 1, 2025`: the
            // date that says who is paid, not the figure's period.
            if (t == .as || t == .at) && key(i - 1) == .record { return nil }
            return lastDayOf(i, t) ?? beginningOf(i, t) ?? reportPeriod(i, t) ?? endedPhrase(i, t) ?? instant(i, t)
                ?? relative(i, t) ?? yearPreposition(i, t) ?? bareDate(i)
        }

        /// **beginningOf.** `the beginning of fiscal 2024`, `the beginning of the third quarter
        /// of 2024`: the instant before that period starts, the end of the one before it (`At
        /// the beginning of fiscal 2024, we had a commercial paper program that allowed for an
        /// aggregate of $5.0 billion` -> the day fiscal 2023 ends; a `fiscal` year's end is named
        /// the filer's way later, `FiscalYear`). Nil unless `beginning of [the]` and a period
        /// `reportPeriod` reads or a year (`expire beginning in fiscal 2029` is an expiry, no period).
        func beginningOf(_ i: Int, _ t: PeriodKey) -> StatedPeriod? {
            guard t == .beginning, key(i + 1) == .of else { return nil }
            let a = key(i + 2) == .the ? i + 3 : i + 2
            guard a < words.count, let p = reportPeriod(a, key(a)) ?? w(a).year.map({ StatedPeriod.year($0, text: phrase(a, a + 1)) }),
                  case .duration(let months) = p.kind, months > 0 else { return nil }
            let before = p.shifted(years: 0, months: months, text: p.text)
            let end = p.text.utf8.count + words[a].start
            return StatedPeriod(kind: .instant, year: before.year, month: before.month, day: before.day,
                                text: String(decoding: UnsafeBufferPointer(rebasing: bytes[words[i].start..<min(end, bytes.count)]), as: UTF8.self))
        }

        /// **lastDayOf.** `the last (trading|business) day of fiscal 2024`, `the last day of the
        /// fourth quarter of 2024`: the instant that period ends on (`the closing stock price on
        /// the last trading day of fiscal 2024 of $274.95`: the price at the year end, not over
        /// the year). Nil unless `last`, at most one word, `day`, `of`, then a period
        /// `reportPeriod` reads (a `fiscal` year's end is named the filer's way later,
        /// `FiscalYear`).
        func lastDayOf(_ i: Int, _ t: PeriodKey) -> StatedPeriod? {
            guard t == .last else { return nil }
            func text(_ j: Int) -> String { j < words.count ? phrase(j, j + 1).lowercased() : "" }
            let d = text(i + 1) == "day" ? i + 1 : text(i + 2) == "day" ? i + 2 : -1
            guard d > 0, key(d + 1) == .of else { return nil }
            let a = key(d + 2) == .the ? d + 3 : d + 2
            guard a < words.count, let p = reportPeriod(a, key(a)), case .duration = p.kind else { return nil }
            let end = p.text.utf8.count + words[a].start
            return StatedPeriod(kind: .instant, year: p.year, month: p.month, day: p.day,
                                text: String(decoding: UnsafeBufferPointer(rebasing: bytes[words[i].start..<min(end, bytes.count)]), as: UTF8.self))
        }

        /// A quarter, half or year named with its year (`ReportPeriods`: `fourth quarter (of)
        /// 2023`, `first half 2023`, `q4 2023`, `full year 2023`, `fiscal 2023`, `fy 2023`); with a
        /// base, `fourth quarter`, `full year` of the base's year; of `fourth quarter and full
        /// year 2023`, the year (`full year 2023`).
        func reportPeriod(_ i: Int, _ t: PeriodKey) -> StatedPeriod? {
            if let p = ReportPeriods.phrase(at: i, w) {
                let text = phrase(i, p.yearWord + 1)
                switch p.period {
                case let .quarter(q): return StatedPeriod.quarter(q, p.year, text: text)
                case let .half(h):
                    let m = h * 6
                    return StatedPeriod(kind: .duration(months: 6), year: p.year, month: m, day: StatedPeriod.daysIn(m, p.year), text: text)
                case .year: return StatedPeriod.year(p.year, text: text)
                }
            }
            if let p = quarterOfFiscalYear(i, t) { return p }
            if let q = t.ordinal, key(i + 1) == .quarter, let b = base, key(i + 2) != .of || w(i + 3).year == nil {
                return StatedPeriod.quarter(q, b.year, text: phrase(i, i + 2))
            }
            if t == .full && key(i + 1) == .year, let b = base, w(i + 2).year == nil {
                return StatedPeriod.year(b.year, text: phrase(i, i + 2))
            }
            if let p = ReportPeriods.joint(at: i, w), let from = p.fullYearFrom {
                return StatedPeriod.year(p.year, text: phrase(from, p.yearWord + 1))
            }
            return nil
        }

        /// **quarterOfFiscalYear.** `the second quarter of fiscal year 2023`, `first half of the
        /// fiscal year 2024`: a quarter or half named with its fiscal year in full, the year
        /// further from the ordinal than `ReportPeriods` reaches. The calendar part here (the
        /// year's naming is the filer's, `FiscalYear.fiscalPart`), not the base's quarter.
        func quarterOfFiscalYear(_ i: Int, _ t: PeriodKey) -> StatedPeriod? {
            guard let q = t.ordinal, key(i + 2) == .of else { return nil }
            let months = key(i + 1) == .quarter ? 3 : key(i + 1) == .half && q <= 2 ? 6 : 0
            var j = i + 3
            if key(j) == .the { j += 1 }
            guard months > 0, key(j) == .fiscal, key(j + 1) == .year, let y = w(j + 2).year else { return nil }
            let m = q * months
            return StatedPeriod(kind: .duration(months: months), year: y, month: m, day: StatedPeriod.daysIn(m, y),
                                text: phrase(i, j + 3))
        }

        /// `three months ended december 31 2023`, `year ended ...`, `quarter ended ...`, `six
        /// and three months ended ...`.
        func endedPhrase(_ i: Int, _ t: PeriodKey) -> StatedPeriod? {
            guard key(i + 1) == .ended || key(i + 2) == .ended
                    || (key(i + 4) == .ended || key(i + 5) == .ended) && t.monthCount != nil else { return nil }
            var months: Int?
            var k = i
            // (`the years ended December 31, 2024, 2023 and 2022`: the first, as above.)
            if (t == .year || t == .years) && key(i + 1) == .ended { months = 12; k = i + 2 }
            else if key(i + 1) == .months && key(i + 2) == .ended {
                months = t.monthCount; k = i + 3
            } else if t == .quarter && key(i + 1) == .ended { months = 3; k = i + 2 }
            // **pairedDurations.** `six and three months ended June 30, 2025`, `three- and
            // six-month periods ended March 29, 2025`: the first count's period
            // (`pairedDurations` reads both).
            else if let a = t.monthCount, key(i - 1) != .and, key(i + 1) == .and, key(i + 2).monthCount != nil {
                if key(i + 3) == .months, key(i + 4) == .ended { months = a; k = i + 5 }
                else if key(i + 3) == .month, key(i + 4) == .periods, key(i + 5) == .ended { months = a; k = i + 6 }
            }
            if let n = months, let (m, d, y, e) = date(k) {
                return StatedPeriod(kind: .duration(months: n), year: y, month: m, day: d, text: phrase(i, e))
            }
            if let n = months, bareDates || base != nil, let (m, d, _, _) = dateNoYear(k), let (y, e) = yearAfter(k + 2, reach: 4) {
                return StatedPeriod(kind: .duration(months: n), year: y, month: m, day: d, text: phrase(i, e + 1))
            }
            return nil
        }

        /// `as of / as at december 31 2023`, `at december 31 2023`.
        ///
        /// **bothInstants.** `as of both June 30, 2025, and December 31, 2024`, `at both
        /// February 2, 2025 and January 28, 2024`: one figure for two balance-sheet dates (`the
        /// Company had $20 million of short-term investments`); the first date, the current one.
        func instant(_ i: Int, _ t: PeriodKey) -> StatedPeriod? {
            // as of / as at (both) december 31 2023
            if t == .as && (key(i + 1) == .of || key(i + 1) == .at) {
                let at = key(i + 2) == .both ? i + 3 : i + 2
                if let (m, d, y, e) = date(at) {
                    return StatedPeriod(kind: .instant, year: y, month: m, day: d, text: phrase(i, e))
                }
            }
            // **Balance at a date.** `at december 31 2023` names an instant as `as of` does:
            // notes state balances that way (`the obligations were $8.1 billion at December
            // 31, 2024 and $8.6 billion at December 31, 2023`). (`as at` is read above.)
            if t == .at, key(i - 1) != .as, let (m, d, y, e) = date(key(i + 1) == .both ? i + 2 : i + 1) {
                return StatedPeriod(kind: .instant, year: y, month: m, day: d, text: phrase(i, e))
            }
            return nil
        }

        /// Phrases relative to the base: `the same period / quarter of 2022`, `the prior
        /// quarter`, `a year ago`, `the prior year`, `last year`.
        func relative(_ i: Int, _ t: PeriodKey) -> StatedPeriod? {
            // the same period / quarter of 2022
            if t == .same && key(i + 1).isSamePeriod, let b = base {
                if let (y, j) = yearAfter(i + 2, reach: 3) {
                    return b.shifted(years: b.year - y, text: phrase(i - (key(i - 1) == .the ? 1 : 0), j + 1))
                }
                if key(i + 2) == .last && key(i + 3) == .year {
                    return b.shifted(years: 1, text: phrase(i, i + 4))
                }
            }
            // prior / previous / preceding / last quarter
            if t.isPriorQuarter, key(i + 1) == .quarter, let b = base {
                return b.shifted(years: 0, months: 3, text: phrase(i - (key(i - 1) == .the ? 1 : 0), i + 2))
            }
            // a year ago / the prior year / last year
            if let b = base {
                if t == .year && key(i + 1) == .ago { return b.shifted(years: 1, text: phrase(i - 1, i + 2)) }
                if t.isPriorYear && key(i + 1) == .year {
                    return b.shifted(years: 1, text: phrase(i, i + 2))
                }
            }
            return nil
        }

        /// `in 2023`, `for 2023`, `during 2023` (`of 2023` only with a base).
        func yearPreposition(_ i: Int, _ t: PeriodKey) -> StatedPeriod? {
            // in 2023 / for 2023 / during 2023
            if t.isYearPreposition, let y = w(i + 1).year, w(i - 1).month == nil {
                // `as of December 31, 2023` is handled above; `of 2023` alone only with a base.
                if t != .of || base != nil {
                    if let b = base, case .duration(3) = b.kind, t == .of {
                        return b.shifted(years: b.year - y, text: phrase(i + 1, i + 2))
                    }
                    return StatedPeriod.year(y, text: phrase(i + 1, i + 2))
                }
            }
            return nil
        }

        /// With `bareDates`, a lone date: `december 31 2023` (followed by a number word),
        /// `december 31` with its year within three words.
        func bareDate(_ i: Int) -> StatedPeriod? {
            if bareDates, let (m, d, y, e) = date(i), w(i + 1).number >= 0 {
                return StatedPeriod(kind: .instant, year: y, month: m, day: d, text: phrase(i, e))
            }
            if bareDates, let (m, d, _, _) = dateNoYear(i), let (y, e) = yearAfter(i + 2, reach: 3) {
                return StatedPeriod(kind: .instant, year: y, month: m, day: d, text: phrase(i, e + 1))
            }
            return nil
        }
    }

    /// **eventDate.** The date a sentence gives its event: `On February 22, 2023, we acquired
    /// ...`, `In July 2022, the company entered into a term loan ...` (`on <month> <day>,
    /// <year>`, `in <month> <year>`: the month's last day), not after a word of expiry (`due in
    /// July 2023`). The first such date, with its phrase; nil when none.
    static func eventDate(_ t: [UInt8], _ range: Range<Int>) -> (date: CalendarDate, text: String)? {
        eventOpenings(t, range) { b, ws, w, i -> (date: CalendarDate, text: String)?? in
            guard let d = ws[i].key == .on ? Dates.monthDayYear(at: i + 1, w) : Dates.monthYear(at: i + 1, w),
                  let date = CalendarDate(year: d.year, month: d.month, day: d.day) else { return nil }
            return (date, String(decoding: UnsafeBufferPointer(rebasing: b[ws[i].start..<ws[d.next - 1].end]), as: UTF8.self))
        } ?? nil
    }

    /// **eventDateList.** The dates of a list of events before a `respectively` list of
    /// amounts, one per amount: `In March 2022, April 2020, and October 2017, we issued a total
    /// of $3.00 billion, $2.50 billion, and $1.00 billion ..., respectively` (`in <month>
    /// <year>`, then further `<month> <year>` after commas and `and`; after `on`, full dates).
    /// Exactly `count` dates, each as `eventDate` reads one (a month's last day), with its
    /// phrase; nil otherwise.
    static func eventDateList(_ t: [UInt8], _ range: Range<Int>, count: Int) -> [(date: CalendarDate, text: String)]? {
        guard count >= 2 else { return nil }
        return eventOpenings(t, range) { b, ws, w, i -> [(date: CalendarDate, text: String)]?? in
            let on = ws[i].key == .on
            func read(_ j: Int) -> Dates.Parts? { on ? Dates.monthDayYear(at: j, w) : Dates.monthYear(at: j, w) }
            guard var d = read(i + 1) else { return nil }
            var out: [(date: CalendarDate, text: String)] = []
            var start = ws[i].start
            while true {
                guard let date = CalendarDate(year: d.year, month: d.month, day: d.day) else { return .some(nil) }
                out.append((date, String(decoding: UnsafeBufferPointer(rebasing: b[start..<ws[d.next - 1].end]), as: UTF8.self)))
                var j = d.next
                if w(j).key == .and { j += 1 }
                guard out.count < count, let n = read(j) else { break }
                (start, d) = (ws[j].start, n)
            }
            return .some(out.count == count ? out : nil)
        } ?? nil
    }

    /// The readings of `eventDate` and `eventDateList`: `read` is given the text of `range`
    /// (`b`), its period words (`ws`, `w` out of range `.none`) and each `on` or `in` that no
    /// word of expiry stands before (`i`), in turn, until it returns a value (`.some(nil)`:
    /// stop with none); nil when it never does.
    private static func eventOpenings<R>(_ t: [UInt8], _ range: Range<Int>,
                                         read: (UnsafeBufferPointer<UInt8>, [PeriodWord], (Int) -> PeriodWord, Int) -> R?) -> R? {
        let lo = max(0, min(range.lowerBound, t.count)), hi = max(lo, min(range.upperBound, t.count))
        return t.withUnsafeBufferPointer { whole -> R? in
            let b = UnsafeBufferPointer(rebasing: whole[lo..<hi])
            guard mayHaveYear(b) else { return nil }
            let ws = words(b)
            func w(_ i: Int) -> PeriodWord { i >= 0 && i < ws.count ? ws[i] : .none }
            for i in ws.indices where ws[i].key == .on || ws[i].key == .in {
                if i > 0, ws[i - 1].key.isExpiry { continue }
                if let r = read(b, ws, w, i) { return r }
            }
            return nil
        }
    }

    /// **oneFigureTwoDates.** The two balance-sheet dates of `as of (both) <date> and <date>`,
    /// `at (both) <date>, and <date>` or `as of <date> and <year>` (the same month and day):
    ///
    ///     As of both June 30, 2025, and December 31, 2024, the Company had $20 million of ...
    ///     There were no borrowings outstanding as of December 31, 2024 and 2023.
    ///     ... was approximately $5.6 billion as of March 31, 2025 and June 30, 2024.
    ///
    /// The first phrase of sentence `range` that names two dates, each an instant, the phrase
    /// the text of both; nil when there is none, or the sentence lists its figures
    /// `respectively` (a figure for each date, `NarrativeExtractor+Lists`).
    static func instantPair(_ t: [UInt8], _ range: Range<Int>) -> (first: StatedPeriod, second: StatedPeriod)? {
        let lo = max(0, min(range.lowerBound, t.count)), hi = max(lo, min(range.upperBound, t.count))
        return t.withUnsafeBufferPointer { whole -> (first: StatedPeriod, second: StatedPeriod)? in
            let b = UnsafeBufferPointer(rebasing: whole[lo..<hi])
            guard mayHaveYear(b) else { return nil }
            let ws = words(b)
            func w(_ i: Int) -> PeriodWord { i >= 0 && i < ws.count ? ws[i] : .none }
            let respectively = Array("respectively".utf8)
            for x in ws where x.count == respectively.count {
                if zip(b[x.start..<x.end], respectively).allSatisfy({ Words.lower($0) == $1 }) { return nil }
            }
            for i in ws.indices {
                let k = ws[i].key
                var at: Int
                if k == .as && (w(i + 1).key == .of || w(i + 1).key == .at) { at = i + 2 }
                else if k == .at && w(i - 1).key != .as && w(i - 1).key != .record { at = i + 1 }
                else { continue }
                if w(at).key == .both { at += 1 }
                guard let a = Dates.monthDayYear(at: at, w), w(a.next).key == .and else { continue }
                let second: Dates.Parts
                if let d = Dates.monthDayYear(at: a.next + 1, w) { second = d }
                else if let y = w(a.next + 1).year, y != a.year, w(a.next + 2).month == nil {
                    second = Dates.Parts(year: y, month: a.month, day: min(a.day, CalendarDate.daysIn(a.month, y)), next: a.next + 2)
                } else { continue }
                guard second.year != a.year || second.month != a.month || second.day != a.day else { continue }
                let text = String(decoding: UnsafeBufferPointer(rebasing: b[ws[i].start..<ws[second.next - 1].end]), as: UTF8.self)
                return (StatedPeriod(kind: .instant, year: a.year, month: a.month, day: a.day, text: text),
                        StatedPeriod(kind: .instant, year: second.year, month: second.month, day: second.day, text: text))
            }
            return nil
        }
    }

    /// **oneFigureTwoDates.** A sentence whose figures are all of the first of two dates it
    /// names (`instantPair`) and none of the second states each figure for both: each gets a
    /// comparative of the second date (`There were no commercial paper borrowings outstanding
    /// as of December 31, 2024 and December 31, 2023`: none at either date).
    static func twoDates(_ t: [UInt8], sentence r: Range<Int>, _ facts: inout [NarrativeFact]) {
        let figures = facts.indices.filter { facts[$0].role != "change" }
        // (The sentence is read again only when its figures share one instant: few do.)
        guard let k0 = figures.first, let p = facts[k0].period, p.kind == .instant,
              figures.allSatisfy({ facts[$0].period?.sameDates(p) == true }),
              let (first, second) = instantPair(t, r), p.sameDates(first),
              !facts.contains(where: { $0.period?.sameDates(second) == true }) else { return }
        for k in figures {
            var c = facts[k]
            c.period = second
            c.role = "comparative"
            c.of = k
            facts.append(c)
        }
    }

    /// **pairedDurations.** The two periods of `six and three months ended June 30, 2025` or
    /// `three- and six-month periods ended March 29, 2025` (a count suspended before the second) (as
    /// `find` read the first, `p`): the first count's and the second's, ending on the same
    /// date, for a list of two figures (`... was $85 million and $42 million for the six and
    /// three months ended June 30, 2025`). Nil when `p` is no such phrase.
    static func pairedDurations(_ p: StatedPeriod) -> [StatedPeriod]? {
        guard case let .duration(first) = p.kind else { return nil }
        var text = p.text
        return text.withUTF8 { b -> [StatedPeriod]? in
            let w = words(b)
            guard w.count > 5, w[0].key.monthCount == first, w[1].key == .and, let second = w[2].key.monthCount,
                  w[3].key == .months && w[4].key == .ended || w[3].key == .month && w[4].key == .periods && w[5].key == .ended
            else { return nil }
            let rest = String(decoding: UnsafeBufferPointer(rebasing: b[w[2].start...]), as: UTF8.self)
            return [p, StatedPeriod(kind: .duration(months: second), year: p.year, month: p.month, day: p.day, text: rest)]
        }
    }

    /// **scheduleAsOf.** The periods of figures scheduled or estimated at a date: a figure
    /// of sentence `r` whose period begins after the instant the sentence states before it
    /// (`The estimated future amortization expense ... as of January 29, 2023 is estimated to
    /// be $602 million in fiscal year 2024, $541 million in fiscal year 2025, ...`, `As of
    /// December 31, 2024, future minimum payments were $1.2 billion in 2026`) is an amount of
    /// that date (the balance it is part of), not of a period still to come: it takes the
    /// instant, and a comparative of a figure of the same date is another current one. Only a
    /// period ending after the base (the filing's period, `endsAfter`) reads the sentence
    /// again, so most sentences cost nothing more. A change (`role` `change`) keeps its period:
    /// the estimated effect of a change in estimate on a later year's income
    /// (`estimatedIncomeEffect`) is a flow of that year, no part of a balance.
    static func scheduleAsOf(_ t: [UInt8], sentence r: Range<Int>, _ facts: inout [NarrativeFact], base: StatedPeriod?) {
        for k in facts.indices {
            // (A change's year is its own: `estimatedIncomeEffect`'s effect on next year's income.)
            guard let p = facts[k].period, facts[k].role != "change", endsAfter(p, base), let start = p.period?.start,
                  let at = find(t, r.lowerBound..<max(r.lowerBound, facts[k].figure.start)), at.kind == .instant,
                  let day = at.period?.end, day < start else { continue }
            facts[k].period = at
            if facts[k].role == "comparative", let h = facts[k].of, h < facts.count, facts[h].period?.sameDates(at) == true {
                facts[k].role = "current"
                facts[k].of = nil
            }
        }
    }

    /// Whether `p` ends after `base` does, by six months or more: a period the text names
    /// beyond the one it reports on, which `scheduleAsOf` checks.
    static func endsAfter(_ p: StatedPeriod, _ base: StatedPeriod?) -> Bool {
        guard let base, let e = p.period?.end, let later = base.period?.end.adding(months: 6) else { return false }
        return later < e
    }

    /// The period a section heading is about (`Fourth Quarter 2023 Financial Results`,
    /// `Full Year 2023 Operational Highlights`).
    public static func heading(_ text: String) -> StatedPeriod? {
        find(in: text)
    }
}

/// A word of a period phrase, read once: its bytes, which keyword it is, and its value when
/// it is all ASCII digits.
struct PeriodWord: Sendable {
    var start: Int
    var end: Int
    var key: PeriodKey
    /// The number the word spells in ASCII digits (`Int(word)`), else -1.
    var number: Int
    /// Bytes in the word.
    var count: Int { end - start }

    static let none = PeriodWord(start: 0, end: 0, key: .other, number: -1)

    /// Four digits from 1900 to 2100.
    var year: Int? { count == 4 && Years.plausible.contains(number) ? number : nil }
    /// The month the word names (`Months.number`: full name, abbreviation or `sept`).
    var month: Int? { key.month }
}

extension PeriodWord: ReportPeriodWord {
    var reportKeyword: ReportPeriods.Keyword { key.reportKeyword }
    var reportYear: Int? { year }
}

/// The words `PeriodParser.find` looks for, as one byte each.
enum PeriodKey: UInt8, Sendable, CaseIterable {
    case other
    case january, february, march, april, may, june, july, august, september, october, november, december
    case jan, feb, mar, apr, jun, jul, aug, sep, oct, nov, dec, sept
    case first, second, third, fourth
    case q1, q2, q3, q4
    case three, six, nine, twelve, n3, n6, n9, n12
    case quarter, half, of, fiscal, the, `in`, calendar, and, full, year, years, fy, ended, months, `as`, at, same
    case period, time, prior, previous, preceding, last, sequential, ago, `for`, during
    /// `three- and six-month periods ended` (`pairedDurations`).
    case month, periods
    case expire, expires, expiring, expiration, beginning, through, until, matures, maturing, mature, due, on
    case both
    /// `holders of record as of <date>`: the date that says who is paid (`recordDate`).
    case record

    /// The month keys: the full names' and the abbreviations' spellings from `Months` (`may`
    /// is a full name only), then `sept`.
    static let monthSpellings: [(String, PeriodKey)] = {
        let full: [PeriodKey] = [.january, .february, .march, .april, .may, .june, .july, .august, .september,
                                 .october, .november, .december]
        let short: [PeriodKey?] = [.jan, .feb, .mar, .apr, nil, .jun, .jul, .aug, .sep, .oct, .nov, .dec]
        return Array(zip(Months.names, full))
            + zip(Months.abbreviations, short).compactMap { name, key in key.map { (name, $0) } }
            + [(Months.septemberLong, .sept)]
    }()

    /// The keys of `ReportPeriods`' words (`first`, `1st`, `q4`, `quarter`, `fiscal`, ...): its
    /// spellings, not a list of their own.
    static let reportSpellings: [(String, PeriodKey)] = {
        let byKeyword = Dictionary(allCases.map { ($0.reportKeyword, $0) }, uniquingKeysWith: { a, _ in a })
        return ReportPeriods.spellings.compactMap { s, k in byKeyword[k].map { (s, $0) } }
    }()

    static let spellings: [(String, PeriodKey)] = monthSpellings + reportSpellings + [
        ("three", .three), ("six", .six), ("nine", .nine), ("twelve", .twelve),
        ("3", .n3), ("6", .n6), ("9", .n9), ("12", .n12),
        ("ended", .ended),
        ("months", .months), ("month", .month), ("periods", .periods), ("as", .as), ("at", .at), ("same", .same), ("period", .period), ("time", .time),
        ("prior", .prior), ("previous", .previous), ("preceding", .preceding), ("last", .last),
        ("sequential", .sequential), ("ago", .ago), ("for", .for), ("during", .during),
        ("expire", .expire), ("expires", .expires), ("expiring", .expiring), ("expiration", .expiration),
        ("beginning", .beginning), ("through", .through), ("until", .until), ("matures", .matures),
        ("maturing", .maturing), ("mature", .mature), ("due", .due), ("on", .on), ("both", .both),
        ("record", .record),
    ]

    /// The spellings as one byte pool, grouped by first byte (0-9, a-z).
    struct Table: Sendable {
        var pool: [UInt8] = []
        /// (start in `pool`, length, key), bucket after bucket.
        var entries: [(Int, Int, PeriodKey)] = []
        /// Where each bucket's entries start in `entries` (37 bounds).
        var bucketStart: [Int] = []

        /// The keyword `b[s..<e]` spells (ASCII letters compared lower-cased), else `.other`.
        func key(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> PeriodKey {
            let n = e - s
            guard n <= 10, let k = PeriodKey.bucket(Words.lower(b[s])) else { return .other }
            candidates: for x in bucketStart[k]..<bucketStart[k + 1] {
                let (start, count, key) = entries[x]
                guard count == n else { continue }
                for y in 1..<n where Words.lower(b[s + y]) != pool[start + y] { continue candidates }
                return key
            }
            return .other
        }
    }

    static let table: Table = {
        var t = Table()
        var byBucket = Array(repeating: [(String, PeriodKey)](), count: 36)
        for (s, k) in spellings { byBucket[bucket(Array(s.utf8)[0]) ?? 0].append((s, k)) }
        for group in byBucket {
            t.bucketStart.append(t.entries.count)
            for (s, k) in group {
                t.entries.append((t.pool.count, s.utf8.count, k))
                t.pool += Array(s.utf8)
            }
        }
        t.bucketStart.append(t.entries.count)
        return t
    }()

    static func bucket(_ c: UInt8) -> Int? {
        if c >= 0x30 && c <= 0x39 { return Int(c - 0x30) }
        if c >= 0x61 && c <= 0x7A { return 10 + Int(c - 0x61) }
        return nil
    }

    var month: Int? {
        switch self {
        case .january, .jan: 1
        case .february, .feb: 2
        case .march, .mar: 3
        case .april, .apr: 4
        case .may: 5
        case .june, .jun: 6
        case .july, .jul: 7
        case .august, .aug: 8
        case .september, .sep, .sept: 9
        case .october, .oct: 10
        case .november, .nov: 11
        case .december, .dec: 12
        default: nil
        }
    }

    /// `first` … `fourth`, `1st` … `4th`: 1 … 4.
    var ordinal: Int? {
        if case let .ordinal(q) = reportKeyword { q } else { nil }
    }

    /// `three months`, `6 months`.
    var monthCount: Int? {
        switch self {
        case .three, .n3: 3
        case .six, .n6: 6
        case .nine, .n9: 9
        case .twelve, .n12: 12
        default: nil
        }
    }

    var isYearLink: Bool { ReportPeriods.isLink(reportKeyword) }

    /// The key as a word of `ReportPeriods`' grammar.
    var reportKeyword: ReportPeriods.Keyword {
        switch self {
        case .first: .ordinal(1)
        case .second: .ordinal(2)
        case .third: .ordinal(3)
        case .fourth: .ordinal(4)
        case .q1: .code(1)
        case .q2: .code(2)
        case .q3: .code(3)
        case .q4: .code(4)
        case .quarter: .quarter
        case .half: .half
        case .full: .full
        case .fiscal: .fiscal
        case .year: .year
        case .years: .years
        case .fy: .fy
        case .of: .of
        case .the: .the
        case .in: .in
        case .calendar: .calendar
        case .and: .and
        default: .none
        }
    }
    var isSamePeriod: Bool { self == .period || self == .quarter || self == .time || self == .year }
    var isPriorQuarter: Bool {
        self == .prior || self == .previous || self == .preceding || self == .last || self == .sequential
    }
    var isPriorYear: Bool { self == .prior || self == .previous || self == .last || self == .preceding }
    var isYearPreposition: Bool { self == .in || self == .for || self == .during || self == .of }
    /// Words after which a year is when something ends or starts (`expire in fiscal 2029`,
    /// `beginning in 2027`, `through 2045`, `scheduled to mature on December 23, 2025`), not the
    /// period of a figure (`expiryYear`) nor an event's date (`eventInstant`).
    var isExpiry: Bool {
        switch self {
        case .expire, .expires, .expiring, .expiration, .beginning, .through, .until, .matures, .maturing, .mature, .due: true
        default: false
        }
    }
}

extension StatedPeriod {
    /// **eventInstant.** The period of a figure whose sentence states none, in a paragraph
    /// that dates its event (`On February 22, 2023, we acquired Northwind ... for $3.5
    /// billion`, `In June 2024, we issued nine tranches of senior notes. The first tranche
    /// consisted of $600 million ...`): the event's date as an instant (`In June 2024`: the
    /// month's last day), inside the filing's period or not. The figures of an event are of
    /// its day, not of the filing's year: the amounts recorded at an acquisition, a note
    /// issued, a fine imposed, an authorization approved. The phrase is the date's.
    static func event(_ date: CalendarDate, phrase: String) -> StatedPeriod {
        var p = StatedPeriod(kind: .instant, year: date.year, month: date.month, day: date.day, text: phrase)
        p.isEvent = true
        return p
    }

    /// **eventFlow.** A flow an event pays or raises (`On February 22, 2023, we acquired
    /// Northwind for cash consideration of $3.5 billion`, `In July 2022, ... The net proceeds of
    /// the term loan were $284 million`): the amount moved over the event, a duration (the day
    /// of `On <date>`, the month of `In <month> <year>`), where what the event leaves (goodwill,
    /// intangible assets, a fine, an authorization: `eventInstant`) is a balance at its date.
    /// A metric names such a flow as `MetricKinds.namesEventFlow` says. `self` is the event's
    /// instant.
    func flow(of metric: String) -> StatedPeriod? {
        guard MetricKinds.namesEventFlow(metric.lowercased()) else { return nil }
        return eventFlow
    }

    /// The event's duration (`eventFlow`) whatever the metric: the day of `On <date>`, the
    /// month of `In <month> <year>`; nil unless `self` is an instant.
    var eventFlow: StatedPeriod? {
        guard kind == .instant else { return nil }
        let wholeMonth = text.utf8.first.map { $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "i") } ?? false
        var p = StatedPeriod(kind: .duration(months: wholeMonth ? 1 : 0), year: year, month: month, day: day, text: text)
        p.isEvent = true
        return p
    }

    /// The facts of a sentence whose period is the event `event` (`eventInstant`) that name a
    /// flow: the event's duration instead (`eventFlow`).
    static func eventFlows(_ facts: inout [NarrativeFact], event: StatedPeriod?) {
        guard let event else { return }
        for k in facts.indices where facts[k].period == event {
            if let f = event.flow(of: facts[k].metric) { facts[k].period = f }
        }
    }

    /// **balanceAtPeriodEnd.** A balance whose sentence, paragraph and section state no period,
    /// in a filing with a period of its own (`The company also had foreign loss carryforwards
    /// of $33.3 billion`, `Assets held for sale primarily include Goodwill of $810`, `Other
    /// non-inventory purchase obligations of $3.14 billion`): a balance is held at a date, so
    /// it is of the instant the filing's period ends on (`self`, the filing's period), not of
    /// the period. A metric names a balance as `MetricKinds.namesBalance` says (a balance word
    /// and no word of a flow: `intangible asset amortization expense` is a flow; a loss carried
    /// forward, an amount payable or receivable is a balance whatever else it says).
    func balance(of metric: String, whose: String = "filing's") -> StatedPeriod? {
        guard case .duration = kind, let end = period?.end else { return nil }
        guard MetricKinds.namesBalance(metric.lowercased()) else { return nil }
        return StatedPeriod(kind: .instant, year: end.year, month: end.month, day: end.day,
                            text: "\(end.iso) (the end of the \(whose) period)")
    }

    /// The instant this period ends on, its phrase kept (`objectFromTo`, `maximumUpTo`: `During
    /// 2024, we reduced ...` is the level at the end of 2024, as the text says): a duration's
    /// last day, an instant itself. (`endInstant` names the day instead.)
    var endAsStated: StatedPeriod {
        guard case .duration = kind else { return self }
        var q = self
        q.kind = .instant
        q.start = nil
        return q
    }

    /// The instant this period ends on (`standingCap`): a duration's last day, an instant itself.
    var endInstant: StatedPeriod? {
        guard case .duration = kind else { return self }
        guard let end = period?.end else { return nil }
        return StatedPeriod(kind: .instant, year: end.year, month: end.month, day: end.day,
                            text: "\(end.iso) (the end of the period)")
    }

    /// The facts of a sentence whose period is the filing's own, assumed (`reported(by:)`),
    /// that name a balance: the instant the period ends on instead (`balanceAtPeriodEnd`).
    static func balances(_ facts: inout [NarrativeFact], filingPeriod: StatedPeriod?) {
        guard let filingPeriod else { return }
        for k in facts.indices where facts[k].period == filingPeriod {
            if let b = filingPeriod.balance(of: facts[k].metric) { facts[k].period = b }
        }
    }

    /// **balanceUnderHeadingPeriod.** A balance whose period is the one its section's heading
    /// states (`headingPeriod`: under `Results of Operations - Year Ended November 30, 2020`,
    /// `... sales tax receivable of $4,317, inventories of $19,695 ...` with no date of its
    /// own): the heading dates the section's flows; a balance is held at the instant that
    /// period ends on, as `balanceAtPeriodEnd` has it for the filing's period. Not a change of
    /// a balance (`role` `change`), nor a metric with a flow word, whatever else it says
    /// (`MetricKinds.namesBalanceWithoutFlow`: `provision for loans receivable` under `Fourth
    /// Quarter 2023` is the quarter's expense), nor one its sentence books before the figure (`We
    /// recognized ... intangible assets of $469 million` under `Fiscal 2023 Acquisitions` is
    /// what the year added: `booked`).
    static func balancesUnderHeading(_ t: [UInt8], sentence s: Range<Int>, _ facts: inout [NarrativeFact], headingPeriod: StatedPeriod?) {
        guard let headingPeriod else { return }
        for k in facts.indices where facts[k].period == headingPeriod && facts[k].role != "change" {
            guard MetricKinds.namesBalanceWithoutFlow(facts[k].metric.lowercased()),
                  let b = headingPeriod.balance(of: facts[k].metric, whose: "section's"),
                  !booked(t, s.lowerBound..<max(s.lowerBound, min(facts[k].figure.start, s.upperBound))) else { continue }
            facts[k].period = b
        }
    }

    /// **balanceAtStatedEnd.** A balance its text states for a year or a quarter rather than
    /// at a date (`net deferred tax asset includes long-term deferred tax assets of $3.40
    /// billion and $1.22 billion ... for fiscal years 2023 and 2022, respectively`, `For fiscal
    /// 2025, 2024 and 2023, total unrecognized tax benefits ... of $1.7 billion, ...`, `In 2019,
    /// the company entered into treasury rate lock agreements with notional amounts totaling
    /// $10.0 billion`): a balance is held at a date, so it is of the instant that period ends on,
    /// the phrase kept. A metric names such a balance by a balance word and no flow word
    /// (`MetricKinds.namesBalanceByWord`: `goodwill change` is a flow), and its sentence states
    /// no booking of it before the figure (`We recognized goodwill of $1.0 billion` during a
    /// year, `intangible assets acquired by assuming related liabilities was $374 million`, are
    /// what the year added: `booked`). Not the
    /// filing's own period (`balanceAtPeriodEnd`), an event's (`eventInstant`, `eventFlow`), a
    /// period with a stated first day (`from the acquisition date through ...`), a change, nor
    /// a year after the filing's (`purchase obligations of $1.2 billion in 2027` is a schedule,
    /// no balance held then). `fiscalYear`: the filing's year as it names it (`fiscal 2025` of
    /// a year ending January 31, 2025 is read here, before `FiscalYear` names it, as ending in
    /// December 2025: its year is compared, not its end).
    static func balancesAtStatedEnd(_ t: [UInt8], sentence s: Range<Int>, _ facts: inout [NarrativeFact],
                                    filingPeriod: StatedPeriod?, fiscalYear: Int?) {
        for k in facts.indices {
            guard let p = facts[k].period, case .duration = p.kind, !p.isEvent, p.start == nil, p != filingPeriod,
                  facts[k].role != "change" else { continue }
            if let fy = fiscalYear ?? filingPeriod?.year, p.year > fy { continue }
            guard MetricKinds.namesBalanceByWord(facts[k].metric.lowercased()),
                  !booked(t, s.lowerBound..<max(s.lowerBound, min(facts[k].figure.start, s.upperBound))) else { continue }
            facts[k].period = StatedPeriod(kind: .instant, year: p.year, month: p.month, day: p.day, text: p.text)
        }
    }

    /// Verbs that book an amount in a period (`recognized`, `recorded`, `acquired`,
    /// `incurred`): a balance a sentence says was so booked during a year is what the year
    /// added, a flow (`balanceAtStatedEnd`).
    static let bookingVerbs = ByteWords(["recognized", "recognised", "recorded", "acquired", "incurred"])

    /// Whether a word of `t[r]` is one of `bookingVerbs`.
    static func booked(_ t: [UInt8], _ r: Range<Int>) -> Bool {
        guard r.lowerBound >= 0, r.upperBound <= t.count else { return false }
        return Words.ranges(t[r]).contains { bookingVerbs.contains(t, $0) }
    }

    /// **interimFlowUndated.** A flow whose sentence, paragraph and section state no period,
    /// in an interim report past the first period of its fiscal year (`fiscal_period` `Q2`,
    /// `Q3`, `Q4` or `H2`): such a report discusses the quarter and the year to date side by
    /// side, often under headings the sections do not carry down to their sentences
    ///
    ///     RESULTS OF OPERATIONS - Nine Months Ended March 31, 2025
    ///     Net Sales
    ///     Net sales for the period were $63.4 billion, ...            <- nine months, not Q3
    ///     Investing activities used $2.8 billion of cash fiscal year to date ...
    ///
    /// so the filing's three months (`reported(by:)`) is a guess as likely wrong as right. The
    /// figure's period cannot be told: the fact is dropped (no period), not given the quarter.
    /// A balance keeps the instant the period ends on (`balanceAtPeriodEnd`): the quarter and
    /// the year to date end on the same day. A first quarter or half is its year to date, and
    /// an annual report has one period: their flows keep the filing's period. A comparative or
    /// change of a dropped figure (`versus the prior year period`) is read against its period,
    /// and goes with it.
    static func undatedInterimFlows(_ facts: inout [NarrativeFact], filingPeriod: StatedPeriod?,
                                    fiscalPeriod: String?) {
        guard let filingPeriod, let fp = fiscalPeriod?.uppercased(),
              ["Q2", "Q3", "Q4", "H2"].contains(fp) else { return }
        var dropped = Set<Int>()
        for k in facts.indices where facts[k].period == filingPeriod {
            facts[k].period = nil
            dropped.insert(k)
        }
        for k in facts.indices where facts[k].of.map({ dropped.contains($0) }) == true { facts[k].period = nil }
    }

    /// **The filing's own period.** The period a filing reports on, from its metadata (the
    /// filer's `dei:` tags or its cover page): `fiscal_period` `FY` is twelve months, `H1`/`H2`
    /// six and `Q1` to `Q4` three, ending on `period_end`. A figure whose sentence, paragraph
    /// and section name no period (`The fair value of the consideration transferred was $8.7
    /// billion.` in a note of an annual report) is taken to be of this period; a document
    /// without both fields has none. The phrase says where it came from (`FY 2024 (the
    /// filing's period)`), so a reader never mistakes it for one the text states.
    static func reported(by md: DocumentMetadata) -> StatedPeriod? {
        guard let iso = md.periodEnd, let end = CalendarDate(iso: iso), let fp = md.fiscalPeriod else { return nil }
        let months: Int
        switch fp.uppercased() {
        case "FY": months = 12
        case "H1", "H2": months = 6
        case "Q1", "Q2", "Q3", "Q4": months = 3
        default: return nil
        }
        let name = md.fiscalYear.map { "\(fp.uppercased()) \($0)" } ?? "\(fp.uppercased()) ended \(end.iso)"
        return StatedPeriod(kind: .duration(months: months), year: end.year, month: end.month, day: end.day,
                            text: name + " (the filing's period)")
    }
}
