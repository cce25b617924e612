import FolioDataset
import FolioModel
import FolioPipeline
import FolioRunner
import FolioTestSupport
import Foundation
import Testing

/// The package's own corpus (Corpus/, the seeds and samples) pinned twice: its inputs, and the
/// `content_sha256` of the version the default pipeline writes from them. Performance and
/// refactoring work rely on "content_sha256 unchanged" meaning "output byte-identical"; this
/// test makes a change of either visible in `swift test`, with what to do about it.
@Suite struct CorpusPinTests {
    /// SHA-256 over the lines `"<path under Corpus/> <sha256 of its bytes>\n"`, sorted by path.
    static let pinnedInputs = "e96bed3a65810304b281d440edad16118d6c3e0ac6bb2726f1339ee9fa3e318f"
    /// Each tool version (`FolioVersion.tool`) with the `content_sha256` of a run of the default
    /// pipeline over Corpus/ that it writes, oldest first. Incremental runs reuse records only
    /// under the same tool version, so one version writes one output: when the records change,
    /// the version changes too and a line is appended (an earlier line is never edited).
    static let outputs: [(tool: String, content: String)] = [
        ("0.1.0", "651344fa9fd603ed07ed1e0816634b65b6a17e6225659ff2148d5031d3281da8"),
        ("0.2.0", "4192518f845236d133125dbefd8cdf2ae6e7abcd72937df180beac421dcf25a9"),
        ("0.3.0", "51a74ed9cdd11226b832e4a98710249b3ba92f752f50a957c46c346e75196cd7"),
        ("0.4.0", "e8ae89e350d22e704899beb6a6f30d3e623bebfed292d87058b19cbefd5563ae"),
        ("0.5.0", "e43cac9f9272510d1d7a5b46746ffb828f93a22fef24a8fee73cf189d796081e"),
        ("0.6.0", "470a161f44db939036ea17e52455829a8147a0ca295ca3164f5b3aac015bff92"),
        ("0.7.0", "24f0e43ba737936751af370a06b1c807a1d7aba874feac79685cd10fe6ac50b3"),
        ("0.8.0", "d29883d5738f4bbc82d24bd341a7497c1c016e84ebc7eb79a12bb68a6854f153"),
        ("0.9.0", "bba7da93b83c5db8a18da2b074e86f177132fc934be87070133105ee88649073"),
    ]
    /// The `content_sha256` of a run of the default pipeline over Corpus/ by this version.
    static var pinnedContent: String { outputs.last?.content ?? "" }

    static let howToUpdate = """
        If the change is intended: for the inputs, set `pinnedInputs` of \
        Tests/FolioDatasetTests/CorpusPinTests.swift to the value above; for the records, give \
        `FolioVersion.tool` (Sources/FolioModel/FolioVersion.swift) a new version and append it \
        with the content above to `outputs`. Say in the commit why the inputs or the records \
        changed (the golden tests show which records did).
        """

    @Test("One tool version, one output: the last pinned output is this version's, and no version has two")
    func versionPerOutput() {
        #expect(Self.outputs.last?.tool == FolioVersion.tool,
                "FolioVersion.tool is \(FolioVersion.tool) but the last pinned output is \(Self.outputs.last?.tool ?? "none")'s. \(Self.howToUpdate)")
        #expect(Set(Self.outputs.map(\.tool)).count == Self.outputs.count, "a tool version is pinned twice")
        #expect(Set(Self.outputs.map(\.content)).count == Self.outputs.count,
                "two tool versions pinned with the same output: a version needs a new number only when the records change")
    }

    /// The inputs hash of the files below `root` (hidden files left out, as discovery does).
    static func inputsHash(_ root: String) throws -> String {
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: root) else { throw CocoaError(.fileReadNoSuchFile) }
        var lines: [String] = []
        while let relative = walker.nextObject() as? String {
            let path = root + "/" + relative
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else { continue }
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            let bytes = try #require(TestFiles.read(path), "cannot read \(path)")
            lines.append("\(relative) \(Hashing.sha256Hex(bytes))\n")
        }
        return Hashing.sha256Hex(Array(lines.sorted().joined().utf8))
    }

    @Test("Corpus/ inputs and the content_sha256 of their version are the pinned ones")
    func pinned() throws {
        let inputs = try Self.inputsHash(TestPaths.corpus)
        #expect(inputs == Self.pinnedInputs, "Corpus/ inputs changed: inputs hash \(inputs). \(Self.howToUpdate)")

        let scratch = NSTemporaryDirectory() + "folio-pin-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let runner = BatchRunner(pipeline: Pipeline(try DefaultPipeline.definition()), toolVersion: "test")
        let summary = try runner.run(RunOptions(inputs: [TestPaths.corpus], datasetRoot: scratch, jobs: 2))
        let content = try #require(summary.contentSha256, "the run over Corpus/ wrote no version")
        #expect(content == Self.pinnedContent,
                "the records written from Corpus/ changed: content_sha256 \(content). \(Self.howToUpdate)")
    }
}
