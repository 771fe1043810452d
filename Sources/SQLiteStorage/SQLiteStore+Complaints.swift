import Complaints
import Foundation
import GRDB
import Storage
import ThaiText
import Workbench

/// Sealed cases: metadata, wraps, entries and attachments.
extension SQLiteStore: ComplaintRepository {
    public func insertComplaint(_ complaint: ComplaintRecord, report: ComplaintEntry, attachments: [AttachmentUpload]) async throws {
        try await write { db in
            try Self.translatingConstraints(
                duplicates: [
                    "complaint.receipt_lookup": .duplicate(field: "receipt", value: ""),
                    "complaint.id": .duplicate(field: "complaint", value: complaint.id.description),
                ],
                missing: .notFound(entity: "agency", id: complaint.agencyID.description)
            ) { try ComplaintRow(complaint).insert(db) }
            for wrap in complaint.keyWraps { try ComplaintKeyWrapRow(wrap, complaint: complaint.id).insert(db) }
            var first = report
            first.sequence = 0
            try Self.insert(first, attachments, into: complaint.id, db)
        }
    }

    public func fetchComplaint(id: Identifier<ComplaintRecord>) async throws -> ComplaintRecord? {
        try await read { db in try Self.complaints(ComplaintRow.filter(key: id.description), db).first }
    }

    public func fetchComplaint(receiptLookup: Data) async throws -> ComplaintRecord? {
        try await read { db in try Self.complaints(ComplaintRow.filter(Column("receipt_lookup") == receiptLookup), db).first }
    }

    public func fetchComplaints(agency: Identifier<AgencyRecord>) async throws -> [ComplaintRecord] {
        try await read { db in
            try Self.complaints(
                ComplaintRow.filter(Column("agency_id") == agency.description).order(Column("received_on").desc, Column("id").desc), db)
        }
    }

    public func fetchComplaintSummaries(agency: Identifier<AgencyRecord>, from: ThaiDate, through: ThaiDate) async throws -> [ComplaintSummary] {
        try await read { db in
            try ComplaintRow.filter(
                Column("agency_id") == agency.description && Column("received_on") >= ColumnCoding.text(from)
                    && Column("received_on") <= ColumnCoding.text(through)
            ).fetchAll(db).map(\.record.summary)
        }
    }

    public func fetchEntries(complaint: Identifier<ComplaintRecord>) async throws -> [ComplaintEntry] {
        try await read { db in
            try ComplaintEntryRow.filter(Column("complaint_id") == complaint.description).order(Column("sequence")).fetchAll(db).map(\.record)
        }
    }

    public func fetchAttachments(complaint: Identifier<ComplaintRecord>) async throws -> [ComplaintAttachment] {
        try await read { db in
            try ComplaintAttachmentRow.select(Column("id"), Column("complaint_id"), Column("entry_id"), Column("sealed_description"))
                .filter(Column("complaint_id") == complaint.description).order(Column("rowid")).fetchAll(db).map(\.upload.attachment)
        }
    }

    public func fetchAttachmentBytes(id: Identifier<ComplaintAttachment>, complaint: Identifier<ComplaintRecord>) async throws -> Data? {
        try await read { db in
            try Data.fetchOne(
                db, sql: "SELECT sealed_bytes FROM complaint_attachment WHERE id = ? AND complaint_id = ?",
                arguments: [id.description, complaint.description])
        }
    }

    public func appendEntry(_ entry: ComplaintEntry, attachments: [AttachmentUpload], actor: Actor?) async throws -> ComplaintEntry {
        try await write { db in
            guard let complaint = try ComplaintRow.fetchOne(db, key: entry.complaintID.description)?.record else {
                throw StorageError.notFound(entity: "complaint", id: entry.complaintID.description)
            }
            var stored = entry
            let last = try Int.fetchOne(db, sql: "SELECT max(sequence) FROM complaint_entry WHERE complaint_id = ?", arguments: [complaint.id.description])
            stored.sequence = (last ?? -1) + 1
            try Self.insert(stored, attachments, into: complaint.id, db)
            if let actor {
                try Self.insertAuditEvent(
                    .note(entry.kind.rawValue, entity: "complaint", entityID: complaint.id.description, agencyID: complaint.agencyID, actor: actor), db)
            }
            return stored
        }
    }

    public func updateStatus(_ complaint: ComplaintRecord, actor: Actor) async throws {
        try await write { db in
            guard let stored = try ComplaintRow.fetchOne(db, key: complaint.id.description)?.record, stored.agencyID == complaint.agencyID else {
                throw StorageError.notFound(entity: "complaint", id: complaint.id.description)
            }
            var updated = stored
            updated.status = complaint.status
            updated.statusChangedOn = complaint.statusChangedOn
            updated.closedOn = complaint.closedOn
            try ComplaintRow(updated).update(db, columns: ["status", "status_changed_on", "closed_on"])
            try Self.insertAuditEvent(.change(
                "status", entity: "complaint", entityID: complaint.id.description, agencyID: complaint.agencyID,
                before: stored.auditView, after: updated.auditView, actor: actor), db)
        }
    }

    public func insertKeyWraps(_ wraps: [ComplaintKeyWrap], complaint: Identifier<ComplaintRecord>) async throws {
        try await write { db in
            guard try ComplaintRow.exists(db, key: complaint.description) else {
                throw StorageError.notFound(entity: "complaint", id: complaint.description)
            }
            for wrap in wraps { try ComplaintKeyWrapRow(wrap, complaint: complaint).insert(db, onConflict: .ignore) }
        }
    }

    public func deleteKeyWraps(agency: Identifier<AgencyRecord>, recipients: [ComplaintKeyWrap.Recipient]) async throws {
        try await write { db in
            for recipient in recipients {
                try db.execute(
                    sql: """
                        DELETE FROM complaint_key_wrap WHERE recipient_kind = ? AND recipient_key_id = ?
                        AND complaint_id IN (SELECT id FROM complaint WHERE agency_id = ?)
                        """,
                    arguments: [recipient.storageKind, recipient.storageKeyID, agency.description])
            }
        }
    }

    public func deleteComplaint(id: Identifier<ComplaintRecord>, agency: Identifier<AgencyRecord>, actor: Actor) async throws {
        try await write { db in
            guard let stored = try ComplaintRow.fetchOne(db, key: id.description)?.record, stored.agencyID == agency else {
                throw StorageError.notFound(entity: "complaint", id: id.description)
            }
            _ = try ComplaintRow.deleteOne(db, key: id.description)
            try Self.insertAuditEvent(.change(
                "delete", entity: "complaint", entityID: id.description, agencyID: agency, before: stored.auditView,
                after: [String: String]?.none, actor: actor), db)
        }
    }

    /// Cases with their wraps, read in the same transaction.
    private static func complaints(_ request: QueryInterfaceRequest<ComplaintRow>, _ db: Database) throws -> [ComplaintRecord] {
        let records = try request.fetchAll(db).map(\.record)
        guard !records.isEmpty else { return [] }
        let wraps = try ComplaintKeyWrapRow.filter(records.map(\.id.description).contains(Column("complaint_id")))
            .order(Column("recipient_kind"), Column("recipient_key_id")).fetchAll(db)
        let byComplaint = Dictionary(grouping: wraps, by: \.complaintID)
        return records.map { record in
            var record = record
            record.keyWraps = (byComplaint[record.id] ?? []).map(\.wrap)
            return record
        }
    }

    private static func insert(_ entry: ComplaintEntry, _ attachments: [AttachmentUpload], into complaint: Identifier<ComplaintRecord>, _ db: Database) throws {
        guard entry.complaintID == complaint else { throw StorageError.conflict("entry \(entry.id) belongs to another complaint") }
        try translatingConstraints(duplicates: ["complaint_entry.id": .duplicate(field: "entry", value: entry.id.description)]) {
            try ComplaintEntryRow(entry).insert(db)
        }
        for upload in attachments {
            guard upload.attachment.complaintID == complaint, upload.attachment.entryID == entry.id else {
                throw StorageError.conflict("attachment \(upload.attachment.id) does not belong to entry \(entry.id)")
            }
            try ComplaintAttachmentRow(upload).insert(db)
        }
    }
}
