public import FolioModel

/// Finds footnote definitions and links every marker to them.
public struct FootnotesStage: Stage {
    public static let name = "footnotes"
    public static let summary = "find footnote definitions and link every marker that points to them"
    public static let options: [OptionSpec] = []

    public init(options: StageOptions) {}

    public func process(_ document: inout WorkingDocument) throws(DocumentFailure) {}
}
