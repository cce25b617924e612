public import FolioModel
public import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension DatasetStore {
    /// The version to read: `requested` if given, else `CURRENT` (an unreadable `CURRENT` is
    /// an error of kind `.damaged` naming the repair).
    public func resolveVersion(_ requested: String?) throws(StoreError) -> String {
        if let requested {
            let id = requested.hasPrefix("v") ? requested : DatasetStore.versionId(Int(requested) ?? -1)
            guard DatasetStore.isVersionId(id), FileManager.default.fileExists(atPath: versionPath(id) + "/manifest.json") else {
                throw StoreError("no version '\(requested)' in \(root) (see `folio versions`)", kind: .usage)
            }
            return id
        }
        guard let current = try checkCurrent() else {
            if FileManager.default.fileExists(atPath: root) {
                throw StoreError("\(root) has no committed version yet (run `folio run` first)", kind: .usage)
            }
            throw StoreError("no dataset at \(root) (run `folio run`, or pass --dataset or set FOLIO_DATASET)", kind: .usage)
        }
        return current
    }

    /// Refuses a version that fails `verify` (an error of kind `.damaged` naming its first
    /// problems and the ways out), unless `allowDamaged`. What `export`, `report`, `diff` and
    /// `show` call before reading a version.
    public func requireIntact(_ version: String, allowDamaged: Bool) throws(StoreError) {
        guard !allowDamaged else { return }
        let problems = verify(version)
        guard !problems.isEmpty else { return }
        let shown = problems.prefix(3).joined(separator: "; ") + (problems.count > 3 ? "; and \(problems.count - 3) more" : "")
        throw StoreError("version \(version) of \(root) is damaged: \(shown). Run `folio verify --all --dataset \(root)`; "
            + "`folio repair` points CURRENT at the newest intact version; --allow-damaged reads it anyway", kind: .damaged)
    }

    /// The raw bytes of one record file of a version.
    public func recordData(_ kind: RecordKind, version: String) throws(StoreError) -> Data {
        let path = versionPath(version) + "/" + kind.fileName
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StoreError("cannot read \(path)")
        }
        return data
    }

    /// Records of one kind, optionally only those of `docId` (lines are filtered before decoding).
    public func records<T: Decodable>(_ type: T.Type, _ kind: RecordKind, version: String, docId: String? = nil) throws -> [T] {
        let data = try recordData(kind, version: version)
        guard let docId else { return try StoredRecords.decodeLines(T.self, from: data) }
        var selected = Data()
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: true) {
            if let id = RecordLine.docId(ArraySlice(line)), id == docId {
                selected.append(contentsOf: line)
                selected.append(0x0A)
            }
        }
        return try StoredRecords.decodeLines(T.self, from: selected)
    }

    /// Every problem found by recomputing a version's output hashes and counts against its
    /// manifest. Empty means the version is intact.
    public func verify(_ version: String) -> [String] {
        var problems: [String] = []
        let manifest: Manifest
        do { manifest = try self.manifest(version) } catch { return ["\(version): \(error)"] }
        if manifest.version != version { problems.append("\(version): manifest names version \(manifest.version)") }
        for output in manifest.outputs {
            let path = versionPath(version) + "/" + output.file
            guard let (sha, lines, bytes) = Self.hashFile(path) else {
                problems.append("\(version)/\(output.file): missing")
                continue
            }
            if bytes != output.bytes { problems.append("\(version)/\(output.file): \(bytes) bytes, manifest says \(output.bytes)") }
            if sha != output.sha256 { problems.append("\(version)/\(output.file): sha256 \(sha) differs from the manifest's \(output.sha256)") }
            if lines != output.records { problems.append("\(version)/\(output.file): \(lines) records, manifest says \(output.records)") }
        }
        let content = Manifest.contentHash(manifest.outputs)
        if content != manifest.contentSha256 { problems.append("\(version): content_sha256 does not match its outputs") }
        for kind in RecordKind.allCases where !manifest.outputs.contains(where: { $0.file == kind.fileName }) {
            problems.append("\(version): manifest lists no \(kind.fileName)")
        }
        return problems
    }

    /// SHA-256, newline count and size of a file, read 1 MB at a time (memory stays flat
    /// however large the version); nil if it cannot be opened.
    static func hashFile(_ path: String) -> (sha256: String, lines: Int, bytes: Int)? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var hash = StreamingHash()
        var lines = 0
        var bytes = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return -1 }
                return read(fd, base, raw.count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { break }
            buffer.withUnsafeBytes { raw in
                let chunk = UnsafeRawBufferPointer(rebasing: raw[0..<n])
                hash.update(chunk)
                for b in chunk where b == 0x0A { lines += 1 }
            }
            bytes += n
        }
        return (hash.finalizeHex(), lines, bytes)
    }

    /// Resolves a document given by an unambiguous suffix of its id.
    public func resolveDocument(_ query: String, version: String) throws -> DocumentRow {
        let docs = try records(DocumentRow.self, .documents, version: version)
        if let exact = docs.first(where: { $0.docId == query }) { return exact }
        var matches = docs.filter { $0.docId.hasSuffix("/" + query) || $0.docId.hasSuffix(query) }
        // Failing a suffix, any unambiguous part of the id (`Intel` for `pdf-text/Intel_ESG-report_2023`).
        if matches.isEmpty { matches = docs.filter { $0.docId.contains(query) } }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty {
            throw StoreError("no document matching '\(query)' in \(version) (\(docs.count) documents; ids look like '\(docs.first?.docId ?? "seeds/name")')",
                             kind: .usage)
        }
        throw StoreError("'\(query)' is ambiguous in \(version): " + matches.prefix(5).map(\.docId).joined(separator: ", "), kind: .usage)
    }
}
