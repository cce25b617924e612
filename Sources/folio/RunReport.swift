import FolioModel
import FolioRunner
import Foundation

/// `run --summary-json FILE`: the run's outcome for monitoring, written whether the run
/// committed, found nothing to do or failed (then `status` is "error" with the message).
/// Keys are snake_case and sorted; docs/operations.md describes them.
struct RunReport: Encodable {
    struct Failure: Encodable {
        var docId: String
        var message: String
    }

    struct Checks: Encodable {
        var passed: Int
        var total: Int
    }

    struct Facts: Encodable {
        var total: Int
        var agree: Int
        var disagree: Int
    }

    /// "committed", "up_to_date" or "error".
    var status = "error"
    var exitCode: Int32 = ExitStatus.failed
    var error: String?
    var dataset: String
    var version: String?
    var parent: String?
    var shard: String?
    var contentSha256: String?
    var documents = 0
    var processed = 0
    var reused = 0
    var failed = 0
    var records: [String: Int] = [:]
    var seconds = 0.0
    var bytesProcessed = 0
    var tableChecks: Checks?
    var narrativeFacts: Facts?
    /// The first failed documents (at most `RunSummary.failuresKept`; `failed` counts them all).
    var failures: [Failure] = []
    var warnings: [String] = []
    var notes = 0
    var removedLeftovers: [String] = []

    init(dataset: String) {
        self.dataset = dataset
    }

    mutating func fail(status code: Int32, message: String) {
        status = "error"
        exitCode = code
        error = message
    }

    mutating func record(_ s: RunSummary, status code: Int32) {
        status = s.upToDate ? "up_to_date" : "committed"
        exitCode = code
        version = s.version
        parent = s.parent
        shard = s.shardPath
        contentSha256 = s.contentSha256
        documents = s.documents
        processed = s.processed
        reused = s.reused
        failed = s.failed
        for (k, n) in s.records { records[k.rawValue] = n }
        seconds = (s.seconds * 1000).rounded() / 1000
        bytesProcessed = s.bytesProcessed
        let p = s.perDocument
        if p.checkDocuments > 0 { tableChecks = Checks(passed: p.checksPassed, total: p.checksTotal) }
        if p.factDocuments > 0 { narrativeFacts = Facts(total: p.factsTotal, agree: p.factsAgree, disagree: p.factsDisagree) }
        failures = s.failures.map { Failure(docId: $0.docId, message: $0.message) }
        warnings = s.warnings
        notes = s.notes.count
        removedLeftovers = s.removedLeftovers
    }

    /// Writes the JSON next to `path` and renames it into place.
    func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .atomic)
    }
}
