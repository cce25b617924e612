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
}
