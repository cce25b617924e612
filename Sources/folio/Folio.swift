import ArgumentParser
import FolioDataset
import FolioModel
import Foundation

/// The `folio` command line.
@main
struct Folio: ParsableCommand {
    static let toolVersion = FolioVersion.tool

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
        subcommands: [RunCommand.self, CommitCommand.self, VersionsCommand.self, ShowCommand.self, VerifyCommand.self, RepairCommand.self,
                      PruneCommand.self, StagesCommand.self, ExportCommand.self, DiffCommand.self, ReportCommand.self],
        defaultSubcommand: RunCommand.self
    )

    /// Parses and runs a command with the exit statuses of `ExitStatus`: argument errors exit
    /// 2 (not argument-parser's 64), a bare `--wait` means "no limit".
    static func main() {
        let arguments = LockWait.expandBare(Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.badArguments)
            }
            exit(withError: error)
        }
    }
}

/// Options shared by commands that read a dataset.
struct DatasetOptions: ParsableArguments {
    @Option(name: .customLong("dataset"), help: ArgumentHelp("The dataset folder (default: $FOLIO_DATASET, else Datasets/corpus).", valueName: "dir"))
    var datasetFlag: String?

    /// The dataset folder: --dataset, else FOLIO_DATASET, else Datasets/corpus.
    var dataset: String { DatasetLocation.resolve(datasetFlag) }
}

/// `--allow-damaged` of the commands that read a version.
struct DamageOptions: ParsableArguments {
    @Flag(name: .long, help: "Read the version even if it fails verification (default: refuse it, exit status 4).")
    var allowDamaged = false

    /// The version a reading command (`show`, `export sqlite`, `report`) reads: `requested`,
    /// else CURRENT, refused when it fails verification unless `--allow-damaged`.
    func readableVersion(_ requested: String?, of store: DatasetStore) throws -> String {
        let v = try store.resolveVersion(requested)
        try store.requireIntact(v, allowDamaged: allowDamaged)
        return v
    }
}
