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

    @Option(name: .long, help: ArgumentHelp("Version to read (default: CURRENT).", valueName: "id"))
    var version: String?

    @Option(name: .long, help: ArgumentHelp("Show only this table (table_id).", valueName: "n"))
    var table: Int?

    @Flag(name: .long, help: "Also list every block (paragraphs, list items, ...).")
    var blocks = false

    func run() throws {
        let store = DatasetStore(root: options.dataset)
        do {
            let v = try store.resolveVersion(version)
            let document = try store.resolveDocument(doc, version: v)
            let id = document.docId
            let view = DocumentView(
                document: document,
                sections: try store.records(SectionRow.self, .sections, version: v, docId: id),
                blocks: try store.records(BlockRow.self, .blocks, version: v, docId: id),
                tables: try store.records(TableRow.self, .tables, version: v, docId: id),
                cells: try store.records(CellRow.self, .cells, version: v, docId: id),
                footnotes: try store.records(FootnoteRow.self, .footnotes, version: v, docId: id),
                diagnostics: try store.records(DiagnosticRow.self, .diagnostics, version: v, docId: id),
                color: Terminal.stdoutIsTerminal
            )
            print(view.render(onlyTable: table, withBlocks: blocks), terminator: "")
        } catch let error as StoreError {
            Terminal.error(error.message)
            throw ExitCode(1)
        }
    }
}
