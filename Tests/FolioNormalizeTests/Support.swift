import Foundation
import FolioModel
import FolioNormalize
import FolioRead
import FolioTestSupport

/// The seeds and the shared corpus text folders (paths from FolioTestSupport).
enum Paths {
    static let seeds = URL(fileURLWithPath: TestPaths.seeds)
    static let sharedCorpus = TestPaths.sharedCorpusURL

    static func seed(_ prefix: String) throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path)
        guard let name = names.first(where: { $0.hasPrefix(prefix) }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return seeds.appendingPathComponent(name)
    }

    /// Every `.txt` file of the seeds and of the shared corpus folders that exist.
    static func corpusTextFiles() -> (files: [URL], missing: [String]) {
        var files: [URL] = []
        var missing: [String] = []
        let fm = FileManager.default
        for dir in [seeds] + ["pdf-text", "earnings-releases", "edgar-sgml"].map({ sharedCorpus.appendingPathComponent($0) }) {
            guard let names = try? fm.contentsOfDirectory(atPath: dir.path) else {
                missing.append(dir.path)
                continue
            }
            for name in names.sorted() where name.hasSuffix(".txt") {
                files.append(dir.appendingPathComponent(name))
            }
        }
        return (files, missing)
    }
}

/// Runs read and normalize on bytes.
func normalized(_ bytes: [UInt8], options: [String: OptionValue] = [:], source: String = "test.txt") throws -> WorkingDocument {
    try TestPipeline.run([ReadStage(options: StageOptions(specs: ReadStage.options, given: [:])),
                          NormalizeStage(options: StageOptions(specs: NormalizeStage.options, given: options))],
                         bytes: bytes, docId: "test", source: source)
}

func normalized(_ text: String, options: [String: OptionValue] = [:]) throws -> WorkingDocument {
    try normalized(Array(text.utf8), options: options)
}

func normalizedFile(_ url: URL) throws -> WorkingDocument {
    let data = try Data(contentsOf: url)
    return try normalized([UInt8](data), source: url.lastPathComponent)
}

extension WorkingDocument {
    var normalizedText: String { String(decoding: text, as: UTF8.self) }
    var lines: [String] { normalizedText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
}
