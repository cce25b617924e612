public import Foundation
public import Testing

/// Where the test inputs are, relative to the package root (found from this file's path, so
/// tests run the same from any working directory). Declared once for every test target.
public enum TestPaths {
    /// The package root: three levels up from Tests/FolioTestSupport/TestPaths.swift.
    public static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    public static var packageRootURL: URL { URL(fileURLWithPath: packageRoot) }

    /// The package's own inputs (committed): `Corpus/`.
    public static var corpus: String { packageRoot + "/Corpus" }
    /// The three seed filings, `Corpus/seeds`.
    public static var seeds: String { corpus + "/seeds" }
    /// Small layout samples, `Corpus/samples`.
    public static var samples: String { corpus + "/samples" }

    /// The shared measurement corpus, `../shared/corpus` next to the package (never committed;
    /// absent on a fresh checkout: tests that need it are disabled with `sharedCorpusAbsent`).
    public static let sharedCorpus: String =
        URL(fileURLWithPath: packageRoot).appendingPathComponent("../shared/corpus").standardizedFileURL.path

    public static var sharedCorpusURL: URL { URL(fileURLWithPath: sharedCorpus) }

    /// The path of `relative` inside the shared corpus.
    public static func shared(_ relative: String) -> String { sharedCorpus + "/" + relative }

    /// Whether the shared corpus holds `relative` (a folder or a file).
    public static func sharedHas(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: shared(relative))
    }

    /// Whether the shared corpus is there at all (its index, SOURCES.tsv).
    public static let sharedCorpusPresent: Bool = sharedHas("SOURCES.tsv")

    /// The reason a test that needs the shared corpus is disabled: `.enabled(if:
    /// TestPaths.sharedCorpusPresent, TestPaths.sharedCorpusAbsent)`.
    public static let sharedCorpusAbsent: Comment = "shared corpus absent (../shared/corpus): skipped"

    /// The reason a test that needs one folder (or file) of the shared corpus is disabled.
    public static func sharedAbsent(_ relative: String) -> Comment {
        Comment(rawValue: "shared corpus \(relative) absent (../shared/corpus/\(relative)): skipped")
    }

    /// The files directly in `folder` of the shared corpus whose names end in one of
    /// `extensions` (without the dot), sorted; empty when the folder is absent.
    public static func sharedFiles(_ folder: String, extensions: [String]) -> [String] {
        let dir = shared(folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return [] }
        return names.filter { name in extensions.contains { name.hasSuffix("." + $0) } }.sorted().map { dir + "/" + $0 }
    }
}
