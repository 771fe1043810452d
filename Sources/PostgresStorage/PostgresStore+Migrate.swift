import PostgresNIO
import Storage

extension PostgresStore {
    /// Applies the migrations this database lacks, in order, in one transaction, and records each in
    /// `prongsai_migration`. Safe to call on every start, and from several processes at once.
    public func migrate() async throws {
        try await write { db in
            // Two processes starting together would both see a step missing and both apply it; the lock makes
            // the second wait for the first to commit, then find nothing left to do. It is keyed by schema so
            // installations sharing a database do not wait for each other.
            try await db.execute("SELECT pg_advisory_xact_lock(hashtextextended(\("prongsai_migration/\(schema ?? "")"), 0))")
            if let schema {
                // `PostgresURL` admits only plain lower-case identifiers, so the name needs no quoting.
                try await db.execute(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(schema)"))
            }
            try await db.execute("""
                CREATE TABLE IF NOT EXISTS prongsai_migration (
                    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT clock_timestamp())
                """)
            let applied = Set(try await db.fetch("SELECT name FROM prongsai_migration", as: String.self))
            let known = Set(PostgresMigration.all.map(\.name))
            let unknown = applied.subtracting(known)
            guard unknown.isEmpty else {
                throw StorageError.conflict("the database was migrated by a newer version: \(unknown.sorted())")
            }
            for migration in PostgresMigration.all where !applied.contains(migration.name) {
                for statement in migration.statements {
                    try await db.execute(PostgresQuery(unsafeSQL: statement))
                }
                try await db.execute("INSERT INTO prongsai_migration (name) VALUES (\(migration.name))")
            }
        }
    }
}
