import Complaints
import Foundation
import PostgresNIO
import Storage
import ThaiText
import Workbench

/// The complaint tables. Each write is one transaction with its audit event, when it has one.
struct PostgresComplaintRepository: ComplaintRepository {
    let store: PostgresStore

    func insertComplaint(_ complaint: ComplaintRecord, report: ComplaintEntry, attachments: [AttachmentUpload]) async throws {
        try await store.write { db in
            try await db.execute(
                """
                INSERT INTO complaint (\(unescaped: Self.columns))
                VALUES (\(complaint.id.rawValue), \(complaint.agencyID.rawValue), \(complaint.receiptLookup),
                        \(complaint.category.rawValue), \(complaint.status.rawValue), \(PostgresDay(complaint.receivedOn)),
                        \(PostgresDay(complaint.statusChangedOn)), \(complaint.closedOn.map(PostgresDay.init)))
                """,
                constraints: [
                    "complaint_receipt_lookup_key": .duplicate(field: "receipt", value: ""),
                    "complaint_pkey": .duplicate(field: "complaint", value: complaint.id.description),
                    "complaint_agency_fkey": .notFound(entity: "agency", id: complaint.agencyID.description),
                ])
            for wrap in complaint.keyWraps { try await db.insert(wrap, complaint: complaint.id) }
            var first = report
            first.sequence = 0
            try await db.insert(first, attachments, into: complaint.id)
        }
    }

    func fetchComplaint(id: Identifier<ComplaintRecord>) async throws -> ComplaintRecord? {
        try await store.read { db in try await db.fetchComplaints("WHERE id = \(id.rawValue)").first }
    }

    func fetchComplaint(receiptLookup: Data) async throws -> ComplaintRecord? {
        try await store.read { db in try await db.fetchComplaints("WHERE receipt_lookup = \(receiptLookup)").first }
    }

    func fetchComplaints(agency: Identifier<AgencyRecord>) async throws -> [ComplaintRecord] {
        try await store.read { db in
            try await db.fetchComplaints("WHERE agency_id = \(agency.rawValue) ORDER BY received_on DESC, id::text DESC")
        }
    }

    func fetchComplaintSummaries(agency: Identifier<AgencyRecord>, from: ThaiDate, through: ThaiDate) async throws -> [ComplaintSummary] {
        try await store.read { db in
            try await db.fetch(
                """
                SELECT category, status, received_on FROM complaint
                WHERE agency_id = \(agency.rawValue) AND received_on BETWEEN \(PostgresDay(from)) AND \(PostgresDay(through))
                """,
                as: (String, String, PostgresDay).self
            ).map { category, status, day in
                guard let category = ComplaintCategory(rawValue: category), let status = ComplaintStatus(rawValue: status) else {
                    throw StorageError.database("complaint holds an unknown category or status")
                }
                return ComplaintSummary(category: category, status: status, receivedOn: day.day)
            }
        }
    }

    func fetchEntries(complaint: Identifier<ComplaintRecord>) async throws -> [ComplaintEntry] {
        try await store.read { db in
            try await db.fetch(
                """
                SELECT id, sequence, kind, author_id, day, sealed FROM complaint_entry
                WHERE complaint_id = \(complaint.rawValue) ORDER BY sequence
                """,
                as: (UUID, Int, String, UUID?, PostgresDay, Data).self
            ).map { id, sequence, kind, author, day, sealed in
                guard let kind = ComplaintEntry.Kind(rawValue: kind) else { throw StorageError.database("unknown entry kind \(kind)") }
                return ComplaintEntry(
                    id: Identifier(id), complaintID: complaint, sequence: sequence, kind: kind, authorID: author.map(Identifier.init),
                    day: day.day, sealed: sealed)
            }
        }
    }

    func fetchAttachments(complaint: Identifier<ComplaintRecord>) async throws -> [ComplaintAttachment] {
        try await store.read { db in
            try await db.fetch(
                "SELECT id, entry_id, sealed_description FROM complaint_attachment WHERE complaint_id = \(complaint.rawValue) ORDER BY ctid",
                as: (UUID, UUID, Data).self
            ).map { ComplaintAttachment(id: Identifier($0), complaintID: complaint, entryID: Identifier($1), sealedDescription: $2) }
        }
    }

    func fetchAttachmentBytes(id: Identifier<ComplaintAttachment>, complaint: Identifier<ComplaintRecord>) async throws -> Data? {
        try await store.read { db in
            try await db.fetch(
                "SELECT sealed_bytes FROM complaint_attachment WHERE id = \(id.rawValue) AND complaint_id = \(complaint.rawValue)",
                as: Data.self
            ).first
        }
    }

    func appendEntry(_ entry: ComplaintEntry, attachments: [AttachmentUpload], actor: Actor?) async throws -> ComplaintEntry {
        try await store.write { db in
            // The row lock makes concurrent additions to one case take turns, so sequences never collide.
            guard let complaint = try await db.fetchComplaints("WHERE id = \(entry.complaintID.rawValue) FOR UPDATE").first else {
                throw StorageError.notFound(entity: "complaint", id: entry.complaintID.description)
            }
            let last = try await db.fetch(
                "SELECT max(sequence) FROM complaint_entry WHERE complaint_id = \(complaint.id.rawValue)", as: Int?.self).first ?? nil
            var stored = entry
            stored.sequence = (last ?? -1) + 1
            try await db.insert(stored, attachments, into: complaint.id)
            if let actor {
                try await db.insert(.note(
                    entry.kind.rawValue, entity: "complaint", entityID: complaint.id.description, agencyID: complaint.agencyID, actor: actor))
            }
            return stored
        }
    }

    func updateStatus(_ complaint: ComplaintRecord, actor: Actor) async throws {
        try await store.write { db in
            guard let stored = try await db.fetchComplaints("WHERE id = \(complaint.id.rawValue) FOR UPDATE").first,
                  stored.agencyID == complaint.agencyID
            else { throw StorageError.notFound(entity: "complaint", id: complaint.id.description) }
            var updated = stored
            updated.status = complaint.status
            updated.statusChangedOn = complaint.statusChangedOn
            updated.closedOn = complaint.closedOn
            try await db.execute(
                """
                UPDATE complaint SET status = \(updated.status.rawValue), status_changed_on = \(PostgresDay(updated.statusChangedOn)),
                    closed_on = \(updated.closedOn.map(PostgresDay.init)) WHERE id = \(updated.id.rawValue)
                """)
            try await db.insert(.change(
                "status", entity: "complaint", entityID: complaint.id.description, agencyID: complaint.agencyID,
                before: stored.auditView, after: updated.auditView, actor: actor))
        }
    }

    func insertKeyWraps(_ wraps: [ComplaintKeyWrap], complaint: Identifier<ComplaintRecord>) async throws {
        try await store.write { db in
            guard try await db.exists("SELECT 1 FROM complaint WHERE id = \(complaint.rawValue)") else {
                throw StorageError.notFound(entity: "complaint", id: complaint.description)
            }
            for wrap in wraps { try await db.insert(wrap, complaint: complaint) }
        }
    }

    func deleteKeyWraps(agency: Identifier<AgencyRecord>, recipients: [ComplaintKeyWrap.Recipient]) async throws {
        try await store.write { db in
            for recipient in recipients {
                try await db.execute(
                    """
                    DELETE FROM complaint_key_wrap WHERE recipient_kind = \(recipient.storageKind)
                    AND recipient_key_id = \(recipient.storageKeyID)
                    AND complaint_id IN (SELECT id FROM complaint WHERE agency_id = \(agency.rawValue))
                    """)
            }
        }
    }

    func deleteComplaint(id: Identifier<ComplaintRecord>, agency: Identifier<AgencyRecord>, actor: Actor) async throws {
        try await store.write { db in
            guard let stored = try await db.fetchComplaints("WHERE id = \(id.rawValue) FOR UPDATE").first, stored.agencyID == agency else {
                throw StorageError.notFound(entity: "complaint", id: id.description)
            }
            try await db.execute("DELETE FROM complaint WHERE id = \(id.rawValue)")
            try await db.insert(.change(
                "delete", entity: "complaint", entityID: id.description, agencyID: agency, before: stored.auditView,
                after: [String: String]?.none, actor: actor))
        }
    }

    static let columns = "id, agency_id, receipt_lookup, category, status, received_on, status_changed_on, closed_on"
}
