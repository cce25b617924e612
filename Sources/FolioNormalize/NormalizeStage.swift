public import FolioModel

/// Repairs text damaged by PDF extraction, keeping the map back to the source bytes.
public struct NormalizeStage: Stage {
    public static let name = "normalize"
    public static let summary = "repair extraction damage (escapes, markers, spaces, line ends); map every character to its source"
    public static let options: [OptionSpec] = []

    public init(options: StageOptions) {}

    public func process(_ document: inout WorkingDocument) throws(DocumentFailure) {}
}
