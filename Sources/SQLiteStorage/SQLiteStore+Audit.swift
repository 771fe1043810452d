import GRDB
import Storage
import Workbench

extension SQLiteStore: AuditRepository {
    public func fetchAuditEvents(agency: Identifier<AgencyRecord>?, limit: Int) async throws -> [AuditEvent] {
        try await read { db in
            var request = AuditEventRow.all()
            if let agency { request = request.filter(Column("agency_id") == agency.description) }
            // SQLite reads a negative LIMIT as "no limit"; the interface means "none".
            return try request.order(Column("seq").desc).limit(max(limit, 0)).fetchAll(db).map(\.record)
        }
    }

    public func insertAuditEvent(_ event: AuditEvent) async throws {
        try await write { db in try Self.insertAuditEvent(event, db) }
    }

    /// Appends an event inside the caller's transaction, so the change and its record commit or fail together.
    static func insertAuditEvent(_ event: AuditEvent, _ db: Database) throws {
        try translatingConstraints(duplicates: ["audit_event.id": .duplicate(field: "auditEvent", value: event.id.description)]) {
            try AuditEventRow(event).insert(db)
        }
    }
}
