import FolioModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A dataset on disk, laid out as the contract says:
///
/// ```
/// <root>/CURRENT                 the newest committed version id, replaced atomically, last
/// <root>/versions/v000001/       immutable once committed: manifest.json + one file per record kind
/// ```
///
/// A version is written into `versions/.staging-*`, every file fsynced, then renamed into
/// place; only then is `CURRENT` replaced (write, fsync, rename). A run killed at any point
/// leaves `CURRENT` naming a complete version (or no `CURRENT` on a first run); the next
/// run removes the staging folder it left.
///
/// **A committed version** is a folder `versions/vNNNNNN`: the rename that gives a version
/// its name happens only after every file in it (manifest included) is written and fsynced,
/// so such a folder is complete by construction, whether or not `CURRENT` names it yet.
/// Whether it is *intact* is what `verify` (hashes and counts against its manifest) says.
/// No run ever removes a committed version; only `.staging-*` folders are leftovers. Version
/// ids are never reused: the next id is one more than the highest in `versions/`.
public final class DatasetStore {
    public let root: String
    public var name: String { (root as NSString).lastPathComponent }
    var versionsDir: String { root + "/versions" }
    private var lockFD: Int32 = -1

    public init(root: String) {
        var r = root
        while r.count > 1 && r.hasSuffix("/") { r.removeLast() }
        self.root = r
    }

    deinit {
        if lockFD >= 0 { close(lockFD) }
    }

    // MARK: Reading

    /// What `CURRENT` says about the dataset.
    public enum CurrentState: Sendable, Hashable {
        /// No `CURRENT` and no version folder: a new (or never committed) dataset.
        case empty
        /// `CURRENT` names this version, whose folder exists.
        case version(String)
        /// `CURRENT` cannot be trusted: empty, not a version id, naming a missing version, or
        /// missing while versions exist. The reason says which.
        case unreadable(String)
    }

    /// Reads `CURRENT` strictly: exactly a version id (`v` and six digits) and an optional
    /// newline. Anything else (empty, a byte-order mark, `v1`, garbage) is unreadable, never
    /// taken as "no version yet".
    public func currentState() -> CurrentState {
        let versions = versionIds()
        guard let data = FileManager.default.contents(atPath: root + "/CURRENT") else {
            if FileManager.default.fileExists(atPath: root + "/CURRENT") {
                return .unreadable("CURRENT cannot be read")
            }
            if let newest = versions.last {
                return .unreadable("CURRENT is missing, but versions/ holds \(versions.count) version(s) up to \(newest)")
            }
            return .empty
        }
        var bytes = [UInt8](data)
        if bytes.last == 0x0A { bytes.removeLast() }
        let text = String(decoding: bytes, as: UTF8.self)
        guard Self.isVersionId(text), text.utf8.count == bytes.count else {
            let shown = bytes.isEmpty ? "empty" : "'" + String(text.unicodeScalars.prefix(20).map { $0.isASCII && $0.value >= 0x20 ? Character($0) : "?" }) + "'"
            return .unreadable("CURRENT is \(shown), not a version id like v000001")
        }
        guard FileManager.default.fileExists(atPath: versionPath(text) + "/manifest.json") else {
            return .unreadable("CURRENT names \(text), which has no folder with a manifest in versions/")
        }
        return .version(text)
    }

    /// The id `CURRENT` names, or nil when it names none (empty or unreadable dataset;
    /// `currentState` and `checkCurrent` say which).
    public func currentVersion() -> String? {
        if case let .version(id) = currentState() { return id }
        return nil
    }

    /// The current version, nil for an empty dataset; an unreadable `CURRENT` is an error of
    /// kind `.damaged` that names the repair. Every command that builds on `CURRENT` asks this.
    public func checkCurrent() throws(StoreError) -> String? {
        switch currentState() {
        case .empty: return nil
        case let .version(id): return id
        case let .unreadable(reason): throw StoreError.unreadableCurrent(root, reason)
        }
    }

    public func versionPath(_ id: String) -> String { versionsDir + "/" + id }

    /// A version's manifest with its inputs: those it lists (schema 1) or, under schema 2,
    /// those of its `inputs.idx` (an error of kind `.damaged` when that is missing or damaged).
    public func manifest(_ id: String) throws(StoreError) -> Manifest {
        var m = try manifestFile(id)
        if !m.listsInputs { m.inputs = try indexedInputs(id, m) }
        return m
    }

    /// `manifest.json` as written (under schema 2 its `inputs` are empty).
    public func manifestFile(_ id: String) throws(StoreError) -> Manifest {
        try readManifest(id, Manifest.decode)
    }

    /// A version's manifest without its inputs (`inputs` is empty): what a run needs of the
    /// current version, read without decoding an entry per input.
    public func manifestHeader(_ id: String) throws(StoreError) -> Manifest {
        try readManifest(id, Manifest.decodeHeader)
    }

    private func readManifest(_ id: String, _ decode: (Data) throws -> Manifest) throws(StoreError) -> Manifest {
        let path = versionPath(id) + "/manifest.json"
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StoreError("version \(id) has no readable manifest at \(path)")
        }
        do {
            return try decode(data)
        } catch {
            throw StoreError("manifest \(path) is not valid: \(error)")
        }
    }

    /// Committed versions, oldest first: every `versions/vNNNNNN` folder, whether or not
    /// `CURRENT` names it or a newer one (see the type's documentation).
    public func committedVersions() -> [String] {
        versionIds()
    }

    /// Every version folder's id in `versions/`, sorted.
    func versionIds() -> [String] {
        let all = (try? FileManager.default.contentsOfDirectory(atPath: versionsDir)) ?? []
        return all.filter { Self.isVersionId($0) }.sorted()
    }

    static func isVersionId(_ s: String) -> Bool {
        s.count == 7 && s.hasPrefix("v") && s.dropFirst().allSatisfy { $0 >= "0" && $0 <= "9" }
    }

    static func versionId(_ n: Int) -> String {
        let digits = String(n)
        return "v" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    // MARK: Writing

    /// Creates the dataset folder if needed and takes an exclusive lock on it for this
    /// process. A second writer fails with an error of kind `.locked`, at once, or after
    /// waiting up to `wait` seconds for the lock (`.infinity`: as long as it takes).
    public func lockForWriting(wait: Double = 0) throws(StoreError) {
        try FileIO.makeDirectory(versionsDir)
        let path = root + "/.lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        if fd < 0 { throw StoreError.posix("open lock file", path) }
        let deadline = Date().addingTimeInterval(wait.isFinite ? max(0, wait) : 1e9)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if Date() >= deadline {
                close(fd)
                let waited = wait > 0 && wait.isFinite ? String(format: " (waited %g s)", wait) : ""
                throw StoreError("another folio process is writing to \(root)\(waited); wait for it to finish, or pass --wait [SECONDS]",
                                 kind: .locked)
            }
            usleep(200_000)
        }
        lockFD = fd
    }

    /// Removes what an interrupted run left behind: staging folders and `CURRENT.tmp`. Never
    /// a version folder: those are committed (see the type's documentation). Returns what it
    /// removed.
    @discardableResult
    public func recoverInterruptedRuns() -> [String] {
        var removed: [String] = []
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: versionsDir)) ?? []
        for e in entries.sorted() where e.hasPrefix(".staging-") {
            try? FileManager.default.removeItem(atPath: versionsDir + "/" + e)
            removed.append(e)
        }
        try? FileManager.default.removeItem(atPath: root + "/CURRENT.tmp")
        return removed
    }

    /// Versions newer than `CURRENT` (a run killed between naming its version and replacing
    /// `CURRENT`, or `CURRENT` set back by hand). They are kept; the next version gets a
    /// higher id.
    public func versionsNewerThanCurrent() -> [String] {
        guard let current = currentVersion() else { return [] }
        return versionIds().filter { $0 > current }
    }

    /// The id the next version will get: one more than the highest id in `versions/`, so an
    /// id is never given to two different versions.
    public func nextVersionId() -> String {
        let highest = versionIds().compactMap { Int($0.dropFirst()) }.max() ?? 0
        return Self.versionId(highest + 1)
    }

    /// What `folio repair` would do: the newest version that verifies, and the problems of
    /// every newer one (kept, never removed).
    public struct RepairPlan: Sendable {
        public var state: CurrentState
        /// The version `CURRENT` should name; nil when no version verifies.
        public var target: String?
        /// Versions newer than `target` that fail verification, with their first problem.
        public var damaged: [(version: String, problem: String)]
        /// True when `CURRENT` already names an intact version: nothing to do.
        public var currentIsIntact: Bool
    }

    public func repairPlan() -> RepairPlan {
        let state = currentState()
        if case let .version(id) = state, verify(id).isEmpty {
            return RepairPlan(state: state, target: id, damaged: [], currentIsIntact: true)
        }
        var damaged: [(version: String, problem: String)] = []
        for id in versionIds().reversed() {
            let problems = verify(id)
            if problems.isEmpty { return RepairPlan(state: state, target: id, damaged: damaged, currentIsIntact: false) }
            damaged.append((id, problems[0]))
        }
        return RepairPlan(state: state, target: nil, damaged: damaged, currentIsIntact: false)
    }

    /// Points `CURRENT` at `version` atomically (write, fsync, rename). The caller holds the
    /// lock and has checked the version (`repairPlan`).
    public func setCurrent(_ version: String) throws(StoreError) {
        guard Self.isVersionId(version), FileManager.default.fileExists(atPath: versionPath(version) + "/manifest.json") else {
            throw StoreError("no version \(version) in \(root)", kind: .usage)
        }
        let tmp = root + "/CURRENT.tmp"
        try FileIO.writeDurably(Array((version + "\n").utf8), to: tmp)
        try FileIO.rename(tmp, root + "/CURRENT")
        FileIO.syncDirectory(root)
    }

    /// Starts writing a new version in a staging folder.
    public func beginVersion() throws(StoreError) -> VersionWriter {
        let id = nextVersionId()
        guard Self.isVersionId(id) else { throw StoreError("\(root) has used every version id up to v999999") }
        let staging = versionsDir + "/.staging-\(id)-\(getpid())"
        try? FileManager.default.removeItem(atPath: staging)
        try FileIO.makeDirectory(staging)
        return try VersionWriter(store: self, versionId: id, stagingPath: staging)
    }

    /// Makes a fully written staging folder the newest committed version.
    func commit(stagingPath: String, versionId: String) throws(StoreError) {
        FileIO.syncDirectory(stagingPath)
        let final = versionPath(versionId)
        try FileIO.rename(stagingPath, final)
        FileIO.syncDirectory(versionsDir)
        try setCurrent(versionId)
    }
}

extension StoreError {
    /// `CURRENT` cannot be trusted: the error names both repairs.
    static func unreadableCurrent(_ root: String, _ reason: String) -> StoreError {
        StoreError("\(root): \(reason). No version was removed. Run `folio repair --dataset \(root)` to point CURRENT at the "
            + "newest intact version, or write that version's id into \(root)/CURRENT by hand (docs/operations.md)", kind: .damaged)
    }
}
