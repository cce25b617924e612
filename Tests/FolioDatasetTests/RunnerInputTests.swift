@testable import FolioDataset
import FolioModel
import FolioPipeline
@testable import FolioRunner
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Inputs that change under a run, and the in-flight journal that keeps a document that
/// kills the process from stopping every later run.
@Suite("runner inputs and in-flight journal")
struct RunnerInputTests {
    final class Folder {
        let path = NSTemporaryDirectory() + "folio-runner-" + UUID().uuidString
        init() { try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    func input(_ path: String, _ source: String) -> InputFile {
        InputFile(path: path, source: source, docId: (source as NSString).deletingPathExtension, stamp: nil)
    }

    @Test("a FIFO (a file replaced after discovery) is refused at once, with a per-document diagnostic")
    func fifoIsNotOpenedBlocking() throws {
        let f = Folder()
        let path = f.path + "/filing.txt"
        #expect(mkfifo(path, 0o644) == 0)
        // No writer ever opens the FIFO: a blocking open(2) would wait forever.
        let result = FileReading.read(path)
        guard case let .failure(e) = result else {
            Issue.record("a FIFO was read")
            return
        }
        #expect(e.message == "cannot read: a FIFO (named pipe), not a regular file")
        let planned = BatchRunner.plan(input(path, "filing.txt"), index: 0, collision: nil, hashed: false)
        #expect(planned.readError == e.message)
        let pipeline = Pipeline(try DefaultPipeline.definition())
        guard case let .done(output, failed, firstError, _, _, _, _) = BatchRunner.process(planned.item(0, index: 0), of: planned,
                                                                                             pipeline: pipeline) else {
            Issue.record("not processed")
            return
        }
        #expect(failed)
        #expect(firstError == e.message)
        let diagnostics = String(decoding: output.bytes(.diagnostics), as: UTF8.self)
        #expect(diagnostics.contains("\"code\":\"read.io_error\""), "\(diagnostics)")
        #expect(diagnostics.contains("FIFO"), "\(diagnostics)")
    }

    @Test("a character device is refused the same way")
    func deviceIsRefused() {
        guard case let .failure(e) = FileReading.read("/dev/zero") else {
            Issue.record("/dev/zero was read")
            return
        }
        #expect(e.message == "cannot read: a character device, not a regular file")
    }

    @Test("a file appended to after planning: the bytes processed and the hash recorded are one buffer")
    func appendedFileIsHashedAsProcessed() throws {
        let f = Folder()
        let path = f.path + "/filing.txt"
        let first = "Annual Report\n\nRevenue rose 5% to $10 million.\n"
        try first.write(toFile: path, atomically: false, encoding: .utf8)
        // Planning hashes only where the hash decides reuse; here (nothing to reuse) it keeps a
        // fingerprint, and the change is noticed all the same.
        let planned = BatchRunner.plan(input(path, "filing.txt"), index: 0, collision: nil, hashed: false)
        #expect(planned.sha256.isEmpty)
        #expect(planned.fingerprint == Hashing.fingerprint(Array(first.utf8)))
        // The file grows between planning and processing.
        let appended = first + "\nA paragraph appended during the run.\n"
        try appended.write(toFile: path, atomically: false, encoding: .utf8)
        let pipeline = Pipeline(try DefaultPipeline.definition())
        guard case let .done(output, failed, _, _, _, bytes, read) = BatchRunner.process(planned.item(0, index: 0), of: planned,
                                                                                           pipeline: pipeline) else {
            Issue.record("not processed")
            return
        }
        #expect(!failed)
        let newSha = Hashing.sha256Hex(Array(appended.utf8))
        #expect(read == BatchRunner.FileRead(sha256: newSha, bytes: appended.utf8.count,
                                             fingerprint: Hashing.fingerprint(Array(appended.utf8))))
        #expect(bytes == appended.utf8.count)
        let documents = String(decoding: output.bytes(.documents), as: UTF8.self)
        #expect(documents.contains(newSha), "the document record carries the hash of what was processed: \(documents)")
        let blocks = String(decoding: output.bytes(.blocks), as: UTF8.self)
        #expect(blocks.contains("appended during the run"))
        let diagnostics = String(decoding: output.bytes(.diagnostics), as: UTF8.self)
        #expect(diagnostics.contains("read.changed_during_run"), "\(diagnostics)")
        // And the manifest's input takes that hash, and no stamp.
        var p = planned
        p.stamped = true
        if let read { BatchRunner.recordRead(read, into: &p) }
        #expect(p.sha256 == newSha)
        #expect(p.bytes == appended.utf8.count)
        #expect(!p.stamped)
    }

    @Test("an unchanged file: no warning, the planned hash", arguments: [true, false])
    func unchangedFileKeepsItsHash(hashed: Bool) throws {
        let f = Folder()
        let path = f.path + "/filing.txt"
        let text = "Annual Report\n\nText.\n"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let planned = BatchRunner.plan(input(path, "filing.txt"), index: 0, collision: nil, hashed: hashed)
        #expect(planned.sha256 == (hashed ? Hashing.sha256Hex(Array(text.utf8)) : ""))
        let pipeline = Pipeline(try DefaultPipeline.definition())
        guard case let .done(output, _, _, _, _, _, read) = BatchRunner.process(planned.item(0, index: 0), of: planned,
                                                                                 pipeline: pipeline) else {
            Issue.record("not processed")
            return
        }
        #expect(read?.sha256 == Hashing.sha256Hex(Array(text.utf8)))
        #expect(!String(decoding: output.bytes(.diagnostics), as: UTF8.self).contains("changed_during_run"))
        var p = planned
        p.stamped = true
        if let read { BatchRunner.recordRead(read, into: &p) }
        #expect(p.sha256 == Hashing.sha256Hex(Array(text.utf8)))
        #expect(p.stamped, "an unchanged file keeps its stamp")
    }

    // MARK: Large documents

    @Test("records that outgrow the spill threshold stream through a spill file: the version is byte-identical, nothing is left behind")
    func spilledRecordsAreIdentical() throws {
        let f = Folder()
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path + "/Corpus/seeds"
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }.sorted()
        try #require(!names.isEmpty)
        try FileManager.default.createDirectory(atPath: f.path + "/in", withIntermediateDirectories: true)
        for n in names { try FileManager.default.copyItem(atPath: seeds + "/" + n, toPath: f.path + "/in/" + n) }
        // One document processed straight: with a low threshold its large kinds are in the
        // spill file, not in memory, and read back they are the lines held in memory otherwise.
        let path = f.path + "/in/" + names[0]
        let planned = BatchRunner.plan(input(path, names[0]), index: 0, collision: nil, hashed: false)
        let pipeline = Pipeline(try DefaultPipeline.definition())
        let spillPath = f.path + "/spill"
        guard case let .done(held, _, _, _, _, _, _) = BatchRunner.process(planned.item(0, index: 0), of: planned, pipeline: pipeline),
              case let .done(streamed, _, _, _, _, _, _) = BatchRunner.process(planned.item(0, index: 0), of: planned, pipeline: pipeline,
                                                                               spillPath: spillPath, spillThreshold: 512) else {
            Issue.record("not processed")
            return
        }
        #expect(held.spill == nil)
        let spill = try #require(streamed.spill)
        #expect(spill.error == nil)
        #expect(spill.ranges[.blocks] != nil && streamed.lines[.blocks] == nil, "blocks are streamed, not held")
        #expect(spill.ranges[.documents] != nil && streamed.lines[.documents] == nil,
                "the document's line, its text streamed in pieces, is not held")
        let file = try Data(contentsOf: URL(fileURLWithPath: spillPath))
        for kind in RecordKind.allCases {
            let bytes = spill.ranges[kind].map { Array(file[$0]) } ?? streamed.bytes(kind)
            #expect(bytes == held.bytes(kind), "\(kind)")
            #expect(streamed.count(kind) == held.count(kind))
        }
        // Whole runs: the same version whatever the threshold, and no spill file left.
        let runner = BatchRunner(pipeline: pipeline, toolVersion: "test")
        let normal = try runner.run(RunOptions(inputs: [f.path + "/in"], datasetRoot: f.path + "/a", jobs: 2))
        var options = RunOptions(inputs: [f.path + "/in"], datasetRoot: f.path + "/b", jobs: 2)
        options.spillThreshold = 512
        let spilled = try runner.run(options)
        #expect(normal.contentSha256 != nil && spilled.contentSha256 == normal.contentSha256)
        #expect(!FileManager.default.fileExists(atPath: f.path + "/b/versions/v000001/.spill"))
        let verify = DatasetStore(root: f.path + "/b").check("v000001", jobs: 1)
        #expect(verify.intact, "\(verify.problems)")
    }

    // MARK: In-flight journal

    @Test("journal: claimed and not done is a suspect; retried alone and crashed is poison")
    func journalStates() throws {
        let f = Folder()
        let path = f.path + "/" + InFlightJournal.fileName
        #expect(InFlightJournal.read(path: path).isEmpty)
        // Run 1 dies with two documents in flight (one with a tab and a newline in its id).
        do {
            let j = try #require(InFlightJournal(path: path, carrying: .init()))
            j.claim("plan:a")
            j.done("plan:a")
            j.claim("doc:a")
            j.claim("doc:b\tc\nd%")
            j.claim("doc:e")
            j.done("doc:e")
        }
        let s1 = InFlightJournal.read(path: path)
        #expect(s1.suspects == ["doc:a", "doc:b\tc\nd%"])
        #expect(s1.poison.isEmpty)
        // Run 2 retries them alone: `a` finishes, `b…` kills the process again.
        do {
            let j = try #require(InFlightJournal(path: path, carrying: s1))
            j.retry("doc:a")
            j.done("doc:a")
            j.retry("doc:b\tc\nd%")
            Self.crash(path)
        }
        let s2 = InFlightJournal.read(path: path)
        #expect(s2.suspects.isEmpty)
        #expect(s2.poison == ["doc:b\tc\nd%"])
        // Run 3 dies elsewhere: the poison is carried, the new claim is a suspect.
        do {
            let j = try #require(InFlightJournal(path: path, carrying: s2))
            j.claim("doc:z")
        }
        let s3 = InFlightJournal.read(path: path)
        #expect(s3.poison == ["doc:b\tc\nd%"])
        #expect(s3.suspects == ["doc:z"])
        // A run that ends normally removes the journal.
        let j = try #require(InFlightJournal(path: path, carrying: s3))
        j.remove()
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(InFlightJournal.read(path: path).isEmpty)
    }

    /// What the crash-signal handler appends before the process dies.
    static func crash(_ path: String) {
        let f = open(path, O_WRONLY | O_APPEND)
        _ = "crash\tsignal\n".withCString { write(f, $0, strlen($0)) }
        close(f)
    }

    @Test("journal: a retry alone killed from outside (no crash line) is a suspect again; poison only after 3 such deaths")
    func journalKilledAlone() throws {
        let f = Folder()
        let path = f.path + "/" + InFlightJournal.fileName
        do {
            let j = try #require(InFlightJournal(path: path, carrying: .init()))
            j.claim("doc:a")
            j.claim("doc:b")
        }
        var state = InFlightJournal.read(path: path)
        #expect(state.suspects == ["doc:a", "doc:b"])
        // Killed (SIGKILL: no crash line) while `a` is retried alone, twice: still a suspect.
        for n in 1...2 {
            do {
                let j = try #require(InFlightJournal(path: path, carrying: state))
                j.retry("doc:a")
            }
            state = InFlightJournal.read(path: path)
            #expect(state.poison.isEmpty, "killed alone \(n) time(s) is not poison")
            #expect(state.suspects == ["doc:a", "doc:b"])
            #expect(state.killedAlone == ["doc:a": n])
        }
        // A run that dies before retrying anything keeps the count.
        do { _ = try #require(InFlightJournal(path: path, carrying: state)) }
        #expect(InFlightJournal.read(path: path) == state)
        // The third death alone in a row: poison (the OOM killer, every time).
        do {
            let j = try #require(InFlightJournal(path: path, carrying: state))
            j.retry("doc:a")
        }
        state = InFlightJournal.read(path: path)
        #expect(state.poison == ["doc:a"])
        #expect(state.suspects == ["doc:b"])
        #expect(state.killedAlone.isEmpty)
        // A retry alone that finishes clears its count.
        var other = InFlightJournal.State(suspects: ["doc:c"], killedAlone: ["doc:c": 2])
        do {
            let j = try #require(InFlightJournal(path: path, carrying: other))
            j.retry("doc:c")
            j.done("doc:c")
            j.claim("doc:d")
            Self.crash(path)  // a crash in the parallel work: nothing retried alone is open
        }
        other = InFlightJournal.read(path: path)
        #expect(other.suspects == ["doc:d"])
        #expect(other.poison.isEmpty)
        #expect(other.killedAlone.isEmpty)
    }

    @Test("journal: a torn last line is ignored")
    func journalTornLine() throws {
        let f = Folder()
        let path = f.path + "/" + InFlightJournal.fileName
        try Data("claim\tdoc:a\nclaim\tdoc:b\ndone\tdoc:a\nretry\tdoc:%4".utf8).write(to: URL(fileURLWithPath: path))
        let s = InFlightJournal.read(path: path)
        #expect(s.suspects == ["doc:b"])
        #expect(s.poison.isEmpty)
    }
}
