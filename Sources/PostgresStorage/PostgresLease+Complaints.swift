import Complaints
import Foundation
import PostgresNIO
import Storage
import Workbench

/// Reading and writing complaint rows, shared by the repository's calls.
extension PostgresLease {
    /// Cases selected by a clause after `FROM complaint`, each with its wraps.
    func fetchComplaints(_ clause: PostgresQuery) async throws -> [ComplaintRecord] {
        var query: PostgresQuery = "SELECT \(unescaped: PostgresComplaintRepository.columns) FROM complaint "
        query.sql += clause.sql
        query.binds = clause.binds
        let rows = try await fetch(query, as: (UUID, UUID, Data, String, String, PostgresDay, PostgresDay, PostgresDay?).self)
        var records: [ComplaintRecord] = try rows.map { id, agency, lookup, category, status, received, changed, closed in
            guard let category = ComplaintCategory(rawValue: category), let status = ComplaintStatus(rawValue: status) else {
                throw StorageError.database("complaint \(id) holds an unknown category or status")
            }
            return ComplaintRecord(
                id: Identifier(id), agencyID: Identifier(agency), receiptLookup: lookup, category: category, status: status,
                receivedOn: received.day, statusChangedOn: changed.day, closedOn: closed?.day, keyWraps: [])
        }
        guard !records.isEmpty else { return [] }
        let wraps = try await fetch(
            """
            SELECT complaint_id, recipient_kind, recipient_key_id, ephemeral_public_key, sealed_keys FROM complaint_key_wrap
            WHERE complaint_id = ANY(\(records.map(\.id.rawValue))) ORDER BY recipient_kind, recipient_key_id
            """,
            as: (UUID, String, String, Data, Data).self)
        var byComplaint: [UUID: [ComplaintKeyWrap]] = [:]
        for (complaint, kind, keyID, ephemeral, sealed) in wraps {
            guard let recipient = ComplaintKeyWrap.Recipient(storageKind: kind, keyID: keyID) else {
                throw StorageError.database("complaint_key_wrap holds an unknown recipient \(kind)")
            }
            byComplaint[complaint, default: []].append(ComplaintKeyWrap(recipient: recipient, ephemeralPublicKey: ephemeral, sealedKeys: sealed))
        }
        for index in records.indices { records[index].keyWraps = byComplaint[records[index].id.rawValue] ?? [] }
        return records
    }

    /// Adds a wrap unless the recipient already has one for the case.
    func insert(_ wrap: ComplaintKeyWrap, complaint: Identifier<ComplaintRecord>) async throws {
        try await execute(
            """
            INSERT INTO complaint_key_wrap (complaint_id, recipient_kind, recipient_key_id, ephemeral_public_key, sealed_keys)
            VALUES (\(complaint.rawValue), \(wrap.recipient.storageKind), \(wrap.recipient.storageKeyID), \(wrap.ephemeralPublicKey),
                    \(wrap.sealedKeys))
            ON CONFLICT DO NOTHING
            """)
    }

    func insert(_ entry: ComplaintEntry, _ attachments: [AttachmentUpload], into complaint: Identifier<ComplaintRecord>) async throws {
        guard entry.complaintID == complaint else { throw StorageError.conflict("entry \(entry.id) belongs to another complaint") }
        try await execute(
            """
            INSERT INTO complaint_entry (id, complaint_id, sequence, kind, author_id, day, sealed)
            VALUES (\(entry.id.rawValue), \(complaint.rawValue), \(entry.sequence), \(entry.kind.rawValue), \(entry.authorID?.rawValue),
                    \(PostgresDay(entry.day)), \(entry.sealed))
            """,
            constraints: ["complaint_entry_pkey": .duplicate(field: "entry", value: entry.id.description)])
        for upload in attachments {
            let attachment = upload.attachment
            guard attachment.complaintID == complaint, attachment.entryID == entry.id else {
                throw StorageError.conflict("attachment \(attachment.id) does not belong to entry \(entry.id)")
            }
            try await execute(
                """
                INSERT INTO complaint_attachment (id, complaint_id, entry_id, sealed_description, sealed_bytes)
                VALUES (\(attachment.id.rawValue), \(complaint.rawValue), \(entry.id.rawValue), \(attachment.sealedDescription),
                        \(upload.sealedBytes))
                """)
        }
    }
}
