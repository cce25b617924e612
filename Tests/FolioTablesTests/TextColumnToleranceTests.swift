import FolioModel
@testable import FolioTables
import Testing

/// **Text column in the label zone, starts one place apart** (`FixedWidth.labelZoneTextColumn`,
/// `textColumnTolerance`): a PDF read by word positions starts a left-aligned column of words
/// one place right on some rows.
@Suite struct TextColumnToleranceTests {
    static let text = """
                                                                   Fiscal          Fiscal
    in millions                      Classification                  2026            2025
    Operating lease cost             Selling and administrative  $    1,204   $       1,118
    Finance lease cost:
       Amortization of leased assets  Depreciation                      231             214
       Interest on lease liabilities  Interest expense                   97              92
    Variable lease cost              Selling and administrative         402             377

    """

    @Test func theColumnOfWordsIsAColumnAndTheLabelsStayWhole() throws {
        let t = try #require(try processed(text: Self.text).tables.first)
        let labels = Set(t.cells.map(\.rowLabel))
        #expect(labels == ["Operating lease cost", "Amortization of leased assets", "Interest on lease liabilities", "Variable lease cost"])
        let interest = try #require(t.cells.first { $0.rowLabel == "Interest on lease liabilities" && $0.value == 97 })
        #expect(interest.scale == 1_000_000)
        #expect(t.cells.contains { $0.rowLabel == "Interest on lease liabilities" && $0.raw == "Interest expense" })
    }
}
