import FolioModel
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// What checking a version (or a shard) against its manifest found.
public struct VersionCheck: Sendable {
    /// One readable line per problem; empty when the version is intact.
    public var problems: [String] = []
    /// Documents whose records sit in a damaged part: their records cannot be trusted.
    public var damagedDocuments: Set<String> = []
    /// None of the version's records can be trusted: its part index is missing, damaged or
    /// disagrees with the manifest, or a single-file version (made before parts) is damaged,
    /// so where the damage is is unknown.
    public var untrustworthy = false
    /// Damaged part files (`cells/part-000003.jsonl`), for the report.
    public var damagedParts: [String] = []

    public var intact: Bool { problems.isEmpty }

    /// Whether the records of `docId` may be reused.
    public func canReuse(_ docId: String) -> Bool {
        !untrustworthy && !damagedDocuments.contains(docId)
    }
}

extension DatasetStore {
    /// Checks a committed version: the manifest's hashes of its part index and input index
    /// (and every page of them against its root), every part file's SHA-256 and record count against the part index, the part index
    /// against the manifest's per-kind hashes and counts, stray files in the kind folders, and
    /// `content_sha256`. Part files are hashed on `jobs` threads.
    public func check(_ version: String, jobs: Int = 1) -> VersionCheck {
        let manifest: Manifest
        // The manifest file alone: a damaged `inputs.idx` is one problem among others (below).
        do { manifest = try self.manifestFile(version) } catch {
            var c = VersionCheck()
            c.problems = ["\(error)"]
            c.untrustworthy = true
            return c
        }
        var c = checkFolder(versionPath(version), manifest: manifest, jobs: jobs)
        if manifest.version != version { c.problems.insert("manifest names version \(manifest.version)", at: 0) }
        return c
    }

    /// Checks the record files of a version or shard folder against `manifest`.
    func checkFolder(_ dir: String, manifest: Manifest, jobs: Int) -> VersionCheck {
        var c = VersionCheck()
        let fm = FileManager.default
        if manifest.inputsIndexSha256 == nil, !manifest.listsInputs {
            c.problems.append("manifest (schema \(manifest.schemaVersion)) lists no inputs and has no inputs_index_sha256")
        }
        if let recorded = manifest.inputsIndexSha256 {
            switch PagedIndex.load(dir + "/" + InputIndex.fileName, recordedSha256: recorded) {
            case .ok: break
            case .missing: c.problems.append("\(InputIndex.fileName): missing")
            case let .damaged(why): c.problems.append("\(InputIndex.fileName): changed or damaged (\(why))")
            }
        }
        for kind in RecordKind.allCases where manifest.output(kind) == nil {
            c.problems.append("manifest lists no \(kind.rawValue) records")
            c.untrustworthy = true
        }
        if Manifest.contentHash(manifest.outputs) != manifest.contentSha256 {
            c.problems.append("content_sha256 does not match its outputs")
            c.untrustworthy = true
        }
        guard let recordedParts = manifest.partsIndexSha256 else {
            // A version made before parts: one file per kind, checked whole.
            for output in manifest.outputs {
                guard let actual = FileIO.hashFile(dir + "/" + output.file) else {
                    c.problems.append("\(output.file): missing")
                    c.untrustworthy = true
                    continue
                }
                if actual.sha256 != output.sha256 {
                    c.problems.append("\(output.file): sha256 \(actual.sha256) differs from the manifest's \(output.sha256)")
                    c.untrustworthy = true
                }
                if actual.lines != output.records {
                    c.problems.append("\(output.file): \(actual.lines) records, manifest says \(output.records)")
                    c.untrustworthy = true
                }
            }
            return c
        }
        let parts: [PartEntry]
        switch PagedIndex.load(dir + "/" + PartIndex.fileName, recordedSha256: recordedParts) {
        case .missing:
            c.problems.append("\(PartIndex.fileName): missing")
            c.untrustworthy = true
            return c
        case let .damaged(why):
            c.problems.append("\(PartIndex.fileName): changed or damaged (\(why))")
            c.untrustworthy = true
            return c
        case let .ok(content):
            guard let decoded = PartIndex.decode(content) else {
                c.problems.append("\(PartIndex.fileName): not a part index")
                c.untrustworthy = true
                return c
            }
            parts = decoded
        }
        // The index against the manifest: each kind's hash over its part lines, and its counts.
        for kind in RecordKind.allCases {
            var merkle = StreamingHash()
            var records = 0
            var bytes = 0
            for p in parts {
                guard let f = p.file(kind) else { continue }
                merkle.update(PartIndex.kindHashLine(kind, p.index, f))
                records += f.records
                bytes += f.bytes
            }
            guard let output = manifest.output(kind) else { continue }
            if merkle.finalizeHex() != output.sha256 || records != output.records || bytes != output.bytes {
                c.problems.append("\(output.file): the part index does not add up to the manifest's sha256 and counts")
                c.untrustworthy = true
            }
        }
        // Every part file, hashed on `jobs` threads.
        let found = Mutex<[(part: Int, problems: [String])]>([])
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, parts.count))) { _ in
            while true {
                let i = next.add(1, ordering: .relaxed).oldValue
                guard i < parts.count else { return }
                var problems: [String] = []
                for kind in RecordKind.allCases {
                    guard let f = parts[i].file(kind) else { continue }
                    let name = PartLayout.path(kind, parts[i].index)
                    guard let actual = FileIO.hashFile(dir + "/" + name) else {
                        problems.append("\(name): missing")
                        continue
                    }
                    if actual.sha256 != f.sha256 {
                        problems.append("\(name): sha256 \(actual.sha256) differs from the part index's \(f.sha256)")
                    } else if actual.lines != f.records {
                        problems.append("\(name): \(actual.lines) records, the part index says \(f.records)")
                    }
                }
                if !problems.isEmpty { found.withLock { $0.append((i, problems)) } }
            }
        }
        for (i, problems) in found.withLock({ $0 }).sorted(by: { $0.part < $1.part }) {
            c.problems += problems
            c.damagedParts += problems.map { String($0.prefix { $0 != ":" }) }
            c.damagedDocuments.formUnion(parts[i].docs)
        }
        // A file no part lists would be read by every reader that takes all parts.
        for kind in RecordKind.allCases {
            let expected = Set(parts.compactMap { $0.file(kind) == nil ? nil : PartLayout.fileName($0.index) })
            let names = (try? fm.contentsOfDirectory(atPath: dir + "/" + kind.rawValue)) ?? []
            for name in names.sorted() where !expected.contains(name) {
                c.problems.append("\(kind.rawValue)/\(name): not a part of this version (readers would read it)")
            }
        }
        return c
    }
}

extension FileIO {
    /// SHA-256, newline count and size of a file, read in 1 MB pieces; nil if it cannot be read.
    static func hashFile(_ path: String) -> (sha256: String, lines: Int, bytes: Int)? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hash = StreamingHash()
        var lines = 0
        var bytes = 0
        while true {
            let next: Data?
            do { next = try handle.read(upToCount: 1 << 20) } catch { return nil }
            guard let chunk = next, !chunk.isEmpty else { break }
            chunk.withUnsafeBytes { raw in
                hash.update(raw)
                guard let base = raw.baseAddress else { return }
                var at = 0
                while at < raw.count, let hit = memchr(base + at, 0x0A, raw.count - at) {
                    lines += 1
                    at = UnsafeRawPointer(hit) - base + 1
                }
            }
            bytes += chunk.count
        }
        return (hash.finalizeHex(), lines, bytes)
    }
}
