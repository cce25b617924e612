import FolioModel
@testable import FolioTables
import Testing

/// **Footnote marker dropped under its label** (fixed-width text, `FixedWidth.markerUnderLabel`):
/// a label's superscript marker printed alone on the line below the label, its colon on the
/// line after.
@Suite struct MarkerUnderLabelTests {
    static let text = """
                                                 December 31, 2025                   December 31, 2024
                                         Level 1     Level 2       Total     Level 1     Level 2       Total
                                                                (in millions)
    Assets
    Money market funds 1:
    Treasury bills                       $      52   $       —   $      52   $      40   $       —   $      40
    Commercial paper                             —         117         117           —          96          96
    Retirement plan
    2
      :
    Plan assets                                 64           —          64          58           —          58
    Liabilities
    Retirement plan
    3
      :
    Plan obligations                            61           —          61          55           —          55

    """

    @Test func theMarkerEndsTheLabelAndTheTableIsRead() throws {
        let t = try #require(try processed(text: Self.text).tables.first)
        let assets = try #require(t.cells.first { $0.rowLabel == "Plan assets" && $0.col == 2 })
        #expect(assets.value == 64 && assets.scale == 1_000_000)
        let obligations = try #require(t.cells.first { $0.rowLabel == "Plan obligations" && $0.col == 5 })
        #expect(obligations.value == 55)
        let bills = try #require(t.cells.first { $0.rowLabel == "Treasury bills" && $0.col == 0 })
        #expect(bills.value == 52)
        // No label is taken into a cell, and no cell holds a marker.
        #expect(!t.cells.contains { $0.raw == "2" || $0.raw == "3" || $0.raw == ":" })
        #expect(!t.cells.contains { $0.rowLabel.isEmpty })
    }

    @Test func aMarkerJoinsOnlyALineOfWordsInTheLabelZone() {
        func toks(_ s: String) -> [FixedWidth.Token] {
            let b = Array(s.utf8)
            return FixedWidth.tokens(b, Span(start: 0, end: b.count))
        }
        let label = toks("Retirement plan")
        #expect(FixedWidth.markerUnderLabel(toks("2"), above: label)?.last?.text == "Retirement plan 2")
        #expect(FixedWidth.markerUnderLabel(toks("  :"), above: label)?.last?.text == "Retirement plan:")
        #expect(FixedWidth.markerUnderLabel(toks("(a)"), above: label)?.last?.text == "Retirement plan (a)")
        // A footnote's number under the table's last row of figures stays a line.
        #expect(FixedWidth.markerUnderLabel(toks("1"), above: toks("Total assets          $ 1,203      $ 1,150")) == nil)
        // A figure printed under its column, a year, a zero: no marker.
        #expect(FixedWidth.markerUnderLabel(toks("                        12"), above: label) == nil)
        #expect(FixedWidth.markerUnderLabel(toks("2025"), above: label) == nil)
        #expect(FixedWidth.markerUnderLabel(toks("0"), above: label) == nil)
        // A line of words under the label is the label's own business (a wrapped label).
        #expect(FixedWidth.markerUnderLabel(toks("liabilities"), above: label) == nil)
    }
}
