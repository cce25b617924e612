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

    /// A stated `fiscal <year>` (read as the calendar year) as the twelve months ending on the
    /// document's fiscal year end in that year (`fiscal 2024` of a year ending on the Friday
    /// closest to November 30: December 2, 2023 to November 29, 2024); any other period as
    /// it is. Only for year ends from June to November: such a year lies mostly in the
    /// calendar year it ends in and is named by it. A year ending in January to May is named
    /// either way (a retailer's `fiscal 2024` ends in February 2025, another filer's `fiscal
    /// 2025` in January 2025), so it is left as stated and matches no column.
    static func adjust(_ p: StatedPeriod, yearEnd: (month: Int, day: Int)?) -> StatedPeriod {
        guard let yearEnd, yearEnd.month >= 6, !(yearEnd.month == 12 && yearEnd.day == 31), p.kind == .duration(months: 12),
              p.month == 12, p.day == 31, mentionsFiscal(p.text) else { return p }
        let day = min(yearEnd.day, StatedPeriod.daysIn(yearEnd.month, p.year))
        return StatedPeriod(kind: p.kind, year: p.year, month: yearEnd.month, day: day, text: p.text)
    }

    static func mentionsFiscal(_ s: String) -> Bool {
        s.utf8.count >= 6 && s.lowercased().contains("fiscal")
    }
}
