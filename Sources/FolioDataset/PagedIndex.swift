import FolioModel
import Foundation

/// How `parts.idx` and `inputs.idx` are stored (docs/dataset.md, "Indexes in pages").
///
/// An index is a header line and one entry per part (or input). Written whole, every night
/// would rewrite all of it for a 1% change; so the entries are cut into **pages**, each a file
/// `pages/<sha256>` named by the SHA-256 of its bytes, and the index file itself is a small
/// **root** listing the pages:
///
///     folio-pages<TAB>1
///     <the index's own header line, e.g. folio-parts<TAB>2>
///     <sha256><TAB><bytes>        one line per page, in order
///
/// The index's content is its header line followed by its pages' bytes, in order. **Page
/// boundaries are content-defined**: a page ends after an entry whose key (a part's first
/// `doc_id`, an input's `source`) hashes to 0 modulo `entriesPerPage` (or once it holds
/// `maxEntriesPerPage` entries). A changed entry therefore changes only its own page; every
/// other page has the same bytes, hence the same name, as in the parent version and is
/// hard-linked from it (after comparing its bytes). The manifest's hash of the index is the
/// hash of the root, which holds every page's hash. An index written whole by an earlier
/// release (it starts with its own header) is still read as it is.
enum PagedIndex {
    static let folder = "pages"
    static let rootHeader = Array("folio-pages\t1\n".utf8)
    /// Entries per page on average: few enough that a changed entry rewrites little, many
    /// enough that the root (~80 bytes a page) stays small.
    static let entriesPerPage: UInt64 = 8
    static let maxEntriesPerPage = 256

    /// Whether the entry keyed `key` ends its page.
    static func endsPage<S: Sequence>(_ key: S) -> Bool where S.Element == UInt8 {
        PartLayout.mix(PartLayout.fnv1a(key)) % entriesPerPage == 0
    }

    /// What reading an index found.
    enum Loaded {
        /// The index's content: its header line and entries.
        case ok([UInt8])
        case missing
        /// Why it cannot be used (the root differs from the manifest's hash, is torn, or a page
        /// is missing or differs from its hash), to follow "changed or damaged".
        case damaged(String)
    }

    /// Reads the index at `path` (a root with its pages, or an index written whole), checking
    /// every page against the root. `recordedSha256` (the manifest's) is checked first when given.
    static func load(_ path: String, recordedSha256: String? = nil) -> Loaded {
        guard let data = FileManager.default.contents(atPath: path) else { return .missing }
        let bytes = [UInt8](data)
        if let recordedSha256, recordedSha256 != Hashing.sha256Hex(bytes) {
            return .damaged("its SHA-256 differs from the manifest's")
        }
        guard bytes.starts(with: rootHeader) else { return .ok(bytes) }
        let dir = (path as NSString).deletingLastPathComponent + "/" + folder + "/"
        var lines = bytes[rootHeader.count...].split(separator: 0x0A, omittingEmptySubsequences: false)
        guard lines.last?.isEmpty == true, lines.count >= 2 else { return .damaged("its list of pages is torn") }
        lines.removeLast()
        var content = Array(lines[0])
        content.append(0x0A)
        for line in lines.dropFirst() {
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard fields.count == 2, fields[0].count == 64, fields[0].allSatisfy(isHexDigit),
                  let size = PartIndex.number(fields[1]) else { return .damaged("a line of its list of pages is damaged") }
            let sha = String(decoding: fields[0], as: UTF8.self)
            guard let page = FileManager.default.contents(atPath: dir + sha) else {
                return .damaged("its page \(folder)/\(sha) is missing")
            }
            let pageBytes = [UInt8](page)
            guard pageBytes.count == size, Hashing.sha256Hex(pageBytes) == sha else {
                return .damaged("its page \(folder)/\(sha) differs from its SHA-256")
            }
            content.append(contentsOf: pageBytes)
        }
        return .ok(content)
    }

    /// The index's content, or nil when it is missing or damaged.
    static func content(_ path: String) -> [UInt8]? {
        if case let .ok(content) = load(path) { return content }
        return nil
    }

    static func isHexDigit(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x66)
    }
}

/// Writes one paged index: entries go into the page being filled; a full page is written to
/// `pages/<sha256>` (or hard-linked from the parent version when it has the same bytes), and
/// its line goes into the root, written by `finish`.
final class PagedIndexWriter {
    private let dir: String
    private let name: String
    /// The parent version's folder, whose pages may be linked.
    var parentDir: String?
    private var root: [UInt8]
    private var page: [UInt8] = []
    private var entries = 0

    /// `header` is the index's own first line, newline included.
    init(dir: String, name: String, header: [UInt8]) throws(StoreError) {
        self.dir = dir
        self.name = name
        root = PagedIndex.rootHeader + header
        try FileIO.makeDirectory(dir + "/" + PagedIndex.folder)
    }

    /// Appends one entry (whole lines); `key` decides whether it ends the page.
    func add<S: Sequence>(_ entry: [UInt8], key: S) throws(StoreError) where S.Element == UInt8 {
        page.append(contentsOf: entry)
        entries += 1
        if entries >= PagedIndex.maxEntriesPerPage || PagedIndex.endsPage(key) { try flushPage() }
    }

    private func flushPage() throws(StoreError) {
        guard !page.isEmpty else { return }
        let sha = Hashing.sha256Hex(page)
        let target = dir + "/" + PagedIndex.folder + "/" + sha
        if !FileManager.default.fileExists(atPath: target) {
            let source = parentDir.map { $0 + "/" + PagedIndex.folder + "/" + sha }
            if let source, let old = FileManager.default.contents(atPath: source), old.elementsEqual(page) {
                try FileIO.linkOrCopy(source, target)
            } else {
                let file = try AppendFile(path: target)
                try file.write(page)
                try file.close()
            }
        }
        root.append(contentsOf: sha.utf8)
        root.append(0x09)
        root.append(contentsOf: String(page.count).utf8)
        root.append(0x0A)
        page.removeAll(keepingCapacity: true)
        entries = 0
    }

    /// Writes the last page and the root (not synced: the caller syncs the folder). Returns
    /// the root's SHA-256, the manifest's hash of the index.
    func finish() throws(StoreError) -> String {
        try flushPage()
        let file = try AppendFile(path: dir + "/" + name)
        try file.write(root)
        try file.close()
        return Hashing.sha256Hex(root)
    }
}
