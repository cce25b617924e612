import ArgumentParser
import FolioDataset

struct PruneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Remove old versions, keeping the N newest (CURRENT always among them).",
        discussion: """
            Versions share unchanged parts (hard links): removing a version frees only the bytes \
            no kept version holds. Takes the dataset lock, so it never runs while `folio run` \
            writes (and fails at once if one does). Exit status 0 when done, 1 on an error \
            (nothing is removed when the dataset is locked or CURRENT is unreadable).
            """
    )

    @OptionGroup var options: DatasetOptions

    @Option(name: .long, help: ArgumentHelp("How many of the newest versions to keep (>= 1).", valueName: "n"))
    var keep: Int

    func validate() throws {
        guard keep >= 1 else { throw ValidationError("--keep must be at least 1 (CURRENT is always kept)") }
    }

    func run() throws {
        let store = DatasetStore(root: options.dataset)
        do {
            let r = try store.prune(keep: keep)
            let freed = String(format: "%.1f", Double(r.bytesFreed) / 1_000_000)
            if r.removed.isEmpty {
                print("Nothing to prune in \(options.dataset): \(r.kept.count) versions, keeping \(keep).")
            } else {
                print("Removed \(r.removed.count) versions (\(r.removed.first ?? "")...\(r.removed.last ?? "")), freed \(freed) MB; kept \(r.kept.joined(separator: " ")).")
            }
        } catch {
            Terminal.error(error.message)
            throw ExitCode(ExitStatus.code(for: error.kind))
        }
    }
}
