import Foundation
import GRDB
import Storage
import Workbench

/// The SQLite adapter: every repository over one GRDB database — a WAL file on disk, or memory for tests.
public final class SQLiteStore: Sendable {
    let writer: any DatabaseWriter

    /// Opens (creating it if needed) the database file at `path` in WAL mode and migrates it to the current schema.
    public convenience init(path: String) throws {
        let pool = try DatabasePool(path: path, configuration: Self.configuration)
        // GRDB leaves a WAL pool's writer on synchronous=NORMAL. In WAL mode NORMAL already keeps every
        // committed transaction through a process kill (kill -9), because the commit is in the -wal file
        // before `write` returns; what it can lose is the last commits on power loss or an OS crash.
        // FULL syncs the WAL at every commit and closes that gap too. The workbench writes at the pace of
        // people saving forms, so one fsync per save costs nothing anyone notices. The setting belongs to
        // the connection; a pool has one writer connection for its whole life, so setting it once is enough.
        try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        try self.init(writer: pool)
    }

    /// A fresh, empty database in memory with the same schema; for tests and previews.
    public static func inMemory() throws -> SQLiteStore {
        try SQLiteStore(writer: DatabaseQueue(configuration: configuration))
    }

    init(writer: any DatabaseWriter) throws {
        try Self.migrator.migrate(writer)
        self.writer = writer
    }

    /// The four repositories, all backed by this database.
    public var repositories: Repositories {
        Repositories(
            agencies: self, users: self, plans: self, audit: self, disclosures: self, complaints: self, criteria: self)
    }

    static var configuration: Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Another process (a CLI command next to the server) may hold the write lock for a moment:
        // wait for it rather than fail the request.
        configuration.busyMode = .timeout(5)
        return configuration
    }

    /// One write transaction: it commits when `updates` returns and rolls back entirely when it throws.
    func write<T: Sendable>(_ updates: @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await writer.write(updates)
        } catch {
            throw Self.storageError(error)
        }
    }

    /// One read of a consistent snapshot, however many rows it fetches.
    func read<T: Sendable>(_ value: @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await writer.read(value)
        } catch {
            throw Self.storageError(error)
        }
    }
}
