import FolioModel
@testable import FolioTables
import Testing

/// **Column names wider than a short cell** (fixed-width text: `FixedWidth.isWideColumnNames`,
/// `FixedWidth.namesTheRowsBelow`) and **one name a column** (`FixedWidth.headerSpans`): a
/// roll-forward of awards naming its shares column and its per-share column in long cells,
/// over a units note that exempts the per-share figures.
@Suite struct WideColumnNamesTests {
    static let text = """
    The following is a summary of our restricted stock unit activity:
                                                                                              Restricted Stock Units Outstanding
                                                                                         Number of Units             Weighted Average Grant-Date Fair Value
                                                                                                      (In millions, except per unit data)
    Balance at beginning of year                                                                                    31   $                               88.40
      Granted                                                                                                       12   $                              120.15
      Vested                                                                                                       (10) $                                75.02
      Forfeited                                                                                                     (1) $                               101.33
    Balance at end of year                                                                                          32   $                               97.66

    """

    @Test func longColumnNamesHeadTheirColumns() throws {
        let t = try #require(try processed(text: Self.text).tables.first)
        let names = try #require(t.header.first { $0.contains("Number of Units") })
        #expect(names.count == 3)
        #expect(names[1] == "Number of Units")
        #expect(names[2] == "Weighted Average Grant-Date Fair Value")
        #expect(t.title != "Number of Units             Weighted Average Grant-Date Fair Value")
    }

    @Test func theUnitsNoteScalesTheCountsNotThePerUnitValues() throws {
        let t = try #require(try processed(text: Self.text).tables.first)
        let granted = t.cells.filter { $0.rowLabel == "Granted" }
        #expect(granted.first { $0.col == 0 }?.scale == 1_000_000)
        #expect(granted.first { $0.col == 1 }?.scale == 1)
        #expect(granted.first { $0.col == 1 }?.value == 120.15)
    }

    @Test func aLineOfLongCellsUnderOtherHeaderLinesIsNotTaken() {
        let text = Array("""
                                 Derivatives in an asset position      Derivatives in a liability position
                                 Balance sheet                         Balance sheet
        as of December 31        caption            2026      2025     caption            2026      2025
        Interest rate swaps      Other assets        148         9     Other liabilities     3        69

        """.utf8)
        var lines: [Span] = []
        var s = 0
        for (i, b) in text.enumerated() where b == 0x0A { lines.append(Span(start: s, end: i)); s = i + 1 }
        #expect(FixedWidth.isWideColumnNames(text, lines[0]))
        #expect(!FixedWidth.namesTheRowsBelow(text, lines, from: 1, to: 3))
        #expect(FixedWidth.namesTheRowsBelow(text, lines, from: 3, to: 3))
        #expect(!FixedWidth.isWideColumnNames(text, lines[3]))
    }
}
