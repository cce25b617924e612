public import FolioModel
import Foundation

/// Writes the records of one new version, document by document, in doc_id order, as parts
/// (`PartLayout`): every record kind is a folder of part files, each part holding the same
/// whole documents in every kind.
///
/// Records come either from a freshly processed document (`append`) or, for a document
/// whose bytes and pipeline are unchanged, from the previous version (`copyPrevious`). A part
/// whose documents are all copied, and are exactly the documents of one part of the previous
/// version, is hard-linked from it (its bytes are equal: boundaries depend on ids only); a
/// part holding a processed document is written, with the copied documents' lines read from
/// the previous version's parts.
public final class VersionWriter {
    /// Where a finished writer's folder goes.
    enum Destination {
        case version
        /// A shard of a distributed run: renamed to this folder, `CURRENT` untouched.
        case shard(path: String)
    }

    public let versionId: String
    let store: DatasetStore
    /// The folder the version is written into until it commits (removed if it does not).
    public let stagingPath: String
    let destination: Destination
    private let kinds = RecordKind.allCases
    /// Per kind: the Merkle hash over its part lines, records and bytes.
    private var kindHashes: [StreamingHash]
    private var counts: [Int]
    private var sizes: [Int]
    private var previous: PreviousRecords?
    /// The parent version's folder, whose unchanged index pages are linked.
    private var parentPath: String?
    private var lastDocId: String?
    private var finished = false

    private let partsIndex: PagedIndexWriter
    private var partCount = 0
    /// The part being built.
    private var part: OpenPart?
    /// One reusable buffered file per kind for the part being written.
    private var partFiles: [AppendFile?]

    /// What this writer wrote and linked (for the run summary and the benchmark).
    public private(set) var stats = WriteStats()

    struct OpenPart {
        var index: Int
        var docs: [String] = []
        /// Set while every document so far is the same-position document of this part of the
        /// previous version (the part may still be linked); nil once anything is written.
        var linking: Int?
        var hashes: [StreamingHash]
        var records: [Int]
        var bytes: [Int]

        init(index: Int, kinds: Int) {
            self.index = index
            hashes = Array(repeating: StreamingHash(), count: kinds)
            records = Array(repeating: 0, count: kinds)
            bytes = Array(repeating: 0, count: kinds)
        }
    }

    init(store: DatasetStore, versionId: String, stagingPath: String, destination: Destination = .version) throws(StoreError) {
        self.store = store
        self.versionId = versionId
        self.stagingPath = stagingPath
        self.destination = destination
        kindHashes = Array(repeating: StreamingHash(), count: RecordKind.allCases.count)
        counts = Array(repeating: 0, count: RecordKind.allCases.count)
        sizes = counts
        partFiles = Array(repeating: nil, count: RecordKind.allCases.count)
        for kind in RecordKind.allCases { try FileIO.makeDirectory(stagingPath + "/" + kind.rawValue) }
        partsIndex = try PagedIndexWriter(dir: stagingPath, name: PartIndex.fileName, header: PartIndex.header)
    }

    /// Makes the previous version's records available to `copyPrevious` (and its index pages
    /// to be linked).
    public func attachPrevious(versionPath: String) -> Bool {
        partsIndex.parentDir = versionPath
        parentPath = versionPath
        previous = PreviousRecords(versionPath: versionPath)
        return previous != nil
    }

    private func checkOrder(_ docId: String) throws(StoreError) {
        if let last = lastDocId, !DocOrder.less(last, docId) {
            throw StoreError("internal error: documents written out of order (\(last) then \(docId))")
        }
        lastDocId = docId
    }

    /// Closes the open part when `docId` starts a new one, and opens the next.
    private func startPartIfNeeded(_ docId: String) throws(StoreError) -> Bool {
        if part != nil && !PartLayout.startsPart(docId) { return false }
        try finishPart()
        guard partCount < PartLayout.maxParts else {
            throw StoreError("a version cannot have more than \(PartLayout.maxParts) parts (about \(PartLayout.maxParts * Int(PartLayout.docsPerPart)) documents)")
        }
        part = OpenPart(index: partCount, kinds: kinds.count)
        partCount += 1
        return true
    }

    /// Appends a processed document's records.
    public func append(docId: String, _ output: DocumentOutput) throws(StoreError) {
        try checkOrder(docId)
        _ = try startPartIfNeeded(docId)
        try materialize()
        if let error = output.spill?.error { throw StoreError(error) }
        for (k, kind) in kinds.enumerated() {
            if let spill = output.spill, let range = spill.ranges[kind] {
                try copySpilled(k, from: spill.path, range, records: output.count(kind))
            } else {
                try write(k, output.bytes(kind), records: output.count(kind))
            }
        }
        part?.docs.append(docId)
        stats.documentsWritten += 1
    }

    /// Appends lines a large document streamed into a spill file, a chunk at a time.
    private func copySpilled(_ k: Int, from path: String, _ range: Range<Int>, records: Int) throws(StoreError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw StoreError.posix("open", path) }
        defer { close(fd) }
        var offset = range.lowerBound
        var chunk = [UInt8](repeating: 0, count: min(1 << 20, max(1, range.count)))
        while offset < range.upperBound {
            let want = min(chunk.count, range.upperBound - offset)
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, want, off_t(offset)) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw StoreError.posix("read", path) }
            if n == 0 { throw StoreError("\(path): ends before the \(range.count) bytes of records written to it") }
            try write(k, n == chunk.count ? chunk : Array(chunk[0..<n]), records: 0)
            offset += n
        }
        part?.records[k] += records
    }

    /// Appends one document's lines as they are (merging shards).
    func append(docId: String, lines: [RecordKind: (bytes: [UInt8], records: Int)]) throws(StoreError) {
        try checkOrder(docId)
        _ = try startPartIfNeeded(docId)
        try materialize()
        for (k, kind) in kinds.enumerated() {
            guard let l = lines[kind] else { continue }
            try write(k, l.bytes, records: l.records)
        }
        part?.docs.append(docId)
    }

    /// Copies a document's records from the previous version. Returns false when the
    /// previous version does not have them (the caller then processes the document).
    public func copyPrevious(docId: String) throws(StoreError) -> Bool {
        guard let previous else { return false }
        if let location = previous.locate(docId) {
            try checkOrder(docId)
            let started = try startPartIfNeeded(docId)
            if started && location.position == 0 {
                part?.linking = location.part
            } else if let p = part?.linking, p == location.part, location.position == part?.docs.count {
                // still the same documents as that part, in the same order
            } else {
                try materialize()
                try writeExtracted(previous.extract(docId: docId, part: location.part))
            }
            part?.docs.append(docId)
            return true
        }
        guard previous.parts == nil else { return false }
        // A version made before parts: its lines are found by reading its files.
        guard let extracted = previous.extract(docId: docId, part: 0), extracted[.documents]?.records ?? 0 > 0 else { return false }
        try checkOrder(docId)
        _ = try startPartIfNeeded(docId)
        try materialize()
        try writeExtracted(extracted)
        part?.docs.append(docId)
        return true
    }

    private func writeExtracted(_ lines: [RecordKind: (bytes: [UInt8], records: Int)]?) throws(StoreError) {
        guard let lines else { throw StoreError("the previous version lacks records it lists (run `folio verify`)") }
        for (k, kind) in kinds.enumerated() {
            guard let l = lines[kind] else { continue }
            try write(k, l.bytes, records: l.records)
        }
        stats.documentsCopied += 1
    }

    /// Turns a part that was going to be linked into one that is written: its documents so
    /// far are read from the previous version's part.
    private func materialize() throws(StoreError) {
        guard let p = part?.linking, let previous else { return }
        part?.linking = nil
        for id in part?.docs ?? [] {
            try writeExtracted(previous.extract(docId: id, part: p))
        }
    }

    private func write(_ k: Int, _ bytes: [UInt8], records: Int) throws(StoreError) {
        guard !bytes.isEmpty, let index = part?.index else { return }
        if part?.bytes[k] == 0 {
            let path = stagingPath + "/" + PartLayout.path(kinds[k], index)
            if let f = partFiles[k] { try f.reopen(path: path) } else { partFiles[k] = try AppendFile(path: path) }
        }
        try partFiles[k]?.write(bytes)
        bytes.withUnsafeBytes { part?.hashes[k].update($0) }
        part?.records[k] += records
        part?.bytes[k] += bytes.count
    }

    /// Closes the open part: links it from the previous version when it holds exactly the
    /// documents of one of its parts, else closes its written files; records it in the index.
    private func finishPart() throws(StoreError) {
        guard let candidate = part else { return }
        var files: [PartFile?] = Array(repeating: nil, count: kinds.count)
        let docs: [String]
        if let p = candidate.linking, let previous, let source = previous.parts?[p], source.docs.count == candidate.docs.count {
            for (k, kind) in kinds.enumerated() {
                guard let f = source.file(kind) else { continue }
                try FileIO.linkOrCopy(previous.versionPath + "/" + PartLayout.path(kind, p),
                                      stagingPath + "/" + PartLayout.path(kind, candidate.index))
                files[k] = f
                stats.bytesLinked += f.bytes
            }
            stats.partsLinked += 1
            stats.documentsLinked += candidate.docs.count
            docs = candidate.docs
        } else {
            try materialize()
            guard let open = part else { return }
            for k in kinds.indices where open.bytes[k] > 0 {
                try partFiles[k]?.close()
                files[k] = PartFile(sha256: open.hashes[k].finalizeHex(), records: open.records[k], bytes: open.bytes[k])
                stats.bytesWritten += open.bytes[k]
            }
            stats.partsWritten += 1
            docs = open.docs
        }
        part = nil
        let entry = PartEntry(index: candidate.index, docs: docs, files: files)
        var line: [UInt8] = []
        PartIndex.encode(entry, into: &line)
        try partsIndex.add(line, key: docs.first?.utf8 ?? "".utf8)
        for (k, kind) in kinds.enumerated() {
            guard let f = files[k] else { continue }
            kindHashes[k].update(PartIndex.kindHashLine(kind, candidate.index, f))
            counts[k] += f.records
            sizes[k] += f.bytes
        }
    }

    /// Record counts so far, by kind (complete once the version is committed).
    public func recordCounts() -> [RecordKind: Int] {
        var out: [RecordKind: Int] = [:]
        for (k, kind) in kinds.enumerated() { out[kind] = counts[k] + (part?.records[k] ?? 0) }
        return out
    }

    /// The manifest's fields besides its inputs and outputs.
    public struct ManifestInfo: Sendable {
        public var dataset: String
        public var parent: String?
        public var createdAt: String
        public var toolVersion: String
        public var pipeline: Manifest.PipelineInfo
        /// `"1"`: the manifest lists the inputs; `"2"`: only `inputs.idx` does (`Manifest.schemaVersion`).
        public var schemaVersion: String

        public init(dataset: String, parent: String?, createdAt: String, toolVersion: String, pipeline: Manifest.PipelineInfo,
                    schemaVersion: String = "1") {
            self.dataset = dataset
            self.parent = parent
            self.createdAt = createdAt
            self.toolVersion = toolVersion
            self.pipeline = pipeline
            self.schemaVersion = schemaVersion
        }
    }

    /// Finishes every part, writes the part index, the input index and the manifest, and
    /// commits the version atomically. `input(k)` gives the inputs by source, `0..<inputCount`;
    /// they are written as they come, never held together. Returns the manifest without its
    /// inputs.
    public func commit(_ info: ManifestInfo, inputCount: Int,
                       input: (Int) throws(StoreError) -> IndexedInput) throws(StoreError) -> Manifest {
        try finishPart()
        partFiles = Array(repeating: nil, count: kinds.count)
        let partsIndexSha256 = try partsIndex.finish()
        var outputs: [Manifest.Output] = []
        for (k, kind) in kinds.enumerated() {
            outputs.append(Manifest.Output(file: PartLayout.folderEntry(kind), sha256: kindHashes[k].finalizeHex(),
                                           records: counts[k], bytes: sizes[k]))
        }
        var manifest = Manifest(dataset: info.dataset, version: versionId, parent: info.parent, createdAt: info.createdAt,
                                toolVersion: info.toolVersion, pipeline: info.pipeline, inputs: [], outputs: outputs,
                                contentSha256: Manifest.contentHash(outputs))
        manifest.partsIndexSha256 = partsIndexSha256
        manifest.schemaVersion = info.schemaVersion
        let lists = manifest.listsInputs
        let index = try PagedIndexWriter(dir: stagingPath, name: InputIndex.fileName, header: InputIndex.header)
        index.parentDir = parentPath
        let json = try AppendFile(path: stagingPath + "/manifest.json")
        try json.write(ManifestJSON.head(contentSha256: manifest.contentSha256, createdAt: info.createdAt,
                                         dataset: info.dataset, hasInputs: inputCount > 0, listsInputs: lists))
        var line: [UInt8] = []
        var element: [UInt8] = []
        for k in 0..<inputCount {
            let entry = try input(k)
            line.removeAll(keepingCapacity: true)
            InputIndex.encode(entry, into: &line)
            try index.add(line, key: entry.input.source.utf8)
            guard lists else { continue }
            element.removeAll(keepingCapacity: true)
            ManifestJSON.input(entry.input, into: &element)
            element.append(contentsOf: k + 1 < inputCount ? [0x2C, 0x0A] : [0x0A])
            try json.write(element)
        }
        manifest.inputsIndexSha256 = try index.finish()
        try json.write(ManifestJSON.tail(manifest))
        try json.close()
        // Every part file and index page written (and every link made) is made durable in one
        // call, before the folder is renamed into place: a committed folder is always whole.
        try FileIO.syncFileSystem(stagingPath)
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
        partFiles = Array(repeating: nil, count: kinds.count)
        try? FileManager.default.removeItem(atPath: stagingPath)
    }
}

/// What a writer wrote and what it linked from the previous version.
public struct WriteStats: Sendable {
    public var partsWritten = 0
    public var partsLinked = 0
    public var bytesWritten = 0
    public var bytesLinked = 0
    /// Documents whose lines were copied from the previous version into a written part.
    public var documentsCopied = 0
    /// Documents in linked parts.
    public var documentsLinked = 0
    /// Processed documents written.
    public var documentsWritten = 0
}

/// The order of documents in every record file: by the UTF-8 bytes of `doc_id`.
public enum DocOrder {
    public static func less(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}

/// The previous version's records, for reuse: where each of its documents is (from its part
/// index), and its lines, read forward only (a merge join: documents are asked for in doc_id
/// order, each part file is read at most once, front to back).
final class PreviousRecords {
    let versionPath: String
    /// nil for a version written before parts (one file per kind, read as "part 0").
    let parts: [PartEntry]?
    private var cursor = (part: 0, position: 0)
    private var readers: [RecordKind: (part: Int, reader: LineReader?)] = [:]
    private var pending: [RecordKind: (docId: String, line: ArraySlice<UInt8>)] = [:]

    init?(versionPath: String) {
        self.versionPath = versionPath
        if FileManager.default.fileExists(atPath: versionPath + "/" + PartIndex.fileName) {
            guard let parts = PartIndex.read(versionPath: versionPath) else { return nil }
            self.parts = parts
        } else {
            for kind in RecordKind.allCases where !FileManager.default.fileExists(atPath: versionPath + "/" + kind.fileName) {
                return nil
            }
            parts = nil
        }
    }

    /// Where `docId` is in the previous version: its part and its position in the part; nil
    /// when it has no such document (or it is a version without parts). Ids are asked for in
    /// increasing order.
    func locate(_ docId: String) -> (part: Int, position: Int)? {
        guard let parts else { return nil }
        while cursor.part < parts.count {
            let docs = parts[cursor.part].docs
            while cursor.position < docs.count {
                let id = docs[cursor.position]
                if id == docId { return cursor }
                if !DocOrder.less(id, docId) { return nil }
                cursor.position += 1
            }
            cursor = (cursor.part + 1, 0)
        }
        return nil
    }

    private func reader(_ kind: RecordKind, part: Int) -> LineReader? {
        if let r = readers[kind], r.part == part { return r.reader }
        pending[kind] = nil
        let path: String
        if let parts {
            guard part < parts.count, parts[part].file(kind) != nil else {
                readers[kind] = (part, nil)
                return nil
            }
            path = versionPath + "/" + PartLayout.path(kind, part)
        } else {
            path = versionPath + "/" + kind.fileName
        }
        let r = LineReader(path: path)
        readers[kind] = (part, r)
        return r
    }

    /// Lines of `docId` in each kind, and how many, from `part` (0 for a version without
    /// parts); skips lines of documents before it. nil when a file cannot be opened.
    func extract(docId: String, part: Int) -> [RecordKind: (bytes: [UInt8], records: Int)]? {
        // A line of this document starts with exactly these bytes when its id needs no JSON
        // escape (the usual case): such lines are recognised without decoding their id.
        let key = RecordLine.plainPrefix(docId)
        var result: [RecordKind: (bytes: [UInt8], records: Int)] = [:]
        for kind in RecordKind.allCases {
            var out: [UInt8] = []
            var records = 0
            guard let reader = reader(kind, part: part) else {
                if parts?[part].file(kind) != nil { return nil }
                result[kind] = (out, 0)
                continue
            }
            while true {
                if pending[kind] == nil {
                    guard let line = reader.next() else { break }
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
