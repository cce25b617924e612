import FolioModel
import Foundation

/// How `parts.idx` and `inputs.idx` are stored (docs/dataset.md, "Indexes in pages").
///
/// An index is a header line and one entry per part (or input). Written whole, every night
/// would rewrite all of it for a 1% change; so the entries are cut into **pages**, each a file
/// `pages/<sha256>` named by the SHA-256 of its bytes, and the index file itself is a small
/// **root**. A small index's root lists its pages (format 1):
///
///     folio-pages<TAB>1
///     <the index's own header line, e.g. folio-parts<TAB>2>
///     <sha256><TAB><bytes>        one line per page, in order
///
/// A larger one is a **tree** (format 2): the lines listing the pages are themselves cut into
/// **list pages** (files in `pages/` too, holding such lines), level by level, until at most
/// `maxRootLines` lines are left for the root; `<levels>` says how many levels of list pages
/// lie between the root and the entries' pages:
///
///     folio-pages<TAB>2<TAB><levels>
///     <the index's own header line>
///     <sha256><TAB><bytes>        one line per list page of the top level, in order
///
/// The index's content is its header line followed by its pages' bytes, in order. **Page
/// boundaries are content-defined**: a page ends after an entry whose key (a part's first
/// `doc_id`, an input's `source`) hashes to 0 modulo `entriesPerPage`, a list page after a
/// line whose page's SHA-256 hashes to 0 modulo `linesPerListPage` (either once it holds
/// `maxEntriesPerPage` lines). A changed entry therefore changes only its own page and the
/// one list page above it on each level; every other page has the same bytes, hence the same
/// name, as in the parent version and is hard-linked from it (after comparing its bytes). The
/// manifest's hash of the index is the hash of the root, which holds the hashes of the pages
/// below it, which hold the hashes of theirs. An index written whole by an earlier release (it
/// starts with its own header) is still read as it is.
enum PagedIndex {
    static let folder = "pages"
    static let rootHeader = Array("folio-pages\t1\n".utf8)
    static let treeHeader = Array("folio-pages\t2\t".utf8)
    /// Entries per page on average. Chosen by replaying the indexes of the 10,000-document
    /// nightly simulation (BENCHMARKS.md, "Nightly simulation"): smaller pages rewrite fewer
    /// bytes per changed entry but make more files, and every version has its own `pages/`
    /// folder, whose directory entries (~110 bytes a page on ext4) are written every night;
    /// 4 entries a page, 8 lines a list page wrote the fewest bytes counting both.
    static let entriesPerPage: UInt64 = 4
    /// Lines per list page on average: each level above a changed entry rewrites one list
    /// page (~72 bytes a line), and fewer lines mean more levels.
    static let linesPerListPage: UInt64 = 8
    static let maxEntriesPerPage = 256
    /// A root has at most this many page lines (~70 bytes each); a longer list gets a level of
    /// list pages above it.
    static let maxRootLines = 64
    /// More levels than this is damage (a tree of 8-line pages is 9 levels deep at 10^8 entries).
    static let maxLevels = 16

    /// Whether the entry keyed `key` ends its page.
    static func endsPage<S: Sequence>(_ key: S) -> Bool where S.Element == UInt8 {
        PartLayout.mix(PartLayout.fnv1a(key)) % entriesPerPage == 0
    }

    /// Whether the line of the page named `sha` ends its list page.
    static func endsListPage(_ sha: String) -> Bool {
        PartLayout.mix(PartLayout.fnv1a(sha.utf8)) % linesPerListPage == 0
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

    /// Reads the index at `path` (a root with its pages, a tree, or an index written whole),
    /// checking every page against the line naming it. `recordedSha256` (the manifest's) is
    /// checked first when given.
    static func load(_ path: String, recordedSha256: String? = nil) -> Loaded {
        guard let data = FileManager.default.contents(atPath: path) else { return .missing }
        let bytes = [UInt8](data)
        if let recordedSha256, recordedSha256 != Hashing.sha256Hex(bytes) {
            return .damaged("its SHA-256 differs from the manifest's")
        }
        var levels = 0
        let body: ArraySlice<UInt8>
        if bytes.starts(with: rootHeader) {
            body = bytes[rootHeader.count...]
        } else if bytes.starts(with: treeHeader) {
            let rest = bytes[treeHeader.count...]
            guard let nl = rest.firstIndex(of: 0x0A), let n = PartIndex.number(rest[..<nl]), n >= 1, n <= maxLevels else {
                return .damaged("its list of pages is torn")
            }
            levels = n
            body = bytes[(nl + 1)...]
        } else {
            return .ok(bytes)
        }
        let dir = (path as NSString).deletingLastPathComponent + "/" + folder + "/"
        guard let nl = body.firstIndex(of: 0x0A) else { return .damaged("its list of pages is torn") }
        var content = Array(body[...nl])
        // An index without entries has no pages (format 1 only).
        guard var lines = pageLines(body[(nl + 1)...]), levels == 0 || !lines.isEmpty else {
            return .damaged("its list of pages is torn")
        }
        for _ in 0..<levels {
            var below: [ArraySlice<UInt8>] = []
            for line in lines {
                switch page(line, in: dir) {
                case let .failure(problem): return .damaged(problem.description)
                case let .success(listPage):
                    guard let more = pageLines(listPage[...]), !more.isEmpty else {
                        return .damaged("a line of its list of pages is damaged")
                    }
                    below.append(contentsOf: more)
                }
            }
            lines = below
        }
        for line in lines {
            switch page(line, in: dir) {
            case let .failure(problem): return .damaged(problem.description)
            case let .success(pageBytes): content.append(contentsOf: pageBytes)
            }
        }
        return .ok(content)
    }

    /// The lines of a list of pages (each ends with a newline); nil when it is torn.
    private static func pageLines(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>]? {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard lines.last?.isEmpty == true else { return nil }
        lines.removeLast()
        return lines
    }

    /// The page a line `<sha256><TAB><bytes>` names, checked against both.
    private static func page(_ line: ArraySlice<UInt8>, in dir: String) -> Result<[UInt8], PageProblem> {
        let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
        guard fields.count == 2, fields[0].count == 64, fields[0].allSatisfy(isHexDigit),
              let size = PartIndex.number(fields[1]) else { return .failure(PageProblem("a line of its list of pages is damaged")) }
        let sha = String(decoding: fields[0], as: UTF8.self)
        guard let page = FileManager.default.contents(atPath: dir + sha) else {
            return .failure(PageProblem("its page \(folder)/\(sha) is missing"))
        }
        let pageBytes = [UInt8](page)
        guard pageBytes.count == size, Hashing.sha256Hex(pageBytes) == sha else {
            return .failure(PageProblem("its page \(folder)/\(sha) differs from its SHA-256"))
        }
        return .success(pageBytes)
    }

    /// Why a page cannot be used.
    struct PageProblem: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
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
/// its line is kept for the list pages and the root, written by `finish`.
final class PagedIndexWriter {
    private let dir: String
    private let name: String
    /// The parent version's folder, whose pages may be linked.
    var parentDir: String?
    private let header: [UInt8]
    /// The line of every page written so far, with its page's SHA-256.
    private var lines: [(sha: String, line: [UInt8])] = []
    private var page: [UInt8] = []
    private var entries = 0

    /// `header` is the index's own first line, newline included.
    init(dir: String, name: String, header: [UInt8]) throws(StoreError) {
        self.dir = dir
        self.name = name
        self.header = header
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
        lines.append(try store(page))
        page.removeAll(keepingCapacity: true)
        entries = 0
    }

    /// Writes `bytes` as `pages/<sha256>` (or links the parent's page of the same bytes) and
    /// returns its line `<sha256><TAB><bytes>`.
    private func store(_ bytes: [UInt8]) throws(StoreError) -> (sha: String, line: [UInt8]) {
        let sha = Hashing.sha256Hex(bytes)
        let target = dir + "/" + PagedIndex.folder + "/" + sha
        if !FileManager.default.fileExists(atPath: target) {
            let source = parentDir.map { $0 + "/" + PagedIndex.folder + "/" + sha }
            if let source, let old = FileManager.default.contents(atPath: source), old.elementsEqual(bytes) {
                try FileIO.linkOrCopy(source, target)
            } else {
                let file = try AppendFile(path: target)
                try file.write(bytes)
                try file.close()
            }
        }
        var line = Array(sha.utf8)
        line.append(0x09)
        line.append(contentsOf: String(bytes.count).utf8)
        line.append(0x0A)
        return (sha, line)
    }

    /// Writes the last page, the list pages and the root (not synced: the caller syncs the
    /// folder). Returns the root's SHA-256, the manifest's hash of the index.
    func finish() throws(StoreError) -> String {
        try flushPage()
        var level = lines
        var levels = 0
        while level.count > PagedIndex.maxRootLines, levels < PagedIndex.maxLevels {
            var above: [(sha: String, line: [UInt8])] = []
            var listPage: [UInt8] = []
            var count = 0
            for (k, entry) in level.enumerated() {
                listPage.append(contentsOf: entry.line)
                count += 1
                if count >= PagedIndex.maxEntriesPerPage || PagedIndex.endsListPage(entry.sha) || k == level.count - 1 {
                    above.append(try store(listPage))
                    listPage.removeAll(keepingCapacity: true)
                    count = 0
                }
            }
            level = above
            levels += 1
        }
        var root = levels == 0 ? PagedIndex.rootHeader : PagedIndex.treeHeader + Array("\(levels)\n".utf8)
        root.append(contentsOf: header)
        for entry in level { root.append(contentsOf: entry.line) }
        let file = try AppendFile(path: dir + "/" + name)
        try file.write(root)
        try file.close()
        return Hashing.sha256Hex(root)
    }
}
