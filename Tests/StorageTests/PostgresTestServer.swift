import Foundation
@testable import PostgresStorage
import Storage

/// The PostgreSQL server the tests may use, named by `PRONGSAI_TEST_POSTGRES_URL`.
///
/// Every store lives in a schema of its own (`t_<unix seconds>_<random>`), chosen through the URL's `schema`
/// parameter, which puts every pooled connection there from its first query. Schemas left by runs more than
/// an hour old are dropped on first use, so a database used for tests does not fill up.
enum PostgresTestServer {
    static var url: String? {
        ProcessInfo.processInfo.environment["PRONGSAI_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A new, unused schema name.
    static func newSchema() -> String {
        let random = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
        return "t_\(Int(Date().timeIntervalSince1970))_\(random)"
    }

    /// A running store in `schema`, not yet migrated.
    ///
    /// Its pool runs in a task that is never cancelled: it ends with the test process, which it does not keep
    /// alive, and its idle connections close after the pool's idle timeout.
    static func makeUnmigratedStore(schema: String) async throws -> PostgresStore {
        guard let url else { throw StorageError.database("PRONGSAI_TEST_POSTGRES_URL is not set") }
        if let problem = await serverProblem.value {
            throw StorageError.database("PRONGSAI_TEST_POSTGRES_URL is set but the server cannot be used: \(problem)")
        }
        guard var components = URLComponents(string: url) else { throw StorageError.database("bad test URL") }
        components.queryItems = (components.queryItems ?? []) + [URLQueryItem(name: "schema", value: schema)]
        let store = try PostgresStore(url: components.string ?? url)
        Task { await store.run() }
        return store
    }

    /// A running, migrated, empty store in a fresh schema (or in `schema`, to share one).
    static func makeStore(schema: String = newSchema()) async throws -> PostgresStore {
        let store = try await makeUnmigratedStore(schema: schema)
        try await store.migrate()
        return store
    }

    /// Why the server cannot be used, or nil when it answers. Runs once per process.
    ///
    /// The pool waits for a server that is down, retrying for ever, so without this check a missing server
    /// would hang the test run instead of failing it.
    private static let serverProblem = Task<String?, Never> {
        guard let url else { return "PRONGSAI_TEST_POSTGRES_URL is not set" }
        do {
            let store = try PostgresStore(url: url)
            let running = Task { await store.run() }
            defer { running.cancel() }
            let answered = try await withThrowingTaskGroup(of: Bool.self) { group in
                group.addTask { try await store.read { db in _ = try await db.fetch("SELECT 1", as: Int.self) }; return true }
                group.addTask { try await Task.sleep(for: .seconds(90)); return false }
                defer { group.cancelAll() }
                return try await group.next() ?? false
            }
            guard answered else { return "no answer within 90 seconds" }
            try? await dropStaleSchemas(store)
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// Drops the test schemas of runs that started over an hour ago, one transaction each so that many
    /// of them do not exhaust the server's lock table.
    private static func dropStaleSchemas(_ store: PostgresStore) async throws {
        let cutoff = Int(Date().timeIntervalSince1970) - 3600
        let names = try await store.read { db in
            try await db.fetch(#"SELECT nspname FROM pg_namespace WHERE nspname LIKE 't\_%'"#, as: String.self)
        }
        for name in names {
            let parts = name.split(separator: "_")
            guard parts.count == 3, let started = Int(parts[1]), started < cutoff, PostgresURL.isPlainIdentifier(name)
            else { continue }
            try await store.write { db in try await db.execute("DROP SCHEMA IF EXISTS \(unescaped: name) CASCADE") }
        }
    }
}
