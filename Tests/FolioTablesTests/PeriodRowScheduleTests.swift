import FolioModel
@testable import FolioTables
import Testing

/// **A schedule under its own period row** (`TableBuilder.splitAtHeaders`): a labelled row of
/// years after data, set apart by a blank line above its heading, starts a table of its own
/// with the heading as its title (`TablesStage.addPart`), not the rows of the table above.
@Suite struct PeriodRowScheduleTests {
    static let text = """
    Income Tax Expense
    years ended December 31 (in millions)                 2024          2023          2022
    Current                                           $    (331)   $   3,272   $   2,647
    Deferred                                              (1,303)     (2,324)     (1,512)
    Total income tax expense (benefit)                $  (1,634)   $     948   $   1,135

    Effective Tax Rate Reconciliation
    years ended December 31                               2024          2023          2022
    Statutory tax rate                                    21.0 %        21.0 %        21.0 %
    Effect of foreign operations                            7.6           8.0          (4.4)
    U.S. tax credits                                       (5.4)         (3.1)         (2.8)
    Effective tax rate                                     23.2 %        25.9 %        13.8 %
    """

    @Test func theRatesAreATableOfTheirOwn() throws {
        let d = try processed(text: Self.text)
        #expect(d.tables.count == 2)
        let rates = try #require(d.tables.last)
        #expect(rates.title == "Effective Tax Rate Reconciliation")
        let credit = try #require(rates.cells.first { $0.raw == "(5.4)" })
        #expect(credit.scale == 1)
        #expect(credit.rowPath.last == "U.S. tax credits")
        let amounts = try #require(d.tables.first)
        #expect(amounts.cells.first { $0.raw == "(1,303)" }?.scale == 1_000_000)
    }

    @Test func aPeriodRowWithoutABlankLineIsNoNewSchedule() throws {
        // The same row inside one statement, not set apart: no split.
        let d = try processed(text: """
        Income Tax Expense (in millions)
                                                              2024          2023
        Current                                           $    (331)   $   3,272
        Deferred                                              (1,303)     (2,324)
        years ended December 31                               2024          2023
        Total income tax expense (benefit)                $  (1,634)   $     948
        """)
        #expect(d.tables.count == 1)
    }
}
