public import FolioModel

/// Splits normalized text into blocks and builds the section tree.
public struct SegmentStage: Stage {
    public static let name = "segment"
    public static let summary = "split text into headings, paragraphs, list items, captions and table regions; build the section tree"
    public static let options: [OptionSpec] = []

    public init(options: StageOptions) {}

    public func process(_ document: inout WorkingDocument) throws(DocumentFailure) {}
}
