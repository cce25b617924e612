public import FolioModel
import FolioRead
import FolioNormalize
import FolioSegment
import FolioTables
import FolioFootnotes
import FolioFacts

/// Every stage a pipeline definition may name, in their usual order.
public enum StageRegistry {
    public static let all: [any Stage.Type] = [
        ReadStage.self, NormalizeStage.self, SegmentStage.self, TablesStage.self, FootnotesStage.self, FactsStage.self,
    ]

    public static func stage(named name: String) -> (any Stage.Type)? {
        all.first { $0.name == name }
    }

    public static var names: [String] { all.map { $0.name } }

    /// Why `name` cannot follow `previous` in a pipeline, or nil when it can. Each stage
    /// reads what the stages before it in `all` decided (segment's blocks, the tables
    /// stage's tables), so a pipeline lists stages in that order, any of them left out.
    static func outOfOrder(_ name: String, after previous: String) -> String? {
        guard let i = all.firstIndex(where: { $0.name == name }),
              let p = all.firstIndex(where: { $0.name == previous }), i <= p else { return nil }
        return "stage '\(name)' must come before '\(previous)': stages run in the order \(names.joined(separator: ", "))"
    }
}
