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

    /// The files holding one record kind of a version, in reading order: the kind's part
    /// files (`cells/part-*.jsonl`, by name), or its single file (`cells.jsonl`) in a version
    /// made before parts. Every reader in Folio takes records through this, as the contract
    /// asks of any reader: all parts, in name order.
    public func recordFiles(_ kind: RecordKind, version: String) throws(StoreError) -> [String] {
        let base = versionPath(version) + "/" + kind.rawValue
        let fm = FileManager.default
        if fm.fileExists(atPath: base + ".jsonl") { return [base + ".jsonl"] }
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: base, isDirectory: &isDir), isDir.boolValue, let names = try? fm.contentsOfDirectory(atPath: base) else {
            throw StoreError("\(version) has no \(kind.rawValue) records (looked for \(base)/ and \(base).jsonl)")
        }
        return names.filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }.sorted().map { base + "/" + $0 }
    }

    /// The raw bytes of one record kind of a version (its parts, concatenated).
    public func recordData(_ kind: RecordKind, version: String) throws(StoreError) -> Data {
        var data = Data()
        for path in try recordFiles(kind, version: version) {
            guard let part = FileManager.default.contents(atPath: path) else { throw StoreError("cannot read \(path)") }
            data.append(part)
        }
        return data
    }

    /// Records of one kind, optionally only those of `docId` (lines are filtered before
    /// decoding; with a part index, only the part holding the document is read).
    public func records<T: Decodable>(_ type: T.Type, _ kind: RecordKind, version: String, docId: String? = nil) throws -> [T] {
        guard let docId else { return try StoredRecords.decodeLines(T.self, from: try recordData(kind, version: version)) }
        var data: Data
        if let parts = PartIndex.read(versionPath: versionPath(version)),
           let part = parts.first(where: { $0.docs.contains(docId) }) {
            data = Data()
            if part.file(kind) != nil {
                let path = versionPath(version) + "/" + PartLayout.path(kind, part.index)
                guard let bytes = FileManager.default.contents(atPath: path) else { throw StoreError("cannot read \(path)") }
                data = bytes
            }
        } else {
            data = try recordData(kind, version: version)
        }
        var selected = Data()
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: true) {
            if let id = RecordLine.docId(ArraySlice(line)), id == docId {
                selected.append(contentsOf: line)
                selected.append(0x0A)
            }
        }
        return try StoredRecords.decodeLines(T.self, from: selected)
    }

    /// Every problem found by recomputing a version's hashes and record counts against its
    /// manifest (and its part index). Empty means the version is intact.
    public func verify(_ version: String, jobs: Int = 1) -> [String] {
        check(version, jobs: jobs).problems
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
