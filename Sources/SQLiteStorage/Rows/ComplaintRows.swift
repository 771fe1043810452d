import Complaints
import Foundation
import GRDB
import Storage
import ThaiText
import Workbench

/// A case's metadata as a row of `complaint`; its wraps are rows of `complaint_key_wrap`.
struct ComplaintRow: FetchableRecord, PersistableRecord {
    static let databaseTableName = "complaint"
    var record: ComplaintRecord

    init(_ record: ComplaintRecord) { self.record = record }

    init(row: Row) throws {
        record = ComplaintRecord(
            id: try row.identifier("id"), agencyID: try row.identifier("agency_id"), receiptLookup: try row.value("receipt_lookup"),
            category: try row.enumValue("category"), status: try row.enumValue("status"),
            receivedOn: try row.thaiDate("received_on"), statusChangedOn: try row.thaiDate("status_changed_on"),
            closedOn: try row.optionalThaiDate("closed_on"), keyWraps: [])
    }

    func encode(to container: inout PersistenceContainer) {
        container["id"] = record.id.description
        container["agency_id"] = record.agencyID.description
        container["receipt_lookup"] = record.receiptLookup
        container["category"] = record.category.rawValue
        container["status"] = record.status.rawValue
        container["received_on"] = ColumnCoding.text(record.receivedOn)
        container["status_changed_on"] = ColumnCoding.text(record.statusChangedOn)
        container["closed_on"] = record.closedOn.map(ColumnCoding.text)
    }
}

/// One key wrap as a row of `complaint_key_wrap`.
struct ComplaintKeyWrapRow: FetchableRecord, PersistableRecord {
    static let databaseTableName = "complaint_key_wrap"
    var complaintID: Identifier<ComplaintRecord>
    var wrap: ComplaintKeyWrap

    init(_ wrap: ComplaintKeyWrap, complaint: Identifier<ComplaintRecord>) {
        self.complaintID = complaint
        self.wrap = wrap
    }

    init(row: Row) throws {
        complaintID = try row.identifier("complaint_id")
        let kind: String = try row.value("recipient_kind")
        let keyID: String = try row.value("recipient_key_id")
        guard let recipient = ComplaintKeyWrap.Recipient(storageKind: kind, keyID: keyID) else {
            throw StorageError.database("complaint_key_wrap holds an unknown recipient \(kind)")
        }
        wrap = ComplaintKeyWrap(
            recipient: recipient, ephemeralPublicKey: try row.value("ephemeral_public_key"), sealedKeys: try row.value("sealed_keys"))
    }

    func encode(to container: inout PersistenceContainer) {
        container["complaint_id"] = complaintID.description
        container["recipient_kind"] = wrap.recipient.storageKind
        container["recipient_key_id"] = wrap.recipient.storageKeyID
        container["ephemeral_public_key"] = wrap.ephemeralPublicKey
        container["sealed_keys"] = wrap.sealedKeys
    }
}

/// An entry as a row of `complaint_entry`.
struct ComplaintEntryRow: FetchableRecord, PersistableRecord {
    static let databaseTableName = "complaint_entry"
    var record: ComplaintEntry

    init(_ record: ComplaintEntry) { self.record = record }

    init(row: Row) throws {
        record = ComplaintEntry(
            id: try row.identifier("id"), complaintID: try row.identifier("complaint_id"), sequence: try row.value("sequence"),
            kind: try row.enumValue("kind"), authorID: try row.optionalIdentifier("author_id"), day: try row.thaiDate("day"),
            sealed: try row.value("sealed"))
    }

    func encode(to container: inout PersistenceContainer) {
        container["id"] = record.id.description
        container["complaint_id"] = record.complaintID.description
        container["sequence"] = record.sequence
        container["kind"] = record.kind.rawValue
        container["author_id"] = record.authorID?.description
        container["day"] = ColumnCoding.text(record.day)
        container["sealed"] = record.sealed
    }
}

/// An attachment as a row of `complaint_attachment`: description and bytes sealed apart.
struct ComplaintAttachmentRow: FetchableRecord, PersistableRecord {
    static let databaseTableName = "complaint_attachment"
    var upload: AttachmentUpload

    init(_ upload: AttachmentUpload) { self.upload = upload }

    init(row: Row) throws {
        upload = AttachmentUpload(
            attachment: ComplaintAttachment(
                id: try row.identifier("id"), complaintID: try row.identifier("complaint_id"), entryID: try row.identifier("entry_id"),
                sealedDescription: try row.value("sealed_description")),
            sealedBytes: row.hasColumn("sealed_bytes") ? try row.value("sealed_bytes") : Data())
    }

    func encode(to container: inout PersistenceContainer) {
        let attachment = upload.attachment
        container["id"] = attachment.id.description
        container["complaint_id"] = attachment.complaintID.description
        container["entry_id"] = attachment.entryID.description
        container["sealed_description"] = attachment.sealedDescription
        container["sealed_bytes"] = upload.sealedBytes
    }
}

extension Row {
    func optionalThaiDate(_ column: String) throws -> ThaiDate? {
        let text: String? = try value(column)
        return try text.map { text in
            guard let date = ColumnCoding.thaiDate(text) else { throw StorageError.database("column \(column) holds an unreadable date") }
            return date
        }
    }
}
