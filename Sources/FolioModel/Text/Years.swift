/// Years as filings print them in dates and column headers: four digits, `2023`.
public enum Years {
    /// The years read as years; a four-digit number outside them is a figure (`1,250`, `3100`).
    public static let plausible = 1900...2100

    /// The year a word of four ASCII digits names within `plausible`, or nil.
    public static func fourDigit(_ w: some StringProtocol) -> Int? {
        guard w.utf8.count == 4, w.utf8.allSatisfy(ByteClass.isDigit), let y = Int(w), plausible.contains(y) else { return nil }
        return y
    }
}
