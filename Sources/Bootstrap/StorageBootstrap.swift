import Foundation
import Logging
import PostgresStorage
import SQLiteStorage
import Storage

/// The one place that names a concrete database adapter.
enum StorageBootstrap {
    struct Opened {
        var repositories: Repositories
        /// Reports what other server processes on the same database change; nil when only one process can
        /// use the database (SQLite). Runs until its task is cancelled.
        var cacheFeed: (@Sendable (@escaping @Sendable (CacheFeedEvent) -> Void) async -> Void)?
    }

    static func open(_ database: ServerConfiguration.Database, logger: Logger) async throws -> Opened {
        switch database {
        case .sqlite(let path):
            try FileManager.default.createDirectory(
                at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
            return Opened(repositories: try SQLiteStore(path: path).repositories)
        case .postgres(let url):
            let store = try PostgresStore(url: url, logger: logger)
            // The client runs for the life of the process; queries wait for it.
            Task { await store.run() }
            // Give the client's run loop a turn before the first query (postgres-nio warns otherwise).
            try await Task.sleep(for: .milliseconds(20))
            try await store.migrate()
            let listener = try store.makeCacheListener()
            return Opened(repositories: store.repositories, cacheFeed: { deliver in await listener.run(deliver: deliver) })
        }
    }
}
