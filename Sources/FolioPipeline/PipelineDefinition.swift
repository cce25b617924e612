public import FolioModel
import Foundation
import Yams

/// A pipeline: an ordered list of stages with their options, read from a YAML definition.
///
/// ```yaml
/// name: default
/// stages:
///   - read
///   - normalize:
///       latex_residue: true
///   - segment
///   - tables
///   - footnotes
/// ```
public struct PipelineDefinition: Sendable {
    /// One stage of the definition, resolved against the registry when the definition is
    /// parsed: an entry always names a stage that exists, so a pipeline never drops one.
    public struct StageEntry: Sendable {
        public let name: String
        public let options: StageOptions
        let type: any Stage.Type
    }

    public var name: String
    public private(set) var stages: [StageEntry]
    /// SHA-256 of the definition's bytes (goes into every manifest).
    public var sha256: String
    /// Where it was read from (for messages).
    public var path: String

    /// Loads and validates a definition. Every error names the file, line and column and what
    /// was expected; nothing is read before the whole definition is valid.
    public static func load(path: String) throws(PipelineError) -> PipelineDefinition {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
                throw PipelineError(file: path, line: nil, column: nil,
                                    message: isDir.boolValue ? "is a directory, expected a pipeline definition file (YAML)" : "cannot be read (permission denied?)")
            }
            throw PipelineError(file: path, line: nil, column: nil, message: "no such pipeline definition")
        }
        return try parse(Array(data), path: path)
    }

    /// Parses a definition from its bytes.
    public static func parse(_ bytes: [UInt8], path: String) throws(PipelineError) -> PipelineDefinition {
        func fail(_ node: Node?, _ message: String) -> PipelineError {
            PipelineError(file: path, line: node?.mark?.line, column: node?.mark?.column, message: message)
        }
        guard let yaml = String(validating: bytes, as: UTF8.self) else {
            throw PipelineError(file: path, line: nil, column: nil, message: "is not valid UTF-8 text")
        }
        let root: Node?
        do {
            // The basic resolver (no tag rules): every scalar is read as its text, which is how
            // the options are read (`optionValue`). Yams' default resolver compiles a regular
            // expression per rule once per process, about 9 M instructions for one small file.
            // UTF-8 named, not `.default`, which reads the environment (`YAMS_DEFAULT_ENCODING`)
            // and prints to standard output when that is set.
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw yamlError(error, path: path)
        } catch {
            throw PipelineError(file: path, line: nil, column: nil, message: "cannot be parsed as YAML: \(error)")
        }
        guard let root, case let .mapping(top) = root else {
            throw fail(root, "expected a mapping with keys 'name' and 'stages'")
        }
        var name: String?
        var stagesNode: Node?
        for (key, value) in top {
            switch key.string {
            case "name":
                guard case let .scalar(s) = value, !s.string.isEmpty else { throw fail(value, "'name' must be a non-empty string") }
                name = s.string
            case "stages":
                stagesNode = value
            case "description":
                break
            default:
                throw fail(key, "unknown key '\(key.string ?? "?")'; expected name, description or stages")
            }
        }
        guard let stagesNode else { throw fail(root, "missing 'stages': expected a list of stage names") }
        guard case let .sequence(seq) = stagesNode, !seq.isEmpty else {
            throw fail(stagesNode, "'stages' must be a non-empty list of stages (\(StageRegistry.names.joined(separator: ", ")))")
        }
        var entries: [StageEntry] = []
        var seen = Set<String>()
        for item in seq {
            let stageName: String
            let nameNode: Node
            var given: [String: (Node, Node)] = [:]
            switch item {
            case let .scalar(s):
                stageName = s.string
                nameNode = item
            case let .mapping(m):
                guard m.count == 1, let (k, v) = m.first else {
                    throw fail(item, "a stage entry is a name, or one name mapped to its options")
                }
                stageName = k.string ?? ""
                nameNode = k
                switch v {
                case .mapping(let opts):
                    for (ok, ov) in opts { given[ok.string ?? ""] = (ok, ov) }
                case .scalar(let s) where s.string.isEmpty || isNull(s):
                    break
                default:
                    throw fail(v, "options of stage '\(stageName)' must be a mapping of option: value")
                }
            default:
                throw fail(item, "a stage entry is a name, or one name mapped to its options")
            }
            guard let type = StageRegistry.stage(named: stageName) else {
                throw fail(nameNode, "unknown stage '\(stageName)'; expected one of \(StageRegistry.names.joined(separator: ", "))")
            }
            if seen.contains(stageName) { throw fail(nameNode, "stage '\(stageName)' is listed twice") }
            if entries.isEmpty && stageName != StageRegistry.all[0].name {
                throw fail(nameNode, "the first stage must be 'read' (found '\(stageName)')")
            }
            if let previous = entries.last, let order = StageRegistry.outOfOrder(stageName, after: previous.name) {
                throw fail(nameNode, order)
            }
            seen.insert(stageName)
            var values: [String: OptionValue] = [:]
            for (optName, (keyNode, valueNode)) in given.sorted(by: { $0.key < $1.key }) {
                guard let spec = type.options.first(where: { $0.name == optName }) else {
                    let known = type.options.map(\.name)
                    throw fail(keyNode, "unknown option '\(optName)' for stage '\(stageName)'; expected "
                        + (known.isEmpty ? "no options" : "one of " + known.joined(separator: ", ")))
                }
                guard let value = optionValue(valueNode, type: spec.type), spec.accepts(value) else {
                    throw fail(valueNode, "option '\(optName)' of stage '\(stageName)' must be \(spec.type), found '\(valueNode.string ?? "a non-scalar")'")
                }
                values[optName] = value
            }
            entries.append(StageEntry(name: stageName, options: StageOptions(specs: type.options, given: values), type: type))
        }
        return PipelineDefinition(name: name ?? "unnamed", stages: entries, sha256: Hashing.sha256Hex(bytes), path: path)
    }

    /// YAML's null spelled as a plain scalar (`~`, `null`, `Null`, `NULL`; the core schema's
    /// spellings); a quoted `"null"` is text.
    static func isNull(_ s: Node.Scalar) -> Bool {
        s.style == .plain && ["~", "null", "Null", "NULL"].contains(s.string)
    }

    static func optionValue(_ node: Node, type: OptionType) -> OptionValue? {
        guard case let .scalar(s) = node else { return nil }
        switch type {
        case .bool:
            switch s.string.lowercased() {
            case "true", "yes", "on": return .bool(true)
            case "false", "no", "off": return .bool(false)
            default: return nil
            }
        case .int:
            return Int(s.string.replacingOccurrences(of: "_", with: "")).map(OptionValue.int)
        case .string, .choice:
            return .string(s.string)
        }
    }

    static func yamlError(_ error: YamlError, path: String) -> PipelineError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return PipelineError(file: path, line: mark.line, column: mark.column, message: "invalid YAML: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return PipelineError(file: path, line: context.mark.line, column: context.mark.column,
                                 message: "invalid YAML: duplicated key " + duplicates.map { "'\($0)'" }.joined(separator: ", "))
        case let .reader(problem, offset, _, yaml):
            // `offset` counts Characters; report it as line and column like the other errors.
            guard let offset else { return PipelineError(file: path, line: nil, column: nil, message: "invalid YAML: \(problem)") }
            var line = 1
            var column = 1
            for ch in yaml.prefix(offset) {
                if ch.isNewline { line += 1; column = 1 } else { column += ch.unicodeScalars.count }
            }
            return PipelineError(file: path, line: line, column: column, message: "invalid YAML: \(problem)")
        default:
            return PipelineError(file: path, line: nil, column: nil, message: "invalid YAML: \(error)")
        }
    }
}

/// A pipeline definition that cannot be used, with where and why.
public struct PipelineError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public var description: String {
        var s = file
        if let line { s += ":\(line)" }
        if let column { s += ":\(column)" }
        return s + ": " + message
    }
}
