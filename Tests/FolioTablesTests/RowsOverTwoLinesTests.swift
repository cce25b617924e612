import FolioModel
@testable import FolioTables
import Testing

/// Tables whose rows reach the text as two lines each: the label with the cells printed at
/// its height, then an unlabelled line with the others, a cell's figure on the upper line and
/// its sign and unit on the lower (`TableBuilder.rowsOverTwoLines`). Inputs written for them
/// (a made-up company), fixed-width and Markdown.
@Suite struct RowsOverTwoLinesTests {
    static let fixedWidth = """
        Pay Versus Performance

                                   Total            Compensation       Total            Net
                                   Compensation     Actually Paid      Shareholder      Income
              Year                 For PEO          to PEO             Return
         2031                                                                           312
                                 $   5,100,200    $   6,250,300     $        180     $   M
         2030                                                                           287
                                 $   4,900,100    $   3,100,400     $        150     $   M
         2029                                                                           264
                                 $   4,700,000    $   8,400,500     $        120     $   M

        """

    static let markdown = """
        Pay Versus Performance

        |Year|Total Compensation For PEO|Compensation Actually Paid to PEO|Total Shareholder Return|Net Income|
        |---|---|---|---|---|
        |2031||||312|
        ||$ 5,100,200|$ 6,250,300|$ 180|$ M|
        |2030||||287|
        ||$ 4,900,100|$ 3,100,400|$ 150|$ M|
        |2029||||264|
        ||$ 4,700,000|$ 8,400,500|$ 120|$ M|

        """

    static func row(_ t: Table, _ label: String) -> [String] {
        t.cells.filter { $0.rowLabel == label }.sorted { $0.col < $1.col }.map(\.raw)
    }

    @Test(arguments: [fixedWidth, markdown])
    func eachYearIsOneRow(_ text: String) throws {
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.nRows == 3)
        #expect(Self.row(t, "2030").count == 4)
        let income = try #require(t.cells.first { $0.rowLabel == "2030" && $0.raw.hasSuffix("M") })
        #expect(income.raw == "$ 287 M")
        #expect(income.value == 287)
        #expect(income.scale == 1_000_000)
        #expect(t.cells.contains { $0.rowLabel == "2029" && $0.value == 8_400_500 })
        #expect(doc.diagnostics.contains { $0.code == "tables.rows_over_two_lines" })
    }

    /// Guards: one such pair alone, and a table with an unlabelled line that pairs with no
    /// labelled line above it (a subtotal), are left as they are.
    @Test func otherTablesAreLeftAsTheyAre() throws {
        let one = Self.markdown.replacingOccurrences(of: "|2030||||287|\n||$ 4,900,100|$ 3,100,400|$ 150|$ M|\n|2029||||264|\n||$ 4,700,000|$ 8,400,500|$ 120|$ M|\n",
                                                     with: "")
        let subtotal = Self.markdown.replacingOccurrences(of: "|$ 120|$ M|\n", with: "|$ 120|$ M|\n||$ 14,700,300|$ 17,751,200|$ 450|$ 863|\n")
        for text in [one, subtotal] {
            let doc = try processed(text: text)
            #expect(!doc.diagnostics.contains { $0.code == "tables.rows_over_two_lines" })
            #expect(!doc.tables.contains { $0.cells.contains { $0.raw == "$ 312 M" } })
        }
    }
}

/// Year rows whose label column's header (`Year`) the converter lost: the rows are the
/// fiscal years they name (`PeriodResolver.fallingYearRows`). Inputs written for them (a
/// made-up company), as the pay-versus-performance table above reaches the text.
@Suite struct FallingYearRowsTests {
    /// The table without its `Year` header, as the converter printed it.
    static let headerLost = RowsOverTwoLinesTests.markdown.replacingOccurrences(of: "|Year|", with: "||")

    static func periods(_ text: String, label: String) throws -> [String] {
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        var filing = FilingPeriods()
        filing.documentPeriodEnd = CalendarDate(year: 2031, month: 12, day: 31)
        filing.fiscalYearEnd = CalendarDate(year: 2031, month: 12, day: 31)
        var table = t
        PeriodResolver.resolve(&table, filing: filing)
        return table.cells.filter { $0.rowLabel == label }.map { $0.period.map { "\($0.start.map { "\($0)" } ?? "-")..\($0.end)" } ?? "none" }
    }

    @Test func yearRowsAreFiscalYears() throws {
        let periods = try Self.periods(Self.headerLost, label: "2030")
        #expect(periods.count == 4)
        #expect(periods.allSatisfy { $0 == "2030-01-01..2030-12-31" })
    }

    /// Guards: rising years (a schedule of later years), and years after the filing's
    /// period, are not such rows.
    @Test func risingOrLaterYearsAreNot() throws {
        let rising = Self.headerLost.replacingOccurrences(of: "|2031|", with: "|20X|")
            .replacingOccurrences(of: "|2029|", with: "|2031|").replacingOccurrences(of: "|20X|", with: "|2029|")
        #expect(try !Self.periods(rising, label: "2030").contains("2030-01-01..2030-12-31"))
        let later = Self.headerLost.replacingOccurrences(of: "|2031|", with: "|2034|")
            .replacingOccurrences(of: "|2030|", with: "|2033|").replacingOccurrences(of: "|2029|", with: "|2032|")
        #expect(try !Self.periods(later, label: "2033").contains("2033-01-01..2033-12-31"))
    }
}
