import Foundation
import PostgresNIO
import Storage
import Workbench

/// Criteria versions in `criteria_version` and the versions agencies used in `criteria_use`.
struct PostgresCriteriaRepository: CriteriaRepository {
    let store: PostgresStore

    func saveCriteriaVersion(fiscalYear: Int, json: Data, note: String, actor: Actor) async throws -> StoredCriteriaVersion {
        try await store.write { db in
            // Under READ COMMITTED two saves would both read the same highest version, and the second would fail
            // on the primary key. The lock, one per year and schema, makes the second wait until the first has
            // committed; its INSERT then reads the new highest version.
            let lock = "prongsai_criteria/\(store.schema ?? "")/\(fiscalYear)"
            try await db.execute("SELECT pg_advisory_xact_lock(hashtextextended(\(lock), 0))")
            let version = try await db.fetch(
                """
                INSERT INTO criteria_version (fiscal_year, version, json, note, created_at, created_by)
                SELECT \(fiscalYear), COALESCE(MAX(version), 0) + 1, \(json), \(note), \(PostgresTimestamp(actor.at)),
                       \(actor.name)
                FROM criteria_version WHERE fiscal_year = \(fiscalYear)
                RETURNING version
                """, as: Int.self
            ).first
            guard let version else { throw StorageError.database("the saved criteria version cannot be read back") }
            let stored = StoredCriteriaVersion(
                fiscalYear: fiscalYear, version: version, json: json, note: note, createdAt: actor.at, createdBy: actor.name)
            try await db.insert(stored.savedEvent(actor: actor))
            return stored
        }
    }

    func fetchCriteriaVersions(fiscalYear: Int?) async throws -> [StoredCriteriaVersion] {
        let query: PostgresQuery = if let fiscalYear {
            "SELECT \(unescaped: Self.versionColumns) FROM criteria_version WHERE fiscal_year = \(fiscalYear) ORDER BY version"
        } else {
            "SELECT \(unescaped: Self.versionColumns) FROM criteria_version ORDER BY fiscal_year, version"
        }
        return try await store.read { db in
            try await db.fetch(query, as: (Int, Int, Data, String, PostgresTimestamp, String).self).map {
                StoredCriteriaVersion(fiscalYear: $0, version: $1, json: $2, note: $3, createdAt: $4.date, createdBy: $5)
            }
        }
    }

    func recordCriteriaUse(_ use: CriteriaUse, actor: Actor) async throws {
        try await store.write { db in
            let before = try await db.fetchCriteriaUses(
                """
                SELECT \(unescaped: Self.useColumns) FROM criteria_use
                WHERE agency_id = \(use.agencyID.rawValue) AND subject = \(use.subject) FOR UPDATE
                """
            ).first
            try await db.execute(
                """
                INSERT INTO criteria_use (\(unescaped: Self.useColumns))
                VALUES (\(use.agencyID.rawValue), \(use.subject), \(use.fiscalYear), \(use.version),
                        \(PostgresTimestamp(use.recordedAt)))
                ON CONFLICT (agency_id, subject) DO UPDATE SET fiscal_year = excluded.fiscal_year,
                    version = excluded.version, recorded_at = excluded.recorded_at
                """,
                constraints: ["criteria_use_agency_fkey": .notFound(entity: "agency", id: use.agencyID.description)])
            // Version 0 is the bundled file, which has no row. Stored versions are never deleted, so the check
            // holds after commit; throwing here rolls the use back.
            if use.version != StoredCriteriaVersion.bundledVersion {
                let stored = try await db.exists(
                    "SELECT 1 FROM criteria_version WHERE fiscal_year = \(use.fiscalYear) AND version = \(use.version)")
                guard stored else { throw use.versionNotFound }
            }
            try await db.insert(use.recordedEvent(replacing: before, actor: actor))
        }
    }

    func fetchCriteriaUses(agency: Identifier<AgencyRecord>) async throws -> [CriteriaUse] {
        // Subjects are ASCII ("plan:2570"); byte order matches the in-memory store.
        try await store.read { db in
            try await db.fetchCriteriaUses(
                """
                SELECT \(unescaped: Self.useColumns) FROM criteria_use WHERE agency_id = \(agency.rawValue)
                ORDER BY subject COLLATE "C"
                """)
        }
    }

    static let versionColumns = "fiscal_year, version, json, note, created_at, created_by"
    static let useColumns = "agency_id, subject, fiscal_year, version, recorded_at"
}

extension PostgresLease {
    /// Uses from a query selecting `PostgresCriteriaRepository.useColumns`.
    func fetchCriteriaUses(_ query: PostgresQuery) async throws -> [CriteriaUse] {
        try await fetch(query, as: (UUID, String, Int, Int, PostgresTimestamp).self).map {
            CriteriaUse(agencyID: Identifier($0), subject: $1, fiscalYear: $2, version: $3, recordedAt: $4.date)
        }
    }
}
