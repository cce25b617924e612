import FolioModel
@testable import FolioTables
import Testing

/// Layouts whose periods were read wrong (issue #14, HTML periods): a header mapped onto the
/// wrong columns, amounts on the balance sheet inside a table of periods, an opening balance
/// over the movements, rollforwards side by side. Each input is written for its rule.
@Suite struct PeriodLayoutTests {
    /// The first table of an HTML page: `caption` as a paragraph, then `rows` (raw `<tr>`s).
    func htmlTable(_ caption: String, _ rows: String) throws -> Table {
        let html = "<html><body><p>\(caption)</p><table>\n\(rows)\n</table></body></html>\n"
        let tables = try processed(text: html).tables
        try #require(!tables.isEmpty, "no table from \(html)")
        return tables[0]
    }

    func cell(_ t: Table, _ label: String, value: Double) -> Cell? {
        t.cells.first { $0.rowLabel == label && $0.value == value }
    }

    // MARK: header onto columns (TableBuilder.columnHeaders)

    @Test("two dates over the last two of four columns head those two, not two columns each")
    func datesOverLastColumns() throws {
        let t = try htmlTable("CONDENSED BALANCE SHEETS", """
            <tr><td>Amounts in millions</td><td></td><td></td><td>March 31, 2025</td><td>June 30, 2024</td></tr>
            <tr><td>Cash</td><td></td><td></td><td>$ 900</td><td>$ 950</td></tr>
            <tr><td>Receivables</td><td></td><td></td><td>610</td><td>620</td></tr>
            <tr><td>Common shares issued</td><td>March 2025</td><td>4,009.2</td><td>4,009</td><td>4,009</td></tr>
            <tr><td></td><td>June 2024</td><td>4,009.1</td><td></td><td></td></tr>
            """)
        let march = try #require(cell(t, "Receivables", value: 610))
        #expect(march.columnPath == ["March 31, 2025"])
        #expect(march.period == .instant(CalendarDate(year: 2025, month: 3, day: 31)!))
        let june = try #require(cell(t, "Receivables", value: 620))
        #expect(june.columnPath == ["June 30, 2024"])
        #expect(june.period == .instant(CalendarDate(year: 2024, month: 6, day: 30)!))
        // The shares column left of the dates is under neither.
        #expect(cell(t, "Common shares issued", value: 4009.2)?.columnPath == [])
    }

    @Test("headings packed left or in their shares still spread evenly")
    func evenSpreadKept() {
        #expect(!TableBuilder.spreadContradicts([1, 2], width: 2))
        #expect(!TableBuilder.spreadContradicts([1, 3], width: 2))
        #expect(!TableBuilder.spreadContradicts([2, 4], width: 2))
        #expect(TableBuilder.spreadContradicts([3, 4], width: 2))
        #expect(TableBuilder.spreadContradicts([1, 5], width: 2))
    }

    @Test("a year under a date heading stops where the next heading above starts")
    func yearWithinHeadingAbove() throws {
        let t = try htmlTable("The Company had outstanding debt as follows:", """
            <tr><td></td><td colspan="2">September 30,</td><td>Effective Interest Rate</td></tr>
            <tr><td></td><td>2024</td><td>2023</td><td></td></tr>
            <tr><td>3.15% Senior Notes due December 2025</td><td>4,000</td><td>4,100</td><td>3.26%</td></tr>
            <tr><td>1.90% Senior Notes due April 2027</td><td>1,500</td><td>1,600</td><td>2.02%</td></tr>
            """)
        let rate = try #require(t.cells.first { $0.raw.hasPrefix("3.26") })
        #expect(rate.columnPath == ["Effective Interest Rate"])
        #expect(cell(t, "3.15% Senior Notes due December 2025", value: 4100)?.columnPath == ["September 30,", "2023"])
        #expect(TableBuilder.headingBounds([1, 3], after: 2) == 2)
        #expect(TableBuilder.headingBounds([1, 3], after: 3) == Int.max)
    }

    // MARK: amounts on the balance sheet (PeriodResolver.boundaryRow)

    @Test("rows under `Amounts recognized on the balance sheets` in year columns are year-end balances")
    func amountsOnBalanceSheet() throws {
        let t = try htmlTable("Benefit plan information:", """
            <tr><td>as of and for the years ended December 31 (in millions)</td><td>2024</td><td>2023</td></tr>
            <tr><td>Service cost</td><td>286</td><td>270</td></tr>
            <tr><td>Interest cost</td><td>451</td><td>432</td></tr>
            <tr><td>Amounts recognized on the consolidated balance sheets</td><td></td><td></td></tr>
            <tr><td>Other assets</td><td>2,097</td><td>1,086</td></tr>
            <tr><td>Other long-term liabilities</td><td>(490)</td><td>(774)</td></tr>
            """)
        #expect(cell(t, "Service cost", value: 286)?.period == Period.ending(CalendarDate(year: 2024, month: 12, day: 31)!, months: 12))
        let assets = try #require(cell(t, "Other assets", value: 2097))
        #expect(assets.rowPath.first == "Amounts recognized on the consolidated balance sheets")
        #expect(assets.period == .instant(CalendarDate(year: 2024, month: 12, day: 31)!))
        #expect(cell(t, "Other long-term liabilities", value: -774)?.period == .instant(CalendarDate(year: 2023, month: 12, day: 31)!))
    }

    @Test("only a word placing amounts on the statement puts them there")
    func placesOnBalanceSheet() {
        #expect(PeriodClues("Amounts recognized on the consolidated balance sheets").onBalanceSheet)
        #expect(PeriodClues("Net amount recognized in the statement of financial position").onBalanceSheet)
        #expect(PeriodClues("Included within our condensed balance sheet").onBalanceSheet)
        #expect(PeriodClues("Reconciliation of cash to the Condensed Consolidated Statement of Financial Position").onBalanceSheet)
        #expect(!PeriodClues("Balance sheet hedges").onBalanceSheet)
        #expect(!PeriodClues("Balance sheet classification").onBalanceSheet)
        #expect(!PeriodClues("Consolidated Balance Sheets").onBalanceSheet)
    }

    // MARK: an opening balance over the movements (PeriodResolver.openingBalanceHeading)

    @Test("movements under an opening balance the checks put over them take the title's year")
    func openingBalanceOverMovements() throws {
        let t = try htmlTable("The following table summarizes the PSU activity for the year ended December 31, 2024:", """
            <tr><td></td><td>Units (in millions)</td><td>Weighted-Average Grant-Date Fair Value</td></tr>
            <tr><td>Outstanding at January 1, 2024</td><td>0.6</td><td>$365</td></tr>
            <tr><td>Granted</td><td>0.2</td><td>$512</td></tr>
            <tr><td>Converted</td><td>(0.3)</td><td>$385</td></tr>
            <tr><td>Other</td><td>0.1</td><td>$335</td></tr>
            <tr><td>Outstanding at December 31, 2024</td><td>0.6</td><td>$396</td></tr>
            """)
        let granted = try #require(cell(t, "Granted", value: 0.2))
        #expect(granted.period == Period.ending(CalendarDate(year: 2024, month: 12, day: 31)!, months: 12))
        #expect(cell(t, "Outstanding at January 1, 2024", value: 0.6)?.period == .instant(CalendarDate(year: 2024, month: 1, day: 1)!))
        #expect(cell(t, "Outstanding at December 31, 2024", value: 0.6)?.period == .instant(CalendarDate(year: 2024, month: 12, day: 31)!))
        #expect(PeriodResolver.openingBalanceHeading("Outstanding at January 1, 2024"))
        #expect(PeriodResolver.openingBalanceHeading("Balance, December 31, 2023"))
        #expect(!PeriodResolver.openingBalanceHeading("Total revenue"))
        #expect(!PeriodResolver.openingBalanceHeading("Year Ended December 31, 2024"))
    }

    // MARK: rollforwards side by side (PeriodResolver.columnRollforward)

    @Test("each spanning header's movement column runs between its own two dates")
    func rollforwardsSideBySide() throws {
        let t = try htmlTable("Intangible assets acquired through business combinations were as follows (in millions):", """
            <tr><td></td><td colspan="3">Gross</td><td colspan="3">Accumulated Amortization</td><td colspan="2">Net</td></tr>
            <tr><td></td><td>January 31, 2024</td><td>Additions, net</td><td>January 31, 2025</td><td>January 31, 2024</td><td>Expense, net</td><td>January 31, 2025</td><td>January 31, 2024</td><td>January 31, 2025</td></tr>
            <tr><td>Developed technology</td><td>4,624</td><td>(1,666)</td><td>2,958</td><td>(3,208)</td><td>1,455</td><td>(1,753)</td><td>1,416</td><td>1,205</td></tr>
            <tr><td>Customer relationships</td><td>6,674</td><td>220</td><td>6,894</td><td>(2,985)</td><td>(835)</td><td>(3,820)</td><td>3,689</td><td>3,074</td></tr>
            """)
        let year = Period.duration(start: CalendarDate(year: 2024, month: 2, day: 1)!, end: CalendarDate(year: 2025, month: 1, day: 31)!)
        #expect(cell(t, "Developed technology", value: -1666)?.period == year)
        #expect(cell(t, "Customer relationships", value: -835)?.period == year)
        #expect(cell(t, "Developed technology", value: 2958)?.period == .instant(CalendarDate(year: 2025, month: 1, day: 31)!))
        #expect(cell(t, "Developed technology", value: -3208)?.period == .instant(CalendarDate(year: 2024, month: 1, day: 31)!))
    }

    @Test("a column between dates under different spanning headers moves between none of them")
    func rollforwardAcrossHeadersNot() throws {
        let t = try htmlTable("Balances were as follows (in millions):", """
            <tr><td></td><td colspan="2">Gross</td><td>Reserve</td><td>Net</td></tr>
            <tr><td></td><td>January 31, 2025</td><td>January 31, 2024</td><td>Rate</td><td>January 31, 2025</td></tr>
            <tr><td>Developed technology</td><td>4,624</td><td>4,400</td><td>17</td><td>1,205</td></tr>
            <tr><td>Customer relationships</td><td>6,674</td><td>6,500</td><td>18</td><td>3,074</td></tr>
            """)
        let other = try #require(cell(t, "Developed technology", value: 17))
        #expect(other.period == nil)
    }

    // MARK: a row's date under the title's length (PeriodResolver.rowDateUnderTitleLength)

    @Test("a reserve dated in its label under a title of nine months is the balance at that date")
    func reserveRowsUnderTitleLength() throws {
        let t = try htmlTable("The following table presents restructuring activity for the nine months ended March 31, 2025:", """
            <tr><td></td><td>Separation Costs</td><td>Other Costs</td><td>Total</td></tr>
            <tr><td>RESERVE JUNE 30, 2024</td><td>$133</td><td>$32</td><td>$165</td></tr>
            <tr><td>Costs incurred</td><td>68</td><td>872</td><td>940</td></tr>
            <tr><td>Costs paid/settled</td><td>(126)</td><td>(842)</td><td>(968)</td></tr>
            <tr><td>RESERVE MARCH 31, 2025</td><td>$75</td><td>$62</td><td>$137</td></tr>
            """)
        #expect(cell(t, "RESERVE JUNE 30, 2024", value: 133)?.period == .instant(CalendarDate(year: 2024, month: 6, day: 30)!))
        #expect(cell(t, "RESERVE MARCH 31, 2025", value: 62)?.period == .instant(CalendarDate(year: 2025, month: 3, day: 31)!))
        #expect(cell(t, "Costs incurred", value: 68)?.period
                == .duration(start: CalendarDate(year: 2024, month: 7, day: 1)!, end: CalendarDate(year: 2025, month: 3, day: 31)!))
    }

    @Test("a date alone as the row's label under a title dated otherwise has no period")
    func recordDateRows() throws {
        let t = try htmlTable("The Company announced the following dividends in the fiscal year ended January 31, 2025:", """
            <tr><td>Record Date</td><td>Payment Date</td><td>Dividend per Share</td><td>Amount</td></tr>
            <tr><td>March 14, 2024</td><td>April 11, 2024</td><td>$0.40</td><td>$388</td></tr>
            <tr><td>July 9, 2024</td><td>July 25, 2024</td><td>$0.40</td><td>$387</td></tr>
            <tr><td>September 18, 2024</td><td>October 8, 2024</td><td>$0.40</td><td>$385</td></tr>
            """)
        let amount = try #require(t.cells.first { $0.value == 388 })
        #expect(amount.period == nil)
        #expect(amount.periodReason == PeriodReason.instantOrDuration.rawValue)
        // Nor is a row between two dated ones the time between them (`rollforwardDurations`).
        #expect(try #require(t.cells.first { $0.value == 387 }).period == nil)
    }

    // MARK: a class of stock's par value and authorized shares (PeriodResolver.balanceMeasure)

    @Test("an undated table of classes of stock is at the document's period end")
    func classesOfStock() throws {
        #expect(PeriodResolver.balanceMeasure(PeriodClues.words("Par Value Per Share")))
        #expect(PeriodResolver.balanceMeasure(PeriodClues.words("Authorized Shares (in millions)")))
        #expect(!PeriodResolver.balanceMeasure(PeriodClues.words("Shares repurchased")))
        var t = Table(id: 1, title: "The certificate of incorporation authorizes the following classes of capital stock:", span: Span(start: 0, end: 0))
        for (c, path) in [["Par Value Per Share"], ["Authorized Shares (in millions)"]].enumerated() {
            t.cells.append(Cell(row: 0, col: c, rowLabel: "A", rowPath: ["A"], columnPath: path, raw: "1", value: 1, scale: 1, unit: nil))
        }
        PeriodResolver.resolve(&t, filing: FilingPeriods(documentPeriodEnd: CalendarDate(year: 2024, month: 12, day: 31)))
        #expect(t.cells.allSatisfy { $0.period == .instant(CalendarDate(year: 2024, month: 12, day: 31)!) })
        #expect(t.cells.allSatisfy { $0.periodReason == PeriodReason.documentPeriodEnd.rawValue })
    }

    // MARK: a second block's year row under a header of years (PeriodResolver.yearRowsInside)

    @Test("a row of the header's years under a period label heads the block below it")
    func yearRowRepeatingHeaderYears() throws {
        let t = try htmlTable("Segment results:", """
            <tr><td></td><td colspan="2">Commercial</td><td colspan="2">Defense</td></tr>
            <tr><td>For the six months ended June 30,</td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
            <tr><td>Revenues</td><td>$19,021</td><td>$10,656</td><td>$12,915</td><td>$12,971</td></tr>
            <tr><td>Operating earnings</td><td>(1,094)</td><td>(1,858)</td><td>265</td><td>(762)</td></tr>
            <tr><td>For the three months ended June 30,</td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
            <tr><td>Revenues</td><td>$10,874</td><td>$6,003</td><td>$6,617</td><td>$6,021</td></tr>
            <tr><td>Operating earnings</td><td>(557)</td><td>(715)</td><td>110</td><td>(913)</td></tr>
            """)
        let june = CalendarDate(year: 2025, month: 6, day: 30)!
        #expect(cell(t, "Revenues", value: 19021)?.period == Period.ending(june, months: 6))
        #expect(cell(t, "Revenues", value: 10874)?.period == Period.ending(june, months: 3))
        #expect(cell(t, "Operating earnings", value: 110)?.period == Period.ending(june, months: 3))
        #expect(cell(t, "Revenues", value: 6003)?.period == Period.ending(CalendarDate(year: 2024, month: 6, day: 30)!, months: 3))
    }

    // MARK: a quarter's row under a year column (PeriodResolver.quarterRow)

    /// One cell per (row, year column) of a table, resolved with `filing`.
    func quarterTable(_ rows: [String], filing: FilingPeriods) -> Table {
        var t = Table(id: 1, title: "Shares repurchased in the six months ended June 30, 2025 and 2024:", span: Span(start: 0, end: 0))
        for (r, label) in rows.enumerated() {
            for (c, path) in [["Number of shares purchased", "2025"], ["Number of shares purchased", "2024"]].enumerated() {
                t.cells.append(Cell(row: r, col: c, rowLabel: label, rowPath: [label], columnPath: path, raw: "1", value: 1, scale: 1, unit: nil))
            }
        }
        PeriodResolver.resolve(&t, filing: filing)
        return t
    }

    @Test("`First quarter` under `2025` in a calendar-year 10-Q is January to March 2025; `Total` keeps the title's")
    func quarterRows() throws {
        var filing = FilingPeriods(documentPeriodEnd: CalendarDate(year: 2025, month: 6, day: 30))
        filing.yearToDateMonths = 6
        let t = quarterTable(["First quarter [b]", "Second quarter", "Total"], filing: filing)
        func period(_ row: Int, _ col: Int) -> Period? { t.cells.first { $0.row == row && $0.col == col }?.period }
        #expect(period(0, 0) == Period.ending(CalendarDate(year: 2025, month: 3, day: 31)!, months: 3))
        #expect(period(1, 1) == Period.ending(CalendarDate(year: 2024, month: 6, day: 30)!, months: 3))
        #expect(period(2, 0) == Period.ending(CalendarDate(year: 2025, month: 6, day: 30)!, months: 6))
        #expect(PeriodClues("Third quarter").quarterNumber == 3)
        #expect(PeriodClues("Quarter Ended March 31, 2025").quarterNumber == nil)
    }

    @Test("a fiscal year that is not the calendar year leaves quarter rows to the other rules")
    func quarterRowsOffCalendar() throws {
        var filing = FilingPeriods(documentPeriodEnd: CalendarDate(year: 2025, month: 7, day: 31))
        filing.yearToDateMonths = 6
        let t = quarterTable(["First quarter"], filing: filing)
        #expect(t.cells.allSatisfy { $0.period?.months != 3 })
    }

    // MARK: undated balance columns beside a period-end column (PeriodResolver.undatedBalanceColumns)

    @Test("an undated rate column beside a column dated at the period end is at the period end, whatever the lead-in's comparative")
    func rateBesidePeriodEndColumn() throws {
        var t = Table(id: 1, title: nil, span: Span(start: 0, end: 0))
        for (c, path) in [["Effective Interest Rate"], ["November 29, 2024"], ["December 1, 2023"]].enumerated() {
            t.cells.append(Cell(row: 0, col: c, rowLabel: "1.90% 2025 Notes", rowPath: ["1.90% 2025 Notes"], columnPath: path,
                                raw: "1", value: 1, scale: 1, unit: nil))
        }
        var filing = FilingPeriods(fiscalYearEnd: CalendarDate(year: 2024, month: 11, day: 29),
                                   documentPeriodEnd: CalendarDate(year: 2024, month: 11, day: 29))
        filing.annual = true
        let leadIn = "The carrying value of our borrowings as of November 29, 2024 and December 1, 2023 were as follows:"
        var current = t
        PeriodResolver.resolve(&current, filing: filing, leadIn: leadIn)
        #expect(current.cells[1].period == .instant(CalendarDate(year: 2024, month: 11, day: 29)!))
        #expect(current.cells[0].period == .instant(CalendarDate(year: 2024, month: 11, day: 29)!))
        #expect(current.cells[0].periodReason == PeriodReason.documentPeriodEnd.rawValue)
        // Without a period-end column the lead-in's other year still keeps the rate undated.
        var prior = Table(id: 2, title: nil, span: Span(start: 0, end: 0))
        prior.cells = [t.cells[0]]
        PeriodResolver.resolve(&prior, filing: filing, leadIn: leadIn)
        #expect(prior.cells[0].period == nil)
    }
}

// MARK: a year group under a length (PeriodResolver.yearGroupUnderLength)

@Suite struct YearGroupUnderLengthTests {
    /// A valuation-and-qualifying-accounts schedule: `For the Years Ended December 31:` over
    /// its columns, rows grouped under a year row.
    func schedule() -> Table {
        var t = Table(id: 1, title: "VALUATION AND QUALIFYING ACCOUNTS", span: Span(start: 0, end: 0))
        let columns = [["For the Years Ended December 31:", "Balance at Beginning of Period"],
                       ["For the Years Ended December 31:", "Additions"],
                       ["For the Years Ended December 31:", "Balance at End of Period"]]
        var row = 0
        for (year, values) in [("2025", [40.0, 7, 47]), ("2024", [31.0, 9, 40])] {
            for member in ["Current", "Noncurrent"] {
                for (c, path) in columns.enumerated() {
                    t.cells.append(Cell(row: row, col: c + 1, rowLabel: member, rowPath: ["Allowance for credit losses", year, member],
                                        columnPath: path, raw: "1", value: values[c], scale: 1, unit: nil))
                }
                row += 1
            }
        }
        return t
    }

    @Test("a member row under a year row takes that year's period, its columns' boundaries kept")
    func membersTakeTheirGroupsYear() throws {
        var t = schedule()
        PeriodResolver.resolve(&t, filing: FilingPeriods())
        func period(_ year: String, _ col: Int) -> Period? {
            t.cells.first { $0.rowPath[1] == year && $0.rowLabel == "Current" && $0.col == col }?.period
        }
        #expect(period("2025", 2) == .duration(start: CalendarDate(year: 2025, month: 1, day: 1)!, end: CalendarDate(year: 2025, month: 12, day: 31)!))
        #expect(period("2024", 2) == .duration(start: CalendarDate(year: 2024, month: 1, day: 1)!, end: CalendarDate(year: 2024, month: 12, day: 31)!))
        #expect(period("2025", 1) == .instant(CalendarDate(year: 2024, month: 12, day: 31)!))
        #expect(period("2025", 3) == .instant(CalendarDate(year: 2025, month: 12, day: 31)!))
    }

    @Test("no year group, or a group of two years, dates nothing")
    func noSingleYearNoDate() {
        let resolver = PeriodResolver(title: nil, filing: FilingPeriods())
        let column = PeriodClues("For the Years Ended December 31: Additions")
        #expect(resolver.yearGroupUnderLength(column: column, label: PeriodClues("Current"), groups: PeriodClues("Allowance")) == nil)
        #expect(resolver.yearGroupUnderLength(column: column, label: PeriodClues("Current"), groups: PeriodClues("2025 and 2024")) == nil)
        // A row with its own year is the row's (`primaryClues`' rule before this one).
        #expect(resolver.yearGroupUnderLength(column: column, label: PeriodClues("2023"), groups: PeriodClues("2025")) == nil)
        #expect(resolver.yearGroupUnderLength(column: column, label: PeriodClues("Current"), groups: PeriodClues("2025")) != nil)
    }
}
