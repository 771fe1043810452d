extension StorageAdapter {
    /// PostgreSQL when PRONGSAI_TEST_POSTGRES_URL is set: every `make()` is a fresh, migrated schema.
    static var postgresAdapters: [StorageAdapter] {
        guard PostgresTestServer.url != nil else { return [] }
        return [StorageAdapter(name: "postgres") { try await PostgresTestServer.makeStore().repositories }]
    }
}
