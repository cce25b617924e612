import Testing
@testable import FolioSegment
import FolioModel

/// Segment decides its blocks with the lines' tables held (`Segmenter.BlockPlan.init`) and
/// makes the blocks' texts after dropping them: the cut of a heading before its units note,
/// and the metadata title read before any block exists, are the ones the blocks show.
@Suite struct BlockPlanTests {
    @Test("a heading's bytes end before the spaces and tabs that precede its units note")
    func headingCut() {
        let text = Array("Statements of Operations \t (Amounts in thousands)".utf8)
        let whole = Span(start: 0, end: text.count)
        let noteStart = text.firstIndex(of: UInt8(ascii: "(")) ?? 0
        let (heading, note) = Segmenter.headingSpans(whole, splitAt: noteStart, text: text)
        #expect(Segmenter.string(text, heading) == "Statements of Operations")
        #expect(note.map { Segmenter.string(text, $0) } == "(Amounts in thousands)")
        let (same, none) = Segmenter.headingSpans(whole, splitAt: nil, text: text)
        #expect(same == whole)
        #expect(none == nil)
    }

    @Test("a cut at the span's start leaves an empty heading, never a negative one")
    func cutAtStart() {
        let text = Array("  (in millions)".utf8)
        let (heading, note) = Segmenter.headingSpans(Span(start: 2, end: text.count), splitAt: 2, text: text)
        #expect(heading == Span(start: 2, end: 2))
        #expect(note == Span(start: 2, end: text.count))
    }

    /// Texts whose title comes from the text (no cover page): the title block, else the first
    /// section's heading.
    static let texts: [String] = [
        """
        Acme Reports Record Fourth Quarter Results

        Acme Corporation today reported results for the fourth quarter ended December 31, 2023, with revenue up ten percent.
        """,
        """
        The company reported results for the quarter today, with revenue up ten percent on the year before it.

        Statements of Operations (Amounts in thousands of dollars)

        Revenue\t100\t200
        Cost of sales\t50\t80

        RISK FACTORS

        The business faces risks that are described in this section of the report, in some detail.
        """,
    ]

    @Test("the metadata title read from the plan is the title block's or the first section's heading", arguments: texts)
    func titleFromPlan(_ s: String) {
        let seg = Segmenter.segment(Array(s.utf8))
        let expected = seg.sections.first(where: { $0.headingRule == .title })?.heading ?? seg.sections.first?.heading
        #expect(expected != nil)
        #expect(seg.metadata.title == expected)
    }

    /// (The split of a heading from its units note, end to end: `SeedOutlineTests`.)
    @Test("each block's text is its span's bytes, made after the lines are gone", arguments: texts)
    func blockTexts(_ s: String) {
        let bytes = Array(s.utf8)
        let seg = Segmenter.segment(bytes)
        #expect(!seg.blocks.isEmpty)
        for b in seg.blocks {
            #expect(b.text == Segmenter.string(bytes, b.span))
        }
    }
}
