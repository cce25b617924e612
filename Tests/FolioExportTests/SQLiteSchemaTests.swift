@testable import FolioExport
import FolioModel
import Testing

/// The SQLite export's tables against the one schema declaration (`RecordSchema`): every
/// column reads a declared field (nested fields through their objects), and every declared
/// field of a record kind has a column.
@Suite struct SQLiteSchemaTests {
    /// Whether `path` names a field of `fields` (an object's field by its path, a span's
    /// `start`/`end`, or an array field as a whole, exported as JSON).
    static func resolves(_ path: ArraySlice<String>, in fields: [RecordSchema.Field]) -> Bool {
        guard let name = path.first, let field = fields.first(where: { $0.name == name }) else { return false }
        let rest = path.dropFirst()
        if rest.isEmpty { return true }
        switch field.type {
        case let .object(inner): return resolves(rest, in: inner)
        case let .oneOf(variants): return variants.contains { resolves(rest, in: $0) }
        case .span: return rest.count == 1 && (rest.first == "start" || rest.first == "end")
        case .box: return rest.count == 1 && rest.first.map { RecordSchema.boxFields.contains($0) } == true
        default: return false
        }
    }

    /// The fields a table's rows come from: the kind's, or the elements' of the child array
    /// (plus the parent's key columns).
    static func rowFields(_ schema: TableSchema) -> [RecordSchema.Field] {
        let top = RecordSchema.fields(schema.kind)
        guard let child = schema.child else { return top }
        guard let array = top.first(where: { $0.name == child.field }), case let .objects(inner) = array.type else { return [] }
        return top.filter { child.keys.contains($0.name) } + inner
    }

    @Test("every column of every exported table reads a declared field")
    func columnsReadDeclaredFields() {
        for schema in SQLiteExporter.schemas {
            let fields = Self.rowFields(schema)
            #expect(!fields.isEmpty, "\(schema.name): no declared fields")
            for column in schema.columns {
                #expect(Self.resolves(column.path[...], in: fields), "\(schema.name).\(column.name) reads \(column.path), not in RecordSchema")
            }
        }
    }

    @Test("every declared field of every record kind has a column", arguments: RecordKind.allCases)
    func everyFieldHasAColumn(_ kind: RecordKind) {
        guard let table = SQLiteExporter.schemas.first(where: { $0.kind == kind && $0.child == nil }) else {
            Issue.record("no exported table for \(kind.rawValue)")
            return
        }
        let read = Set(table.columns.compactMap(\.path.first))
        let missing = RecordSchema.names(kind).filter { !read.contains($0) }
        #expect(missing.isEmpty, "\(table.name) has no column for \(missing)")
    }
}
