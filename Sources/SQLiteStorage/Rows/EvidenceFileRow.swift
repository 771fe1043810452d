import Foundation
import GRDB
import Workbench

/// An evidence record as a row of `evidence_file`; its bytes are in `blob`, under their SHA-256.
struct EvidenceFileRow: FetchableRecord, PersistableRecord {
    static let databaseTableName = "evidence_file"
    var record: EvidenceFile

    init(_ record: EvidenceFile) { self.record = record }

    init(row: Row) throws {
        record = EvidenceFile(
            id: try row.identifier("id"), agencyID: try row.identifier("agency_id"),
            measureID: try row.identifier("measure_id"), progressEntryID: try row.identifier("progress_entry_id"),
            fileName: try row.value("file_name"), contentType: try row.value("content_type"), size: try row.value("size"),
            sha256: try row.value("sha256"), effectiveDate: try row.thaiDate("effective_date"),
            uploadedAt: try row.date("uploaded_at"), uploadedBy: try row.value("uploaded_by"))
    }

    func encode(to container: inout PersistenceContainer) {
        container["id"] = record.id.description
        container["agency_id"] = record.agencyID.description
        container["measure_id"] = record.measureID.description
        container["progress_entry_id"] = record.progressEntryID.description
        container["file_name"] = record.fileName
        container["content_type"] = record.contentType
        container["size"] = record.size
        container["sha256"] = record.sha256
        container["effective_date"] = ColumnCoding.text(record.effectiveDate)
        container["uploaded_at"] = ColumnCoding.seconds(record.uploadedAt)
        container["uploaded_by"] = record.uploadedBy
    }
}

/// File bytes as a row of `blob`, stored once per SHA-256 however many evidence records share them.
struct BlobRow: FetchableRecord, PersistableRecord {
    static let databaseTableName = "blob"
    var sha256: String
    var bytes: Data

    init(sha256: String, bytes: Data) {
        self.sha256 = sha256
        self.bytes = bytes
    }

    init(row: Row) throws {
        sha256 = try row.value("sha256")
        bytes = try row.value("bytes")
    }

    func encode(to container: inout PersistenceContainer) {
        container["sha256"] = sha256
        container["bytes"] = bytes
    }
}
