import Foundation
import Planning
import PostgresNIO
import Storage
import Workbench

/// Agencies and their divisions in the `agency` and `division` tables.
struct PostgresAgencyRepository: AgencyRepository {
    let store: PostgresStore

    func insertAgency(_ agency: AgencyRecord, divisions names: [String], actor: Actor) async throws {
        try await store.write { db in
            let fields = agency.agency
            try await db.execute(
                """
                INSERT INTO agency (id, slug, kind, name, district, province, created_at)
                VALUES (\(agency.id.rawValue), \(agency.slug), \(fields.kind), \(fields.name), \(fields.district),
                        \(fields.province), \(PostgresTimestamp(agency.createdAt)))
                """,
                constraints: [
                    "agency_slug_key": .duplicate(field: "slug", value: agency.slug),
                    "agency_pkey": .duplicate(field: "agency", value: agency.id.description),
                ])
            try await db.insertDivisions(names, agency: agency.id)
            try await db.insert(.change(
                "create", entity: "agency", entityID: agency.id.description, agencyID: agency.id,
                before: AgencyRecord?.none, after: agency, actor: actor))
        }
    }

    func fetchAgency(slug: String) async throws -> AgencyRecord? {
        try await store.read { db in
            try await db.fetchAgencies("SELECT \(unescaped: Self.columns) FROM agency WHERE slug = \(slug)").first
        }
    }

    func fetchAgency(id: Identifier<AgencyRecord>) async throws -> AgencyRecord? {
        try await store.read { db in
            try await db.fetchAgencies("SELECT \(unescaped: Self.columns) FROM agency WHERE id = \(id.rawValue)").first
        }
    }

    func fetchAgencies() async throws -> [AgencyRecord] {
        // Slugs are ASCII; byte order is the order the in-memory store gives.
        try await store.read { db in
            try await db.fetchAgencies("SELECT \(unescaped: Self.columns) FROM agency ORDER BY slug COLLATE \"C\"")
        }
    }

    func fetchDivisions(agency: Identifier<AgencyRecord>) async throws -> [Division] {
        try await store.read { db in
            try await db.fetch(
                "SELECT id, name, position FROM division WHERE agency_id = \(agency.rawValue) ORDER BY position, id",
                as: (UUID, String, Int).self
            ).map { Division(id: Identifier($0), agencyID: agency, name: $1, position: $2) }
        }
    }

    func replaceDivisions(agency: Identifier<AgencyRecord>, names: [String], actor: Actor) async throws {
        try await store.write { db in
            // Locking the agency row keeps two concurrent replacements from interleaving their inserts.
            guard try await db.exists("SELECT 1 FROM agency WHERE id = \(agency.rawValue) FOR UPDATE") else {
                throw StorageError.notFound(entity: "agency", id: agency.description)
            }
            let before = try await db.fetch(
                "SELECT name FROM division WHERE agency_id = \(agency.rawValue) ORDER BY position, id", as: String.self)
            try await db.execute("DELETE FROM division WHERE agency_id = \(agency.rawValue)")
            try await db.insertDivisions(names, agency: agency)
            try await db.insert(.change(
                "update", entity: "divisions", entityID: agency.description, agencyID: agency, before: before,
                after: names, actor: actor))
        }
    }

    static let columns = "id, slug, kind, name, district, province, created_at"
}

extension PostgresLease {
    /// Agencies from a query selecting `PostgresAgencyRepository.columns`.
    func fetchAgencies(_ query: PostgresQuery) async throws -> [AgencyRecord] {
        try await fetch(query, as: (UUID, String, String, String, String, String, PostgresTimestamp).self).map {
            AgencyRecord(
                id: Identifier($0), slug: $1, agency: Agency(kind: $2, name: $3, district: $4, province: $5),
                createdAt: $6.date)
        }
    }

    /// Numbers the divisions from 1 in the order given, with fresh ids, as the in-memory store does.
    func insertDivisions(_ names: [String], agency: Identifier<AgencyRecord>) async throws {
        try await execute(
            """
            INSERT INTO division (id, agency_id, name, position)
            SELECT gen_random_uuid(), \(agency.rawValue), name, position
            FROM unnest(\(names)::text[]) WITH ORDINALITY AS given (name, position)
            """)
    }
}
