import ArgumentParser
import FolioDataset
import FolioPipeline
import FolioModel
import Foundation

struct VersionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "versions",
        abstract: "List a dataset's versions with their document and record counts."
    )

    @Argument(help: ArgumentHelp("The dataset folder (default: $FOLIO_DATASET, else Datasets/corpus).", valueName: "dir"))
    var datasetArgument: String?

    func run() throws {
        let dataset = DatasetLocation.resolve(datasetArgument)
        let store = DatasetStore(root: dataset)
        let versions = store.committedVersions()
        guard !versions.isEmpty else {
            Terminal.error("no committed version in \(dataset) (run `folio run` first)")
            throw ExitCode(ExitStatus.badArguments)
        }
        let current = store.currentVersion()
        if case let .unreadable(reason) = store.currentState() {
            Terminal.warn("\(reason); `folio repair --dataset \(dataset)` points CURRENT at the newest intact version")
        }
        print("version  created               parent   docs  processed reused failed  sections  blocks  tables   cells footnotes  content")
        for v in versions {
            do {
                let m = try store.manifest(v)
                func count(_ k: RecordKind) -> Int { m.output(k)?.records ?? 0 }
                let st = { (s: Manifest.InputStatus) in m.inputs.filter { $0.status == s }.count }
                let mark = v == current ? "*" : " "
                print("\(v)\(mark) \(m.createdAt.padding(toLength: 21, withPad: " ", startingAt: 0)) \((m.parent ?? "-").padding(toLength: 7, withPad: " ", startingAt: 0)) "
                    + pad(m.inputs.count, 5) + pad(st(.processed), 11) + pad(st(.reused), 7) + pad(st(.failed), 7)
                    + pad(count(.sections), 10) + pad(count(.blocks), 8) + pad(count(.tables), 8) + pad(count(.cells), 8)
                    + pad(count(.footnotes), 10) + "  " + String(m.contentSha256.prefix(12)))
            } catch {
                print("\(v)  (unreadable manifest: \(error))")
            }
        }
        print("* = CURRENT")
    }

    private func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, width - s.count)) + s
    }
}

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Recompute every output hash of a version and compare it with the manifest.",
        discussion: "Exit status 0 when every version checked is intact, 4 when anything differs (or CURRENT is unreadable), 2 for an unknown version."
    )

    @OptionGroup var options: DatasetOptions

    @Option(name: .long, help: ArgumentHelp("Version to check (default: CURRENT).", valueName: "id"))
    var version: String?

    @Flag(name: .long, help: "Check every committed version (every versions/vNNNNNN folder).")
    var all = false

    func run() throws {
        let store = DatasetStore(root: options.dataset)
        var targets: [String] = []
        try Self.failingClearly {
            targets = all ? store.committedVersions() : [try store.resolveVersion(version)]
            if all, targets.isEmpty { _ = try store.resolveVersion(nil) }
        }
        var bad = 0
        if all, case let .unreadable(reason) = store.currentState() {
            print("CURRENT: \(reason); `folio repair` points it at the newest intact version")
            bad += 1
        }
        for v in targets {
            let problems = store.verify(v)
            if problems.isEmpty {
                print("\(v): ok")
            } else {
                bad += 1
                for p in problems { print("\(v): \(p)") }
            }
        }
        if bad > 0 { throw ExitCode(ExitStatus.damaged) }
    }
}

struct StagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "List the stages a pipeline definition may use, with their options and defaults."
    )

    func run() {
        for stage in StageRegistry.all {
            print("\(stage.name): \(stage.summary)")
            for o in stage.options {
                print("    \(o.name) (\(o.type), default \(o.defaultValue)): \(o.help)")
            }
        }
    }
}

/// `folio repair`: points `CURRENT` at the newest version that verifies, after saying so.
struct RepairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: "Point CURRENT at the newest intact version (when CURRENT is unreadable or names a damaged version).",
        discussion: """
            Verifies the versions from the newest down and points CURRENT at the first that is \
            intact, printing what it found and what it does first. Nothing is removed: damaged \
            versions stay for inspection. When CURRENT already names an intact version, nothing \
            is changed. The manual equivalent: `folio verify --all`, then write the chosen id \
            and a newline into <dataset>/CURRENT (docs/operations.md). Exit status 0 when \
            CURRENT names an intact version afterwards, 4 when no version is intact, 3 when \
            another folio process holds the dataset.
            """
    )

    @OptionGroup var options: DatasetOptions

    @Flag(name: .long, help: "Only say what would be done.")
    var dryRun = false

    @OptionGroup var lock: LockOptions

    func run() throws {
        let dataset = options.dataset
        let store = DatasetStore(root: dataset)
        try Self.failingClearly {
            guard FileManager.default.fileExists(atPath: dataset) else {
                throw StoreError("no dataset at \(dataset)", kind: .usage)
            }
            if !dryRun { try store.lockForWriting(wait: lock.seconds) }
            let plan = store.repairPlan()
            switch plan.state {
            case .empty: print("CURRENT: none, and no version in \(dataset)/versions")
            case let .version(id): print("CURRENT: \(id)")
            case let .unreadable(reason): print("CURRENT: unreadable (\(reason))")
            }
            for d in plan.damaged { print("\(d.version): damaged (\(d.problem)); kept") }
            if plan.currentIsIntact, let target = plan.target {
                print("\(target) is intact; nothing to repair.")
                return
            }
            guard let target = plan.target else {
                if case .empty = plan.state { return }
                throw StoreError("no version of \(dataset) verifies; nothing to point CURRENT at (see `folio verify --all`)", kind: .damaged)
            }
            if dryRun {
                print("Would point CURRENT at \(target), the newest intact version (--dry-run: nothing changed).")
                return
            }
            print("Pointing CURRENT at \(target), the newest intact version.")
            try store.setCurrent(target)
            print("CURRENT: \(target)")
        }
    }
}
