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
/// run removes the leftovers.
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

    /// The id `CURRENT` names, or nil for an empty dataset.
    public func currentVersion() -> String? {
        guard let text = FileIO.readText(root + "/CURRENT") else { return nil }
        let id = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return Self.isVersionId(id) ? id : nil
    }

    public func versionPath(_ id: String) -> String { versionsDir + "/" + id }

    public func manifest(_ id: String) throws(StoreError) -> Manifest {
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

    /// Committed versions, oldest first (those up to `CURRENT`).
    public func committedVersions() -> [String] {
        guard let current = currentVersion() else { return [] }
        let all = (try? FileManager.default.contentsOfDirectory(atPath: versionsDir)) ?? []
        return all.filter { Self.isVersionId($0) && $0 <= current }.sorted()
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
    /// process; a second writer fails at once with a clear message.
    public func lockForWriting() throws(StoreError) {
        try FileIO.makeDirectory(versionsDir)
        let path = root + "/.lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        if fd < 0 { throw StoreError.posix("open lock file", path) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            close(fd)
            throw StoreError("another folio process is writing to \(root); wait for it to finish")
        }
        lockFD = fd
    }

    /// Removes what an interrupted run left behind: staging folders, and version folders
    /// newer than `CURRENT` (renamed into place but never committed). Returns what it removed.
    @discardableResult
    public func recoverInterruptedRuns() -> [String] {
        var removed: [String] = []
        let current = currentVersion()
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: versionsDir)) ?? []
        for e in entries.sorted() {
            let uncommitted = Self.isVersionId(e) && (current == nil || e > current!)
            if e.hasPrefix(".staging-") || uncommitted {
                try? FileManager.default.removeItem(atPath: versionsDir + "/" + e)
                removed.append(e)
            }
        }
        try? FileManager.default.removeItem(atPath: root + "/CURRENT.tmp")
        return removed
    }

    /// The id the next version will get.
    public func nextVersionId() -> String {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: versionsDir)) ?? []
        let highest = entries.compactMap { Self.isVersionId($0) ? Int($0.dropFirst()) : nil }.max() ?? 0
        return Self.versionId(highest + 1)
    }

    /// Starts writing a new version in a staging folder.
    public func beginVersion() throws(StoreError) -> VersionWriter {
        let id = nextVersionId()
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
        let tmp = root + "/CURRENT.tmp"
        try FileIO.writeDurably(Array((versionId + "\n").utf8), to: tmp)
        try FileIO.rename(tmp, root + "/CURRENT")
        FileIO.syncDirectory(root)
    }
}
