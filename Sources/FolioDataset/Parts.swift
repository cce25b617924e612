public import FolioModel
import Foundation

/// How a version's records are cut into parts (docs/dataset.md, "Parts").
///
/// Every record kind is a folder of parts, `cells/part-000000.jsonl`, `cells/part-000001.jsonl`,
/// ...: read in name order, their concatenation is the kind's records in `doc_id` order. A
/// part holds whole documents, and the same documents in every kind (part 17 of `cells/` and
/// part 17 of `tables/` cover the same documents); a kind with no record in a part has no file
/// for it.
///
/// **Boundaries are content-defined on `doc_id`**: a new part starts at a document whose id
/// hashes to 0 modulo `docsPerPart` (and at the first document); with `docsPerPart` 1 every
/// document is a part of its own. Whether a document starts a part depends on its id alone, so
/// adding, removing or changing a document changes only the part it falls into: every other
/// part holds the same documents with the same bytes as in the previous version, and is
/// hard-linked from it instead of written again. Parts therefore depend only on the content,
/// never on the history of runs or on `--jobs`.
public enum PartLayout {
    /// Documents per part on average (geometric: 1, 2, 3, ... with mean this). One: a changed
    /// document rewrites only its own records (a nightly run changing 1% of the documents
    /// writes ~1% of the records), at about 8 files per document, nearly all hard links.
    public static let docsPerPart: UInt64 = 1

    /// The most parts a version may have: part names have six digits so that name order is
    /// part order for every reader (a million documents at the mean above).
    public static let maxParts = 1_000_000

    /// Whether `docId` starts a new part (besides the first document of a version).
    public static func startsPart(_ docId: String) -> Bool {
        mix(fnv1a(docId.utf8)) % docsPerPart == 0
    }

    /// FNV-1a over the id's UTF-8 bytes (wrapping arithmetic: a hash, never a count).
    static func fnv1a<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        return h
    }

    /// The SplitMix64 finaliser: spreads FNV's low bits, which differ little between ids that
    /// differ only in their last characters (`gen/00017`, `gen/00018`).
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// `part-000017.jsonl`.
    public static func fileName(_ index: Int) -> String {
        let digits = String(index)
        return "part-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits + ".jsonl"
    }

    /// `cells/part-000017.jsonl`: a part file's path inside its version folder.
    public static func path(_ kind: RecordKind, _ index: Int) -> String {
        kind.rawValue + "/" + fileName(index)
    }

    /// The manifest's `file` for a kind written as parts: `cells/`.
    public static func folderEntry(_ kind: RecordKind) -> String { kind.rawValue + "/" }
}

/// One part file: its hash, records and bytes.
public struct PartFile: Sendable, Hashable {
    public var sha256: String
    public var records: Int
    public var bytes: Int
}

/// One part of a version: the documents it holds, in order, and its file in each kind.
public struct PartEntry: Sendable, Hashable {
    public var index: Int
    public var docs: [String]
    /// By `RecordKind.allCases` order; nil where the kind has no record in this part.
    public var files: [PartFile?]

    public func file(_ kind: RecordKind) -> PartFile? {
        guard let k = RecordKind.allCases.firstIndex(of: kind), k < files.count else { return nil }
        return files[k]
    }
}

/// `parts.idx` of a version: its parts, each with the documents it holds and its file in
/// every kind. The next run reads it to know, without reading any record, which parts it can
/// link unchanged and where a reused document's lines are; `verify` and the reuse check read
/// it to know which documents a damaged part holds. Its SHA-256 is in the manifest
/// (`parts_index_sha256`).
///
/// Format (its content; stored in pages, `PagedIndex`): a first line `folio-parts<TAB>2`; then
/// per part a line `<docs> (<sha256> <records> <bytes>) x 8 kinds` (tab-separated, kinds in the
/// order of `RecordKind.allCases`, `- 0 0` for a kind without a file), followed by one line per
/// document of the part: a TAB and the `doc_id` (escaped as in `inputs.idx`). A part's index is
/// its position, not written, so that a document added or removed changes no other part's
/// lines (and no other page). Format 1, written whole by earlier releases, starts each part
/// line with `<index>`; it is still read.
public enum PartIndex {
    public static let fileName = "parts.idx"
    static let header = Array("folio-parts\t2\n".utf8)
    static let headerV1 = Array("folio-parts\t1\n".utf8)

    /// Appends one part's lines to `out`.
    static func encode(_ part: PartEntry, into out: inout [UInt8]) {
        out.append(contentsOf: String(part.docs.count).utf8)
        for k in RecordKind.allCases.indices {
            out.append(0x09)
            if k < part.files.count, let f = part.files[k] {
                out.append(contentsOf: f.sha256.utf8)
                out.append(0x09)
                out.append(contentsOf: String(f.records).utf8)
                out.append(0x09)
                out.append(contentsOf: String(f.bytes).utf8)
            } else {
                out.append(contentsOf: Array("-\t0\t0".utf8))
            }
        }
        out.append(0x0A)
        for d in part.docs {
            out.append(0x09)
            InputIndex.escape(d, into: &out)
            out.append(0x0A)
        }
    }

    /// Parses a whole index; nil when it is not one (torn, damaged, another format).
    static func decode(_ bytes: [UInt8]) -> [PartEntry]? {
        let indexed = bytes.starts(with: headerV1)
        guard indexed || bytes.starts(with: header) else { return nil }
        let lead = indexed ? 1 : 0  // format 1 writes the part's index first
        var parts: [PartEntry] = []
        var expected: [Int] = []
        var start = header.count
        let kinds = RecordKind.allCases.count
        while start < bytes.count {
            guard let nl = bytes[start...].firstIndex(of: 0x0A) else { return nil }
            let line = bytes[start..<nl]
            start = nl + 1
            if line.first == 0x09 {
                guard !parts.isEmpty else { return nil }
                parts[parts.count - 1].docs.append(InputIndex.unescape(line.dropFirst()))
                continue
            }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard fields.count == lead + 1 + 3 * kinds, let docs = number(fields[lead]), docs > 0,
                  lead == 0 || number(fields[0]) == parts.count else { return nil }
            var files: [PartFile?] = []
            for k in 0..<kinds {
                let sha = fields[lead + 1 + 3 * k]
                guard let records = number(fields[lead + 2 + 3 * k]), let size = number(fields[lead + 3 + 3 * k]) else { return nil }
                if sha.elementsEqual("-".utf8) {
                    files.append(nil)
                } else {
                    guard sha.count == 64 else { return nil }
                    files.append(PartFile(sha256: String(decoding: sha, as: UTF8.self), records: records, bytes: size))
                }
            }
            parts.append(PartEntry(index: parts.count, docs: [], files: files))
            parts[parts.count - 1].docs.reserveCapacity(min(docs, 1 << 16))
            expected.append(docs)  // checked once the documents are read
        }
        for (p, n) in zip(parts, expected) where p.docs.count != n { return nil }
        return parts
    }

    /// A non-negative decimal field; nil for anything else, an overflowing one included
    /// (a damaged index must not trap).
    static func number(_ field: ArraySlice<UInt8>) -> Int? {
        guard !field.isEmpty, field.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(String(decoding: field, as: UTF8.self))
    }

    /// A version's parts; nil when it has no index or the index (or one of its pages) cannot
    /// be read whole.
    public static func read(versionPath: String) -> [PartEntry]? {
        PagedIndex.content(versionPath + "/" + fileName).flatMap(decode)
    }

    /// The manifest's `sha256` of a kind written as parts: SHA-256 over one line
    /// `<kind>/part-NNNNNN.jsonl <sha256> <records>\n` per part file of the kind, in order.
    static func kindHashLine(_ kind: RecordKind, _ index: Int, _ file: PartFile) -> [UInt8] {
        Array("\(PartLayout.path(kind, index)) \(file.sha256) \(file.records)\n".utf8)
    }
}
