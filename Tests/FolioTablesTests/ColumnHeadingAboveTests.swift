import FolioModel
@testable import FolioTables
import Testing

/// **A column heading left above the table** (`Lookback.isColumnHeadingAbove`): the name of a
/// one-column table's figures, printed alone over them, is no title; the lead-in sentence
/// above it says what the table is.
@Suite struct ColumnHeadingAboveTests {
    @Test func theHeadingOverTheFiguresIsNoTitle() throws {
        let d = try processed(text: """
              In November 2024, the Company acquired all outstanding stock of Example Data Ltd., a provider of
        data protection solutions. The acquisition date fair value of the consideration transferred was
        approximately $2.1 billion, which consisted of the following (in millions):
                                                                                          Fair Value
            Cash                                                                 $             1,931
            Fair value of pre-existing relationship                                              212
        Total                                                                    $             2,143
        """)
        let t = try #require(d.tables.first)
        #expect(t.title != "Fair Value")
        let cash = try #require(t.cells.first { $0.raw.hasSuffix("1,931") })
        #expect(cash.period == CalendarDate(year: 2024, month: 11, day: 30).map { .instant($0) })
        #expect(cash.scale == 1_000_000)
    }

    @Test func aUnitsNoteOverTheFiguresIsReadAsEver() throws {
        let d = try processed(text: """
             The following table summarizes the fair value of assets acquired as of the date of acquisition.
                                                                                  Fair value
                                                                                (in thousands)
                  Cash                                                     $               414
                  Goodwill                                                              16,653
                   Total purchase price                                    $            17,067
        """)
        let t = try #require(d.tables.first)
        let cash = try #require(t.cells.first { $0.raw.hasSuffix("414") })
        #expect(cash.scale == 1000)
    }

    @Test func aYearUnderItsDateCompletesTheTitle() throws {
        let d = try processed(text: """
             The stated maturities of debt securities were as follows:
                                                                                       September 30,
                                                                                          2024
                                                                                        (in millions)
        Due within one year                                                          $        2,968
        Due after one year through five years                                                 2,483
        Total                                                                        $        5,451
        """)
        let t = try #require(d.tables.first)
        #expect(t.title == "September 30, 2024")
        let total = try #require(t.cells.first { $0.raw.hasSuffix("5,451") })
        #expect(total.period == CalendarDate(year: 2024, month: 9, day: 30).map { .instant($0) })
    }
}
