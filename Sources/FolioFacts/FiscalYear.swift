import FolioModel

/// The fiscal year of a document whose year does not end in December (`fiscal 2024` of a
/// filer whose year ends on the Friday closest to November 30, or on January 31): read from
/// the periods the tables stage resolved for the statements' year columns, never guessed.
enum FiscalYear {
    /// The month and day most of the document's twelve-month cell periods end on (ties: the
    /// earlier month), or nil when there are none.
    static func end(of tables: [Table]) -> (month: Int, day: Int)? {
        var count: [Int: Int] = [:]
        for t in tables {
            for c in t.cells {
                guard let p = c.period, p.months == 12 else { continue }
                count[p.end.month * 100 + p.end.day, default: 0] += 1
            }
        }
        guard let best = count.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else { return nil }
        return (best.key / 100, best.key % 100)
    }

    /// How many years after the year in its name a fiscal year ends, from the filing's own
    /// metadata (the segment stage's decision: `fiscalYear` as the filer names it, and the
    /// `periodEnd` it reports on). A year ending early in a calendar year is named either way:
    ///
    ///     For the fiscal year ended January 31, 2025 ... fiscal 2025      -> 0
    ///     For the fiscal year ended February 2, 2025 ... fiscal 2024      -> 1
    ///
    /// A quarterly filing's period end lies before its fiscal year's end (`periodEnd` August 3,
    /// 2025 of `fiscal 2025` ending near February 2: that year ends in 2026, so 1). A period end
    /// up to 7 days after the year end (a 52/53-week year) still ends that year. Nil when either
    /// is unknown or the offset is not 0 or 1.
    static func naming(periodEnd: String?, fiscalYear: Int?, yearEnd: (month: Int, day: Int)) -> Int? {
        guard let periodEnd, let fiscalYear, let d = CalendarDate(iso: periodEnd) else { return nil }
        let endYear = d.month * 31 + d.day <= yearEnd.month * 31 + yearEnd.day + 7 ? d.year : d.year + 1
        let offset = endYear - fiscalYear
        return offset == 0 || offset == 1 ? offset : nil
    }

    /// A stated `fiscal <year>` (read as the calendar year) as the twelve months ending on the
    /// document's fiscal year end, in the year the filer's naming says (`fiscal 2024` of a year
    /// ending on the Friday closest to November 30: December 2, 2023 to November 29, 2024; a
    /// retailer's `fiscal 2024` ending February 2, 2025); any other period as it is. `naming`
    /// is `naming(periodEnd:fiscalYear:yearEnd:)`. Without it, only year ends from June to
    /// November are read (such a year lies mostly in the calendar year it ends in and is named
    /// by it); a year ending in January to May is named either way (a retailer's `fiscal 2024`
    /// ends in February 2025, another filer's `fiscal 2025` in January 2025), so it is left as
    /// stated and matches no column.
    static func adjust(_ p: StatedPeriod, yearEnd: (month: Int, day: Int)?, naming: Int? = nil) -> StatedPeriod {
        guard let yearEnd, !(yearEnd.month == 12 && yearEnd.day == 31), p.kind == .duration(months: 12),
              p.month == 12, p.day == 31, mentionsFiscal(p.text) else { return p }
        let offset: Int
        if let naming { offset = naming } else if yearEnd.month >= 6 { offset = 0 } else { return p }
        let year = p.year + offset
        let day = min(yearEnd.day, StatedPeriod.daysIn(yearEnd.month, year))
        return StatedPeriod(kind: p.kind, year: year, month: yearEnd.month, day: day, text: p.text)
    }

    static func mentionsFiscal(_ s: String) -> Bool {
        s.utf8.count >= 6 && s.lowercased().contains("fiscal")
    }
}
