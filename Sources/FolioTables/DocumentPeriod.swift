public import FolioModel

/// The date a filing's period ends (a 10-K's fiscal year end, a 10-Q's quarter end: what
/// inline XBRL calls `dei:DocumentPeriodEndDate`), read from what the document already holds.
/// One small place the filing-metadata work can take over: the period resolver only reads
/// the date it returns.
public struct DocumentPeriod: Sendable, Hashable {
    /// The last day of the period the document reports.
    public var end: CalendarDate
    /// The period is a fiscal year (a 10-K), not a quarter or a year to date (a 10-Q).
    public var annual: Bool

    public init(end: CalendarDate, annual: Bool) {
        self.end = end
        self.annual = annual
    }

    /// The document's period: from the filer's inline XBRL facts, else the cover's `For the
    /// quarterly period ended June 30, 2025` / `For the fiscal year ended ...`, else the
    /// fiscal year end the segment stage read from the cover (annual). Nil when none states it.
    public static func of(_ document: WorkingDocument) -> DocumentPeriod? {
        if let d = fromFacts(document.facts) { return d }
        if let d = fromCover(document.text) { return d }
        return document.metadata.fiscalYearEnd.flatMap(CalendarDate.init(iso:)).map { DocumentPeriod(end: $0, annual: true) }
    }

    /// **Inline XBRL.** The current period's contexts carry most of a filing's facts, the
    /// prior periods' fewer, a cover's share count or a subsequent event one or two: the
    /// latest end date that at least a quarter as many facts share as the most common one
    /// (a short exhibit may tag the prior years' columns more often than the current one).
    /// Nil with fewer than ten dated facts.
    /// The period is annual when one of the facts ending on that date covers twelve months
    /// (a 10-K's year; a 10-Q's longest is its year to date).
    static func fromFacts(_ facts: [Fact]) -> DocumentPeriod? {
        var counts: [CalendarDate: Int] = [:]
        var months: [CalendarDate: Int] = [:]
        var total = 0
        for f in facts where f.origin == .ixbrl {
            guard let p = f.period, let s = p.end ?? p.instant, let d = CalendarDate(iso: s) else { continue }
            counts[d, default: 0] += 1
            total += 1
            if let a = p.start.flatMap(CalendarDate.init(iso:)), let m = Period.duration(start: a, end: d).months {
                months[d] = max(months[d] ?? 0, m)
            }
        }
        guard total >= 10, let top = counts.values.max() else { return nil }
        let floor = max(2, top / 4)
        guard let end = counts.filter({ $0.value >= floor }).keys.max() else { return nil }
        return DocumentPeriod(end: end, annual: (months[end] ?? 0) >= 12)
    }

    /// **A 10-K/10-Q cover in text.** `For the quarterly period ended June 30, 2025`, `For
    /// the fiscal year ended December 31, 2024` (annual), `For the quarter ended ...`: the
    /// first full date within 60 bytes after the phrase, in the first 40,000 bytes.
    static func fromCover(_ text: [UInt8]) -> DocumentPeriod? {
        let top = text.prefix(40_000)
        return top.withUnsafeBufferPointer { hay -> DocumentPeriod? in
            for phrase: StaticString in ["quarterly period ended", "fiscal year ended", "quarter ended"] {
                guard let at = ByteSearch.firstIndex(of: phrase, in: hay, foldingASCII: true) else { continue }
                let from = at + phrase.utf8CodeUnitCount
                let tail = String(decoding: UnsafeBufferPointer(rebasing: hay[from..<min(hay.count, from + 60)]), as: UTF8.self)
                let clues = PeriodClues(tail)
                if let d = clues.dates.first, let y = d.year, let day = d.day, let date = CalendarDate(year: y, month: d.month, day: day) {
                    return DocumentPeriod(end: date, annual: phrase.utf8CodeUnitCount == "fiscal year ended".utf8.count)
                }
            }
            return nil
        }
    }
}
