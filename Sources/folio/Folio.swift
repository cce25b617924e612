import ArgumentParser
import FolioModel

/// The `folio` command line.
@main
struct Folio: ParsableCommand {
    static let toolVersion = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Turn company filings into a versioned dataset analysts can query.",
        discussion: """
            Folio reads filings (text extracted from PDFs, EDGAR text and HTML), repairs the text, \
            finds sections, tables of typed cells and footnotes, and writes them as JSON Lines into \
            an immutable, versioned dataset (see docs/dataset.md). With no subcommand, `folio` runs \
            the default pipeline over Corpus/ into Datasets/corpus.
            """,
        version: toolVersion,
        subcommands: [RunCommand.self, CommitCommand.self, VersionsCommand.self, ShowCommand.self, VerifyCommand.self, StagesCommand.self,
                      ExportCommand.self, DiffCommand.self, ReportCommand.self, PruneCommand.self],
        defaultSubcommand: RunCommand.self
    )
}

/// Options shared by commands that read a dataset.
struct DatasetOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The dataset folder.", valueName: "dir"))
    var dataset: String = "Datasets/corpus"
}
