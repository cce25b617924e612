import ArgumentParser
import FolioDataset
import FolioPipeline
import FolioModel

struct VersionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "versions",
        abstract: "List a dataset's versions with their document and record counts."
    )

    @Argument(help: ArgumentHelp("The dataset folder.", valueName: "dir"))
    var dataset: String = "Datasets/corpus"

    func run() throws {
        let store = DatasetStore(root: dataset)
        let versions = store.committedVersions()
        guard !versions.isEmpty else {
            Terminal.error("no committed version in \(dataset) (run `folio run` first)")
            throw ExitCode(1)
        }
        let current = store.currentVersion()
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
        discussion: "Exit status 0 when the version is intact, 1 when anything differs."
    )

    @OptionGroup var options: DatasetOptions

    @Option(name: .long, help: ArgumentHelp("Version to check (default: CURRENT).", valueName: "id"))
    var version: String?

    @Flag(name: .long, help: "Check every committed version.")
    var all = false

    func run() throws {
        let store = DatasetStore(root: options.dataset)
        let targets: [String]
        do {
            targets = all ? store.committedVersions() : [try store.resolveVersion(version)]
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(1)
        }
        var bad = 0
        for v in targets {
            let problems = store.verify(v)
            if problems.isEmpty {
                print("\(v): ok")
            } else {
                bad += 1
                for p in problems { print("\(v): \(p)") }
            }
        }
        if bad > 0 { throw ExitCode(1) }
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
