import FolioModel
@testable import FolioTables
import Testing

/// A rollforward across columns whose header prints a column heading's footnote marker apart
/// (`Other     2`, `FixedWidth.markerOnHeaderLine`), the closing balance's year wrapped onto a
/// line of its own (`periodHeadingsOverGroups`: a year alone is one column's year where another
/// header line prints one), above the units note (`headerSpans`: a units note shares no band).
@Suite struct RollforwardHeaderTests {
    static let text = """
    The following table summarizes the activity of our equity investments:

                                                    Balance at                                                                   Balance at
                                                   December 31,                                 Changes in                      December 31,
                                                         2025      Purchases         Sales      Fair Value         Other     2
                                                                                                                                      2026
                                                                                      (in millions)
    Listed securities                             $       506     $        —   $     (104)     $      (28)    $     (137)      $       237
    Unlisted securities                                 1,223             42          (21)             (1)            127            1,370
    Total investments                             $     1,729    $        42   $     (125)     $      (29)    $      (10)      $     1,607

    """

    @Test func theBalancesAreInstantsAndTheMovementsTheYearBetween() throws {
        let doc = try processed(text: Self.text)
        #expect(doc.tables.count == 1)
        let t = try #require(doc.tables.first)
        func cell(_ col: Int) -> Cell? { t.cells.first { $0.rowLabel == "Listed securities" && $0.col == col } }
        let year = Period.duration(start: CalendarDate(year: 2026, month: 1, day: 1)!, end: CalendarDate(year: 2026, month: 12, day: 31)!)
        #expect(cell(0)?.value == 506 && cell(0)?.period == .instant(CalendarDate(year: 2025, month: 12, day: 31)!))
        #expect(cell(2)?.value == -104 && cell(2)?.period == year)
        #expect(cell(4)?.value == -137 && cell(4)?.period == year)
        #expect(cell(5)?.value == 237 && cell(5)?.period == .instant(CalendarDate(year: 2026, month: 12, day: 31)!))
        #expect(!t.cells.contains { $0.raw == "2" })
    }

    @Test func aMarkerJoinsItsHeadingOnlyOnAHeaderLine() {
        func toks(_ s: String) -> [FixedWidth.Token] {
            let b = Array(s.utf8)
            return FixedWidth.tokens(b, Span(start: 0, end: b.count))
        }
        let header = FixedWidth.markerOnHeaderLine(toks("                      2025      Purchases         Sales     Other     2"))
        #expect(header?.map(\.text) == ["2025", "Purchases", "Sales", "Other 2"])
        // A row of figures, a row with a label at the margin, a contents line: no header line.
        #expect(FixedWidth.markerOnHeaderLine(toks("                      International     2     —     —")) == nil)
        #expect(FixedWidth.markerOnHeaderLine(toks("Listed securities      Level 1     2     Level 2")) == nil)
        #expect(FixedWidth.markerOnHeaderLine(toks("                  39    Item 1B.   Unresolved staff comments")) == nil)
        #expect(FixedWidth.markerOnHeaderLine(toks("                      Fair Value     12     45")) == nil)
    }
}
