import Foundation
import GRDB
import Storage
import Workbench

extension SQLiteStore {
    public func insertProgress(_ entry: ProgressEntry, evidence files: [EvidenceUpload], actor: Actor) async throws {
        try await write { db in
            guard try Self.fetchMeasure(id: entry.measureID, agency: entry.agencyID, db) != nil else {
                throw StorageError.notFound(entity: "measure", id: entry.measureID.description)
            }
            try Self.translatingConstraints(duplicates: [
                "progress_entry.id": .duplicate(field: "progress", value: entry.id.description),
            ]) {
                try ProgressEntryRow(entry).insert(db)
            }
            for upload in files where !Self.belongs(upload.file, to: entry) {
                throw StorageError.conflict("evidence \(upload.file.id) does not belong to progress entry \(entry.id)")
            }
            for upload in files {
                // Bytes are stored once per hash: a second upload of the same file adds only its record.
                try BlobRow(sha256: upload.file.sha256, bytes: upload.bytes).insert(db, onConflict: .ignore)
                try Self.translatingConstraints(duplicates: [
                    "evidence_file.id": .duplicate(field: "evidence", value: upload.file.id.description),
                ]) {
                    try EvidenceFileRow(upload.file).insert(db)
                }
            }
            try Self.insertAuditEvent(
                .change("create", entity: "progress", entityID: entry.id.description, agencyID: entry.agencyID,
                        before: ProgressEntry?.none, after: entry, actor: actor), db)
            for upload in files {
                try Self.insertAuditEvent(
                    .change("create", entity: "evidence", entityID: upload.file.id.description, agencyID: entry.agencyID,
                            before: EvidenceFile?.none, after: upload.file, actor: actor), db)
            }
        }
    }

    public func fetchProgress(measure: Identifier<MeasureRecord>, agency: Identifier<AgencyRecord>) async throws -> [ProgressEntry] {
        try await read { db in
            try ProgressEntryRow.filter(Column("measure_id") == measure.description && Column("agency_id") == agency.description)
                .order(Self.progressOrder).fetchAll(db).map(\.record)
        }
    }

    public func fetchProgress(agency: Identifier<AgencyRecord>, year: Int) async throws -> [ProgressEntry] {
        try await read { db in
            try ProgressEntryRow.fetchAll(db, sql: """
                SELECT progress_entry.* FROM progress_entry
                JOIN measure ON measure.id = progress_entry.measure_id AND measure.agency_id = progress_entry.agency_id
                WHERE progress_entry.agency_id = ? AND measure.plan_year = ?
                ORDER BY progress_entry.date, progress_entry.created_at, progress_entry.id
                """, arguments: [agency.description, year]).map(\.record)
        }
    }

    public func fetchEvidence(agency: Identifier<AgencyRecord>, year: Int) async throws -> [EvidenceFile] {
        try await read { db in
            try EvidenceFileRow.fetchAll(db, sql: """
                SELECT evidence_file.* FROM evidence_file
                JOIN measure ON measure.id = evidence_file.measure_id AND measure.agency_id = evidence_file.agency_id
                WHERE evidence_file.agency_id = ? AND measure.plan_year = ?
                ORDER BY evidence_file.effective_date, evidence_file.file_name, evidence_file.id
                """, arguments: [agency.description, year]).map(\.record)
        }
    }

    public func fetchEvidence(id: Identifier<EvidenceFile>, agency: Identifier<AgencyRecord>) async throws -> (EvidenceFile, Data)? {
        try await read { db in
            guard let file = try EvidenceFileRow.filter(Column("id") == id.description && Column("agency_id") == agency.description)
                .fetchOne(db)?.record,
                let blob = try BlobRow.fetchOne(db, key: file.sha256)
            else { return nil }
            return (file, blob.bytes)
        }
    }

    /// Evidence belongs to one entry, of its measure and agency. The agency is checked too (the in-memory
    /// store checks entry and measure only): the schema's composite foreign key would refuse a mismatch
    /// anyway, and this way it is a readable conflict rather than a database error.
    private static func belongs(_ file: EvidenceFile, to entry: ProgressEntry) -> Bool {
        file.progressEntryID == entry.id && file.measureID == entry.measureID && file.agencyID == entry.agencyID
    }

    /// Oldest first by the day of the work, then by when it was typed in; the id only makes ties stable.
    private static var progressOrder: [any SQLOrderingTerm] { [Column("date"), Column("created_at"), Column("id")] }
}
