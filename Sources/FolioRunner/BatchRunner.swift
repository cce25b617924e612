public import FolioModel
public import FolioPipeline
import FolioDataset
import Foundation
import Synchronization

/// Options of one batch run.
public struct RunOptions: Sendable {
    public var inputs: [String]
    public var datasetRoot: String
    public var jobs: Int
    /// Reprocess every document even if unchanged.
    public var force: Bool
    public var followSymlinks: Bool

    public init(inputs: [String], datasetRoot: String, jobs: Int, force: Bool = false, followSymlinks: Bool = false) {
        self.inputs = inputs
        self.datasetRoot = datasetRoot
        self.jobs = jobs
        self.force = force
        self.followSymlinks = followSymlinks
    }
}

/// What a run did.
public struct RunSummary: Sendable {
    public var version: String?
    public var parent: String?
    public var upToDate: Bool
    public var documents: Int
    public var processed: Int
    public var reused: Int
    public var failed: Int
    public var records: [RecordKind: Int]
    public var seconds: Double
    /// Bytes of the documents processed in this run (not reused ones).
    public var bytesProcessed: Int
    public var contentSha256: String?
    /// (doc_id, first error message) of each failed document.
    public var failures: [(docId: String, message: String)]
    public var notes: [DiscoveryNote]
    public var removedLeftovers: [String]
    /// Per processed document: arithmetic checks passed / run.
    public var checks: [(docId: String, passed: Int, total: Int)]

    public var megabytesPerSecond: Double {
        seconds > 0 ? Double(bytesProcessed) / 1_000_000 / seconds : 0
    }
}

/// Receives progress from the writer thread (one caller at a time).
public protocol RunProgress: AnyObject {
    func update(done: Int, total: Int, bytes: Int, failed: Int)
    func finish()
}

/// Runs a pipeline over a corpus into a new dataset version.
///
/// 1. Discovery and hashing (parallel): which inputs changed since `CURRENT`.
/// 2. Nothing changed: no version, "up to date".
/// 3. Otherwise documents are processed on `jobs` threads; a writer consumes results in
///    doc_id order through a bounded window (memory stays flat as the corpus grows),
///    copying unchanged documents' records from the previous version.
/// 4. The version commits atomically; a failed document is recorded, never fatal.
public final class BatchRunner {
    public let pipeline: Pipeline
    public let toolVersion: String

    public init(pipeline: Pipeline, toolVersion: String) {
        self.pipeline = pipeline
        self.toolVersion = toolVersion
    }

    enum Work: Sendable {
        case reuse
        case done(DocumentOutput, failed: Bool, firstError: String?, checks: (Int, Int), bytes: Int)
    }

    struct Planned: Sendable {
        var file: InputFile
        var sha256: String
        var bytes: Int
        var readError: String?
        var reusable: Bool
    }

    public func run(_ options: RunOptions, progress: (any RunProgress)? = nil) throws -> RunSummary {
        let started = Date()
        let (files, notes, collisions) = try InputDiscovery.discover(options.inputs, followSymlinks: options.followSymlinks)
        let store = DatasetStore(root: options.datasetRoot)
        try store.lockForWriting()
        let removed = store.recoverInterruptedRuns()
        let parent = store.currentVersion()
        let previous: Manifest? = try parent.map { id throws(StoreError) in try store.manifest(id) }
        let jobs = max(1, options.jobs)

        // 1. Hash every input (parallel, streamed).
        let hashed = Mutex<[Planned?]>(Array(repeating: nil, count: files.count))
        claimLoop(count: files.count, jobs: jobs, window: nil) { i in
            let f = files[i]
            let planned: Planned
            switch FileReading.hash(f.path) {
            case let .success((sha, n)):
                planned = Planned(file: f, sha256: sha, bytes: n, readError: nil, reusable: false)
            case let .failure(e):
                planned = Planned(file: f, sha256: "", bytes: 0, readError: e.message, reusable: false)
            }
            hashed.withLock { $0[i] = planned }
        }
        var plan = hashed.withLock { $0.compactMap { $0 } }

        let pipeline = self.pipeline
        let toolVersion = self.toolVersion
        let sameRecipe = previous.map { $0.pipeline.sha256 == pipeline.definition.sha256 && $0.toolVersion == toolVersion } ?? false
        let prevInputs = Dictionary((previous?.inputs ?? []).map { ($0.source, $0) }, uniquingKeysWith: { a, _ in a })
        for i in plan.indices {
            guard sameRecipe, !options.force, let p = prevInputs[plan[i].file.source] else { continue }
            plan[i].reusable = p.sha256 == plan[i].sha256 && p.docId == plan[i].file.docId
        }
        if let previous, let parent, sameRecipe, !options.force,
           plan.count == previous.inputs.count, plan.allSatisfy(\.reusable) {
            var counts: [RecordKind: Int] = [:]
            for o in previous.outputs {
                if let k = RecordKind.allCases.first(where: { $0.fileName == o.file }) { counts[k] = o.records }
            }
            return RunSummary(version: parent, parent: previous.parent, upToDate: true, documents: plan.count, processed: 0,
                              reused: plan.count, failed: previous.inputs.filter { $0.status == .failed }.count,
                              records: counts, seconds: Date().timeIntervalSince(started), bytesProcessed: 0,
                              contentSha256: previous.contentSha256,
                              failures: [], notes: notes, removedLeftovers: removed, checks: [])
        }

        // 2. Process and write, in order.
        let writer = try store.beginVersion()
        var committed = false
        defer { if !committed { writer.discard() } }
        if let parent, sameRecipe {
            _ = writer.attachPrevious(versionPath: store.versionPath(parent))
        }
        let frozenPlan = plan
        let slots = OrderedSlots<Work>(count: plan.count)
        let window = DispatchSemaphore(value: max(4, 2 * jobs))
        let collisionSources = collisions
        let work: @Sendable (Int) -> Work = { i in
            let p = frozenPlan[i]
            if p.reusable { return .reuse }
            return Self.process(p, pipeline: pipeline, collision: collisionSources[p.file.source])
        }
        DispatchQueue.global().async {
            claimLoop(count: frozenPlan.count, jobs: jobs, window: window) { i in
                slots.put(i, work(i))
            }
        }

        var inputs: [Manifest.Input] = []
        var summary = RunSummary(version: nil, parent: parent, upToDate: false, documents: plan.count, processed: 0, reused: 0,
                                 failed: 0, records: [:], seconds: 0, bytesProcessed: 0, contentSha256: nil,
                                 failures: [], notes: notes, removedLeftovers: removed, checks: [])
        var doneBytes = 0
        for i in plan.indices {
            var result = slots.take(i)
            let p = plan[i]
            var status: Manifest.InputStatus
            if case .reuse = result {
                if try writer.copyPrevious(docId: p.file.docId) {
                    let wasFailed = prevInputs[p.file.source]?.status == .failed
                    status = wasFailed ? .failed : .reused
                    summary.reused += 1
                    if wasFailed { summary.failed += 1; summary.failures.append((p.file.docId, "failed in an earlier version; unchanged since")) }
                    inputs.append(Manifest.Input(source: p.file.source, docId: p.file.docId, sha256: p.sha256, bytes: p.bytes, status: status))
                    window.signal()
                    progress?.update(done: i + 1, total: plan.count, bytes: doneBytes, failed: summary.failed)
                    continue
                }
                result = work(i)  // the previous version lacks it: process it here
                if case .reuse = result { result = Self.process(p, pipeline: pipeline, collision: collisions[p.file.source]) }
            }
            guard case let .done(output, failed, firstError, checks, bytes) = result else { continue }
            try writer.append(docId: p.file.docId, output)
            status = failed ? .failed : .processed
            summary.processed += 1
            summary.bytesProcessed += bytes
            doneBytes += bytes
            if failed {
                summary.failed += 1
                summary.failures.append((p.file.docId, firstError ?? "failed"))
            }
            if checks.1 > 0 { summary.checks.append((p.file.docId, checks.0, checks.1)) }
            inputs.append(Manifest.Input(source: p.file.source, docId: p.file.docId, sha256: p.sha256, bytes: p.bytes, status: status))
            window.signal()
            progress?.update(done: i + 1, total: plan.count, bytes: doneBytes, failed: summary.failed)
        }
        progress?.finish()

        let createdAt = Self.timestamp(Date())
        let definition = pipeline.definition
        let tool = toolVersion
        let datasetName = store.name
        let manifest = try writer.commit { outputs, content in
            Manifest(dataset: datasetName, version: writer.versionId, parent: parent, createdAt: createdAt,
                     toolVersion: tool, pipeline: .init(name: definition.name, sha256: definition.sha256),
                     inputs: inputs.sorted { $0.source.utf8.lexicographicallyPrecedes($1.source.utf8) },
                     outputs: outputs, contentSha256: content)
        }
        committed = true
        summary.version = manifest.version
        summary.contentSha256 = manifest.contentSha256
        summary.records = writer.recordCounts()
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Reads and processes one document; never throws: failures are records.
    static func process(_ p: Planned, pipeline: Pipeline, collision: [String]?) -> Work {
        let bytes: [UInt8]
        var readError = p.readError
        if readError == nil {
            switch FileReading.read(p.file.path) {
            case let .success(b): bytes = b
            case let .failure(e): bytes = []; readError = e.message
            }
        } else {
            bytes = []
        }
        if let readError {
            var doc = WorkingDocument(docId: p.file.docId, source: p.file.source, bytes: [], sha256: p.sha256)
            doc.diagnostics.append(Diagnostic(stage: "read", severity: .error, code: "read.io_error", message: readError))
            return .done(RecordEmitter.emit(doc, failed: true), failed: true, firstError: readError, checks: (0, 0), bytes: 0)
        }
        var (doc, failed) = pipeline.process(docId: p.file.docId, source: p.file.source, bytes: bytes, sha256: p.sha256)
        if let collision {
            doc.diagnostics.insert(Diagnostic(stage: "read", severity: .warning, code: "read.doc_id_collision",
                                              message: "'\(collision[0])' and '\(collision[1])' would have the same doc_id; this one was given '\(p.file.docId)'"), at: 0)
        }
        let firstError = failed ? doc.diagnostics.last(where: { $0.severity == .error })?.message : nil
        var passed = 0
        var total = 0
        for t in doc.tables {
            for c in t.checks {
                total += 1
                if c.outcome == "pass" { passed += 1 }
            }
        }
        return .done(RecordEmitter.emit(doc, failed: failed), failed: failed, firstError: firstError, checks: (passed, total), bytes: bytes.count)
    }

    static func timestamp(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }
}
