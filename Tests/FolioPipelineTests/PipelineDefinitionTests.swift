import FolioModel
@testable import FolioPipeline
import Foundation
import FolioTestSupport
import Testing

let packageRoot = TestPaths.packageRootURL

func parse(_ yaml: String, path: String = "t.yml") throws(PipelineError) -> PipelineDefinition {
    try PipelineDefinition.parse(Array(yaml.utf8), path: path)
}

/// The error `parse` throws for `bytes`, or nil when it parses.
func parseError(_ bytes: [UInt8], path: String = "t.yml") -> PipelineError? {
    do {
        _ = try PipelineDefinition.parse(bytes, path: path)
        return nil
    } catch {
        return error
    }
}

func parseError(_ yaml: String, path: String = "t.yml") -> PipelineError? {
    parseError(Array(yaml.utf8), path: path)
}

let allStages = "read, normalize, segment, tables, footnotes, facts"

@Suite("PipelineDefinition: valid")
struct ValidDefinitionTests {
    @Test func scalarList() throws {
        let def = try parse("""
            name: mine
            description: all of them
            stages:
              - read
              - normalize
              - segment
              - tables
              - footnotes
              - facts
            """)
        #expect(def.name == "mine")
        #expect(def.path == "t.yml")
        #expect(def.stages.map(\.name) == ["read", "normalize", "segment", "tables", "footnotes", "facts"])
        // Options not given are the defaults, resolved.
        #expect(def.stages[0].options == StageOptions(specs: StageRegistry.all[0].options, given: [:]))
        #expect(def.stages[0].options.values["max_bytes"] == .int(268_435_456))
        #expect(def.stages[0].options.values["fallback_encoding"] == .string("windows-1252"))
    }

    @Test func subsetAndNoName() throws {
        let def = try parse("stages: [read, segment]\n")
        #expect(def.name == "unnamed")
        #expect(def.stages.map(\.name) == ["read", "segment"])
    }

    @Test func stageWithOptionsFlowForm() throws {
        let def = try parse("""
            name: opts
            stages:
              - read: {max_bytes: 1000, fallback_encoding: latin-1}
              - normalize
            """)
        #expect(def.stages.map(\.name) == ["read", "normalize"])
        #expect(def.stages[0].options.values == ["max_bytes": .int(1000), "fallback_encoding": .string("latin-1"), "html": .bool(true),
                                                       "max_depth": .int(10_000), "pdf_max_pages": .int(5_000),
                                                       "pdf_max_words": .int(2_000_000), "pdf_max_seconds": .int(120)])
    }

    @Test func stageWithOptionsBlockForm() throws {
        let def = try parse("""
            stages:
              - read:
                  max_bytes: 1_000_000
                  fallback_encoding: fail
            """)
        #expect(def.stages[0].options.values["max_bytes"] == .int(1_000_000))
        #expect(def.stages[0].options.values["fallback_encoding"] == .string("fail"))
    }

    @Test func stageWithEmptyOptions() throws {
        for yaml in ["stages:\n  - read:\n", "stages:\n  - read: {}\n", "stages:\n  - read: ~\n", "stages:\n  - read: null\n",
                     "stages:\n  - read: NULL\n"] {
            let def = try parse(yaml)
            #expect(def.stages.count == 1)
            #expect(def.stages[0].options.values["max_bytes"] == .int(268_435_456), "\(yaml)")
        }
    }

    /// A quoted `"null"` is text, not YAML's null: options must be a mapping.
    @Test func quotedNullIsNotEmptyOptions() {
        for yaml in ["stages:\n  - read: \"null\"\n", "stages:\n  - read: '~'\n"] {
            #expect(parseError(yaml)?.message == "options of stage 'read' must be a mapping of option: value", "\(yaml)")
        }
    }

    @Test func optionsAtTheirBounds() throws {
        let def = try parse("stages:\n  - read: {max_bytes: 1}\n")
        #expect(def.stages[0].options.values["max_bytes"] == .int(1))
        let top = try parse("stages:\n  - read: {max_bytes: 2147483647}\n")
        #expect(top.stages[0].options.values["max_bytes"] == .int(2_147_483_647))
    }

    static let boolOption: (stage: String, option: OptionSpec)? = {
        for type in StageRegistry.all {
            if let spec = type.options.first(where: { $0.type == .bool }) { return (type.name, spec) }
        }
        return nil
    }()

    @Test(.enabled(if: boolOption != nil, "no stage declares a boolean option"))
    func booleanOptions() throws {
        guard let (stage, spec) = Self.boolOption else { return }
        let option = spec.name
        let prefix = stage == "read" ? "stages:\n" : "stages:\n  - read\n"
        for (word, value) in [("true", true), ("yes", true), ("on", true), ("false", false), ("No", false), ("off", false)] {
            let def = try parse(prefix + "  - \(stage): {\(option): \(word)}\n")
            #expect(def.stages.last?.options.bool(spec) == value, "\(word)")
        }
        let error = parseError(prefix + "  - \(stage): {\(option): maybe}\n")
        #expect(error?.message == "option '\(option)' of stage '\(stage)' must be a boolean (true or false), found 'maybe'")
    }

    @Test func explicitDefaultsRoundTrip() throws {
        // A definition that spells out every option's default gives the same options as none.
        var yaml = "stages:\n"
        for type in StageRegistry.all {
            yaml += "  - \(type.name):\n"
            if type.options.isEmpty { continue }
            for spec in type.options {
                let value: String
                switch spec.defaultValue {
                case let .bool(b): value = b ? "true" : "false"
                case let .int(i): value = String(i)
                case let .string(s): value = "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
                }
                yaml += "      \(spec.name): \(value)\n"
            }
        }
        let explicit = try parse(yaml)
        let implicit = try parse("stages: [" + StageRegistry.names.joined(separator: ", ") + "]\n")
        #expect(explicit.stages.map(\.name) == implicit.stages.map(\.name))
        #expect(explicit.stages.map(\.options) == implicit.stages.map(\.options))
    }

    @Test func loadFromFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("folio-pipeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("p.yml")
        let yaml = "name: fromfile\nstages:\n  - read\n"
        try Data(yaml.utf8).write(to: file)
        let def = try PipelineDefinition.load(path: file.path)
        #expect(def.name == "fromfile")
        #expect(def.path == file.path)
        #expect(def.sha256 == Hashing.sha256Hex(Array(yaml.utf8)))
    }
}

@Suite("PipelineDefinition: errors")
struct DefinitionErrorTests {
    @Test func unknownStage() {
        let error = parseError("""
            name: t
            stages:
              - read
              - normalise
            """)
        #expect(error?.line == 4)
        #expect(error?.column == 5)
        #expect(error?.description == "t.yml:4:5: unknown stage 'normalise'; expected one of \(allStages)")
    }

    @Test func unknownStageInMappingForm() {
        let error = parseError("stages:\n  - read\n  - tabels: {x: 1}\n")
        #expect(error?.description == "t.yml:3:5: unknown stage 'tabels'; expected one of \(allStages)")
    }

    @Test func unknownOption() {
        let error = parseError("""
            stages:
              - read:
                  max_byte: 5
            """)
        #expect(error?.description == "t.yml:3:7: unknown option 'max_byte' for stage 'read'; expected one of max_bytes, fallback_encoding, html, max_depth, pdf_max_pages, pdf_max_words, pdf_max_seconds")
    }

    static let optionless = StageRegistry.all.first { $0.options.isEmpty && $0.name != "read" }

    @Test(.enabled(if: optionless != nil, "every stage declares options"))
    func optionOnAStageWithoutOptions() {
        guard let optionless = Self.optionless else { return }
        let error = parseError("stages:\n  - read\n  - \(optionless.name): {anything: 1}\n")
        #expect(error?.description == "t.yml:3:\(8 + optionless.name.count): unknown option 'anything' for stage '\(optionless.name)'; expected no options")
    }

    @Test func wrongOptionType() {
        let error = parseError("stages:\n  - read: {max_bytes: lots}\n")
        #expect(error?.description == "t.yml:2:23: option 'max_bytes' of stage 'read' must be an integer from 1 to 2147483647, found 'lots'")
        let nonScalar = parseError("stages:\n  - read: {max_bytes: [1, 2]}\n")
        #expect(nonScalar?.message == "option 'max_bytes' of stage 'read' must be an integer from 1 to 2147483647, found 'a non-scalar'")
    }

    @Test func optionOutOfRange() {
        let zero = parseError("stages:\n  - read:\n      max_bytes: 0\n")
        #expect(zero?.description == "t.yml:3:18: option 'max_bytes' of stage 'read' must be an integer from 1 to 2147483647, found '0'")
        let big = parseError("stages:\n  - read:\n      max_bytes: 2147483648\n")
        #expect(big?.message == "option 'max_bytes' of stage 'read' must be an integer from 1 to 2147483647, found '2147483648'")
        let negative = parseError("stages:\n  - read:\n      max_bytes: -5\n")
        #expect(negative?.line == 3)
    }

    @Test func choiceNotAllowed() {
        let error = parseError("stages:\n  - read:\n      fallback_encoding: utf-32\n")
        #expect(error?.description == "t.yml:3:26: option 'fallback_encoding' of stage 'read' must be one of windows-1252, latin-1, fail, found 'utf-32'")
    }

    @Test func stageListedTwice() {
        let error = parseError("stages:\n  - read\n  - segment\n  - segment\n")
        #expect(error?.description == "t.yml:4:5: stage 'segment' is listed twice")
        let read = parseError("stages:\n  - read\n  - read: {max_bytes: 5}\n")
        #expect(read?.description == "t.yml:3:5: stage 'read' is listed twice")
    }

    @Test func firstStageMustBeRead() {
        let error = parseError("stages:\n  - normalize\n  - read\n")
        #expect(error?.description == "t.yml:2:5: the first stage must be 'read' (found 'normalize')")
    }

    @Test func stagesOutOfOrder() {
        let error = parseError("stages:\n  - read\n  - tables\n  - segment\n")
        #expect(error?.description == "t.yml:4:5: stage 'segment' must come before 'tables': stages run in the order read, normalize, segment, tables, footnotes, facts")
        // Leaving stages out is fine; the order of those listed is what counts.
        #expect(parseError("stages:\n  - read\n  - segment\n  - facts\n") == nil)
    }

    /// A stage's defaults are written once, in its option specs: options resolved from an
    /// empty definition and options not resolved at all (a stage built in code) agree.
    @Test func optionDefaultsHaveOneSource() {
        for type in StageRegistry.all {
            let resolved = StageOptions(specs: type.options, given: [:])
            for spec in type.options {
                switch spec.defaultValue {
                case .bool(let b): #expect(StageOptions().bool(spec) == b && resolved.bool(spec) == b, "\(type.name).\(spec.name)")
                case .int(let i): #expect(StageOptions().int(spec) == i && resolved.int(spec) == i, "\(type.name).\(spec.name)")
                case .string(let s): #expect(StageOptions().string(spec) == s && resolved.string(spec) == s, "\(type.name).\(spec.name)")
                }
            }
        }
    }

    @Test func missingStages() {
        let error = parseError("name: x\ndescription: nothing\n")
        #expect(error?.description == "t.yml:1:1: missing 'stages': expected a list of stage names")
    }

    @Test func emptyStages() {
        let error = parseError("name: x\nstages: []\n")
        #expect(error?.description == "t.yml:2:9: 'stages' must be a non-empty list of stages (\(allStages))")
        let null = parseError("name: x\nstages:\n")
        #expect(null?.message == "'stages' must be a non-empty list of stages (\(allStages))")
        let scalar = parseError("stages: read\n")
        #expect(scalar?.description == "t.yml:1:9: 'stages' must be a non-empty list of stages (\(allStages))")
    }

    @Test func unknownTopLevelKey() {
        let error = parseError("name: x\nstage:\n  - read\n")
        #expect(error?.description == "t.yml:2:1: unknown key 'stage'; expected name, description or stages")
    }

    @Test func badName() {
        let error = parseError("name: ''\nstages: [read]\n")
        #expect(error?.description == "t.yml:1:7: 'name' must be a non-empty string")
        let list = parseError("name: [a]\nstages: [read]\n")
        #expect(list?.message == "'name' must be a non-empty string")
    }

    @Test func badStageEntries() {
        let two = parseError("stages:\n  - read\n  - {normalize: {}, segment: {}}\n")
        #expect(two?.description == "t.yml:3:5: a stage entry is a name, or one name mapped to its options")
        let nested = parseError("stages:\n  - read\n  - [normalize]\n")
        #expect(nested?.description == "t.yml:3:5: a stage entry is a name, or one name mapped to its options")
        let scalarOptions = parseError("stages:\n  - read: 5\n")
        #expect(scalarOptions?.description == "t.yml:2:11: options of stage 'read' must be a mapping of option: value")
    }

    @Test func notAMapping() {
        let list = parseError("- read\n- normalize\n")
        #expect(list?.description == "t.yml:1:1: expected a mapping with keys 'name' and 'stages'")
        let empty = parseError("")
        #expect(empty?.description == "t.yml: expected a mapping with keys 'name' and 'stages'")
        let comment = parseError("# nothing here\n")
        #expect(comment?.description == "t.yml: expected a mapping with keys 'name' and 'stages'")
    }

    @Test func yamlSyntaxError() {
        let error = parseError("name: x\nstages:\n  - read\n  - [normalize\n")
        #expect(error?.description == "t.yml:5:1: invalid YAML: did not find expected ',' or ']'")

        let indent = parseError("name: x\nstages:\n  - read\n bad: indent\n")
        #expect(indent?.description == "t.yml:4:2: invalid YAML: did not find expected key")

        let tab = parseError("stages:\n  - read\n\t- normalize\n")
        #expect(tab?.description == "t.yml:3:1: invalid YAML: found a tab character that violates indentation")
    }

    @Test func duplicatedKeys() {
        // One line, with the place of the key: not Yams' multi-line report.
        let option = parseError("stages:\n  - read: {max_bytes: 1, max_bytes: 2}\n")
        #expect(option?.description == "t.yml:2:12: invalid YAML: duplicated key 'max_bytes'")
        let top = parseError("name: a\nstages: [read]\nname: b\n")
        #expect(top?.description == "t.yml:1:1: invalid YAML: duplicated key 'name'")
    }

    @Test func controlCharacters() {
        // Valid UTF-8 that YAML refuses: reported with line and column (in characters).
        let inName = parseError("name: é\u{01}x\nstages: [read]\n")
        #expect(inName?.description == "t.yml:1:8: invalid YAML: control characters are not allowed")
        let crlf = parseError("name: x\r\nstages: [read]\r\nfoo: \u{02}\n")
        #expect(crlf?.description == "t.yml:3:6: invalid YAML: control characters are not allowed")
    }

    @Test func everyErrorIsOneLine() {
        let broken = [
            "stages: [read", "stages:\n  - read: {max_bytes: 1, max_bytes: 2}\n", "name: \u{01}\n", "stages:\n\t- read\n",
            "stages: [nope]", "- a", "stages: [read, read]", "stages: [read, {normalize: {x: 1}}]",
        ]
        for yaml in broken {
            let error = parseError(yaml)
            #expect(error != nil, "\(yaml.debugDescription) parsed")
            #expect(error?.description.contains("\n") == false, "\(error?.description.debugDescription ?? "")")
            #expect(error?.description.hasPrefix("t.yml:") == true)
        }
    }

    @Test func notUTF8() {
        let error = parseError(Array("name: ".utf8) + [0x93, 0x78, 0x94] + Array("\nstages: [read]\n".utf8))
        #expect(error?.description == "t.yml: is not valid UTF-8 text")
        #expect(error?.line == nil)
        #expect(error?.column == nil)
    }

    @Test func loadDirectoryAndMissingPath() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("folio-pipeline-dir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }

        do {
            _ = try PipelineDefinition.load(path: dir.path)
            Issue.record("loading a directory should fail")
        } catch {
            #expect(error.description == "\(dir.path): is a directory, expected a pipeline definition file (YAML)")
        }

        let missing = dir.appendingPathComponent("nope.yml").path
        do {
            _ = try PipelineDefinition.load(path: missing)
            Issue.record("loading a missing file should fail")
        } catch {
            #expect(error.description == "\(missing): no such pipeline definition")
            #expect(error.line == nil)
        }
    }

    @Test func errorDescriptionFormat() {
        #expect(PipelineError(file: "p.yml", line: 3, column: 7, message: "m").description == "p.yml:3:7: m")
        #expect(PipelineError(file: "p.yml", line: 3, column: nil, message: "m").description == "p.yml:3: m")
        #expect(PipelineError(file: "p.yml", line: nil, column: nil, message: "m").description == "p.yml: m")
    }
}

@Suite("PipelineDefinition: sha256 and the default")
struct ShaAndDefaultTests {
    @Test func sha256OfBytes() throws {
        let yaml = "name: s\nstages:\n  - read\n"
        let def = try parse(yaml)
        // sha256 of these exact bytes (computed independently with sha256sum).
        #expect(def.sha256 == "d562665ad9012d4ef8d3617932f26820de4df733e419033b716665dea698ae48")
        #expect(def.sha256 == Hashing.sha256Hex(Array(yaml.utf8)))

        // Same stages, different bytes (a comment): a different sha.
        let commented = try parse("# comment\n" + yaml)
        #expect(commented.stages.map(\.name) == def.stages.map(\.name))
        #expect(commented.sha256 != def.sha256)
        #expect(commented.sha256 == Hashing.sha256Hex(Array(("# comment\n" + yaml).utf8)))
    }

    @Test func embeddedDefaultMatchesFile() throws {
        let path = packageRoot.appendingPathComponent(DefaultPipeline.path).path
        let data = try #require(FileManager.default.contents(atPath: path), "missing \(path)")
        #expect(Array(DefaultPipeline.yaml.utf8) == [UInt8](data), "Sources/FolioPipeline/DefaultPipeline.swift and Pipelines/default.yml differ")
        let fromFile = try PipelineDefinition.load(path: path)
        let embedded = try DefaultPipeline.definition()
        #expect(embedded.sha256 == fromFile.sha256)
        #expect(embedded.name == "default")
        #expect(embedded.path == "<embedded default pipeline>")
        #expect(embedded.stages.map(\.name) == StageRegistry.names)
    }
}
