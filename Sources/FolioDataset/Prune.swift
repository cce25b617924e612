import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `folio prune` removed and kept.
public struct PruneResult: Sendable {
    public var removed: [String] = []
    public var kept: [String] = []
    /// Bytes freed: the sizes of the files whose last link went with the removed versions.
    public var bytesFreed = 0
}

extension DatasetStore {
    /// Removes the committed versions older than the `keep` newest (`CURRENT` always among
    /// those kept), under the dataset lock, so never while a run writes. Parts are hard links
    /// shared between versions: removing a version removes its links, and a part's bytes go only
    /// with its last link, so a part a kept version holds is never touched. Each version is
    /// first renamed to `versions/.pruning-<id>` (one atomic step: readers and runs never see a
    /// half-removed version), then deleted; a prune killed midway leaves only such folders,
    /// which the next prune finishes removing.
    public func prune(keep: Int) throws(StoreError) -> PruneResult {
        guard keep >= 1 else { throw StoreError("--keep must be at least 1 (CURRENT is always kept)", kind: .usage) }
        guard FileManager.default.fileExists(atPath: versionsDir) else { throw StoreError("no dataset at \(root)", kind: .usage) }
        try lockForWriting()
        guard let current = currentVersion() else {
            throw StoreError("\(root) has no readable CURRENT; nothing is pruned (run `folio repair` first)", kind: .damaged)
        }
        var result = PruneResult()
        let fm = FileManager.default
        // Leftovers of a prune that was killed.
        for name in ((try? fm.contentsOfDirectory(atPath: versionsDir)) ?? []).sorted() where name.hasPrefix(".pruning-") {
            result.bytesFreed += Self.removeCounting(versionsDir + "/" + name)
        }
        let committed = committedVersions()
        guard committed.contains(current) else { throw StoreError("CURRENT names \(current), which has no folder; nothing is pruned (run `folio repair` first)", kind: .damaged) }
        result.kept = Array(committed.suffix(keep))
        for id in committed.dropLast(keep) where id != current {
            let aside = versionsDir + "/.pruning-" + id
            try FileIO.rename(versionPath(id), aside)
            FileIO.syncDirectory(versionsDir)
            result.bytesFreed += Self.removeCounting(aside)
            result.removed.append(id)
        }
        return result
    }

    /// Removes a folder; returns the bytes of the files that had no other link.
    static func removeCounting(_ path: String) -> Int {
        var freed = 0
        if let walker = FileManager.default.enumerator(atPath: path) {
            for case let name as String in walker {
                var st = stat()
                if lstat(path + "/" + name, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_nlink == 1 {
                    freed += Int(st.st_size)
                }
            }
        }
        try? FileManager.default.removeItem(atPath: path)
        return freed
    }
}
