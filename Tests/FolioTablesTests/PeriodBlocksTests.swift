import FolioModel
@testable import FolioTables
import Testing

/// A table built row by row: `header` rows (the label column's header first), then rows of
/// (row path, one figure per column).
private func table(title: String? = nil, header: [[String]], rows: [([String], Int)], filing: FilingPeriods) -> Table {
    var t = Table(id: 1, title: title, span: Span(start: 0, end: 0))
    t.header = header
    let paths: [[String]] = (1..<(header.first?.count ?? 1)).map { c in header.map { $0[c] }.filter { !$0.isEmpty } }
    for (r, row) in rows.enumerated() {
        for (c, path) in paths.enumerated() where c < row.1 {
            t.cells.append(Cell(row: r, col: c, rowLabel: row.0.last ?? "", rowPath: row.0, columnPath: path,
                                raw: "1", value: 1, scale: 1, unit: "USD"))
        }
    }
    PeriodResolver.resolve(&t, filing: filing)
    return t
}

@Suite("Period resolver: period blocks, year pieces, year rows, fair-value levels")
struct PeriodBlocksTests {
    @Test("a year over the measures it spans: `2024` over `Amortized Cost` | `Fair Value`, then `2023` over the same")
    func yearPieceColumns() {
        let t = table(header: [["", "2024", "2024", "2023", "2023"], ["", "Amortized Cost", "Fair Value", "Amortized Cost", "Fair Value"]],
                      rows: [(["Government and agency securities"], 4), (["Corporate securities"], 4)], filing: PeriodResolverTests.annual)
        #expect(t.cells.map(show) == ["@2024-12-31", "@2024-12-31", "@2023-12-31", "@2023-12-31",
                                      "@2024-12-31", "@2024-12-31", "@2023-12-31", "@2023-12-31"])
        #expect(PeriodResolver.yearAloneColumns(t) == [2024, 2023])
        // A year under a date is not a year alone.
        var dated = t
        dated.cells = dated.cells.map { var c = $0; c.columnPath = ["December 31,"] + c.columnPath; return c }
        #expect(PeriodResolver.yearAloneColumns(dated).isEmpty)
    }

    @Test("a benefit obligation is a balance, not a flow: two year columns of a pension table are year ends")
    func obligationsAreBalances() {
        let t = table(header: [["", "2024", "2023"]],
                      rows: [(["Projected benefit obligation"], 2), (["Accumulated benefit obligation"], 2), (["Fair value of plan assets"], 2)],
                      filing: PeriodResolverTests.annual)
        #expect(t.cells.map(show) == ["@2024-12-31", "@2023-12-31", "@2024-12-31", "@2023-12-31", "@2024-12-31", "@2023-12-31"])
        #expect(PeriodResolver.namesFlow(PeriodClues.words("Service cost")))
        #expect(PeriodResolver.namesFlow(PeriodClues.words("Income tax benefit")))
        #expect(!PeriodResolver.namesFlow(PeriodClues.words("Projected benefit obligation")))
    }

    @Test("rows of years under a `Year` label column are fiscal years (pay versus performance)")
    func yearRowsUnderYearColumn() {
        let september = FilingPeriods(fiscalYearEnd: CalendarDate(year: 2023, month: 9, day: 30))
        let t = table(title: "Pay Versus Performance Table",
                      header: [["Year (a)", "Compensation Actually Paid to PEO", "Year over Year Change in Fair Value of Equity Awards", "Net Income"]],
                      rows: [(["2023"], 3), (["2022"], 3)], filing: september)
        #expect(t.cells.map(show) == ["2022-10-01..2023-09-30", "2022-10-01..2023-09-30", "2022-10-01..2023-09-30",
                                      "2021-10-01..2022-09-30", "2021-10-01..2022-09-30", "2021-10-01..2022-09-30"])
        // Without the filing's fiscal year end, the month is unknown.
        let unknown = table(header: [["Fiscal Year", "Total"]], rows: [(["2023"], 1)], filing: FilingPeriods())
        #expect(unknown.cells.map(show) == ["-no_month"])
        // Only a header that is `Year`: `Year of maturity` or names are not.
        #expect(PeriodResolver.yearLabelColumn("Year"))
        #expect(PeriodResolver.yearLabelColumn("Fiscal Year (b)"))
        #expect(!PeriodResolver.yearLabelColumn("Year of maturity"))
        #expect(!PeriodResolver.yearLabelColumn("Name"))
    }

    @Test("a plain year takes the fiscal year end without a label's offset")
    func yearAloneNoOffset() {
        let retailer = FilingPeriods(fiscalYearEnd: CalendarDate(year: 2025, month: 2, day: 2), newestLabel: 2024)
        let t = table(title: "Consolidated Statements of Earnings", header: [["", "Fiscal 2024", "2024"]], rows: [(["Net sales"], 2)], filing: retailer)
        #expect(t.cells.map(show) == ["2024-02-03..2025-02-02", "2023-02-03..2024-02-02"])
    }

    @Test("a second header row inside the table starts a new period block")
    func repeatedHeaderBlock() {
        let june = FilingPeriods(documentPeriodEnd: CalendarDate(year: 2025, month: 6, day: 30))
        let second = "Millions As of December 31, 2024 Cost Accumulated depreciation"
        let t = table(header: [["Millions As of June 30, 2025", "Cost", "Accumulated depreciation"]],
                      rows: [(["Land"], 2), (["Road", "Ties"], 2), ([second, "Land"], 2), (["Road", "Ties"], 2), (["Total"], 2)], filing: june)
        #expect(t.cells.map(show) == ["@2025-06-30", "@2025-06-30", "@2025-06-30", "@2025-06-30",
                                      "@2024-12-31", "@2024-12-31", "@2024-12-31", "@2024-12-31", "@2024-12-31", "@2024-12-31"])
        #expect(PeriodResolver.repeatedHeader(second, pieces: ["cost", "accumulated depreciation"]) != nil)
        // A group row that names one header only is an ordinary group.
        #expect(PeriodResolver.repeatedHeader("Cost at December 31, 2024", pieces: ["cost", "accumulated depreciation"]) == nil)
    }

    @Test("a period heading printed beside the column names heads the rows below it, block by block")
    func periodHeadingBesideNames() {
        let june = FilingPeriods(documentPeriodEnd: CalendarDate(year: 2025, month: 6, day: 30))
        // The second header line of each block (`As of ...   Cost   depreciation`) reached the
        // rows as a group row; the header above names other pieces of the columns.
        let t = table(header: [["Millions", "", "Accumulated"]],
                      rows: [(["As of June 30, 2025 Cost depreciation", "Land"], 2), (["Road", "Ties"], 2),
                             (["As of December 31, 2024 Cost depreciation", "Land"], 2), (["Road", "Ties"], 2)], filing: june)
        #expect(t.cells.map(show) == ["@2025-06-30", "@2025-06-30", "@2025-06-30", "@2025-06-30",
                                      "@2024-12-31", "@2024-12-31", "@2024-12-31", "@2024-12-31"])
        let words = PeriodClues.words
        #expect(PeriodResolver.periodHeadingBesideNames(words("Nine Months Ended March 31, 2025 Net Sales Growth Foreign Exchange Impact"))?.months == 9)
        // The period goes on (`and 2023`), names another year or date, or is a year alone: not one.
        #expect(PeriodResolver.periodHeadingBesideNames(words("As of December 31, 2024 and 2023")) == nil)
        #expect(PeriodResolver.periodHeadingBesideNames(words("As of December 31, 2024 compared to 2023")) == nil)
        #expect(PeriodResolver.periodHeadingBesideNames(words("2025 Notes offering")) == nil)
        #expect(PeriodResolver.periodHeadingBesideNames(words("Fiscal 2024 Restructuring Plan")) == nil)
        #expect(PeriodResolver.periodHeadingBesideNames(words("As of June 30, 2025")) == nil)
    }

    @Test("a balance row's full date beats a column that prints a year alone (a header cut to `, 2024`)")
    func balanceRowUnderYearColumn() {
        let t = table(title: "Consolidated Statements of Shareholders' Equity, nine months ended March 31",
                      header: [["", ", 2024"]],
                      rows: [(["BALANCE JUNE 30, 2023"], 1), (["Net earnings"], 1), (["BALANCE MARCH 31, 2024"], 1)], filing: FilingPeriods())
        #expect(t.cells.map(show) == ["@2023-06-30", "2023-07-01..2024-03-31", "@2024-03-31"])
        // A row that is not a balance keeps the column's year (`Price as of ...` under `2023`).
        let price = table(header: [["", "2024", "2023"]], rows: [(["Closing price as of December 31, 2024"], 2)], filing: FilingPeriods())
        #expect(price.cells.map(show).last != "@2024-12-31")
    }

    @Test("a row of years inside the table heads the rows below it, column by column, with its label's period")
    func yearRowInsideTheTable() {
        // `BCA` | `BDS` over the columns; the years and the period reached the rows.
        var t = Table(id: 1, title: nil, span: Span(start: 0, end: 0))
        let columns: [[String]] = [["BCA"], [], ["BDS"], []]
        let rows: [(String, [String])] = [("For the six months ended June 30,", ["2025", "2024", "2025", "2024"]),
                                          ("Revenues", ["19,021", "10,656", "12,915", "12,971"]),
                                          ("For the three months ended June 30,", ["2025", "2024", "2025", "2024"]),
                                          ("Revenues", ["10,874", "6,003", "6,617", "6,021"])]
        for (r, row) in rows.enumerated() {
            for (c, raw) in row.1.enumerated() {
                t.cells.append(Cell(row: r, col: c, rowLabel: row.0, rowPath: [row.0], columnPath: columns[c], raw: raw, value: 1, scale: 1, unit: "USD"))
            }
        }
        PeriodResolver.resolve(&t, filing: FilingPeriods())
        #expect(t.cells.filter { $0.row == 1 }.map(show) == ["2025-01-01..2025-06-30", "2024-01-01..2024-06-30", "2025-01-01..2025-06-30", "2024-01-01..2024-06-30"])
        #expect(t.cells.filter { $0.row == 3 }.map(show) == ["2025-04-01..2025-06-30", "2024-04-01..2024-06-30", "2025-04-01..2025-06-30", "2024-04-01..2024-06-30"])
        // A row of one year repeated, or beside a figure, is no header.
        var same = t
        for k in same.cells.indices where same.cells[k].row == 0 { same.cells[k].raw = "2025" }
        #expect(PeriodResolver.yearRowsInside(same)[1] == nil)
        var mixed = t
        if let k = mixed.cells.firstIndex(where: { $0.row == 2 && $0.col == 3 }) { mixed.cells[k].raw = "1,049" }
        #expect(PeriodResolver.yearRowsInside(mixed)[3] == PeriodResolver.yearRowsInside(t)[1])
    }

    @Test("period headings over groups of columns, taken for the title, date their groups")
    func titleOverGroups() {
        let title = "Fiscal Year Ended January 31, 2025          Fiscal Year Ended January 31, 2024"
        let t = table(title: title, header: [["", "Workforce", "Total", "Workforce", "Total"]], rows: [(["Charges"], 4)], filing: FilingPeriods())
        #expect(t.cells.map(show) == ["2024-02-01..2025-01-31", "2024-02-01..2025-01-31", "2023-02-01..2024-01-31", "2023-02-01..2024-01-31"])
        #expect(PeriodResolver.piecesApart("  Three Months Ended March 31, 2025     Nine Months  ") == ["Three Months Ended March 31, 2025", "Nine Months"])
        // Columns that do not fall into as many groups, or that name their own years: not read.
        let odd = table(title: title, header: [["", "A", "B", "C"]], rows: [(["Charges"], 3)], filing: FilingPeriods())
        #expect(PeriodResolver.titleOverGroups(odd).isEmpty)
        let dated = table(title: title, header: [["", "2025", "2024"]], rows: [(["Charges"], 2)], filing: FilingPeriods())
        #expect(PeriodResolver.titleOverGroups(dated).isEmpty)
    }

    @Test("fair-value levels beside a dated total are at its date")
    func levelsBesideDatedTotal() {
        let t = table(title: "Defined Benefit Pension Plan Assets",
                      header: [["", "Basis of fair value measurement", "Basis of fair value measurement", "Basis of fair value measurement"],
                               ["as of December 31 (in millions)", "2024", "Quoted prices in active markets (Level 1)", "Significant other observable inputs (Level 2)"]],
                      rows: [(["Equities", "U.S. large cap"], 3)], filing: FilingPeriods())
        #expect(t.cells.map(show) == ["@2024-12-31", "@2024-12-31", "@2024-12-31"])
        // The spanning header over the levels only, the year alone over the total.
        let apart = table(title: "Defined Benefit Pension Plan Assets",
                          header: [["", "", "Basis of fair value measurement", "Basis of fair value measurement"],
                                   ["as of December 31 (in millions)", "2024", "Quoted prices in active markets (Level 1)", "Significant other observable inputs (Level 2)"]],
                          rows: [(["Equities", "U.S. large cap"], 3)], filing: FilingPeriods())
        #expect(apart.cells.map(show) == ["@2024-12-31", "@2024-12-31", "@2024-12-31"])
        // Two dates among the columns: the levels are not guessed.
        let two = table(header: [["", "December 31, 2024", "December 31, 2023", "Level 1"]], rows: [(["Equities"], 3)], filing: FilingPeriods())
        #expect(two.cells.map(show) == ["@2024-12-31", "@2023-12-31", "-no_date"])
    }

    @Test("a rollforward across columns: the movements between two dated balance columns cover the time between them")
    func columnRollforward() {
        let t = table(header: [["", "Balance at December 31, 2023", "Purchases", "Changes in Fair Value", "Balance at December 31, 2024"]],
                      rows: [(["Marketable securities"], 4)], filing: FilingPeriods())
        #expect(t.cells.map(show) == ["@2023-12-31", "2024-01-01..2024-12-31", "2024-01-01..2024-12-31", "@2024-12-31"])
        let blocks = table(header: [["", "December 31, 2022", "Increase / (Decrease)", "December 31, 2023", "Reclassifications", "December 31, 2024"]],
                           rows: [(["Translation adjustments"], 5)], filing: FilingPeriods())
        #expect(blocks.cells.map(show) == ["@2022-12-31", "2023-01-01..2023-12-31", "@2023-12-31", "2024-01-01..2024-12-31", "@2024-12-31"])
        // Not a rollforward: the last column is not dated, or the dates run backwards.
        let share = table(header: [["", "December 31, 2023", "% of total", "December 31, 2024", "% of total"]],
                          rows: [(["Equities"], 4)], filing: FilingPeriods())
        #expect(share.cells.map(show) == ["@2023-12-31", "-no_date", "@2024-12-31", "-no_date"])
        let backwards = table(header: [["", "December 31, 2024", "Change", "December 31, 2023"]], rows: [(["Equities"], 3)], filing: FilingPeriods())
        #expect(backwards.cells.map(show) == ["@2024-12-31", "-compares_periods", "@2023-12-31"])
    }

    @Test("year columns of a quarterly report are year-to-date periods; a balance measure under them an instant")
    func quarterYearColumns() {
        var q2 = FilingPeriods(documentPeriodEnd: CalendarDate(year: 2025, month: 6, day: 30))
        q2.yearToDateMonths = 6
        let t = table(title: "Product Warranties", header: [["", "2025", "2024"]],
                      rows: [(["Beginning balance – January 1"], 2), (["Additions for current year deliveries"], 2)], filing: q2)
        #expect(t.cells.map(show) == ["@2024-12-31", "@2023-12-31", "2025-01-01..2025-06-30", "2024-01-01..2024-06-30"])
        #expect(t.cells.allSatisfy { $0.periodReason == "year_columns" || $0.periodReason == nil })
        let fair = table(header: [["", "2025", "2025"], ["", "Fair Value", "Total Losses"]], rows: [(["Investments"], 2)], filing: q2)
        #expect(fair.cells.map(show) == ["@2025-06-30", "2025-01-01..2025-06-30"])
        // Not an annual report, not a year two back, not under a title that states a date.
        #expect(table(header: [["", "2023"]], rows: [(["Revenue"], 1)], filing: q2).cells.map(show) == ["-no_month"])
        var md = DocumentMetadata()
        md.fiscalPeriod = "Q3"
        #expect(FilingPeriods(metadata: md).yearToDateMonths == 9)
    }

    @Test("below a second header row, its year replaces the year the table's header prints over the column")
    func repeatedHeaderYear() {
        let second = "as of December 31 (in millions) 2023 Quoted prices (Level 1) Other inputs (Level 2)"
        let basis = "Basis of fair value measurement"
        let t = table(header: [["", basis, basis, basis], ["as of December 31 (in millions)", "2024", "Quoted prices (Level 1)", "Other inputs (Level 2)"]],
                      rows: [(["Equities", "U.S. large cap"], 3), ([second, "Equities", "U.S. large cap"], 3), (["Equities", "U.S. mid cap"], 3)],
                      filing: FilingPeriods())
        #expect(t.cells.map(show) == ["@2024-12-31", "@2024-12-31", "@2024-12-31", "@2023-12-31", "@2023-12-31", "@2023-12-31",
                                      "@2023-12-31", "@2023-12-31", "@2023-12-31"])
    }

    @Test("rows under a balance sheet's side (`Assets`, `Liabilities`) are balances under year columns")
    func balanceSheetSide() {
        let t = table(title: "Purchase price allocation", header: [["", "2024", "2023", "2022"]],
                      rows: [(["Assets", "Goodwill"], 3), (["Liabilities", "Other liabilities"], 3)], filing: PeriodResolverTests.annual)
        #expect(t.cells.map(show) == ["@2024-12-31", "@2023-12-31", "@2022-12-31", "@2024-12-31", "@2023-12-31", "@2022-12-31"])
        #expect(PeriodClues("Liabilities and stockholders' equity").balanceSheetSide)
        #expect(PeriodClues("Current assets").balanceSheetSide)
        #expect(!PeriodClues("Changes in operating assets and liabilities:").balanceSheetSide)
        #expect(!PeriodClues("Amortization of intangible assets").balanceSheetSide)
    }

    @Test("a second header row read as a row of text cells starts a block too")
    func repeatedHeaderAsCells() {
        let basis = "Basis of fair value measurement"
        var t = Table(id: 1, title: nil, span: Span(start: 0, end: 0))
        t.header = [["", basis, basis, basis], ["as of December 31 (in millions)", "2024", "Quoted prices (Level 1)", "Other inputs (Level 2)"]]
        let paths = [[basis, "2024"], [basis, "Quoted prices (Level 1)"], [basis, "Other inputs (Level 2)"]]
        func add(_ row: Int, _ label: String, _ raws: [String]) {
            for (c, raw) in raws.enumerated() {
                let v: Double? = raw.first?.isNumber == true && raw.utf8.count < 4 ? 1 : nil
                t.cells.append(Cell(row: row, col: c, rowLabel: label, rowPath: [label], columnPath: paths[c], raw: raw, value: v, scale: 1, unit: nil))
            }
        }
        add(0, "Equities", ["10", "10", "0"])
        add(1, basis + " as of December 31 (in millions)", ["2023", "Quoted prices (Level 1)", "Other inputs (Level 2)"])
        add(2, "Equities", ["9", "9", "0"])
        PeriodResolver.resolve(&t, filing: FilingPeriods())
        #expect(t.cells.filter { $0.row != 1 }.map(show) == ["@2024-12-31", "@2024-12-31", "@2024-12-31", "@2023-12-31", "@2023-12-31", "@2023-12-31"])
    }

    @Test("a period row heads the rows below it, whatever their indentation")
    func periodRowBlock() {
        let adobe = FilingPeriods(fiscalYearEnd: CalendarDate(year: 2024, month: 11, day: 29))
        let t = table(header: [["", "Digital Media", "Total"]],
                      rows: [(["Fiscal 2024", "Revenue"], 2), (["Gross profit as a percentage of revenue"], 2),
                             (["Fiscal 2023", "Revenue"], 2), (["Gross profit as a percentage of revenue"], 2)], filing: adobe)
        #expect(t.cells.map(show) == ["2023-11-30..2024-11-29", "2023-11-30..2024-11-29", "2023-11-30..2024-11-29", "2023-11-30..2024-11-29",
                                      "2022-11-30..2023-11-29", "2022-11-30..2023-11-29", "2022-11-30..2023-11-29", "2022-11-30..2023-11-29"])
        #expect(PeriodResolver.periodRow("Three Months Ended June 30, 2025") != nil)
        #expect(PeriodResolver.periodRow("Fiscal 2024") != nil)
        // A group naming more than a period is an ordinary group; a year alone does not date.
        #expect(PeriodResolver.periodRow("Revenue for fiscal 2024") == nil)
        #expect(PeriodResolver.periodRow("2024") == nil)
    }
}
