import FolioModel
import FolioPipeline
import FolioTestSupport
import Testing

/// Whole-output goldens of the records other than tables and cells (those are
/// FolioTablesTests' goldens): a small Corpus/ filing through the default pipeline, its
/// `documents`, `sections`, `blocks`, `footnotes`, `facts` and `diagnostics` lines exactly as
/// a run writes them (spans and source spans included), compared whole with
/// `Golden/<file>.records` (the ids, source and hash are the ones a run over Corpus/ gives, so
/// each line is the dataset's). A changed line fails the test and writes `<golden>.actual`.
@Suite struct RecordGoldenTests {
    static let goldenDir = TestPaths.packageRoot + "/Tests/FolioPipelineTests/Golden"

    /// The kinds compared here, in the dataset's order.
    static let kinds: [RecordKind] = [.documents, .sections, .blocks, .footnotes, .facts, .diagnostics]

    /// A filing's records as a run writes them: `## kind` then its JSON lines, for each kind.
    static func records(_ relative: String) throws -> String {
        let path = TestPaths.corpus + "/" + relative
        let bytes = try #require(TestFiles.read(path), "\(path) missing")
        let docId = String(relative.prefix { $0 != "." })
        let pipeline = Pipeline(try DefaultPipeline.definition())
        let (doc, failed) = pipeline.process(docId: docId, source: relative, bytes: bytes, sha256: Hashing.sha256Hex(bytes))
        let output = RecordEmitter.emit(doc, failed: failed)
        var out = ""
        for kind in kinds {
            out += "## \(kind.rawValue) (\(output.count(kind)))\n"
            out += String(decoding: output.bytes(kind), as: UTF8.self)
        }
        return out
    }

    @Test("a notice of meeting: sections, headings, list items and dates, no tables")
    func meetingNotice() throws {
        Golden.expect(path: Self.goldenDir + "/000_8c057db36f5667ab.records", try Self.records("seeds/000_8c057db36f5667ab.txt"))
    }

    @Test("a fixed-width release continued over pages: a footnote marked in a table row")
    func fixedWidthContinued() throws {
        Golden.expect(path: Self.goldenDir + "/fixed-width-continued.records", try Self.records("samples/fixed-width-continued.txt"))
    }

    @Test("a fixed-width earnings release: narrative facts checked against its statements")
    func fixedWidthRelease() throws {
        Golden.expect(path: Self.goldenDir + "/fixed-width-release.records", try Self.records("samples/fixed-width-release.txt"))
    }
}
