/// How serious a diagnostic is.
public enum Severity: String, Sendable, Codable, Hashable, Comparable, CaseIterable {
    case info, warning, error

    private var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// Something a stage noticed about a document: a repair made, a check that failed, an input
/// it could not read. Diagnostics are records (`diagnostics.jsonl`), never log lines only.
public struct Diagnostic: Sendable, Hashable, Codable {
    public var stage: String
    public var severity: Severity
    /// A stable, machine-readable code such as `read.binary` or `tables.check_failed`.
    public var code: String
    public var message: String
    /// Byte range of the original file this is about, where one applies.
    public var sourceSpan: Span?

    public init(stage: String, severity: Severity, code: String, message: String, sourceSpan: Span? = nil) {
        self.stage = stage
        self.severity = severity
        self.code = code
        self.message = message
        self.sourceSpan = sourceSpan
    }
}

/// Thrown by a stage when a document cannot go on (binary input, undecodable bytes, a limit
/// hit). The runner records the document as `failed` with this as an error diagnostic; the
/// rest of the batch is not affected.
public struct DocumentFailure: Error, Sendable, Hashable, CustomStringConvertible {
    public var code: String
    public var message: String
    public var sourceSpan: Span?

    public init(code: String, message: String, sourceSpan: Span? = nil) {
        self.code = code
        self.message = message
        self.sourceSpan = sourceSpan
    }

    public var description: String { "\(code): \(message)" }
}
