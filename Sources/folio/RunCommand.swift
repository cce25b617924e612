import ArgumentParser
import FolioDataset
import FolioModel
import FolioPipeline
import FolioRunner
import Foundation

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Process filings into a new dataset version (the default command).",
        discussion: """
            Every regular file under each INPUT (recursively; hidden names skipped) is a document. \
            Documents whose bytes and pipeline are unchanged since the current version are not \
            processed again: their records are reused. If nothing changed, no version is made. \
            A document that cannot be processed is recorded as failed with its diagnostics; the \
            others still land, and the exit status is 1. Refused before anything is written \
            (exit status 2): no input file at all, a run that would remove more than \
            --max-removals of the current version's inputs (and more than --removal-floor of them), --out empty or inside an input. \
            Exit status 3: another folio process holds the dataset (--wait waits for it); 4: \
            the dataset is damaged (CURRENT unreadable: see `folio repair`); 5: writing failed, \
            the previous version is intact. See docs/operations.md.
            """
    )

    @Argument(help: ArgumentHelp("Files or folders to process.", valueName: "input"))
    var inputs: [String] = ["Corpus"]

    @Option(name: .long, help: ArgumentHelp("Pipeline definition (YAML). Default: Pipelines/default.yml, else the built-in default.", valueName: "file"))
    var pipeline: String?

    @Option(name: .long, help: ArgumentHelp("Dataset folder to write versions into (default: $FOLIO_DATASET, else Datasets/corpus).", valueName: "dir"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("Documents processed at once (default: the active cores).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Process every document, even unchanged ones.")
    var force = false

    @Flag(name: .long, help: "Read and hash every input, even those whose size, times and inode are the ones the current version recorded.")
    var rehash = false

    @Flag(name: .long, help: "Follow symbolic links that point outside the input folder.")
    var followSymlinks = false

    @Flag(name: [.short, .long], help: "No progress display.")
    var quiet = false

    @Option(name: .long, help: ArgumentHelp("Process only slice I of N (0-based) into the dataset's shard area; `folio commit` then merges the shards into a version.", valueName: "I/N"))
    var shard: String?

    @OptionGroup var lock: LockOptions

    @Flag(name: .long, help: "Commit even if the run removes more than --max-removals of the current version's inputs.")
    var allowRemovals = false

    @Option(name: .long, help: ArgumentHelp("The share of the current version's inputs a run may remove (0.2 or 20%; default 20%).", valueName: "share"))
    var maxRemovals: String = "20%"

    @Option(name: .long, help: ArgumentHelp("Removing this many of the current version's inputs or fewer is always allowed, whatever --max-removals says (default 2).", valueName: "count"))
    var removalFloor: Int = 2

    @Flag(name: .long, help: "Retry alone the documents a crashed run left as poison (recorded as failed otherwise; docs/reliability.md).")
    var retryPoisoned = false

    @Option(name: .long, help: ArgumentHelp("Also write the run's summary as JSON to FILE (also on errors).", valueName: "file"))
    var summaryJson: String?

    @Option(name: .long, help: ArgumentHelp("Manifest schema of the new version: 1 lists every input in manifest.json (the dataset contract v1); 2 keeps them only in the paged inputs.idx, shared between versions (docs/dataset.md). Default: the current version's, 2 for a new dataset.", valueName: "n"))
    var schema: String?

    func validate() throws {
        guard jobs >= 1 && jobs <= 1024 else { throw ValidationError("--jobs must be between 1 and 1024 (got \(jobs))") }
        guard !inputs.isEmpty else { throw ValidationError("give at least one input") }
        if let shard, Self.parseShard(shard) == nil {
            throw ValidationError("--shard must be I/N with 0 <= I < N <= 100000 (got '\(shard)')")
        }
        if Self.parseShare(maxRemovals) == nil {
            throw ValidationError("--max-removals must be a share between 0 and 1 or a percentage (got '\(maxRemovals)')")
        }
        guard removalFloor >= 0 else { throw ValidationError("--removal-floor must be 0 or more (got \(removalFloor))") }
        if out == "" { throw ValidationError("--out is empty; give the dataset folder (e.g. Datasets/corpus)") }
        if let schema, !Manifest.schemaVersions.contains(schema) {
            throw ValidationError("--schema must be one of \(Manifest.schemaVersions.joined(separator: ", ")) (got '\(schema)')")
        }
        if summaryJson == "" { throw ValidationError("--summary-json is empty; give a file") }
    }

    static func parseShard(_ text: String) -> (index: Int, count: Int)? {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, n <= 100_000, i >= 0, i < n else { return nil }
        return (i, n)
    }

    /// `0.2` or `20%` as 0.2; nil outside 0...1.
    static func parseShare(_ text: String) -> Double? {
        let percent = text.hasSuffix("%")
        guard let v = Double(percent ? String(text.dropLast()) : text), v.isFinite else { return nil }
        let share = percent ? v / 100 : v
        return share >= 0 && share <= 1 ? share : nil
    }

    func run() throws {
        let dataset = DatasetLocation.resolve(out)
        var report = RunReport(dataset: dataset)
        let status: Int32
        do {
            status = try perform(dataset: dataset, report: &report)
        } catch let error as PipelineLoadError {
            Terminal.error("pipeline \(error.underlying)")
            report.fail(status: ExitStatus.badArguments, message: "pipeline \(error.underlying)")
            status = ExitStatus.badArguments
        } catch {
            let code = ExitStatus.report(error)
            report.fail(status: code, message: "\(error)")
            status = code
        }
        if let summaryJson {
            do { try report.write(to: summaryJson) } catch { Terminal.warn("cannot write --summary-json \(summaryJson): \(error)") }
        }
        if status != ExitStatus.ok { throw ExitCode(status) }
    }

    struct PipelineLoadError: Error { var underlying: any Error }

    /// The run itself; returns the exit status (errors are thrown).
    private func perform(dataset: String, report: inout RunReport) throws -> Int32 {
        let definition: PipelineDefinition
        do {
            if let pipeline {
                definition = try PipelineDefinition.load(path: pipeline)
            } else if FileManager.default.fileExists(atPath: DefaultPipeline.path) {
                definition = try PipelineDefinition.load(path: DefaultPipeline.path)
            } else {
                definition = try DefaultPipeline.definition()
            }
        } catch {
            throw PipelineLoadError(underlying: error)
        }
        let runner = BatchRunner(pipeline: Pipeline(definition), toolVersion: Folio.toolVersion)
        let progress: ProgressBar? = (!quiet && Terminal.stderrIsTerminal) ? ProgressBar() : nil
        var options = RunOptions(inputs: inputs, datasetRoot: dataset, jobs: jobs, force: force,
                                 followSymlinks: followSymlinks, shard: shard.flatMap(Self.parseShard), rehash: rehash)
        options.allowRemovals = allowRemovals
        options.maxRemovalShare = Self.parseShare(maxRemovals) ?? 0.2
        options.removalFloor = removalFloor
        options.retryPoisoned = retryPoisoned
        options.lockWait = lock.seconds
        options.schemaVersion = schema
        let summary = try runner.run(options, progress: progress)
        for note in summary.notes.prefix(SummaryText.listed) { Terminal.warn("\(note.path): \(note.message)") }
        if summary.notes.count > SummaryText.listed {
            Terminal.warn("... and \(summary.notes.count - SummaryText.listed) more notes about inputs")
        }
        for r in summary.removedLeftovers { Terminal.warn("removed \(r), left incomplete by an interrupted run") }
        for w in summary.warnings { Terminal.warn(w) }
        for w in summary.storeWarnings { Terminal.warn(w) }
        let store = DatasetStore(root: dataset)
        let newer = store.committedVersions().filter { v in summary.parent.map { v > $0 } ?? false && v != summary.version }
        if let first = newer.first, options.shard == nil {
            Terminal.warn("kept \(newer.count == 1 ? first : "\(first) to \(newer.last ?? first)"), newer than the CURRENT this run built on "
                + "(\(summary.parent ?? "none")); versions are never removed by a run")
        }
        SummaryText.render(summary, dataset: dataset) { print($0) }
        let status = summary.failed > 0 ? ExitStatus.documentsFailed : ExitStatus.ok
        report.record(summary, status: status)
        return status
    }
}

/// A one-line progress display on stderr, redrawn at most ten times a second.
final class ProgressBar: RunProgress {
    private var lastDraw = Date.distantPast
    private let started = Date()

    func update(done: Int, total: Int, bytes: Int, failed: Int) {
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 || done == total else { return }
        lastDraw = now
        let elapsed = max(0.001, now.timeIntervalSince(started))
        let rate = Double(bytes) / 1_000_000 / elapsed
        let fraction = total > 0 ? Double(done) / Double(total) : 1
        let width = 24
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let eta = fraction > 0 && fraction < 1 ? "  ETA " + Self.duration(elapsed / fraction - elapsed) : ""
        Terminal.stderr(String(format: "\r[%@] %d/%d docs  %.1f docs/s  %.1f MB/s%@%@\u{1B}[K", bar, done, total,
                               Double(done) / elapsed, rate, failed > 0 ? "  \(failed) failed" : "", eta))
    }

    func finish() {
        Terminal.stderr("\r\u{1B}[K")
    }

    /// `42s`, `3m05s`, `1h02m`.
    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s < 60 { return "\(s)s" }
        if s < 3600 { return String(format: "%dm%02ds", s / 60, s % 60) }
        return String(format: "%dh%02dm", s / 3600, (s % 3600) / 60)
    }
}

/// The end-of-run summary, a line at a time (per-document lines are read back from disk).
/// However many documents a run has, it lists at most `listed` of them per section: all of
/// them, in doc_id order, when there are no more; else only the documents with a problem
/// (a failed check, a fact disagreeing with a cell), the worst first, then "... and N more";
/// none when no document has one.
enum SummaryText {
    static let listed = 10

    /// `1 document`, `2 documents`.
    static func documents(_ n: Int) -> String { n == 1 ? "1 document" : "\(n) documents" }

    static func render(_ s: RunSummary, dataset: String, emit: (String) -> Void) {
        if s.upToDate {
            emit("Dataset \(dataset) is up to date: \(s.version ?? "-") already holds these \(s.documents) documents (nothing to do).")
            if s.failed > 0 { emit("  \(s.failed) of them failed in that version; see its diagnostics.jsonl.") }
            return
        }
        if let shardPath = s.shardPath {
            emit("Wrote \(s.version ?? "shard") of \(shardPath) (against \(s.parent ?? "an empty dataset")); `folio commit` merges the set once every shard is there.")
        } else {
            emit("Wrote \(dataset)/versions/\(s.version ?? "-") (parent: \(s.parent ?? "none")).")
        }
        emit(String(format: "  documents: %d (processed %d, reused %d, failed %d)", s.documents, s.processed, s.reused, s.failed))
        let kinds = RecordKind.allCases.map { "\($0.rawValue) \(s.records[$0] ?? 0)" }.joined(separator: ", ")
        emit("  records: " + kinds)
        emit(String(format: "  time: %.2f s, %.1f MB processed, %.1f MB/s", s.seconds, Double(s.bytesProcessed) / 1_000_000, s.megabytesPerSecond))
        if let st = s.storage {
            emit(String(format: "  storage: %d parts written (%.1f MB), %d linked unchanged from the parent (%.1f MB)",
                        st.partsWritten, Double(st.bytesWritten) / 1_000_000, st.partsLinked, Double(st.bytesLinked) / 1_000_000))
        }
        if s.repaired > 0 {
            emit("  repaired: \(s.repaired) documents reprocessed from their inputs: their records in \(s.parent ?? "the parent") were damaged (see the warnings)")
        }
        let notes = s.perDocument
        if notes.checkDocuments > 0 {
            let passed = notes.checksPassed
            let total = notes.checksTotal
            emit(String(format: "  table checks: %d/%d passed (%.1f%%)", passed, total, total > 0 ? 100 * Double(passed) / Double(total) : 100))
            // more documents than lines: only those that failed a check, the most failed first
            let onlyFailing = notes.checkDocuments > listed
            var worst = Worst<(String, Int, Int)>(keep: listed)
            notes.forEachCheck { docId, passed, total in
                if onlyFailing && passed >= total { return }
                worst.add((docId, passed, total), badness: total - passed)
            }
            if onlyFailing && worst.added > 0 {
                emit("    \(documents(worst.added)) failed a check\(worst.dropped > 0 ? "; the \(listed) with the most" : ""):")
            }
            for (docId, passed, total) in worst.items { emit(String(format: "    %@: %d/%d", docId, passed, total)) }
            if worst.dropped > 0 { emit("    ... and \(worst.dropped) more with failed checks") }
        }
        if notes.factDocuments > 0 {
            let agree = notes.factsAgree
            let disagree = notes.factsDisagree
            emit("  narrative facts: \(notes.factsTotal); matched to table cells: \(agree + disagree) (\(agree) agree, \(disagree) disagree)")
            // more documents than lines: only those with a fact disagreeing, the most first
            let onlyDisagreeing = notes.factDocuments > listed
            var worst = Worst<(String, Int, Int, Int)>(keep: listed)
            notes.forEachFacts { docId, total, agree, disagree in
                if onlyDisagreeing && disagree == 0 { return }
                worst.add((docId, total, agree, disagree), badness: disagree)
            }
            if onlyDisagreeing && worst.added > 0 {
                emit("    \(documents(worst.added)) with facts disagreeing with a cell\(worst.dropped > 0 ? "; the \(listed) with the most" : ""):")
            }
            for (docId, total, agree, disagree) in worst.items { emit("    \(docId): \(total) facts, \(agree) agree, \(disagree) disagree") }
            if worst.dropped > 0 { emit("    ... and \(worst.dropped) more with facts disagreeing") }
        }
        if let h = s.contentSha256 { emit("  content_sha256: \(h)") }
        for f in s.failures.prefix(RunSummary.failuresKept) { emit("  FAILED \(f.docId): \(f.message)") }
        if s.failed > RunSummary.failuresKept {
            emit("  ... and \(s.failed - RunSummary.failuresKept) more failures (see diagnostics.jsonl)")
        }
    }
}

/// The `keep` items with the highest badness among those added (ties: the earlier first),
/// in the order they were added when nothing was dropped, else worst first; memory stays
/// at about `2 * keep` items whatever is added.
struct Worst<T> {
    let keep: Int
    private var kept: [(item: T, badness: Int, order: Int)] = []
    /// How many items were added.
    private(set) var added = 0

    init(keep: Int) { self.keep = keep }

    mutating func add(_ item: T, badness: Int) {
        kept.append((item, badness, added))
        added += 1
        if kept.count >= 2 * keep + 1 { trim() }
    }

    private mutating func trim() {
        kept.sort { $0.badness != $1.badness ? $0.badness > $1.badness : $0.order < $1.order }
        if kept.count > keep { kept.removeLast(kept.count - keep) }
    }

    var dropped: Int { max(0, added - keep) }

    var items: [T] {
        guard added > keep else { return kept.map(\.item) }
        var copy = self
        copy.trim()
        return copy.kept.map(\.item)
    }
}
