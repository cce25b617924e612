import FolioModel

/// Fixed-width (space-aligned) tables: line tests, region extent and column segmentation.
enum FixedWidth {
    static func isRule(_ text: [UInt8], _ line: Span) -> Bool { false }
    static func isRow(_ text: [UInt8], _ line: Span) -> Bool { false }
    static func rows(_ text: [UInt8], _ lines: [Span]) -> [GridRow] { [] }
    static func extent(_ text: [UInt8], _ lines: [Span], _ kinds: [TableRegionFinder.LineKind], from: Int) -> (Int, Int)? { nil }
}
