import FolioModel
@testable import FolioTables
import Testing

/// **A part's own heading states its units** (`TablesStage.addPart`): one fixed-width region
/// read from a table through the lead-in sentence of the next one and its table; the part
/// split off at its header takes its title and its units from the lead-in between them.
@Suite struct PartHeadingUnitsTests {
    static let text = """
                                                                                     December 31, 2025        December 31, 2026
    Weighted-average remaining lease term – operating leases                                10.1                     10.2
    Weighted-average discount rate – operating leases                                        3.3 %                    3.5 %
          Our lease liabilities were as follows (in millions):
                                                                                                    December 31, 2025
                                                                                     Operating Leases  Finance Leases    Total
    Gross lease liabilities                                                          $      60,777   $     11,106   $      71,883
    Less: imputed interest                                                                 (12,138)         (1,297)        (13,435)
    Present value of lease liabilities                                                      48,639            9,809         58,448

    """

    @Test func theLeadInBetweenTwoTablesGivesTheSecondItsTitleAndUnits() throws {
        let doc = try processed(text: Self.text)
        let t = try #require(doc.tables.first { $0.cells.contains { $0.rowLabel == "Gross lease liabilities" } })
        #expect(t.title == "Our lease liabilities were as follows")
        #expect(t.units.scale == 1_000_000)
        #expect(t.units.source?.kind == .leadIn)
        let gross = try #require(t.cells.first { $0.rowLabel == "Gross lease liabilities" && $0.col == 2 })
        #expect(gross.value == 71_883 && gross.scale == 1_000_000)
        // The first table states no units: its rates keep theirs.
        let rate = try #require(doc.tables.flatMap(\.cells).first { $0.raw.hasPrefix("3.3") })
        #expect(rate.scale == 1 && rate.unit == "percent")
    }
}
