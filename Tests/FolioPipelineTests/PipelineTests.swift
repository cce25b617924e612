import FolioModel
import FolioPipeline
import Foundation
import Testing

@Suite("Pipeline and registry")
struct PipelineTests {
    @Test func registryNamesInOrder() {
        #expect(StageRegistry.names == ["read", "normalize", "segment", "tables", "footnotes", "facts"])
        for name in StageRegistry.names {
            #expect(StageRegistry.stage(named: name)?.name == name)
        }
        #expect(StageRegistry.stage(named: "Read") == nil)
        #expect(StageRegistry.stage(named: "") == nil)
    }

    @Test func everyDefaultIsAcceptedByItsSpec() {
        for type in StageRegistry.all {
            #expect(!type.summary.isEmpty, "\(type.name) has no summary")
            var seen = Set<String>()
            for spec in type.options {
                #expect(spec.accepts(spec.defaultValue), "\(type.name).\(spec.name) default \(spec.defaultValue) is not \(spec.type)")
                #expect(seen.insert(spec.name).inserted, "\(type.name).\(spec.name) declared twice")
                #expect(!spec.help.isEmpty, "\(type.name).\(spec.name) has no help")
            }
        }
    }

    @Test func nulLadenDocumentFails() throws {
        let pipeline = Pipeline(try DefaultPipeline.definition())
        let bytes: [UInt8] = Array("Revenue".utf8) + [0, 0, 0x41, 0, 0x42] + Array(" rose".utf8)
        let (doc, failed) = pipeline.process(docId: "bad", source: "bad.txt", bytes: bytes, sha256: "x")
        #expect(failed)
        #expect(doc.diagnostics.count == 1)
        let d = try #require(doc.diagnostics.first)
        #expect(d.stage == "read")
        #expect(d.severity == .error)
        #expect(d.code == "read.binary")
        #expect(d.message == "not a text document: NUL byte at offset 7")
        #expect(d.sourceSpan == Span(start: 7, end: 8))
        #expect(doc.docId == "bad")
        #expect(doc.sha256 == "x")
    }

    @Test func tooLargeDocumentFailsWithConfiguredLimit() throws {
        let pipeline = Pipeline(try PipelineDefinition.parse(Array("stages:\n  - read: {max_bytes: 10}\n  - normalize\n".utf8), path: "p.yml"))
        let (doc, failed) = pipeline.process(docId: "big", source: "big.txt", bytes: Array("eleven bytes".utf8), sha256: "")
        #expect(failed)
        #expect(doc.diagnostics.map(\.code) == ["read.too_large"])
        let (_, okFailed) = pipeline.process(docId: "small", source: "small.txt", bytes: Array("ten bytes!".utf8), sha256: "")
        #expect(!okFailed)
    }

    @Test(arguments: ["000_8c057db36f5667ab", "003_05f12aa528e47d2d", "004_1ba0498fe219ff30"])
    func seedDocumentSucceeds(_ seed: String) throws {
        let path = packageRoot.appendingPathComponent("Corpus/seeds/\(seed).txt").path
        let bytes = [UInt8](try #require(FileManager.default.contents(atPath: path), "missing seed \(path)"))
        let pipeline = Pipeline(try DefaultPipeline.definition())
        let (doc, failed) = pipeline.process(docId: "seeds/" + seed, source: "seeds/\(seed).txt",
                                             bytes: bytes, sha256: Hashing.sha256Hex(bytes))
        #expect(!failed)
        #expect(doc.encoding == "utf-8")
        #expect(doc.format == .text)
        #expect(!doc.text.isEmpty)
        #expect(!doc.diagnostics.contains { $0.code.hasPrefix("read.") })
    }

    @Test func readOnlyPipelineKeepsTheBytes() throws {
        let pipeline = Pipeline(try PipelineDefinition.parse(Array("stages: [read]\n".utf8), path: "p.yml"))
        #expect(pipeline.definition.stages.map(\.name) == ["read"])
        let bytes = Array("A short filing.\n".utf8)
        let (doc, failed) = pipeline.process(docId: "d", source: "d.txt", bytes: bytes, sha256: "")
        #expect(!failed)
        #expect(doc.text == bytes)
        #expect(doc.textMap == OffsetMap.identity(length: bytes.count))
    }

    /// Only the read stage reads a text (or PDF) document's bytes, so they are released once it
    /// has made the text; the tables stage reads an HTML document's markup, so those are kept
    /// through it. A document's byte count survives the release.
    @Test func sourceBytesReleasedAfterTheirLastReader() throws {
        let pipeline = Pipeline(try DefaultPipeline.definition())
        #expect(pipeline.lastStageReadingSourceBytes(of: .text) == 0)
        #expect(pipeline.lastStageReadingSourceBytes(of: .pdf) == 0)
        #expect(pipeline.lastStageReadingSourceBytes(of: .html) == 3)
        #expect(pipeline.lastStageReadingSourceBytes(of: .ixbrl) == 3)
        let noTables = Pipeline(try PipelineDefinition.parse(Array("stages: [read, normalize, segment]\n".utf8), path: "p.yml"))
        #expect(noTables.lastStageReadingSourceBytes(of: .html) == 0)

        let bytes = Array("Revenue rose 5% to $10 million.\n".utf8)
        let (doc, failed) = pipeline.process(docId: "d", source: "d.txt", bytes: bytes, sha256: "")
        #expect(!failed)
        #expect(doc.bytes.isEmpty)
        #expect(doc.byteCount == bytes.count)
        #expect(doc.sourceSpan(of: Span(start: 0, end: 7)) == Span(start: 0, end: 7))
    }
}
