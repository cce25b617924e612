import FolioModel
@testable import FolioTables
import Testing

/// **A text column under its heading** (`FixedWidth.labelZoneTextColumn`,
/// `headedTextColumnRows`): a column of words on two rows only, under a heading that starts
/// where its cells start.
@Suite struct HeadedTextColumnTests {
    static let headed = """
                                                                                  March 1,      March 2,
    in millions                        Balance Sheet Classification                  2026          2025
    Deferred tax assets                Other assets                            $      269   $       313
    Deferred tax liabilities           Deferred income taxes                       (1,962)         (863)

    """

    /// The same rows with no heading over the words: labels broken at a wide gap, as far as
    /// two rows tell.
    static let unheaded = """
                                                                                  March 1,      March 2,
    in millions                                                                      2026          2025
    Deferred tax assets                Other assets                            $      269   $       313
    Deferred tax liabilities           Deferred income taxes                       (1,962)         (863)

    """

    @Test func theWordsAreAColumnUnderTheirHeading() throws {
        let t = try #require(try processed(text: Self.headed).tables.first)
        #expect(Set(t.cells.map(\.rowLabel)) == ["Deferred tax assets", "Deferred tax liabilities"])
        #expect(t.cells.contains { $0.rowLabel == "Deferred tax liabilities" && $0.raw == "Deferred income taxes" })
        #expect(t.cells.first { $0.rowLabel == "Deferred tax assets" && $0.value == 269 }?.scale == 1_000_000)
    }

    @Test func withoutAHeadingTwoRowsAreNoColumn() throws {
        let t = try #require(try processed(text: Self.unheaded).tables.first)
        #expect(!t.cells.contains { $0.raw == "Deferred income taxes" })
    }
}
