import ArgumentParser
import FolioDataset
import FolioModel

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a document's sections, tables and footnotes, readable in a terminal.",
        discussion: "DOC is a doc_id, any unambiguous suffix of one (e.g. 003_05f12aa528e47d2d), or failing that any unambiguous part of one."
    )

    @Argument(help: ArgumentHelp("The document.", valueName: "doc"))
    var doc: String

    @OptionGroup var options: DatasetOptions
    @OptionGroup var damage: DamageOptions

    @Option(name: .long, help: ArgumentHelp("Version to read (default: CURRENT).", valueName: "id"))
    var version: String?

    @Option(name: .long, help: ArgumentHelp("Show only this table (table_id).", valueName: "n"))
    var table: Int?

    @Flag(name: .long, help: "Also list every block (paragraphs, list items, ...).")
    var blocks = false

    @Flag(name: .long, help: "Say which rule made each decision: a section's heading (heading_rule), a row's path and label (row_path_rule, label_rule).")
    var why = false

    func run() throws {
        let store = DatasetStore(root: options.dataset)
        try Self.failingClearly {
            let v = try damage.readableVersion(version, of: store)
            let document = try store.resolveDocument(doc, version: v)
            let id = document.docId
            let tables = try store.records(TableRow.self, .tables, version: v, docId: id)
            if let table, !tables.contains(where: { $0.tableId == table }) {
                let have = tables.isEmpty ? "it has no tables" : "its tables are " + Self.ranges(tables.map(\.tableId))
                throw StoreError("\(id) has no table \(table) in \(v); \(have)", kind: .usage)
            }
            let view = DocumentView(
                document: document,
                sections: try store.records(SectionRow.self, .sections, version: v, docId: id),
                blocks: try store.records(BlockRow.self, .blocks, version: v, docId: id),
                tables: tables,
                cells: try store.records(CellRow.self, .cells, version: v, docId: id),
                footnotes: try store.records(FootnoteRow.self, .footnotes, version: v, docId: id),
                diagnostics: try store.records(DiagnosticRow.self, .diagnostics, version: v, docId: id),
                color: Terminal.stdoutIsTerminal,
                why: why
            )
            print(view.render(onlyTable: table, withBlocks: blocks), terminator: "")
        }
    }

    /// `1-3, 5, 7-9`: sorted ids with runs collapsed.
    static func ranges(_ ids: [Int]) -> String {
        var parts: [String] = []
        var start: Int?
        var last = 0
        for id in Set(ids).sorted() {
            if start != nil, id == last + 1 {
                last = id
                continue
            }
            if let s = start { parts.append(s == last ? "\(s)" : "\(s)-\(last)") }
            start = id
            last = id
        }
        if let s = start { parts.append(s == last ? "\(s)" : "\(s)-\(last)") }
        return parts.joined(separator: ", ")
    }
}
