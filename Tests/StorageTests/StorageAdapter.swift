import Foundation
import Storage
import Testing

/// One storage adapter under test: a name for the report and a way to get a fresh, empty store.
struct StorageAdapter: Sendable, CustomTestStringConvertible {
    let name: String
    let make: @Sendable () async throws -> Repositories

    var testDescription: String { name }

    /// Every adapter the contract suite runs against. PostgreSQL joins when a server is configured.
    static var all: [StorageAdapter] {
        [StorageAdapter(name: "in-memory") { InMemoryStore().repositories }] + sqliteAdapters + postgresAdapters
    }
}
