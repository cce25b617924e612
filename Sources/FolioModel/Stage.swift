/// One processing step. A stage is configured once from its options (validated by the
/// pipeline loader before any document is read), then applied to many documents,
/// concurrently: it must not keep per-document state.
public protocol Stage: Sendable {
    /// The name used in pipeline definitions (`read`, `normalize`, ...).
    static var name: String { get }
    /// One line for `--help` and error messages.
    static var summary: String { get }
    /// Every option the stage accepts, with its type and default.
    static var options: [OptionSpec] { get }

    init(options: StageOptions)

    /// Processes one document. Throw `DocumentFailure` when the document cannot go on;
    /// record anything less as a diagnostic on the document.
    func process(_ document: inout WorkingDocument) throws(DocumentFailure)

    /// Whether this stage reads `document.bytes` (the source bytes, not the text) of a
    /// document of `format`. The pipeline releases a document's bytes as soon as no stage
    /// still to run reads them, so a large document is not held twice (bytes and text) through
    /// the stages after normalize. A stage that reads them declares it here; the default is no.
    func readsSourceBytes(of format: DocumentFormat) -> Bool
}

extension Stage {
    public func readsSourceBytes(of format: DocumentFormat) -> Bool { false }
}

/// The type of an option value.
public enum OptionType: Sendable, Hashable, CustomStringConvertible {
    case bool
    case int(min: Int, max: Int)
    case string
    case choice([String])

    public var description: String {
        switch self {
        case .bool: return "a boolean (true or false)"
        case let .int(lo, hi): return "an integer from \(lo) to \(hi)"
        case .string: return "a string"
        case let .choice(values): return "one of " + values.joined(separator: ", ")
        }
    }
}

/// An option value.
public enum OptionValue: Sendable, Hashable, CustomStringConvertible {
    case bool(Bool)
    case int(Int)
    case string(String)

    public var description: String {
        switch self {
        case let .bool(b): return String(b)
        case let .int(i): return String(i)
        case let .string(s): return s
        }
    }
}

/// Declares one option of a stage.
public struct OptionSpec: Sendable, Hashable {
    public var name: String
    public var type: OptionType
    public var defaultValue: OptionValue
    public var help: String

    public init(_ name: String, _ type: OptionType, default defaultValue: OptionValue, help: String) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.help = help
    }

    /// Whether `value` is acceptable for this option.
    public func accepts(_ value: OptionValue) -> Bool {
        switch (type, value) {
        case (.bool, .bool): return true
        case let (.int(lo, hi), .int(v)): return v >= lo && v <= hi
        case (.string, .string): return true
        case let (.choice(values), .string(s)): return values.contains(s)
        default: return false
        }
    }
}

/// The resolved options of one stage: what the definition says, defaults for the rest.
public struct StageOptions: Sendable, Hashable {
    public private(set) var values: [String: OptionValue]

    public init(_ values: [String: OptionValue] = [:]) {
        self.values = values
    }

    /// Resolves `given` against `specs`, filling in defaults. The loader has validated them.
    public init(specs: [OptionSpec], given: [String: OptionValue]) {
        var v: [String: OptionValue] = [:]
        for spec in specs { v[spec.name] = given[spec.name] ?? spec.defaultValue }
        self.values = v
    }

    /// The value of the option `spec` declares: what the definition gave, else the spec's
    /// own default. A default is written once, in the stage's `OptionSpec`; code that
    /// builds a stage without a definition (tests) gets the same default as production.
    public func bool(_ spec: OptionSpec) -> Bool {
        if case let .bool(b)? = values[spec.name] { return b }
        if case let .bool(b) = spec.defaultValue { return b }
        return false
    }

    public func int(_ spec: OptionSpec) -> Int {
        if case let .int(i)? = values[spec.name] { return i }
        if case let .int(i) = spec.defaultValue { return i }
        return 0
    }

    public func string(_ spec: OptionSpec) -> String {
        if case let .string(s)? = values[spec.name] { return s }
        if case let .string(s) = spec.defaultValue { return s }
        return ""
    }
}
