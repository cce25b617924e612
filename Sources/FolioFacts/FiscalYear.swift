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
        guard let yearEnd, yearEnd.month >= 6, !(yearEnd.month == 12 && yearEnd.day == 31) else { return p }
        if let part = fiscalPart(p, yearEnd: (yearEnd.month, yearEnd.day, 0)) { return part }
        guard p.kind == .duration(months: 12) || p.kind == .instant, p.month == 12, p.day == 31, mentionsFiscal(p.text) else { return p }
        let day = min(yearEnd.day, StatedPeriod.daysIn(yearEnd.month, p.year))
        return StatedPeriod(kind: p.kind, year: p.year, month: yearEnd.month, day: day, text: p.text)
    }

    /// **How the filer names its fiscal years**, from its metadata: the month and day a year
    /// ends and how many years after its name it ends (0: `fiscal 2025` ends January 31, 2025;
    /// 1: a retailer's `fiscal 2024` ends February 2, 2025). An annual report's `period_end`
    /// is its year end and `fiscal_year` names it; an interim report's year end is `yearEnd`
    /// (the statements' twelve-month columns), the first on or after its `period_end`. Nil
    /// without those fields, or when the two years are further apart than one.
    static func naming(_ md: DocumentMetadata, yearEnd: (month: Int, day: Int)?) -> (month: Int, day: Int, offset: Int)? {
        guard let iso = md.periodEnd, let end = CalendarDate(iso: iso), let fy = md.fiscalYear else { return nil }
        let offset: Int
        let month: Int, day: Int
        if md.fiscalPeriod?.uppercased() == "FY" {
            (month, day) = (end.month, end.day)
            offset = end.year - fy
        } else if let yearEnd {
            (month, day) = yearEnd
            let endYear = end.month * 100 + end.day <= yearEnd.month * 100 + yearEnd.day ? end.year : end.year + 1
            offset = endYear - fy
        } else {
            return nil
        }
        guard offset == 0 || offset == 1 else { return nil }
        return (month, day, offset)
    }

    /// A stated `fiscal <year>` (or a year relative to one: `relativeFiscalYear`) as the twelve
    /// months the filer's naming gives it (and the instant a fiscal year ends on, `lastDayOf`,
    /// as the day that year ends) (`naming`): ending on its year-end month and day,
    /// `offset` years after the year named (the day kept within the month). Any other period as
    /// it is; a December year end changes nothing.
    /// `ofFiscal`: the figure `p` is a comparative of states a fiscal year.
    static func adjust(_ p: StatedPeriod, naming: (month: Int, day: Int, offset: Int), ofFiscal: Bool = false) -> StatedPeriod {
        guard !(naming.month == 12 && naming.day == 31 && naming.offset == 0) else { return p }
        if let part = fiscalPart(p, yearEnd: naming) { return part }
        guard p.kind == .duration(months: 12) || p.kind == .instant, p.month == 12, p.day == 31,
              mentionsFiscal(p.text) || ofFiscal && namesRelativeYear(p.text) else { return p }
        let year = p.year + naming.offset
        let day = min(naming.day, StatedPeriod.daysIn(naming.month, year))
        return StatedPeriod(kind: p.kind, year: year, month: naming.month, day: day, text: p.text)
    }

    /// **fiscalQuarter.** A quarter or half named with its fiscal year (`the third quarter of
    /// fiscal year 2023`, `second quarter of fiscal 2024`, `first half of fiscal 2025`; read as
    /// the calendar one, `PeriodParser`) as that part of the fiscal year the filer's naming
    /// gives (`yearEnd`: its month, day and offset, `naming`): it ends as many months before the
    /// fiscal year's end as the calendar part ends before December 31, on the year end's day
    /// (a month's last day when the year ends on one). Of a year ending January 29, 2023
    /// (`fiscal year 2023`), the third quarter is August to October 29, 2022, not July to
    /// September 2023. Nil for any other period: a year, an instant, a quarter that states its
    /// end (`quarter ended October 30, 2022`: the date is the period) or names no fiscal year.
    static func fiscalPart(_ p: StatedPeriod, yearEnd: (month: Int, day: Int, offset: Int)) -> StatedPeriod? {
        guard p.kind == .duration(months: 3) || p.kind == .duration(months: 6), p.start == nil,
              p.month % 3 == 0, p.day == StatedPeriod.daysIn(p.month, p.year), namesFiscalPart(p.text) else { return nil }
        let endYear = p.year + yearEnd.offset
        // Months from the calendar part's end back from December, taken from the fiscal year end.
        let total = endYear * 12 + (yearEnd.month - 1) - (12 - p.month)
        guard total > 0 else { return nil }
        let y = total / 12, m = total % 12 + 1
        let monthEnd = yearEnd.day >= StatedPeriod.daysIn(yearEnd.month, endYear)
        let day = monthEnd ? StatedPeriod.daysIn(m, y) : min(yearEnd.day, StatedPeriod.daysIn(m, y))
        return StatedPeriod(kind: p.kind, year: y, month: m, day: day, text: p.text)
    }

    /// Whether a period's phrase names a quarter or half of a fiscal year by its place in the
    /// year (`third quarter of fiscal 2023`, `Q3 fiscal 2023`), not by its end (`ended`).
    static func namesFiscalPart(_ s: String) -> Bool {
        let l = s.lowercased()
        return l.contains("fiscal") && !l.contains("calendar") && !l.contains("end")
            && (l.contains("quarter") || l.contains("half") || l.hasPrefix("q"))
    }

    static func mentionsFiscal(_ s: String) -> Bool {
        s.utf8.count >= 6 && s.lowercased().contains("fiscal")
    }

    /// **relativeFiscalYear.** A year named relative to the figure's (`a year ago`, `the prior
    /// year`, `last year`): read from a stated fiscal year, it is the fiscal year before, named
    /// the filer's way as `fiscal <year>` is (`... $13.1 billion in fiscal 2025, compared to
    /// $10.2 billion a year ago` of a year ending January 31: February 2023 to January 2024).
    static func namesRelativeYear(_ s: String) -> Bool {
        let l = s.lowercased()
        return l.hasSuffix("year ago") || l.hasSuffix("prior year") || l.hasSuffix("previous year")
            || l.hasSuffix("last year") || l.hasSuffix("preceding year")
    }
}
