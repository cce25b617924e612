import FolioModel
@testable import FolioTables
import Testing

/// Statements printed fixed-width (`pdftotext -layout`) that the region finder used to cut:
/// a units note in the label column of the first header line. Each rule on inputs written
/// for it.
@Suite struct FixedWidthCutTests {
    func regions(_ s: String) -> [TableRegion] { TableRegionFinder.find(in: Array(s.utf8)) }

    @Test func aUnitsNoteBesideTheColumnHeadingsIsAHeaderLine() throws {
        let s = """
                                  Statements of Cash Flows
        (Dollars in millions)                                   Six months ended June 30
                                                                    2025            2024
        Net loss                                                   ($643)        ($1,794)
        Depreciation and amortization                                 926             883
        """
        let r = regions(s)
        #expect(r.count == 1)
        #expect(r.first?.lines.count == 4)
        let doc = try processed(text: s)
        let t = try #require(doc.tables.first)
        #expect(t.units.scale == 1_000_000)
        let cell = try #require(t.cells.first { $0.rowLabel == "Depreciation and amortization" && $0.col == 0 })
        #expect(cell.columnPath.contains("Six months ended June 30"))
        #expect(cell.period?.end == CalendarDate(iso: "2025-06-30"))
        #expect(cell.period?.months == 6)
    }

    @Test func theDayNumbersOfABrokenDateBesideAStubHeadingAreAHeaderLine() throws {
        // Two period groups, the second's day printed alone on the line below, beside a stub
        // heading of the row labels.
        let s = """
        Earnings per share were as follows:
                                                  Quarter Ended            Nine Months Ended April
        TOTAL COMPANY                               April 30                         30
                                                 2026        2025            2026        2025
        Net income                             $    812    $    790      $  2,410    $  2,275
        Less: Minority interests                     11         12             35          33
        Income available to holders                 801         778          2,375       2,242
        """
        let t = try #require(try processed(text: s).tables.first)
        let nine = try #require(t.cells.first { $0.rowLabel == "Less: Minority interests" && $0.value == 35 })
        #expect(nine.period?.end == CalendarDate(iso: "2026-04-30"))
        #expect(nine.period?.months == 9)
        let quarter = try #require(t.cells.first { $0.rowLabel == "Less: Minority interests" && $0.value == 12 })
        #expect(quarter.period?.end == CalendarDate(iso: "2025-04-30"))
        #expect(quarter.period?.months == 3)
        // Another stub, the first heading's day alone under it, the second's month and day.
        let s2 = """
                                        Six months ended September    Three months ended
        By region                                       30               September 30
                                                2025        2024        2025        2024
        Americas                               1,204       1,150         610         588
        Europe                                   803         777         402         391
        """
        let t2 = try #require(try processed(text: s2).tables.first)
        let six = try #require(t2.cells.first { $0.rowLabel == "Europe" && $0.value == 803 })
        #expect(six.period?.months == 6)
        #expect(six.period?.end == CalendarDate(iso: "2025-09-30"))
        // A labelled line of a month and a figure of more than two digits is a row, not a date.
        let rows = FixedWidth.tokens(Array("Balance    March 31     310".utf8), Span(start: 0, end: 27))
        #expect(!FixedWidth.isBrokenDateLine(Array(rows.dropFirst())))
        #expect(FixedWidth.isBrokenDateLine(FixedWidth.tokens(Array("   March 31     31".utf8), Span(start: 0, end: 18))))
    }

    @Test func periodHeadingsSideBySideAreAHeaderLineNotTheTitle() throws {
        let s = """
                          Statements of Income
                                              For the Three Months Ended September 30,     For the Nine Months Ended September 30,
                                                  2026             2025                        2026             2025
        Revenue                                $   410        $    388                    $  1,190        $  1,102
        Cost of revenue                            150             141                         437             409
        Gross profit                               260             247                         753             693
        """
        let t = try #require(try processed(text: s).tables.first)
        #expect(t.title == "Statements of Income")
        let nine = try #require(t.cells.first { $0.rowLabel == "Cost of revenue" && $0.value == 409 })
        #expect(nine.period?.months == 9)
        #expect(nine.period?.end == CalendarDate(iso: "2025-09-30"))
        let three = try #require(t.cells.first { $0.rowLabel == "Cost of revenue" && $0.value == 150 })
        #expect(three.period?.months == 3)
        // Weeks, and long headings; a line of long cells naming no period stays text.
        let weeks = FixedWidth.tokens(Array("                    Twenty-Six Weeks Ended July 2, 2026    Thirteen Weeks Ended July 2, 2026".utf8),
                                      Span(start: 0, end: 92))
        #expect(FixedWidth.isPeriodHeadings(weeks))
        let prose = "                    Amounts reclassified from other comprehensive    income into earnings by component"
        #expect(!FixedWidth.isPeriodHeadings(FixedWidth.tokens(Array(prose.utf8), Span(start: 0, end: prose.utf8.count))))
        // At the margin it is no header line.
        let margin = "For the Three Months Ended September 30,     For the Nine Months Ended September 30,"
        #expect(!FixedWidth.isPeriodHeadings(FixedWidth.tokens(Array(margin.utf8), Span(start: 0, end: margin.utf8.count))))
    }

    @Test func aSecondStatementsPeriodHeadingsLeftOfTheFiguresEdgeAreItsHeader() throws {
        // Two schedules one under the other; the second's first heading starts left of the
        // first's widest figure, where row labels end.
        let s = """
                                                                            Nine months ended May      Three months ended
                                                                                       31                     May 31
        Retail                                                                    2026         2025        2026         2025
        Product sales                                                               $4           $3          $3           $1
        Service fees                                                             1,338       1,318          669          659
        Service fees and product sales included in income before income taxes   ($81)       ($242)        ($39)      ($121)

                                                                            Nine months ended May      Three months ended
                                                                                       31                     May 31
        Wholesale                                                                 2026        2025         2026        2024
        Product sales                                                             $25          $25          $12         $13
        Service fees                                                                68          62           34          31
        """
        let tables = try processed(text: s).tables
        let fees = try #require(tables.flatMap(\.cells).first { $0.rowLabel == "Service fees" && $0.value == 62 })
        #expect(fees.period?.months == 9)
        #expect(fees.period?.end == CalendarDate(iso: "2025-05-31"))
        let quarter = try #require(tables.flatMap(\.cells).first { $0.rowLabel == "Service fees" && $0.value == 31 })
        #expect(quarter.period?.months == 3)
        #expect(quarter.period?.end == CalendarDate(iso: "2024-05-31"))
        #expect(!tables.flatMap(\.cells).contains { $0.rowLabel.hasPrefix("Nine months") })
    }

    @Test func aPeriodAndUnitsNoteBesideColumnNamesIsAHeaderLine() throws {
        // The units note and the period in the label column, the column names beside it:
        // a header line, so the region starts at the years above it.
        let s = """
        The following table summarizes intangible assets:
                                                  2024                              2023
                                      Gross                  Net        Gross                  Net
        as of December 31 (in millions)   amount  amortization   amount   amount  amortization   amount
        Definite-lived intangible assets
          Developed product rights     $ 81,428  $ (28,253)  $ 53,175   $ 75,142  $ (22,455)  $ 52,687
          License agreements              8,315     (6,624)     1,691      8,191     (5,571)     2,620
        """
        let r = regions(s)
        #expect(r.count == 1)
        #expect(r.first?.lines.count == 6)
        let doc = try processed(text: s)
        let t = try #require(doc.tables.first)
        #expect(t.units.scale == 1_000_000)
        let cell = try #require(t.cells.first { $0.raw.contains("8,315") })
        #expect(!t.header.isEmpty)
        #expect(cell.columnPath.contains("Gross"))
        // A first cell running on into a column name is left to the lookback.
        let run = Array("December 31 (in millions) outstanding      stock      capital      Total".utf8)
        #expect(FixedWidth.isUnitsNoteHeader(run, Span(start: 0, end: run.count)) == false)
        #expect(FixedWidth.isStubHeader(run, Span(start: 0, end: run.count)) == false)
        let line = Array("as of December 31 (in millions)   amount   amortization   amount".utf8)
        #expect(FixedWidth.isUnitsNoteHeader(line, Span(start: 0, end: line.count)))
    }

    @Test func aStubHeadingBesideColumnNamesIsAHeaderLine() throws {
        let s = """
        The following table presents assets measured at fair value (in millions):
                                            Quoted Prices in    Significant Other      Significant
                                             Active Markets        Observable         Unobservable
        Description                            (Level 1)            (Level 2)           (Level 3)       Fair Value
        Cash equivalents:
            Time deposits                  $           0     $          1,698     $            0   $      1,698
            Money market mutual funds              4,373                    0                  0          4,373
        """
        let r = regions(s)
        #expect(r.count == 1)
        #expect(r.first?.lines.count == 6)
        let doc = try processed(text: s)
        let t = try #require(doc.tables.first)
        let cell = try #require(t.cells.first { $0.raw.contains("1,698") && $0.col == 1 })
        #expect(cell.columnPath.contains("Observable"))
        // A sentence with wide gaps, or a line with a figure, is no stub heading.
        for text in ["Level 1.      Quoted prices in active markets.      See Note 4.", "Total      Net      1,200      900"] {
            let line = Array(text.utf8)
            #expect(FixedWidth.isStubHeader(line, Span(start: 0, end: line.count)) == false)
        }
    }

    @Test("a label cut at the label column's width goes on into the row below, a heading over rows does not")
    func aLabelCutAtTheColumnWidth() throws {
        let s = """
                                                              Amortized    Unrealized       Fair
                                                                   Cost        Losses      Value
        Corporate debt securities                          $      4,809    $      (12)  $   4,797
        Debt securities issued by the national
        Treasury                                                  4,185           (44)      4,142
        Bonds issued by regional development
        agencies                                                  1,836            (2)      1,834
        Money market funds                                        1,777             —       1,777
        Total                                              $     12,607    $      (58)  $  12,550
        """
        let doc = try processed(text: s)
        let t = try #require(doc.tables.first)
        #expect(t.cells.first { $0.value == 4185 }?.rowLabel == "Debt securities issued by the national Treasury")
        #expect(t.cells.first { $0.value == 1836 }?.rowLabel == "Bonds issued by regional development agencies")
        #expect(t.cells.first { $0.value == 1777 }?.rowLabel == "Money market funds")
        // A heading over several rows keeps them, however wide; so does an item of a
        // computation over the row below it.
        let heading = """
                                                                      2025         2024
        Other assets                                               $   310      $   290
        Amounts recognized on the consolidated balance sheets
        Other liabilities                                              (45)         (41)
        Accrued liabilities                                            (12)         (10)
        Net asset                                                  $   253      $   239
        Less: earnings allocated to participating securities
        Net income available to common shareholders                $   880      $   790
        Basic
        """
        let h = try #require(try processed(text: heading).tables.first)
        #expect(h.cells.first { $0.value == -45 }?.rowLabel == "Other liabilities")
        #expect(h.cells.first { $0.value == 880 }?.rowLabel == "Net income available to common shareholders")
    }

    @Test("a name cut at the label column's width goes on into the row below, though siblings with figures follow")
    func aNameCutAtTheColumnWidth() throws {
        // The cut row first in the table, then one in the middle: each followed by a sibling
        // with figures, which a heading's rows would be too; the capitalized last word of a
        // sentence-case line and the capitalized word below tell a name cut in two.
        let s = """
                                                          Fair Value   Unrealized      Total
                                                             (Level 2)       Losses
        Bonds issued by the Federal Home Loan
        Banks                                         $      2,444    $     (21)  $   2,423
        Corporate debt securities                            1,188           (7)      1,181
        Notes issued by agencies of the United
        Kingdom government                                   1,307           (2)      1,305
        Certificates of deposit                                 365            —        365
        Total                                         $      5,304    $     (30)  $   5,274
        """
        let t = try #require(try processed(text: s).tables.first)
        #expect(t.cells.first { $0.value == 2444 }?.rowLabel == "Bonds issued by the Federal Home Loan Banks")
        #expect(t.cells.first { $0.value == 2444 }?.rowPath == ["Bonds issued by the Federal Home Loan Banks"])
        #expect(t.cells.first { $0.value == 1188 }?.rowPath == ["Corporate debt securities"])
        #expect(t.cells.first { $0.value == 1307 }?.rowLabel == "Notes issued by agencies of the United Kingdom government")
        #expect(t.cells.first { $0.value == 365 }?.rowPath == ["Certificates of deposit"])
        // A heading in sentence case ending in a common noun keeps its rows, however wide.
        let heading = """
                                                                      2025         2024
        Amounts recognized on the consolidated balance sheets
        Other liabilities                                              (45)         (41)
        Accrued liabilities                                            (12)         (10)
        Net liability                                              $   (57)     $   (51)
        """
        let h = try #require(try processed(text: heading).tables.first)
        #expect(h.cells.first { $0.value == -45 }?.rowLabel == "Other liabilities")
        #expect(h.cells.first { $0.value == -45 }?.rowPath.first == "Amounts recognized on the consolidated balance sheets")
    }

    @Test("a Year heading centred over year labels heads the label column: the rows are the years")
    func aYearHeadingOverYearLabels() throws {
        let s = """
        Pay versus performance, years ended December 31

                                    Summary Compensation         Compensation
                Year                 Table Total for CEO     Actually Paid to CEO
         2025                      $           7,791,510     $          8,106,840
         2024                      $           7,948,029     $         17,160,056
         2023                      $           8,242,487     $         17,132,578
        """
        let doc = try processed(text: s)
        let t = try #require(doc.tables.first)
        let total = try #require(t.cells.first { $0.value == 7_948_029 })
        #expect(!total.columnPath.contains { $0.contains("Year") })
        #expect(t.header.contains { $0.first == "Year" })
        #expect(total.period == .duration(start: CalendarDate(year: 2024, month: 1, day: 1)!, end: CalendarDate(year: 2024, month: 12, day: 31)!))
    }

    @Test("stacked column names ending in lowercase pieces over rows of years stay the header")
    func stackedNamesOverAYearColumn() throws {
        let s = """
        Equity award adjustments, years ended December 31

                                                                  Year over Year
                                                               Change in Fair Value              Year over Year
                                 Year End Fair Value of          of Outstanding and             Change in Fair Value
                                    Equity Awards               Awards Granted in              of Equity Awards           Total Equity Award
                Year              Granted in the Year              Prior Years              that Vested in the Year          Adjustments
         2025                    $            2,775,328        $             213,488        $               394,821     $         3,383,637
         2024                    $            6,430,835        $           4,145,861        $               191,627     $        10,768,323
         2023                    $            7,655,360        $           3,231,688        $               617,361     $        11,504,409
        """
        let t = try #require(try processed(text: s).tables.first)
        let vested = try #require(t.cells.first { $0.value == 191_627 })
        #expect(vested.rowLabel == "2024")
        #expect(t.header.contains { $0.first == "Year" })
        #expect(vested.period == .duration(start: CalendarDate(year: 2024, month: 1, day: 1)!, end: CalendarDate(year: 2024, month: 12, day: 31)!))
        #expect(!t.cells.contains { $0.rowLabel.contains("Granted") })
    }

    @Test("a Year heading alone on its line between the column names and the rows heads the label column")
    func aYearHeadingOnItsOwnLine() throws {
        let s = """
        Average reconciliation for the other officers, years ended December 31

                                   Average Reported
                                 Compensation Table          Average Reported              Average
                                 Total for Officers           Value of Equity        Compensation Paid
                Year
         2025                    $          2,147,211         $        924,885         $     2,179,259
         2024                    $          2,168,356         $        781,209         $     3,801,604
        """
        let t = try #require(try processed(text: s).tables.first)
        let paid = try #require(t.cells.first { $0.value == 3_801_604 })
        #expect(paid.rowLabel == "2024")
        #expect(t.header.contains { $0.first == "Year" })
        #expect(paid.period == .duration(start: CalendarDate(year: 2024, month: 1, day: 1)!, end: CalendarDate(year: 2024, month: 12, day: 31)!))
    }

    @Test("a schedule's column names keep their last line over a line of markers and group labels")
    func scheduleNamesOverMarkersAndGroups() throws {
        let s = """
                                     SCHEDULE OF RESERVES
                                                 For the Years Ended December 31:
                                                        (Dollars in Millions)

                                                                 Balance at                                                             Foreign              Balance at
                                                                Beginning of             Additions/                                    Currency               End of
        Description                                               Period                (Deductions)              Write-offs           and Other              Period
                                               (1) (2)
        Allowance For Doubtful Accounts
        2025
        –Current                                            $               331     $               (12) $                (146) $              (20)      $            153
        –Noncurrent                                         $                26     $                 (7) $                    0   $               (1)   $                18
        2024
        –Current                                            $               367     $                 13     $             (97) $                  18    $            301
        –Noncurrent                                         $                21     $                 (2) $                    —   $                0   $                19
        Allowance For Obsolete Stock
        2025                                                $               558     $                122     $            (199) $                  (4)   $            477
        2024                                                $               531     $                201     $            (183) $                   9    $            558

        (1) Most write-offs during the period related to receivables previously reserved.
        (2) Other includes reserves of discontinued operations.
        """
        let t = try #require(try processed(text: s).tables.first)
        #expect(Set(t.cells.map(\.col)) == [0, 1, 2, 3, 4])
        let closing = try #require(t.cells.first { $0.value == 153 })
        #expect(closing.col == 4)
        #expect(closing.columnPath.last == "Period")
        #expect(closing.period == .instant(CalendarDate(year: 2025, month: 12, day: 31)!))
        #expect(t.cells.first { $0.value == -146 }?.col == 2)
        #expect(!t.cells.contains { $0.value == -1 && $0.raw.contains("(1) (2)") })
        #expect(t.header.contains { $0.first == "Description" })
    }

    @Test("a schedule's labelled column names over a units note alone on its line are header")
    func scheduleNamesOverAUnitsNote() throws {
        let s = """
                                                                 SCHEDULE II – VALUATION AND QUALIFYING ACCOUNTS
                                                                                Balance at                                                                          Balance at
                                  Description                              Beginning of Period           Additions                    Deductions                  End of Period
                                                                                                                          (In millions)
         Fiscal year 2025
         Allowance for doubtful accounts                                 $                    3   $                    1        $                   —        $                     4
         Sales return allowance                                          $                   12   $                  101        $                  (90)      $                   23
         Fiscal year 2024
         Allowance for doubtful accounts                                 $                    3   $                    —        $                   —        $                     3
         Sales return allowance                                          $                   16   $                   18        $                  (22)      $                   12
        """
        let t = try #require(try processed(text: s).tables.first)
        let closing = try #require(t.cells.first { $0.value == 23 })
        #expect(closing.columnPath.last == "End of Period")
        #expect(closing.rowPath == ["Fiscal year 2025", "Sales return allowance"])
    }

    @Test("a group label beside the units note keeps the header above it")
    func aGroupLabelBesideTheUnitsNote() throws {
        for (name, gap) in [("Revenue:", 40), ("Other assets:", 34)] {
            let s = """
            The following table summarizes revenue by region:

                                                                  Year Ended
                                                      January 28,              January 29,
                                                         2024                     2023
            \(name)\(String(repeating: " ", count: gap))(In millions)
              North region                        $         8,292      $         4,349
              South region                                  6,986                8,544
            Total                                 $        15,278      $        12,893
            """
            let doc = try processed(text: s)
            let t = try #require(doc.tables.first)
            #expect(t.units.scale == 1_000_000)
            let north = try #require(t.cells.first { $0.value == 8292 })
            #expect(north.columnPath.contains("2024"))
            #expect(north.period == .duration(start: CalendarDate(year: 2023, month: 1, day: 29)!, end: CalendarDate(year: 2024, month: 1, day: 28)!))
            #expect(north.rowPath == [String(name.dropLast()), "North region"])
        }
        // Not one: a label with a figure, a units note in the label zone, no colon.
        for text in ["Revenue:                      1,200", "Revenue: (In millions)", "Revenue                                    (In millions)"] {
            let line = Array(text.utf8)
            #expect(!FixedWidth.isGroupLabelWithUnitsNote(line, Span(start: 0, end: line.count)))
        }
    }

    @Test func aUnitsNoteOverColumnNamesKeepsTheNames() throws {
        let s = """
        (in millions)                                     Total          Current        Long-term
        Long-term debt, including current portion     $    66,841    $      6,771   $     60,070
        Interest on long-term debt                         36,040           2,764         33,276
        """
        let doc = try processed(text: s)
        let t = try #require(doc.tables.first)
        #expect(t.units.scale == 1_000_000)
        #expect(t.cells.first { $0.raw.contains("6,771") }?.columnPath == ["Current"])
        // Not a units note: a label with a gap before its figures stays a row.
        let row = Array("(in millions)        1,200       1,100".utf8)
        #expect(FixedWidth.isUnitsNoteHeader(row, Span(start: 0, end: row.count)) == false)
        // A units phrase of its own words is one; a bare scale word is not.
        let phrase = Array("Amounts in millions          March 31, 2025     June 30, 2024".utf8)
        #expect(FixedWidth.isUnitsNoteHeader(phrase, Span(start: 0, end: phrase.count)))
        let word = Array("Millions                     shares     shares     Total".utf8)
        #expect(FixedWidth.isUnitsNoteHeader(word, Span(start: 0, end: word.count)) == false)
    }

    @Test func aSentenceAfterAStatementIsNotALabelLine() {
        let s = """
                                                                                          2024        2023
        Net income                                                                       2,722      30,425
        Stock-based compensation                                                        19,621      24,023
        The accompanying notes are an integral part of these consolidated financial statements.
        Revenue                                                                          1,000       2,000
        Cost of sales                                                                      500         600
        """
        let r = regions(s)
        #expect(r.first?.lines.count == 3)
    }
}

@Suite struct FixedWidthUnitsPeriodLabelTests {
    @Test func aUnitsLabelNamingThePeriodDatesTheColumns() throws {
        let s = """
        years ended December 31 (in millions, except per share data)             2024          2023
        Net revenues                                                        $  56,334     $  54,318
        Cost of products sold                                                  16,904        20,415
        """
        let doc = try processed(text: s)
        let t = try #require(doc.tables.first)
        #expect(t.units.scale == 1_000_000)
        let cell = try #require(t.cells.first { $0.rowLabel == "Cost of products sold" && $0.col == 1 })
        #expect(cell.period?.end == CalendarDate(iso: "2023-12-31"))
        #expect(cell.period?.months == 12)
    }

    @Test func aUnitsNoteAloneStaysTheCaption() {
        #expect(FixedWidth.unitsLabelNamesPeriod("(Dollars in millions, except per share data)") == false)
        #expect(FixedWidth.unitsLabelNamesPeriod("Millions, except per share amounts, for the three months ended June 30,"))
        #expect(FixedWidth.unitsLabelNamesPeriod("as of December 31 (in millions)"))
    }
}

@Suite struct FixedWidthContinuationTests {
    @Test func aStatementCutByBlankLinesAndAGroupLabelStaysOneTable() throws {
        let s = """
                                                                For the Years Ended
                                                                   September 30,
                                                               2024          2023
        Basic Earnings Per Share
            Class A common stock                           $   9.74      $   8.29
            Class C common stock                           $  38.97      $  33.17


        Basic Weighted-average Shares Outstanding
            Class A common stock                              1,621         1,618
            Class C common stock                                 16            10
        """
        let doc = try processed(text: s)
        #expect(doc.tables.count == 1)
        let t = try #require(doc.tables.first)
        let shares = try #require(t.cells.first { $0.raw.contains("1,621") })
        #expect(shares.rowPath == ["Basic Weighted-average Shares Outstanding", "Class A common stock"])
        #expect(shares.period?.end == CalendarDate(iso: "2024-09-30"))
    }

    @Test func aBlockWithAFigureInItsLabelZoneContinuesTheTable() throws {
        // After a blank line, a block whose label zone prints a figure (the shares issued)
        // has a column the block above does not fill, so the region filter splits it off;
        // it ends in the same column and prints no header: the same statement, under its
        // header's dates.
        let s = """
                                                                           March 31, 2025        June 30, 2024
          Cash and cash equivalents                                      $          9,116   $           9,482
          Accounts receivable                                                       6,139               6,118
        TOTAL ASSETS                                                     $         15,255   $          15,600

        Liabilities and Shareholders' Equity
          Accounts payable                                               $         14,512   $          15,364
          Common stock – shares issued –                  March 2025   4,009.2
                                                           June 2024   4,009.2          4,009               4,009
          Retained earnings                                                       128,919             123,811
        """
        let doc = try processed(text: s)
        #expect(doc.tables.count == 1)
        let t = try #require(doc.tables.first)
        let payable = try #require(t.cells.first { $0.raw.contains("14,512") })
        #expect(payable.rowLabel == "Accounts payable")
        #expect(payable.period?.end == CalendarDate(iso: "2025-03-31"))
        // A block ending in another column, after one blank line, is a new table.
        let other = """
                                           2025        2024
        Inventories                       4,210       3,980
        Prepaid expenses                    615         590

        Maturities
            Operating leases              1,204       1,150       1,020
            Finance leases                   88          79          61
        """
        #expect(try processed(text: other).tables.count == 2)
    }

    @Test func aPartWithOtherColumnsOrItsOwnHeaderIsANewTable() throws {
        let s = """
                                                               2024          2023
            Class A common stock                           $   9.74      $   8.29
            Class C common stock                           $  38.97      $  33.17


        Other figures
            Leases                                           1,621         1,618         1,500
            Debt                                                16            10            12
        """
        #expect(try processed(text: s).tables.count == 2)
        let sentence = Array("The table below shows it.".utf8)
        #expect(TablesStage.isGroupLabelLine(sentence, 0..<sentence.count) == false)
        let group = Array("Cash flows from investing activities:".utf8)
        #expect(TablesStage.isGroupLabelLine(group, 0..<group.count))
    }
}

@Suite struct FixedWidthCentredHeadingTests {
    @Test func aHeadingCentredOverTheColumnsIsAHeaderNotATitle() throws {
        let s = """
                                                                Six months ended June 30
                                                                     2025            2024
        Net loss                                                   ($643)        ($1,794)
        Depreciation                                                  926             883
        """
        let doc = try processed(text: s)
        let t = try #require(doc.tables.first)
        // The day of the date stays in the heading: not a figure split off into a column.
        #expect(t.header.first == ["", "Six months ended June 30", "Six months ended June 30"])
        let cell = try #require(t.cells.first { $0.raw == "926" })
        #expect(cell.period?.end == CalendarDate(iso: "2025-06-30"))
        #expect(cell.period?.months == 6)
    }
}
