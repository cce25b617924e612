import FolioModel
@testable import FolioTables
import Testing

/// **Units note under the years, going on to a second line** (fixed-width text): the note is
/// the table's caption, read whole, and its words head no column.
@Suite struct UnitsNoteUnderYearsTests {
    func cell(_ t: Table, _ label: String, col: Int = 0) -> Cell? {
        t.cells.first { $0.rowLabel == label && $0.col == col }
    }

    static let text = """
    The following table includes additional share-based payment information for each of the years ended December 31:

                                                                      2024          2023          2022
                                                          (in millions, except weighted-average
                                                                         fair value)
    Share-based compensation expense                             $     526     $     460     $     295
    Income tax benefit recognized for equity awards                    111            99            61
    Weighted-average grant-date fair value of awards granted           472           350           340

    """

    @Test func theNoteIsReadWholeAndNamesTheRowsItExempts() throws {
        let t = try #require(try processed(text: Self.text).tables.first)
        #expect(t.units.source?.text == "(in millions, except weighted-average fair value)")
        let expense = try #require(cell(t, "Share-based compensation expense"))
        #expect(expense.scale == 1_000_000 && expense.unit == "USD")
        #expect(cell(t, "Income tax benefit recognized for equity awards", col: 2)?.scale == 1_000_000)
        let fair = try #require(cell(t, "Weighted-average grant-date fair value of awards granted"))
        #expect(fair.scale == 1 && fair.unit != "shares")
    }

    @Test func closingPieceOfAnOpenNote() {
        #expect(FixedWidth.closesNote("(in millions, except weighted-average", "fair value)"))
        #expect(!FixedWidth.closesNote("(in millions)", "fair value)"))
        #expect(!FixedWidth.closesNote("(in millions, except", "2024 (a)"))
        #expect(!FixedWidth.closesNote(nil, "fair value)"))
    }

    @Test func aWeightedAverageFairValueIsNoShareCount() {
        #expect(!LabelText.isShareCount("Weighted-average grant-date fair value of awards granted"))
        #expect(!LabelText.isShareCount("Weighted-average exercise price of options granted"))
        #expect(LabelText.isShareCount("Weighted-average shares outstanding"))
        #expect(LabelText.isShareCount("Weighted average number of common shares"))
    }
}
