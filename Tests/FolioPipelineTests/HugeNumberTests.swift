import FolioModel
import FolioPipeline
import Foundation
import Testing

/// Inputs where the document decides a number too big for an integer: each one ran the whole
/// pipeline into an integer-overflow trap (SIGILL: no version written, every later run dead
/// too). They go through the pipeline in-process here, so a trap fails the suite.
@Suite("Huge numbers never trap")
struct HugeNumberTests {
    static let pipeline: Pipeline? = try? Pipeline(DefaultPipeline.definition())

    func run(_ text: String, _ source: String) throws -> (WorkingDocument, Bool) {
        let pipeline = try #require(Self.pipeline)
        let (doc, failed) = pipeline.process(docId: "huge", source: source, bytes: Array(text.utf8), sha256: "x")
        _ = RecordEmitter.emit(doc, failed: failed)
        return (doc, failed)
    }

    /// The cases of issue 16, then their neighbours: 19 and more digits where the segmenter
    /// reads dates and page numbers, in table cells, in prose figures, in footnote labels.
    static let texts: [(String, String)] = [
        ("9223372036854775808\n\nAnnual Report 2023\n\nRevenue rose in 2023.\n", "top.txt"),
        ("Annual Report\n\nMarch 9223372036854775808, 2023\n\n12 December 99999999999999999999\n", "dates.txt"),
        ("<html><body><table><tr><td>Revenue</td><td>$ 9,999,999,999,999,999,999</td></tr>"
            + "<tr><td>Cost</td><td>$ 1</td></tr><tr><td>Total</td><td>$ 9,999,999,999,999,999,999</td></tr></table></body></html>", "cell.htm"),
        ("Results\n\nMargin was 99.99999999999999999 percent in 2023, and 99999999999999999999.5% a year later.\n", "percent.txt"),
        ("Revenue\t2023\t2022\nSales\t9,999,999,999,999,999,999\t1\nCost\t(9223372036854775808)\t2\n"
            + "Total\t99999999999999999999999999999\t3\n", "table.txt"),
        ("Revenue rose 5%.9223372036854775807\n\n9223372036854775807 The first note.\n"
            + "9223372036854775808 The second note.\n", "notes.txt"),
        ("Contents\n\nBusiness ..... 9223372036854775808\nRisks ..... 99999999999999999999\n\nBusiness\n\nText.\n", "toc.txt"),
        ("Revenue was RMB9,999,999,999,999,999,999.99 million, up 99999999999999999999 basis points.\n", "prose.txt"),
    ]

    @Test("19+ digit runs in every place a document decides a number", arguments: texts.indices)
    func hugeDigitRuns(_ k: Int) throws {
        let (text, source) = Self.texts[k]
        let (doc, failed) = try run(text, source)
        #expect(!failed, "\(source): \(doc.diagnostics)")
        #expect(!doc.blocks.isEmpty, "\(source)")
    }

    @Test("the huge cell reads as a huge value, not a wrapped one")
    func hugeCellValue() throws {
        let (doc, _) = try run(Self.texts[2].0, "cell.htm")
        let values = doc.tables.flatMap(\.cells).compactMap(\.value)
        #expect(values.contains(9_999_999_999_999_999_999.0), "\(values)")
        #expect(values.allSatisfy { $0 >= 0 })
    }
}
