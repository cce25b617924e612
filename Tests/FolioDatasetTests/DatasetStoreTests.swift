@testable import FolioDataset
import FolioModel
import FolioPipeline
@testable import FolioRunner
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

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

    func commit(_ writer: VersionWriter, parent: String?, inputs: [IndexedInput] = [], schema: String = "1") throws -> Manifest {
        try writer.commit(.init(dataset: "t", parent: parent, createdAt: "2026-01-01T00:00:00Z", toolVersion: "test",
                                pipeline: .init(name: "p", sha256: "x"), schemaVersion: schema), inputCount: inputs.count) { inputs[$0] }
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
        let cells = store.versionPath("v000001") + "/cells/part-000000.jsonl"
        try Data("tampered\n".utf8).write(to: URL(fileURLWithPath: cells))
        let problems = store.verify("v000001")
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("cells/part-000000.jsonl: sha256") == true, "\(problems)")
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
        let text = String(decoding: try store.recordData(.cells, version: "v000002"), as: UTF8.self)
        #expect(text == """
            {"doc_id":"a","k":"cells","t":"old"}
            {"doc_id":"b","k":"cells","t":"new"}
            {"doc_id":"d","k":"cells","t":"old"}

            """)
        #expect(m.output(.cells)?.records == 3)
    }

    @Test("copying by doc_id: ids that prefix each other, non-ASCII ids and ids that JSON escapes")
    func copyPreviousIds() throws {
        func escaped(_ id: String) -> String {
            id.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        }
        let f = Folder()
        let store = DatasetStore(root: f.path)
        try store.lockForWriting()
        // Written in doc order (by UTF-8 bytes), as the writer requires; "ab" is dropped in v2.
        let ids = ["a", "a b", "a\"q", "a\\z", "ab", "abc", "é"].sorted(by: DocOrder.less)
        let w1 = try store.beginVersion()
        for id in ids { try w1.append(docId: id, output(escaped(id), "old")) }
        _ = try commit(w1, parent: nil)
        let w2 = try store.beginVersion()
        #expect(w2.attachPrevious(versionPath: store.versionPath("v000001")))
        for id in ids where id != "ab" { #expect(try w2.copyPrevious(docId: id), "\(id)") }
        let m = try commit(w2, parent: "v000001")
        let text = String(decoding: try store.recordData(.cells, version: "v000002"), as: UTF8.self)
        let expected = ids.filter { $0 != "ab" }.map { #"{"doc_id":"\#(escaped($0))","k":"cells","t":"old"}"# + "\n" }.joined()
        #expect(text == expected)
        #expect(m.output(.cells)?.records == ids.count - 1)
        #expect(RecordLine.plainPrefix("a b") == Array(#"{"doc_id":"a b""#.utf8))
        #expect(RecordLine.plainPrefix("a\"q") == nil && RecordLine.plainPrefix("a\\z") == nil && RecordLine.plainPrefix("a\u{7F}") == nil)
    }

    /// Files of a version folder, path -> bytes (manifest and input index left out).
    func records(_ dir: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for kind in RecordKind.allCases {
            for name in try FileManager.default.contentsOfDirectory(atPath: dir + "/" + kind.rawValue) {
                out[kind.rawValue + "/" + name] = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + kind.rawValue + "/" + name))
            }
        }
        out[PartIndex.fileName] = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + PartIndex.fileName))
        for name in try FileManager.default.contentsOfDirectory(atPath: dir + "/" + PagedIndex.folder) {
            out[PagedIndex.folder + "/" + name] = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + PagedIndex.folder + "/" + name))
        }
        return out
    }

    func inode(_ path: String) -> UInt64 {
        var st = stat()
        return stat(path, &st) == 0 ? UInt64(st.st_ino) : 0
    }

    @Test("parts: boundaries by doc_id, unchanged parts hard-linked, equal to a fresh write whatever the history")
    func parts() throws {
        let f = Folder()
        let store = DatasetStore(root: f.path)
        try store.lockForWriting()
        let ids = (0..<200).map { String(format: "doc/%03d", $0) }
        let w1 = try store.beginVersion()
        for id in ids { try w1.append(docId: id, output(id, "v1")) }
        let m1 = try commit(w1, parent: nil)
        let parts1 = try #require(PartIndex.read(versionPath: store.versionPath("v000001")))
        // Parts start exactly at the ids the layout picks (every id: one document a part), and
        // hold every document once, in order.
        #expect(parts1.count == ids.count, "\(parts1.count) parts")
        #expect(parts1.flatMap(\.docs) == ids)
        #expect(parts1.dropFirst().allSatisfy { PartLayout.startsPart($0.docs[0]) })
        #expect(parts1.allSatisfy { $0.docs.dropFirst().allSatisfy { !PartLayout.startsPart($0) } })
        #expect(m1.output(.cells)?.file == "cells/" && m1.output(.cells)?.records == 200)
        #expect(store.verify("v000001").isEmpty)

        // v2: one document changed, one removed, one added; the rest reused.
        let changed = "doc/050", removed = "doc/120", added = "doc/150a"
        let ids2 = (ids.filter { $0 != removed } + [added]).sorted(by: DocOrder.less)
        let w2 = try store.beginVersion()
        #expect(w2.attachPrevious(versionPath: store.versionPath("v000001")))
        for id in ids2 {
            if id == changed || id == added {
                try w2.append(docId: id, output(id, "v2"))
            } else {
                #expect(try w2.copyPrevious(docId: id))
            }
        }
        _ = try commit(w2, parent: "v000001")
        #expect(store.verify("v000002").isEmpty)
        let parts2 = try #require(PartIndex.read(versionPath: store.versionPath("v000002")))
        // At most the three parts touched are written; every other part is the same file.
        #expect(w2.stats.partsWritten <= 3 && w2.stats.partsLinked >= parts2.count - 3, "\(w2.stats)")
        let untouched = try #require(parts2.first { p in !p.docs.contains(changed) && !p.docs.contains(added) && p.docs.count > 0 })
        let old = try #require(parts1.first { $0.docs == untouched.docs })
        #expect(inode(store.versionPath("v000002") + "/" + PartLayout.path(.cells, untouched.index))
            == inode(store.versionPath("v000001") + "/" + PartLayout.path(.cells, old.index)))
        let text = String(decoding: try store.recordData(.cells, version: "v000002"), as: UTF8.self)
        let expected = ids2.map { #"{"doc_id":"\#($0)","k":"cells","t":"\#($0 == changed || $0 == added ? "v2" : "v1")"}"# + "\n" }.joined()
        #expect(text == expected)

        // A fresh write of the same documents gives the same files, byte for byte.
        let g = Folder()
        let fresh = DatasetStore(root: g.path)
        try fresh.lockForWriting()
        let w3 = try fresh.beginVersion()
        for id in ids2 { try w3.append(docId: id, output(id, id == changed || id == added ? "v2" : "v1")) }
        let m3 = try commit(w3, parent: "v000001")
        #expect(try records(fresh.versionPath("v000001")) == records(store.versionPath("v000002")))
        #expect(try store.manifestHeader("v000002").contentSha256 == m3.contentSha256)
    }

    func indexedInputs(_ ids: [String], changed: String? = nil) -> [IndexedInput] {
        ids.map { id in
            IndexedInput(input: Manifest.Input(source: id + ".txt", docId: id, sha256: String(repeating: id == changed ? "1" : "0", count: 64),
                                               bytes: 10, status: id == changed ? .processed : .reused),
                         stamp: FileStamp(size: 10, mtimeNs: 1, ctimeNs: 2, inode: 3, device: 4))
        }
    }

    @Test("indexes in pages: unchanged pages hard-linked, a changed one written; a damaged page is found; whole indexes still read")
    func pagedIndexes() throws {
        let f = Folder()
        let store = DatasetStore(root: f.path)
        try store.lockForWriting()
        let ids = (0..<400).map { String(format: "doc/%03d", $0) }
        let w1 = try store.beginVersion()
        for id in ids { try w1.append(docId: id, output(id, "v1")) }
        _ = try commit(w1, parent: nil, inputs: indexedInputs(ids))
        let v1 = store.versionPath("v000001")
        let pages1 = Set(try FileManager.default.contentsOfDirectory(atPath: v1 + "/" + PagedIndex.folder))
        // ~4 entries a page, ~100 pages an index: more lines than a root holds, so each root
        // is a tree with one level of list pages (~8 lines each) above the entries' pages.
        #expect(pages1.count > 150 && pages1.count < 320, "\(pages1.count) pages")
        for name in [PartIndex.fileName, InputIndex.fileName] {
            let root = try Data(contentsOf: URL(fileURLWithPath: v1 + "/" + name))
            #expect(root.starts(with: Array("folio-pages\t2\t1\n".utf8)), "\(name)")
            #expect(root.count < 80 * (PagedIndex.maxRootLines + 3), "\(name): \(root.count) bytes")
        }
        #expect(InputIndex.read(versionPath: v1) == indexedInputs(ids))

        // One document changed: its part-index page and input-index page are new, every other
        // page is the parent's file.
        let changed = "doc/200"
        let w2 = try store.beginVersion()
        #expect(w2.attachPrevious(versionPath: v1))
        for id in ids {
            if id == changed { try w2.append(docId: id, output(id, "v2")) } else { #expect(try w2.copyPrevious(docId: id)) }
        }
        _ = try commit(w2, parent: "v000001", inputs: indexedInputs(ids, changed: changed))
        let v2 = store.versionPath("v000002")
        #expect(store.verify("v000002").isEmpty)
        let pages2 = Set(try FileManager.default.contentsOfDirectory(atPath: v2 + "/" + PagedIndex.folder))
        // In each index: the changed entry's page and the list page listing it (or two: the
        // page's new name may end, or stop ending, its list page).
        #expect((4...6).contains(pages2.subtracting(pages1).count), "\(pages2.subtracting(pages1))")
        for name in pages2.intersection(pages1) {
            #expect(inode(v2 + "/" + PagedIndex.folder + "/" + name) == inode(v1 + "/" + PagedIndex.folder + "/" + name))
        }
        #expect(InputIndex.read(versionPath: v2) == indexedInputs(ids, changed: changed))
        #expect(PartIndex.read(versionPath: v2)?.flatMap(\.docs) == ids)

        // A page that no longer matches its hash: verify says so, and neither index is used.
        let newPages = pages2.subtracting(pages1).sorted()
        for name in newPages {
            let path = v2 + "/" + PagedIndex.folder + "/" + name
            var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            bytes[bytes.count / 2] ^= 0x01
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }
        let problems = store.verify("v000002")
        #expect(problems.contains { $0.hasPrefix("parts.idx: changed or damaged (its page pages/") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("inputs.idx: changed or damaged (its page pages/") }, "\(problems)")
        #expect(store.check("v000002").untrustworthy)
        #expect(InputIndex.read(versionPath: v2) == nil && PartIndex.read(versionPath: v2) == nil)
        let (fallback, warning) = try store.recordedInputs("v000002", header: store.manifestHeader("v000002"))
        #expect(fallback.allSatisfy { $0.stamp == nil } && warning?.contains("inputs.idx was changed or damaged") == true)

        // A root listing its pages directly (pages format 1, by earlier releases) is still
        // read and verified: here v1's parts index as one page.
        let content = try #require(PagedIndex.content(v1 + "/" + PartIndex.fileName))
        let body = Array(content[PartIndex.header.count...])
        let bodySha = Hashing.sha256Hex(body)
        try Data(body).write(to: URL(fileURLWithPath: v1 + "/" + PagedIndex.folder + "/" + bodySha))
        let flat = PagedIndex.rootHeader + PartIndex.header + Array("\(bodySha)\t\(body.count)\n".utf8)
        try Data(flat).write(to: URL(fileURLWithPath: v1 + "/" + PartIndex.fileName))
        let manifestText = try String(contentsOfFile: v1 + "/manifest.json", encoding: .utf8)
        let recordedTree = try #require(try store.manifestHeader("v000001").partsIndexSha256)
        try manifestText.replacingOccurrences(of: recordedTree, with: Hashing.sha256Hex(flat))
            .write(toFile: v1 + "/manifest.json", atomically: true, encoding: .utf8)
        #expect(PartIndex.read(versionPath: v1)?.flatMap(\.docs) == ids)
        #expect(store.verify("v000001").isEmpty, "\(store.verify("v000001"))")

        // Indexes written whole (format 1, by earlier releases) are still read and verified.
        var whole = PartIndex.headerV1
        for p in try #require(PartIndex.read(versionPath: v1)) {
            whole += Array(String(p.index).utf8) + [0x09]
            PartIndex.encode(p, into: &whole)
        }
        try Data(whole).write(to: URL(fileURLWithPath: v1 + "/" + PartIndex.fileName))
        let manifestPath = v1 + "/manifest.json"
        let text = try String(contentsOfFile: manifestPath, encoding: .utf8)
        let recorded = try #require(try store.manifestHeader("v000001").partsIndexSha256)
        try text.replacingOccurrences(of: recorded, with: Hashing.sha256Hex(whole)).write(toFile: manifestPath, atomically: true, encoding: .utf8)
        #expect(PartIndex.read(versionPath: v1)?.flatMap(\.docs) == ids)
        #expect(store.verify("v000001").isEmpty, "\(store.verify("v000001"))")
    }

    /// Rewrites a version as an earlier release wrote it: one `<kind>.jsonl` per kind, no part
    /// index, the manifest's outputs naming the files with their SHA-256.
    func flatten(_ store: DatasetStore, _ version: String) throws {
        let dir = store.versionPath(version)
        var m = try store.manifest(version)
        var outputs: [Manifest.Output] = []
        for kind in RecordKind.allCases {
            let data = try store.recordData(kind, version: version)
            try FileManager.default.removeItem(atPath: dir + "/" + kind.rawValue)
            try data.write(to: URL(fileURLWithPath: dir + "/" + kind.fileName))
            outputs.append(Manifest.Output(file: kind.fileName, sha256: Hashing.sha256Hex(Array(data)),
                                           records: data.filter { $0 == 0x0A }.count, bytes: data.count))
        }
        try FileManager.default.removeItem(atPath: dir + "/" + PartIndex.fileName)
        m.outputs = outputs
        m.contentSha256 = Manifest.contentHash(outputs)
        m.partsIndexSha256 = nil
        try m.encoded().write(to: URL(fileURLWithPath: dir + "/manifest.json"))
    }

    @Test("a version written before parts is read, verified and reused; damaged, nothing of it is trusted")
    func singleFileParent() throws {
        let f = Folder()
        let store = DatasetStore(root: f.path)
        try store.lockForWriting()
        let ids = (0..<30).map { String(format: "doc/%02d", $0) }
        let w1 = try store.beginVersion()
        for id in ids { try w1.append(docId: id, output(id, "v1")) }
        _ = try commit(w1, parent: nil)
        try flatten(store, "v000001")
        #expect(store.verify("v000001").isEmpty)
        #expect(try store.recordFiles(.cells, version: "v000001") == [store.versionPath("v000001") + "/cells.jsonl"])
        let w2 = try store.beginVersion()
        #expect(w2.attachPrevious(versionPath: store.versionPath("v000001")))
        for id in ids where id != "doc/07" { #expect(try w2.copyPrevious(docId: id)) }
        _ = try commit(w2, parent: "v000001")
        #expect(store.verify("v000002").isEmpty)
        let expected = ids.filter { $0 != "doc/07" }.map { #"{"doc_id":"\#($0)","k":"cells","t":"v1"}"# + "\n" }.joined()
        #expect(String(decoding: try store.recordData(.cells, version: "v000002"), as: UTF8.self) == expected)
        // A damaged single file: where the damage is cannot be told, so nothing is reused.
        let cells = store.versionPath("v000001") + "/cells.jsonl"
        try Data("{\"doc_id\":\"doc/00\"}\n".utf8).write(to: URL(fileURLWithPath: cells))
        let check = store.check("v000001")
        #expect(!check.intact && check.untrustworthy && !check.canReuse("doc/05"))
    }

    /// Five versions of 40 documents, each changing one; the lock is released on return.
    func fiveVersions(_ root: String) throws {
        let store = DatasetStore(root: root)
        try store.lockForWriting()
        var parent: String?
        for v in 1...5 {
            let w = try store.beginVersion()
            if let parent { _ = w.attachPrevious(versionPath: store.versionPath(parent)) }
            for i in 0..<40 {
                let id = String(format: "d%02d", i)
                if parent != nil, i != v, try w.copyPrevious(docId: id) { continue }
                try w.append(docId: id, output(id, "v\(v)"))
            }
            parent = try commit(w, parent: parent).version
        }
        // The writer still holds the lock: prune refuses and removes nothing.
        #expect(throws: StoreError.self) { _ = try DatasetStore(root: root).prune(keep: 2) }
        #expect(store.committedVersions().count == 5)
    }

    @Test("a damaged part index is refused, never trapped on: torn, overflowing or miscounted")
    func damagedPartIndex() {
        let kinds = String(repeating: "\t-\t0\t0", count: RecordKind.allCases.count)
        let good = "folio-parts\t1\n0\t1" + kinds + "\n\ta\n"
        #expect(PartIndex.decode(Array(good.utf8))?.first?.docs == ["a"])
        // Format 2 (no index field: a part's index is its position).
        let good2 = "folio-parts\t2\n1" + kinds + "\n\ta\n1" + kinds + "\n\tb\n"
        #expect(PartIndex.decode(Array(good2.utf8)).map { $0.map(\.index) } == [0, 1])
        #expect(PartIndex.decode(Array(good2.utf8))?.last?.docs == ["b"])
        for bad in [good + "\tb\n",                                 // two documents, one announced
                    "folio-parts\t1\n0\t99999999999999999999" + kinds + "\n\ta\n",
                    "folio-parts\t1\n1\t1" + kinds + "\n\ta\n",   // numbered out of order
                    String(good.dropLast()),                          // torn
                    "folio-parts\t2\n0\t1" + kinds + "\n\ta\n",   // format 1's line in format 2
                    "folio-parts\t3\n"] {
            #expect(PartIndex.decode(Array(bad.utf8)) == nil, "\(bad)")
        }
    }

    @Test("prune keeps the newest versions and CURRENT, frees only unshared parts, never while the lock is held")
    func prune() throws {
        let f = Folder()
        try fiveVersions(f.path)
        let store = DatasetStore(root: f.path)
        #expect(throws: StoreError.self) { _ = try store.prune(keep: 0) }
        let result = try store.prune(keep: 2)  // holds the lock until `store` goes
        #expect(result.removed == ["v000001", "v000002", "v000003"])
        #expect(result.kept == ["v000004", "v000005"])
        #expect(result.bytesFreed > 0)
        #expect(store.currentVersion() == "v000005")
        #expect(store.committedVersions() == ["v000004", "v000005"])
        // The kept versions' parts, many of them first written by a removed version, are intact.
        #expect(store.verify("v000004").isEmpty && store.verify("v000005").isEmpty)
    }

    @Test("only staging folders are leftovers: a version folder newer than CURRENT is kept, and its id is not reused")
    func recovery() throws {
        let f = Folder()
        let store = DatasetStore(root: f.path)
        try store.lockForWriting()
        let w = try store.beginVersion()
        try w.append(docId: "a", output("a", "1"))
        _ = try commit(w, parent: nil)
        // A staging folder and a version renamed into place before CURRENT was replaced, as a
        // kill would leave them.
        try FileManager.default.createDirectory(atPath: f.path + "/versions/.staging-v000002-99", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: f.path + "/versions/v000002", withIntermediateDirectories: true)
        try Data("v000001\n".utf8).write(to: URL(fileURLWithPath: f.path + "/CURRENT.tmp"))
        let removed = store.recoverInterruptedRuns()
        #expect(removed == [".staging-v000002-99"])
        #expect(!FileManager.default.fileExists(atPath: f.path + "/CURRENT.tmp"))
        #expect(store.currentVersion() == "v000001")
        #expect(store.versionsNewerThanCurrent() == ["v000002"])
        #expect(store.nextVersionId() == "v000003")
        #expect(store.committedVersions() == ["v000001", "v000002"])
    }

    @Test("CURRENT is read strictly: anything but a version id with a folder is unreadable, never 'empty'")
    func currentState() throws {
        let f = Folder()
        let store = DatasetStore(root: f.path)
        #expect(store.currentState() == .empty)
        try store.lockForWriting()
        #expect(store.currentState() == .empty)
        let w = try store.beginVersion()
        try w.append(docId: "a", output("a", "1"))
        _ = try commit(w, parent: nil)
        #expect(store.currentState() == .version("v000001"))
        let current = URL(fileURLWithPath: f.path + "/CURRENT")
        for bytes in [Data(), Data("v1\n".utf8), Data([0xEF, 0xBB, 0xBF]) + Data("v000001\n".utf8), Data("v000001\n\n".utf8),
                      Data(" v000001".utf8), Data("v000002\n".utf8), Data([0xFF, 0xFE])] {
            try bytes.write(to: current)
            guard case .unreadable = store.currentState() else {
                Issue.record("\(Array(bytes)) read as \(store.currentState())")
                continue
            }
            #expect(store.currentVersion() == nil)
            #expect(throws: StoreError.self) { try store.checkCurrent() }
            #expect((try? store.resolveVersion(nil)) == nil)
        }
        try Data("v000001".utf8).write(to: current)
        #expect(store.currentState() == .version("v000001"))
        try FileManager.default.removeItem(at: current)
        guard case let .unreadable(reason) = store.currentState() else { Issue.record("missing CURRENT with versions"); return }
        #expect(reason == "CURRENT is missing, but versions/ holds 1 version(s) up to v000001")
        do {
            _ = try store.checkCurrent()
        } catch {
            #expect(error.kind == .damaged)
            #expect(error.message.contains("folio repair"))
        }
        let plan = store.repairPlan()
        #expect(plan.target == "v000001" && !plan.currentIsIntact && plan.damaged.isEmpty)
        try store.setCurrent("v000001")
        #expect(store.repairPlan().currentIsIntact)
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

    /// Inputs whose strings need every kind of escape, a submission's documents and no stamp.
    static let trickyInputs: [IndexedInput] = {
        var odd = ""
        for u in 0..<0x80 { odd.unicodeScalars.append(Unicode.Scalar(UInt8(u))) }
        odd += "é€😀\u{2028}"
        var sub = Manifest.Input(source: "b/sub.txt", docId: "b/sub", sha256: String(repeating: "ab", count: 32), bytes: 12,
                                 status: .processed)
        sub.documents = ["b/sub#8-k", "b/sub#ex99-1"]
        return [
            IndexedInput(input: Manifest.Input(source: "a/" + odd + ".txt", docId: "a/" + odd, sha256: String(repeating: "0f", count: 32),
                                               bytes: 7, status: .failed),
                         stamp: FileStamp(size: 7, mtimeNs: 1_700_000_000_123_456_789, ctimeNs: -5, inode: 42, device: UInt64.max)),
            IndexedInput(input: sub, stamp: nil),
            IndexedInput(input: Manifest.Input(source: "c.txt", docId: "c", sha256: "", bytes: 0, status: .reused), stamp: nil),
        ]
    }()

    @Test("the streamed manifest is byte for byte what JSONEncoder writes; the input index reads back what was written",
          arguments: [0, 1, 3])
    func streamedManifest(count: Int) throws {
        let f = Folder()
        let store = DatasetStore(root: f.path)
        try store.lockForWriting()
        let w = try store.beginVersion()
        try w.append(docId: "a", output("a", "1"))
        let inputs = Array(Self.trickyInputs.prefix(count))
        let m = try commit(w, parent: count == 3 ? "v000000" : nil, inputs: inputs)
        let path = store.versionPath(m.version)
        let written = try Data(contentsOf: URL(fileURLWithPath: path + "/manifest.json"))
        let decoded = try Manifest.decode(written)
        #expect(decoded.inputs == inputs.map(\.input))
        #expect(try decoded.encoded() == written)
        #expect(ManifestJSON.encode(decoded) == Array(written))
        let header = try store.manifestHeader(m.version)
        #expect(header.inputs.isEmpty && header.outputs == decoded.outputs && header.contentSha256 == decoded.contentSha256)
        #expect(InputIndex.read(versionPath: path) == inputs)
        // A torn index is not used (the run then falls back to the manifest).
        if count > 0 {
            let idx = path + "/" + InputIndex.fileName
            let bytes = try Data(contentsOf: URL(fileURLWithPath: idx))
            try bytes.dropLast().write(to: URL(fileURLWithPath: idx))
            #expect(InputIndex.read(versionPath: path) == nil)
        }
    }

    @Test("schema 2: manifest.json lists no inputs; readers get them from inputs.idx, and its damage is found",
          arguments: [0, 3])
    func schemaTwoManifest(count: Int) throws {
        let f = Folder()
        let store = DatasetStore(root: f.path)
        try store.lockForWriting()
        let w = try store.beginVersion()
        try w.append(docId: "a", output("a", "1"))
        let inputs = Array(Self.trickyInputs.prefix(count))
        let m = try commit(w, parent: nil, inputs: inputs, schema: "2")
        let path = store.versionPath(m.version)
        let written = try Data(contentsOf: URL(fileURLWithPath: path + "/manifest.json"))
        #expect(!String(decoding: written, as: UTF8.self).contains("\"inputs\" :"))
        let file = try Manifest.decode(written)
        #expect(file.schemaVersion == "2" && file.inputs.isEmpty && !file.listsInputs)
        #expect(try file.encoded() == written)
        #expect(ManifestJSON.encode(file) == Array(written))
        #expect(try store.manifestHeader(m.version).schemaVersion == "2")
        // Every reader of the inputs gets them from the index.
        #expect(try store.manifest(m.version).inputs == inputs.map(\.input))
        let (recorded, warning) = try store.recordedInputs(m.version, header: file)
        #expect(recorded == inputs && warning == nil)
        #expect(store.verify(m.version).isEmpty)
        // A changed index is damage: verify names it, readers of the inputs refuse it, and a
        // run knows no input (it processes every one again).
        let idx = path + "/" + InputIndex.fileName
        var bytes = try Data(contentsOf: URL(fileURLWithPath: idx))
        bytes.append(contentsOf: Array("x".utf8))
        try bytes.write(to: URL(fileURLWithPath: idx))
        #expect(store.verify(m.version).contains { $0.contains(InputIndex.fileName) })
        do {
            _ = try store.manifest(m.version)
            Issue.record("a damaged inputs.idx was read")
        } catch {
            #expect(error.kind == .damaged)
        }
        let (none, why) = try store.recordedInputs(m.version, header: file)
        #expect(none.isEmpty && why?.contains("schema 2") == true)
    }

    @Test("per-document summary lines spill to disk and read back in order")
    func perDocumentNotes() {
        let notes = PerDocumentNotes()
        for i in 0..<5000 {
            notes.addChecks("doc/\(i)\t\u{e9}", passed: i, total: i + 1)
            if i % 3 == 0 { notes.addFacts("doc/\(i)", total: i, agree: 1, disagree: 2) }
        }
        var checks: [String] = []
        notes.forEachCheck { checks.append("\($0) \($1)/\($2)") }
        #expect(checks.count == 5000)
        #expect(checks.first == "doc/0\t\u{e9} 0/1" && checks.last == "doc/4999\t\u{e9} 4999/5000")
        var facts = 0
        notes.forEachFacts { id, total, _, _ in
            if id == "doc/\(facts * 3)" && total == facts * 3 { facts += 1 }
        }
        #expect(facts == 1667)
        #expect(notes.checksTotal == (1...5000).reduce(0, +) && notes.factDocuments == 1667)
    }

    /// A scratch corpus of small text files, modified an hour ago (settled: stamped when read).
    func corpus(_ root: String, files: Int) throws {
        for i in 0..<files {
            let path = root + "/in/d\(i).txt"
            try FileManager.default.createDirectory(atPath: root + "/in", withIntermediateDirectories: true)
            try Data("Filing \(i)\n\nRevenue was RMB\(i),000 million.\n".utf8).write(to: URL(fileURLWithPath: path))
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: path)
        }
    }

    func run(_ root: String, rehash: Bool = false) throws -> RunSummary {
        let runner = BatchRunner(pipeline: Pipeline(try DefaultPipeline.definition()), toolVersion: "test")
        var options = RunOptions(inputs: [root + "/in"], datasetRoot: root + "/ds", jobs: 2, rehash: rehash)
        // Schema 1 (a new dataset is schema 2): these tests cover the manifest's inputs as the
        // fallback for a changed inputs.idx.
        options.schemaVersion = "1"
        return try runner.run(options)
    }

    @Test("an input whose stamp is unchanged is not hashed again; --rehash hashes it; a changed file is processed")
    func stamps() throws {
        let f = Folder()
        try corpus(f.path, files: 4)
        let first = try run(f.path)
        #expect(first.version == "v000001" && first.processed == 4)
        let index = try #require(InputIndex.read(versionPath: f.path + "/ds/versions/v000001"))
        #expect(index.count == 4 && index.allSatisfy { $0.stamp != nil })
        #expect(try run(f.path).upToDate)

        // Give d1 a different recorded hash in the index. The index no longer matches the hash
        // the manifest recorded for it: the run says so, and takes the inputs from the manifest.
        var tampered = index
        tampered[1].input.sha256 = String(repeating: "0", count: 64)
        var bytes = InputIndex.header
        for e in tampered { InputIndex.encode(e, into: &bytes) }
        let versionDir = f.path + "/ds/versions/v000001/"
        try Data(bytes).write(to: URL(fileURLWithPath: versionDir + InputIndex.fileName))
        let detected = try run(f.path)
        #expect(detected.upToDate)
        #expect(detected.storeWarnings.contains { $0.contains("inputs.idx was changed or damaged") }, "\(detected.storeWarnings)")
        // With the manifest agreeing (the index as recorded), trusting d1's stamp the run does not notice...
        let manifestPath = versionDir + "manifest.json"
        let recorded = try #require(try DatasetStore(root: f.path + "/ds").manifestHeader("v000001").inputsIndexSha256)
        let manifestText = try String(contentsOfFile: manifestPath, encoding: .utf8)
        try manifestText.replacingOccurrences(of: recorded, with: Hashing.sha256Hex(bytes)).write(toFile: manifestPath, atomically: true, encoding: .utf8)
        let trusted = try run(f.path)
        #expect(trusted.upToDate && trusted.storeWarnings.isEmpty, "\(trusted.storeWarnings)")
        // ... hashing it, the run does (and reprocesses it alone).
        let rehashed = try run(f.path, rehash: true)
        #expect(rehashed.version == "v000002" && rehashed.processed == 1 && rehashed.reused == 3)

        // An edit keeping the size and mtime still changes the ctime: processed.
        let path = f.path + "/in/d2.txt"
        let old = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        try Data("Filing 9\n\nRevenue was RMB2,000 million.\n".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.modificationDate: old ?? Date()], ofItemAtPath: path)
        let edited = try run(f.path)
        #expect(edited.version == "v000003" && edited.processed == 1 && edited.reused == 3)
        #expect(try run(f.path).upToDate)
    }

    @Test("doc_id from a source path: the byte fast path strips extensions exactly as NSString does")
    func stripExtension() {
        let paths = ["a.txt", "a", "dir/a.txt", "dir.v2/a", "dir.v2/a.b.c", ".hidden", "dir/.hidden", "a.", "a..", "..", "dir/..",
                     "dir/a..txt", "a b.t x", "x/y/z.tar.gz", "é/a.txt", "a.\u{301}txt", "dir/\u{65}\u{301}.htm", "a.txt.", "./a.txt"]
        for p in paths {
            let ns = p as NSString
            let ext = ns.pathExtension
            let expected = ext.isEmpty ? p : String(p.dropLast(ext.count + 1))
            #expect(InputDiscovery.stripExtension(p) == expected, "\(p)")
        }
    }
}

