/// RFC 3339 timestamps in UTC (`2026-12-07T08:32:28Z`), the manifest's `created_at`.
///
/// Computed from the seconds since 1970 by the civil-from-days arithmetic of the proleptic
/// Gregorian calendar (days to year, month, day in 400-year eras): the same text as
/// Foundation's `ISO8601DateFormatter` with `.withInternetDateTime`, without building a
/// formatter (about 3 M instructions once per run).
public enum InternetTime {
    /// `seconds` since 1970-01-01T00:00:00Z as `YYYY-MM-DDTHH:MM:SSZ`; years outside
    /// 0...9999 are clamped to that range's ends.
    public static func string(secondsSince1970 seconds: Int) -> String {
        // (Clamped first: no arithmetic below can overflow.)
        let s = min(max(seconds, -62_167_219_200), 253_402_300_799)
        var days = s / 86_400
        var secs = s % 86_400
        if secs < 0 { secs += 86_400; days -= 1 }
        let (y, m, d) = civil(days: days)
        var out: [UInt8] = []
        out.reserveCapacity(20)
        func put(_ n: Int, _ width: Int) {
            var digits = [UInt8](repeating: 0x30, count: width)
            var v = n
            var i = width - 1
            while i >= 0 { digits[i] = UInt8(0x30 + v % 10); v /= 10; i -= 1 }
            out.append(contentsOf: digits)
        }
        put(y, 4); out.append(0x2D); put(m, 2); out.append(0x2D); put(d, 2)
        out.append(0x54)
        put(secs / 3600, 2); out.append(0x3A); put(secs / 60 % 60, 2); out.append(0x3A); put(secs % 60, 2)
        out.append(0x5A)
        return String(decoding: out, as: UTF8.self)
    }

    /// Year, month, day of `days` since 1970-01-01 (proleptic Gregorian).
    static func civil(days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097                                   // [0, 146096]
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365  // [0, 399]
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)             // [0, 365]
        let mp = (5 * doy + 2) / 153                                  // [0, 11]
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
