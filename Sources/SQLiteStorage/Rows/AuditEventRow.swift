import GRDB
import Workbench

/// An audit event as a row of `audit_event`. `seq` is left to SQLite, which numbers rows in the order written.
struct AuditEventRow: FetchableRecord, PersistableRecord {
    static let databaseTableName = "audit_event"
    var record: AuditEvent

    init(_ record: AuditEvent) { self.record = record }

    init(row: Row) throws {
        record = AuditEvent(
            id: try row.identifier("id"), at: try row.date("at"), actorID: try row.optionalIdentifier("actor_id"),
            actorName: try row.value("actor_name"), agencyID: try row.optionalIdentifier("agency_id"),
            entity: try row.value("entity"), entityID: try row.value("entity_id"), action: try row.value("action"),
            before: try row.value("before_json"), after: try row.value("after_json"))
    }

    func encode(to container: inout PersistenceContainer) {
        container["id"] = record.id.description
        container["at"] = ColumnCoding.seconds(record.at)
        container["actor_id"] = record.actorID?.description
        container["actor_name"] = record.actorName
        container["agency_id"] = record.agencyID?.description
        container["entity"] = record.entity
        container["entity_id"] = record.entityID
        container["action"] = record.action
        container["before_json"] = record.before
        container["after_json"] = record.after
    }
}
