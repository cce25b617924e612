public import FolioModel

/// Turns table regions into tables of typed cells, with arithmetic checks.
public struct TablesStage: Stage {
    public static let name = "tables"
    public static let summary = "recover table structure; type cells (sign, scale, unit, currency); check totals"
    public static let options: [OptionSpec] = []

    public init(options: StageOptions) {}

    public func process(_ document: inout WorkingDocument) throws(DocumentFailure) {}
}
