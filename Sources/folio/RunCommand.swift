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
            others still land, and the exit status is 1. Exit status 2: bad arguments, pipeline \
            or input (nothing was read).
            """
    )

    @Argument(help: ArgumentHelp("Files or folders to process.", valueName: "input"))
    var inputs: [String] = ["Corpus"]

    @Option(name: .long, help: ArgumentHelp("Pipeline definition (YAML). Default: Pipelines/default.yml, else the built-in default.", valueName: "file"))
    var pipeline: String?

    @Option(name: .long, help: ArgumentHelp("Dataset folder to write versions into.", valueName: "dir"))
    var out: String = "Datasets/corpus"

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

    func validate() throws {
        guard jobs >= 1 && jobs <= 1024 else { throw ValidationError("--jobs must be between 1 and 1024 (got \(jobs))") }
        guard !inputs.isEmpty else { throw ValidationError("give at least one input") }
        if let shard, Self.parseShard(shard) == nil {
            throw ValidationError("--shard must be I/N with 0 <= I < N <= 100000 (got '\(shard)')")
        }
    }

    static func parseShard(_ text: String) -> (index: Int, count: Int)? {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, n <= 100_000, i >= 0, i < n else { return nil }
        return (i, n)
    }

    func run() throws {
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
            Terminal.error("pipeline \(error)")
            throw ExitCode(2)
        }
        let runner = BatchRunner(pipeline: Pipeline(definition), toolVersion: Folio.toolVersion)
        let progress: ProgressBar? = (!quiet && Terminal.stderrIsTerminal) ? ProgressBar() : nil
        let summary: RunSummary
        do {
            summary = try runner.run(RunOptions(inputs: inputs, datasetRoot: out, jobs: jobs, force: force,
                                                followSymlinks: followSymlinks, shard: shard.flatMap(Self.parseShard), rehash: rehash),
                                     progress: progress)
        } catch let error as InputError {
            Terminal.error(error.message)
            throw ExitCode(2)
        } catch let error as StoreError {
            Terminal.error(error.message)
            throw ExitCode(1)
        }
        for note in summary.notes { Terminal.warn("\(note.path): \(note.message)") }
        for r in summary.removedLeftovers { Terminal.warn("removed \(r), left incomplete by an interrupted run") }
        for w in summary.storeWarnings { Terminal.warn(w) }
        SummaryText.render(summary, dataset: out) { print($0) }
        if summary.failed > 0 { throw ExitCode(1) }
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
enum SummaryText {
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
            notes.forEachCheck { docId, passed, total in
                emit(String(format: "    %@: %d/%d", docId, passed, total))
            }
        }
        if notes.factDocuments > 0 {
            let agree = notes.factsAgree
            let disagree = notes.factsDisagree
            emit("  narrative facts: \(notes.factsTotal); matched to table cells: \(agree + disagree) (\(agree) agree, \(disagree) disagree)")
            notes.forEachFacts { docId, total, agree, disagree in
                emit("    \(docId): \(total) facts, \(agree) agree, \(disagree) disagree")
            }
        }
        if let h = s.contentSha256 { emit("  content_sha256: \(h)") }
        for f in s.failures.prefix(RunSummary.failuresKept) { emit("  FAILED \(f.docId): \(f.message)") }
        if s.failed > RunSummary.failuresKept {
            emit("  ... and \(s.failed - RunSummary.failuresKept) more failures (see diagnostics.jsonl)")
        }
    }
}
