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
    ///
    /// The document's bytes are released after the last stage that reads them
    /// (`Stage.readsSourceBytes`): for a text file that is the read stage, so from normalize on
    /// only the text and its map are held. `bytes` is taken over: a caller that hands its
    /// only reference (`consume`) holds no second copy while the stages run.
    public func process(docId: String, source: String, bytes: consuming [UInt8], sha256: String,
                        sourceBase: Int = 0, part: DocumentPart? = nil) -> (document: WorkingDocument, failed: Bool) {
        var doc = WorkingDocument(docId: docId, source: source, bytes: consume bytes, sha256: sha256)
        doc.sourceBase = sourceBase
        doc.part = part
        if let part {
            // The submission's header is the most trusted source of filing metadata.
            if let h = part.header { h.apply(to: &doc.metadata, partType: part.type) } else { doc.metadata.propose(.formType, part.type, from: .sgmlHeader) }
        }
        for (i, stage) in stages.enumerated() {
            do {
                try stage.process(&doc)
                if i >= lastStageReadingSourceBytes(of: doc.format) ?? -1 { doc.releaseBytes() }
            } catch {
                doc.diagnostics.append(Diagnostic(stage: type(of: stage).name, severity: .error, code: error.code,
                                                  message: error.message, sourceSpan: error.sourceSpan))
                return (doc, true)
            }
        }
        return (doc, false)
    }

    /// The index of the last stage that reads the source bytes of a document of `format`
    /// (`Stage.readsSourceBytes`), nil when none does: `process` releases them after it. In the
    /// default pipeline that is the read stage, and the tables stage for HTML.
    public func lastStageReadingSourceBytes(of format: DocumentFormat) -> Int? {
        stages.lastIndex { $0.readsSourceBytes(of: format) }
    }
}
