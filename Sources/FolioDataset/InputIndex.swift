import FolioModel
import Foundation

/// What `stat` said about an input file when a run looked at it: enough to tell, without
/// reading the file again, that it is the file a version recorded.
public struct FileStamp: Sendable, Hashable {
    public var size: Int64
    public var mtimeNs: Int64
    public var ctimeNs: Int64
    public var inode: UInt64
    public var device: UInt64

    public init(size: Int64, mtimeNs: Int64, ctimeNs: Int64, inode: UInt64, device: UInt64) {
        self.size = size
        self.mtimeNs = mtimeNs
        self.ctimeNs = ctimeNs
        self.inode = inode
        self.device = device
    }
}

/// One input of a version as the input index records it: its manifest entry and, when the
/// file's times were settled when it was read, its stamp.
public struct IndexedInput: Sendable, Hashable {
    public var input: Manifest.Input
    public var stamp: FileStamp?

    public init(input: Manifest.Input, stamp: FileStamp?) {
        self.input = input
        self.stamp = stamp
    }
}

/// `inputs.idx` of a version (a Folio addition beside the manifest, not a record file; stored in
/// pages, `PagedIndex`): the manifest's `inputs` in a compact line format, each with the file's stamp (size, mtime and
/// ctime in nanoseconds, inode, device). The next run trusts an input whose stamp is unchanged
/// without reading or hashing it (`--rehash` turns this off), and reads this file instead of
/// decoding the whole manifest.
///
/// Format: a first line `folio-inputs<TAB>1`, then one line per input, by source:
/// `source doc_id sha256 bytes status size mtime_ns ctime_ns inode device [documents...]`,
/// tab-separated; strings escape `\` `TAB` `LF` `CR` as `\\` `\t` `\n` `\r`; a missing stamp is
/// `-` in its five fields.
public enum InputIndex {
    public static let fileName = "inputs.idx"
    static let header = Array("folio-inputs\t1\n".utf8)

    /// Appends one input's line to `out`.
    public static func encode(_ entry: IndexedInput, into out: inout [UInt8]) {
        let i = entry.input
        escape(i.source, into: &out)
        out.append(0x09)
        escape(i.docId, into: &out)
        out.append(0x09)
        escape(i.sha256, into: &out)
        out.append(0x09)
        out.append(contentsOf: String(i.bytes).utf8)
        out.append(0x09)
        out.append(contentsOf: i.status.rawValue.utf8)
        if let s = entry.stamp {
            for n in [String(s.size), String(s.mtimeNs), String(s.ctimeNs), String(s.inode), String(s.device)] {
                out.append(0x09)
                out.append(contentsOf: n.utf8)
            }
        } else {
            for _ in 0..<5 { out.append(contentsOf: [0x09, 0x2D]) }
        }
        for d in i.documents ?? [] {
            out.append(0x09)
            escape(d, into: &out)
        }
        out.append(0x0A)
    }

    static func escape(_ s: String, into out: inout [UInt8]) {
        for b in s.utf8 {
            switch b {
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            default: out.append(b)
            }
        }
    }

    static func unescape(_ field: ArraySlice<UInt8>) -> String {
        guard field.contains(0x5C) else { return String(decoding: field, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(field.count)
        var i = field.startIndex
        while i < field.endIndex {
            let b = field[i]
            if b == 0x5C, i + 1 < field.endIndex {
                switch field[i + 1] {
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                default: out.append(field[i + 1])
                }
                i += 2
            } else {
                out.append(b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func integer(_ field: ArraySlice<UInt8>) -> Int64? {
        guard !field.isEmpty, field.count <= 19 else { return nil }
        var v: Int64 = 0
        var negative = false
        var i = field.startIndex
        if field[i] == 0x2D {
            negative = true
            i += 1
            if i == field.endIndex { return nil }
        }
        while i < field.endIndex {
            let d = field[i] &- 0x30
            guard d < 10 else { return nil }
            // 19 digits may exceed `Int64.max`: a damaged index line is invalid, not a trap.
            let (times10, o1) = v.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(Int64(d))
            if o1 || o2 { return nil }
            v = sum
            i += 1
        }
        return negative ? -v : v
    }

    /// Parses one line (without its newline); nil if it is not a valid entry.
    static func decode(_ line: ArraySlice<UInt8>) -> IndexedInput? {
        var fields: [ArraySlice<UInt8>] = []
        var start = line.startIndex
        for i in line.indices where line[i] == 0x09 {
            fields.append(line[start..<i])
            start = i + 1
        }
        fields.append(line[start..<line.endIndex])
        guard fields.count >= 10, let bytes = integer(fields[3]),
              let status = Manifest.InputStatus(rawValue: String(decoding: fields[4], as: UTF8.self)) else { return nil }
        var input = Manifest.Input(source: unescape(fields[0]), docId: unescape(fields[1]), sha256: unescape(fields[2]),
                                   bytes: Int(bytes), status: status)
        if fields.count > 10 { input.documents = fields[10...].map(unescape) }
        var stamp: FileStamp?
        if let size = integer(fields[5]), let m = integer(fields[6]), let c = integer(fields[7]),
           let ino = UInt64(String(decoding: fields[8], as: UTF8.self)), let dev = UInt64(String(decoding: fields[9], as: UTF8.self)) {
            stamp = FileStamp(size: size, mtimeNs: m, ctimeNs: c, inode: ino, device: dev)
        }
        return IndexedInput(input: input, stamp: stamp)
    }

    /// Every entry of a version's index, in file order; nil when the version has none (made
    /// before the index existed) or it cannot be read whole.
    public static func read(versionPath: String) -> [IndexedInput]? {
        PagedIndex.content(versionPath + "/" + fileName).flatMap(parse)
    }

    /// Every entry of an index's bytes; nil when they are not a whole index.
    static func parse(_ bytes: [UInt8]) -> [IndexedInput]? {
        guard bytes.starts(with: header) else { return nil }
        var out: [IndexedInput] = []
        var start = header.count
        while start < bytes.count {
            guard let nl = bytes[start...].firstIndex(of: 0x0A) else { return nil }  // a torn last line
            guard let entry = decode(bytes[start..<nl]) else { return nil }
            out.append(entry)
            start = nl + 1
        }
        return out
    }
}

extension DatasetStore {
    /// The inputs a version recorded, with their stamps: from its `inputs.idx` when that
    /// matches the SHA-256 the manifest recorded for it, else from the manifest (no stamps, so
    /// every input is hashed again) with a warning saying why. `header` is the version's
    /// manifest without its inputs.
    public func recordedInputs(_ version: String, header: Manifest) throws(StoreError) -> (inputs: [IndexedInput], warning: String?) {
        var warning: String?
        switch PagedIndex.load(versionPath(version) + "/" + InputIndex.fileName, recordedSha256: header.inputsIndexSha256) {
        case let .ok(content):
            if let entries = InputIndex.parse(content) { return (entries, nil) }
        case let .damaged(why):
            warning = "\(version)/\(InputIndex.fileName) was changed or damaged (\(why)); "
                + "the inputs are taken from manifest.json and every input is hashed again"
        case .missing:
            if header.inputsIndexSha256 != nil { warning = "\(version)/\(InputIndex.fileName) is missing; every input is hashed again" }
        }
        guard header.listsInputs else {
            // Schema 2: the index is the only list of the inputs; none is known, so every
            // input is hashed and processed again.
            return ([], (warning ?? "\(version)/\(InputIndex.fileName) is missing") + "; under schema 2 it is the only list of inputs, so every input is processed again")
        }
        return (try manifest(version).inputs.map { IndexedInput(input: $0, stamp: nil) }, warning)
    }

    /// The inputs of a schema-2 manifest, read from `inputs.idx` (checked against the
    /// manifest's hash of it, page by page); an error of kind `.damaged` when it cannot be.
    func indexedInputs(_ version: String, _ m: Manifest) throws(StoreError) -> [Manifest.Input] {
        let path = versionPath(version) + "/" + InputIndex.fileName
        guard let recorded = m.inputsIndexSha256 else {
            throw StoreError("version \(version): its manifest (schema \(m.schemaVersion)) has no inputs_index_sha256", kind: .damaged)
        }
        switch PagedIndex.load(path, recordedSha256: recorded) {
        case let .ok(content):
            guard let entries = InputIndex.parse(content) else {
                throw StoreError("version \(version): \(InputIndex.fileName) is not a valid input index", kind: .damaged)
            }
            return entries.map(\.input)
        case .missing:
            throw StoreError("version \(version): \(InputIndex.fileName) is missing", kind: .damaged)
        case let .damaged(why):
            throw StoreError("version \(version): \(InputIndex.fileName) was changed or damaged (\(why))", kind: .damaged)
        }
    }
}

/// Writes `manifest.json` piece by piece, in the exact bytes `Manifest.encoded()` (Foundation's
/// pretty-printed, key-sorted JSON) gives, so a manifest of any number of inputs is written
/// without holding it, or its inputs, in memory.
struct ManifestJSON {
    var out: [UInt8] = []

    static func string(_ s: String, into out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0..<0x20:
                out.append(contentsOf: Array(#"\u00"#.utf8))
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 0xF)])
            default: out.append(b)
            }
        }
        out.append(0x22)
    }

    static func indent(_ level: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(0x20, count: 2 * level))
    }

    /// `<indent>"key" : ` at `level`.
    static func key(_ k: String, _ level: Int, into out: inout [UInt8]) {
        indent(level, into: &out)
        string(k, into: &out)
        out.append(contentsOf: [0x20, 0x3A, 0x20])
    }

    /// `<indent>"key" : "value",\n` (or a number; no comma after the last field of an object).
    static func field(_ k: String, _ level: Int, _ value: String, quoted: Bool = true, last: Bool = false, into out: inout [UInt8]) {
        key(k, level, into: &out)
        if quoted { string(value, into: &out) } else { out.append(contentsOf: value.utf8) }
        out.append(contentsOf: last ? [0x0A] : [0x2C, 0x0A])
    }

    /// One element of `inputs` (at level 2), without a separator after it.
    static func input(_ i: Manifest.Input, into out: inout [UInt8]) {
        indent(2, into: &out)
        out.append(contentsOf: [0x7B, 0x0A])
        field("bytes", 3, String(i.bytes), quoted: false, into: &out)
        field("doc_id", 3, i.docId, into: &out)
        if let docs = i.documents {
            key("documents", 3, into: &out)
            array(docs.count, level: 3, into: &out) { k, out in
                indent(4, into: &out)
                string(docs[k], into: &out)
            }
            out.append(contentsOf: [0x2C, 0x0A])
        }
        field("sha256", 3, i.sha256, into: &out)
        field("source", 3, i.source, into: &out)
        field("status", 3, i.status.rawValue, last: true, into: &out)
        indent(2, into: &out)
        out.append(0x7D)
    }

    /// An array whose elements `element` writes (indented, without separators) at `level`.
    static func array(_ count: Int, level: Int, into out: inout [UInt8], _ element: (Int, inout [UInt8]) -> Void) {
        out.append(contentsOf: [0x5B, 0x0A])
        if count == 0 { out.append(0x0A) }
        for k in 0..<count {
            element(k, &out)
            out.append(contentsOf: k + 1 < count ? [0x2C, 0x0A] : [0x0A])
        }
        indent(level, into: &out)
        out.append(0x5D)
    }

    /// Everything before the first input: `{`, `content_sha256`, `created_at`, `dataset`, `"inputs" : [`
    /// (without `inputs` when the manifest does not list them: schema 2).
    static func head(contentSha256: String, createdAt: String, dataset: String, hasInputs: Bool, listsInputs: Bool = true) -> [UInt8] {
        var out: [UInt8] = [0x7B, 0x0A]
        field("content_sha256", 1, contentSha256, into: &out)
        field("created_at", 1, createdAt, into: &out)
        field("dataset", 1, dataset, into: &out)
        guard listsInputs else { return out }
        key("inputs", 1, into: &out)
        out.append(contentsOf: [0x5B, 0x0A])
        if !hasInputs { out.append(0x0A) }
        return out
    }

    /// Everything after the last input: `]`, `outputs`, `parent`, `pipeline`, `schema_version`,
    /// `tool_version`, `version`, `}` and the final newline.
    static func tail(_ m: Manifest) -> [UInt8] {
        var out: [UInt8] = []
        if m.listsInputs {
            indent(1, into: &out)
            out.append(contentsOf: [0x5D, 0x2C, 0x0A])
        }
        if let h = m.inputsIndexSha256 { field("inputs_index_sha256", 1, h, into: &out) }
        key("outputs", 1, into: &out)
        array(m.outputs.count, level: 1, into: &out) { k, out in
            let o = m.outputs[k]
            indent(2, into: &out)
            out.append(contentsOf: [0x7B, 0x0A])
            field("bytes", 3, String(o.bytes), quoted: false, into: &out)
            field("file", 3, o.file, into: &out)
            field("records", 3, String(o.records), quoted: false, into: &out)
            field("sha256", 3, o.sha256, last: true, into: &out)
            indent(2, into: &out)
            out.append(0x7D)
        }
        out.append(contentsOf: [0x2C, 0x0A])
        key("parent", 1, into: &out)
        if let p = m.parent { string(p, into: &out) } else { out.append(contentsOf: Array("null".utf8)) }
        out.append(contentsOf: [0x2C, 0x0A])
        if let h = m.partsIndexSha256 { field("parts_index_sha256", 1, h, into: &out) }
        key("pipeline", 1, into: &out)
        out.append(contentsOf: [0x7B, 0x0A])
        field("name", 2, m.pipeline.name, into: &out)
        field("sha256", 2, m.pipeline.sha256, last: true, into: &out)
        indent(1, into: &out)
        out.append(contentsOf: [0x7D, 0x2C, 0x0A])
        field("schema_version", 1, m.schemaVersion, into: &out)
        field("tool_version", 1, m.toolVersion, into: &out)
        field("version", 1, m.version, last: true, into: &out)
        out.append(contentsOf: [0x7D, 0x0A])
        return out
    }

    /// The whole manifest (for tests and small manifests): equal to `Manifest.encoded()`.
    static func encode(_ m: Manifest) -> [UInt8] {
        var out = head(contentSha256: m.contentSha256, createdAt: m.createdAt, dataset: m.dataset, hasInputs: !m.inputs.isEmpty,
                       listsInputs: m.listsInputs)
        for (k, i) in m.inputs.enumerated() where m.listsInputs {
            input(i, into: &out)
            out.append(contentsOf: k + 1 < m.inputs.count ? [0x2C, 0x0A] : [0x0A])
        }
        out.append(contentsOf: tail(m))
        return out
    }
}
