import ArgumentParser
import FolioDataset
import FolioExport
import Foundation

/// `folio export sqlite`: a version as one SQLite database.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a dataset version for other tools.",
        subcommands: [ExportSQLiteCommand.self]
    )
}

struct ExportSQLiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sqlite",
        abstract: "Write a version into a SQLite database: a table per record kind, indexes on ids, FTS5 over text.",
        discussion: """
            Tables: documents, sections, blocks, tables, table_checks, cells, footnotes, \
            footnote_references, facts, diagnostics, meta, and `fulltext` (FTS5 over block and \
            footnote text). Spans become <name>_start/<name>_end columns; arrays (row_path, \
            column_path, header) are JSON text. The file is written to a temporary name and \
            renamed when complete. See docs/export.md.
            """
    )

    @OptionGroup var options: DatasetOptions
    @OptionGroup var damage: DamageOptions

    @Option(name: .long, help: ArgumentHelp("Version to export (default: CURRENT).", valueName: "id"))
    var version: String?

    @Option(name: .long, help: ArgumentHelp("The database file to write.", valueName: "file"))
    var out: String

    @Flag(name: .long, help: "Replace --out if it exists.")
    var force = false

    func run() throws {
        let store = DatasetStore(root: options.dataset)
        try Self.failingClearly {
            try PathGuard.checkReaderOut(out, dataset: options.dataset)
            let v = try damage.readableVersion(version, of: store)
            let summary = try SQLiteExporter(store: store, version: v).export(to: out, force: force)
            let rows = summary.rows.map { "\($0.table) \($0.count)" }.joined(separator: ", ")
            print("Wrote \(out) from \(options.dataset) \(v): \(rows); fulltext \(summary.searchRows)")
        }
    }
}

/// `folio diff`: what changed between two versions.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions (default: the last two).",
        discussion: """
            Documents added, removed and changed; for each changed document the sections, tables, \
            cells (old -> new, matched by table title + row path + column path), footnotes, prose \
            blocks and diagnostics that changed. With one version, compares it with CURRENT. \
            Exit status 0 whether or not anything changed; 2 for an unknown version, 4 when a \
            version fails verification (unless --allow-damaged); see docs/operations.md.
            """
    )

    @Argument(help: ArgumentHelp("The older version (default: the one before the newer).", valueName: "va"))
    var from: String?

    @Argument(help: ArgumentHelp("The newer version (default: CURRENT).", valueName: "vb"))
    var to: String?

    @OptionGroup var options: DatasetOptions
    @OptionGroup var damage: DamageOptions

    @Flag(name: .long, help: "Print the diff as JSON.")
    var json = false

    func run() throws {
        let store = DatasetStore(root: options.dataset)
        try Self.failingClearly {
            let versions = store.committedVersions()
            let b = try store.resolveVersion(to)
            let a: String
            if let from {
                a = try store.resolveVersion(from)
            } else {
                guard let previous = versions.last(where: { $0 < b }) else {
                    throw StoreError("\(options.dataset) has no version before \(b) to compare with (see `folio versions`)", kind: .usage)
                }
                a = previous
            }
            try store.requireIntact(a, allowDamaged: damage.allowDamaged)
            try store.requireIntact(b, allowDamaged: damage.allowDamaged)
            let diff = try VersionDiff.compute(store: store, from: a, to: b)
            let output = try json ? diff.json() : diff.text()
            print(output, terminator: "")
        }
    }
}

/// `folio report`: a static HTML site for a version.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a static HTML report of a version (index + one page per document).",
        discussion: """
            Open <out>/index.html in a browser. Pages use inline CSS only and load nothing from \
            the network. Tables are shown beside the source lines they came from when the input \
            file is under --sources with the recorded hash. See docs/report.md.
            """
    )

    @OptionGroup var options: DatasetOptions
    @OptionGroup var damage: DamageOptions

    @Option(name: .long, help: ArgumentHelp("Version to report (default: CURRENT).", valueName: "id"))
    var version: String?

    @Option(name: .long, help: ArgumentHelp("The folder to write.", valueName: "dir"))
    var out: String

    @Option(name: .long, help: ArgumentHelp("The folder the inputs were read from.", valueName: "dir"))
    var sources: String = "Corpus"

    @Flag(name: .long, help: "Replace --out if it exists.")
    var force = false

    func run() throws {
        let store = DatasetStore(root: options.dataset)
        try Self.failingClearly {
            try PathGuard.checkReaderOut(out, dataset: options.dataset)
            let v = try damage.readableVersion(version, of: store)
            let summary = try ReportWriter(store: store, version: v, sourceRoot: sources).write(to: out, force: force)
            print("Wrote \(out)/index.html and \(summary.documents) document pages for \(options.dataset) \(v).")
        }
    }
}
