public import FolioModel

/// A loaded pipeline: configured stage instances, ready to process documents concurrently.
public struct Pipeline: Sendable {
    public let definition: PipelineDefinition
    let stages: [any Stage]

    public init(_ definition: PipelineDefinition) {
        self.definition = definition
        self.stages = definition.stages.map { $0.type.init(options: $0.options) }
    }

    /// Runs every stage over one document. A stage failure stops that document only: the
    /// result says it failed and carries the diagnostic.
    public func process(docId: String, source: String, bytes: [UInt8], sha256: String,
                        sourceBase: Int = 0, part: DocumentPart? = nil) -> (document: WorkingDocument, failed: Bool) {
        var doc = WorkingDocument(docId: docId, source: source, bytes: bytes, sha256: sha256)
        doc.sourceBase = sourceBase
        doc.part = part
        if let part {
            // The submission's header is the most trusted source of filing metadata.
            if let h = part.header { h.apply(to: &doc.metadata, partType: part.type) } else { doc.metadata.propose(.formType, part.type, from: .sgmlHeader) }
        }
        for stage in stages {
            do {
                try stage.process(&doc)
            } catch {
                doc.diagnostics.append(Diagnostic(stage: type(of: stage).name, severity: .error, code: error.code,
                                                  message: error.message, sourceSpan: error.sourceSpan))
                return (doc, true)
            }
        }
        return (doc, false)
    }
}
