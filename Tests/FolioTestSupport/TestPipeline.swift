public import FolioModel
import FolioPipeline

/// Runs stages on test inputs the way the pipeline does: one working document, the stages in
/// order, each with its declared defaults unless options are given.
public enum TestPipeline {
    /// A working document of `bytes` (not yet read).
    public static func document(_ bytes: [UInt8], docId: String = "t", source: String = "t.txt") -> WorkingDocument {
        WorkingDocument(docId: docId, source: source, bytes: bytes)
    }

    /// Runs `stages` in order on a document of `bytes`.
    public static func run(_ stages: [any Stage], bytes: [UInt8], docId: String = "t", source: String = "t.txt") throws(DocumentFailure) -> WorkingDocument {
        var doc = document(bytes, docId: docId, source: source)
        for stage in stages { try stage.process(&doc) }
        return doc
    }

    /// Runs `stages` in order on a document of `text`.
    public static func run(_ stages: [any Stage], text: String, docId: String = "t", source: String = "t.txt") throws(DocumentFailure) -> WorkingDocument {
        try run(stages, bytes: Array(text.utf8), docId: docId, source: source)
    }

    /// Runs `stages` in order on the file at `path` (its name is the document's id and source);
    /// nil when the file cannot be read.
    public static func run(_ stages: [any Stage], file path: String) throws(DocumentFailure) -> WorkingDocument? {
        guard let bytes = TestFiles.read(path) else { return nil }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return try run(stages, bytes: bytes, docId: name, source: name)
    }

    /// Runs the default pipeline (Pipelines/default.yml, as embedded) on `bytes`, as a run does;
    /// nil when the document failed.
    public static func runDefault(bytes: [UInt8], docId: String = "t", source: String = "t.txt") throws -> WorkingDocument? {
        let (doc, failed) = Pipeline(try DefaultPipeline.definition()).process(docId: docId, source: source, bytes: bytes, sha256: "")
        return failed ? nil : doc
    }

    /// Runs the default pipeline on the file at `path`; nil when it cannot be read or failed.
    public static func runDefault(file path: String) throws -> WorkingDocument? {
        guard let bytes = TestFiles.read(path) else { return nil }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return try runDefault(bytes: bytes, docId: name, source: name)
    }
}
