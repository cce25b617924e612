public import FolioModel

/// Splits normalized text into blocks and builds the section tree.
///
/// The work is done by `Segmenter` with small, separately tested parts: `LineSplitter` and
/// `LineClassifier` (what a line is), `HeadingDetector` (what can be a heading),
/// `TOCDetector` (tables of contents), `TitleDetector`, `LevelAssigner` (levels and nesting)
/// and `MetadataExtractor` (title, issuer, form type, period, date).
public struct SegmentStage: Stage {
    public static let name = "segment"
    public static let summary = "split text into headings, paragraphs, list items, captions and table regions; build the section tree"
    public static let options: [OptionSpec] = []

    public init(options: StageOptions) {}

    public func process(_ document: inout WorkingDocument) throws(DocumentFailure) {
        let result = Segmenter.segment(document.text)
        document.blocks = result.blocks
        document.sections = result.sections
        let md = result.metadata
        // What an earlier stage read from a more trusted source (the SGML header, `dei:`
        // facts) is kept: `propose` decides.
        for field in MetadataField.allCases {
            document.metadata.propose(field, md[field], from: md.sources[field] ?? .text)
        }
        if document.metadata.period == nil { document.metadata.period = md.period }
        if document.metadata.date == nil { document.metadata.date = md.date }
        if document.metadata.fiscalYearEnd == nil { document.metadata.fiscalYearEnd = md.fiscalYearEnd }
        if result.sections.isEmpty, !result.blocks.isEmpty {
            document.diagnose(Self.name, .info, "segment.no_headings", "no headings found: the document is one unsectioned run of \(result.blocks.count) block(s)")
        }
    }
}
