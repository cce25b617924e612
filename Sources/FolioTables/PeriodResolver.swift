public import FolioModel

/// Why a cell has no period, or which weak clue gave it the one it has (`Cell.periodReason`):
/// stable codes an analyst can filter on. A period read from the cell's own column, row or
/// title has no reason; the last three codes mark periods inferred from the table's
/// surroundings or the filing, which an analyst may want to check or leave out.
public enum PeriodReason: String, Sendable, CaseIterable {
    /// No year in the column's header, the row's label or path, or the table's title; or a
    /// column printed with no header at all among two or more such columns, which the title's
    /// (or the sentence above's) one date cannot tell apart (`titleSpreads`).
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
    /// Given: the sentence right above the table states its one date (`The following table
    /// summarizes ... as of December 31, 2024:`) and nothing in the table dates the cell.
    case leadIn = "lead_in"
    /// Given: the cell is an amount at the document's period end (its balance-sheet date),
    /// read from the filing (inline XBRL facts, the cover): an undated column of a balance
    /// measure (`Fair Value`, `Level 1`, `Carrying Amount`), an undated table titled `... at
    /// December 31:`, or a schedule of later years (maturities) with no date of its own.
    case documentPeriodEnd = "document_period_end"
    /// Given: a year alone over the column of an annual report's table that is neither titled
    /// as a statement nor a rollforward: three year columns are fiscal years (a flows table,
    /// as the income statement prints three), two are year ends (a balance table, as the
    /// balance sheet prints two). In a quarterly report, the year and the one before with no
    /// length or date stated anywhere: the year to date (`quarterYearColumn`).
    case yearColumns = "year_columns"
    /// Given: the cell is an amount of a purchase price allocation that nothing in its table
    /// dates, at the date the acquisition closed, as the sentence opening the acquisition's
    /// note above the table states it (`On August 1, 2024, ... completed its acquisition of
    /// ...`): `PeriodResolver.acquisitionDateColumns`.
    case acquisitionDate = "acquisition_date"
    /// Given: the cell is a rate no header dates, in a table of balances (every dated cell an
    /// instant): at the table's latest balance date (`PeriodResolver.ratesAtBalanceDate`:
    /// a debt schedule's coupon or `Effective Interest Rate` beside `2024` | `2023`).
    case balanceDate = "balance_date"
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
    /// The date the document's period ends (dei:DocumentPeriodEndDate of a 10-K/10-Q; the
    /// balance-sheet date of its statements): `DocumentMetadata.periodEnd`.
    public var documentPeriodEnd: CalendarDate?

    public init(fiscalYearEnd: CalendarDate? = nil, newestLabel: Int? = nil, documentPeriodEnd: CalendarDate? = nil) {
        self.fiscalYearEnd = fiscalYearEnd
        self.newestLabel = newestLabel
        self.documentPeriodEnd = documentPeriodEnd
    }

    /// The document's period is a fiscal year (a 10-K, not a 10-Q).
    public var annual = false
    /// The months from the fiscal year's start to the document's period end, for a quarterly
    /// report (`fiscal_period` `Q1`, `Q2`, `Q3`: 3, 6, 9); nil otherwise.
    public var yearToDateMonths: Int?

    /// What the filing's metadata decided (`DocumentMetadata`: the reader's `dei:` facts and
    /// the segment stage's cover page, both before the tables stage, most trusted source
    /// first): `period_end` is the document's period end, `fiscal_period` `FY` makes it
    /// annual, and the fiscal year end is the one the cover states. The resolver reads these;
    /// it never decides them again.
    public init(metadata md: DocumentMetadata) {
        self.init(fiscalYearEnd: md.fiscalYearEnd.flatMap(CalendarDate.init(iso:)),
                  documentPeriodEnd: md.periodEnd.flatMap(CalendarDate.init(iso:)))
        annual = md.fiscalPeriod == "FY"
        switch md.fiscalPeriod {
        case "Q1": yearToDateMonths = 3
        case "Q2": yearToDateMonths = 6
        case "Q3": yearToDateMonths = 9
        default: yearToDateMonths = nil
        }
    }

    /// Years to add to a fiscal-year label to get the calendar year its fiscal year ends in
    /// (0 or 1; 0 unless both the end date and a label are known).
    var labelOffset: Int {
        guard let end = fiscalYearEnd, let label = newestLabel else { return 0 }
        let d = end.year - label
        return d == 1 ? 1 : 0
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
///    the dates above it (`13 Weeks Ended July 3, 2004 and June 28, 2003` over `2003`), or
///    the row is a dated balance row of blocks stacked one per period (`Balance at April 1,
///    2025` under `... June 30, 2025 and 2024`): the balance at its own date.
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
/// 5. `rollforwardDurations` (per table): in a column with no date of its own (or one naming
///    several periods over stacked blocks), a row between
///    two dated balance rows (`Balance at December 31, 2022` ... `Balance at December 31,
///    2023`; `Outstanding as of ...`) covers the time between them: from the day after the
///    first to the second.
/// 6. `boundaryRow`: in a duration column, a row at one end of the period (`Cash at beginning
///    of year`, `... end of period`, `Beginning balance`, `Ending outstanding balance`; an
///    award activity table's `Expected to vest`, `Vested and expected to vest`: the awards
///    outstanding at its end) is the instant at that end.
///
/// Around them, per table: a period row or a second header row heads the rows below it
/// (`periodRow`, `periodHeadingBesideNames`, `repeatedHeader`, `repeatedHeaderRows`); header
/// pieces a text reader left outside the column path go on with it (a row of years inside
/// the table: `yearRowsInside`; period headings over groups of columns taken for the title:
/// `titleOverGroups`); fair-value levels take the date of the
/// one dated column under their spanning header (`soleDatedColumn`); a rollforward across
/// columns dates the movements between two dated columns (`columnRollforward`); rows of years
/// under a `Year` label column are fiscal years (`yearRowUnderTitle`); a 10-Q's year columns
/// are the year to date (`quarterYearColumn`); a purchase price allocation nothing dates is
/// at the date its acquisition closed, as the note above it states (`acquisitionDateColumns`).
public struct PeriodResolver: Sendable {
    /// The title's clues, with the label column's header (`Millions, for the six months ended
    /// June 30,` over the row labels, years over the figures), which speaks for every column.
    let title: PeriodClues
    /// The table's statement kind (`Table.statement`, decided once by `StatementClassifier`),
    /// which decides instant or duration when a header prints only a date.
    let statement: TableStatement?
    /// A statement of flows (income, comprehensive income, cash flows, equity: changes over
    /// periods).
    var flows: Bool { statement.map { $0.isPrimary && $0 != .balanceSheet } ?? false }
    let filing: FilingPeriods
    /// The clues of the sentence right above the table (`... as of December 31, 2024:`), kept
    /// only when it prints one year and a full date (`leadInClues`).
    var leadIn: PeriodClues = .empty
    /// How many columns of the table are headed by a year alone (`yearColumnsConvention`).
    var yearColumns = 0
    /// Whether a third or more of the table's rows name a flow (`flowRows`): false for a table
    /// of balances under a statement of flows' title.
    var rowsNameFlows = true
    /// The label column is headed `Year` or `Fiscal Year` (`yearLabelColumn`), or its header
    /// is lost and its rows are the latest years, falling (`fallingYearRows`): its rows are
    /// the years the figures cover.
    var yearsByRow: Bool
    /// The table's opening-balance rows (`openingRows`), which make its date columns periods.
    var openings = Openings()
    /// How many of the table's value columns have no header at all (`titleSpreads`).
    var headerlessColumns = 0

    /// What a rollforward's rows say about its columns: a row at the beginning of the period
    /// (`Balance at beginning of period`), and the month and day (`month * 100 + day`) of
    /// rows dated by a month and day alone (`Gross tax contingencies – January 1`).
    struct Openings: Sendable, Hashable {
        var beginning = false
        var days: Set<Int> = []
    }

    public init(title: String?, statement: TableStatement? = nil, labelHeader: String = "", filing: FilingPeriods, leadIn: String? = nil) {
        self.title = PeriodClues([labelHeader, title ?? ""].joined(separator: " "))
        self.yearsByRow = Self.yearLabelColumn(labelHeader)
        self.statement = statement
        self.filing = filing
        if let leadIn {
            let k = PeriodClues(leadIn)
            if k.allYears.count == 1, !k.change, k.dates.contains(where: { $0.day != nil && $0.year != nil }) { self.leadIn = k }
        }
    }

    /// A cell's period, or the reason it has none.
    public struct Resolution: Sendable, Hashable {
        public var period: Period?
        public var reason: PeriodReason?
    }

    /// Sets `period` and `periodReason` on every cell of a document's tables. The fiscal
    /// year end is the one the filing states (`FilingPeriods(metadata:)`, from its cover),
    /// else the latest end of the one-year columns two or more of its tables print (`Year
    /// Ended December 31, 2024`); the newest fiscal-year label is read from every table's
    /// headers.
    ///
    /// The document's period end (`filing.documentPeriodEnd`) dates what only the filing can:
    /// undated balance columns and schedules of later years; `leadIns` holds, by table id, the
    /// sentence printed right above each table.
    ///
    /// `acquisitions` holds, by table id, the date the sentence opening an acquisition's note
    /// above the table states (`Lookback.acquisitionDate`), for tables about an acquisition.
    public static func resolveAll(_ tables: inout [Table], filing stated: FilingPeriods, leadIns: [Int: String] = [:],
                                  acquisitions: [Int: CalendarDate] = [:]) {
        var filing = stated
        // Every distinct column path of the document, read once here and handed to each
        // table's resolution (`ColumnClues`), which would read it again.
        var known: [[String]: PeriodClues] = [:]
        for t in tables.indices {
            // Cells are read in place (a `Cell` copy retains all its strings), and a column
            // path equal to the one last seen in the same column is not hashed again.
            var lastPath: [Int: [String]] = [:]
            for k in tables[t].cells.indices {
                let path = tables[t].cells[k].columnPath
                let col = tables[t].cells[k].col
                if let last = lastPath[col], last == path { continue }
                lastPath[col] = path
                guard known.index(forKey: path) == nil else { continue }
                let clues = PeriodClues(path.joined(separator: " "))
                known[path] = clues
                if let y = clues.fiscalYears.max() {
                    filing.newestLabel = max(filing.newestLabel ?? y, y)
                }
            }
        }
        for i in tables.indices {
            resolve(&tables[i], filing: filing, leadIn: leadIns[tables[i].id], known: known)
            if let d = acquisitions[tables[i].id] { acquisitionDateColumns(&tables[i], date: d, leadIn: leadIns[tables[i].id]) }
        }
        if filing.fiscalYearEnd == nil { resolveByTablesYearEnd(&tables, filing: &filing, leadIns: leadIns, known: known) }
        undatedStatementColumns(&tables, filing: filing, leadIns: leadIns)
    }

    /// No fiscal year end on the cover: the latest end of the one-year columns the tables
    /// print (in two tables or more, so one forward-looking schedule does not decide); the
    /// tables that lacked it are read again.
    static func resolveByTablesYearEnd(_ tables: inout [Table], filing: inout FilingPeriods, leadIns: [Int: String],
                                       known: [[String]: PeriodClues]) {
        var tablesEnding: [CalendarDate: Set<Int>] = [:]
        for t in tables.indices {
            for k in tables[t].cells.indices {
                if let p = tables[t].cells[k].period, p.months == 12 { tablesEnding[p.end, default: []].insert(tables[t].id) }
            }
        }
        guard let newest = tablesEnding.filter({ $0.value.count >= 2 }).keys.max() else { return }
        filing.fiscalYearEnd = newest
        for i in tables.indices where tables[i].cells.contains(where: { $0.periodReason == PeriodReason.noMonth.rawValue }) {
            resolve(&tables[i], filing: filing, leadIn: leadIns[tables[i].id], known: known)
        }
    }

    /// **A statement's undated columns read under the income statement's columns.** A
    /// reading-order rendition cuts a cash flow (or comprehensive income) statement into
    /// parts, and a part printed away from the header has none; or a column's header pieces
    /// are lost among the runs (`November 29,` / `2024` and `December 2,` / `2022` printed, the
    /// middle column's `December 1,` / `2023` not):
    ///
    ///     Cash flows from financing activities        ← no header: `2024` / `2023` / `2022`
    ///     Proceeds from issuance of long-term debt      14,999     —        —
    ///     Repayments of long-term debt                  (5,000)  (6,000)  (7,000)
    ///     ...
    ///
    /// A filing's statements of flows cover the same periods in the same column order as its
    /// income statement. A table the tables stage called a cash flow or comprehensive income
    /// statement, with value columns no cell of which is dated, is resolved again as if its
    /// value columns printed the column headers of the filing's income statement with as many
    /// value columns (every such income statement printing the same headers and periods, each
    /// column's cells under one path); the undated columns take the periods so read. Only
    /// when every flow of the table, dated before or now, is in the income statement's period
    /// of its column (a dated column elsewhere than the income statement's is another
    /// statement's order), and its rows are read as always (`Cash and equivalents, end of
    /// year` an instant at the column's end). The cells' column paths stay as printed: only
    /// their periods are taken. A 10-Q's statement under both a quarter's and a half-year's
    /// income statement, each headed by years alone, takes nothing, unless it is a
    /// comprehensive income statement printed right after one of them (**consecutive
    /// statements**: a filer presenting comprehensive income in a statement of its own prints
    /// it right after the income statement of the same periods), which takes that one's.
    static func undatedStatementColumns(_ tables: inout [Table], filing: FilingPeriods, leadIns: [Int: String]) {
        // A cash flow or comprehensive income statement with a value cell no period dates.
        func mayLeaveColumnsUndated(_ t: Table) -> Bool {
            guard let s = t.statement, s == .cashFlow || s == .comprehensiveIncome else { return false }
            return t.cells.contains(where: { $0.value != nil && $0.period == nil })
        }
        // Most documents have no such statement.
        guard tables.contains(where: mayLeaveColumnsUndated) else { return }
        // The income statements' value columns, by their number; nil where two income
        // statements of that many columns print different headers or periods.
        var columnsByCount: [Int: [ValueColumn]?] = [:]
        // The first such income statement's title, by its number of columns.
        var titleByCount: [Int: String] = [:]
        for t in tables where t.statement == .incomeStatement && !t.header.isEmpty {
            guard let columns = valueColumns(t) else { continue }
            if let seen = columnsByCount[columns.count] {
                if seen != columns { columnsByCount[columns.count] = .some(nil) }
            } else {
                columnsByCount[columns.count] = columns
                titleByCount[columns.count] = t.title
            }
        }
        guard !columnsByCount.isEmpty else { return }
        for i in tables.indices where mayLeaveColumnsUndated(tables[i]) {
            // Per column number (a table has a few): holds a value, holds a dated value.
            var holds: [Bool] = []
            var dated: [Bool] = []
            for c in tables[i].cells where c.value != nil && c.col >= 0 {
                while holds.count <= c.col { holds.append(false); dated.append(false) }
                holds[c.col] = true
                if c.period != nil { dated[c.col] = true }
            }
            let columns = holds.indices.filter { holds[$0] }
            guard columns.contains(where: { !dated[$0] }) else { continue }
            // A comprehensive income statement printed right after an income statement (the
            // two-statement presentation: consecutive statements of the same periods) reads
            // under that one's columns, whatever other income statements print.
            let consecutive = tables[i].statement == .comprehensiveIncome && i > 0 && tables[i - 1].statement == .incomeStatement
                && !tables[i - 1].header.isEmpty ? valueColumns(tables[i - 1]).flatMap { $0.count == columns.count ? $0 : nil } : nil
            guard let statementColumns = consecutive ?? columnsByCount[columns.count] ?? nil else { continue }
            // The income statement's title as well, where it prints the columns' length
            // (`... for the three months ended June 30,` over `2025` / `2024`) and the
            // table's own title prints none.
            let statementTitle = consecutive != nil ? tables[i - 1].title : titleByCount[columns.count]
            func inItsPeriod(_ c: Cell) -> Bool {
                guard let p = c.period, p.start != nil, let k = columns.firstIndex(of: c.col) else { return true }
                return p == statementColumns[k].period
            }
            // The columns already dated must be the income statement's, in its order.
            guard tables[i].cells.allSatisfy(inItsPeriod) else { continue }
            var asHeaded = tables[i]
            if let statementTitle, !PeriodClues(tables[i].title ?? "").hasLength {
                asHeaded.title = [tables[i].title, statementTitle].compactMap { $0 }.joined(separator: " ")
            }
            for k in asHeaded.cells.indices {
                guard let c = columns.firstIndex(of: asHeaded.cells[k].col) else { continue }
                asHeaded.cells[k].columnPath = statementColumns[c].path
            }
            resolve(&asHeaded, filing: filing, leadIn: leadIns[tables[i].id], known: [:])
            // Every flow in its column's period (the title or rows said nothing else).
            guard asHeaded.cells.allSatisfy(inItsPeriod) else { continue }
            for k in tables[i].cells.indices {
                let col = tables[i].cells[k].col
                guard col >= 0, col < dated.count, holds[col], !dated[col] else { continue }
                tables[i].cells[k].period = asHeaded.cells[k].period
                tables[i].cells[k].periodReason = asHeaded.cells[k].periodReason
            }
        }
    }

    /// A value column of an income statement: the header path its cells print and the one
    /// period they are dated with.
    struct ValueColumn: Equatable {
        var path: [String]
        var period: Period
    }

    /// Each value column of `table`, left to right, or nil when a column's value cells print
    /// more than one header path or are dated with more than one period (or none).
    static func valueColumns(_ table: Table) -> [ValueColumn]? {
        var byColumn: [Int: ValueColumn] = [:]
        var undated: Set<Int> = []
        for c in table.cells where c.value != nil {
            guard let p = c.period else { undated.insert(c.col); continue }
            if let seen = byColumn[c.col] {
                if seen.path != c.columnPath || seen.period != p { return nil }
            } else {
                byColumn[c.col] = ValueColumn(path: c.columnPath, period: p)
            }
        }
        guard !byColumn.isEmpty, undated.isSubset(of: Set(byColumn.keys)) else { return nil }
        return byColumn.keys.sorted().compactMap { byColumn[$0] }
    }

    /// The statement a table's periods are read under: the tables stage's decision
    /// (`Table.statement`, `StatementClassifier`), else, for a table too small to be called a
    /// primary statement (a condensed balance sheet of eight rows, a statement's part cut off
    /// at a page break), the statement its title names (`StatementClassifier.fromTitle`).
    static func statement(of table: Table) -> TableStatement? {
        if let s = table.statement, s.isPrimary { return s }
        return table.title.flatMap(StatementClassifier.fromTitle)
    }

    /// Sets `period` and `periodReason` on every cell of `table`.
    ///
    /// A cell's period depends only on its column path, its row's label and group clues and the
    /// table, so each distinct column path is read once, each distinct pair of row clues is
    /// numbered once, and the period of a (column, row clues) pair is decided once: most rows
    /// of a statement print no date, so a table needs about one decision per column.
    public static func resolve(_ table: inout Table, filing: FilingPeriods, leadIn: String? = nil) {
        resolve(&table, filing: filing, leadIn: leadIn, known: [:])
    }

    /// `resolve(_:filing:leadIn:)` with the clues of column paths already read (`resolveAll`),
    /// by path.
    static func resolve(_ table: inout Table, filing: FilingPeriods, leadIn: String?, known: [[String]: PeriodClues]) {
        let labelHeader = table.header.compactMap(\.first).joined(separator: " ")
        var resolver = PeriodResolver(title: table.title, statement: statement(of: table), labelHeader: labelHeader, filing: filing, leadIn: leadIn)
        if !resolver.yearsByRow, labelHeader.allSatisfy(\.isWhitespace) { resolver.yearsByRow = fallingYearRows(table, filing: filing) }
        resolver.yearColumns = filing.annual ? yearColumnsConvention(table, leadIn: leadIn, filing: filing, known: known) : 0
        if resolver.flows { resolver.rowsNameFlows = flowRows(table) }
        resolver.headerlessColumns = headerlessColumns(table)
        let years = yearColumnCells(table)
        // Each distinct row clues (`kindClues`, numbered in order of first use), and by row
        // number (rows are numbered from 0 by the builder) the number of its clues, -1 until
        // it is read: an array as long as the table, not Int-keyed dictionaries of clues
        // hashed for every cell.
        var nRows = 0
        for k in table.cells.indices { nRows = max(nRows, table.cells[k].row + 1) }
        var kindClues: [RowClues] = []
        var rowKinds: [RowClues: Int] = [:]
        var rowKind = [Int](repeating: -1, count: nRows)
        var groupCache: [ArraySlice<String>: PeriodClues] = [:]
        let headerPieces = Self.headerPieces(table)
        var blockRows: [String: BlockRow] = [:]
        var block: PeriodClues?
        var inHeaderBlock = false
        let headerRows = headerPieces.isEmpty ? [:] : repeatedHeaderRows(table, pieces: headerPieces)
        for k in table.cells.indices {
            let r = table.cells[k].row
            guard r >= 0, rowKind[r] < 0 else { continue }
            let rowLabel = table.cells[k].rowLabel
            let label = years[r].map { rowLabel + " " + $0 } ?? rowLabel
            var groups = table.cells[k].rowPath.dropLast()
            if table.cells[k].rowPathRule == .subtotalAbove, let g = groups.last, openingBalanceHeading(g) { groups = groups.dropLast() }
            if let h = headerRows[r] {
                block = h
                inHeaderBlock = true
            }
            for g in groups {
                let kind: BlockRow
                if let known = blockRows[g] { kind = known } else {
                    if let k = repeatedHeader(g, pieces: headerPieces) { kind = .header(k) } else if let k = periodRow(g) { kind = .period(k) } else { kind = .none }
                    blockRows[g] = kind
                }
                switch kind {
                case let .header(k): block = k; inHeaderBlock = true
                case let .period(k): block = k
                case .none: break
                }
            }
            var groupsClues = groupClues(groups, cache: &groupCache)
            if let block, !groupsClues.datesByItself { groupsClues = block }
            let labelClues = PeriodClues(label)
            let clues = RowClues(label: labelClues, groups: groupsClues,
                                 yearRow: yearAlone(label) ?? groups.reversed().lazy.compactMap(yearAlone).first, inBlock: inHeaderBlock,
                                 namesItem: !labelClues.dates.isEmpty && !onlyPeriodWords(PeriodClues.words(label)))
            if let kind = rowKinds[clues] { rowKind[r] = kind } else {
                rowKind[r] = kindClues.count
                rowKinds[clues] = kindClues.count
                kindClues.append(clues)
            }
        }
        // Every row's label, each distinct one once (`openingRows` asks whether any is).
        if filing.annual { resolver.openings = openingRows(kindClues.map(\.label)) }
        var columns = ColumnClues(known: known)
        var decided: [DecisionKey: Resolution] = [:]
        var soleDate: (clues: PeriodClues, path: [String])??
        // By column number (`columns`, numbered in order of first use).
        var measures: [Bool?] = []
        let yearHeads = yearRowsInside(table)
        let titleGroups = titleOverGroups(table)
        for i in table.cells.indices {
            let row = table.cells[i].row
            let col = table.cells[i].col
            // Header pieces the reader left out of the column's path (`titleOverGroups`,
            // `yearRowsInside`) go on with it.
            var extra: [String] = titleGroups[col].map { [$0] } ?? []
            if let head = yearHeads[row], let pieces = head[col] { extra += pieces }
            let column = columns.index(extra.isEmpty ? table.cells[i].columnPath : table.cells[i].columnPath + extra, col: col)
            let kind = row >= 0 && row < nRows ? rowKind[row] : -1
            let key = DecisionKey(column: column, row: kind)
            let r: Resolution
            if let known = decided[key] { r = known } else {
                let clues = kind >= 0 ? kindClues[kind] : RowClues(label: .empty, groups: .empty)
                let measure: Bool
                if column < measures.count, let known = measures[column] { measure = known } else {
                    measure = balanceMeasure(PeriodClues.words(columns.paths[column].joined(separator: " ")))
                    if column >= measures.count { measures += [Bool?](repeating: nil, count: column + 1 - measures.count) }
                    measures[column] = measure
                }
                var made = resolver.resolve(column: columns.clues[column], label: clues.label, groups: clues.groups,
                                            pieces: columns.pieces(column), yearRow: clues.yearRow, measure: measure, inBlock: clues.inBlock,
                                            labelNamesItem: clues.namesItem, headerless: columns.paths[column].isEmpty)
                if made.reason == .noDate, measure {
                    if soleDate == nil { soleDate = .some(soleDatedColumn(table)) }
                    let path = columns.paths[column]
                    if let known = soleDate, let dated = known,
                       path.count >= 2, dated.path.count == 1 || path[0] == dated.path[0] {
                        made = resolver.resolve(column: dated.clues, label: clues.label, groups: clues.groups, yearRow: clues.yearRow)
                    }
                }
                r = made
                decided[key] = r
            }
            table.cells[i].period = r.period
            table.cells[i].periodReason = r.reason?.rawValue
        }
        rollforwardDurations(&table, rowKind: rowKind, labels: kindClues.map(\.label), columns: &columns)
        columnRollforward(&table, columns: &columns)
        laterYearSchedule(&table, resolver: resolver)
        undatedBalanceColumns(&table, resolver: resolver, leadIn: leadIn)
        ratesAtBalanceDate(&table)
    }

    /// **An opening balance over the movements.** An activity table (`Outstanding at January
    /// 1, 2024`, then `Granted`, `Converted`, `Forfeited`, then `Outstanding at December 31,
    /// 2024`) whose opening balance adds up with the movements to the closing one: the checks
    /// put the opening row over them (`RowPathRule.subtotalAbove`), but its date is its own, not
    /// theirs: the movements happen after it. Such a group (a balance or instant word and one
    /// full date) does not date the rows under it; they take the date the rest of their clues
    /// give (the title's `for the year ended December 31, 2024`), or the time between the
    /// balances (`rollforwardDurations`).
    static func openingBalanceHeading(_ group: String) -> Bool {
        guard group.utf8.contains(where: ByteClass.isDigit) else { return false }
        let k = PeriodClues(group)
        return (k.balance || k.instant) && !k.hasLength && k.allYears.count == 1 && k.dates.contains { $0.day != nil && $0.year != nil }
    }

    /// **A second header row inside the table.** Two period blocks printed one under the other
    /// in one table (`As of June 30, 2025` | `Cost` | `Accumulated depreciation`, rows, then
    /// `As of December 31, 2024` | `Cost` | `Accumulated depreciation`, the same rows again):
    /// the second header row reaches the rows as a group row that repeats the column headers.
    /// Its date holds for every row below it, until the next such row, whatever their own
    /// indentation (`Road` > `Ties` under it is still at December 31, 2024). The clues of
    /// `group` when it is such a row (two or more of the table's column headers in it, and one
    /// year that dates by itself), else nil.
    static func repeatedHeader(_ group: String, pieces: [String]) -> PeriodClues? {
        let text = group.lowercased()
        var found = 0
        for p in pieces where containsPiece(text, p) {
            found += 1
            if found >= 2 { break }
        }
        guard found >= 2 else { return nil }
        let k = PeriodClues(group)
        return k.datesByItself ? k : nil
    }

    /// `text.contains(piece)`, searched on bytes when both are ASCII (the same answer, without
    /// Foundation's search), else by `contains`.
    static func containsPiece(_ text: String, _ piece: String) -> Bool {
        func ascii(_ b: UnsafeBufferPointer<UInt8>) -> Bool { b.allSatisfy { $0 < 0x80 } }
        let onBytes: Bool? = ByteSearch.withBytes(text) { t in
            guard ascii(t) else { return nil }
            return ByteSearch.withBytes(piece) { p in
                guard !p.isEmpty, ascii(p) else { return nil }
                return ByteSearch.firstIndex(of: p, in: t) != nil
            }
        }
        return onBytes ?? text.contains(piece)
    }

    /// **A second header row read as a row of cells.** The same second header row (`as of
    /// December 31 (in millions)` | `2023` | `Quoted prices (Level 1)` | ...) may reach the
    /// table as a row whose cells print the column headers instead of figures: two or more of
    /// its text cells equal a column header of the table. It starts a block as a group row
    /// would (`repeatedHeader`): the clues of its label and cells read as one phrase, by
    /// row, when they date by themselves. Only cells without a value are read.
    static func repeatedHeaderRows(_ table: Table, pieces: [String]) -> [Int: PeriodClues] {
        var hits: [Int: Int] = [:]
        // Cells are read in place (a `Cell` copy retains all its strings).
        for k in table.cells.indices where table.cells[k].value == nil && table.cells[k].raw.utf8.count >= 3
            && pieces.contains(table.cells[k].raw.lowercased()) {
            hits[table.cells[k].row, default: 0] += 1
        }
        var out: [Int: PeriodClues] = [:]
        for (row, n) in hits where n >= 2 {
            let cells = table.cells.filter { $0.row == row }
            let text = ([cells.first?.rowLabel ?? ""] + cells.map(\.raw)).joined(separator: " ")
            let k = PeriodClues(text)
            if k.datesByItself { out[row] = k }
        }
        return out
    }

    /// **Period headings over groups of columns, taken for the title.** The line of period
    /// headings printed over groups of columns, above the columns' names, may be left above
    /// the table's region and read as its title, its headings apart by runs of spaces:
    ///
    /// ```
    ///            Fiscal Year Ended January 31, 2025       Fiscal Year Ended January 31, 2024
    ///            Workforce    Office          Total       Workforce    Office          Total
    /// Charges          386        75            461             541       447            988
    /// ```
    ///
    /// A title cut at runs of three spaces or more into two headings or more, each dating by
    /// itself, over a table whose columns name no year and fall into as many groups of equal
    /// width: each grid column's heading, by column, in order. Empty otherwise.
    static func titleOverGroups(_ table: Table) -> [Int: String] {
        guard let title = table.title, title.utf8.count >= 20 else { return [:] }
        let headings = piecesApart(title)
        guard headings.count >= 2, headings.allSatisfy({ PeriodClues($0).datesByItself }) else { return [:] }
        var cols = Set<Int>()
        var lastPath: [Int: [String]] = [:]
        for k in table.cells.indices {
            let col = table.cells[k].col
            cols.insert(col)
            if let last = lastPath[col], last == table.cells[k].columnPath { continue }
            lastPath[col] = table.cells[k].columnPath
            if PeriodClues(table.cells[k].columnPath.joined(separator: " ")).hasYear { return [:] }
        }
        let sorted = cols.sorted()
        guard sorted.count >= headings.count, sorted.count % headings.count == 0 else { return [:] }
        let width = sorted.count / headings.count
        var out: [Int: String] = [:]
        for (rank, col) in sorted.enumerated() { out[col] = headings[rank / width] }
        return out
    }

    /// The pieces of a line printed apart by runs of three spaces or more, in order.
    static func piecesApart(_ text: String) -> [String] {
        let b = Array(text.utf8)
        var out: [String] = []
        var i = 0
        while i < b.count {
            while i < b.count, b[i] == 0x20 { i += 1 }
            guard i < b.count else { break }
            var end = i
            var j = i
            while j < b.count {
                if b[j] == 0x20 {
                    var k = j
                    while k < b.count, b[k] == 0x20 { k += 1 }
                    if k - j >= 3 || k == b.count { break }
                    j = k
                } else {
                    j += 1
                    end = j
                }
            }
            out.append(String(decoding: b[i..<end], as: UTF8.self))
            i = j
        }
        return out
    }

    /// **A year row inside the table.** A header line of years that reached the table as a
    /// row of figures, each column's year in its cell, the period in its label (or a units
    /// note there), above the rows it heads; a second one heads the next block:
    ///
    /// ```
    ///                                   BCA             BDS
    /// For the six months ended June 30,   2025    2024    2025    2024
    /// Revenues                          19,021  10,656  12,915  12,971
    /// For the three months ended June 30, 2025  2024    2025    2024
    /// Revenues                          10,874   6,003   6,617   6,021
    /// ```
    ///
    /// A row whose every cell (two or more) is a year alone, two years at least, under column
    /// headers that name no year or the same year as the cell (the first block's line of
    /// years reached the header, the second block's is a row: `For the three months ended
    /// June 30,` | `2025` | `2024` under `BCA` over `2025` | `2024`, the header's label cell
    /// `For the six months ended June 30,`): for each row below it, until the next such row, the pieces
    /// its column's path goes on with: the row's label when it is a period's words only
    /// (`onlyPeriodWords`), then the column's year. Keyed by row, then by grid column.
    static func yearRowsInside(_ table: Table) -> [Int: [Int: [String]]] {
        // First, cheaply, the rows with a cell that is four digits of a year: most tables have none.
        var candidates = Set<Int>()
        for k in table.cells.indices where table.cells[k].raw.utf8.count == 4 && Years.fourDigit(table.cells[k].raw) != nil {
            candidates.insert(table.cells[k].row)
        }
        guard !candidates.isEmpty else { return [:] }
        var heads: [Int: [Int: [String]]] = [:]
        var yearsOf: [Int: [Int: String]] = [:]
        var label: [Int: String] = [:]
        var broken = Set<Int>()
        for c in table.cells where candidates.contains(c.row) && !broken.contains(c.row) {
            guard c.raw.utf8.count == 4, let y = Years.fourDigit(c.raw),
                  PeriodClues(c.columnPath.joined(separator: " ")).allYears.allSatisfy({ $0 == y }) else {
                broken.insert(c.row)
                continue
            }
            yearsOf[c.row, default: [:]][c.col] = String(y)
            label[c.row] = c.rowLabel
        }
        for (row, years) in yearsOf where !broken.contains(row) && years.count >= 2 && Set(years.values).count >= 2 {
            let text = label[row] ?? ""
            let lead: [String] = onlyPeriodWords(PeriodClues.words(text)) ? [text] : []
            heads[row] = years.mapValues { lead + [$0] }
        }
        guard !heads.isEmpty else { return [:] }
        var rows = Set<Int>()
        for k in table.cells.indices { rows.insert(table.cells[k].row) }
        var out: [Int: [Int: [String]]] = [:]
        var current: [Int: [String]]?
        for row in rows.sorted() {
            if let h = heads[row] {
                current = h
            } else if let current {
                out[row] = current
            }
        }
        return out
    }

    /// A group row that starts a block of rows (`repeatedHeader`, `periodRow`), or not.
    enum BlockRow {
        case none
        case header(PeriodClues)
        case period(PeriodClues)
    }

    /// **A period row heads a block.** A group row that prints a period and nothing else
    /// (`Fiscal 2024`, `Three Months Ended June 30, 2025`, `As of December 31, 2024`) dates
    /// every row below it until the next such row, whatever their indentation: segment
    /// results printed per year (`Fiscal 2024` over `Revenue`, `Cost of revenue`, `Gross
    /// profit`, then `Gross profit as a percentage of revenue` back at the margin). The
    /// row's clues when it dates by itself and every word is a period's (a month, a day, a
    /// year, a length, `ended`, `as of`, `fiscal`), else nil; or a period heading beside
    /// column names (`periodHeadingBesideNames`).
    static func periodRow(_ group: String) -> PeriodClues? {
        let w = PeriodClues.words(group)
        guard onlyPeriodWords(w) else { return periodHeadingBesideNames(w) }
        let k = PeriodClues(words: w)
        return k.datesByItself ? k : nil
    }

    /// **A period heading beside column names.** A block's header line that prints its period
    /// in the label column and the columns' names beside it, read as a group row because it
    /// holds no figures:
    ///
    /// ```
    /// As of June 30, 2025            Cost   depreciation   value
    /// Land                          5,450            N/A   5,450
    /// ...
    /// As of December 31, 2024        Cost   depreciation   value
    /// Land                          5,441            N/A   5,441
    /// ```
    ///
    /// Its words open with a period that prints a full date and ends at its year (`As of June
    /// 30, 2025`, `Nine Months Ended March 31, 2025`), and go on with names that print no other
    /// year or month and do not go on with the period (`and 2024`, `compared to ...`): the
    /// clues of the period, which heads the rows below like a period row; else nil. Not a
    /// group that names a plan or a series by its year (`Fiscal 2024 Plan`, `2025 Notes`).
    static func periodHeadingBesideNames(_ w: [String]) -> PeriodClues? {
        guard let y = w.firstIndex(where: { Years.fourDigit($0) != nil }), y + 1 < w.count,
              !periodRowWords.contains(w[y + 1]), onlyPeriodWords(Array(w[...y])),
              !w[(y + 1)...].contains(where: { Years.fourDigit($0) != nil || PeriodClues.fyWord($0) != nil || Months.number($0) != nil })
        else { return nil }
        let k = PeriodClues(words: Array(w[...y]))
        return k.datesByItself && k.dates.contains(where: { $0.day != nil }) ? k : nil
    }

    /// Whether every word names a period or a part of one (`Fiscal`, `2024`, `Three Months
    /// Ended`, `June 30,`, `For the Years Ended`): a month, a day, a year, a fiscal-year
    /// label, a length, `ended`, `as of` (`periodRowWords`). False for no word.
    static func onlyPeriodWords(_ w: [String]) -> Bool {
        !w.isEmpty && w.allSatisfy({ periodRowWords.contains($0) || Months.number($0) != nil || Years.fourDigit($0) != nil
            || PeriodClues.fyWord($0) != nil || ($0.utf8.count <= 2 && $0.utf8.allSatisfy(ByteClass.isDigit)) })
    }

    /// The words a period row may print besides dates and numbers (`periodRow`).
    static let periodRowWords: Set<String> = ["fiscal", "year", "years", "ended", "ending", "end", "three", "six", "nine", "twelve",
                                              "months", "month", "quarter", "weeks", "week", "for", "the", "as", "of", "at", "and",
                                              "thirteen", "fifty", "two", "period"]

    /// The table's column headers that name a column (not the label column's; with a letter,
    /// three characters or more), lower-cased, each once: what a repeated header row prints.
    static func headerPieces(_ table: Table) -> [String] {
        var out: [String] = []
        for row in table.header {
            for h in row.dropFirst() where h.utf8.count >= 3 && h.utf8.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) {
                let l = h.lowercased()
                if !out.contains(l) { out.append(l) }
            }
        }
        return out
    }

    /// **The nearest group row that dates.** The clues of a row's group rows (its row path
    /// without its own label): the innermost group row that dates by itself (`Nine Months
    /// Ended March 31, 2024` nested, as printed, after `Three Months Ended March 31, 2024` in
    /// an equity statement whose period blocks follow one another), else all group rows read
    /// as one phrase (`Year Ended December 31,` over `2024`). Read once per distinct path.
    static func groupClues(_ groups: ArraySlice<String>, cache: inout [ArraySlice<String>: PeriodClues]) -> PeriodClues {
        if groups.isEmpty { return .empty }
        if let known = cache[groups] { return known }
        var found: PeriodClues?
        if groups.count > 1 {
            for g in groups.reversed() {
                let k = PeriodClues(g)
                if k.datesByItself { found = k; break }
            }
        }
        let clues = found ?? PeriodClues(groups.joined(separator: " "))
        cache[groups] = clues
        return clues
    }

    /// A row's clues: its label's (with the year a year column beside it prints) and its
    /// group rows'.
    struct RowClues: Hashable {
        var label: PeriodClues
        var groups: PeriodClues
        /// The year the row's label prints alone (`2024`), else its nearest group row that
        /// does (`Allowance for credit losses` > `2024` > `–Current`).
        var yearRow: Int?
        /// The row is below a second header row (`repeatedHeader`): its date is the block's.
        var inBlock = false
        /// The label prints a date and words that are not a period's (`ACCRUED WARRANTY JUNE 30, 2024`):
        /// `rowDateUnderTitleLength`.
        var namesItem = false
    }

    /// The year a label is, and nothing else (`2024`); nil for `2024 USD Notes`.
    static func yearAlone(_ text: String) -> Int? {
        // Most labels print no digit, hence no year: no words made for them.
        guard text.utf8.contains(where: ByteClass.isDigit) else { return nil }
        let w = PeriodClues.words(text)
        return w.count == 1 ? Years.fourDigit(w[0]) : nil
    }

    /// One period decision: a column path (numbered by `ColumnClues`) and a row's clues
    /// (numbered by `resolve`).
    struct DecisionKey: Hashable {
        var column: Int
        var row: Int
    }

    /// The distinct column paths of one table, each read once, numbered in order of first use.
    struct ColumnClues {
        /// Clues already read, by path (`resolveAll`).
        let known: [[String]: PeriodClues]
        private(set) var paths: [[String]] = []
        private(set) var clues: [PeriodClues] = []
        private var number: [[String]: Int] = [:]
        /// The path last numbered in each grid column: cells of one column share their path,
        /// which is then compared (the same array: at once) instead of hashed.
        private var last: [Int: Int] = [:]
        private var split: [Int: (last: PeriodClues, rest: PeriodClues)] = [:]

        init(known: [[String]: PeriodClues] = [:]) { self.known = known }

        /// The number of `path`, the column path of a cell of grid column `col`.
        mutating func index(_ path: [String], col: Int) -> Int {
            if let k = last[col], paths[k] == path { return k }
            let k: Int
            if let known = number[path] { k = known } else {
                k = paths.count
                number[path] = k
                paths.append(path)
                clues.append(known[path] ?? PeriodClues(path.joined(separator: " ")))
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
                 pieces: (last: PeriodClues, rest: PeriodClues)? = nil, yearRow: Int? = nil, measure: Bool = false,
                 inBlock: Bool = false, labelNamesItem: Bool = false, headerless: Bool = false) -> Resolution {
        // A change over one period (`Year Ended November 29, 2024` over `Increase/(Decrease)`)
        // is that period's; a change between periods has none, unless a dated row says which
        // balance it is (`Balances as of March 31, 2025` under `Change in Unrealized Gains`).
        if column.change && column.allYears.count != 1 {
            // In a table of year rows (`yearsByRow`), a change column (`Year over Year Change in
            // Fair Value`) is the change over the row's year.
            guard column.allYears.isEmpty, label.datesByItself || groups.datesByItself || (yearsByRow && yearRow != nil) else {
                return Resolution(period: nil, reason: .comparesPeriods)
            }
        }
        if column.allYears.count > 1 {
            // Several dates spanning the columns, each column's own year under them
            // (`July 3, 2004 and June 28, 2003` over `2004` | `2003`): the year picks one.
            guard let pieces, pieces.last.allYears.count == 1, pieces.last.dates.isEmpty else {
                // **Stacked periods' balance rows.** An equity statement printing one block
                // per period under one header (`For the three months ended June 30, 2025 and
                // 2024`): a dated balance row (`Balance at April 1, 2025`) is the balance at
                // its own date (`primaryClues`); the rows between two of them are dated by
                // `rollforwardDurations`.
                guard label.balance || label.instant, label.allYears.count == 1, label.dates.contains(where: { $0.day != nil }),
                      !column.change else {
                    return Resolution(period: nil, reason: .comparesPeriods)
                }
                return resolve(column: PeriodClues(""), label: label, groups: groups, yearRow: yearRow, measure: measure, inBlock: inBlock)
            }
            guard let end = endDate(pieces.last, others: [pieces.rest, groups, title]) else {
                return Resolution(period: nil, reason: .noMonth)
            }
            return kind(end: end, primary: pieces.last, others: [pieces.rest, groups, title])
        }
        if let r = quarterRow(column: column, label: label) { return r }
        var fromLeadIn = false
        var found = primaryClues(column: column, label: label, groups: groups, yearRow: yearRow, inBlock: inBlock,
                                 headerless: headerless)
        if found == nil, titleSpreads(headerless: headerless), let k = leadInClues(column: column, label: label, groups: groups) {
            found = k
            fromLeadIn = true
        }
        guard let (primary, others) = found else {
            return Resolution(period: nil, reason: .noDate)
        }
        if !fromLeadIn, primary == label, let r = rowDateUnderTitleLength(label: label, namesItem: labelNamesItem, column: column, groups: groups) {
            return r
        }
        if let span = printedSpan(primary, others: others) { return boundaryRow(Resolution(period: span, reason: nil), label: label, column: column, groups: groups) }
        if let r = quarterYearColumn(primary, others: others, column: column, measure: measure) { return boundaryRow(r, label: label, column: column, groups: groups) }
        guard let end = endDate(primary, others: others) else {
            return Resolution(period: nil, reason: .noMonth)
        }
        var r = boundaryRow(kind(end: end, primary: primary, others: others), label: label, column: column, groups: groups)
        if fromLeadIn, r.period != nil { r.reason = .leadIn }
        return r
    }

    /// **A quarter's row under a year column.** A row labelled by a quarter of the fiscal year
    /// (`First quarter`, `Second quarter [b]`) under a column headed by a year alone (`2025` |
    /// `2024`, under `Number of shares purchased`; the title `... in the six months ended June
    /// 30, 2025 and 2024`) is that quarter of that year, whatever longer period the title or
    /// header states (its `Total` row keeps it). Only where the fiscal year is the calendar year,
    /// as the filing states it (the document's period end a month's last day, and, for a
    /// quarterly report, the year to date starting in January): quarter `n` ends on the last
    /// day of month `3n`. Nil otherwise.
    func quarterRow(column: PeriodClues, label: PeriodClues) -> Resolution? {
        guard let n = label.quarterNumber, label.dates.isEmpty, label.allYears.allSatisfy({ column.allYears.contains($0) }), !label.change,
              column.allYears.count == 1, column.dates.isEmpty, !column.hasLength, !column.change, column.spans.isEmpty,
              let y = column.allYears.first, let dpe = filing.documentPeriodEnd, dpe.day == CalendarDate.daysIn(dpe.month, dpe.year) else { return nil }
        // The month the fiscal year ends: the period end's in an annual report; in a quarterly
        // one, the month before the year to date starts.
        let fiscalEnd: Int
        if filing.annual {
            fiscalEnd = dpe.month
        } else if let ytd = filing.yearToDateMonths {
            fiscalEnd = (dpe.month - ytd + 12) % 12 == 0 ? 12 : (dpe.month - ytd + 12) % 12
        } else {
            return nil
        }
        guard fiscalEnd == 12, let end = CalendarDate.monthEnd(year: y, month: 3 * n) else { return nil }
        return Period.ending(end, months: 3).map { Resolution(period: $0, reason: nil) }
    }

    /// **A row's date under the title's length.** A row dated by one full date and no length
    /// of its own, in a table whose only length is the title's (`The following table presents
    /// restructuring activity for the nine months ended March 31, 2025:`): the length belongs
    /// to the title's period, not to the row's date. A row that names an item at the date
    /// (`ACCRUED WARRANTY JUNE 30, 2024`, `Goodwill - December 31, 2023`) is its balance then: the
    /// instant. A row that is a date alone (a record date: `March 14, 2024` under `... in the
    /// fiscal year ended January 31, 2025`) under a title dated otherwise is an event of that
    /// period the table does not date: no period (`instant_or_duration`). Nil otherwise (an
    /// instant or balance word, a length in the row, column or group rows: the other rules).
    func rowDateUnderTitleLength(label: PeriodClues, namesItem: Bool, column: PeriodClues, groups: PeriodClues) -> Resolution? {
        guard !label.hasLength, !label.instant, !label.balance, !label.change, label.boundary == nil, label.allYears.count == 1,
              label.dates.count == 1, label.spans.isEmpty, let d = label.dates.first, let y = d.year, let day = d.day,
              !column.hasLength, !groups.hasLength, title.hasLength,
              let date = CalendarDate(year: y, month: d.month, day: day) else { return nil }
        if namesItem { return Resolution(period: .instant(date), reason: nil) }
        let otherDate = title.dates.contains { $0.day != nil && $0.year != nil && ($0.year != y || $0.month != d.month || $0.day != day) }
        return otherDate ? Resolution(period: nil, reason: .instantOrDuration) : nil
    }

    /// **Lead-in date.** A table nothing inside dates (no year in the column, the row, its
    /// groups or the title), under a sentence that states one date: `The following table
    /// summarizes ... on the consolidated balance sheet as of December 31, 2024:` (fair-value
    /// hierarchy tables, one per balance date, each under its own sentence), `Scheduled annual
    /// maturities ... outstanding at December 31, 2024 are summarized below.` The sentence's
    /// date is the cell's; `as of`/`at` make it an instant, a length (`for the year ended`) a
    /// duration. Nil when the sentence was not kept (no full date, or more than one year).
    func leadInClues(column: PeriodClues, label: PeriodClues, groups: PeriodClues) -> (PeriodClues, [PeriodClues])? {
        guard leadIn.hasYear, !column.hasYear, !column.change, !label.change else { return nil }
        return (leadIn, [column, groups, title])
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
    /// instant: the day before the period starts, or its last day. So is a column headed as
    /// one end of the row's period: a valuation-accounts schedule (`Balance at Beginning of
    /// Period` | `Additions` | `Write-offs` | `Balance at End of Period`, one row per year).
    /// The row's word wins over the column's.
    ///
    /// **Amounts on the balance sheet.** A row placed on the balance sheet by its label or a
    /// group row over it (`Amounts recognized on the consolidated balance sheets` over `Other
    /// assets`, `Accrued liabilities`, `Net amount recognized in the statement of financial
    /// position`: `PeriodClues.onBalanceSheet`), in a table read as periods (a benefit plan's
    /// obligations and assets rolled forward `as of and for the years ended December 31`,
    /// then where they stand), is a balance at the period's end.
    func boundaryRow(_ r: Resolution, label: PeriodClues, column: PeriodClues = .empty, groups: PeriodClues = .empty) -> Resolution {
        guard case let .duration(start, end)? = r.period else { return r }
        var boundary = label.boundary ?? column.boundary
        if boundary == nil, label.onBalanceSheet || groups.onBalanceSheet { boundary = .end }
        // A row dated by a month and day alone that is the period's first or last day
        // (`Gross tax contingencies – January 1`, `... – December 31`).
        if boundary == nil, let d = Self.yearlessDay(label) {
            if d.month == start.month && d.day == start.day { boundary = .beginning } else if d.month == end.month && d.day == end.day { boundary = .end }
        }
        guard let b = boundary else { return r }
        switch b {
        case .end: return Resolution(period: .instant(end), reason: nil)
        case .beginning: return Resolution(period: start.adding(days: -1).map { .instant($0) }, reason: nil)
        }
    }

    /// Rule 2: the clues that date the cell, and the other clues that may complete them
    /// (nearest first). Nil when nothing prints a year.
    func primaryClues(column: PeriodClues, label: PeriodClues, groups: PeriodClues, yearRow: Int? = nil,
                      inBlock: Bool = false, headerless: Bool = false) -> (PeriodClues, [PeriodClues])? {
        // A dated balance row of a statement whose columns carry the period (an equity
        // statement under `Three Months Ended March 31, 2025`: `BALANCE DECEMBER 31, 2024`,
        // `Balance at March 31, 2025`): the balance at the row's own date, not the column's
        // period. So too for a `Balance` row under a column that prints a year and no date of its
        // own (an equity statement's header cut to `, 2024` over `Retained Earnings`): the
        // row's full date is the nearer one.
        if label.balance || label.instant, label.allYears.count == 1, label.dates.contains(where: { $0.day != nil }),
           column.hasLength || (label.balance && column.hasYear && !column.change && column.dates.isEmpty && column.fiscalYears.isEmpty) {
            return (label, [column, groups, title])
        }
        // Below a second header row (`repeatedHeader`: `as of December 31` | `2023` | `Level 1`
        // under a table headed `2024`), the year that row prints replaces the year alone the
        // table's header prints over the column.
        if inBlock, groups.datesByItself, column.years.count == 1, column.dates.isEmpty, column.fiscalYears.isEmpty,
           !column.hasLength, !column.change {
            return (groups, [title])
        }
        if column.hasYear { return (column, [groups, title]) }
        // A maturity schedule under a balance date (`As of January 31, 2025, the maturities of
        // lease liabilities ...`, rows `Fiscal 2026`, `2027`): amounts at that date.
        for stated in [title, leadIn] where stated.instant && stated.allYears.count == 1 && stated.dates.contains(where: { $0.day != nil }) {
            if !label.dates.contains(where: { $0.day != nil }), let y = stated.allYears.first, label.allYears.contains(where: { $0 > y }) {
                return (stated, [column, groups])
            }
        }
        // A column with a length or a month and day but no year, the year in the row
        // (`Three Months Ended March 31` over figures; `Beauty` | `2025`, then `2024`).
        if (column.hasLength || !column.dates.isEmpty), label.allYears.count == 1, !label.change {
            return (label, [column, groups, title])
        }
        if let k = yearGroupUnderLength(column: column, label: label, groups: groups) { return k }
        if let k = yearRowUnderTitle(column: column, label: label, groups: groups, yearRow: yearRow) { return k }
        // A row label with one year dates the row (a rollforward's balance row, a schedule's
        // `Year ended December 31, 2024` row); group rows with a length date their members.
        if label.datesByItself { return (label, [column, groups, title]) }
        if groups.datesByItself { return (groups, [column, title]) }
        if title.allYears.count == 1, titleSpreads(headerless: headerless) { return (title, [column, groups]) }
        return nil
    }

    /// **A year group under a length.** A schedule whose columns print a length or a month
    /// and day but no year, and whose rows are grouped under a row that is a year (a
    /// valuation-and-qualifying-accounts schedule, `For the Years Ended December 31:` over
    /// `Balance at Beginning of Period` | `Additions` | ... | `Balance at End of Period`):
    ///
    ///     Allowance For Credit Losses
    ///     2024
    ///     –Current        $ 431   $ (11)   $ (146)   $ (20)   $ 254
    ///     –Noncurrent     $  27   $  (7)   $    0    $  (1)   $  19
    ///     2023
    ///     –Current        $ 467   $  13    $  (97)   $  48    $ 431
    ///
    /// A member row with no year of its own is dated by its group's year, as a row printing
    /// the year itself is (`2024  $ 658  ...` under `Allowance For Inventory Losses`): the
    /// column's length or date, and its `Beginning of`/`End of`, make the period. Nil when the
    /// row prints a year, the groups print none or more than one, or either compares periods.
    func yearGroupUnderLength(column: PeriodClues, label: PeriodClues, groups: PeriodClues) -> (PeriodClues, [PeriodClues])? {
        guard column.hasLength || !column.dates.isEmpty, !column.hasYear, label.allYears.isEmpty, !label.change,
              groups.allYears.count == 1, !groups.change else { return nil }
        return (groups, [column, title])
    }

    /// **A title's date over columns without a header.** A title naming one year dates the
    /// columns under it (`As of December 31, 2024` over `Level 1` | `Level 2` | `Total`), but
    /// not two or more columns with no header at all: printed apart from their header (a
    /// reader left the header pieces out, or took them for the title: `For the Three Months
    /// Ended June 30, 2025` over four columns that compare two quarters and two half-years;
    /// `June 30, December 31, 2024` over a balance sheet's two dates), such columns cannot be
    /// told apart, and each would take the title's one period, a wrong period for all but
    /// one. A wrong period is worse than none: they get none (`no_date`). One such column (a
    /// schedule under its title) takes the title's. So too the date of the sentence right
    /// above the table (`leadInClues`).
    func titleSpreads(headerless: Bool) -> Bool {
        !headerless || headerlessColumns < 2
    }

    /// The number of value columns of `table` whose cells have an empty column path.
    static func headerlessColumns(_ table: Table) -> Int {
        var cols = Set<Int>()
        for k in table.cells.indices where table.cells[k].columnPath.isEmpty && table.cells[k].value != nil {
            cols.insert(table.cells[k].col)
        }
        return cols.count
    }

    /// **Year rows under an undated period title.** A schedule whose title states the length
    /// or the month and day of its periods but no year (`For the Years Ended December 31:`,
    /// `Three Months Ended June 30`) and whose rows are labelled by a year alone (`2024`,
    /// `2023`, `2022`, or a group row `2024` over `–Current` / `–Noncurrent`: a
    /// valuation-accounts schedule, one row or block per year): the row's year completes the
    /// title's period. Not for a label that names more than a year (`2023 USD Notes`), a column
    /// that dates itself, a change row, or a title naming a year (a maturity schedule under `As
    /// of December 31, 2024`).
    ///
    /// **Year rows under a `Year` column.** A table whose label column is headed `Year` (`Year
    /// (a)`, `Fiscal Year`) and whose rows are years alone lists one row per (fiscal) year: a
    /// pay-versus-performance table (`Year` | `Summary Compensation Table Total for PEO` |
    /// `Compensation Actually Paid` | `Net Income`, rows `2023`, `2022`, `2021`), a
    /// compensation reconciliation. Each row is the fiscal year ending in its year, on the
    /// fiscal year end the filing states.
    func yearRowUnderTitle(column: PeriodClues, label: PeriodClues, groups: PeriodClues, yearRow: Int?) -> (PeriodClues, [PeriodClues])? {
        guard let year = yearRow, !title.hasYear, !column.hasYear, !label.change, label.allYears.allSatisfy({ $0 == year }) else { return nil }
        if yearsByRow, !column.instant, !title.instant {
            return (PeriodClues(words: [String(year)]), [column, groups, title, Self.fiscalYearLength])
        }
        guard title.hasLength || title.dates.contains(where: { $0.day != nil }) else { return nil }
        return (PeriodClues(words: [String(year)]), [column, groups, title])
    }

    /// The length of a fiscal year, as a clue completing a year alone.
    static let fiscalYearLength = PeriodClues(words: ["fiscal", "year"])

    /// **Year rows under a lost `Year` header.** A table listing one row per fiscal year, the
    /// latest first (a proxy's pay-versus-performance table: `2023`, `2022`, `2021`), whose
    /// label column's header (`Year`) the converter printed apart from the table or over
    /// another column, reads as if headed `Year` (`yearLabelColumn`) when every row's label is
    /// a year alone, three rows at least, each the year before the one above it, the first no
    /// later than the year of the filing's period end. A schedule of later years (maturities,
    /// rising, after the period) is not one.
    static func fallingYearRows(_ table: Table, filing: FilingPeriods) -> Bool {
        guard let end = filing.documentPeriodEnd ?? filing.fiscalYearEnd else { return false }
        var years: [Int] = []
        var lastRow = -1
        for c in table.cells where c.row != lastRow {
            lastRow = c.row
            guard TableBuilder.isYear(c.rowLabel), let y = Int(c.rowLabel) else { return false }
            years.append(y)
        }
        guard years.count >= 3, let first = years.first, first <= end.year else { return false }
        return zip(years, years.dropFirst()).allSatisfy { $0 - 1 == $1 }
    }

    /// Whether a table's label-column header says its rows are years: `Year`, `Year (a)`,
    /// `Fiscal Year`, `Fiscal Year (a)` (a letter naming the column), nothing else.
    static func yearLabelColumn(_ header: String) -> Bool {
        let w = PeriodClues.words(header)
        guard let k = w.firstIndex(of: "year"), k <= 1, k == 0 || w[0] == "fiscal" else { return false }
        return w.count <= k + 2 && w.dropFirst(k + 1).allSatisfy { $0.utf8.count == 1 }
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
        // A year alone or a fiscal-year label: the fiscal year end the filing states. A year
        // alone is the calendar year its fiscal year ends in (a retailer's `2025` ends on
        // February 2, 2025); only a label (`Fiscal 2024`) may end in the next one.
        guard let fye = filing.fiscalYearEnd else { return nil }
        let endYear = fiscalLabel ? year + filing.labelOffset : year
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
        if all.contains(where: \.instant) || p.balance || statement == .balanceSheet || others.contains(where: \.balanceSheetSide) {
            return Resolution(period: .instant(end), reason: nil)
        }
        // A fiscal-year label (`Fiscal 2024`), or a year alone heading a statement of flows
        // (operations, income, cash flows): the (fiscal) year.
        let printedDay = p.dates.contains { $0.day != nil }
        let fiscalYears = !p.fiscalYears.isEmpty || (!printedDay && others.contains { !$0.fiscalYears.isEmpty })
        if fiscalYears || (flows && !printedDay), let year = Period.ending(end, months: 12) {
            return Resolution(period: year, reason: nil)
        }
        if let r = rollforwardColumn(end: end, primary: p) { return r }
        // A date printed alone (`December 31, 2024`): a balance-sheet column; under a
        // statement of flows' title too when no third of the rows names a flow (`Statements
        // of Cash Flows Reconciliation`: the cash balances at each date, `rowsNameFlows`).
        if !flows || !rowsNameFlows, printedDay {
            return Resolution(period: .instant(end), reason: nil)
        }
        if let r = yearColumnsConvention(primary: p) { return r }
        return Resolution(period: nil, reason: .instantOrDuration)
    }

    /// **Year columns of a quarterly report.** A 10-Q's tables that head their columns with
    /// a year alone (`2025` | `2024`, or `2025` over `Fair Value` | `Total Losses`) and state
    /// no length or date anywhere (column, row, group rows, title) compare the year to date
    /// with the same months a year earlier, as its statements' `Six Months Ended June 30`
    /// columns do: each is the year-to-date period (`FilingPeriods.yearToDateMonths`, from the
    /// filing's fiscal period) ending on the document's period-end month and day in its year;
    /// a column naming a balance measure (`Fair Value`: `balanceMeasure`) is the instant at
    /// that end. Only for the document's year and the one before (`year_columns`).
    func quarterYearColumn(_ p: PeriodClues, others: [PeriodClues], column: PeriodClues, measure: Bool) -> Resolution? {
        guard let months = filing.yearToDateMonths, let dpe = filing.documentPeriodEnd, !filing.annual,
              p.years.count == 1, p.dates.isEmpty, p.fiscalYears.isEmpty, !p.hasLength, p.spans.isEmpty, !p.instant, !p.change,
              let y = p.years.first, y == dpe.year || y == dpe.year - 1, column.allYears == [y],
              others.allSatisfy({ $0.dates.isEmpty && !$0.hasLength && $0.spans.isEmpty }),
              let end = CalendarDate(year: y, month: dpe.month, day: min(dpe.day, CalendarDate.daysIn(dpe.month, y))) else { return nil }
        if measure || others.contains(where: \.instant) { return Resolution(period: .instant(end), reason: .yearColumns) }
        return Period.ending(end, months: months).map { Resolution(period: $0, reason: .yearColumns) }
    }

    /// **Date columns of a rollforward.** An annual report's rollforward (unrecognized tax
    /// benefits, deferred revenue, valuation allowances) heads its columns with the date each
    /// year ends (`December 31,` over `2024`, `January 29, 2023`) and opens with a balance
    /// row: `Balance at beginning of period`, or the day after the prior year's end printed
    /// without a year (`Gross tax contingencies – January 1`). Its columns are fiscal years
    /// ending on the date (the opening and closing rows then become instants by
    /// `boundaryRow`). Only in a filing whose period is its fiscal year, never under a
    /// balance-sheet title, and only for a printed date with no length and no instant word.
    func rollforwardColumn(end: CalendarDate, primary p: PeriodClues) -> Resolution? {
        guard filing.annual, statement != .balanceSheet, !p.instant, !p.hasLength, p.dates.contains(where: { $0.day != nil }),
              openings.beginning || end.adding(days: 1).map({ openings.days.contains($0.month * 100 + $0.day) }) == true,
              let year = Period.ending(end, months: 12) else { return nil }
        return Resolution(period: year, reason: nil)
    }

    /// The opening rows of a table's rows (`Openings`).
    static func openingRows(_ labels: [PeriodClues]) -> Openings {
        var o = Openings()
        for k in labels {
            if k.boundary == .beginning { o.beginning = true }
            if let d = yearlessDay(k) { o.days.insert(d.month * 100 + d.day) }
        }
        return o
    }

    /// The month and day of a label dated by them alone (`Gross tax contingencies – January
    /// 1`): one printed date, with a day, no year, no length.
    static func yearlessDay(_ k: PeriodClues) -> (month: Int, day: Int)? {
        guard k.allYears.isEmpty, !k.hasLength, k.dates.count == 1, let d = k.dates.first, d.year == nil, let day = d.day else { return nil }
        return (d.month, day)
    }

    /// **Year columns of an annual report.** A 10-K's tables that head their columns with a
    /// year alone (`2024` | `2023` | `2022`) and name no statement follow the statements they
    /// detail: three years are the fiscal years of the income and cash-flow statements and
    /// their notes (tax reconciliations, segment results), two years the year ends of the
    /// balance sheet and its notes (deferred tax assets, investments). Only in a filing whose
    /// period is its fiscal year (`FilingPeriods.annual`), and not in an acquisition's table
    /// (its columns are acquisition years of balances). Rows at one end of the period and
    /// dated balance rows are decided before this (`boundaryRow`, `kind`).
    func yearColumnsConvention(primary p: PeriodClues) -> Resolution? {
        guard yearColumns >= 2, p.years.count == 1, p.dates.isEmpty, !p.hasLength, p.spans.isEmpty,
              let y = p.years.first, let dpe = filing.documentPeriodEnd else { return nil }
        // The newest column is the reported year, whose end is the document's period end: each
        // year is the calendar year its fiscal year ends in (a retailer's `2025` ends on
        // February 2, 2025, not in 2026 as a `Fiscal 2025` label would).
        guard let end = CalendarDate(year: y, month: dpe.month, day: min(dpe.day, CalendarDate.daysIn(dpe.month, y))) else { return nil }
        switch yearColumns {
        case 3...: return Period.ending(end, months: 12).map { Resolution(period: $0, reason: .yearColumns) }
        case 2: return Resolution(period: .instant(end), reason: .yearColumns)
        default: return nil
        }
    }

    /// The number of year columns `yearColumnsConvention` may read (2 or 3), else 0: the
    /// table's year-alone columns name the fiscal year the document reports and the one or
    /// two before it, consecutively (a header that lost a year in a text rendition, `2024` |
    /// `2022`, is not read); two years only when the rows are not flows (`flowRows`); never in
    /// an acquisition's table.
    static func yearColumnsConvention(_ table: Table, leadIn: String?, filing: FilingPeriods,
                                      known: [[String]: PeriodClues] = [:]) -> Int {
        guard let dpe = filing.documentPeriodEnd else { return 0 }
        let years = yearAloneColumns(table, known: known)
        guard let top = years.max(), top == dpe.year, years.count >= 2, years.count <= 3,
              years.min() == top - years.count + 1 else { return 0 }
        if aboutAcquisition(table, leadIn: leadIn) { return 0 }
        if years.count == 2, flowRows(table) { return 0 }
        return years.count
    }

    /// Whether a third or more of the table's row labels name a flow (`cost`, `expense`,
    /// `income`, `revenue`, `sales`, `provision`, `gain`, `loss`, `payments`, `proceeds`,
    /// `amortization`, `granted`, `exercised`, ...): amounts over a period, not at a date.
    static func flowRows(_ table: Table) -> Bool {
        var seen = Set<Int>()
        var rows = 0, flows = 0
        // Cells are read in place (a `Cell` copy retains all its strings).
        for k in table.cells.indices where seen.insert(table.cells[k].row).inserted {
            rows += 1
            if namesFlow(PeriodClues.words(table.cells[k].rowLabel)) { flows += 1 }
        }
        return rows > 0 && flows * 3 >= rows
    }

    /// Whether a row label's words name a flow (`flowWords`), not a balance that borrows a
    /// flow's word: `Projected benefit obligation`, `Accumulated benefit obligation` (a
    /// pension plan's obligations at its year ends) are balances.
    static func namesFlow(_ w: [String]) -> Bool {
        for (i, word) in w.enumerated() where flowWords.contains(word) {
            if i + 1 < w.count, obligationWords.contains(w[i + 1]) { continue }
            return true
        }
        return false
    }

    static let obligationWords: Set<String> = ["obligation", "obligations"]

    static let flowWords: Set<String> = ["cost", "costs", "expense", "expenses", "income", "revenue", "revenues", "sales", "provision",
                                         "gain", "gains", "loss", "losses", "paid", "payments", "proceeds", "purchases", "repurchases",
                                         "amortization", "depreciation", "dividends", "granted", "exercised", "vested", "forfeited",
                                         "issued", "earnings", "compensation", "benefit", "contributions", "recognized"]

    /// The distinct years that head a column alone (`2024`), with no date, length or
    /// fiscal-year label anywhere in its path. The year may be any piece of the path: a year
    /// spanning the measures printed under it (`2024` over `Amortized Cost` | `Fair Value`,
    /// then `2023` over the same) heads each of them as much as a year over one column.
    static func yearAloneColumns(_ table: Table, known: [[String]: PeriodClues] = [:]) -> Set<Int> {
        var seen = Set<[String]>()
        var years = Set<Int>()
        // The path last read in each grid column (cells of a column share it): not hashed again.
        var lastPath: [Int: [String]] = [:]
        for c in table.cells {
            if let last = lastPath[c.col], last == c.columnPath { continue }
            lastPath[c.col] = c.columnPath
            guard seen.insert(c.columnPath).inserted else { continue }
            guard let y = c.columnPath.lazy.compactMap(yearAlone).first else { continue }
            let k = known[c.columnPath] ?? PeriodClues(c.columnPath.joined(separator: " "))
            if k.allYears == [y], k.dates.isEmpty, !k.hasLength, k.fiscalYears.isEmpty, !k.change { years.insert(y) }
        }
        return years
    }

    /// A table about an acquisition: its title or the sentence above it names one, or a row
    /// is a purchase price allocation's total (`allocationRow`). Its undated columns are at
    /// the acquisition date, not the filing's.
    static func aboutAcquisition(_ table: Table, leadIn: String?) -> Bool {
        func names(_ text: String) -> Bool {
            let w = PeriodClues.words(text)
            return w.contains { $0 == "acquired" || $0 == "acquisition" || $0 == "acquisitions" || $0 == "acquire" }
                || (w.contains("purchase") && w.contains("consideration")) || (w.contains("business") && w.contains("combination"))
        }
        if names(table.title ?? "") || names(leadIn ?? "") { return true }
        var seen = Set<Int>()
        // Cells are read in place (a `Cell` copy retains all its strings).
        for k in table.cells.indices where seen.insert(table.cells[k].row).inserted {
            if allocationRow(PeriodClues.words(table.cells[k].rowLabel)) { return true }
        }
        return false
    }

    /// **Acquisition date.** A purchase price allocation (a table about an acquisition:
    /// `aboutAcquisition`) that nothing in it dates (every cell `no_date`: no year in its
    /// columns, rows or title) holds the amounts recognized when the acquisition closed, on
    /// the date the acquisition's note states above it (`Lookback.acquisitionDate`: `On May 1,
    /// 2025, the Company acquired ...`), not at the filing's period end:
    ///
    /// ```
    /// On May 1, 2025, the Company acquired all outstanding shares of Example Labs, Inc. ...
    /// The following table summarizes the fair value of assets acquired and liabilities
    /// assumed as of the date of acquisition:
    ///                                     Fair value
    /// Cash                                $   1,200
    /// Goodwill                               12,050
    /// Net assets acquired                 $  17,800
    /// ```
    ///
    /// Every cell is the instant at that date (`acquisition_date`). A table that dates any
    /// cell (an intangible rollforward across acquisitions, `January 31, 2024` | `Additions`)
    /// is left as it is.
    static func acquisitionDateColumns(_ table: inout Table, date: CalendarDate, leadIn: String?) {
        guard !table.cells.isEmpty,
              table.cells.allSatisfy({ $0.period == nil && $0.periodReason == PeriodReason.noDate.rawValue }),
              aboutAcquisition(table, leadIn: leadIn) else { return }
        for i in table.cells.indices {
            table.cells[i].period = .instant(date)
            table.cells[i].periodReason = PeriodReason.acquisitionDate.rawValue
        }
    }

    /// A row of a purchase price allocation: its total names what was acquired (`Net assets
    /// acquired`, `Total identifiable net assets acquired`: `acquired` last) or the price
    /// (`Total purchase consideration`, `Purchase price`; not a share's `Average purchase price
    /// per share`), or a `business combination`. Not a
    /// row that only qualifies an asset or a cost (`Acquired intangible assets` of a deferred
    /// tax table, `Acquisition termination fee` of a tax reconciliation).
    static func allocationRow(_ w: [String]) -> Bool {
        if w.last == "acquired" { return true }
        if w.contains("purchase"), w.contains("consideration") || (w.contains("price") && !w.contains("per") && !w.contains("share")) {
            return true
        }
        return w.contains("business") && w.contains("combination")
    }

    /// **Schedules of later years.** A maturity or commitment schedule lists amounts due in
    /// the years after the balance date, by row (`2025` | `$6,771`, `2026`, ..., `Thereafter`,
    /// `Total`) or by column (`Year Ended December 31,` over `2025` ... `2029` | `Thereafter`
    /// | `Total`); filers tag every amount as at the balance date. A table with two or more
    /// rows, or two or more columns, labelled only by a year (`2026`, `Fiscal 2026`,
    /// `Remainder of 2025`, `July through December 2025`; a units note printed under a column's
    /// year, `(in millions)`, is not its label) later than the document's period end
    /// is such a schedule: each of its cells with no period, or one ending after the period
    /// end, is the instant at the period end (a date the title or lead-in states is taken by
    /// `primaryClues` before this).
    static func laterYearSchedule(_ table: inout Table, resolver: PeriodResolver) {
        guard let dpe = resolver.filing.documentPeriodEnd else { return }
        var laterRows = 0
        // Rows seen and the path last read in each grid column (cells of a column share it:
        // read once), by number, in arrays as long and as wide as the table.
        var nRows = 0, nCols = 0
        for k in table.cells.indices {
            nRows = max(nRows, table.cells[k].row + 1)
            nCols = max(nCols, table.cells[k].col + 1)
        }
        var seenRows = [Bool](repeating: false, count: nRows)
        var laterColumns = Set<[String]>()
        var lastPath = [[String]?](repeating: nil, count: nCols)
        // Cells are read in place (a `Cell` copy retains all its strings).
        for k in table.cells.indices {
            let row = table.cells[k].row, col = table.cells[k].col
            guard row >= 0, col >= 0 else { continue }
            if !seenRows[row] {
                seenRows[row] = true
                if let y = scheduleYear(table.cells[k].rowLabel), y > dpe.year { laterRows += 1 }
            }
            let path = table.cells[k].columnPath
            if let last = lastPath[col], last == path { continue }
            lastPath[col] = path
            // A schedule's year prints digits (`scheduleYear`): a path without any has none.
            guard path.contains(where: { $0.utf8.contains(where: ByteClass.isDigit) }) else { continue }
            // The column's year is its last piece but a units note printed under it (`For the
            // Years Ending September 30,` over `2026` over `(in millions)`).
            if let last = path.last(where: { !UnitsParser.isScaleNote($0) }), !laterColumns.contains(path),
               let y = scheduleYear(last), y > dpe.year {
                laterColumns.insert(path)
            }
        }
        guard laterRows >= 2 || laterColumns.count >= 2 else { return }
        for i in table.cells.indices {
            let c = table.cells[i]
            if let p = c.period, p.end <= dpe { continue }
            if c.period == nil, c.periodReason == PeriodReason.comparesPeriods.rawValue { continue }
            table.cells[i].period = .instant(dpe)
            table.cells[i].periodReason = PeriodReason.documentPeriodEnd.rawValue
        }
    }

    /// The year a schedule's row or column label names and nothing else: `2026`, `Fiscal
    /// 2026`, `FY2026`, `Remainder of 2025`, `July through December 2025`; nil for `2025
    /// Notes`, `Senior notes due 2026`, `December 31, 2025`.
    static func scheduleYear(_ label: String) -> Int? {
        // A year, in any of its forms, prints digits: a label without any names none.
        guard label.utf8.contains(where: ByteClass.isDigit) else { return nil }
        var year: Int?
        for w in PeriodClues.words(label) {
            if let y = Years.fourDigit(w) ?? PeriodClues.fyWord(w) {
                guard year == nil else { return nil }
                year = y
            } else if !scheduleFiller.contains(w), Months.number(w) == nil {
                return nil
            }
        }
        return year
    }

    /// Words a schedule's year label may carry besides its year.
    static let scheduleFiller: Set<String> = ["fiscal", "year", "years", "remainder", "rest", "of", "the", "through", "to",
                                              "calendar", "ending", "in"]

    /// **Undated balance columns at the document's period end.** A column no clue dates
    /// (`no_date`) that is headed by a balance measure (`Fair Value`, `Level 1` / `2` / `3`,
    /// `Carrying Amount`, `Principal Amount`, `Amortized Cost`, `Book Value`, `Effective
    /// Interest Rate`, a class of stock's `Par Value Per Share`, `Authorized Shares`), or any
    /// undated column of a table titled with a balance date that prints no year (`Debt
    /// consisted of the following at December 31:`), holds amounts at the balance-sheet date:
    /// the document's period end. Beside a column its own header dates at the period end, a
    /// lead-in that also names the comparative's date does not stop it. Not in an
    /// acquisition's table (its fair values are at the acquisition date), nor where one header
    /// heads two columns.
    static func undatedBalanceColumns(_ table: inout Table, resolver: PeriodResolver, leadIn: String?) {
        guard let dpe = resolver.filing.documentPeriodEnd,
              table.cells.contains(where: { $0.period == nil && $0.periodReason == PeriodReason.noDate.rawValue }),
              !aboutAcquisition(table, leadIn: leadIn) else { return }
        // A column dated at the period end by its own header makes the table the current one:
        // neither its comparative columns nor a lead-in naming their date (`... as of November
        // 29, 2024 and December 1, 2023 were as follows:`) make it the prior year's.
        let current = hasPeriodEndColumn(table, end: dpe)
        guard !namesOtherYear(table, leadIn: current ? nil : leadIn, than: dpe.year, columns: !current) else { return }
        // `... at December 31:` with the month and day of the period end and no year (not a
        // balance row taken for a title: `Balance at December 31,`).
        let undatedBalanceTitle = resolver.title.instant && !resolver.title.hasYear && !resolver.title.balance
            && resolver.title.dates.contains { $0.month == dpe.month && ($0.day.map { abs($0 - dpe.day) <= 7 } ?? true) }
        // The same header over two columns (`Total` | `Level 1` | `Level 2` printed twice,
        // `Equity Ownership` under each of two years): the group row naming each column's date
        // was lost, and one of them is not the period end.
        var colsOfPath: [[String]: Set<Int>] = [:]
        for c in table.cells where c.period == nil && c.periodReason == PeriodReason.noDate.rawValue {
            colsOfPath[c.columnPath, default: []].insert(c.col)
        }
        if colsOfPath.values.contains(where: { $0.count > 1 }) { return }
        var measure: [[String]: Bool] = [:]
        for i in table.cells.indices where table.cells[i].period == nil && table.cells[i].periodReason == PeriodReason.noDate.rawValue {
            let path = table.cells[i].columnPath
            let isMeasure: Bool
            if let k = measure[path] { isMeasure = k } else {
                isMeasure = balanceMeasure(PeriodClues.words(path.joined(separator: " ")))
                measure[path] = isMeasure
            }
            guard undatedBalanceTitle || isMeasure else { continue }
            table.cells[i].period = .instant(dpe)
            table.cells[i].periodReason = PeriodReason.documentPeriodEnd.rawValue
        }
    }

    /// **A rate column beside balances.** A debt schedule prints, beside amount columns its
    /// header dates (`2024` | `2023` under `Debt consisted of the following at December 31:`),
    /// a column of rates no header dates: the coupon printed before the amounts with no
    /// heading, or an `Effective Interest Rate` whose heading lost its date:
    ///
    ///                                                  2024        2023       Effective
    ///                                                                      Interest Rate
    ///     4.350 % Senior Notes due January 2032       1,150          —          4.446 %
    ///
    /// A rate printed in a table of balances is stated at the date the table is drawn up at,
    /// its latest balance date. A column whose figures are all percentages and that nothing
    /// dates (`no_date`) takes the latest instant of the table's dated cells, when every dated
    /// cell is an instant and some are amounts (`period_reason` `balance_date`). Not in a table
    /// that dates any cell by a duration (a rate there may be the period's), nor where two
    /// such columns share one header (`Rate` under each of two dates whose group row was
    /// lost: either may be the earlier date's).
    static func ratesAtBalanceDate(_ table: inout Table) {
        var latest: CalendarDate?
        var amounts = false
        // Undated percentage columns and their headers, and the columns that print anything else.
        var pathOf: [Int: [String]] = [:]
        var notRates = Set<Int>()
        for i in table.cells.indices where table.cells[i].value != nil {
            let percent = table.cells[i].unit == "percent"
            let col = table.cells[i].col
            switch table.cells[i].period {
            case let .instant(d)?:
                latest = max(latest ?? d, d)
                if !percent { amounts = true }
                notRates.insert(col)
            case .duration?:
                return
            case nil:
                if percent, table.cells[i].periodReason == PeriodReason.noDate.rawValue {
                    if pathOf[col] == nil { pathOf[col] = table.cells[i].columnPath }
                } else {
                    notRates.insert(col)
                }
            }
        }
        guard amounts, let date = latest else { return }
        var columnsOfPath: [[String]: Int] = [:]
        for (col, path) in pathOf where !notRates.contains(col) { columnsOfPath[path, default: 0] += 1 }
        let rates = Set(pathOf.keys.filter { col in
            !notRates.contains(col) && pathOf[col].map { columnsOfPath[$0] == 1 } == true
        })
        guard !rates.isEmpty else { return }
        for i in table.cells.indices where table.cells[i].period == nil && rates.contains(table.cells[i].col) && table.cells[i].value != nil {
            table.cells[i].period = .instant(date)
            table.cells[i].periodReason = PeriodReason.balanceDate.rawValue
        }
    }

    /// **The one date of a fair-value table's columns.** A table that dates one column and
    /// heads the others by what they measure, all under one spanning header (`Basis of fair
    /// value measurement` over `2024` | `Quoted prices (Level 1)` | `Significant other
    /// observable inputs (Level 2)` | `... (Level 3)`, the label column headed `as of December
    /// 31`: the year heads the total, the levels split it) holds every column at that date.
    /// The clues and path of the table's dated column when every dated column prints the same
    /// one year and the same dates (none comparing periods), else nil; the resolver applies
    /// them to the undated columns that name a balance measure (`balanceMeasure`) and share
    /// the dated column's spanning header only, or, when the dated column is headed by its
    /// date alone, under no spanning header, to such columns under one (the text renditions
    /// print the spanning header over the levels only: `2024` | `Basis of fair value
    /// measurement` over `(Level 1)` | `(Level 2)`).
    static func soleDatedColumn(_ table: Table) -> (clues: PeriodClues, path: [String])? {
        var lastPath: [Int: [String]] = [:]
        var seen = Set<[String]>()
        var found: (clues: PeriodClues, path: [String])?
        for c in table.cells {
            if let last = lastPath[c.col], last == c.columnPath { continue }
            lastPath[c.col] = c.columnPath
            guard seen.insert(c.columnPath).inserted else { continue }
            let k = PeriodClues(c.columnPath.joined(separator: " "))
            guard k.hasYear else { continue }
            guard k.allYears.count == 1, !k.change else { return nil }
            if let f = found {
                guard f.clues.allYears == k.allYears, f.clues.dates == k.dates else { return nil }
            } else {
                found = (k, c.columnPath)
            }
        }
        return found
    }

    /// Whether a column of the table is dated, by its own header, at the document's period
    /// end (`2024` | `2023` under `Debt consisted of the following at December 31:`,
    /// `February 2, 2025` | `January 28, 2024`): the table is the current one, and its other
    /// dated columns are comparatives.
    static func hasPeriodEndColumn(_ table: Table, end: CalendarDate) -> Bool {
        table.cells.contains { c in
            guard c.periodReason == nil, case let .instant(d)? = c.period, abs(d.dayNumber - end.dayNumber) <= 7 else { return false }
            return !c.columnPath.isEmpty
        }
    }

    /// Whether the table or the sentence above it names a year other than the document's
    /// period end's: in a column header (unless `columns` is false: a column is dated at the
    /// period end, `hasPeriodEndColumn`), as a cell of its own (a second header row read as
    /// data: `as of December 31` | `2023`), as a row's full date, or in the lead-in (`... as of
    /// December 31, 2023:`, wrapped so that its date was not kept). Such a table may be the
    /// prior year's: the period end is not assumed for it.
    static func namesOtherYear(_ table: Table, leadIn: String?, than year: Int, columns: Bool = true) -> Bool {
        if let l = leadIn, PeriodClues(l).allYears.contains(where: { $0 != year }) { return true }
        var seenPaths = Set<[String]>()
        var seenRows = Set<Int>()
        // The path last read in each grid column (cells of a column share it): not hashed again.
        var lastPath: [Int: [String]] = [:]
        // Cells are read in place (a `Cell` copy retains all its strings).
        for i in table.cells.indices {
            if let y = Years.fourDigit(table.cells[i].raw), y != year { return true }
            let col = table.cells[i].col
            if columns, lastPath[col].map({ $0 != table.cells[i].columnPath }) ?? true {
                let path = table.cells[i].columnPath
                lastPath[col] = path
                if seenPaths.insert(path).inserted, PeriodClues(path.joined(separator: " ")).allYears.contains(where: { $0 != year }) {
                    return true
                }
            }
            // A row's full date or schedule year prints digits: a label without any is passed over.
            if seenRows.insert(table.cells[i].row).inserted, table.cells[i].rowLabel.utf8.contains(where: ByteClass.isDigit) {
                let label = table.cells[i].rowLabel
                let k = PeriodClues(label)
                if k.dates.contains(where: { $0.day != nil && $0.year != nil && $0.year != year }) { return true }
                if let y = scheduleYear(label), y != year { return true }
            }
        }
        return false
    }

    /// Header words naming an amount held at a date: `fair value(s)`, `level 1`..`3`,
    /// `carrying amount` / `value`, `principal amount`, `amortized cost`, `book value`,
    /// `interest rate`, `par value`, `authorized shares` / `shares authorized`.
    static func balanceMeasure(_ w: [String]) -> Bool {
        guard w.count >= 2 else { return false }
        for k in 0..<(w.count - 1) {
            let a = w[k], b = w[k + 1]
            if a == "fair" && (b == "value" || b == "values") { return true }
            if a == "level" && (b == "1" || b == "2" || b == "3") { return true }
            if a == "carrying" && (b == "amount" || b == "value" || b == "amounts" || b == "values") { return true }
            if (a == "principal" && b == "amount") || (a == "amortized" && b == "cost") || (a == "book" && b == "value") { return true }
            if a == "interest" && b == "rate" { return true }
            // A class of stock's par value and authorized shares (`Par Value Per Share`,
            // `Authorized Shares`, `Shares Authorized`): stated as of a date.
            if (a == "par" && b == "value") || (a == "authorized" && b == "shares") || (a == "shares" && b == "authorized") { return true }
        }
        return false
    }

    /// A column of years printed beside the row labels, without a header (`Beauty` | `2025` |
    /// figures, then | `2024` | figures): each row's year, by row. Empty when no column of the
    /// table holds only years (two or more).
    static func yearColumnCells(_ table: Table) -> [Int: String] {
        var byCol: [Int: [(Int, String)]] = [:]
        var notYears = Set<Int>()
        // Cells are read in place (a `Cell` copy retains all its strings).
        for k in table.cells.indices where !notYears.contains(table.cells[k].col) {
            let col = table.cells[k].col
            if table.cells[k].columnPath.isEmpty, Years.fourDigit(table.cells[k].raw) != nil {
                byCol[col, default: []].append((table.cells[k].row, table.cells[k].raw))
            } else {
                notYears.insert(col)
            }
        }
        guard let col = byCol.keys.filter({ !notYears.contains($0) && (byCol[$0]?.count ?? 0) >= 2 }).min(), let cells = byCol[col] else { return [:] }
        return Dictionary(cells, uniquingKeysWith: { a, _ in a })
    }

    /// A header naming what changes (`Change in Unrealized Gains (Losses) on Cash Flow
    /// Hedges`: `change(s) in`), an item of the table rather than a comparison of periods
    /// (`% Change`, `Increase/(Decrease)`).
    static func namesChangeIn(_ path: [String]) -> Bool {
        let w = PeriodClues.words(path.joined(separator: " "))
        guard w.count >= 3 else { return false }
        for i in 0..<(w.count - 1) where (w[i] == "change" || w[i] == "changes") && w[i + 1] == "in" { return true }
        return false
    }

    /// **A rollforward across columns.** A table that opens with a dated balance column and
    /// closes with one, the movements printed between them (`Balance at December 31, 2023` |
    /// `Purchases` | `Sales` | `Changes in Fair Value` | `Balance at December 31, 2024`;
    /// `December 31, 2022` | `Increase / (Decrease)` | `Reclassifications` | `December 31,
    /// 2023` | ... | `December 31, 2024`): each undated column between two dated ones, in
    /// date order, covers the time between them, from the day after the first to the second
    /// (a change column too: it is the change over that time). Only when the first and the
    /// last value columns are dated (a table of `December 31, 2023` | `% of total` is not a
    /// rollforward) and every dated column prints one full date and no length. Several
    /// rollforwards side by side, each under its spanning header (`Gross` over `January 31,
    /// 2024` | `Additions, net` | `January 31, 2025`, then `Accumulated Amortization` over the
    /// same dates and `Expense`, then `Net` over the two dates): the dates fall back from one
    /// to the next, and a column between two dates under the same spanning header as both
    /// moves between them; a column whose dates or header do not agree keeps no period.
    static func columnRollforward(_ table: inout Table, columns: inout ColumnClues) {
        var dated: [Int: CalendarDate] = [:]
        var undated = Set<Int>()
        var seenCol = Set<Int>()
        // Cells are read in place (a `Cell` copy retains all its strings).
        for i in table.cells.indices where seenCol.insert(table.cells[i].col).inserted {
            let c = (col: table.cells[i].col, columnPath: table.cells[i].columnPath)
            // Numbered first, then read: a path first numbered here is appended to `clues`.
            let k = columns.index(c.columnPath, col: c.col)
            let clues = columns.clues[k]
            if !clues.hasYear {
                undated.insert(c.col)
                continue
            }
            guard clues.allYears.count == 1, !clues.hasLength, !clues.change, clues.dates.count == 1, let d = clues.dates.first,
                  let y = d.year, let day = d.day, let date = CalendarDate(year: y, month: d.month, day: day) else { return }
            dated[c.col] = date
        }
        let cols = dated.keys.sorted()
        guard cols.count >= 2, !undated.isEmpty, let first = seenCol.min(), let last = seenCol.max(),
              dated[first] != nil, dated[last] != nil else { return }
        var spans: [(from: Int, to: Int, period: Period)] = []
        // Dates that do not rise from column to column: one rollforward per spanning header.
        let inOrder = (1..<cols.count).allSatisfy { k in dated[cols[k - 1]].flatMap { a in dated[cols[k]].map { a < $0 } } ?? false }
        for k in 1..<cols.count {
            guard let a = dated[cols[k - 1]], let b = dated[cols[k]] else { return }
            guard a < b, cols[k] - cols[k - 1] > 1, let start = a.adding(days: 1) else { continue }
            spans.append((cols[k - 1], cols[k], .duration(start: start, end: b)))
        }
        guard !spans.isEmpty else { return }
        let heading = inOrder ? [:] : spanningHeadings(table)
        for i in table.cells.indices where table.cells[i].period == nil && undated.contains(table.cells[i].col) {
            let col = table.cells[i].col
            guard let s = spans.first(where: { $0.from < col && col < $0.to }) else { continue }
            if !inOrder {
                guard let h = heading[col], heading[s.from] == h, heading[s.to] == h else { continue }
            }
            table.cells[i].period = s.period
            table.cells[i].periodReason = nil
        }
    }

    /// The spanning header over each column (the first of a column path of two pieces or
    /// more), by column.
    static func spanningHeadings(_ table: Table) -> [Int: String] {
        var out: [Int: String] = [:]
        for i in table.cells.indices where out[table.cells[i].col] == nil {
            let path = table.cells[i].columnPath
            if path.count >= 2 { out[table.cells[i].col] = path[0] }
        }
        return out
    }

    /// Rule 5: in a rollforward, rows between two dated balance rows of a column with no
    /// date of its own (a column naming what changes too: `namesChangeIn`) cover the
    /// time between the two balances.
    /// `rowKind`: each row's number in `labels` (its label's clues), -1 for a row without cells.
    static func rollforwardDurations(_ table: inout Table, rowKind: [Int], labels: [PeriodClues], columns: inout ColumnClues) {
        // Balance rows dated by their label, by row.
        var balances: [(row: Int, date: CalendarDate)] = []
        // A row dated by one full date and nothing else that makes it a period (`Goodwill -
        // January 1, 2023`, `Goodwill - December 31, 2023`) is a balance row as much as one
        // that says so (`Balance at ...`).
        for (row, kind) in rowKind.enumerated() where kind >= 0 && kind < labels.count {
            let clues = labels[kind]
            guard (clues.balance || clues.instant || (!clues.hasLength && !clues.change && clues.dates.count == 1)) && clues.allYears.count == 1,
                  let d = clues.dates.first(where: { $0.year != nil && $0.day != nil }), let y = d.year, let day = d.day,
                  let date = CalendarDate(year: y, month: d.month, day: day) else { continue }
            balances.append((row, date))
        }
        guard balances.count >= 2 else { return }
        // A dated row is a balance (or an event) at its own date, never the time between two
        // others (a list of dividends by record date: `March 14, 2024`, `July 9, 2024`, ...).
        let datedRows = Set(balances.map(\.row))
        for i in table.cells.indices {
            let c = table.cells[i]
            guard table.cells[i].period == nil, !datedRows.contains(c.row) else { continue }
            let k = columns.index(c.columnPath, col: c.col)
            let column = columns.clues[k]
            // A column without a year that names what changes (`Change in Unrealized Gains
            // (Losses) on AFS Securities`, a component of accumulated other comprehensive income)
            // moves between the two balances like any other; `% Change` compares periods.
            // A header spanning several periods over stacked blocks (`... June 30, 2025 and
            // 2024`) dates no cell itself: its balance rows do.
            let spansPeriods = column.allYears.count > 1 && !column.change
            guard !column.hasYear || spansPeriods, !column.change || namesChangeIn(columns.paths[k]),
                  let before = balances.last(where: { $0.row < c.row }), let after = balances.first(where: { $0.row > c.row }),
                  before.date < after.date, let start = before.date.adding(days: 1) else { continue }
            table.cells[i].period = .duration(start: start, end: after.date)
            table.cells[i].periodReason = nil
        }
    }
}
