import Foundation
import PostgresNIO
import Storage
import Workbench

/// Every repository on a PostgreSQL server, for hosting many agencies in one database.
///
/// Start `run()` in a task before the first call and keep it running; cancelling it closes the pool.
/// Each write is one transaction together with its audit event(s).
public final class PostgresStore: Sendable {
    let client: PostgresClient
    let logger: Logger
    /// The schema named in the URL, created by `migrate()`; nil means the server's `search_path`.
    let schema: String?
    /// The parsed URL, kept to open the cache listener's own connection.
    let parsedURL: PostgresURL

    /// Reads `postgres://user:password@host:port/database?sslmode=disable|require&schema=name`;
    /// a malformed URL throws before anything connects.
    public init(url: String, logger: Logger = Logger(label: "prongsai.postgres")) throws {
        let parsed = try PostgresURL(url)
        client = PostgresClient(configuration: try parsed.configuration, backgroundLogger: logger)
        self.logger = logger
        schema = parsed.schema
        parsedURL = parsed
    }

    /// Runs the connection pool until the calling task is cancelled.
    public func run() async {
        await client.run()
    }

    /// The four repositories, all backed by this store.
    public var repositories: Repositories {
        Repositories(
            agencies: PostgresAgencyRepository(store: self), users: PostgresUserRepository(store: self),
            plans: PostgresPlanRepository(store: self), audit: PostgresAuditRepository(store: self),
            disclosures: PostgresDisclosureRepository(store: self),
            complaints: PostgresComplaintRepository(store: self), criteria: PostgresCriteriaRepository(store: self))
    }

    /// Runs `body` in one transaction: everything it wrote is kept only if it returns. The cache changes
    /// the caller set (`PendingCacheChanges`) are announced in the same transaction, so other servers
    /// hear them exactly when the write commits.
    func write<Result: Sendable>(_ body: (PostgresLease) async throws -> Result) async throws -> Result {
        do {
            return try await client.withTransaction(logger: logger) { connection in
                let lease = PostgresLease(connection: connection, logger: logger)
                let result = try await body(lease)
                try await lease.announce(PendingCacheChanges.current)
                return result
            }
        } catch {
            throw StorageError(postgres: error)
        }
    }

    /// Runs `body` on one pooled connection, outside any explicit transaction.
    func read<Result: Sendable>(_ body: (PostgresLease) async throws -> Result) async throws -> Result {
        do {
            return try await client.withConnection { connection in
                try await body(PostgresLease(connection: connection, logger: logger))
            }
        } catch {
            throw StorageError(postgres: error)
        }
    }
}
