/// The record schema, declared once: every field of every record kind, in the order
/// `RecordEmitter` writes them, with its JSON type. The emitter, the stored-row types
/// (`StoredRecords.swift`), the SQLite export's tables and the field tables of
/// docs/dataset.md are checked against it by tests (`RecordSchemaTests`, the export's
/// `SQLiteSchemaTests`): a field added in one place and not the others fails them.
public enum RecordSchema {
    /// The JSON type of a field's value (`null` aside: `nullable` says whether it may be null).
    public enum FieldType: Sendable, Hashable {
        case string, int, number
        /// `{"start": int, "end": int}` (docs/dataset.md, "Spans").
        case span
        /// An object with these fields.
        case object([Field])
        /// An array of strings.
        case strings
        /// An array of integers (`tables.checks.rows`).
        case ints
        /// An array of arrays of strings (`tables.header`).
        case stringRows
        /// An array of objects with these fields.
        case objects([Field])
        /// An object with the fields of one of these lists (`cells.period`: `{start, end}` or
        /// `{instant}`).
        case oneOf([[Field]])
        /// `{"page": int, "x0": number, "y0": number, "x1": number, "y1": number}`: where a record
        /// of a PDF was printed (docs/dataset.md, "Provenance in a PDF").
        case box
    }

    /// The names of a `.box` value's fields, in order.
    public static let boxFields = ["page", "x0", "y0", "x1", "y1"]

    public struct Field: Sendable, Hashable {
        public var name: String
        public var type: FieldType
        public var nullable: Bool
        /// Written only in the records of a document read from a PDF (`format` `pdf`), absent
        /// from every other document's (so their records stay as they were).
        public var pdfOnly: Bool

        public init(_ name: String, _ type: FieldType, nullable: Bool = false, pdfOnly: Bool = false) {
            self.name = name
            self.type = type
            self.nullable = nullable
            self.pdfOnly = pdfOnly
        }
    }

    static func f(_ name: String, _ type: FieldType, null: Bool = false) -> Field { Field(name, type, nullable: null) }

    /// The top-level fields of a record of `kind` written for a document, in order: without the
    /// `pdfOnly` fields unless the document was read from a PDF.
    public static func fields(_ kind: RecordKind, pdf: Bool) -> [Field] {
        fields(kind).filter { pdf || !$0.pdfOnly }
    }

    /// The names of the top-level fields of `kind` written for a document, in order.
    public static func names(_ kind: RecordKind, pdf: Bool) -> [String] { fields(kind, pdf: pdf).map(\.name) }

    /// Every top-level field of a record of `kind` (the `pdfOnly` ones included), in the order
    /// they are written.
    public static func fields(_ kind: RecordKind) -> [Field] {
        switch kind {
        case .documents: return documents
        case .sections: return sections
        case .blocks: return blocks
        case .tables: return tables
        case .cells: return cells
        case .footnotes: return footnotes
        case .facts: return facts
        case .diagnostics: return diagnostics
        }
    }

    /// The names of every top-level field of `kind`, in order.
    public static func names(_ kind: RecordKind) -> [String] { fields(kind).map(\.name) }

    static let spans = [f("span", .span, null: true), f("source_span", .span, null: true)]
    /// `source_box`: a PDF record's page and box; null when its text covers no word.
    static let sourceBox = Field("source_box", .box, nullable: true, pdfOnly: true)
    /// The spans of a top-level record, then its box.
    static let provenance = spans + [sourceBox]

    static let documents: [Field] = [
        f("doc_id", .string), f("source", .string), f("sha256", .string), f("bytes", .int), f("format", .string),
        f("encoding", .string, null: true),
        f("part", .object([f("type", .string), f("sequence", .int), f("filename", .string, null: true),
                           f("description", .string, null: true)]), null: true),
        f("status", .string), f("title", .string, null: true), f("issuer", .string, null: true),
        f("form_type", .string, null: true), f("period", .string, null: true), f("date", .string, null: true),
        f("cik", .string, null: true), f("ticker", .string, null: true), f("accession_number", .string, null: true),
        f("filing_date", .string, null: true), f("period_end", .string, null: true), f("fiscal_year", .int, null: true),
        f("fiscal_period", .string, null: true),
        f("metadata_sources", .object(MetadataField.allCases.map { f($0.rawValue, .string, null: true) })),
        f("counts", .object(["sections", "blocks", "tables", "footnotes", "facts"].map { f($0, .int) })),
        f("removed", .objects([f("kind", .string), f("text", .string), f("source_span", .span, null: true), sourceBox])),
        f("text_sha256", .string, null: true), f("text", .string, null: true),
    ]

    static let sections: [Field] = [
        f("doc_id", .string), f("section_id", .int), f("parent_id", .int, null: true), f("level", .int),
        f("ordinal", .int), f("heading", .string), f("heading_rule", .string, null: true),
    ] + provenance

    static let blocks: [Field] = [
        f("doc_id", .string), f("block_id", .int), f("section_id", .int, null: true), f("kind", .string),
        f("table_id", .int, null: true), f("text", .string),
    ] + provenance

    static let tables: [Field] = [
        f("doc_id", .string), f("table_id", .int), f("section_id", .int, null: true), f("title", .string, null: true),
        f("statement", .string, null: true),
        f("units", .object([f("scale", .int, null: true), f("currency", .string, null: true),
                            f("source", .object([f("kind", .string), f("text", .string, null: true)] + spans))])),
        f("header", .stringRows), f("n_rows", .int), f("n_cols", .int),
    ] + provenance + [
        f("checks", .objects([f("kind", .string), f("target", .string), f("col", .int, null: true),
                              f("expected", .number, null: true), f("actual", .number, null: true), f("outcome", .string),
                              f("rows", .ints), f("reason", .string, null: true)])),
    ]

    static let cells: [Field] = [
        f("doc_id", .string), f("table_id", .int), f("row", .int), f("col", .int), f("row_label", .string),
        f("row_path", .strings), f("column_path", .strings), f("raw", .string), f("value", .number, null: true),
        f("scale", .int), f("unit", .string, null: true),
    ] + provenance + [
        f("period", .oneOf([[f("start", .string), f("end", .string)], [f("instant", .string)]]), null: true),
        f("period_reason", .string, null: true), f("concept", .string, null: true), f("concept_source", .string, null: true),
        f("context", .string, null: true),
        f("scale_reason", .string, null: true), f("bounds", .objects([f("value", .number)] + spans), null: true),
        f("row_path_rule", .string, null: true), f("label_rule", .string, null: true),
    ]

    static let footnotes: [Field] = [
        f("doc_id", .string), f("footnote_id", .int), f("label", .string), f("text", .string),
        f("section_id", .int, null: true),
    ] + provenance + [
        f("references", .objects([f("block_id", .int, null: true)] + spans
                                 + [f("table_id", .int, null: true), f("row", .int, null: true), f("col", .int, null: true)])),
    ]

    static let facts: [Field] = [
        f("doc_id", .string), f("fact_id", .int), f("origin", .string), f("metric", .string),
        f("value", .number, null: true), f("scale", .int), f("unit", .string, null: true),
        f("period", .object([f("start", .string, null: true), f("end", .string, null: true), f("instant", .string, null: true),
                             f("text", .string, null: true)]), null: true),
    ] + provenance + [
        f("cell", .object([f("table_id", .int), f("row", .int), f("col", .int)]), null: true),
        f("check", .string), f("compared_value", .number, null: true), f("role", .string, null: true),
        f("comparative_of", .int, null: true),
    ]

    static let diagnostics: [Field] = [
        f("doc_id", .string), f("stage", .string), f("severity", .string), f("code", .string), f("message", .string),
        f("source_span", .span, null: true), sourceBox,
    ]
}
