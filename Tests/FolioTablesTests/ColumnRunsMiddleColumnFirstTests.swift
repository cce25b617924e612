import FolioModel
@testable import FolioTables
import Testing

/// Reading-order tables whose period heading is centred over three columns, so the text
/// flow prints the middle column's date and year first, then the first column's and the
/// last's (`ColumnRuns.middleColumnFirst`, `yearsAbove`, #17). Inputs written for them (a
/// made-up company).
@Suite struct ColumnRunsMiddleColumnFirstTests {
    static func columns(_ t: Table, _ label: String) -> [String] {
        t.cells.filter { $0.rowLabel == label && $0.value != nil }.sorted { $0.col < $1.col }
            .map { $0.columnPath.joined(separator: " ") }
    }

    /// Three labels, three columns of runs under `header`.
    static func table(header: String) -> String {
        """
        Our statements of income include stock-based compensation expense as follows:
        \(header)
        (In millions)

        Cost of revenue
        Research and development
        Total

        $

        140
        1,900
        2,040

        $

        120
        1,300
        1,420

        $

        90
        860
        950

        """
    }

    /// Fiscal years ending on other days, each column its date over its year.
    static let dated = """
        Year Ended
        January 30,
        2031
        January 29,
        2032
        January 31,
        2030
        """

    @Test func datedColumnsTakeTheirPlaces() throws {
        let doc = try processed(text: Self.table(header: Self.dated))
        let t = try #require(doc.tables.first)
        #expect(Self.columns(t, "Total") == ["Year Ended January 29, 2032", "Year Ended January 30, 2031", "Year Ended January 31, 2030"])
        let totals = t.cells.filter { $0.rowLabel == "Total" }.sorted { $0.col < $1.col }
        #expect(totals.map(\.value) == [2040, 1420, 950])
        #expect(totals.compactMap { $0.period?.end.year } == [2032, 2031, 2030])
    }

    /// One date every column shares, then the years alone, rising in column order.
    @Test func yearsAloneRising() throws {
        let header = """
            For the Years Ended
            September 30,
            2031
            2030
            2032
            """
        let doc = try processed(text: Self.table(header: header))
        let t = try #require(doc.tables.first)
        #expect(Self.columns(t, "Cost of revenue") == ["For the Years Ended September 30, 2030", "For the Years Ended September 30, 2031",
                                                       "For the Years Ended September 30, 2032"])
    }

    /// Guard: years in no order the middle column's move explains (`2030` first, then
    /// `2032`, `2031`) head no column.
    @Test func otherOrdersGiveNoHeader() throws {
        let header = Self.dated.replacingOccurrences(of: "January 30,\n2031\nJanuary 29,\n2032\nJanuary 31,\n2030",
                                                     with: "January 31,\n2030\nJanuary 29,\n2032\nJanuary 30,\n2031")
        let doc = try processed(text: Self.table(header: header))
        let t = try #require(doc.tables.first)
        #expect(!Self.columns(t, "Total").contains { $0.contains("2032") })
    }

    /// The heading with the middle column's date and year, then the first column's, above the
    /// labels; the last column's before the second run, with the units caption
    /// (`middleColumnFirstAcross`).
    static let across = """
        The following table summarizes revenue by market:
        Year Ended
        January 30,
        2031
        January 29,
        2032
        Revenue:
        Data Center
        Gaming
        Total revenue

        15,000
        9,000
        24,000

        January 31,
        2030
        (In millions)

        10,600
        12,400
        23,000

        6,600
        7,700
        14,300
        """

    @Test func headerAcrossPlaces() throws {
        let doc = try processed(text: Self.across)
        let t = try #require(doc.tables.first)
        #expect(Self.columns(t, "Gaming") == ["Year Ended January 29, 2032", "Year Ended January 30, 2031", "Year Ended January 31, 2030"])
        let gaming = t.cells.filter { $0.rowLabel == "Gaming" }.sorted { $0.col < $1.col }
        #expect(gaming.map(\.value) == [9000, 12400, 7700])
        #expect(gaming.allSatisfy { $0.scale == 1_000_000 })
        // Guard: another line among the run's pieces heads nothing.
        let other = try processed(text: Self.across.replacingOccurrences(of: "2030\n(In millions)", with: "2030\nUnaudited figures"))
        #expect(!(other.tables.first.map { Self.columns($0, "Gaming").contains { $0.contains("2032") } } ?? false))
    }

    /// The order itself: the first printed goes to the middle; an even count has no middle.
    @Test func order() {
        #expect(ColumnRuns.middleColumnFirst(3) == [1, 0, 2])
        #expect(ColumnRuns.middleColumnFirst(5) == [1, 2, 0, 3, 4])
        #expect(ColumnRuns.middleColumnFirst(4) == nil)
        #expect(ColumnRuns.middleColumnFirst(2) == nil)
    }
}

/// Reading-order statements whose first row's currency sign is printed right above the
/// labels, under the header (`ColumnRuns.linesAboveLabels`: a currency sign over the
/// labels, #17). Inputs written for them (a made-up company).
@Suite struct ColumnRunsSignOverLabelsTests {
    static func columns(_ t: Table, _ label: String) -> [String] {
        ColumnRunsMiddleColumnFirstTests.columns(t, label)
    }

    /// A 10-Q's equity statement: the first group's heading, date and year above the labels,
    /// the first row's sign under them; the other columns' pieces before their one-figure runs.
    static let equity = """
        CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY
        (In millions)
        Three Months Ended
        March 31,
        2031

        $

        Total shareholders' equity, beginning balances
        Common stock:
        Beginning balances
        Common stock issued
        Ending balances

        6,600

        Six Months Ended

        March 31,
        2030

        $

        7,400

        March 31,
        2031

        $

        5,600

        March 31,
        2030

        $

        6,200

        8,400
        800
        9,200

        7,500
        700
        8,200

        8,300
        900
        9,200

        7,300
        900
        8,200
        """

    @Test func periodGroupsOverTheSign() throws {
        let doc = try processed(text: Self.equity)
        let t = try #require(doc.tables.first)
        #expect(Self.columns(t, "Common stock issued") == ["Three Months Ended March 31, 2031", "Three Months Ended March 31, 2030",
                                                           "Six Months Ended March 31, 2031", "Six Months Ended March 31, 2030"])
        #expect(t.cells.filter { $0.rowLabel == "Common stock issued" }.sorted { $0.col < $1.col }.map(\.value) == [800, 700, 900, 900])
    }

    /// A balance sheet's years above the labels, the first row's sign under them.
    @Test func yearsOverTheSign() throws {
        let text = """
            Consolidated Balance Sheets
            December 31,
            2031
            2030
            (in millions)

            $

            Cash
            Receivables
            Total current assets

            10
            20
            30

            $

            12
            18
            30
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(Self.columns(t, "Cash") == ["December 31, 2031", "December 31, 2030"])
    }
}

/// A total whose label the converter prints apart, before a later column's run, as if it
/// headed that column (`ColumnRuns.totalLabelApart`, #17). Inputs written for it (a made-up
/// company).
@Suite struct ColumnRunsTotalLabelApartTests {
    static let text = """
        Reconciling items included in the other category are as follows:
        Year Ended
        January 30,
        2031
        January 29,
        2032
        January 31,
        2030
        (In millions)

        Reconciling items:
        Stock-based compensation expense
        Acquisition-related costs
        Restructuring costs
        Legal settlement costs
        Other costs

        $
        (2,710) $
        (674)
        (54)
        (23)
        (2)
        (3,463) $
        $
        Total
        (2,004) $
        (636)
        —
        (10)
        —
        (2,650) $

        (1,397)
        (836)
        —
        (38)
        —
        (2,271)
        """

    @Test func theTotalTakesItsLabelAndTheColumnsTheirHeader() throws {
        let doc = try processed(text: Self.text)
        let t = try #require(doc.tables.first)
        let total = t.cells.filter { $0.rowLabel == "Total" }.sorted { $0.col < $1.col }
        #expect(total.map(\.value) == [-3463, -2650, -2271])
        #expect(total.map { $0.columnPath.joined(separator: " ") } == ["Year Ended January 29, 2032", "Year Ended January 30, 2031",
                                                                       "Year Ended January 31, 2030"])
        #expect(!t.cells.contains { $0.rowLabel.isEmpty })
    }

    /// Guard: a piece that names no total (`Other`) labels nothing; the total stays without
    /// a label, as before.
    @Test func aPieceNamingNoTotalLabelsNothing() throws {
        let doc = try processed(text: Self.text.replacingOccurrences(of: "$\nTotal\n", with: "$\nOther\n"))
        let t = try #require(doc.tables.first)
        #expect(!t.cells.contains { $0.rowLabel == "Other" && $0.value == -3463 })
    }
}
