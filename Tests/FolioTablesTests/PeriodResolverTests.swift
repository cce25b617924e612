import FolioModel
@testable import FolioTables
import Testing

/// A table of one cell per (column path, row label) pair, resolved.
private func resolved(title: String? = nil, columns: [[String]], rows: [String] = ["Revenue"], groups: [String] = [],
                      filing: FilingPeriods = FilingPeriods()) -> Table {
    var t = Table(id: 1, title: title, span: Span(start: 0, end: 0))
    for (r, label) in rows.enumerated() {
        for (c, path) in columns.enumerated() {
            t.cells.append(Cell(row: r, col: c, rowLabel: label, rowPath: groups + [label], columnPath: path,
                                raw: "1", value: 1, scale: 1, unit: "USD"))
        }
    }
    PeriodResolver.resolve(&t, filing: filing)
    return t
}

/// `start..end`, `@instant`, or `-reason` (shared by the period tests of this target).
func show(_ c: Cell) -> String {
    switch c.period {
    case let .duration(s, e)?: return "\(s)..\(e)"
    case let .instant(d)?: return "@\(d)"
    case nil: return "-" + (c.periodReason ?? "?")
    }
}

private func periods(title: String? = nil, _ columns: [[String]], filing: FilingPeriods = FilingPeriods()) -> [String] {
    resolved(title: title, columns: columns, filing: filing).cells.map(show)
}

@Suite("Period model")
struct PeriodModelTests {
    @Test("day numbers round-trip and durations count back from their end")
    func arithmetic() throws {
        for (y, m, d) in [(1999, 12, 31), (2000, 2, 29), (2024, 3, 1), (2025, 1, 1), (1900, 3, 1)] {
            let date = try #require(CalendarDate(year: y, month: m, day: d))
            #expect(CalendarDate.fromDayNumber(date.dayNumber) == date)
            #expect(date.adding(days: 1).map { $0.dayNumber - date.dayNumber } == 1)
        }
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(iso: "2024-06-30")?.iso == "2024-06-30")
        #expect(CalendarDate(iso: "2024-6-30") == nil)
        let june = try #require(CalendarDate(year: 2024, month: 6, day: 30))
        #expect(Period.ending(june, months: 3) == .duration(start: CalendarDate(year: 2024, month: 4, day: 1)!, end: june))
        #expect(Period.ending(june, months: 3)?.months == 3)
        let feb2 = try #require(CalendarDate(year: 2025, month: 2, day: 2))
        #expect(Period.ending(feb2, weeks: 52)?.start?.iso == "2024-02-05")
        #expect(Period.ending(feb2, weeks: 53)?.months == 12)
        #expect(Period.instant(june).factPeriod().instant == "2024-06-30")
    }
}

@Suite("Period resolver: one rule each")
struct PeriodResolverTests {
    @Test("a length and a date in one header path: `Three Months Ended` over `July 1, 2023`")
    func lengthAndDate() {
        #expect(periods([["Three Months Ended", "July 1, 2023"], ["Three Months Ended", "July 2, 2022"]])
                == ["2023-04-02..2023-07-01", "2022-04-03..2022-07-02"])
        #expect(periods([["Six Months Ended June 30,", "2025"]]) == ["2025-01-01..2025-06-30"])
        #expect(periods([["Nine Months Ended", "September 30,", "2024"]]) == ["2024-01-01..2024-09-30"])
        #expect(periods([["Year Ended December 31,", "2024"]]) == ["2024-01-01..2024-12-31"])
        #expect(periods([["Fiscal Year Ended", "June 30, 2024"]]) == ["2023-07-01..2024-06-30"])
        #expect(periods([["Quarter Ended", "March 31, 2025"]]) == ["2025-01-01..2025-03-31"])
        #expect(periods([["Twelve Months Ended", "Dec. 31, 2024"]]) == ["2024-01-01..2024-12-31"])
    }

    @Test("a date alone over balances under a statement of flows' title: an instant (`rowsNameFlows`)")
    func balancesUnderAFlowsTitle() {
        let title = "Consolidated Statements of Cash Flows Reconciliation"
        let balances = resolved(title: title, columns: [["December 31, 2024"]],
                                rows: ["Cash and cash equivalents", "Restricted cash included in other assets", "Total cash and restricted cash"])
        #expect(balances.cells.map(show) == ["@2024-12-31", "@2024-12-31", "@2024-12-31"])
        // Rows of flows under the same header keep no period: a date alone says no length.
        let flows = resolved(title: title, columns: [["December 31, 2024"]],
                             rows: ["Net income", "Depreciation and amortization", "Payments for acquisitions"])
        #expect(flows.cells.map(show) == ["-instant_or_duration", "-instant_or_duration", "-instant_or_duration"])
    }

    @Test("weeks: `13 Weeks Ended`, `52 Weeks Ended`, `Fifty-two weeks ended`")
    func weeks() {
        #expect(periods([["13 Weeks Ended", "July 1, 2023"]]) == ["2023-04-02..2023-07-01"])
        #expect(periods([["52 Weeks Ended February 2, 2025"]]) == ["2024-02-05..2025-02-02"])
        #expect(periods([["Fifty-two weeks ended", "February 2, 2025"]]) == ["2024-02-05..2025-02-02"])
    }

    @Test("the year in its own header row, the month and day spanning above: `December 31,` over `2024`")
    func splitDate() {
        #expect(periods(title: "Consolidated Balance Sheets", [["December 31,", "2024"], ["December 31,", "2023"]])
                == ["@2024-12-31", "@2023-12-31"])
        // The year above the month and day.
        #expect(periods([["2024", "As of December 31"]]) == ["@2024-12-31"])
    }

    @Test("balance-sheet columns: `As of December 31, 2024`, or the date alone")
    func instants() {
        #expect(periods([["As of December 31, 2024"]]) == ["@2024-12-31"])
        #expect(periods([["At June 30, 2025"]]) == ["@2025-06-30"])
        #expect(periods([["December 31, 2024"]]) == ["@2024-12-31"])
        #expect(periods([["As of December 2024"]]) == ["@2024-12-31"])
        // A month alone could be the month or its last day.
        #expect(periods([["December 2024"]]) == ["-instant_or_duration"])
    }

    @Test("the title decides instant or duration when the header has only a date")
    func titleDecides() {
        #expect(periods(title: "Condensed Consolidated Balance Sheets", [["June 30, 2025"]]) == ["@2025-06-30"])
        #expect(periods(title: "Consolidated Statements of Operations", [["December 31, 2024"]]) == ["-instant_or_duration"])
        #expect(periods(title: "Consolidated Statements of Operations", [["2024"]], filing: FilingPeriods(fiscalYearEnd: CalendarDate(year: 2024, month: 12, day: 31)))
                == ["2024-01-01..2024-12-31"])
    }

    @Test("a year alone under a title that states the period: `Years Ended December 31, 2024, 2023 and 2022` over `2023`")
    func yearUnderTitle() {
        let title = "Consolidated Statements of Cash Flows for the Years Ended December 31, 2024, 2023 and 2022"
        #expect(periods(title: title, [["2024"], ["2023"]]) == ["2024-01-01..2024-12-31", "2023-01-01..2023-12-31"])
        #expect(periods(title: "Years Ended January 31", [["2025"]]) == ["2024-02-01..2025-01-31"])
    }

    @Test("a period printed from one date to another: `Period from June 3, 1996 (Inception) to December 31, 1996`")
    func fromTo() {
        let title = "Statements of Operations Year Ended December 31, 1997 and Period from June 3, 1996 (Inception) to December 31, 1996"
        #expect(periods(title: title, [["1997"], ["1996"]]) == ["1997-01-01..1997-12-31", "1996-06-03..1996-12-31"])
    }

    @Test("fiscal-year labels take the fiscal year end the filing states")
    func fiscalLabels() {
        let retailer = FilingPeriods(fiscalYearEnd: CalendarDate(year: 2025, month: 2, day: 2), newestLabel: 2024)
        #expect(periods(title: "Consolidated Statements of Earnings", [["Fiscal 2024"], ["Fiscal 2023"]], filing: retailer)
                == ["2024-02-03..2025-02-02", "2023-02-03..2024-02-02"])
        let june = FilingPeriods(fiscalYearEnd: CalendarDate(year: 2024, month: 6, day: 30), newestLabel: 2024)
        #expect(periods([["FY2024"]], filing: june) == ["2023-07-01..2024-06-30"])
        #expect(periods([["Fiscal 2024"]]) == ["-no_month"])
        #expect(periods([["2024"]]) == ["-no_month"])
    }

    @Test("dates spanning the columns, each column's year under them, pick by year")
    func yearPicksDate() {
        let spanning = ["For the 13", "Weeks Ended", "July 3, 2004 and", "June 28, 2003"]
        #expect(periods([spanning + ["2004"], spanning + ["2003"]]) == ["2004-04-04..2004-07-03", "2003-03-30..2003-06-28"])
        let title = "Segment Income Statements For the 26 Weeks Ended July 3, 2004 and June 28, 2003"
        #expect(periods(title: title, [["Domestic", "2004"], ["Domestic", "2003"]]) == ["2004-01-04..2004-07-03", "2002-12-29..2003-06-28"])
    }

    @Test("change columns and headers naming two years have no period")
    func comparisons() {
        #expect(periods([["Year Ended December 31,", "% Change"]]) == ["-compares_periods"])
        #expect(periods([["2024 vs. 2023"]]) == ["-compares_periods"])
        #expect(periods([["Increase (Decrease)"]]) == ["-compares_periods"])
        #expect(periods([["Year Ended December 31,", "2024 over 2023", "% Change"]]) == ["-compares_periods"])
    }

    @Test("nothing dates a column: no period, with the reason")
    func undated() {
        #expect(periods(title: "Fair value measurements", [["Level 1"]]) == ["-no_date"])
        #expect(periods([["2024"]], filing: FilingPeriods()) == ["-no_month"])
    }

    @Test("the title dates columns that print none: `Year ended December 31, 2024` over segment columns")
    func titleDates() {
        #expect(periods(title: "Segment results for the year ended December 31, 2024", [["Americas"], ["EMEA"]])
                == ["2024-01-01..2024-12-31", "2024-01-01..2024-12-31"])
    }

    @Test("the title does not date two or more columns printed without any header (`titleSpreads`); one such column it does")
    func titleOverHeaderlessColumns() {
        let title = "Statements of Operations For the Three Months Ended June 30, 2025"
        // Four columns whose header a reader lost: two quarters and two half-years, no way to tell.
        #expect(periods(title: title, [[], [], [], []]) == ["-no_date", "-no_date", "-no_date", "-no_date"])
        #expect(periods(title: "June 30, December 31, 2024", [[], []]) == ["-no_date", "-no_date"])
        // One column under its title; headed columns under the same title.
        #expect(periods(title: title, [[]]) == ["2025-04-01..2025-06-30"])
        #expect(periods(title: title, [["Americas"], ["EMEA"]]) == ["2025-04-01..2025-06-30", "2025-04-01..2025-06-30"])
        // The sentence above the table (`leadIn`) likewise.
        var t = Table(id: 1, title: nil, span: Span(start: 0, end: 0))
        for c in 0..<2 { t.cells.append(Cell(row: 0, col: c, rowLabel: "Revenue", rowPath: ["Revenue"], columnPath: [], raw: "1", value: 1, scale: 1, unit: "USD")) }
        PeriodResolver.resolve(&t, filing: FilingPeriods(), leadIn: "The following table presents results for the three months ended June 30, 2025:")
        #expect(t.cells.map(show) == ["-no_date", "-no_date"])
    }

    @Test("row-label periods: a rollforward's balance rows are instants, the rows between them the year between")
    func rollforward() {
        let t = resolved(title: "Equity rollforward", columns: [["Common Stock", "Amount"]],
                         rows: ["Balance at December 31, 2022", "Net income", "Dividends declared", "Balance at December 31, 2023",
                                "Net income", "Balance, December 31, 2024", "Shares outstanding"])
        #expect(t.cells.map(show) == ["@2022-12-31", "2023-01-01..2023-12-31", "2023-01-01..2023-12-31", "@2023-12-31",
                                      "2024-01-01..2024-12-31", "@2024-12-31", "-no_date"])
        let units = resolved(title: "Restricted stock unit activity", columns: [["Number of Units"]],
                             rows: ["Outstanding as of December 31, 2021", "Units granted", "Outstanding as of December 31, 2022"])
        #expect(units.cells.map(show) == ["@2021-12-31", "2022-01-01..2022-12-31", "@2022-12-31"])
    }

    @Test("an equity statement whose columns carry the period: its dated balance rows are instants at their own dates")
    func balanceRowsUnderAPeriodColumn() {
        let t = resolved(title: "Consolidated Statements of Shareholders' Equity",
                         columns: [["Three Months Ended March 31, 2025", "Common Stock", "Shares"]],
                         rows: ["BALANCE DECEMBER 31, 2024", "Net earnings", "Balance at March 31, 2025"])
        #expect(t.cells.map(show) == ["@2024-12-31", "2025-01-01..2025-03-31", "@2025-03-31"])
    }

    @Test("a year alone or a maturity in a row label does not date the row: `2025 Notes`, `due February 2024`")
    func yearLabels() {
        let t = resolved(title: "Borrowings as of November 29, 2024", columns: [["Effective Interest Rate"]],
                         rows: ["1.90% 2025 Notes", "3.75% Senior notes due February 2024", "Notes due June 30, 2026"])
        #expect(t.cells.map(show) == ["@2024-11-29", "@2024-11-29", "@2024-11-29"])
    }

    @Test("the label column's header speaks for every column: `Millions, for the six months ended June 30,` over the labels")
    func labelColumnHeader() {
        var t = Table(id: 1, title: "Condensed Consolidated Statements of Cash Flows", header: [["Millions, for the six months ended June 30,", "2025", "2024"]],
                      span: Span(start: 0, end: 0))
        for c in 0..<2 {
            t.cells.append(Cell(row: 0, col: c, rowLabel: "Net income", rowPath: ["Net income"], columnPath: [["2025", "2024"][c]],
                                raw: "1", value: 1, scale: 1, unit: "USD"))
        }
        PeriodResolver.resolve(&t, filing: FilingPeriods())
        #expect(t.cells.map(show) == ["2025-01-01..2025-06-30", "2024-01-01..2024-06-30"])
    }

    @Test("a year under a title naming fiscal years is that fiscal year")
    func fiscalTitle() {
        let adobe = FilingPeriods(fiscalYearEnd: CalendarDate(year: 2024, month: 11, day: 29), newestLabel: nil)
        #expect(periods(title: "The provision for income taxes for fiscal 2024, 2023 and 2022 consisted of the following:",
                        [["2024"], ["2023"]], filing: adobe) == ["2023-11-30..2024-11-29", "2022-11-30..2023-11-29"])
        #expect(periods(title: "Deferred Tax Assets and Liabilities", [["2024"]], filing: adobe) == ["-instant_or_duration"])
    }

    @Test("rows at one end of a duration column are instants: `Cash at beginning of year`, `... end of period`")
    func boundaries() {
        let t = resolved(title: "Consolidated Statements of Cash Flows", columns: [["Year Ended December 31,", "2024"]],
                         rows: ["Net income", "Cash and cash equivalents at beginning of year", "Cash and cash equivalents, end of the period",
                                "Total stockholders' equity, beginning balances", "Ending outstanding balance"])
        #expect(t.cells.map(show) == ["2024-01-01..2024-12-31", "@2023-12-31", "@2024-12-31", "@2023-12-31", "@2024-12-31"])
        // A statement of equity with years alone: its years, and the balances at their ends.
        let equity = resolved(title: "Consolidated Statements of Stockholders' Equity", columns: [["Fiscal", "2024"]],
                              rows: ["Balance at beginning of year", "Net earnings", "Balance at end of year"],
                              filing: FilingPeriods(fiscalYearEnd: CalendarDate(year: 2025, month: 2, day: 2), newestLabel: 2024))
        #expect(equity.cells.map(show) == ["@2024-02-02", "2024-02-03..2025-02-02", "@2025-02-02"])
    }

    @Test("age buckets are not lengths; dated balance rows under change columns are instants")
    func bucketsAndChangeColumns() {
        #expect(periods([["September 30, 2024", "Less Than 12 Months", "Fair Value"]]) == ["@2024-09-30"])
        let t = resolved(columns: [["Change in Unrealized Gains (Losses) on Cash Flow Hedges"]],
                         rows: ["Balances as of December 31, 2024", "Other comprehensive income"])
        #expect(t.cells.map(show) == ["@2024-12-31", "-compares_periods"])
    }

    @Test("a maturity schedule under a balance date: rows naming later years are amounts at that date")
    func maturitySchedule() {
        let t = resolved(title: "As of January 31, 2025, the maturities of lease liabilities were as follows:", columns: [["Operating Leases"]],
                         rows: ["Fiscal 2026", "2027"])
        #expect(t.cells.map(show) == ["@2025-01-31", "@2025-01-31"])
    }

    @Test("a column of years beside the labels dates each row under a length and a month-day header")
    func yearColumn() {
        var t = Table(id: 1, title: "Segment results", span: Span(start: 0, end: 0))
        for (r, (label, year)) in [("Beauty", "2025"), ("", "2024")].enumerated() {
            t.cells.append(Cell(row: r, col: 0, rowLabel: label, rowPath: [label], columnPath: [], raw: year, value: 2025, scale: 1, unit: nil))
            t.cells.append(Cell(row: r, col: 1, rowLabel: label, rowPath: [label], columnPath: ["Three Months Ended March 31", "Net Sales"],
                                raw: "1", value: 1, scale: 1, unit: "USD"))
        }
        PeriodResolver.resolve(&t, filing: FilingPeriods())
        #expect(t.cells.filter { $0.col == 1 }.map(show) == ["2025-01-01..2025-03-31", "2024-01-01..2024-03-31"])
    }

    @Test("a change over one period is that period's: `Years Ended November 29, 2024` over `Increase/(Decrease)`")
    func changeOverOnePeriod() {
        #expect(periods([["Years Ended", "November 29, 2024", "Increase/(Decrease)"]]) == ["2023-11-30..2024-11-29"])
    }

    @Test("a group row with a length dates its members: `Year Ended December 31, 2024` over rows")
    func groupRows() {
        let t = resolved(columns: [["Cost"], ["Accumulated depreciation"]], rows: ["Buildings"],
                         groups: ["Year Ended December 31, 2024"])
        #expect(t.cells.map(show) == ["2024-01-01..2024-12-31", "2024-01-01..2024-12-31"])
    }

    @Test("one decision per column and row clues: every cell as if resolved alone")
    func decisionsShared() {
        let columns = [["Three Months Ended", "March 31, 2025"], ["Three Months Ended", "March 31, 2024"], ["% Change"],
                       ["Years Ended December 31, 2024 and 2023", "2024"], ["Years Ended December 31, 2024 and 2023", "2023"]]
        let rows = ["Revenue", "Cost of sales", "Balance at December 31, 2024", "Revenue", "Cash at beginning of period",
                    "Balance at March 31, 2025", "Fiscal 2024", "Cost of sales"]
        let t = resolved(title: "Statements of Operations", columns: columns, rows: rows, groups: ["Year Ended"])
        let resolver = PeriodResolver(title: "Statements of Operations", statement: .incomeStatement, filing: FilingPeriods())
        for c in t.cells {
            let column = PeriodClues(c.columnPath.joined(separator: " "))
            let pieces = column.allYears.count > 1 && c.columnPath.count > 1
                ? (PeriodClues(c.columnPath[c.columnPath.count - 1]), PeriodClues(c.columnPath.dropLast().joined(separator: " "))) : nil
            let alone = resolver.resolve(column: column, label: PeriodClues(c.rowLabel), groups: PeriodClues("Year Ended"), pieces: pieces)
            #expect(c.period == alone.period && c.periodReason == alone.reason?.rawValue, "row \(c.row) col \(c.col)")
        }
        // Repeated rows with the same clues get the same periods.
        #expect(t.cells.filter { $0.row == 0 }.map(show) == t.cells.filter { $0.row == 3 }.map(show))
        #expect(t.cells.filter { $0.row == 1 }.map(show) == t.cells.filter { $0.row == 7 }.map(show))
    }

    @Test("every distinct year, in the order dates, spans, years alone and fiscal labels print them")
    func allYearsOrder() {
        #expect(PeriodClues("Period from June 3, 1996 (Inception) to December 31, 1997, 2024 and Fiscal 2023 and December 31, 2024").allYears
                == [2024, 1997, 2023])
        #expect(PeriodClues("Revenue").allYears.isEmpty)
    }

    @Test("period words a converter glued to the word before are read as words")
    func gluedPeriodWords() throws {
        #expect(PeriodClues.words("as of and for theyears ended December 31") == ["as", "of", "and", "for", "the", "years", "ended", "december", "31"])
        #expect(PeriodClues.words("Cash, beginningofyear") == ["cash", "beginning", "of", "year"])
        #expect(PeriodClues.words("End ofperiod") == ["end", "of", "period"])
        #expect(PeriodClues.words("Fortheyears ended") == ["for", "the", "years", "ended"])
        // Words that only end as a period word does stay whole.
        #expect(PeriodClues.words("midyear biyearly endyear yesteryears") == ["midyear", "biyearly", "endyear", "yesteryears"])
        #expect(PeriodClues("for theyears ended December 31").months == 12)
        #expect(PeriodClues("End ofperiod").boundary == .end)
        let tables = try processed(text: """
            ||**Defined be**|**nefit plans**|
            |---|---|---|
            |**as of and for theyears ended December 31(in millions)**|**2024**|**2023**|
            |Beginning of period|$ 9,544|$ 8,588|
            |Service cost|286|270|
            |Benefits paid|(347)|(316)|
            |End ofperiod|9,483|8,542|

            """).tables
        let t = try #require(tables.first)
        func period(_ label: String, _ col: Int) -> Period? { t.cells.first { $0.rowLabel == label && $0.col == col }?.period }
        let d = { (y: Int, m: Int, day: Int) throws -> CalendarDate in try #require(CalendarDate(year: y, month: m, day: day)) }
        #expect(period("Service cost", 0) == .duration(start: try d(2024, 1, 1), end: try d(2024, 12, 31)))
        #expect(period("Beginning of period", 0) == .instant(try d(2023, 12, 31)))
        #expect(period("End ofperiod", 1) == .instant(try d(2023, 12, 31)))
    }

    @Test("a word ends in a glued period word only with a byte before it, in any case")
    func gluedPeriodWordBytes() {
        func ends(_ w: String) -> Bool { Array(w.utf8).withUnsafeBufferPointer { PeriodClues.endsInGluedPeriodWord($0) } }
        #expect(ends("theyears") && ends("OFPERIOD") && ends("ofperiods") && ends("Thequarter") && ends("endyear"))
        #expect(!ends("years") && !ends("period") && !ends("periods") && !ends("quarter"))
        #expect(!ends("expenses") && !ends("deferred") && !ends("yearly") && !ends(""))
        // Capitals are read as their lower case.
        #expect(PeriodClues.words("CASH, BEGINNINGOFYEAR") == ["cash", "beginning", "of", "year"])
        #expect(PeriodClues.words("Expenses deferred (quarter)") == ["expenses", "deferred", "quarter"])
    }

    @Test("the fiscal year end from the tables when the filing does not state it")
    func fiscalYearEndFromTables() {
        // Two tables print years ending January 28, 2024 (one forward-looking schedule would not do).
        var tables = [resolved(columns: [["Year Ended", "January 28, 2024"]]),
                      resolved(title: "Statements of Income", columns: [["2023"]]),
                      resolved(columns: [["Year Ended January 28, 2024"]])]
        for i in tables.indices { tables[i].id = i + 1 }
        #expect(tables[1].cells.map(show) == ["-no_month"])
        PeriodResolver.resolveAll(&tables, filing: FilingPeriods())
        #expect(tables[1].cells.map(show) == ["2022-01-29..2023-01-28"])
        PeriodResolver.resolveAll(&tables, filing: FilingPeriods(fiscalYearEnd: CalendarDate(iso: "2024-12-31")))
        #expect(tables[1].cells.map(show) == ["2023-01-01..2023-12-31"])
    }

    @Test("a statement's part without a header reads under the income statement's columns")
    func headerlessStatementParts() throws {
        func table(_ id: Int, _ statement: TableStatement, title: String? = nil, header: [[String]], columns: [[String]], rows: [String]) -> Table {
            var t = Table(id: id, title: title, header: header, span: Span(start: 0, end: 0))
            t.statement = statement
            for (r, label) in rows.enumerated() {
                for (c, path) in columns.enumerated() {
                    t.cells.append(Cell(row: r, col: c, rowLabel: label, rowPath: [label], columnPath: path,
                                        raw: "1", value: 1, scale: 1, unit: "USD"))
                }
            }
            return t
        }
        let filing = FilingPeriods(fiscalYearEnd: CalendarDate(iso: "2024-12-31"))
        let income = table(1, .incomeStatement, header: [["", "2024", "2023"]], columns: [["2024"], ["2023"]], rows: ["Revenue", "Net income"])
        let part = table(2, .cashFlow, header: [], columns: [[], []], rows: ["Repayments of debt", "Cash and cash equivalents, end of year"])
        var tables = [income, part]
        PeriodResolver.resolveAll(&tables, filing: filing)
        #expect(tables[1].cells.map(show) == ["2024-01-01..2024-12-31", "2023-01-01..2023-12-31", "@2024-12-31", "@2023-12-31"])
        // Two income statements of two columns over different periods (a 10-Q's quarter and
        // year to date, both headed by years): the part stays undated.
        let quarter = table(3, .incomeStatement, title: "Statements of Income for the three months ended June 30,",
                            header: [["", "2024", "2023"]], columns: [["2024"], ["2023"]], rows: ["Revenue"])
        let halfYear = table(4, .incomeStatement, title: "Statements of Income for the six months ended June 30,",
                             header: [["", "2024", "2023"]], columns: [["2024"], ["2023"]], rows: ["Revenue"])
        var ambiguous = [quarter, halfYear, part]
        PeriodResolver.resolveAll(&ambiguous, filing: FilingPeriods())
        #expect(ambiguous[2].cells.allSatisfy { $0.period == nil })
        // A comprehensive income statement right after each of them takes that one's
        // periods (consecutive statements), the title's length with them.
        let quarterCI = table(7, .comprehensiveIncome, title: "Statements of Comprehensive Income", header: [],
                              columns: [[], []], rows: ["Defined benefit plans", "Other comprehensive income"])
        var consecutive = [quarter, quarterCI, halfYear, quarterCI]
        PeriodResolver.resolveAll(&consecutive, filing: FilingPeriods())
        #expect(consecutive[1].cells.map(show) == ["2024-04-01..2024-06-30", "2023-04-01..2023-06-30",
                                                   "2024-04-01..2024-06-30", "2023-04-01..2023-06-30"])
        #expect(consecutive[3].cells.map(show) == ["2024-01-01..2024-06-30", "2023-01-01..2023-06-30",
                                                   "2024-01-01..2024-06-30", "2023-01-01..2023-06-30"])
        // A part of three columns under an income statement of two takes nothing; nor does a note.
        var wider = [income, table(5, .cashFlow, header: [], columns: [[], [], []], rows: ["Repayments of debt"]),
                     table(6, .other, header: [], columns: [[], []], rows: ["Repayments of debt"])]
        PeriodResolver.resolveAll(&wider, filing: filing)
        #expect(wider[1].cells.allSatisfy { $0.period == nil } && wider[2].cells.allSatisfy { $0.period == nil })
    }

    @Test("a statement's column whose header pieces were lost reads under the income statement's column")
    func statementColumnWithoutHeader() {
        func table(_ id: Int, _ statement: TableStatement, header: [[String]], columns: [[String]]) -> Table {
            var t = Table(id: id, title: nil, header: header, span: Span(start: 0, end: 0))
            t.statement = statement
            for (c, path) in columns.enumerated() {
                t.cells.append(Cell(row: 0, col: c, rowLabel: "Net income", rowPath: ["Net income"], columnPath: path,
                                    raw: "1", value: 1, scale: 1, unit: "USD"))
            }
            return t
        }
        let filing = FilingPeriods(fiscalYearEnd: CalendarDate(iso: "2024-12-31"))
        let income = table(1, .incomeStatement, header: [["", "2024", "2023", "2022"]], columns: [["2024"], ["2023"], ["2022"]])
        // `2023`'s pieces lost among the runs: the middle column takes the income statement's.
        var tables = [income, table(2, .cashFlow, header: [["", "2024", "", "2022"]], columns: [["2024"], [], ["2022"]])]
        PeriodResolver.resolveAll(&tables, filing: filing)
        #expect(tables[1].cells.map(show) == ["2024-01-01..2024-12-31", "2023-01-01..2023-12-31", "2022-01-01..2022-12-31"])
        // Dated columns in another order than the income statement's: nothing is taken.
        var other = [income, table(3, .cashFlow, header: [["", "2022", "", "2024"]], columns: [["2022"], [], ["2024"]])]
        PeriodResolver.resolveAll(&other, filing: filing)
        #expect(other[1].cells.map(show) == ["2022-01-01..2022-12-31", "-no_date", "2024-01-01..2024-12-31"])
    }

    @Test("a labelled first header row stays the table's header: `(Dollars in millions)` | `Six months ended June 30`, then the years")
    func labelledFirstHeaderRow() throws {
        let text = "Condensed Consolidated Statements of Operations\n\n(Dollars in millions, except per share data)\tSix months ended June 30\t\tThree months ended June 30\t\n"
            + "\t2025\t2024\t2025\t2024\nSales of products\t$35,269\t$26,792\t$19,122\t$13,524\nSales of services\t6,976\t6,643\t3,627\t3,342\n"
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.header.count == 2)
        #expect(t.cells.filter { $0.row == 0 }.map(show) == ["2025-01-01..2025-06-30", "2024-01-01..2024-06-30", "2025-04-01..2025-06-30", "2024-04-01..2024-06-30"])
    }

    @Test("a text statement: header rows over the columns resolve through the tables stage")
    func textStatement() throws {
        let text = """
        CONDENSED CONSOLIDATED STATEMENTS OF INCOME
        (in thousands)

                                      Three Months Ended        Nine Months Ended
                                        September 30,             September 30,
                                      2005        2004          2005        2004
        Net sales                   $41,310     $36,920      $118,455    $104,230
        Cost of sales                28,187      25,899        81,653      74,449
        Gross profit                 13,123      11,021        36,802      29,781

        """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        let row0 = t.cells.filter { $0.row == 0 }.map(show)
        #expect(row0 == ["2005-07-01..2005-09-30", "2004-07-01..2004-09-30", "2005-01-01..2005-09-30", "2004-01-01..2004-09-30"])
    }

    /// A 10-K whose fiscal year and period end on December 31, 2024.
    static let annual: FilingPeriods = {
        var f = FilingPeriods(fiscalYearEnd: CalendarDate(year: 2024, month: 12, day: 31), documentPeriodEnd: CalendarDate(year: 2024, month: 12, day: 31))
        f.annual = true
        return f
    }()

    @Test("age buckets after the count: `12 Months or Greater` under a date is not a length")
    func bucketAfterCount() {
        #expect(periods([["September 30, 2024", "12 Months or Greater", "Fair Value"]]) == ["@2024-09-30"])
        #expect(periods([["January 29, 2023", "12 months or longer", "Gross Unrealized Losses"]]) == ["@2023-01-29"])
    }

    @Test("award activity: `Expected to vest` is the awards outstanding at the period's end")
    func expectedToVest() {
        let t = resolved(title: "Restricted stock unit activity for the year ended December 31, 2024 was as follows:",
                         columns: [["Number of Shares (in millions)"], ["Weighted Average Grant Date Fair Value"]],
                         rows: ["Granted", "Vested", "Expected to vest", "Vested or expected to vest"])
        #expect(t.cells.map(show) == ["2024-01-01..2024-12-31", "2024-01-01..2024-12-31", "2024-01-01..2024-12-31", "2024-01-01..2024-12-31",
                                      "@2024-12-31", "@2024-12-31", "@2024-12-31", "@2024-12-31"])
    }

    @Test("lead-in date: the sentence right above an undated table dates it")
    func leadInDate() {
        var t = Table(id: 1, title: nil, span: Span(start: 0, end: 0))
        for (c, h) in ["Total", "Quoted prices in active markets (Level 1)"].enumerated() {
            t.cells.append(Cell(row: 0, col: c, rowLabel: "Cash and equivalents", rowPath: ["Assets", "Cash and equivalents"],
                                columnPath: ["Basis of fair value measurement", h], raw: "1", value: 1, scale: 1, unit: "USD"))
        }
        PeriodResolver.resolve(&t, filing: FilingPeriods(), leadIn: "The following table summarizes the bases used to measure certain assets on the consolidated balance sheet as of December 31, 2023:")
        #expect(t.cells.map(show) == ["@2023-12-31", "@2023-12-31"])
        #expect(t.cells.allSatisfy { $0.periodReason == "lead_in" })
        // A sentence naming two years, or no full date, dates nothing.
        var two = t
        PeriodResolver.resolve(&two, filing: FilingPeriods(), leadIn: "Fair values as of December 31, 2024 and 2023 were as follows:")
        #expect(two.cells.map(show) == ["-no_date", "-no_date"])
        // A year in the column wins over the sentence.
        let col = resolved(columns: [["December 31, 2024"]])
        var c2 = col
        PeriodResolver.resolve(&c2, filing: FilingPeriods(), leadIn: "The table below shows balances as of June 30, 2023:")
        #expect(c2.cells.map(show) == ["@2024-12-31"])
    }

    @Test("undated balance columns are at the document's period end; not in an acquisition's table")
    func undatedBalanceColumns() {
        let filing = PeriodResolverTests.annual
        #expect(periods(title: "Debt", [["Carrying Amount", "Principal Amount"], ["Effective Interest Rate"], ["Segment"]], filing: filing)
                == ["@2024-12-31", "@2024-12-31", "-no_date"])
        let t = resolved(title: "Debt consisted of the following at December 31:", columns: [[], ["Maturity"]], filing: filing)
        #expect(t.cells.map(show) == ["@2024-12-31", "@2024-12-31"])
        #expect(t.cells.allSatisfy { $0.periodReason == "document_period_end" })
        // Without the period end, or in an acquisition's table: no period.
        #expect(periods(title: "Debt", [["Fair Value"]]) == ["-no_date"])
        #expect(periods(title: "The preliminary fair value of assets acquired", [["Fair Value"]], filing: filing) == ["-no_date"])
    }

    @Test("the period end is not assumed for a table that names another year, nor under a balance row taken for a title")
    func undatedBalanceGuards() {
        let filing = PeriodResolverTests.annual
        var t = Table(id: 1, title: nil, span: Span(start: 0, end: 0))
        t.cells.append(Cell(row: 0, col: 0, rowLabel: "as of December 31", rowPath: ["as of December 31"], columnPath: ["Level 1"],
                            raw: "2023", value: 2023, scale: 1, unit: nil))
        t.cells.append(Cell(row: 1, col: 0, rowLabel: "Equities", rowPath: ["Equities"], columnPath: ["Level 1"], raw: "5", value: 5, scale: 1, unit: "USD"))
        PeriodResolver.resolve(&t, filing: filing)
        #expect(t.cells.map(show) == ["-no_date", "-no_date"])
        var w = resolved(columns: [["Level 2"]], filing: filing)
        PeriodResolver.resolve(&w, filing: filing, leadIn: "measured at fair value as of December 31, 2023 and 2022 were as follows")
        #expect(w.cells.map(show) == ["-no_date"])
        #expect(periods(title: "Balance at December 31,", [["Amount"]], filing: filing) == ["-no_date"])
        // One header over two columns: the years above them were lost.
        #expect(periods(title: "Fair values", [["Level 1"], ["Level 2"], ["Level 1"], ["Level 2"]], filing: filing)
                == ["-no_date", "-no_date", "-no_date", "-no_date"])
    }

    @Test("the filing's periods are read from the document's metadata, never decided again")
    func filingPeriodsFromMetadata() {
        var md = DocumentMetadata()
        md.propose(.periodEnd, "2025-02-02", from: .ixbrlDEI)
        md.propose(.fiscalPeriod, "FY", from: .ixbrlDEI)
        md.fiscalYearEnd = "2025-02-02"
        let k = FilingPeriods(metadata: md)
        #expect(k.documentPeriodEnd == CalendarDate(year: 2025, month: 2, day: 2))
        #expect(k.fiscalYearEnd == CalendarDate(year: 2025, month: 2, day: 2))
        #expect(k.annual)
        var q = DocumentMetadata()
        q.propose(.periodEnd, "2025-06-30", from: .coverPage)
        q.propose(.fiscalPeriod, "Q2", from: .coverPage)
        let p = FilingPeriods(metadata: q)
        #expect(p.documentPeriodEnd == CalendarDate(year: 2025, month: 6, day: 30))
        #expect(!p.annual)
        #expect(p.fiscalYearEnd == nil)
        #expect(FilingPeriods(metadata: DocumentMetadata()).documentPeriodEnd == nil)
    }

    @Test("a schedule of later years (rows or columns) is at the document's period end")
    func laterYearSchedule() {
        let filing = PeriodResolverTests.annual
        let rows = resolved(title: "Maturities of Long-Term Debt", columns: [[]], rows: ["2025", "2026", "Thereafter", "Total"], filing: filing)
        #expect(rows.cells.map(show) == ["@2024-12-31", "@2024-12-31", "@2024-12-31", "@2024-12-31"])
        let cols = resolved(title: "Commitments", columns: [["Year Ended December 31,", "2025"], ["Year Ended December 31,", "2026"],
                                                             ["Year Ended December 31,", "Thereafter"]], filing: filing)
        #expect(cols.cells.map(show) == ["@2024-12-31", "@2024-12-31", "@2024-12-31"])
        // A units note printed under each year is not the column's label.
        let noted = resolved(title: "Future amortization", columns: [["For the Years Ending December 31,", "2025", "(in millions)"],
                                                                     ["For the Years Ending December 31,", "2026", "(in millions)"]], filing: filing)
        #expect(noted.cells.map(show) == ["@2024-12-31", "@2024-12-31"])
        // Years up to the period end are periods, not a schedule; `2026 Notes` names no year alone.
        #expect(periods(title: "Statements of Operations", [["2024"], ["2023"]], filing: filing) == ["2024-01-01..2024-12-31", "2023-01-01..2023-12-31"])
        #expect(PeriodResolver.scheduleYear("Remainder of 2025") == 2025)
        #expect(PeriodResolver.scheduleYear("2026 Notes") == nil)
        #expect(PeriodResolver.scheduleYear("December 31, 2025") == nil)
    }

    @Test("year columns of an annual report: three are fiscal years, two are year ends")
    func yearColumnsConvention() {
        let filing = PeriodResolverTests.annual
        let three = resolved(columns: [["2024"], ["2023"], ["2022"]], rows: ["Provision for income taxes"], filing: filing)
        #expect(three.cells.map(show) == ["2024-01-01..2024-12-31", "2023-01-01..2023-12-31", "2022-01-01..2022-12-31"])
        #expect(three.cells.allSatisfy { $0.periodReason == "year_columns" })
        let two = resolved(columns: [["2024"], ["2023"]], rows: ["Deferred tax assets", "Net deferred tax assets"], filing: filing)
        #expect(two.cells.map(show) == ["@2024-12-31", "@2023-12-31", "@2024-12-31", "@2023-12-31"])
        // Two years of flows, or years that skip one (a header that lost a column): not read.
        let flows = resolved(columns: [["2024"], ["2023"]], rows: ["Service cost", "Interest cost"], filing: filing)
        #expect(flows.cells.allSatisfy { $0.periodReason == "instant_or_duration" })
        #expect(periods([["2024"], ["2022"]], filing: filing) == ["-instant_or_duration", "-instant_or_duration"])
        // Not in a 10-Q (its period is not the fiscal year), nor in an acquisition's table.
        let q = FilingPeriods(fiscalYearEnd: CalendarDate(year: 2024, month: 12, day: 31), documentPeriodEnd: CalendarDate(year: 2025, month: 6, day: 30))
        #expect(periods([["2024"], ["2023"]], filing: q) == ["-instant_or_duration", "-instant_or_duration"])
        let acquired = resolved(columns: [["2024"], ["2023"], ["2022"]], rows: ["Net assets acquired"], filing: filing)
        #expect(acquired.cells.map(show) == ["-instant_or_duration", "-instant_or_duration", "-instant_or_duration"])
    }

    @Test("the nearest group row that dates wins over the ones above it: `Nine Months Ended` nested after `Three Months Ended`")
    func nearestDatingGroup() {
        let t = resolved(title: "Consolidated Statements of Shareholders' Equity", columns: [["Amount"]], rows: ["Net earnings"],
                         groups: ["Three Months Ended March 31, 2024", "Nine Months Ended March 31, 2024"])
        #expect(t.cells.map(show) == ["2023-07-01..2024-03-31"])
        // Group rows that date only together are still read as one phrase.
        let split = resolved(columns: [["Amount"]], rows: ["Revenue"], groups: ["Year Ended December 31,", "2024"])
        #expect(split.cells.map(show) == ["2024-01-01..2024-12-31"])
    }

    @Test("year rows under an undated period title, and columns at one end of the row's period (a valuation-accounts schedule)")
    func yearRowsAndBoundaryColumns() {
        let t = resolved(title: "For the Years Ended December 31:",
                         columns: [["Balance at Beginning of Period"], ["Additions"], ["Balance at End of Period"]], rows: ["2024", "2023"])
        #expect(t.cells.map(show) == ["@2023-12-31", "2024-01-01..2024-12-31", "@2024-12-31",
                                      "@2022-12-31", "2023-01-01..2023-12-31", "@2023-12-31"])
        // The year in the nearest group row: `Allowance for credit losses` > `2024` > `–Current`.
        let grouped = resolved(title: "For the Years Ended December 31:", columns: [["Balance at End of Period"], ["Write-offs"]],
                               rows: ["–Current"], groups: ["Allowance for credit losses", "2024"])
        #expect(grouped.cells.map(show) == ["@2024-12-31", "2024-01-01..2024-12-31"])
        // A label naming more than a year is not a year row (a note's name under `... at December 31:`).
        #expect(resolved(title: "Debt consisted of the following at December 31:", columns: [["Amount"]], rows: ["2023 USD Notes"])
                .cells.map(show) == ["-no_date"])
        // A title with a year: the rows are not its periods (a maturity schedule).
        #expect(resolved(title: "As of December 31, 2024", columns: [["Amount"]], rows: ["2026"]).cells.map(show) == ["@2024-12-31"])
    }

    @Test("a rollforward's date columns are fiscal years in an annual report: an opening row makes them periods")
    func rollforwardDateColumns() {
        let filing = PeriodResolverTests.annual
        let cols = [["December 31,", "2024"], ["December 31,", "2023"]]
        let t = resolved(columns: cols, rows: ["Balance at beginning of period", "Additions", "Balance at end of period"], filing: filing)
        #expect(t.cells.map(show) == ["@2023-12-31", "@2022-12-31", "2024-01-01..2024-12-31", "2023-01-01..2023-12-31",
                                      "@2024-12-31", "@2023-12-31"])
        let dated = resolved(columns: cols, rows: ["Gross tax contingencies – January 1", "Settlements", "Gross tax contingencies – December 31"],
                             filing: filing)
        #expect(dated.cells.map(show) == ["@2023-12-31", "@2022-12-31", "2024-01-01..2024-12-31", "2023-01-01..2023-12-31",
                                          "@2024-12-31", "@2023-12-31"])
        // No opening row, a quarterly filing, or a balance sheet: the dates stay instants.
        #expect(resolved(columns: cols, rows: ["Cash", "Inventories"], filing: filing).cells.map(show)
                == ["@2024-12-31", "@2023-12-31", "@2024-12-31", "@2023-12-31"])
        var q = filing
        q.annual = false
        #expect(resolved(columns: cols, rows: ["Balance at beginning of period", "Additions"], filing: q).cells.map(show)
                == ["@2024-12-31", "@2023-12-31", "@2024-12-31", "@2023-12-31"])
        #expect(resolved(title: "Consolidated Balance Sheets", columns: cols, rows: ["Balance at beginning of period"], filing: filing)
                .cells.map(show) == ["@2024-12-31", "@2023-12-31"])
    }

    @Test("undated columns of a table whose own column is dated at the period end are at the period end")
    func undatedBesidePeriodEndColumn() {
        let filing = PeriodResolverTests.annual
        let t = resolved(title: "Debt consisted of the following at December 31:", columns: [[], ["2024"], ["2023"], ["Effective Interest Rate"]],
                         rows: ["2024 USD Notes"], filing: filing)
        #expect(t.cells.map(show) == ["@2024-12-31", "@2024-12-31", "@2023-12-31", "@2024-12-31"])
        // Without a column at the period end, a table naming another year may be the prior year's.
        let prior = resolved(columns: [["December 31, 2023"], ["Fair Value"]], rows: ["Notes"], filing: filing)
        #expect(prior.cells.map(show) == ["@2023-12-31", "-no_date"])
    }

    @Test("a purchase price allocation's rows mark an acquisition's table; an asset or cost row that names one does not")
    func allocationRows() {
        #expect(PeriodResolver.allocationRow(PeriodClues.words("Net assets acquired")))
        #expect(PeriodResolver.allocationRow(PeriodClues.words("Total purchase consideration")))
        #expect(PeriodResolver.allocationRow(PeriodClues.words("Purchase price")))
        #expect(!PeriodResolver.allocationRow(PeriodClues.words("Acquired intangible assets")))
        #expect(!PeriodResolver.allocationRow(PeriodClues.words("Acquisition termination fee")))
        #expect(!PeriodResolver.allocationRow(PeriodClues.words("Average purchase price per share")))
        let filing = PeriodResolverTests.annual
        let tax = resolved(columns: [["2024"], ["2023"], ["2022"]], rows: ["Acquisition termination fee"], filing: filing)
        #expect(tax.cells.map(show) == ["2024-01-01..2024-12-31", "2023-01-01..2023-12-31", "2022-01-01..2022-12-31"])
    }

    @Test("rows between two dated balance rows under a component column named `Change in ...` cover the time between them")
    func rollforwardUnderChangeColumn() {
        let t = resolved(title: "Accumulated Other Comprehensive Income (Loss)", columns: [["Change in Unrealized Gains (Losses) on AFS Securities"]],
                         rows: ["Balances as of March 31, 2025", "Other comprehensive income (loss) before reclassifications",
                                "Balances as of June 30, 2025"])
        #expect(t.cells.map(show) == ["@2025-03-31", "2025-04-01..2025-06-30", "@2025-06-30"])
        // A change column comparing periods still has none.
        let pct = resolved(columns: [["% Change"]], rows: ["Balance at December 31, 2024", "Revenue", "Balance at March 31, 2025"])
        #expect(pct.cells.map(show) == ["@2024-12-31", "-compares_periods", "@2025-03-31"])
        #expect(PeriodResolver.namesChangeIn(["Change in Unrealized Gains (Losses) on Cash Flow Hedges"]))
        #expect(!PeriodResolver.namesChangeIn(["Increase / (Decrease)"]))
    }
}

@Suite("Period clues read on bytes")
struct PeriodCluesBytesTests {
    @Test("counts: one or two digits above zero, or a number word; nothing else")
    func counts() {
        #expect(PeriodClues.count("3") == 3)
        #expect(PeriodClues.count("03") == 3)
        #expect(PeriodClues.count("52") == 52)
        #expect(PeriodClues.count("0") == nil)
        #expect(PeriodClues.count("100") == nil)
        #expect(PeriodClues.count("1a") == nil)
        #expect(PeriodClues.count("") == nil)
        #expect(PeriodClues.count("twelve") == 12)
        #expect(PeriodClues.count("thirteen") == 13)
        #expect(PeriodClues.count("fifty") == 50)
        #expect(PeriodClues.count("sixteen") == 16)
        #expect(PeriodClues.count("one") == 1)
        #expect(PeriodClues.count("nine") == 9)
        #expect(PeriodClues.count("ten") == nil)
        #expect(PeriodClues.count("fy") == nil)
    }

    @Test("the words of each first letter still read: lengths, instants, boundaries, balances, changes")
    func keywords() {
        #expect(PeriodClues("Quarter Ended June 30, 2025").months == 3)
        #expect(PeriodClues("Year Ended December 31, 2024").months == 12)
        #expect(PeriodClues("As of December 31, 2024").instant)
        #expect(PeriodClues("Cash at end of period").boundary == .end)
        #expect(PeriodClues("Opening balance").boundary == .beginning)
        #expect(PeriodClues("Vested and expected to vest").boundary == .end)
        #expect(PeriodClues("Expected to vest").boundary == .end)
        #expect(PeriodClues("Vested").boundary == nil)
        #expect(PeriodClues("Expected term (in years)").boundary == nil)
        #expect(PeriodClues("Balances at December 31, 2024").balance)
        for w in ["% Change", "2025 vs. 2024", "2025 versus 2024", "Variance", "Increase (Decrease)", "Compared to prior year"] {
            #expect(PeriodClues(w).change, "\(w)")
        }
        #expect(PeriodClues("FY2024").fiscalYears == [2024])
        #expect(!PeriodClues("Revenue from products").change)
    }
}
