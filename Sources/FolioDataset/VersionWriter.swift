public import FolioModel
import Foundation

/// Writes the record files of one new version, document by document, in doc_id order.
///
/// Records come either from a freshly processed document (`append`) or, for a document
/// whose bytes and pipeline are unchanged, from the previous version (`copyPrevious`), so
/// unchanged documents cost a file copy, not a reprocessing.
public final class VersionWriter {
    /// Where a finished writer's folder goes.
    enum Destination {
        case version
        /// A shard of a distributed run: renamed to this folder, `CURRENT` untouched.
        case shard(path: String)
    }

    public let versionId: String
    let store: DatasetStore
    let stagingPath: String
    let destination: Destination
    private var files: [RecordKind: AppendFile] = [:]
    private var hashes: [RecordKind: StreamingHash] = [:]
    public private(set) var counts: [RecordKind: Int] = [:]
    private var sizes: [RecordKind: Int] = [:]
    private var previous: PreviousRecords?
    private var lastDocId: String?
    private var finished = false

    init(store: DatasetStore, versionId: String, stagingPath: String, destination: Destination = .version) throws(StoreError) {
        self.store = store
        self.versionId = versionId
        self.stagingPath = stagingPath
        self.destination = destination
        for kind in RecordKind.allCases {
            files[kind] = try AppendFile(path: stagingPath + "/" + kind.fileName)
            hashes[kind] = StreamingHash()
            counts[kind] = 0
            sizes[kind] = 0
        }
    }

    /// Makes the previous version's records available to `copyPrevious`.
    public func attachPrevious(versionPath: String) -> Bool {
        previous = PreviousRecords(versionPath: versionPath)
        return previous != nil
    }

    private func checkOrder(_ docId: String) throws(StoreError) {
        if let last = lastDocId, !DocOrder.less(last, docId) {
            throw StoreError("internal error: documents written out of order (\(last) then \(docId))")
        }
        lastDocId = docId
    }

    private func write(_ kind: RecordKind, _ bytes: [UInt8], records: Int) throws(StoreError) {
        guard !bytes.isEmpty else { return }
        try files[kind]?.write(bytes)
        bytes.withUnsafeBytes { hashes[kind]?.update($0) }
        counts[kind, default: 0] += records
        sizes[kind, default: 0] += bytes.count
    }

    /// Appends a processed document's records.
    public func append(docId: String, _ output: DocumentOutput) throws(StoreError) {
        try checkOrder(docId)
        for kind in RecordKind.allCases {
            try write(kind, output.bytes(kind), records: output.count(kind))
        }
    }

    /// Copies a document's records from the previous version. Returns false when the
    /// previous version does not have them (the caller then processes the document).
    public func copyPrevious(docId: String) throws(StoreError) -> Bool {
        guard let previous else { return false }
        let extracted = previous.extract(docId: docId)
        guard let extracted, extracted[.documents]?.records ?? 0 > 0 else { return false }
        try checkOrder(docId)
        for kind in RecordKind.allCases {
            guard let lines = extracted[kind] else { continue }
            try write(kind, lines.bytes, records: lines.records)
        }
        return true
    }

    /// Appends one record line as it is (merging shards, whose files are already in order).
    func appendLine(_ kind: RecordKind, _ line: ArraySlice<UInt8>) throws(StoreError) {
        var bytes = Array(line)
        if bytes.last != 0x0A { bytes.append(0x0A) }
        try write(kind, bytes, records: 1)
    }

    /// Record counts so far, by kind.
    public func recordCounts() -> [RecordKind: Int] { counts }

    /// The manifest's fields besides its inputs and outputs.
    public struct ManifestInfo: Sendable {
        public var dataset: String
        public var parent: String?
        public var createdAt: String
        public var toolVersion: String
        public var pipeline: Manifest.PipelineInfo

        public init(dataset: String, parent: String?, createdAt: String, toolVersion: String, pipeline: Manifest.PipelineInfo) {
            self.dataset = dataset
            self.parent = parent
            self.createdAt = createdAt
            self.toolVersion = toolVersion
            self.pipeline = pipeline
        }
    }

    /// Finishes every file, writes the manifest and the input index, and commits the version
    /// atomically. `input(k)` gives the inputs by source, `0..<inputCount`; they are written
    /// as they come, never held together. Returns the manifest without its inputs.
    public func commit(_ info: ManifestInfo, inputCount: Int,
                       input: (Int) throws(StoreError) -> IndexedInput) throws(StoreError) -> Manifest {
        var outputs: [Manifest.Output] = []
        for kind in RecordKind.allCases {
            try files[kind]?.syncAndClose()
            outputs.append(Manifest.Output(file: kind.fileName, sha256: hashes[kind]?.finalizeHex() ?? "",
                                           records: counts[kind] ?? 0, bytes: sizes[kind] ?? 0))
        }
        let manifest = Manifest(dataset: info.dataset, version: versionId, parent: info.parent, createdAt: info.createdAt,
                                toolVersion: info.toolVersion, pipeline: info.pipeline, inputs: [], outputs: outputs,
                                contentSha256: Manifest.contentHash(outputs))
        // The index first: a folder with a manifest always has its index complete.
        let index = try AppendFile(path: stagingPath + "/" + InputIndex.fileName)
        let json = try AppendFile(path: stagingPath + "/manifest.json")
        try index.write(InputIndex.header)
        try json.write(ManifestJSON.head(contentSha256: manifest.contentSha256, createdAt: info.createdAt,
                                         dataset: info.dataset, hasInputs: inputCount > 0))
        var line: [UInt8] = []
        var element: [UInt8] = []
        for k in 0..<inputCount {
            let entry = try input(k)
            line.removeAll(keepingCapacity: true)
            InputIndex.encode(entry, into: &line)
            try index.write(line)
            element.removeAll(keepingCapacity: true)
            ManifestJSON.input(entry.input, into: &element)
            element.append(contentsOf: k + 1 < inputCount ? [0x2C, 0x0A] : [0x0A])
            try json.write(element)
        }
        try json.write(ManifestJSON.tail(manifest))
        try index.syncAndClose()
        try json.syncAndClose()
        switch destination {
        case .version:
            try store.commit(stagingPath: stagingPath, versionId: versionId)
        case let .shard(path):
            FileIO.syncDirectory(stagingPath)
            try? FileManager.default.removeItem(atPath: path)
            try FileIO.rename(stagingPath, path)
            FileIO.syncDirectory((path as NSString).deletingLastPathComponent)
        }
        finished = true
        return manifest
    }

    /// Abandons the version (nothing committed); removes the staging folder.
    public func discard() {
        guard !finished else { return }
        finished = true
        files.removeAll()
        try? FileManager.default.removeItem(atPath: stagingPath)
    }
}

/// The order of documents in every record file: by the UTF-8 bytes of `doc_id`.
public enum DocOrder {
    public static func less(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}

/// Streams the previous version's record files in doc_id order and hands out one
/// document's lines at a time (a merge join: each file is read once, front to back).
final class PreviousRecords {
    private var readers: [RecordKind: LineReader] = [:]
    private var pending: [RecordKind: (docId: String, line: ArraySlice<UInt8>)] = [:]

    init?(versionPath: String) {
        for kind in RecordKind.allCases {
            guard let r = LineReader(path: versionPath + "/" + kind.fileName) else { return nil }
            readers[kind] = r
        }
    }

    /// Lines of `docId` in each file and how many; skips lines of documents before it.
    func extract(docId: String) -> [RecordKind: (bytes: [UInt8], records: Int)]? {
        // A line of this document starts with exactly these bytes when its id needs no JSON
        // escape (the usual case): such lines are recognised without decoding their id.
        let key = RecordLine.plainPrefix(docId)
        var result: [RecordKind: (bytes: [UInt8], records: Int)] = [:]
        for kind in RecordKind.allCases {
            var out: [UInt8] = []
            var records = 0
            while true {
                if pending[kind] == nil {
                    guard let line = readers[kind]?.next() else { break }
                    if let key, line.starts(with: key) {
                        out.append(contentsOf: line)
                        records += 1
                        continue
                    }
                    guard let id = RecordLine.docId(line) else { continue }
                    pending[kind] = (id, line)
                }
                guard let (id, line) = pending[kind] else { break }
                if id == docId {
                    out.append(contentsOf: line)
                    records += 1
                    pending[kind] = nil
                } else if DocOrder.less(id, docId) {
                    pending[kind] = nil  // a document no longer in the inputs
                } else {
                    break
                }
            }
            result[kind] = (out, records)
        }
        return result
    }
}

/// Reads the `doc_id` that starts every record line: `{"doc_id":"...",`.
public enum RecordLine {
    /// `{"doc_id":"<id>"` when `id` is written as it is (no byte JSON escapes: `"`, `\\`,
    /// control characters, DEL), else nil. A line starting with it has exactly this id: the
    /// closing quote cannot be part of an escaped id.
    static func plainPrefix(_ id: String) -> [UInt8]? {
        var out = Array(#"{"doc_id":""#.utf8)
        for c in id.utf8 {
            guard c >= 0x20, c != 0x22, c != 0x5C, c != 0x7F else { return nil }
            out.append(c)
        }
        out.append(0x22)
        return out
    }

    public static func docId(_ line: ArraySlice<UInt8>) -> String? {
        let prefix = Array(#"{"doc_id":""#.utf8)
        guard line.count > prefix.count, line.starts(with: prefix) else { return nil }
        var out: [UInt8] = []
        var i = line.startIndex + prefix.count
        while i < line.endIndex {
            let c = line[i]
            if c == 0x22 { return String(decoding: out, as: UTF8.self) }
            if c == 0x5C, i + 1 < line.endIndex {
                let e = line[i + 1]
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    guard i + 5 < line.endIndex,
                          let v = UInt32(String(decoding: line[(i + 2)...(i + 5)], as: UTF8.self), radix: 16),
                          let scalar = Unicode.Scalar(v) else { return nil }
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                    i += 6
                    continue
                default: out.append(e)
                }
                i += 2
                continue
            }
            out.append(c)
            i += 1
        }
        return nil
    }
}
