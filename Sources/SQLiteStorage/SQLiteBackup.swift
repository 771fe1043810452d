import Foundation
import GRDB

/// Copies a Prongsai SQLite database to a single file and back, through SQLite's online backup API:
/// a consistent copy even while a server keeps writing.
public enum SQLiteBackup {
    public enum Failure: Error, Equatable {
        /// The file is not a SQLite database that Prongsai made.
        case notAProngsaiDatabase(path: String)
        /// The target database already has tables; restoring over it needs `replace`.
        case targetNotEmpty(path: String)
    }

    /// Writes a copy of the database at `database` to `file` (replaced only once the copy is complete and checked).
    public static func backup(database: String, to file: String) throws {
        let source = try openProngsai(database)
        let partial = file + ".partial"
        try? FileManager.default.removeItem(atPath: partial)
        do {
            let destination = try DatabaseQueue(path: partial)
            try source.backup(to: destination)
            try check(destination)
            try destination.close()
            // rename(2) swaps the finished file in at once, replacing an older backup of the same name.
            guard rename(partial, file) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file]) }
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
    }

    /// Copies the backup `file` into the database at `database`, refusing a database that has tables unless `replace`.
    public static func restore(from file: String, to database: String, replace: Bool) throws {
        let source = try openProngsai(file)
        try check(source)
        let destination = try DatabaseQueue(path: database)
        let tables = try destination.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") ?? 0
        }
        guard tables == 0 || replace else { throw Failure.targetNotEmpty(path: database) }
        try source.backup(to: destination)
        try check(destination)
    }

    private static var readOnly: Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        return configuration
    }

    /// The database at `path`, read-only, if it is one Prongsai made (GRDB's migrations and the agency table).
    private static func openProngsai(_ path: String) throws -> DatabaseQueue {
        let database: DatabaseQueue
        do {
            database = try DatabaseQueue(path: path, configuration: readOnly)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw Failure.notAProngsaiDatabase(path: path)
        }
        let known = try? database.read { db in try db.tableExists("grdb_migrations") && db.tableExists("agency") }
        guard known == true else { throw Failure.notAProngsaiDatabase(path: path) }
        return database
    }

    private static func check(_ database: DatabaseQueue) throws {
        let result = try database.read { db in try String.fetchOne(db, sql: "PRAGMA quick_check") }
        guard result == "ok" else { throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: result) }
    }
}
