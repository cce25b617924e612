public import FolioModel
public import Foundation

/// `manifest.json` of a version (see docs/dataset.md). Written once, when the version commits.
public struct Manifest: Codable, Sendable, Hashable {
    public struct PipelineInfo: Codable, Sendable, Hashable {
        public var name: String
        public var sha256: String
        public init(name: String, sha256: String) {
            self.name = name
            self.sha256 = sha256
        }
    }

    /// What happened to one input in this version.
    public enum InputStatus: String, Codable, Sendable, Hashable {
        case processed, reused, failed
    }

    public struct Input: Codable, Sendable, Hashable {
        public var source: String
        public var docId: String
        public var sha256: String
        public var bytes: Int
        public var status: InputStatus
        /// The documents the file holds, when it is not one document with `doc_id` (the parts
        /// of an EDGAR submission).
        public var documents: [String]?
        public init(source: String, docId: String, sha256: String, bytes: Int, status: InputStatus) {
            self.source = source
            self.docId = docId
            self.sha256 = sha256
            self.bytes = bytes
            self.status = status
        }
    }

    public struct Output: Codable, Sendable, Hashable {
        public var file: String
        public var sha256: String
        public var records: Int
        public var bytes: Int
        public init(file: String, sha256: String, records: Int, bytes: Int) {
            self.file = file
            self.sha256 = sha256
            self.records = records
            self.bytes = bytes
        }
    }

    /// `"1"`: the manifest lists every input (`inputs`), as the dataset contract (v1) says.
    /// `"2"` (`folio run --schema 2`): the inputs are only in the version's paged `inputs.idx`
    /// (hashed by `inputsIndexSha256`), which versions share page by page, so a nightly run
    /// does not rewrite an entry per input (docs/dataset.md, "Schema 2").
    public var schemaVersion: String = "1"

    /// The schema versions a run can write and readers read.
    public static let schemaVersions = ["1", "2"]

    /// The schema of a new dataset's first version (a run without `--schema`, `folio commit`
    /// of a first sharded run). A dataset then keeps the schema of its current version until
    /// `--schema` says otherwise, so a dataset made with schema 1 stays schema 1
    /// (docs/dataset.md, "Schema 2").
    public static let newDatasetSchemaVersion = "2"

    /// Whether `manifest.json` itself lists the inputs (schema 1); under schema 2 they are
    /// read from `inputs.idx` (`DatasetStore.manifest` fills `inputs` from it).
    public var listsInputs: Bool { schemaVersion == "1" }
    public var dataset: String
    public var version: String
    public var parent: String?
    public var createdAt: String
    public var toolVersion: String
    public var pipeline: PipelineInfo
    public var inputs: [Input]
    public var outputs: [Output]
    public var contentSha256: String
    /// SHA-256 of the version's `inputs.idx` (nil in versions made before it was recorded).
    public var inputsIndexSha256: String?
    /// SHA-256 of the version's `parts.idx`; nil for a version whose record files are single
    /// files (made before parts).
    public var partsIndexSha256: String?

    /// The output entry of a record kind: `cells/` (parts) or `cells.jsonl` (a single file).
    public func output(_ kind: RecordKind) -> Output? {
        outputs.first { $0.file == PartLayout.folderEntry(kind) || $0.file == kind.fileName }
    }

    public init(dataset: String, version: String, parent: String?, createdAt: String, toolVersion: String, pipeline: PipelineInfo, inputs: [Input], outputs: [Output], contentSha256: String) {
        self.dataset = dataset
        self.version = version
        self.parent = parent
        self.createdAt = createdAt
        self.toolVersion = toolVersion
        self.pipeline = pipeline
        self.inputs = inputs
        self.outputs = outputs
        self.contentSha256 = contentSha256
    }

    /// One hash over all outputs: SHA-256 of `file sha256 records\n` lines in file order.
    /// Equal inputs and pipeline give an equal hash, whatever the run's jobs or history.
    public static func contentHash(_ outputs: [Output]) -> String {
        var text = ""
        for o in outputs.sorted(by: { $0.file < $1.file }) {
            text += "\(o.file) \(o.sha256) \(o.records)\n"
        }
        return Hashing.sha256Hex(Array(text.utf8))
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, dataset, version, parent, createdAt, toolVersion, pipeline, inputs, outputs, contentSha256
        case inputsIndexSha256, partsIndexSha256
    }

    /// Writes every key, `parent` as null on a first version (the contract lists it).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(dataset, forKey: .dataset)
        try c.encode(version, forKey: .version)
        if let parent { try c.encode(parent, forKey: .parent) } else { try c.encodeNil(forKey: .parent) }
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(toolVersion, forKey: .toolVersion)
        try c.encode(pipeline, forKey: .pipeline)
        if listsInputs { try c.encode(inputs, forKey: .inputs) }
        try c.encode(outputs, forKey: .outputs)
        try c.encode(contentSha256, forKey: .contentSha256)
        try c.encodeIfPresent(inputsIndexSha256, forKey: .inputsIndexSha256)
        try c.encodeIfPresent(partsIndexSha256, forKey: .partsIndexSha256)
    }

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// Every field but `inputs` (left empty): decoding skips the entries.
    struct Header: Decodable {
        var schemaVersion: String
        var dataset: String
        var version: String
        var parent: String?
        var createdAt: String
        var toolVersion: String
        var pipeline: PipelineInfo
        var outputs: [Output]
        var contentSha256: String
        var inputsIndexSha256: String?
        var partsIndexSha256: String?
    }

    public static func decodeHeader(_ data: Data) throws -> Manifest {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let h = try decoder.decode(Header.self, from: withoutInputs(data) ?? data)
        var m = Manifest(dataset: h.dataset, version: h.version, parent: h.parent, createdAt: h.createdAt, toolVersion: h.toolVersion,
                         pipeline: h.pipeline, inputs: [], outputs: h.outputs, contentSha256: h.contentSha256)
        m.schemaVersion = h.schemaVersion
        m.inputsIndexSha256 = h.inputsIndexSha256
        m.partsIndexSha256 = h.partsIndexSha256
        return m
    }

    /// The manifest with `"inputs" : []`, cut out of the layout `encoded()` writes (strings
    /// are escaped, so the raw newlines around the array are structure); nil if the layout
    /// differs (then the whole manifest is decoded).
    static func withoutInputs(_ data: Data) -> Data? {
        let bytes = [UInt8](data)
        let open = Array("\n  \"inputs\" : [\n".utf8)
        let close = Array("\n  ],\n  \"outputs\" : [".utf8)
        let closeIndexed = Array("\n  ],\n  \"inputs_index_sha256\" : ".utf8)
        guard let a = find(open, in: bytes, last: false),
              let b = find(closeIndexed, in: bytes, last: true) ?? find(close, in: bytes, last: true), b >= a + open.count - 1 else {
            return nil
        }
        var out = Array(bytes[..<(a + open.count - 1)])
        out.append(0x5D)
        out.append(contentsOf: bytes[(b + 4)...])
        return Data(out)
    }

    static func find(_ pattern: [UInt8], in bytes: [UInt8], last: Bool) -> Int? {
        guard bytes.count >= pattern.count, let first = pattern.first else { return nil }
        let starts = 0...(bytes.count - pattern.count)
        let matches = { (i: Int) in bytes[i] == first && bytes[i..<(i + pattern.count)].elementsEqual(pattern) }
        return last ? starts.reversed().first(where: matches) : starts.first(where: matches)
    }

    /// Decodes every field; `inputs` may be absent (schema 2), then it is empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(String.self, forKey: .schemaVersion)
        dataset = try c.decode(String.self, forKey: .dataset)
        version = try c.decode(String.self, forKey: .version)
        parent = try c.decodeIfPresent(String.self, forKey: .parent)
        createdAt = try c.decode(String.self, forKey: .createdAt)
        toolVersion = try c.decode(String.self, forKey: .toolVersion)
        pipeline = try c.decode(PipelineInfo.self, forKey: .pipeline)
        inputs = try c.decodeIfPresent([Input].self, forKey: .inputs) ?? []
        outputs = try c.decode([Output].self, forKey: .outputs)
        contentSha256 = try c.decode(String.self, forKey: .contentSha256)
        inputsIndexSha256 = try c.decodeIfPresent(String.self, forKey: .inputsIndexSha256)
        partsIndexSha256 = try c.decodeIfPresent(String.self, forKey: .partsIndexSha256)
    }

    /// The manifest as written; under schema 2 its `inputs` are empty (they are in `inputs.idx`).
    public static func decode(_ data: Data) throws -> Manifest {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Manifest.self, from: data)
    }
}
