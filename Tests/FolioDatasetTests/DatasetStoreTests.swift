import FolioDataset
import FolioModel
import Foundation
import Testing

@Suite("dataset store")
struct DatasetStoreTests {
    final class Folder {
        let path = NSTemporaryDirectory() + "folio-store-" + UUID().uuidString
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    func output(_ docId: String, _ text: String) -> DocumentOutput {
        var o = DocumentOutput()
        for kind in RecordKind.allCases {
            o.lines[kind] = Array(#"{"doc_id":"\#(docId)","k":"\#(kind.rawValue)","t":"\#(text)"}"#.utf8) + [0x0A]
            o.counts[kind] = 1
        }
        return o
    }

    func commit(_ writer: VersionWriter, parent: String?) throws -> Manifest {
        try writer.commit { outputs, content in
            Manifest(dataset: "t", version: writer.versionId, parent: parent, createdAt: "2026-01-01T00:00:00Z", toolVersion: "test",
                     pipeline: .init(name: "p", sha256: "x"), inputs: [], outputs: outputs, contentSha256: content)
        }
    }

    @Test("a committed version is complete, verified and named by CURRENT")
    func commitAndVerify() throws {
        let f = Folder()
        let store = DatasetStore(root: f.path)
        try store.lockForWriting()
        #expect(store.currentVersion() == nil)
        let w = try store.beginVersion()
        try w.append(docId: "a", output("a", "1"))
        try w.append(docId: "b", output("b", "2"))
        let m = try commit(w, parent: nil)
        #expect(m.version == "v000001")
        #expect(store.currentVersion() == "v000001")
        #expect(store.verify("v000001").isEmpty)
        #expect(m.outputs.map(\.records) == Array(repeating: 2, count: 8))

        // Corrupt one output: verify names it.
        let cells = store.versionPath("v000001") + "/cells.jsonl"
        try Data("tampered\n".utf8).write(to: URL(fileURLWithPath: cells))
        let problems = store.verify("v000001")
        #expect(problems.count == 2)
        #expect(problems.first?.hasPrefix("v000001/cells.jsonl: sha256") == true)
    }

    @Test("documents must be written in doc_id order")
    func order() throws {
        let f = Folder()
        let store = DatasetStore(root: f.path)
        try store.lockForWriting()
        let w = try store.beginVersion()
        try w.append(docId: "b", output("b", "1"))
        #expect(throws: StoreError.self) { try w.append(docId: "a", output("a", "1")) }
        w.discard()
        #expect(store.currentVersion() == nil)
    }

    @Test("records of unchanged documents are copied from the previous version by doc_id")
    func copyPrevious() throws {
        let f = Folder()
        let store = DatasetStore(root: f.path)
        try store.lockForWriting()
        let w1 = try store.beginVersion()
        for id in ["a", "b", "c", "d"] { try w1.append(docId: id, output(id, "old")) }
        _ = try commit(w1, parent: nil)

        let w2 = try store.beginVersion()
        #expect(w2.attachPrevious(versionPath: store.versionPath("v000001")))
        #expect(try w2.copyPrevious(docId: "a"))
        try w2.append(docId: "b", output("b", "new"))
        // c removed; d copied after skipping c's lines; e is new and not in the previous version.
        #expect(try w2.copyPrevious(docId: "d"))
        #expect(try w2.copyPrevious(docId: "e") == false)
        let m = try commit(w2, parent: "v000001")
        #expect(m.version == "v000002")
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: store.versionPath("v000002") + "/cells.jsonl")), as: UTF8.self)
        #expect(text == """
            {"doc_id":"a","k":"cells","t":"old"}
            {"doc_id":"b","k":"cells","t":"new"}
            {"doc_id":"d","k":"cells","t":"old"}

            """)
        #expect(m.outputs.first { $0.file == "cells.jsonl" }?.records == 3)
    }

    @Test("leftovers of an interrupted run are removed; CURRENT is untouched")
    func recovery() throws {
        let f = Folder()
        let store = DatasetStore(root: f.path)
        try store.lockForWriting()
        let w = try store.beginVersion()
        try w.append(docId: "a", output("a", "1"))
        _ = try commit(w, parent: nil)
        // A staging folder and a renamed-but-uncommitted version, as a kill would leave them.
        try FileManager.default.createDirectory(atPath: f.path + "/versions/.staging-v000002-99", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: f.path + "/versions/v000002", withIntermediateDirectories: true)
        let removed = store.recoverInterruptedRuns()
        #expect(removed == [".staging-v000002-99", "v000002"])
        #expect(store.currentVersion() == "v000001")
        #expect(store.nextVersionId() == "v000002")
        #expect(store.committedVersions() == ["v000001"])
    }

    @Test("a second writer is refused while the first holds the lock")
    func lock() throws {
        let f = Folder()
        let first = DatasetStore(root: f.path)
        try first.lockForWriting()
        let second = DatasetStore(root: f.path)
        #expect(throws: StoreError.self) { try second.lockForWriting() }
    }

    @Test("doc_id is read back from a record line, escapes included")
    func recordLineDocId() {
        #expect(RecordLine.docId(ArraySlice(Array(#"{"doc_id":"seeds/003","x":1}"#.utf8))) == "seeds/003")
        #expect(RecordLine.docId(ArraySlice(Array(#"{"doc_id":"a \"q\" \\ \u00e9","x":1}"#.utf8))) == "a \"q\" \\ é")
        #expect(RecordLine.docId(ArraySlice(Array(#"{"other":"x"}"#.utf8))) == nil)
        #expect(RecordLine.docId(ArraySlice(Array(#"{"doc_id":"unterminated"#.utf8))) == nil)
    }

    @Test("content hash depends on outputs only, not their listing order")
    func contentHash() {
        let a = Manifest.Output(file: "a.jsonl", sha256: "1", records: 1, bytes: 1)
        let b = Manifest.Output(file: "b.jsonl", sha256: "2", records: 2, bytes: 2)
        #expect(Manifest.contentHash([a, b]) == Manifest.contentHash([b, a]))
        let b2 = Manifest.Output(file: "b.jsonl", sha256: "3", records: 2, bytes: 2)
        #expect(Manifest.contentHash([a, b]) != Manifest.contentHash([a, b2]))
    }

    @Test("doc order is by UTF-8 bytes")
    func docOrder() {
        #expect(DocOrder.less("A", "a"))
        #expect(DocOrder.less("seeds/0", "seeds/00"))
        #expect(DocOrder.less("z", "é"))
    }
}
