import FolioModel
@testable import FolioTables
import Testing

/// Reading-order statements printed in bands (#17, #19): a statement opening with a one-row
/// band, bands read as regions of their own joined into one statement, a last group whose
/// figures are not in the runs, band orders told apart by a section's net. Each rule on
/// inputs written for it (a made-up company).
@Suite struct ColumnRunsBandsTests {
    /// A cash flow statement whose first row is a band of its own: one figure a column, each
    /// a run, before the next band's runs (`ColumnRuns.opensWithOneRowBand`).
    @Test func aStatementOpeningWithAOneRowBandIsRead() throws {
        let text = """
            Cash flows from operating activities:
            Net income
            Adjustments to reconcile net income:
            Depreciation
            Stock-based compensation
            Net cash provided by operating activities

            $
            500
            $
            400

            100
            50
            650

            90
            40
            530
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.cells.filter { $0.rowLabel == "Net income" }.map(\.value) == [500, 400])
        #expect(t.cells.filter { $0.rowLabel == "Net cash provided by operating activities" }.map(\.value) == [650, 530])
    }

    /// A paragraph over lone figures (page numbers, a date's day) is no statement: a first run
    /// of one figure opens one only with more runs after it than a one-row band has columns.
    @Test func aParagraphOverTwoLoneFiguresIsNoTable() throws {
        let text = """
            The Company leases office space in several locations
            under agreements that expire at various dates

            12

            13
            """
        let doc = try processed(text: text)
        #expect(doc.tables.isEmpty)
    }

    /// A statement read as several regions (each band's labels and figures printed apart from
    /// the other bands'), with a one-row band between them: one table, under the first part's
    /// title and header (`TablesStage.columnRunsContinuation`).
    static let incomeInBands = """
        CONSOLIDATED STATEMENTS OF INCOME
        (In millions)
        Revenue:
        Product
        Services
        Total revenue

        2024

        100
        20
        120

        2023

        90
        15
        105

        Gross profit

        70

        60

        Operating expenses:
        Research and development
        Sales and marketing
        Total operating expenses

        30
        10
        40

        25
        5
        30

        Operating income

        30

        30
        """

    @Test func bandsOfAStatementAreJoinedUnderItsTitle() throws {
        let doc = try processed(text: Self.incomeInBands)
        #expect(doc.tables.count == 1)
        let t = try #require(doc.tables.first)
        #expect(t.title == "CONSOLIDATED STATEMENTS OF INCOME")
        #expect(t.statement == .incomeStatement)
        #expect(t.cells.filter { $0.rowLabel == "Gross profit" }.map(\.value) == [70, 60])
        #expect(t.cells.filter { $0.rowLabel == "Research and development" }.map(\.value) == [30, 25])
        #expect(t.cells.filter { $0.rowLabel == "Research and development" }.map(\.columnPath) == [["2024"], ["2023"]])
        #expect(t.cells.filter { $0.rowLabel == "Total operating expenses" }.map(\.scale) == [1_000_000, 1_000_000])
    }

    /// Text between two bands that is no one-row band (a sentence, a label without its
    /// figures) keeps them two tables.
    @Test func bandsApartAcrossOtherTextStayTwoTables() throws {
        let text = Self.incomeInBands.replacingOccurrences(of: "Gross profit\n", with: "Gross profit\nMargin\n")
        let doc = try processed(text: text)
        #expect(doc.tables.count == 2)
        #expect(doc.tables.allSatisfy { $0.cells.allSatisfy { $0.rowLabel != "Gross profit" } })
    }

    /// A last group whose figures are not all in the runs: the rows above its label are read,
    /// the group is left as text (`ColumnRuns.trailingGroupLeftOut`).
    @Test func aLastGroupWithoutItsFiguresIsLeftOut() throws {
        let text = """
            Revenue
            Cost of sales
            Gross profit
            Selling expenses
            Research expenses
            Operating income
            Interest expense
            Income before taxes
            Supplemental data:
            Employees
            Stores

            100
            60
            40
            10
            5
            25
            3
            22

            90
            55
            35
            9
            4
            22
            2
            20

            1,200
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.cells.filter { $0.rowLabel == "Income before taxes" }.map(\.value) == [22, 20])
        #expect(!t.cells.contains { $0.rowLabel == "Employees" || $0.rowLabel == "Stores" })
    }

    /// Two bands of the same length printed without header pieces fit two orders of the runs;
    /// the section's net, the last row before the next group (or the last), is the sum of the
    /// rows above it across their group labels in one order only (`ColumnRuns.totalsAddUp`).
    @Test func aSectionsNetTellsTheBandOrder() throws {
        let text = """
            Operating activities:
            Net income
            Adjustments:
            Depreciation
            Deferred taxes
            Other
            Changes in working capital:
            Receivables
            Payables
            Net cash from operating activities

            $
            100
            $
            80

            10
            5
            1

            8
            4
            2

            (3)
            2
            115

            (1)
            3
            96
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.cells.filter { $0.rowLabel == "Depreciation" }.map(\.value) == [10, 8])
        #expect(t.cells.filter { $0.rowLabel == "Receivables" }.map(\.value) == [-3, -1])
        #expect(t.cells.filter { $0.rowLabel == "Net cash from operating activities" }.map(\.value) == [115, 96])
    }

    /// A balance sheet whose last label wraps before its year, whose commitments caption takes
    /// no figure, and whose last total, longer than a header piece, is printed apart before
    /// the first run (`ColumnRuns.wrapsBeforeYear`, `isCommitmentsCaption`, `rowPrintedApart`).
    @Test func aBalanceSheetWithItsCaptionsAndATotalApartIsRead() throws {
        let text = """
            CONSOLIDATED BALANCE SHEETS
            February 2,
            2025

            (in millions)

            Assets
            Current assets:
            Cash and cash equivalents
            Receivables, net
            Total current assets
            Other assets

            $

            $

            Total assets
            Liabilities and Stockholders' Equity
            Current liabilities:
            Accounts payable
            Total liabilities
            Commitments and contingencies (Note 9)
            Common stock
            Treasury stock, at cost, 80 shares at February 2, 2025 and 79 shares at January 28,
            2024
            Total stockholders' equity

            $

            $

            Total liabilities and stockholders' equity

            January 28,
            2024

            10
            20
            30
            5
            35

            $

            12
            12

            $

            8
            15
            23
            4
            27

            9
            9

            24
            (1)
            23
            35 $

            20
            (2)
            18
            27
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.cells.filter { $0.rowLabel == "Treasury stock, at cost, 80 shares at February 2, 2025 and 79 shares at January 28, 2024" }
            .map(\.value) == [-1, -2])
        #expect(t.cells.filter { $0.rowLabel == "Common stock" }.map(\.value) == [24, 20])
        #expect(t.cells.filter { $0.rowLabel == "Total liabilities and stockholders' equity" }.map(\.value) == [35, 27])
        #expect(t.cells.filter { $0.rowLabel == "Cash and cash equivalents" }.map(\.columnPath) == [["February 2,", "2025"], ["January 28,", "2024"]])
        #expect(!t.cells.contains { $0.rowLabel.hasPrefix("Commitments") })
    }

    /// A statement whose headings and totals are all in capitals: the capitals right above a
    /// row in sentence case head rows, the other capitals are rows (`ColumnRuns.capitalsOverRows`).
    @Test func capitalsOverRowsAreHeadingsTheOtherCapitalsRows() throws {
        let text = """
            CASH, BEGINNING OF PERIOD
            OPERATING ACTIVITIES
            Net earnings
            Depreciation
            TOTAL OPERATING ACTIVITIES
            INVESTING ACTIVITIES
            Capital expenditures
            Asset sales
            TOTAL INVESTING ACTIVITIES
            CASH, END OF PERIOD

            100
            50
            10
            60
            (20)
            5
            (15)
            145

            90
            40
            8
            48
            (10)
            2
            (8)
            130
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.cells.filter { $0.rowLabel == "CASH, BEGINNING OF PERIOD" }.map(\.value) == [100, 90])
        #expect(t.cells.filter { $0.rowLabel == "TOTAL OPERATING ACTIVITIES" }.map(\.value) == [60, 48])
        #expect(t.cells.filter { $0.rowLabel == "CASH, END OF PERIOD" }.map(\.value) == [145, 130])
        #expect(!t.cells.contains { $0.rowLabel == "OPERATING ACTIVITIES" })
    }

    /// A section heading without a colon whose words end the section's net takes no figure
    /// (`ColumnRuns.endsALaterRow`).
    @Test func aHeadingTheSectionsNetEndsWithTakesNoFigure() throws {
        let text = """
            Operating Activities
            Net income
            Depreciation
            Other
            Net cash provided by operating activities

            100
            20
            5
            125

            90
            15
            4
            109
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.cells.filter { $0.rowLabel == "Net income" }.map(\.value) == [100, 90])
        #expect(t.cells.filter { $0.rowLabel == "Net cash provided by operating activities" }.map(\.value) == [125, 109])
    }

    /// A statement's title above a one-row band whose figures, years and signs run to more
    /// lines than the title lookback: only lines with a letter count
    /// (`ColumnRuns.statementTitleAbove`).
    @Test func aTitleAboveAOneRowBandIsTheStatements() throws {
        let text = """
            CONSOLIDATED STATEMENTS OF EARNINGS
            (in millions)

            Net revenues

            2024

            $

            2023

            500

            $

            2022

            480

            $

            460

            Cost of products sold
            Selling expenses
            Operating earnings

            300
            100
            100

            290
            90
            100

            280
            80
            100
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first { $0.cells.contains { $0.rowLabel == "Selling expenses" } })
        #expect(t.title?.hasPrefix("CONSOLIDATED STATEMENTS OF EARNINGS") == true)
    }

    /// A column whose header the converter printed far from its runs has none: it takes the
    /// pieces every column shares, not the period of the column left of it
    /// (`ColumnRuns.headerlessColumn`).
    @Test func aColumnWithoutAHeaderTakesNotItsNeighboursPeriod() throws {
        let text = """
            CONSOLIDATED STATEMENTS OF CASH FLOWS
            (In millions)
            Years Ended
            November 29,
            2024

            Net income
            Depreciation
            Net cash provided by operating activities

            500
            100
            600

            450
            90
            540

            December 2,
            2022

            400
            80
            480
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        let paths = t.cells.filter { $0.rowLabel == "Net income" }.map(\.columnPath)
        #expect(paths == [["Years Ended", "November 29,", "2024"], ["Years Ended"], ["Years Ended", "December 2,", "2022"]])
    }

    /// Group headings printed without a colon whose totals are `Total` and their words take no
    /// figure, wherever they stand (`ColumnRuns.endsALaterRow`).
    @Test func headingsTheirTotalsNameTakeNoFigure() throws {
        let text = """
            Assets
            Current assets
            Cash
            Receivables
            Total current assets
            Other assets
            Total assets

            10
            20
            30
            5
            35

            8
            15
            23
            4
            27
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.cells.filter { $0.rowLabel == "Cash" }.map(\.value) == [10, 8])
        #expect(t.cells.filter { $0.rowLabel == "Total assets" }.map(\.value) == [35, 27])
        #expect(!t.cells.contains { $0.rowLabel == "Current assets" })
    }

    /// A comprehensive income statement whose total is printed apart before a later column's
    /// run, another column's header before its own run, and the first two columns' headers
    /// above the labels, a units caption between them (`ColumnRuns.rowApartBeforeARun`,
    /// `sumsOverGroups`, `headersAboveTwice`).
    static let comprehensive = """
        CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME
        Fiscal
        2024

        in millions

        Fiscal
        2023

        Net earnings
        Other comprehensive income (loss), net of tax:
        Foreign currency translation adjustments
        Cash flow hedges
        Total other comprehensive income (loss), net of tax

        $

        1,480

        $

        1,514

        Comprehensive income

        $

        (60)
        (5)
        (65)
        1,415 $

        23
        1
        24
        1,538

        Fiscal
        2022

        $

        1,710

        $

        (2)
        1
        (1)
        1,709
        """

    @Test func aTotalPrintedApartBeforeALaterRunIsTheLastRow() throws {
        let doc = try processed(text: Self.comprehensive)
        let t = try #require(doc.tables.first)
        #expect(t.cells.filter { $0.rowLabel == "Comprehensive income" }.map(\.value) == [1415, 1538, 1709])
        #expect(t.cells.filter { $0.rowLabel == "Net earnings" }.map(\.value) == [1480, 1514, 1710])
        #expect(t.cells.filter { $0.rowLabel == "Net earnings" }.map(\.columnPath) == [["Fiscal", "2024"], ["Fiscal", "2023"], ["Fiscal", "2022"]])
        #expect(t.cells.filter { $0.rowLabel == "Net earnings" }.map(\.scale) == [1_000_000, 1_000_000, 1_000_000])
    }
}
