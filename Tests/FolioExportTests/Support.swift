import FolioDataset
import FolioModel
import FolioPipeline
import FolioRunner
import Foundation
import FolioTestSupport
import Testing

/// A scratch copy of the package's Corpus/ and a dataset built from it in-process.
final class CorpusWorkspace {
    static var packageRoot: String { TestPaths.packageRoot }

    let path: String
    var corpus: String { path + "/Corpus" }
    var dataset: String { path + "/Datasets/corpus" }
    var store: DatasetStore { DatasetStore(root: dataset) }

    /// Copies Corpus/ and runs the default pipeline over it (one version).
    init() throws {
        path = NSTemporaryDirectory() + "folio-export-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: TestPaths.corpus, toPath: corpus)
        try run()
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// One run of the default pipeline over the scratch corpus; returns the new version (nil when up to date).
    @discardableResult
    func run() throws -> String? {
        let definition = try PipelineDefinition.load(path: Self.packageRoot + "/" + DefaultPipeline.path)
        let runner = BatchRunner(pipeline: Pipeline(definition), toolVersion: "test")
        let summary = try runner.run(RunOptions(inputs: [corpus], datasetRoot: dataset, jobs: 2))
        return summary.upToDate ? nil : summary.version
    }

    /// Replaces the first occurrence of `old` in a corpus file (which must contain it).
    func edit(_ relative: String, replacing old: String, with new: String) throws {
        let file = corpus + "/" + relative
        let text = try String(contentsOfFile: file, encoding: .utf8)
        guard let range = text.range(of: old) else { throw TestFailure("\(relative) does not contain \(old)") }
        try text.replacingCharacters(in: range, with: new).write(toFile: file, atomically: true, encoding: .utf8)
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
