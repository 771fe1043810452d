import Foundation
import Logging
import PostgresStorage
import SQLiteStorage
import Storage

/// The one place that names a concrete database adapter.
enum StorageBootstrap {
    static func open(_ database: ServerConfiguration.Database, logger: Logger) async throws -> Repositories {
        switch database {
        case .sqlite(let path):
            try FileManager.default.createDirectory(
                at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
            return try SQLiteStore(path: path).repositories
        case .postgres(let url):
            let store = try PostgresStore(url: url, logger: logger)
            // The client runs for the life of the process; queries wait for it.
            Task { await store.run() }
            // Give the client's run loop a turn before the first query (postgres-nio warns otherwise).
            try await Task.sleep(for: .milliseconds(20))
            try await store.migrate()
            return store.repositories
        }
    }
}
