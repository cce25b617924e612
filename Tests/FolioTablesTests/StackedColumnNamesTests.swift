import FolioModel
@testable import FolioTables
import Testing

/// **Stacked column names in fixed-width text**: a lowercase piece of a header line is a line
/// of its own column's name, not a word cut at the cell before it.
@Suite struct StackedColumnNamesTests {
    static let text = """
    The following table summarizes stock option activity:

                                                                                  Weighted-
                                                                  Weighted-        average
                                                                   average        remaining        Aggregate
    (options in thousands, aggregate intrinsic value in millions)   Options  exercise price  life (in years)  intrinsic value
    Outstanding at December 31, 2023                                  7,481  $     102.80         5.0         $      390
    Granted                                                             648        175.26
    Exercised                                                        (2,420)        89.01
    Outstanding at December 31, 2024                                  5,613  $     117.48         5.6         $      338

    """

    @Test func eachColumnKeepsItsOwnName() throws {
        let t = try #require(try processed(text: Self.text).tables.first)
        #expect(t.header.last == ["", "Options", "exercise price", "life (in years)", "intrinsic value"])
        let options = try #require(t.cells.first { $0.rowLabel == "Granted" && $0.col == 0 })
        #expect(options.scale == 1000 && options.scaleReason == .namedInUnits)
        let value = try #require(t.cells.first { $0.rowLabel == "Outstanding at December 31, 2024" && $0.col == 3 })
        #expect(value.scale == 1_000_000)
        let price = try #require(t.cells.first { $0.rowLabel == "Granted" && $0.col == 1 })
        #expect(price.scale == 1)
    }
}
