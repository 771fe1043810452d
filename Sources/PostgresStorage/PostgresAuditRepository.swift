import Foundation
import PostgresNIO
import Storage
import Workbench

/// The append-only `audit_event` table; a trigger refuses UPDATE, DELETE and TRUNCATE.
struct PostgresAuditRepository: AuditRepository {
    let store: PostgresStore

    func fetchAuditEvents(agency: Identifier<AgencyRecord>?, limit: Int) async throws -> [AuditEvent] {
        // `seq` is the order of writing, so "newest first" holds even for events stamped with the same time.
        let query: PostgresQuery = if let agency {
            """
            SELECT \(unescaped: Self.columns) FROM audit_event WHERE agency_id = \(agency.rawValue)
            ORDER BY seq DESC LIMIT \(max(limit, 0))
            """
        } else {
            "SELECT \(unescaped: Self.columns) FROM audit_event ORDER BY seq DESC LIMIT \(max(limit, 0))"
        }
        return try await store.read { db in
            try await db.fetch(
                query,
                as: (UUID, PostgresTimestamp, UUID?, String, UUID?, String, String, String, String?, String?).self
            ).map {
                AuditEvent(
                    id: Identifier($0), at: $1.date, actorID: $2.map(Identifier.init), actorName: $3,
                    agencyID: $4.map(Identifier.init), entity: $5, entityID: $6, action: $7, before: $8, after: $9)
            }
        }
    }

    func insertAuditEvent(_ event: AuditEvent) async throws {
        try await store.write { db in try await db.insert(event) }
    }

    static let columns = "id, at, actor_id, actor_name, agency_id, entity, entity_id, action, before, after"
}

extension PostgresLease {
    /// Appends one event; called inside the transaction of the change it records.
    func insert(_ event: AuditEvent) async throws {
        try await execute(
            """
            INSERT INTO audit_event (\(unescaped: PostgresAuditRepository.columns))
            VALUES (\(event.id.rawValue), \(PostgresTimestamp(event.at)), \(event.actorID?.rawValue), \(event.actorName),
                    \(event.agencyID?.rawValue), \(event.entity), \(event.entityID), \(event.action), \(event.before),
                    \(event.after))
            """,
            constraints: ["audit_event_id_key": .duplicate(field: "auditEvent", value: event.id.description)])
    }
}
