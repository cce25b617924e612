import FolioModel
@testable import FolioTables
import Testing

/// **A superscript marker raised onto the label's first line** (`FixedWidth.markersOverRows`):
/// a figure's marker printed on the line above it, where the row's label wraps.
@Suite struct MarkerOverRowTests {
    static let text = """
                                                      June 1,     Increase /   Reclassification      May 31,
    (in millions)                                       2025       Decrease        Adjustments          2026
    Net unrealized gains / losses on securities   $       (12)  $        11   $             3  $          2
    Net unrealized gains / losses on hedging                                               (2)
      instruments designated as cash flow hedges          (26)           89                17             80
    Cumulative translation adjustments                   (247)          (33)                —           (280)

    """

    @Test func theMarkerIsDroppedAndTheLabelGoesOn() throws {
        let t = try #require(try processed(text: Self.text).tables.first)
        let label = "Net unrealized gains / losses on hedging instruments designated as cash flow hedges"
        #expect(t.cells.first { $0.value == 17 }?.rowLabel == label)
        #expect(t.cells.first { $0.value == -26 }?.rowLabel == label)
        #expect(!t.cells.contains { $0.value == -2 })
    }

    @Test func aSmallNegativeFigureOfARowThatDoesNotGoOnStays() {
        func line(_ s: String) -> (Span, [FixedWidth.Token], Bool) {
            let b = Array(s.utf8)
            return (Span(start: 0, end: b.count), FixedWidth.tokens(b, Span(start: 0, end: b.count)), false)
        }
        var lines = [line("Other items                                 (2)"), line("Total other income      (26)      89       17")]
        FixedWidth.markersOverRows(&lines)
        #expect(lines[0].1.count == 2)
        var wrapped = [line("Gains on hedging                            (2)"), line("  instruments           (26)      89       17")]
        FixedWidth.markersOverRows(&wrapped)
        #expect(wrapped[0].1.map(\.text) == ["Gains on hedging"])
    }
}
