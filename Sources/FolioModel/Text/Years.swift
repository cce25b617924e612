/// Years as filings print them in dates and column headers: four digits, `2023`.
public enum Years {
    /// The years read as years; a four-digit number outside them is a figure (`1,250`, `3100`).
    public static let plausible = 1900...2100

    /// The year a word of four ASCII digits names within `plausible`, or nil.
    /// Read on bytes and inlined: it is asked of every word of every header and label.
    @inlinable
    public static func fourDigit(_ w: some StringProtocol) -> Int? {
        var y = 0, n = 0
        for b in w.utf8 {
            n += 1
            guard n <= 4, ByteClass.isDigit(b) else { return nil }
            y = y * 10 + Int(b &- 0x30)
        }
        guard n == 4, plausible.contains(y) else { return nil }
        return y
    }
}

extension Years {
    /// Whether a word is a year (`fourDigit`) or a fiscal year printed as a span of two
    /// calendar years (`2023-24`: a year, `-`, two more characters), as a report's title or
    /// period names it (`Annual Report 2023-24`, `fiscal 2024`).
    public static func isYearOrSpan(_ w: some StringProtocol) -> Bool {
        let b = Array(w.utf8)
        guard b.count == 4 || (b.count == 7 && b[4] == UInt8(ascii: "-")) else { return false }
        var y = 0
        for k in 0..<4 {
            guard ByteClass.isDigit(b[k]) else { return false }
            y = y * 10 + Int(b[k] - 0x30)
        }
        return plausible.contains(y)
    }
}
