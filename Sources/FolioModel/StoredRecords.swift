public import Foundation

/// Records as read back from a dataset version (by `folio show`, `diff`, `export`, tests).
/// Decode with `StoredRecords.decoder` (snake_case keys). Fields the writer may add later are
/// ignored; each row field is a field of `RecordSchema` (checked by `RecordSchemaTests`).
public enum StoredRecords {
    public static var decoder: JSONDecoder {
        let d = JSONDecoder()
        d.keyDecodingStrategy = .convertFromSnakeCase
        return d
    }

    /// Decodes every line of a JSONL buffer; a malformed line throws with its line number.
    public static func decodeLines<T: Decodable>(_ type: T.Type, from data: Data) throws -> [T] {
        let decoder = Self.decoder
        var result: [T] = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            lineNumber += 1
            do {
                result.append(try decoder.decode(T.self, from: Data(line)))
            } catch {
                throw DatasetReadError(message: "line \(lineNumber): \(error)")
            }
        }
        return result
    }
}

public struct DatasetReadError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}

public struct DocumentRow: Codable, Sendable, Hashable {
    public var docId: String
    public var source: String
    public var sha256: String
    public var bytes: Int
    public var format: String
    public var encoding: String?
    public var part: DocumentPart?
    public var status: String
    public var title: String?
    public var issuer: String?
    public var formType: String?
    public var period: String?
    public var date: String?
    /// Filing metadata (absent in versions written before it).
    public var cik: String? = nil
    public var ticker: String? = nil
    public var accessionNumber: String? = nil
    public var filingDate: String? = nil
    public var periodEnd: String? = nil
    public var fiscalYear: Int? = nil
    public var fiscalPeriod: String? = nil
    /// Where each filing field was read (`sgml_header`, `ixbrl_dei`, `cover_page`, `text`).
    public var metadataSources: MetadataSourcesRow? = nil
    public var textSha256: String?
    public var text: String?
}

/// `documents.metadata_sources`: the source of each filing field (null when unset).
public struct MetadataSourcesRow: Codable, Sendable, Hashable {
    public var title: String? = nil
    public var issuer: String? = nil
    public var cik: String? = nil
    public var ticker: String? = nil
    public var accessionNumber: String? = nil
    public var formType: String? = nil
    public var filingDate: String? = nil
    public var periodEnd: String? = nil
    public var fiscalYear: String? = nil
    public var fiscalPeriod: String? = nil
    public init() {}
}

public struct SectionRow: Codable, Sendable, Hashable {
    public var docId: String
    public var sectionId: Int
    public var parentId: Int?
    public var level: Int
    public var ordinal: Int
    public var heading: String
    /// The rule that made the line a heading (`HeadingRule`; absent in versions written
    /// before it).
    public var headingRule: String? = nil
    public var span: Span
    /// Null for a PDF (its `sourceBox` says where the text was printed).
    public var sourceSpan: Span?
    /// A PDF record's page and box (absent for other formats).
    public var sourceBox: SourceBox? = nil
}

public struct BlockRow: Codable, Sendable, Hashable {
    public var docId: String
    public var blockId: Int
    public var sectionId: Int?
    public var kind: String
    public var tableId: Int?
    public var text: String
    public var span: Span
    /// Null for a PDF (its `sourceBox` says where the text was printed).
    public var sourceSpan: Span?
    /// A PDF record's page and box (absent for other formats).
    public var sourceBox: SourceBox? = nil
}

public struct TableRow: Codable, Sendable, Hashable {
    public var docId: String
    public var tableId: Int
    public var sectionId: Int?
    public var title: String?
    public var units: TableUnits
    public var header: [[String]]
    public var nRows: Int
    public var nCols: Int
    public var span: Span
    /// Null for a PDF (its `sourceBox` says where the table was printed).
    public var sourceSpan: Span?
    /// A PDF table's page and box (absent for other formats).
    public var sourceBox: SourceBox? = nil
    public var checks: [TableCheck]
    /// `balance_sheet`, ..., `other` (absent in versions written before it).
    public var statement: String? = nil
}

public struct CellRow: Codable, Sendable, Hashable {
    public var docId: String
    public var tableId: Int
    public var row: Int
    public var col: Int
    public var rowLabel: String
    public var rowPath: [String]
    public var columnPath: [String]
    public var raw: String
    public var value: Double?
    public var scale: Int
    public var unit: String?
    public var span: Span?
    public var sourceSpan: Span?
    /// A PDF cell's page and box (absent for other formats).
    public var sourceBox: SourceBox? = nil
    /// `{start, end}` or `{instant}`; nil when unresolved (and in versions written before
    /// cells had periods).
    public var period: CellPeriod? = nil
    public var periodReason: String? = nil
    public var concept: String? = nil
    /// `tagged` or `dictionary` (absent in versions written before it).
    public var conceptSource: String? = nil
    public var context: String? = nil
    /// Why the cell's scale differs from its table's (absent in versions written before it).
    public var scaleReason: String? = nil
    /// The bounds of a range printed in the cell (absent in versions written before them).
    public var bounds: [CellBoundRow]? = nil
    /// The rule that put the row under its path's headings (`RowPathRule`; absent in versions
    /// written before it).
    public var rowPathRule: String? = nil
    /// How the row's label was joined from lines (`LabelRule`; absent before it).
    public var labelRule: String? = nil
}

/// One bound of a range cell as stored.
public struct CellBoundRow: Codable, Sendable, Hashable {
    public var value: Double
    public var span: Span?
    public var sourceSpan: Span?
}

/// A cell's period as stored: ISO dates, `start`/`end` for a duration, `instant` for an instant.
public struct CellPeriod: Codable, Sendable, Hashable {
    public var start: String?
    public var end: String?
    public var instant: String?
    public init(start: String? = nil, end: String? = nil, instant: String? = nil) {
        self.start = start
        self.end = end
        self.instant = instant
    }
}

public struct FootnoteReferenceRow: Codable, Sendable, Hashable {
    public var blockId: Int?
    public var span: Span?
    public var sourceSpan: Span?
    public var tableId: Int?
    public var row: Int?
    public var col: Int?
}

public struct FootnoteRow: Codable, Sendable, Hashable {
    public var docId: String
    public var footnoteId: Int
    public var label: String
    public var text: String
    public var sectionId: Int?
    public var span: Span?
    public var sourceSpan: Span?
    /// A PDF footnote's page and box (absent for other formats).
    public var sourceBox: SourceBox? = nil
    public var references: [FootnoteReferenceRow]
}

public struct FactRow: Codable, Sendable, Hashable {
    public var docId: String
    public var factId: Int
    public var origin: FactOrigin
    public var metric: String
    public var value: Double?
    public var scale: Int
    public var unit: String?
    public var period: FactPeriod?
    public var span: Span?
    public var sourceSpan: Span?
    /// A PDF fact's page and box (absent for other formats).
    public var sourceBox: SourceBox? = nil
    public var cell: FactCell?
    public var check: FactCheck
    public var comparedValue: Double?
    public var role: String? = nil
    public var comparativeOf: Int? = nil
}

public struct DiagnosticRow: Codable, Sendable, Hashable {
    public var docId: String
    public var stage: String
    public var severity: String
    public var code: String
    public var message: String
    public var sourceSpan: Span?
    /// Where a PDF diagnostic's span was printed (absent for other formats).
    public var sourceBox: SourceBox? = nil
}
