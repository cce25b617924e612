public import FolioModel
public import FolioPipeline
public import FolioDataset
import FolioRead
import Foundation
import Synchronization

/// Options of one batch run.
public struct RunOptions: Sendable {
    public var inputs: [String]
    public var datasetRoot: String
    public var jobs: Int
    /// Reprocess every document even if unchanged.
    public var force: Bool
    /// Read and hash every input even when its stamp (size, mtime, ctime, inode) is the one
    /// the current version recorded.
    public var rehash: Bool
    public var followSymlinks: Bool
    /// Process only slice `index` of `count` (inputs in doc_id order, cut into equal runs)
    /// into the dataset's shard area; `folio commit` merges the shards into a version.
    public var shard: (index: Int, count: Int)?
    /// The share of the current version's inputs a run may drop (0.2: a fifth) before it is
    /// refused; `allowRemovals` lifts the guard (docs/operations.md).
    public var maxRemovalShare: Double = 0.2
    /// Removing this many inputs or fewer never trips the guard, whatever their share (so
    /// removing 1 of 3 documents is not refused).
    public var removalFloor = 2
    public var allowRemovals = false
    /// Documents the in-flight journal holds as poison (they crashed a run twice, the second
    /// time alone) are retried alone once more instead of being recorded as failed.
    public var retryPoisoned = false
    /// A document's lines of one kind beyond this many bytes are streamed to a spill file in
    /// the staging folder instead of being held until written (tests set it low).
    public var spillThreshold = RecordEmitter.spillThreshold
    /// Seconds to wait for another writer's lock (`.infinity`: no limit; 0: fail at once).
    public var lockWait: Double = 0
    /// The manifest's schema (`Manifest.schemaVersion`): `"2"` keeps the inputs only in the
    /// paged `inputs.idx`. nil: the current version's (`Manifest.newDatasetSchemaVersion`, `"2"`,
    /// for a first version). A shard
    /// always writes `"1"` (`folio commit` merges the shards' manifests).
    public var schemaVersion: String?

    public init(inputs: [String], datasetRoot: String, jobs: Int, force: Bool = false, followSymlinks: Bool = false,
                shard: (index: Int, count: Int)? = nil, rehash: Bool = false) {
        self.inputs = inputs
        self.datasetRoot = datasetRoot
        self.jobs = jobs
        self.force = force
        self.rehash = rehash
        self.followSymlinks = followSymlinks
        self.shard = shard
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
    /// (doc_id, first error message) of the first failed documents (at most
    /// `failuresKept`; `failed` counts them all).
    public var failures: [(docId: String, message: String)]
    public static let failuresKept = 20
    public var notes: [DiscoveryNote]
    public var removedLeftovers: [String]
    /// Things the operator should know that did not stop the run (input roots changed ids).
    public var warnings: [String] = []
    /// For a shard run: the folder the shard was written to.
    public var shardPath: String?
    /// Per processed document: arithmetic checks passed / run, and narrative facts; kept in
    /// a temporary file, not in memory, with their totals.
    public var perDocument = PerDocumentNotes()
    /// Problems found in the parent version when reusing it (damaged parts, a changed input
    /// index): shown as warnings; the documents concerned were reprocessed.
    public var storeWarnings: [String] = []
    /// Documents reprocessed because their records in the parent version were damaged.
    public var repaired = 0
    /// Parts written and linked from the parent version.
    public var storage: WriteStats?

    /// Per processed document with table checks: checks passed / run (read back from disk).
    public var checks: [(docId: String, passed: Int, total: Int)] {
        var out: [(docId: String, passed: Int, total: Int)] = []
        perDocument.forEachCheck { out.append(($0, $1, $2)) }
        return out
    }

    /// Per processed document with narrative facts: facts, agreeing with a table cell,
    /// disagreeing with one (read back from disk).
    public var facts: [(docId: String, total: Int, agree: Int, disagree: Int)] {
        var out: [(docId: String, total: Int, agree: Int, disagree: Int)] = []
        perDocument.forEachFacts { out.append(($0, $1, $2, $3)) }
        return out
    }

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
        case done(DocumentOutput, failed: Bool, firstError: String?, checks: (Int, Int), facts: (Int, Int, Int), bytes: Int,
                  read: FileRead? = nil)
    }

    /// The one buffer a document was processed from: its file's hash and size (what the
    /// manifest records, so the recorded hash is always of the bytes processed), and its
    /// fingerprint (compared with planning's to notice a file that changed in between).
    struct FileRead: Sendable, Equatable {
        var sha256: String
        var bytes: Int
        var fingerprint: UInt64
    }

    /// One input file after planning read it (or after its stamp matched the current version's).
    struct PlannedFile: Sendable {
        var file: InputFile
        /// The file's SHA-256: planning's when it decides reuse (the current version holds the
        /// input), else empty until processing hashes the buffer it processes.
        var sha256: String
        var bytes: Int
        /// `Hashing.fingerprint` of the bytes planning read (0 when not read).
        var fingerprint: UInt64 = 0
        var readError: String?
        /// The diagnostic code of `readError`.
        var readErrorCode = "read.io_error"
        var reusable: Bool
        /// Record the file's stamp (its times were settled before it was read).
        var stamped: Bool
        /// Taken from the current version's input index (stamp unchanged): the file was not
        /// read, so its items carry ids only; processing one re-plans the file.
        var fromIndex: Bool
        /// Documents the file holds (the parts of an EDGAR submission); empty for the common
        /// case of one document, the whole file, without notes (no array per file).
        var items: [WorkItem]

        var itemCount: Int { max(1, items.count) }

        func docId(_ k: Int) -> String { items.isEmpty ? file.docId : items[k].docId }

        func item(_ k: Int, index: Int) -> WorkItem {
            items.isEmpty ? WorkItem(fileIndex: index, docId: file.docId, range: nil, part: nil, notes: []) : items[k]
        }

        /// The manifest's `documents`: set when the file is not one document with its id.
        var documents: [String]? {
            items.count > 1 || (items.count == 1 && items[0].docId != file.docId) ? items.map(\.docId) : nil
        }
    }

    /// One document to produce: a whole file, or one part of it.
    struct WorkItem: Sendable {
        var fileIndex: Int
        var docId: String
        var range: Range<Int>?
        var part: DocumentPart?
        /// Notes to add to the document (binary exhibits skipped, id collisions).
        var notes: [Diagnostic]
    }

    /// Where a document's work item is: file `file`, item `item` of it (8 bytes a document).
    struct ItemRef: Sendable {
        var file: Int32
        var item: Int32
    }

    /// A file modified this close to the start of the run may change again within the file
    /// system's timestamp granularity without its mtime changing: it is not stamped (the next
    /// run hashes it, and stamps it then).
    static let settleNanoseconds: Int64 = 2_000_000_000

    public func run(_ options: RunOptions, progress: (any RunProgress)? = nil) throws -> RunSummary {
        var setup = try openRun(options, started: Date())
        let journal = setup.journal
        defer { journal?.remove() }  // not reached when the process dies: then the journal stays
        try readCurrentVersion(&setup)
        var plan = planFiles(setup)
        let repaired = markReusable(&plan, &setup)
        if let summary = upToDate(plan, setup) { return summary }
        return try processAndWrite(&plan, setup, repaired: repaired, progress: progress)
    }

    /// What a run knows before it plans: the inputs it takes, the store, what was in flight
    /// when a run died (`openRun`), and the current version it builds on (`readCurrentVersion`).
    struct RunSetup {
        let options: RunOptions
        let started: Date
        /// Every input discovered (the removal guard compares their sources with the current
        /// version's).
        let discovered: [InputFile]
        /// The inputs this run takes: all, or this shard's slice.
        let files: [InputFile]
        let notes: [DiscoveryNote]
        let collisions: [String: [String]]
        let store: DatasetStore
        /// Leftovers of interrupted runs removed.
        let removed: [String]
        /// What was in flight when a run died (not for shards: they run side by side unlocked).
        let carried: InFlightJournal.State
        let journal: InFlightJournal?
        let jobs: Int
        var parent: String? = nil
        var previous: Manifest? = nil
        /// The current version was made by this pipeline and tool version.
        var sameRecipe = false
        /// The current version's inputs, by source.
        var prevInputs: [String: IndexedInput] = [:]
        var storeWarnings: [String] = []
        var rootWarning: String? = nil
        var trustStamps = false
        var runStart: Int64 = 0
    }

    /// Discovery, this shard's slice, the writer's lock (leftovers of interrupted runs
    /// removed) and the in-flight journal.
    func openRun(_ options: RunOptions, started: Date) throws -> RunSetup {
        try PathGuard.checkDatasetOut(options.datasetRoot, inputs: options.inputs)
        let discovered = try InputDiscovery.discover(options.inputs, followSymlinks: options.followSymlinks)
        try InputGuards.checkNotEmpty(discovered.files, roots: options.inputs)
        var selected = discovered.files
        let store = DatasetStore(root: options.datasetRoot)
        var removed: [String] = []
        if let shard = options.shard {
            // A deterministic slice; shards run side by side, so no lock and no clean-up here.
            let n = selected.count
            selected = Array(selected[(shard.index * n / shard.count)..<((shard.index + 1) * n / shard.count)])
        } else {
            try store.lockForWriting(wait: options.lockWait)
            removed = store.recoverInterruptedRuns()
        }
        // What was in flight when a run died (not for shards: they run side by side unlocked).
        var carried = InFlightJournal.State()
        var journal: InFlightJournal?
        if options.shard == nil {
            let path = store.root + "/" + InFlightJournal.fileName
            carried = InFlightJournal.read(path: path)
            if options.retryPoisoned {
                carried.suspects.formUnion(carried.poison)
                carried.poison = []
            }
            journal = InFlightJournal(path: path, carrying: carried)
        }
        return RunSetup(options: options, started: started, discovered: discovered.files, files: selected,
                        notes: discovered.notes, collisions: discovered.collisions, store: store, removed: removed,
                        carried: carried, journal: journal, jobs: max(1, options.jobs))
    }

    /// The current version: its manifest, the inputs it recorded, whether this run's recipe
    /// (pipeline, tool version) made it; refuses a run that drops too many of its inputs.
    func readCurrentVersion(_ s: inout RunSetup) throws {
        let options = s.options
        let store = s.store
        let parent = try store.checkCurrent()
        let previous: Manifest? = try parent.map { id throws(StoreError) in try store.manifestHeader(id) }

        let pipeline = self.pipeline
        let toolVersion = self.toolVersion
        let sameRecipe = previous.map { $0.pipeline.sha256 == pipeline.definition.sha256 && $0.toolVersion == toolVersion } ?? false
        // The current version's inputs: from its input index, else from its manifest.
        var prevInputs: [String: IndexedInput] = [:]
        var storeWarnings: [String] = []
        if let parent, let previous {
            let (entries, warning) = try store.recordedInputs(parent, header: previous)
            if let warning { storeWarnings.append(warning) }
            prevInputs.reserveCapacity(entries.count)
            for e in entries where prevInputs[e.input.source] == nil { prevInputs[e.input.source] = e }
        }
        let rootWarning = InputGuards.rootChangeWarning(previous: prevInputs.keys, current: s.discovered.map(\.source))
        if options.shard == nil {
            do {
                try InputGuards.checkRemovals(previous: prevInputs.keys, current: Set(s.discovered.map(\.source)),
                                              maxShare: options.maxRemovalShare, floor: options.removalFloor,
                                              allow: options.allowRemovals)
            } catch {
                throw InputError(message: error.message + (rootWarning.map { ". Note: " + $0 } ?? ""))
            }
        }
        s.parent = parent
        s.previous = previous
        s.sameRecipe = sameRecipe
        s.prevInputs = prevInputs
        s.storeWarnings = storeWarnings
        s.rootWarning = rootWarning
        s.trustStamps = sameRecipe && !options.force && !options.rehash
        s.runStart = Self.nowNanoseconds()
    }

    /// 1. Read every input (parallel); split EDGAR submissions into their documents. An
    ///    input whose stamp is the one the current version recorded is taken from its index.
    ///    Planning computes the SHA-256 only where it decides reuse (the current version,
    ///    same recipe, holds the input) or a poisoned document's record needs it; elsewhere
    ///    processing's hash of the buffer it processes is the one recorded, and planning
    ///    keeps a fingerprint to notice a file that changes in between.
    func planFiles(_ s: RunSetup) -> [PlannedFile] {
        let files = s.files
        let collisions = s.collisions
        let trustStamps = s.trustStamps
        let runStart = s.runStart
        let frozenPrevious = s.prevInputs
        let frozenJournal = s.journal
        let poison = s.carried.poison
        let reuseByHash = s.sameRecipe && !s.options.force
        let planOne: @Sendable (Int) -> PlannedFile = { i in
                let f = files[i]
                var planned: PlannedFile
                if trustStamps, let stamp = f.stamp, let p = frozenPrevious[f.source], p.stamp == stamp, p.input.docId == f.docId,
                   !p.input.sha256.isEmpty {
                    let ids = p.input.documents ?? []
                    planned = PlannedFile(file: f, sha256: p.input.sha256, bytes: p.input.bytes, readError: nil, reusable: true,
                                          stamped: true, fromIndex: true,
                                          items: ids.map { WorkItem(fileIndex: i, docId: $0, range: nil, part: nil, notes: []) })
                } else {
                    let key = InFlightJournal.planKey(f.docId)
                    let poisoned = poison.contains(key)
                    if !poisoned { frozenJournal?.claim(key) }
                    let hashed = !poison.isEmpty || (reuseByHash && frozenPrevious[f.source]?.input.docId == f.docId)
                    planned = Self.plan(f, index: i, collision: collisions[f.source], poisoned: poisoned, hashed: hashed)
                    if !poisoned { frozenJournal?.done(key) }
                    // A poisoned file is stamped too: the next run takes it from the index
                    // (reused, failed) without reading and splitting it again.
                    if let st = f.stamp, planned.readError == nil || poisoned, Int64(planned.bytes) == st.size,
                       st.mtimeNs < runStart - Self.settleNanoseconds {
                        planned.stamped = true
                    }
                }
                return planned
        }
        // Files whose planning was in flight when a run died: planned again alone, first.
        var retriedPlans: [Int: PlannedFile] = [:]
        if !s.carried.suspects.isEmpty {
            for i in files.indices where s.carried.suspects.contains(InFlightJournal.planKey(files[i].docId)) {
                s.journal?.retry(InFlightJournal.planKey(files[i].docId))
                retriedPlans[i] = planOne(i)
            }
        }
        let frozenRetriedPlans = retriedPlans
        let hashed = Mutex<[PlannedFile?]>(Array(repeating: nil, count: files.count))
        claimLoop(count: files.count, jobs: s.jobs, window: nil) { i in
            let planned = frozenRetriedPlans[i] ?? planOne(i)
            hashed.withLock { $0[i] = planned }
        }
        return hashed.withLock { $0.compactMap { $0 } }
    }

    /// Which planned files reuse the current version's records: same recipe, same hash and id.
    /// Reuse checks what it copies: before a version is made from the parent's records (or
    /// on --rehash, which trusts nothing), the parent's parts are verified; documents in a
    /// damaged part are reprocessed from their inputs. Returns how many that are.
    func markReusable(_ plan: inout [PlannedFile], _ s: inout RunSetup) -> Int {
        let options = s.options
        for i in plan.indices where !plan[i].fromIndex {
            guard s.sameRecipe, !options.force, let p = s.prevInputs[plan[i].file.source]?.input else { continue }
            plan[i].reusable = p.sha256 == plan[i].sha256 && p.docId == plan[i].file.docId
        }
        let wouldBeUpToDate = s.previous != nil && s.sameRecipe && !options.force && options.shard == nil
            && plan.count == s.prevInputs.count && plan.allSatisfy(\.reusable)
        var repaired = 0
        if let parent = s.parent, s.sameRecipe, !options.force, !wouldBeUpToDate || options.rehash {
            let check = s.store.check(parent, jobs: s.jobs)
            if !check.intact {
                s.storeWarnings += check.problems.map { "\(parent): \($0)" }
                for i in plan.indices where plan[i].reusable
                    && (0..<plan[i].itemCount).contains(where: { !check.canReuse(plan[i].docId($0)) }) {
                    plan[i].reusable = false
                    repaired += plan[i].itemCount
                }
            }
        }
        return repaired
    }

    /// The summary of a run that finds every input reusable: no version is made.
    func upToDate(_ plan: [PlannedFile], _ s: RunSetup) -> RunSummary? {
        guard let previous = s.previous, let parent = s.parent, s.sameRecipe, !s.options.force, s.options.shard == nil,
              plan.count == s.prevInputs.count, plan.allSatisfy(\.reusable) else { return nil }
        var counts: [RecordKind: Int] = [:]
        for k in RecordKind.allCases { counts[k] = previous.output(k)?.records }
        return RunSummary(version: parent, parent: previous.parent, upToDate: true, documents: plan.count,
                          processed: 0, reused: plan.count, failed: s.prevInputs.values.filter { $0.input.status == .failed }.count,
                          records: counts, seconds: Date().timeIntervalSince(s.started), bytesProcessed: 0,
                          contentSha256: previous.contentSha256,
                          failures: [], notes: s.notes, removedLeftovers: s.removed,
                          warnings: s.rootWarning.map { [$0] } ?? [], storeWarnings: s.storeWarnings)
    }

    /// 2. Process and write, in doc_id order; 3. commit the version.
    func processAndWrite(_ plan: inout [PlannedFile], _ s: RunSetup, repaired: Int,
                         progress: (any RunProgress)?) throws -> RunSummary {
        let items = Self.documentOrder(plan)
        let frozenPlan = plan
        let (writer, shardPath) = try beginWriter(s)
        var committed = false
        defer { if !committed { writer.discard() } }
        // Large documents stream their record lines here (one file each, removed once the
        // writer has copied them), inside the staging folder: discarded with it.
        let spillDir = writer.stagingPath + "/.spill"
        try? FileManager.default.createDirectory(atPath: spillDir, withIntermediateDirectories: false)
        if let parent = s.parent, s.sameRecipe {
            _ = writer.attachPrevious(versionPath: s.store.versionPath(parent))
        }
        let jobs = s.jobs
        let window = DispatchSemaphore(value: max(4, 2 * jobs))
        let slots = OrderedSlots<Work>()
        let guarded = guardedWork(items, frozenPlan, s, spillDir: spillDir)
        Self.startWorkers(items, frozenPlan, guarded: guarded, carried: s.carried, jobs: jobs, window: window, slots: slots)
        // If writing fails, release the workers (they skip what is left) and give the window
        // back every claim it lent, so it is never disposed of while in use.
        defer {
            if !committed {
                slots.cancel()
                for _ in 0..<(items.count + jobs) { window.signal() }
            }
        }

        var summary = RunSummary(version: nil, parent: s.parent, upToDate: false, documents: items.count, processed: 0, reused: 0,
                                 failed: 0, records: [:], seconds: 0, bytesProcessed: 0, contentSha256: nil,
                                 failures: [], notes: s.notes, removedLeftovers: s.removed,
                              warnings: s.rootWarning.map { [$0] } ?? [], storeWarnings: s.storeWarnings)
        summary.repaired = repaired
        let fileStatus = try Self.writeResults(items, from: slots, window: window, guarded: guarded, into: writer,
                                               plan: &plan, prevInputs: s.prevInputs, summary: &summary, progress: progress)
        progress?.finish()
        let manifest = try commitVersion(writer, plan: plan, fileStatus: fileStatus, s, spillDir: spillDir)
        committed = true
        summary.shardPath = shardPath
        summary.version = manifest.version
        summary.contentSha256 = manifest.contentSha256
        summary.records = writer.recordCounts()
        summary.storage = writer.stats
        summary.seconds = Date().timeIntervalSince(s.started)
        return summary
    }

    /// Every document of the plan (a file's parts one by one), in doc_id order.
    static func documentOrder(_ plan: [PlannedFile]) -> [ItemRef] {
        var refs: [ItemRef] = []
        refs.reserveCapacity(plan.count)
        for (f, p) in plan.enumerated() {
            for k in 0..<p.itemCount { refs.append(ItemRef(file: Int32(f), item: Int32(k))) }
        }
        if !refs.indices.dropFirst().allSatisfy({ k in
            DocOrder.less(plan[Int(refs[k - 1].file)].docId(Int(refs[k - 1].item)),
                          plan[Int(refs[k].file)].docId(Int(refs[k].item)))
        }) {
            refs.sort { DocOrder.less(plan[Int($0.file)].docId(Int($0.item)), plan[Int($1.file)].docId(Int($1.item))) }
        }
        return refs
    }

    /// The writer of a new version, or of this run's shard (with the shard set's path).
    func beginWriter(_ s: RunSetup) throws -> (VersionWriter, String?) {
        guard let shard = s.options.shard else { return (try s.store.beginVersion(), nil) }
        let set = s.store.shardSetPath(parent: s.parent, pipelineSha256: pipeline.definition.sha256, count: shard.count)
        return (try s.store.beginShard(setPath: set, index: shard.index), set)
    }

    /// Item `i`'s work, `(i, allowReuse, alone)`: reuse, or process it (a file taken from the
    /// index is planned now). Guarded by the journal: a document in flight when a run died is
    /// retried alone, before the parallel work; one that died again alone is not processed.
    func guardedWork(_ items: [ItemRef], _ frozenPlan: [PlannedFile], _ s: RunSetup,
                     spillDir: String) -> @Sendable (Int, Bool, Bool) -> Work {
        let collisions = s.collisions
        let pipeline = self.pipeline
        let spillThreshold = s.options.spillThreshold
        let poison = s.carried.poison
        let frozenJournal = s.journal
        let work: @Sendable (Int, Bool) -> Work = { i, allowReuse in
            let ref = items[i]
            let p = frozenPlan[Int(ref.file)]
            if p.reusable && allowReuse { return .reuse }
            if p.fromIndex {
                // Not read in planning: plan it now, and process the item with the same id.
                let fresh = Self.plan(p.file, index: Int(ref.file), collision: collisions[p.file.source], hashed: false)
                let id = p.docId(Int(ref.item))
                let item = (0..<fresh.itemCount).lazy.map { fresh.item($0, index: Int(ref.file)) }.first { $0.docId == id }
                    ?? WorkItem(fileIndex: Int(ref.file), docId: id, range: nil, part: nil, notes: [])
                return Self.process(item, of: fresh, pipeline: pipeline, spillPath: spillDir + "/\(i)",
                                    spillThreshold: spillThreshold)
            }
            return Self.process(p.item(Int(ref.item), index: Int(ref.file)), of: p, pipeline: pipeline,
                                spillPath: spillDir + "/\(i)", spillThreshold: spillThreshold)
        }
        return { i, allowReuse, alone in
            let ref = items[i]
            let p = frozenPlan[Int(ref.file)]
            if p.reusable && allowReuse { return .reuse }
            let key = InFlightJournal.docKey(p.docId(Int(ref.item)))
            if poison.contains(key) {
                return Self.poisoned(p.item(Int(ref.item), index: Int(ref.file)), of: p)
            }
            if alone { frozenJournal?.retry(key) } else { frozenJournal?.claim(key) }
            defer { frozenJournal?.done(key) }
            return work(i, allowReuse)
        }
    }

    /// Retries alone, first, the documents a dead run had in flight, then starts the workers on
    /// `jobs` threads: each result goes into its slot, at most `window` ahead of the writer.
    static func startWorkers(_ items: [ItemRef], _ frozenPlan: [PlannedFile], guarded: @escaping @Sendable (Int, Bool, Bool) -> Work,
                             carried: InFlightJournal.State, jobs: Int, window: DispatchSemaphore, slots: OrderedSlots<Work>) {
        let poison = carried.poison
        let retried = Mutex<[Int: Work]>([:])
        if !carried.isEmpty {
            for i in items.indices {
                let ref = items[i]
                let key = InFlightJournal.docKey(frozenPlan[Int(ref.file)].docId(Int(ref.item)))
                guard carried.suspects.contains(key) || poison.contains(key) else { continue }
                let w = guarded(i, true, true)
                retried.withLock { $0[i] = w }
            }
        }
        DispatchQueue.global().async {
            claimLoop(count: items.count, jobs: jobs, window: window) { i in
                if slots.isCancelled { return }
                let done = retried.withLock { $0.removeValue(forKey: i) }
                slots.put(i, done ?? guarded(i, true, false))
            }
        }
    }

    /// The writer's side: each document's result in doc_id order, its lines appended (or the
    /// previous version's copied); returns each file's status.
    static func writeResults(_ items: [ItemRef], from slots: OrderedSlots<Work>, window: DispatchSemaphore,
                             guarded: (Int, Bool, Bool) -> Work, into writer: VersionWriter, plan: inout [PlannedFile],
                             prevInputs: [String: IndexedInput], summary: inout RunSummary,
                             progress: (any RunProgress)?) throws -> [Manifest.InputStatus?] {
        var fileStatus: [Manifest.InputStatus?] = Array(repeating: nil, count: plan.count)
        var doneBytes = 0
        func fail(_ docId: String, _ message: String) {
            summary.failed += 1
            if summary.failures.count < RunSummary.failuresKept { summary.failures.append((docId, message)) }
        }
        for i in items.indices {
            var result = slots.take(i)
            let f = Int(items[i].file)
            let docId = plan[f].docId(Int(items[i].item))
            var status: Manifest.InputStatus
            if case .reuse = result {
                if try writer.copyPrevious(docId: docId) {
                    let wasFailed = prevInputs[plan[f].file.source]?.input.status == .failed
                    status = wasFailed ? .failed : .reused
                    summary.reused += 1
                    if wasFailed { fail(docId, "failed in an earlier version; unchanged since") }
                    fileStatus[f] = Self.combine(fileStatus[f], status)
                    window.signal()
                    progress?.update(done: i + 1, total: items.count, bytes: doneBytes, failed: summary.failed)
                    continue
                }
                result = guarded(i, false, false)  // the previous version lacks it: process it here
            }
            guard case let .done(output, failed, firstError, checks, facts, bytes, read) = result else { continue }
            if let read { Self.recordRead(read, into: &plan[f]) }
            try writer.append(docId: docId, output)
            if let spill = output.spill { unlink(spill.path) }
            status = failed ? .failed : .processed
            summary.processed += 1
            summary.bytesProcessed += bytes
            doneBytes += bytes
            if failed { fail(docId, firstError ?? "failed") }
            if checks.1 > 0 { summary.perDocument.addChecks(docId, passed: checks.0, total: checks.1) }
            if facts.0 > 0 { summary.perDocument.addFacts(docId, total: facts.0, agree: facts.1, disagree: facts.2) }
            fileStatus[f] = Self.combine(fileStatus[f], status)
            window.signal()
            progress?.update(done: i + 1, total: items.count, bytes: doneBytes, failed: summary.failed)
        }
        return fileStatus
    }

    /// 3. The manifest's inputs, by source, written one at a time from the plan; the version
    /// (or shard) committed.
    func commitVersion(_ writer: VersionWriter, plan: [PlannedFile], fileStatus: [Manifest.InputStatus?], _ s: RunSetup,
                       spillDir: String) throws -> Manifest {
        var bySource = Array(plan.indices)
        if !bySource.dropFirst().allSatisfy({ plan[$0 - 1].file.source.utf8.lexicographicallyPrecedes(plan[$0].file.source.utf8) }) {
            bySource.sort { plan[$0].file.source.utf8.lexicographicallyPrecedes(plan[$1].file.source.utf8) }
        }
        let info = VersionWriter.ManifestInfo(dataset: s.store.name, parent: s.parent, createdAt: Self.timestampNow(),
                                              toolVersion: toolVersion,
                                              pipeline: .init(name: pipeline.definition.name, sha256: pipeline.definition.sha256),
                                              schemaVersion: s.options.shard == nil ? s.options.schemaVersion ?? s.previous?.schemaVersion ?? Manifest.newDatasetSchemaVersion : "1")
        try? FileManager.default.removeItem(atPath: spillDir)
        return try writer.commit(info, inputCount: plan.count) { k in
            let f = bySource[k]
            let p = plan[f]
            var input = Manifest.Input(source: p.file.source, docId: p.file.docId, sha256: p.sha256, bytes: p.bytes,
                                       status: fileStatus[f] ?? .failed)
            input.documents = p.documents
            return IndexedInput(input: input, stamp: p.stamped ? p.file.stamp : nil)
        }
    }

    static func nowNanoseconds() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    /// The input's hash and size become those of the buffer its documents were processed
    /// from. That buffer differs from planning's only when the file changed in between
    /// (appended to, rewritten): its stamp, taken before, is then not recorded either, so the
    /// next run hashes the file again.
    static func recordRead(_ read: FileRead, into p: inout PlannedFile) {
        if changedSincePlanning(read, p) { p.stamped = false }
        p.sha256 = read.sha256
        p.bytes = read.bytes
        p.fingerprint = read.fingerprint
    }

    /// The buffer processing read is not the one planning read: another size or fingerprint.
    static func changedSincePlanning(_ read: FileRead, _ p: PlannedFile) -> Bool {
        read.bytes != p.bytes || read.fingerprint != p.fingerprint
    }

    /// A file's status from its documents' statuses: failed wins, then processed.
    static func combine(_ a: Manifest.InputStatus?, _ b: Manifest.InputStatus) -> Manifest.InputStatus {
        guard let a else { return b }
        if a == .failed || b == .failed { return .failed }
        if a == .processed || b == .processed { return .processed }
        return .reused
    }

    /// Reads a file, fingerprints it (and computes its SHA-256 when `hashed` or `poisoned`)
    /// and decides which documents it holds. A `poisoned` file (its planning killed the
    /// process twice, the second time alone) is only read and hashed, and fails.
    static func plan(_ f: InputFile, index: Int, collision: [String]?, poisoned: Bool = false, hashed: Bool) -> PlannedFile {
        var notes: [Diagnostic] = []
        if let collision {
            notes.append(Diagnostic(stage: "read", severity: .warning, code: "read.doc_id_collision",
                                    message: "'\(collision[0])' and '\(collision[1])' would have the same doc_id; this one was given '\(f.docId)'"))
        }
        let bytes: [UInt8]
        switch FileReading.read(f.path) {
        case let .success(b): bytes = b
        case let .failure(e):
            return PlannedFile(file: f, sha256: "", bytes: 0, readError: e.message, reusable: false, stamped: false, fromIndex: false,
                               items: [WorkItem(fileIndex: index, docId: f.docId, range: nil, part: nil, notes: notes)])
        }
        let sha = hashed || poisoned ? Hashing.sha256Hex(bytes) : ""
        let fingerprint = Hashing.fingerprint(bytes)
        if poisoned {
            var p = PlannedFile(file: f, sha256: sha, bytes: bytes.count, fingerprint: fingerprint, readError: poisonMessage,
                                reusable: false, stamped: false, fromIndex: false,
                                items: [WorkItem(fileIndex: index, docId: f.docId, range: nil, part: nil, notes: notes)])
            p.readErrorCode = poisonCode
            return p
        }
        #if DEBUG
        DebugHooks.abortIfNamed(f.source, phase: "plan")
        #endif
        var items = split(bytes, file: f, index: index, notes: notes)
        if items.isEmpty && !notes.isEmpty {
            items.append(WorkItem(fileIndex: index, docId: f.docId, range: nil, part: nil, notes: notes))
        }
        return PlannedFile(file: f, sha256: sha, bytes: bytes.count, fingerprint: fingerprint, readError: nil, reusable: false,
                           stamped: false, fromIndex: false, items: items)
    }

    /// The documents of an EDGAR submission (empty for any other file), with `notes` on the first.
    static func split(_ bytes: [UInt8], file f: InputFile, index: Int, notes: [Diagnostic]) -> [WorkItem] {
        var items: [WorkItem] = []
        if SubmissionSplitter.looksLikeSubmission(bytes) {
            let parts = SubmissionSplitter.split(bytes)
            let header = SubmissionHeader.read(bytes)
            let readable = parts.filter { $0.binary == nil }
            var skipped: [Diagnostic] = []
            for p in parts where p.binary != nil {
                skipped.append(Diagnostic(stage: "read", severity: .info, code: "read.skipped_binary",
                                          message: "skipped \(p.type) document '\(p.filename ?? "?")' (\(p.binary ?? "binary"), \(p.text.count) bytes)",
                                          sourceSpan: Span(p.text)))
            }
            if readable.count == 1, let p = readable.first {
                items.append(WorkItem(fileIndex: index, docId: f.docId, range: p.text, part: Self.info(p, header: header), notes: notes + skipped))
            } else if readable.count > 1 {
                var used = Set<String>()
                for (k, p) in readable.enumerated() {
                    var suffix = p.idSuffix
                    if used.contains(suffix) { suffix += "~\(p.sequence ?? k + 1)" }
                    used.insert(suffix)
                    items.append(WorkItem(fileIndex: index, docId: f.docId + "#" + suffix, range: p.text, part: Self.info(p, header: header),
                                          notes: k == 0 ? notes + skipped : []))
                }
            }
        }
        return items
    }

    static let poisonCode = "run.poison"
    static let poisonMessage = "not processed: working on this document stopped the process twice (the second time alone); "
        + "recorded as failed so the batch can commit (it is processed again once the file changes, or with --force)"

    /// The record of a document that is not processed because it killed the process twice.
    static func poisoned(_ item: WorkItem, of p: PlannedFile) -> Work {
        var doc = WorkingDocument(docId: item.docId, source: p.file.source, bytes: [], sha256: p.sha256)
        doc.diagnostics = item.notes
        doc.diagnostics.append(Diagnostic(stage: "run", severity: .error, code: poisonCode, message: poisonMessage))
        return .done(RecordEmitter.emit(doc, failed: true), failed: true, firstError: poisonMessage, checks: (0, 0), facts: (0, 0, 0),
                     bytes: 0)
    }

    static func info(_ p: SubmissionPart, header: SubmissionHeader?) -> DocumentPart {
        DocumentPart(type: p.type, sequence: p.sequence, filename: p.filename, description: p.description, header: header)
    }

    /// Reads and processes one document; never throws: failures are records.
    ///
    /// The file is read once here, and that buffer is both hashed and processed: the hash
    /// the document and the manifest record is of the bytes processed. When it is not the
    /// buffer planning read (another size or fingerprint), a warning says the file changed,
    /// and a submission is split again from this buffer.
    static func process(_ item: WorkItem, of planned: PlannedFile, pipeline: Pipeline, spillPath: String? = nil,
                        spillThreshold: Int = RecordEmitter.spillThreshold) -> Work {
        var p = planned
        var item = item
        var readError = p.readError
        #if DEBUG
        if readError == nil { DebugHooks.abortIfNamed(p.file.source, phase: "process") }
        #endif
        var bytes: [UInt8] = []
        var fileRead: FileRead?
        if readError == nil {
            switch FileReading.read(p.file.path) {
            case let .success(b): bytes = b
            case let .failure(e): readError = e.message
            }
        }
        if readError == nil {
            let read = FileRead(sha256: Hashing.sha256Hex(bytes), bytes: bytes.count, fingerprint: Hashing.fingerprint(bytes))
            fileRead = read
            if changedSincePlanning(read, p) {
                item.notes.append(Diagnostic(stage: "read", severity: .warning, code: "read.changed_during_run",
                                             message: "the file changed while the run read it; processed as read here (\(read.bytes) bytes, sha256 \(read.sha256.prefix(12))…)"))
                if item.range != nil {
                    // The parts planning found may have moved: find this one again in this buffer.
                    let fresh = Self.split(bytes, file: p.file, index: item.fileIndex, notes: [])
                    if let again = fresh.first(where: { $0.docId == item.docId }) {
                        item.range = again.range
                        item.part = again.part
                    } else {
                        readError = "the file changed while the run read it, and no longer holds this document"
                    }
                }
            }
            p.sha256 = read.sha256
        }
        if let readError {
            var doc = WorkingDocument(docId: item.docId, source: p.file.source, bytes: [], sha256: p.sha256)
            doc.diagnostics = item.notes
            doc.diagnostics.append(Diagnostic(stage: p.readErrorCode == poisonCode ? "run" : "read", severity: .error,
                                              code: p.readErrorCode, message: readError))
            return .done(RecordEmitter.emit(doc, failed: true), failed: true, firstError: readError, checks: (0, 0), facts: (0, 0, 0), bytes: 0,
                         read: fileRead)
        }
        var base = 0
        var sha = p.sha256
        if let range = item.range, range.upperBound <= bytes.count {
            base = range.lowerBound
            bytes = Array(bytes[range])
            sha = Hashing.sha256Hex(bytes)
        }
        // The pipeline takes the only reference to the buffer, so it can release it after the
        // last stage that reads it (the read stage, for a text file).
        var (doc, failed) = pipeline.process(docId: item.docId, source: p.file.source, bytes: consume bytes, sha256: sha,
                                             sourceBase: base, part: item.part)
        doc.diagnostics.insert(contentsOf: item.notes.map { d in
            var d = d
            // Notes carry file offsets; the emitter adds the base, so make them relative.
            d.sourceSpan = d.sourceSpan.map { Span(start: $0.start - base, end: $0.end - base) }
            return d
        }, at: 0)
        let firstError = failed ? doc.diagnostics.last(where: { $0.severity == .error })?.message : nil
        var passed = 0
        var total = 0
        for t in doc.tables {
            for c in t.checks where c.outcome != .skipped {
                total += 1
                if c.outcome == .pass { passed += 1 }
            }
        }
        let narrative = doc.facts.filter { $0.origin == .narrative }
        let facts = (narrative.count, narrative.filter { $0.check == .agrees }.count, narrative.filter { $0.check == .disagrees }.count)
        let processedBytes = doc.byteCount
        // Records need the offset maps, not the file's bytes: not held while they are written
        // (a failed document's may still be there).
        doc.releaseBytes()
        let output = RecordEmitter.emit(doc, failed: failed, spillPath: spillPath, spillThreshold: spillThreshold)
        return .done(output, failed: failed, firstError: firstError, checks: (passed, total), facts: facts, bytes: processedBytes,
                     read: fileRead)
    }

    /// The manifest's `created_at` for now: RFC 3339 in UTC, whole seconds.
    public static func timestampNow() -> String {
        InternetTime.string(secondsSince1970: Int(Date().timeIntervalSince1970.rounded(.down)))
    }
}
