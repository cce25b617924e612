import FolioModel
@testable import FolioTables
import Testing

/// Reading-order text: the label column's footnote letters, `(a)`, printed under the last
/// label are no row (`ColumnRuns.lettersUnderTheLabels`).
@Suite struct ColumnRunsFootnoteLettersTests {
    /// A roll-forward whose `Additions(a)` row has a footnote, its letter printed again
    /// under the last label.
    static let letterUnder = """
        The following table presents the changes in the liability of Example Corp:
        years ended December 31 (in millions)

        Beginning balance
        Additions(a)
        Change in fair value
        Payments
        Ending balance
        (a)

        2030

        1,200
        —
        310
        (160)
        1,350

        2029

        1,000
        50
        250
        (100)
        1,200
        """

    @Test func aFootnoteLetterUnderTheLabelsIsNoRow() throws {
        let doc = try processed(text: Self.letterUnder)
        let t = try #require(doc.tables.first)
        #expect(t.nCols == 3)
        #expect(!t.cells.contains { $0.rowLabel == "(a)" })
        #expect(t.cells.filter { $0.rowLabel == "Ending balance" }.map(\.value) == [1350, 1200])
        #expect(t.cells.filter { $0.rowLabel == "Payments" }.map(\.value) == [-160, -100])
        #expect(t.cells.filter { $0.rowLabel == "Beginning balance" }.map { $0.columnPath.last } == ["2030", "2029"])
    }

    /// Letters not lettered from `(a)` are no such markers: the counts do not reconcile and
    /// the region stays text.
    @Test func lettersNotFromAAreKept() throws {
        let text = Self.letterUnder.replacingOccurrences(of: "Ending balance\n(a)", with: "Ending balance\n(b)")
        let doc = try processed(text: text)
        #expect(doc.tables.isEmpty)
    }

    @Test func whichLastLabelsAreFootnoteLetters() {
        func labels(_ ts: [String]) -> [ColumnRuns.Label] { ts.map { ColumnRuns.Label(text: $0, span: Span(start: 0, end: 1)) } }
        #expect(ColumnRuns.lettersUnderTheLabels(labels(["Revenue", "Cost", "(a)"])) == 1)
        #expect(ColumnRuns.lettersUnderTheLabels(labels(["Revenue", "Cost", "(a)", "(b)"])) == 2)
        #expect(ColumnRuns.lettersUnderTheLabels(labels(["Revenue", "Cost", "(A)"])) == 1)
        #expect(ColumnRuns.lettersUnderTheLabels(labels(["Revenue", "Cost", "(b)"])) == 0)
        #expect(ColumnRuns.lettersUnderTheLabels(labels(["Revenue", "Cost", "(b)", "(a)"])) == 0)
        #expect(ColumnRuns.lettersUnderTheLabels(labels(["Revenue", "(a)"])) == 0)
        #expect(ColumnRuns.lettersUnderTheLabels(labels(["Revenue", "Cost", "(1)"])) == 0)
        #expect(ColumnRuns.lettersUnderTheLabels(labels(["Revenue", "Cost", "(ab)"])) == 0)
        #expect(ColumnRuns.lettersUnderTheLabels(labels(["Revenue", "Cost"])) == 0)
    }
}
