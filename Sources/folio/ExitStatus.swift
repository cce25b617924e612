import ArgumentParser
import FolioDataset
import FolioRunner
import Foundation

/// The exit statuses of every `folio` command (docs/operations.md lists them; so does README).
enum ExitStatus {
    /// Everything asked for was done.
    static let ok: Int32 = 0
    /// `run`: some documents failed; they are recorded with diagnostics and the rest committed.
    static let documentsFailed: Int32 = 1
    /// Bad arguments, pipeline or input, or a refusal by a guard (empty input, too many
    /// removals, an output path in the wrong place, an unknown version, document or table).
    /// Nothing was written.
    static let badArguments: Int32 = 2
    /// Another folio process holds the dataset's lock (`--wait` waits for it).
    static let locked: Int32 = 3
    /// The dataset is damaged: `CURRENT` unreadable, or the version read fails verification
    /// (`folio verify`, `folio repair`, `--allow-damaged`).
    static let damaged: Int32 = 4
    /// Reading or writing failed (disk full, not writable, a shard missing): nothing was
    /// committed; the previous version is intact.
    static let failed: Int32 = 5

    static func code(for kind: StoreError.Kind) -> Int32 {
        switch kind {
        case .failure: failed
        case .usage: badArguments
        case .locked: locked
        case .damaged: damaged
        }
    }

    /// The one error line and exit status for any error a command lets out.
    static func report(_ error: any Error) -> Int32 {
        switch error {
        case let e as StoreError:
            Terminal.error(e.message)
            return code(for: e.kind)
        case let e as InputError:
            Terminal.error(e.message)
            return badArguments
        default:
            Terminal.error("\(error)")
            return failed
        }
    }
}

extension ParsableCommand {
    /// Runs `body`; any error is one `folio: error:` line on stderr and the exit status of
    /// its kind (`ExitStatus`).
    static func failingClearly(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw ExitCode(ExitStatus.report(error))
        }
    }
}

/// Where the dataset is: the command's flag, else `FOLIO_DATASET` (when set and not empty),
/// else `Datasets/corpus`.
enum DatasetLocation {
    static let environmentVariable = "FOLIO_DATASET"
    static let fallback = "Datasets/corpus"

    static func resolve(_ flag: String?) -> String {
        if let flag { return flag }
        if let env = ProcessInfo.processInfo.environment[environmentVariable], !env.isEmpty { return env }
        return fallback
    }
}

/// `--wait [SECONDS]` of the commands that write a dataset (`run`, `commit`, `repair`).
struct LockOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Wait up to SECONDS for another folio process to release the dataset (bare --wait: no limit).", valueName: "seconds"))
    var wait: LockWait?

    /// Seconds to wait for the lock: 0 (fail at once) unless --wait was given.
    var seconds: Double { wait?.seconds ?? 0 }
}

/// `--wait [SECONDS]`: how long to wait for another writer's lock; a bare `--wait` waits as
/// long as it takes (the command line turns it into `--wait=forever`).
struct LockWait: ExpressibleByArgument {
    var seconds: Double

    init?(argument: String) {
        if argument == "forever" {
            seconds = .infinity
        } else if let s = Double(argument), s.isFinite, s >= 0 {
            seconds = s
        } else {
            return nil
        }
    }

    /// Arguments with a bare `--wait` (last, or followed by something that is not a number)
    /// written as `--wait=forever`.
    static func expandBare(_ arguments: [String]) -> [String] {
        var out: [String] = []
        for (i, a) in arguments.enumerated() {
            if a == "--wait", i + 1 >= arguments.count || Double(arguments[i + 1]) == nil {
                out.append("--wait=forever")
            } else {
                out.append(a)
            }
        }
        return out
    }
}
