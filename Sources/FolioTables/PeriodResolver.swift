public import FolioModel

/// Why a cell has no period (`Cell.periodReason`): stable codes an analyst can filter on.
public enum PeriodReason: String, Sendable, CaseIterable {
    /// No year in the column's header, the row's label or path, or the table's title.
    case noDate = "no_date"
    /// The column compares periods (`% Change`, `2024 vs. 2023`, `Increase (Decrease)`) or its
    /// header names more than one year.
    case comparesPeriods = "compares_periods"
    /// A year alone (`2024`, `Fiscal 2024`), and neither the title nor the filing states the
    /// month its (fiscal) year ends.
    case noMonth = "no_month"
    /// A date or year with no length (`Year Ended`, `Three Months Ended`, `13 Weeks Ended`), no
    /// instant word (`As of`, `At`, `Balance at`), under a title that does not say it is a
    /// balance sheet: it could be either.
    case instantOrDuration = "instant_or_duration"
}

/// What the filing as a whole says about its periods, for headers that print only a year.
public struct FilingPeriods: Sendable, Hashable {
    /// The month and day the filer's fiscal year ends, from the filing (`For the fiscal year
    /// ended February 2, 2025` on a 10-K's cover).
    public var fiscalYearEnd: CalendarDate?
    /// The newest fiscal-year label its tables print (`Fiscal 2024`), which names the year
    /// `fiscalYearEnd` closes: labels map onto end years by their difference (a retailer's
    /// `Fiscal 2024` ends on February 2, 2025).
    public var newestLabel: Int?

    public init(fiscalYearEnd: CalendarDate? = nil, newestLabel: Int? = nil) {
        self.fiscalYearEnd = fiscalYearEnd
        self.newestLabel = newestLabel
    }

    /// Years to add to a fiscal-year label to get the calendar year its fiscal year ends in
    /// (0 or 1; 0 unless both the end date and a label are known).
    var labelOffset: Int {
        guard let end = fiscalYearEnd, let label = newestLabel else { return 0 }
        let d = end.year - label
        return d == 1 ? 1 : 0
    }
}

/// The kind of statement a table's title names, which decides instant or duration when a
/// header prints only a date.
enum StatementKind: Sendable {
    /// `Balance Sheets`, `Statements of Financial Position` / `Financial Condition`.
    case balanceSheet
    /// `Statements of Operations`, `Income`, `Earnings`, `Comprehensive Income`, `Cash Flows`,
    /// `Stockholders' Equity` (changes over periods).
    case flows
    case other

    static func of(title: String?) -> StatementKind {
        guard let title else { return .other }
        let w = PeriodClues.words(title)
        func has(_ a: String, _ b: String) -> Bool {
            guard w.count >= 2 else { return false }
            for k in 0..<(w.count - 1) where w[k] == a && w[k + 1] == b { return true }
            return false
        }
        if has("balance", "sheet") || has("balance", "sheets") || has("financial", "position") || has("financial", "condition") {
            return .balanceSheet
        }
        if w.contains("statements") || w.contains("statement") {
            if w.contains("operations") || w.contains("income") || w.contains("earnings") || has("cash", "flows") || w.contains("comprehensive")
                || w.contains("equity") {
                return .flows
            }
        }
        return .other
    }
}

/// Resolves each value cell's period from its column path, its row label and path, and the
/// table's title, as analysts read 10-K/10-Q statements and their text renditions. It runs
/// once per table, on header texts (each distinct column path and row read once), never per
/// byte of the document.
///
/// The rules, in the order they apply to a cell:
/// 1. `comparesPeriods`: a change column (`% Change`, `2025 vs. 2024`) or a header with two
///    years has no single period, unless its last piece is one year alone that picks one of
///    the dates above it (`13 Weeks Ended July 3, 2004 and June 28, 2003` over `2003`).
/// 2. `primaryClues`: the column's header path dates the cell (`Three Months Ended` over
///    `June 30,` over `2025`, read as one phrase); a column without a year is dated by the
///    row when its label or a group row dates by itself (`Balance at December 31, 2023`,
///    `Year Ended December 31, 2024`, `Fiscal 2024`; not a year alone such as `2025 Notes`),
///    else by the title when it names exactly one year. A column with a length or a month and
///    day but no year takes the row's year (from its label or a column of years beside the
///    labels: `Beauty` | `2025`); rows naming years after a balance-date title (`As of
///    January 31, 2025, the maturities ...` over `Fiscal 2026`) are amounts at that date.
/// 3. `printedSpan`: a period printed from one date to another (`Period from June 3, 1996
///    (Inception) to December 31, 1996`) ending in the cell's year is the cell's. Else
///    `endDate`: the month and day come from the same text as the year, else from the other
///    header pieces, else from the title (`Years Ended December 31` over `2024`), else, for a
///    year alone or a fiscal-year label (`Fiscal 2024`), from the fiscal year end the filing
///    states (`FilingPeriods`); `December 2024` is the month's last day.
/// 4. `kind`: an instant word (`As of`, `At`, `Balance at`) on the dating text makes an
///    instant; else a stated length (`Three/Six/Nine Months`, `Quarter`, `Year Ended`,
///    `Fiscal Year`, `13/52 Weeks Ended`) a duration of that length ending on the date; else a
///    balance-sheet title an instant; else a fiscal-year label (`Fiscal 2024`), a year alone
///    under a title naming fiscal years (`The provision for income taxes for fiscal 2024,
///    2023 and 2022`) or under a statement of operations, income, cash flows or equity, a
///    (fiscal) year; else a full
///    printed date alone (`December 31, 2024`) an instant; else no period.
/// 5. `rollforwardDurations` (per table): in a column with no date of its own, a row between
///    two dated balance rows (`Balance at December 31, 2022` ... `Balance at December 31,
///    2023`; `Outstanding as of ...`) covers the time between them: from the day after the
///    first to the second.
/// 6. `boundaryRow`: in a duration column, a row at one end of the period (`Cash at beginning
///    of year`, `... end of period`, `Beginning balance`, `Ending outstanding balance`) is the
///    instant at that end.
public struct PeriodResolver: Sendable {
    /// The title's clues, with the label column's header (`Millions, for the six months ended
    /// June 30,` over the row labels, years over the figures), which speaks for every column.
    let title: PeriodClues
    let statement: StatementKind
    let filing: FilingPeriods

    public init(title: String?, labelHeader: String = "", filing: FilingPeriods) {
        self.title = PeriodClues([labelHeader, title ?? ""].joined(separator: " "))
        self.statement = StatementKind.of(title: title)
        self.filing = filing
    }

    /// A cell's period, or the reason it has none.
    public struct Resolution: Sendable, Hashable {
        public var period: Period?
        public var reason: PeriodReason?
    }

    /// Sets `period` and `periodReason` on every cell of a document's tables. The fiscal
    /// year end is the one the filing states (`fiscalYearEnd`, from its cover, ISO), else the
    /// latest end of the one-year columns two or more of its tables print (`Year Ended
    /// December 31, 2024`); the newest fiscal-year label is read from every table's headers.
    public static func resolveAll(_ tables: inout [Table], fiscalYearEnd: String?) {
        var filing = FilingPeriods(fiscalYearEnd: fiscalYearEnd.flatMap(CalendarDate.init(iso:)))
        var seen = Set<[String]>()
        for t in tables.indices {
            // Cells are read in place (a `Cell` copy retains all its strings), and a column
            // path equal to the one last seen in the same column is not hashed again.
            var lastPath: [Int: [String]] = [:]
            for k in tables[t].cells.indices {
                let path = tables[t].cells[k].columnPath
                let col = tables[t].cells[k].col
                if let last = lastPath[col], last == path { continue }
                lastPath[col] = path
                guard seen.insert(path).inserted else { continue }
                if let y = PeriodClues(path.joined(separator: " ")).fiscalYears.max() {
                    filing.newestLabel = max(filing.newestLabel ?? y, y)
                }
            }
        }
        for i in tables.indices { resolve(&tables[i], filing: filing) }
        guard filing.fiscalYearEnd == nil else { return }
        // No fiscal year end on the cover: the latest end of the one-year columns the tables
        // print (in two tables or more, so one forward-looking schedule does not decide).
        var tablesEnding: [CalendarDate: Set<Int>] = [:]
        for t in tables.indices {
            for k in tables[t].cells.indices {
                if let p = tables[t].cells[k].period, p.months == 12 { tablesEnding[p.end, default: []].insert(tables[t].id) }
            }
        }
        guard let newest = tablesEnding.filter({ $0.value.count >= 2 }).keys.max() else { return }
        filing.fiscalYearEnd = newest
        for i in tables.indices where tables[i].cells.contains(where: { $0.periodReason == PeriodReason.noMonth.rawValue }) {
            resolve(&tables[i], filing: filing)
        }
    }

    /// Sets `period` and `periodReason` on every cell of `table`.
    ///
    /// A cell's period depends only on its column path, its row's label and group clues and the
    /// table, so each distinct column path is read once, each distinct pair of row clues is
    /// numbered once, and the period of a (column, row clues) pair is decided once: most rows
    /// of a statement print no date, so a table needs about one decision per column.
    public static func resolve(_ table: inout Table, filing: FilingPeriods) {
        let labelHeader = table.header.compactMap(\.first).joined(separator: " ")
        let resolver = PeriodResolver(title: table.title, labelHeader: labelHeader, filing: filing)
        let years = yearColumnCells(table)
        var rowClues: [Int: RowClues] = [:]
        var rowKinds: [RowClues: Int] = [:]
        var rowKind: [Int: Int] = [:]
        for k in table.cells.indices {
            let r = table.cells[k].row
            guard rowClues[r] == nil else { continue }
            let rowLabel = table.cells[k].rowLabel
            let label = years[r].map { rowLabel + " " + $0 } ?? rowLabel
            let clues = RowClues(label: PeriodClues(label), groups: PeriodClues(table.cells[k].rowPath.dropLast().joined(separator: " ")))
            rowClues[r] = clues
            if let kind = rowKinds[clues] { rowKind[r] = kind } else {
                rowKind[r] = rowKinds.count
                rowKinds[clues] = rowKinds.count
            }
        }
        var columns = ColumnClues()
        var decided: [DecisionKey: Resolution] = [:]
        for i in table.cells.indices {
            let column = columns.index(table.cells[i].columnPath, col: table.cells[i].col)
            let row = table.cells[i].row
            let key = DecisionKey(column: column, row: rowKind[row] ?? -1)
            let r: Resolution
            if let known = decided[key] { r = known } else {
                let clues = rowClues[row] ?? RowClues(label: .empty, groups: .empty)
                r = resolver.resolve(column: columns.clues[column], label: clues.label, groups: clues.groups,
                                     pieces: columns.pieces(column))
                decided[key] = r
            }
            table.cells[i].period = r.period
            table.cells[i].periodReason = r.reason?.rawValue
        }
        rollforwardDurations(&table, rowClues: rowClues.mapValues(\.label), columns: &columns)
    }

    /// A row's clues: its label's (with the year a year column beside it prints) and its
    /// group rows'.
    struct RowClues: Hashable {
        var label: PeriodClues
        var groups: PeriodClues
    }

    /// One period decision: a column path (numbered by `ColumnClues`) and a row's clues
    /// (numbered by `resolve`).
    struct DecisionKey: Hashable {
        var column: Int
        var row: Int
    }

    /// The distinct column paths of one table, each read once, numbered in order of first use.
    struct ColumnClues {
        private(set) var paths: [[String]] = []
        private(set) var clues: [PeriodClues] = []
        private var number: [[String]: Int] = [:]
        /// The path last numbered in each grid column: cells of one column share their path,
        /// which is then compared (the same array: at once) instead of hashed.
        private var last: [Int: Int] = [:]
        private var split: [Int: (last: PeriodClues, rest: PeriodClues)] = [:]

        /// The number of `path`, the column path of a cell of grid column `col`.
        mutating func index(_ path: [String], col: Int) -> Int {
            if let k = last[col], paths[k] == path { return k }
            let k: Int
            if let known = number[path] { k = known } else {
                k = paths.count
                number[path] = k
                paths.append(path)
                clues.append(PeriodClues(path.joined(separator: " ")))
            }
            last[col] = k
            return k
        }

        /// A header naming several years, read as its last piece and the pieces above it (the
        /// year under dates spanning the columns); nil for other headers.
        mutating func pieces(_ k: Int) -> (last: PeriodClues, rest: PeriodClues)? {
            let path = paths[k]
            guard clues[k].allYears.count > 1, path.count > 1 else { return nil }
            if let known = split[k] { return known }
            let made = (PeriodClues(path[path.count - 1]), PeriodClues(path.dropLast().joined(separator: " ")))
            split[k] = made
            return made
        }
    }

    /// One cell's period from the clues of its column path, its row label, its row's group
    /// labels and (held by the resolver) the table's title.
    func resolve(column: PeriodClues, label: PeriodClues, groups: PeriodClues,
                 pieces: (last: PeriodClues, rest: PeriodClues)? = nil) -> Resolution {
        // A change over one period (`Year Ended November 29, 2024` over `Increase/(Decrease)`)
        // is that period's; a change between periods has none, unless a dated row says which
        // balance it is (`Balances as of March 31, 2025` under `Change in Unrealized Gains`).
        if column.change && column.allYears.count != 1 {
            guard column.allYears.isEmpty, label.datesByItself || groups.datesByItself else {
                return Resolution(period: nil, reason: .comparesPeriods)
            }
        }
        if column.allYears.count > 1 {
            // Several dates spanning the columns, each column's own year under them
            // (`July 3, 2004 and June 28, 2003` over `2004` | `2003`): the year picks one.
            guard let pieces, pieces.last.allYears.count == 1, pieces.last.dates.isEmpty else {
                return Resolution(period: nil, reason: .comparesPeriods)
            }
            guard let end = endDate(pieces.last, others: [pieces.rest, groups, title]) else {
                return Resolution(period: nil, reason: .noMonth)
            }
            return kind(end: end, primary: pieces.last, others: [pieces.rest, groups, title])
        }
        guard let (primary, others) = primaryClues(column: column, label: label, groups: groups) else {
            return Resolution(period: nil, reason: .noDate)
        }
        if let span = printedSpan(primary, others: others) { return boundaryRow(Resolution(period: span, reason: nil), label: label) }
        guard let end = endDate(primary, others: others) else {
            return Resolution(period: nil, reason: .noMonth)
        }
        return boundaryRow(kind(end: end, primary: primary, others: others), label: label)
    }

    /// A period printed from one full date to another that ends in the cell's year
    /// (`Period from June 3, 1996 (Inception) to December 31, 1996` over `1996`).
    func printedSpan(_ p: PeriodClues, others: [PeriodClues]) -> Period? {
        guard let year = p.allYears.first else { return nil }
        for s in ([p] + others).flatMap(\.spans) where s.end.year == year {
            guard let sd = s.start.day, let sy = s.start.year, let ed = s.end.day,
                  let start = CalendarDate(year: sy, month: s.start.month, day: sd),
                  let end = CalendarDate(year: year, month: s.end.month, day: ed), start <= end else { continue }
            return .duration(start: start, end: end)
        }
        return nil
    }

    /// Rule 6: a row of a statement of flows that is a balance at one end of the column's
    /// period (`Cash and cash equivalents at beginning of year`, `... at end of period`) is an
    /// instant: the day before the period starts, or its last day.
    func boundaryRow(_ r: Resolution, label: PeriodClues) -> Resolution {
        guard let b = label.boundary, case let .duration(start, end)? = r.period else { return r }
        switch b {
        case .end: return Resolution(period: .instant(end), reason: nil)
        case .beginning: return Resolution(period: start.adding(days: -1).map { .instant($0) }, reason: nil)
        }
    }

    /// Rule 2: the clues that date the cell, and the other clues that may complete them
    /// (nearest first). Nil when nothing prints a year.
    func primaryClues(column: PeriodClues, label: PeriodClues, groups: PeriodClues) -> (PeriodClues, [PeriodClues])? {
        // A dated balance row of a statement whose columns carry the period (an equity
        // statement under `Three Months Ended March 31, 2025`: `BALANCE DECEMBER 31, 2024`,
        // `Balance at March 31, 2025`): the balance at the row's own date, not the column's
        // period.
        if label.balance || label.instant, label.allYears.count == 1, label.dates.contains(where: { $0.day != nil }),
           column.hasLength {
            return (label, [column, groups, title])
        }
        if column.hasYear { return (column, [groups, title]) }
        // A maturity schedule under a balance date (`As of January 31, 2025, the maturities of
        // lease liabilities ...`, rows `Fiscal 2026`, `2027`): amounts at that date.
        if title.instant, title.allYears.count == 1, title.dates.contains(where: { $0.day != nil }),
           !label.dates.contains(where: { $0.day != nil }), let y = title.allYears.first, label.allYears.contains(where: { $0 > y }) {
            return (title, [column, groups])
        }
        // A column with a length or a month and day but no year, the year in the row
        // (`Three Months Ended March 31` over figures; `Beauty` | `2025`, then `2024`).
        if (column.hasLength || !column.dates.isEmpty), label.allYears.count == 1, !label.change {
            return (label, [column, groups, title])
        }
        // A row label with one year dates the row (a rollforward's balance row, a schedule's
        // `Year ended December 31, 2024` row); group rows with a length date their members.
        if label.datesByItself { return (label, [column, groups, title]) }
        if groups.datesByItself { return (groups, [column, title]) }
        if title.allYears.count == 1 { return (title, [column, groups]) }
        return nil
    }

    /// Rule 3: the date the period ends on (or the instant).
    func endDate(_ p: PeriodClues, others: [PeriodClues]) -> CalendarDate? {
        guard let year = p.allYears.first else { return nil }
        // `Fiscal 2024` names a fiscal year, which may end in the next calendar year.
        let fiscalLabel = p.fiscalYears.first == year
        // The month and day printed with the year, else printed without a year anywhere near.
        var monthDay: (month: Int, day: Int?)?
        if let d = p.dates.first(where: { $0.year == year }) ?? p.dates.first(where: { $0.year == nil }) {
            monthDay = (d.month, d.day)
        } else {
            // The date printed with the same year (`For the 13 Weeks Ended July 3, 2004 and June
            // 28, 2003` over `2003`: June 28), else any (`Years Ended December 31, 2024, 2023
            // and 2022` over `2021`: December 31).
            let all = others.flatMap(\.dates)
            if let d = all.first(where: { $0.year == year }) ?? all.first(where: { $0.year == nil }) ?? all.first {
                monthDay = (d.month, d.day)
            }
        }
        if let (m, d) = monthDay {
            let y = fiscalLabel ? year + filing.labelOffset : year
            if let d { return CalendarDate(year: y, month: m, day: min(d, CalendarDate.daysIn(m, y))) }
            return CalendarDate.monthEnd(year: y, month: m)
        }
        // A year alone or a fiscal-year label: the fiscal year end the filing states.
        guard let fye = filing.fiscalYearEnd else { return nil }
        let endYear = year + filing.labelOffset
        return CalendarDate(year: endYear, month: fye.month, day: min(fye.day, CalendarDate.daysIn(fye.month, endYear)))
    }

    /// Rule 4: instant or duration, and its length.
    func kind(end: CalendarDate, primary p: PeriodClues, others: [PeriodClues]) -> Resolution {
        // `As of June 30, 2025`; a dated balance row (`BALANCE JUNE 30, 2024`) whatever the
        // length its table's header states.
        if p.instant || (p.balance && p.dates.contains { $0.day != nil }) { return Resolution(period: .instant(end), reason: nil) }
        let all = [p] + others
        if let k = all.first(where: \.hasLength) {
            let period = k.weeks.flatMap { Period.ending(end, weeks: $0) } ?? k.months.flatMap { Period.ending(end, months: $0) }
            if let period { return Resolution(period: period, reason: nil) }
        }
        if all.contains(where: \.instant) || p.balance || statement == .balanceSheet {
            return Resolution(period: .instant(end), reason: nil)
        }
        // A fiscal-year label (`Fiscal 2024`), or a year alone heading a statement of flows
        // (operations, income, cash flows): the (fiscal) year.
        let printedDay = p.dates.contains { $0.day != nil }
        let fiscalYears = !p.fiscalYears.isEmpty || (!printedDay && others.contains { !$0.fiscalYears.isEmpty })
        if fiscalYears || (statement == .flows && !printedDay), let year = Period.ending(end, months: 12) {
            return Resolution(period: year, reason: nil)
        }
        // A date printed alone (`December 31, 2024`): a balance-sheet column.
        if statement != .flows, printedDay {
            return Resolution(period: .instant(end), reason: nil)
        }
        return Resolution(period: nil, reason: .instantOrDuration)
    }

    /// A column of years printed beside the row labels, without a header (`Beauty` | `2025` |
    /// figures, then | `2024` | figures): each row's year, by row. Empty when no column of the
    /// table holds only years (two or more).
    static func yearColumnCells(_ table: Table) -> [Int: String] {
        var byCol: [Int: [(Int, String)]] = [:]
        var notYears = Set<Int>()
        for c in table.cells where !notYears.contains(c.col) {
            if c.columnPath.isEmpty, PeriodClues.year(c.raw) != nil { byCol[c.col, default: []].append((c.row, c.raw)) } else { notYears.insert(c.col) }
        }
        guard let col = byCol.keys.filter({ !notYears.contains($0) && (byCol[$0]?.count ?? 0) >= 2 }).min(), let cells = byCol[col] else { return [:] }
        return Dictionary(cells, uniquingKeysWith: { a, _ in a })
    }

    /// Rule 5: in a rollforward, rows between two dated balance rows of a column with no
    /// date of its own cover the time between the two balances.
    static func rollforwardDurations(_ table: inout Table, rowClues: [Int: PeriodClues], columns: inout ColumnClues) {
        // Balance rows dated by their label, by row.
        var balances: [(row: Int, date: CalendarDate)] = []
        for (row, clues) in rowClues.sorted(by: { $0.key < $1.key }) where (clues.balance || clues.instant) && clues.allYears.count == 1 {
            guard let d = clues.dates.first(where: { $0.year != nil && $0.day != nil }), let y = d.year, let day = d.day,
                  let date = CalendarDate(year: y, month: d.month, day: day) else { continue }
            balances.append((row, date))
        }
        guard balances.count >= 2 else { return }
        for i in table.cells.indices {
            let c = table.cells[i]
            guard table.cells[i].period == nil else { continue }
            let column = columns.clues[columns.index(c.columnPath, col: c.col)]
            guard !column.hasYear && !column.change,
                  let before = balances.last(where: { $0.row < c.row }), let after = balances.first(where: { $0.row > c.row }),
                  before.date < after.date, let start = before.date.adding(days: 1) else { continue }
            table.cells[i].period = .duration(start: start, end: after.date)
            table.cells[i].periodReason = nil
        }
    }
}
