public import FolioDataset
public import FolioModel
import Foundation

/// The record lines of one version, read as the contract says: `<kind>.jsonl`, or a folder
/// `<kind>/` of `part-*.jsonl` files read in name order.
public struct VersionRecords {
    public let store: DatasetStore
    public let version: String

    public init(store: DatasetStore, version: String) {
        self.store = store
        self.version = version
    }

    /// The files holding one record kind, in reading order (all parts, by name).
    func files(_ kind: RecordKind) throws(StoreError) -> [String] {
        try store.recordFiles(kind, version: version)
    }

    /// Calls `body` with every line (without its `\n`, empty lines skipped) of one record
    /// kind and its 1-based number, reading the files a piece at a time: memory stays flat
    /// however large the version (what `export` and `report` read with).
    public func forEachLine(_ kind: RecordKind, _ body: (ArraySlice<UInt8>, Int) throws -> Void) throws {
        var number = 0
        for f in try files(kind) {
            guard let reader = LineReader(path: f) else { throw StoreError("cannot read \(f)") }
            while let raw = reader.next() {
                let line = raw.last == 0x0A ? raw.dropLast() : raw
                number += 1
                if line.isEmpty { continue }
                try body(line, number)
            }
        }
    }

    /// A cursor over one record kind's lines, for reading several kinds side by side.
    func cursor(_ kind: RecordKind) throws(StoreError) -> RecordCursor {
        try RecordCursor(kind: kind, version: version, files: files(kind))
    }

    /// Every line (without its `\n`) of one record kind, all in memory (small versions, tests).
    /// Every line (without its `\n`) of one record kind, all in memory (small versions, tests).
    public func lines(_ kind: RecordKind) throws(StoreError) -> [ArraySlice<UInt8>] {
        var out: [ArraySlice<UInt8>] = []
        for f in try store.recordFiles(kind, version: version) {
            guard let data = FileManager.default.contents(atPath: f) else { throw StoreError("cannot read \(f)") }
            let bytes = [UInt8](data)
            out.append(contentsOf: bytes.split(separator: 0x0A, omittingEmptySubsequences: true))
        }
        return out
    }

    /// Records of one kind decoded as `T`; a malformed line names its file and line.
    public func decode<T: Decodable>(_ type: T.Type, _ kind: RecordKind) throws -> [T] {
        let decoder = StoredRecords.decoder
        var result: [T] = []
        for (i, line) in try lines(kind).enumerated() {
            do {
                result.append(try decoder.decode(T.self, from: Data(line)))
            } catch {
                throw StoreError("\(version)/\(kind.fileName) line \(i + 1): \(error)")
            }
        }
        return result
    }

    /// Lines grouped by `doc_id`, in file order.
    public func linesByDocument(_ kind: RecordKind) throws(StoreError) -> [String: [ArraySlice<UInt8>]] {
        var out: [String: [ArraySlice<UInt8>]] = [:]
        for line in try lines(kind) {
            out[RecordLine.docId(line) ?? "", default: []].append(line)
        }
        return out
    }
}

/// Reads one record kind's lines in file order, one document at a time: `take(docId:)` hands
/// out the lines of that document, skipping any of documents before it (record files are in
/// `doc_id` order, so reading every kind this way is a merge join, each file read once).
final class RecordCursor {
    let kind: RecordKind
    let version: String
    private var files: [String]
    private var reader: LineReader?
    private var pending: (docId: String, line: ArraySlice<UInt8>)?
    private var number = 0

    init(kind: RecordKind, version: String, files: [String]) throws(StoreError) {
        self.kind = kind
        self.version = version
        self.files = files
    }

    private func nextLine() throws(StoreError) -> ArraySlice<UInt8>? {
        while true {
            if reader == nil {
                guard !files.isEmpty else { return nil }
                let f = files.removeFirst()
                guard let r = LineReader(path: f) else { throw StoreError("cannot read \(f)") }
                reader = r
            }
            guard let raw = reader?.next() else {
                reader = nil
                continue
            }
            number += 1
            let line = raw.last == 0x0A ? raw.dropLast() : raw
            if !line.isEmpty { return line }
        }
    }

    /// The lines of `docId` decoded as `T`; a malformed line names its file and line.
    func take<T: Decodable>(_ type: T.Type, docId: String, decoder: JSONDecoder) throws -> [T] {
        var out: [T] = []
        while true {
            if pending == nil {
                guard let line = try nextLine() else { return out }
                pending = (RecordLine.docId(line) ?? "", line)
            }
            guard let (id, line) = pending else { return out }
            if id == docId {
                do {
                    out.append(try decoder.decode(T.self, from: Data(line)))
                } catch {
                    throw StoreError("\(version)/\(kind.fileName) line \(number): \(error)")
                }
                pending = nil
            } else if DocOrder.less(id, docId) {
                pending = nil
            } else {
                return out
            }
        }
    }
}

/// Writes a file or folder atomically: into a hidden temporary sibling, then renamed.
enum AtomicOutput {
    /// Refuses to replace an existing `path` unless `force`; returns the temporary path to write.
    static func begin(_ path: String, force: Bool, directory: Bool) throws(StoreError) -> String {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDir) {
            if !force { throw StoreError("\(path) exists; pass --force to replace it", kind: .usage) }
            if isDir.boolValue != directory {
                throw StoreError("\(path) is a \(isDir.boolValue ? "folder" : "file"); give a \(directory ? "folder" : "file") path", kind: .usage)
            }
        }
        let url = URL(fileURLWithPath: path)
        let parent = url.deletingLastPathComponent().path
        do {
            try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw StoreError("cannot create \(parent): \(error.localizedDescription)")
        }
        let tmp = parent + "/." + url.lastPathComponent + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        try? fm.removeItem(atPath: tmp)
        return tmp
    }

    /// Moves the finished temporary into place (replacing what was there: `begin` checked --force).
    static func commit(_ tmp: String, to path: String) throws(StoreError) {
        let fm = FileManager.default
        if fm.fileExists(atPath: path) {
            // rename(2) replaces a file atomically; a folder has to be moved aside first.
            var isDir: ObjCBool = false
            _ = fm.fileExists(atPath: path, isDirectory: &isDir)
            if isDir.boolValue {
                let old = tmp + ".old"
                try? fm.removeItem(atPath: old)
                do { try fm.moveItem(atPath: path, toPath: old) } catch { throw StoreError("cannot replace \(path): \(error.localizedDescription)") }
                defer { try? fm.removeItem(atPath: old) }
                do { try fm.moveItem(atPath: tmp, toPath: path) } catch { throw StoreError("cannot move \(tmp) to \(path): \(error.localizedDescription)") }
                return
            }
        }
        if rename(tmp, path) != 0 {
            throw StoreError("cannot move \(tmp) to \(path): \(String(cString: strerror(errno)))")
        }
    }
}
