import FolioModel
@testable import FolioTables
import Testing

/// **Footnote marker printed apart from its figure** (fixed-width text, as a PDF read by word
/// positions prints it: `FixedWidth.markersBesideFigures`): the marker two places after the
/// figure, a token of its own, where no other row prints a figure.
@Suite struct MarkerBesideFigureTests {
    static let text = """
    (in millions)
                                   Income         Shares       Per share
    Class A common stock    $      15,790  (3)     1,621  $        9.74
    Class B common stock            2,292            148  $       15.46
    Class C common stock              623             16  $       38.97

    """

    @Test func theMarkerJoinsItsFigureAndMakesNoColumn() throws {
        let t = try #require(try processed(text: Self.text).tables.first)
        #expect(Set(t.cells.map(\.col)) == [0, 1, 2])
        let income = try #require(t.cells.first { $0.rowLabel == "Class A common stock" && $0.col == 0 })
        #expect(income.value == 15_790 && income.raw.hasSuffix("(3)"))
        #expect(t.cells.first { $0.rowLabel == "Class A common stock" && $0.col == 1 }?.value == 1_621)
        #expect(t.cells.first { $0.rowLabel == "Class A common stock" && $0.col == 2 }?.value == 9.74)
        #expect(!t.cells.contains { $0.value == -3 })
    }

    @Test func aMarkerUnderOtherFiguresStaysACell() {
        func line(_ s: String) -> (Span, [FixedWidth.Token], Bool) {
            let b = Array(s.utf8)
            return (Span(start: 0, end: b.count), FixedWidth.tokens(b, Span(start: 0, end: b.count)), false)
        }
        // `(3)` two places after `12`, but the row below prints `(15)` under it: a column of
        // small negative figures.
        var lines = [line("Other items        12  (3)     40"), line("Taxes              10 (15)     41")]
        FixedWidth.markersBesideFigures(&lines)
        #expect(lines[0].1.map(\.text) == ["Other items", "12", "(3)", "40"])
        // Alone in its place, it joins the figure.
        var alone = [line("Other items        12  (3)     40"), line("Taxes              10          41")]
        FixedWidth.markersBesideFigures(&alone)
        #expect(alone[0].1.map(\.text) == ["Other items", "12 (3)", "40"])
        // Far from the figure (a column of its own), or after words: left as it is.
        var far = [line("Other items        12        (3)     40"), line("Taxes              10                41")]
        FixedWidth.markersBesideFigures(&far)
        #expect(far[0].1.count == 4)
    }
}
