import FolioModel
@testable import FolioTables
import Testing

/// Reading-order note tables of a 10-Q whose header is printed above the labels group by
/// group (each period heading, its columns' dates, their years), a units caption between
/// the header and the labels (`ColumnRuns.periodGroupsAbove`, `headerAboveCaption`, #17).
/// Inputs written for them (a made-up company).
@Suite struct ColumnRunsPeriodGroupsAboveTests {
    static func columns(_ t: Table, _ label: String) -> [String] {
        t.cells.filter { $0.rowLabel == label && $0.value != nil }.sorted { $0.col < $1.col }
            .map { $0.columnPath.joined(separator: " ") }
    }

    /// Three labels and a total, four columns of runs under a header printed above.
    static func table(header: String, caption: String = "(in thousands)") -> String {
        """
        The following table summarizes revenues by region:
        \(header)

        \(caption)

        North region
        South region
        West region
        Total revenues

        $

        400
        300
        200
        $ 900

        $

        350
        250
        150
        750

        $

        800
        600
        400
        $ 1,800

        $

        700
        500
        300
        1,500

        """
    }

    /// Two groups, each its heading, its columns' dates and their years (`later`: the second
    /// group's last year).
    static func datedGroups(later: String = "2030") -> String {
        """
        Three Months Ended
        June 30,
        June 30,
        2031
        2030

        Six Months Ended
        June 30,
        June 30,
        2031
        \(later)
        """
    }

    /// Each group's dates one a column: every column takes its group's heading, its date
    /// and its year, and so its period.
    @Test func datesOneAColumn() throws {
        let doc = try processed(text: Self.table(header: Self.datedGroups()))
        let t = try #require(doc.tables.first)
        #expect(Self.columns(t, "South region") == ["Three Months Ended June 30, 2031", "Three Months Ended June 30, 2030",
                                                    "Six Months Ended June 30, 2031", "Six Months Ended June 30, 2030"])
        let periods = t.cells.filter { $0.rowLabel == "Total revenues" }.sorted { $0.col < $1.col }
            .map { $0.period.map { "\($0.start.map { "\($0)" } ?? "-")..\($0.end)" } ?? "none" }
        let june = [CalendarDate(year: 2031, month: 6, day: 30), CalendarDate(year: 2030, month: 6, day: 30)]
        let expected = [(june[0], 3), (june[1], 3), (june[0], 6), (june[1], 6)].map { end, months in
            end.flatMap { Period.ending($0, months: months) }.map { "\($0.start.map { "\($0)" } ?? "-")..\($0.end)" } ?? "?"
        }
        #expect(periods == expected)
    }

    /// One date line each group's columns share (`September 30,` over `2031` / `2030`).
    @Test func oneDateAGroup() throws {
        let header = """
            Three Months Ended
            September 30,
            2031
            2030

            Nine Months Ended
            September 30,
            2031
            2030
            """
        let doc = try processed(text: Self.table(header: header, caption: "(in millions)"))
        let t = try #require(doc.tables.first)
        #expect(Self.columns(t, "West region") == ["Three Months Ended September 30, 2031", "Three Months Ended September 30, 2030",
                                                   "Nine Months Ended September 30, 2031", "Nine Months Ended September 30, 2030"])
    }

    /// The title is read above the header, not made of its pieces (`June 30, June 30, 2030`).
    @Test func titleAboveTheHeader() throws {
        let doc = try processed(text: Self.table(header: Self.datedGroups()))
        let t = try #require(doc.tables.first)
        #expect(t.title == "The following table summarizes revenues by region:")
    }

    /// Guard: groups whose years differ (`2031` / `2030`, then `2031` / `2029`) are not one
    /// header's period groups: no column takes a year.
    @Test func groupsOfOtherYearsGiveNoHeader() throws {
        let doc = try processed(text: Self.table(header: Self.datedGroups(later: "2029")))
        let t = try #require(doc.tables.first)
        #expect(!Self.columns(t, "South region").contains { $0.contains("2031") })
    }

    /// Each column's date over its year, the second group's heading printed where the text
    /// flow reaches it: after the first column, before the second
    /// (`headingsWhereTheFlowReachesThem`).
    static func headingsInTheFlow(second: String = "Six Months Ended", lastYear: String = "2030") -> String {
        """
        Three Months Ended
        March 31,
        2031

        \(second)

        March 31,
        2030

        March 31,
        2031

        March 31,
        \(lastYear)
        """
    }

    /// Each column takes its group's heading, its date and its year, and so its period.
    @Test func headingsWhereTheFlowReachesThem() throws {
        let doc = try processed(text: Self.table(header: Self.headingsInTheFlow()))
        let t = try #require(doc.tables.first)
        #expect(Self.columns(t, "North region") == ["Three Months Ended March 31, 2031", "Three Months Ended March 31, 2030",
                                                    "Six Months Ended March 31, 2031", "Six Months Ended March 31, 2030"])
        #expect(t.title == "The following table summarizes revenues by region:")
        let ends = t.cells.filter { $0.rowLabel == "Total revenues" }.sorted { $0.col < $1.col }.compactMap { $0.period?.end }
        #expect(ends.map(\.year) == [2031, 2030, 2031, 2030])
    }

    /// Nine Months Ended groups and years alone (no dates) are dealt out the same way.
    @Test func headingsInTheFlowYearsAlone() throws {
        let header = """
            Three Months Ended September 30,
            2031
            Nine Months Ended September 30,
            2030
            2031
            2030
            """
        let doc = try processed(text: Self.table(header: header))
        let t = try #require(doc.tables.first)
        #expect(Self.columns(t, "West region") == ["Three Months Ended September 30, 2031", "Three Months Ended September 30, 2030",
                                                   "Nine Months Ended September 30, 2031", "Nine Months Ended September 30, 2030"])
    }

    /// Guard: groups whose years differ are not one header's groups; nor is a header whose
    /// second heading is printed after its group's first column: no column takes a year.
    @Test func headingsInTheFlowThatDoNotFitGiveNoHeader() throws {
        for header in [Self.headingsInTheFlow(lastYear: "2029"),
                       Self.headingsInTheFlow().replacingOccurrences(of: "Six Months Ended\n\nMarch 31,\n2030\n\nMarch 31,\n2031",
                                                                     with: "March 31,\n2030\n\nMarch 31,\n2031\nSix Months Ended")] {
            let doc = try processed(text: Self.table(header: header))
            let t = try #require(doc.tables.first)
            #expect(!Self.columns(t, "South region").contains { $0.contains("2031") })
        }
    }

    /// A statement whose first row is printed as a band over the labels (its label, then its
    /// figures one a line), under period groups printed group by group (`bandAbove`).
    static func bandUnderGroups(_ header: String) -> String {
        """
        Consolidated Statements of Stockholders' Equity
        (in thousands)
        \(header)

        Total stockholders' equity, beginning balances
        $ 5,000
        $ 4,000
        $ 4,500
        $ 3,600
        Common stock:
        Beginning balances
        Issuance of common stock
        Ending balances

        $ 1,000
        100
        $ 1,100

        $ 800
        50
        $ 850

        $ 950
        150
        $ 1,100

        $ 760
        90
        $ 850

        """
    }

    /// The band's columns take their groups' headings, dates and years, and the opening
    /// balances their instants; groups of other years head nothing.
    @Test func bandUnderPeriodGroups() throws {
        let doc = try processed(text: Self.bandUnderGroups(Self.datedGroups()))
        let t = try #require(doc.tables.first)
        let label = "Total stockholders' equity, beginning balances"
        #expect(Self.columns(t, label) == ["Three Months Ended June 30, 2031", "Three Months Ended June 30, 2030",
                                           "Six Months Ended June 30, 2031", "Six Months Ended June 30, 2030"])
        #expect(Self.columns(t, "Issuance of common stock").count == 4)
        #expect(t.title == "Consolidated Statements of Stockholders' Equity")
        let other = try processed(text: Self.bandUnderGroups(Self.datedGroups(later: "2029")))
        let u = try #require(other.tables.first)
        #expect(!Self.columns(u, label).contains { $0.contains("2031") })
    }

    /// A first row printed as a band whose period groups' headings are printed among its
    /// figures, each heading over its years and figures (`bandAbove`: period groups among
    /// the band).
    static func keyIndicators(second: String = "Three months ended June 30") -> String {
        """
        The following table summarizes key indicators of results of operations:
        (Dollars in millions)
        Revenues

        Six months ended June 30
        2031
        2030
        $42,245
        $33,435

        \(second)
        2031
        2030
        $22,749
        $16,866

        Earnings from operations
        Operating margins
        Net earnings

        $285
        0.7 %
        $648

        $1,176
        3.5 %
        $1,782

        $176
        0.8 %
        $611

        $1,090
        6.5 %
        $1,439

        """
    }

    @Test func periodGroupsAmongTheFirstRowsBand() throws {
        let doc = try processed(text: Self.keyIndicators())
        let t = try #require(doc.tables.first)
        #expect(Self.columns(t, "Net earnings") == ["Six months ended June 30 2031", "Six months ended June 30 2030",
                                                   "Three months ended June 30 2031", "Three months ended June 30 2030"])
        #expect(t.cells.filter { $0.rowLabel == "Revenues" }.sorted { $0.col < $1.col }.compactMap(\.value) == [42245, 33435, 22749, 16866])
    }

    /// Guard: one heading for two blocks of years (the second's not a period: `Results`):
    /// the band's period groups are not read, and the columns get no period.
    @Test func periodGroupsAmongTheBandNeedAHeadingABlock() throws {
        let doc = try processed(text: Self.keyIndicators(second: "Results"))
        let t = try #require(doc.tables.first)
        #expect(!Self.columns(t, "Net earnings").contains { $0.contains("months") })
    }
}
