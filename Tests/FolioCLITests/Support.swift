import Foundation
import FolioDataset
import FolioTestSupport
import Testing

/// Runs the built `folio` binary in a scratch folder.
struct FolioProcess {
    static var packageRoot: String { TestPaths.packageRoot }

    /// The `folio` executable next to the test bundle (swift test builds it with the tests).
    static let binary: String? = {
        var candidates: [String] = []
        if let exe = CommandLine.arguments.first {
            let dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
            candidates.append(dir.appendingPathComponent("folio").path)
            candidates.append(dir.deletingLastPathComponent().appendingPathComponent("folio").path)
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("folio").path)
        candidates.append(packageRoot + "/.build/debug/folio")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs folio (or `executable`) with `arguments` in `directory` and waits for it.
    static func run(_ arguments: [String], in directory: String, executable: String? = nil,
                    environment: [String: String] = [:]) throws -> Result {
        let p = try start(arguments, in: directory, executable: executable, environment: environment)
        let out = p.outPipe.fileHandleForReading.readDataToEndOfFile()
        let err = p.errPipe.fileHandleForReading.readDataToEndOfFile()
        p.process.waitUntilExit()
        return Result(status: p.process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self))
    }

    /// `environment` is added to this process's own.
    static func start(_ arguments: [String], in directory: String, executable: String? = nil,
                      environment: [String: String] = [:]) throws -> (process: Process, outPipe: Pipe, errPipe: Pipe) {
        guard let binary = executable ?? binary else { throw TestSetupError("folio binary not found next to the tests; run `swift build` first") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return (process, out, err)
    }
}

struct TestSetupError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

/// A scratch folder, removed at the end of the test.
final class Scratch {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "folio-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, Data(text.utf8))
    }

    func write(_ relative: String, _ data: Data) throws {
        let url = URL(fileURLWithPath: path + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// A file's bytes. A record file (`.../cells.jsonl`) that the version holds as parts
    /// (`.../cells/part-*.jsonl`) reads as its parts concatenated in name order, as the
    /// dataset contract tells readers to take them.
    /// Writes `data` as a new file in place of `relative` (a new inode): a part hard-linked
    /// into other versions keeps its bytes there.
    func replace(_ relative: String, _ data: Data) throws {
        try? FileManager.default.removeItem(atPath: path + "/" + relative)
        try write(relative, data)
    }

    func read(_ relative: String) throws -> Data {
        let full = path + "/" + relative
        let folder = String(full.dropLast(".jsonl".count))
        var isDir: ObjCBool = false
        if relative.hasSuffix(".jsonl"), !FileManager.default.fileExists(atPath: full),
           FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue {
            var data = Data()
            for name in try FileManager.default.contentsOfDirectory(atPath: folder).filter({ $0.hasSuffix(".jsonl") }).sorted() {
                data.append(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
            }
            return data
        }
        return try Data(contentsOf: URL(fileURLWithPath: full))
    }

    func text(_ relative: String) throws -> String {
        String(decoding: try read(relative), as: UTF8.self)
    }

    /// Copies the seed filings into `Corpus/seeds/` of the scratch folder.
    func copySeeds(to folder: String = "Corpus/seeds") throws {
        let seeds = TestPaths.seeds
        try FileManager.default.createDirectory(atPath: path + "/" + folder, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds).sorted() where name.hasSuffix(".txt") {
            try FileManager.default.copyItem(atPath: seeds + "/" + name, toPath: path + "/" + folder + "/" + name)
        }
    }

    func manifest(_ dataset: String, _ version: String) throws -> [String: Any] {
        let data = try read("\(dataset)/versions/\(version)/manifest.json")
        return (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
    }

    /// A version's inputs: from `inputs.idx` (where a schema-2 manifest, a new dataset's
    /// default, keeps them; a schema-1 version has the same there as in its manifest).
    func inputs(_ dataset: String, _ version: String) -> [Manifest.Input] {
        (InputIndex.read(versionPath: path + "/\(dataset)/versions/\(version)") ?? []).map(\.input)
    }

    func statuses(_ dataset: String, _ version: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for i in inputs(dataset, version) { result[i.docId] = i.status.rawValue }
        return result
    }
}
