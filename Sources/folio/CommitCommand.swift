import ArgumentParser
import FolioDataset
import FolioModel
import FolioRunner
import Foundation

struct CommitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commit",
        abstract: "Merge the shards of a distributed run into one new version.",
        discussion: """
            After `folio run --shard I/N` has written every shard (0 to N-1, on any machines sharing \
            the dataset folder), `folio commit` verifies each shard's hashes, checks they were made \
            with the same pipeline against the current version, merges their records in doc_id order \
            into a new version (equal, byte for byte, to a single-machine run), and removes the shards. \
            A missing or damaged shard is named and nothing is committed.
            """
    )

    @OptionGroup var options: DatasetOptions

    @Option(name: .long, help: ArgumentHelp("The number of shards expected (checked against the set).", valueName: "n"))
    var shards: Int?

    @OptionGroup var lock: LockOptions

    func run() throws {
        let store = DatasetStore(root: options.dataset)
        try Self.failingClearly {
            try store.lockForWriting(wait: lock.seconds)
            store.recoverInterruptedRuns()
            let sets = store.pendingShardSets()
            guard !sets.isEmpty else {
                throw StoreError("no shards to commit in \(options.dataset)/shards (run `folio run --shard I/N --out \(options.dataset)` first)",
                                 kind: .usage)
            }
            guard sets.count == 1, let set = sets.first else {
                throw StoreError("several shard sets in \(options.dataset)/shards: " + sets.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
                    + "; remove the stale ones")
            }
            if let m = try store.commitShards(setPath: set, expectedCount: shards, createdAt: BatchRunner.timestampNow()) {
                let counts = RecordKind.allCases.map { "\($0.rawValue) \(m.output($0)?.records ?? 0)" }.joined(separator: ", ")
                print("Committed \(options.dataset)/versions/\(m.version) (parent: \(m.parent ?? "none")) from the shards.")
                print("  inputs: \(m.inputs.count) (processed \(m.inputs.filter { $0.status == .processed }.count), reused \(m.inputs.filter { $0.status == .reused }.count), failed \(m.inputs.filter { $0.status == .failed }.count))")
                print("  records: \(counts)")
                print("  content_sha256: \(m.contentSha256)")
            } else {
                print("Dataset \(options.dataset) is up to date: the shards changed nothing (no version made).")
            }
        }
    }
}
