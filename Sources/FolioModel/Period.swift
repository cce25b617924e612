/// A calendar date (proleptic Gregorian), as ISO `yyyy-mm-dd` in records.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// A valid date, or nil (month 1-12, day within the month, year 1-9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1, day <= Self.daysIn(month, year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// A date written `yyyy-mm-dd`.
    public init?(iso: String) {
        let b = Array(iso.utf8)
        guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return nil }
        func number(_ r: Range<Int>) -> Int? {
            var v = 0
            for k in r {
                guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }
                v = v * 10 + Int(b[k] - 0x30)
            }
            return v
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The last day of `month` in `year` (nil for an invalid month or year).
    public static func monthEnd(year: Int, month: Int) -> CalendarDate? {
        guard (1...12).contains(month) else { return nil }
        return CalendarDate(year: year, month: month, day: daysIn(month, year))
    }

    public static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public var isMonthEnd: Bool { day == Self.daysIn(month, year) }

    /// `yyyy-mm-dd`.
    public var iso: String {
        String(unsafeUninitializedCapacity: 10) { b in
            b[0] = 0x30 + UInt8(year / 1000 % 10)
            b[1] = 0x30 + UInt8(year / 100 % 10)
            b[2] = 0x30 + UInt8(year / 10 % 10)
            b[3] = 0x30 + UInt8(year % 10)
            b[4] = UInt8(ascii: "-")
            b[5] = 0x30 + UInt8(month / 10)
            b[6] = 0x30 + UInt8(month % 10)
            b[7] = UInt8(ascii: "-")
            b[8] = 0x30 + UInt8(day / 10)
            b[9] = 0x30 + UInt8(day % 10)
            return 10
        }
    }

    public var description: String { iso }

    /// Days since 0000-03-01 (a day count for differences; valid for every `CalendarDate`).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 9 : month - 3
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 1
    }

    /// The date of a day count (`dayNumber`'s inverse); nil outside years 1-9999.
    public static func fromDayNumber(_ n: Int) -> CalendarDate? {
        guard n >= 0, n < 4_000_000 else { return nil }
        var y = (10_000 * n + 14_780) / 3_652_425
        var ddd = n - (365 * y + y / 4 - y / 100 + y / 400)
        if ddd < 0 {
            y -= 1
            ddd = n - (365 * y + y / 4 - y / 100 + y / 400)
        }
        let mi = (100 * ddd + 52) / 3060
        let mm = (mi + 2) % 12 + 1
        y += (mi + 2) / 12
        let dd = ddd - (mi * 306 + 5) / 10 + 1
        return CalendarDate(year: y, month: mm, day: dd)
    }

    /// `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDate? { Self.fromDayNumber(dayNumber + days) }

    /// The same day `months` months later (earlier when negative); a month end stays a month
    /// end, and a day past the target month's end becomes its last day.
    public func adding(months: Int) -> CalendarDate? {
        let total = year * 12 + (month - 1) + months
        guard total >= 12 else { return nil }
        let y = total / 12, m = total % 12 + 1
        let d = isMonthEnd ? Self.daysIn(m, y) : min(day, Self.daysIn(m, y))
        return CalendarDate(year: y, month: m, day: d)
    }
}

/// The period a figure refers to: a duration from `start` to `end` (both days included), or
/// an instant (a balance at the end of a day). One model for every stage: table cells
/// (`Cell.period`), narrative and XBRL facts (`FactPeriod`, made from this).
public enum Period: Sendable, Hashable {
    case duration(start: CalendarDate, end: CalendarDate)
    case instant(CalendarDate)

    /// `months` months ending on `end`: from the day after the same date `months` months
    /// earlier (a month end: from the first of the month after), as a filer's XBRL context
    /// for `Three Months Ended June 30, 2024` runs from 2024-04-01.
    public static func ending(_ end: CalendarDate, months: Int) -> Period? {
        guard months > 0, months <= 1200, let back = end.adding(months: -months), let start = back.adding(days: 1) else { return nil }
        return .duration(start: start, end: end)
    }

    /// `weeks` weeks ending on `end` (`13 Weeks Ended July 1, 2023`: 91 days).
    public static func ending(_ end: CalendarDate, weeks: Int) -> Period? {
        guard weeks > 0, weeks <= 5200, let start = end.adding(days: 1 - 7 * weeks) else { return nil }
        return .duration(start: start, end: end)
    }

    public var start: CalendarDate? {
        if case let .duration(s, _) = self { return s }
        return nil
    }

    /// The last day of a duration, or the instant.
    public var end: CalendarDate {
        switch self {
        case let .duration(_, e): return e
        case let .instant(d): return d
        }
    }

    public var isInstant: Bool {
        if case .instant = self { return true }
        return false
    }

    /// A duration's length in whole months, rounded (a 13-week quarter is 3, a 53-week year
    /// 12); nil for an instant.
    public var months: Int? {
        guard case let .duration(s, e) = self else { return nil }
        let days = e.dayNumber - s.dayNumber + 1
        return Int((Double(days) / 30.436875).rounded())
    }

    /// The record form: ISO dates, and the phrase it was read from.
    public func factPeriod(text: String? = nil) -> FactPeriod {
        switch self {
        case let .duration(s, e): return FactPeriod(start: s.iso, end: e.iso, text: text)
        case let .instant(d): return FactPeriod(instant: d.iso, text: text)
        }
    }
}
