internal import CSQLite
import Foundation

/// A SQLite error with the library's message.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A value read from or bound to SQLite.
public enum SQLValue: Sendable, Hashable, CustomStringConvertible {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    /// The value as the `sqlite3` shell prints it in list mode (NULL as an empty string).
    public var description: String {
        switch self {
        case .null: return ""
        case .integer(let i): return String(i)
        case .real(let d): return String(d)
        case .text(let s): return s
        }
    }
}

/// One connection to a database file, used from one thread and closed in the scope that
/// opened it. Every call into the SQLite C library is in this file.
public final class SQLiteDatabase {
    private var handle: OpaquePointer?

    /// Opens (creating if `create`) the database at `path`; read-only otherwise.
    public init(path: String, create: Bool = false) throws(SQLiteError) {
        let flags = create ? (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) : SQLITE_OPEN_READONLY
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
        if rc != SQLITE_OK {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(db)
            throw SQLiteError("cannot open \(path): \(message)")
        }
        handle = db
    }

    deinit { close() }

    public func close() {
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }

    private func lastError() -> String {
        guard let handle else { return "database is closed" }
        return String(cString: sqlite3_errmsg(handle))
    }

    /// Runs one or more statements that return no rows.
    public func execute(_ sql: String) throws(SQLiteError) {
        var err: UnsafeMutablePointer<CChar>?
        if sqlite3_exec(handle, sql, nil, nil, &err) != SQLITE_OK {
            let message = err.map { String(cString: $0) } ?? lastError()
            sqlite3_free(err)
            throw SQLiteError("\(message) (in: \(sql.prefix(120)))")
        }
    }

    /// A prepared statement for repeated inserts.
    public func prepare(_ sql: String) throws(SQLiteError) -> Statement {
        var stmt: OpaquePointer?
        if sqlite3_prepare_v2(handle, sql, -1, &stmt, nil) != SQLITE_OK || stmt == nil {
            throw SQLiteError("\(lastError()) (in: \(sql.prefix(120)))")
        }
        return Statement(stmt: stmt, db: self)
    }

    /// Runs a query and returns its column names and rows.
    public func query(_ sql: String, _ arguments: [SQLValue] = []) throws(SQLiteError) -> (columns: [String], rows: [[SQLValue]]) {
        let statement = try prepare(sql)
        for (i, a) in arguments.enumerated() { try statement.bind(i + 1, a) }
        var rows: [[SQLValue]] = []
        while try statement.step() { rows.append(statement.row()) }
        return (statement.columnNames(), rows)
    }

    public final class Statement {
        private var stmt: OpaquePointer?
        private let db: SQLiteDatabase

        fileprivate init(stmt: OpaquePointer?, db: SQLiteDatabase) {
            self.stmt = stmt
            self.db = db
        }

        deinit { sqlite3_finalize(stmt) }

        public func bind(_ index: Int, _ value: SQLValue) throws(SQLiteError) {
            let i = Int32(index)
            let rc: Int32
            switch value {
            case .null: rc = sqlite3_bind_null(stmt, i)
            case .integer(let v): rc = sqlite3_bind_int64(stmt, i, v)
            case .real(let v): rc = sqlite3_bind_double(stmt, i, v)
            case .text(let s):
                rc = s.utf8CString.withUnsafeBufferPointer { buf in
                    folio_sqlite3_bind_text(stmt, i, buf.baseAddress, Int32(buf.count - 1))
                }
            }
            if rc != SQLITE_OK { throw SQLiteError("bind: \(db.lastError())") }
        }

        /// Steps once: true when a row is ready, false when done.
        public func step() throws(SQLiteError) -> Bool {
            let rc = sqlite3_step(stmt)
            if rc == SQLITE_ROW { return true }
            if rc == SQLITE_DONE { return false }
            throw SQLiteError(db.lastError())
        }

        /// Runs an insert with `values` bound in order, then resets for the next one.
        public func run(_ values: [SQLValue]) throws(SQLiteError) {
            for (i, v) in values.enumerated() { try bind(i + 1, v) }
            _ = try step()
            sqlite3_reset(stmt)
            sqlite3_clear_bindings(stmt)
        }

        func columnNames() -> [String] {
            (0..<sqlite3_column_count(stmt)).map { String(cString: sqlite3_column_name(stmt, $0)) }
        }

        func row() -> [SQLValue] {
            (0..<sqlite3_column_count(stmt)).map { c in
                switch sqlite3_column_type(stmt, c) {
                case SQLITE_INTEGER: return .integer(sqlite3_column_int64(stmt, c))
                case SQLITE_FLOAT: return .real(sqlite3_column_double(stmt, c))
                case SQLITE_NULL: return .null
                default:
                    guard let p = sqlite3_column_text(stmt, c) else { return .null }
                    let n = Int(sqlite3_column_bytes(stmt, c))
                    return .text(String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self))
                }
            }
        }
    }

    /// Whether this SQLite library was built with FTS5.
    public static var hasFTS5: Bool {
        sqlite3_compileoption_used("ENABLE_FTS5") != 0
    }

    public static var libraryVersion: String { String(cString: sqlite3_libversion()) }
}
