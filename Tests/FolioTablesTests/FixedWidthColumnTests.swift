import FolioModel
@testable import FolioTables
import Testing

/// A line of a fixed-width table: the label at `indent`, then each figure printed so that
/// its last character is at the column given with it (counted in characters).
private func line(_ label: String, indent: Int = 0, _ figures: [(String, Int)]) -> String {
    var out = String(repeating: " ", count: indent) + label
    for (figure, end) in figures {
        let start = end - figure.count
        out += String(repeating: " ", count: max(2, start - out.count)) + figure
    }
    return out
}

private func gridRows(_ lines: [String]) -> [GridRow] {
    let text = Array(lines.joined(separator: "\n").utf8)
    return FixedWidth.read(text, TableRegionFinder.lines(text)).rows.filter { !$0.label.isEmpty }
}

/// The columns of a fixed-width table are counted in characters (`FixedWidth.tokens`,
/// `displayColumns`), whatever the bytes of each character.
@Suite struct FixedWidthCharacterColumnTests {
    @Test func aTokenIsPlacedByTheCharactersBeforeIt() {
        let s = "Net loss   —   —   (21,793)"
        let text = Array(s.utf8)
        let t = FixedWidth.tokens(text, Span(start: 0, end: text.count))
        #expect(t.map(\.text) == ["Net loss", "—", "—", "(21,793)"])
        // Each em dash is three bytes and one character.
        #expect(t.map(\.x0) == [0, 11, 15, 19])
        #expect(t.map(\.x1) == [8, 12, 16, 27])
        // The byte offsets stay byte offsets.
        #expect(t[3].start == 23)
        #expect(String(decoding: text[t[3].start..<t[3].end], as: UTF8.self) == "(21,793)")
    }

    @Test func aCurrencySignOfSeveralBytesIsOneColumn() {
        let s = "Revenue   €    1,250"
        let text = Array(s.utf8)
        let t = FixedWidth.lineTokens(text, [Span(start: 0, end: text.count)])[0].1
        #expect(t.map(\.text) == ["Revenue", "€    1,250"])
        #expect(FixedWidth.alignedExtent(t[1]) == (15, 20))
    }

    @Test func nilFiguresBeforeAFigureDoNotChainTwoColumns() {
        // Counted in bytes, `(21,793)` would sit four places right of its column and
        // overlap the `Total` column's figures: the two columns would read as one.
        let rows = gridRows([
            line("Balance at start", [("512", 34), ("$ 5", 44), ("(99,809)", 60), ("1,908,286", 70)]),
            line("Net loss", [("—", 34), ("—", 44), ("(21,793)", 60), ("(21,793)", 70)]),
            line("Balance at end", [("512", 34), ("$ 5", 44), ("(121,602)", 60), ("1,886,493", 70)]),
        ])
        #expect(rows.count == 3)
        for r in rows { #expect(r.dataColumns == [1, 2, 3, 4]) }
        #expect(rows[1].text(3) == "(21,793)")
        #expect(rows[1].text(4) == "(21,793)")
        #expect(rows[2].text(4) == "1,886,493")
    }

    @Test func aCurlyQuoteInALabelDoesNotMoveItsFigures() {
        let rows = gridRows([
            line("Total assets", [("9,120", 40), ("8,455", 47)]),
            line("Owners’ and partners’ equity", [("4,010", 40), ("3,876", 47)]),
            line("Total liabilities", [("5,110", 40), ("4,579", 47)]),
        ])
        // Counted in bytes, the second line's `4,010` would overlap the second column.
        #expect(rows.count == 3)
        for r in rows { #expect(r.dataColumns == [1, 2]) }
        #expect(rows[1].label == "Owners’ and partners’ equity")
        #expect(rows[1].text(2) == "3,876")
    }
}
