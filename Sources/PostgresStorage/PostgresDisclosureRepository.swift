import Disclosure
import Foundation
import PostgresNIO
import Storage
import Workbench

/// Disclosure records and documents; settings, submissions and the watch log are in `+Log`.
struct PostgresDisclosureRepository: DisclosureRepository {
    let store: PostgresStore

    static let documentColumns =
        "id, agency_id, fiscal_year, item_code, file_name, content_type, size, sha256, uploaded_at, uploaded_by"
    typealias DocumentRow = (UUID, UUID, Int, String, String, String, Int, String, PostgresTimestamp, String)

    func fetchDisclosureRecords(agency: Identifier<AgencyRecord>, year: Int) async throws -> [DisclosureRecord] {
        try await store.read { db in
            let documents = try await db.fetch(
                """
                SELECT \(unescaped: Self.documentColumns) FROM disclosure_document
                WHERE agency_id = \(agency.rawValue) AND fiscal_year = \(year)
                """, as: DocumentRow.self).map(Self.document)
            let records = try await db.fetch(
                """
                SELECT record::text FROM disclosure_record WHERE agency_id = \(agency.rawValue) AND fiscal_year = \(year)
                ORDER BY item_code
                """, as: String.self
            ).map { try PostgresJSON.decode(DisclosureRecord.self, from: $0, column: "disclosure_record.record") }
            return DisclosureRules.attach(documents, to: records, agency: agency, year: year)
        }
    }

    func saveDisclosureRecord(_ record: DisclosureRecord, actor: Actor) async throws {
        let stored = DisclosureRules.stored(record)
        try await store.write { db in
            let before = try await db.fetch(
                """
                SELECT record::text FROM disclosure_record WHERE agency_id = \(stored.agencyID.rawValue)
                AND fiscal_year = \(stored.fiscalYear) AND item_code = \(stored.itemCode) FOR UPDATE
                """, as: String.self
            ).first.map { try PostgresJSON.decode(DisclosureRecord.self, from: $0, column: "disclosure_record.record") }
            try await db.execute(
                """
                INSERT INTO disclosure_record (agency_id, fiscal_year, item_code, record, updated_at)
                VALUES (\(stored.agencyID.rawValue), \(stored.fiscalYear), \(stored.itemCode),
                        \(try PostgresJSON.encode(stored))::jsonb, \(PostgresTimestamp(stored.updatedAt)))
                ON CONFLICT (agency_id, fiscal_year, item_code)
                DO UPDATE SET record = excluded.record, updated_at = excluded.updated_at
                """,
                constraints: ["disclosure_record_agency_fkey": .notFound(entity: "agency", id: stored.agencyID.description)])
            try await db.insert(.change(
                before == nil ? "create" : "update", entity: "disclosure", entityID: DisclosureRules.key(stored),
                agencyID: stored.agencyID, before: before, after: stored, actor: actor))
        }
    }

    func insertDisclosureDocument(_ upload: DisclosureUpload, actor: Actor) async throws {
        var document = upload.document
        document.itemCode = document.itemCode.uppercased()
        try await store.write { [document] db in
            try await db.execute(
                "INSERT INTO blob (sha256, bytes) VALUES (\(document.sha256), \(upload.bytes)) ON CONFLICT (sha256) DO NOTHING")
            try await db.execute(
                """
                INSERT INTO disclosure_document (\(unescaped: Self.documentColumns))
                VALUES (\(document.id.rawValue), \(document.agencyID.rawValue), \(document.fiscalYear), \(document.itemCode),
                        \(document.fileName), \(document.contentType), \(document.size), \(document.sha256),
                        \(PostgresTimestamp(document.uploadedAt)), \(document.uploadedBy))
                """,
                constraints: [
                    "disclosure_document_pkey": .duplicate(field: "document", value: document.id.description),
                    "disclosure_document_agency_fkey": .notFound(entity: "agency", id: document.agencyID.description),
                ])
            try await db.insert(.change(
                "create", entity: "disclosureDocument", entityID: document.id.description, agencyID: document.agencyID,
                before: DisclosureDocument?.none, after: document, actor: actor))
        }
    }

    func deleteDisclosureDocument(id: Identifier<DisclosureDocument>, agency: Identifier<AgencyRecord>, actor: Actor) async throws {
        try await store.write { db in
            guard let old = try await db.fetch(
                """
                SELECT \(unescaped: Self.documentColumns) FROM disclosure_document
                WHERE id = \(id.rawValue) AND agency_id = \(agency.rawValue) FOR UPDATE
                """, as: DocumentRow.self).first.map(Self.document)
            else { throw StorageError.notFound(entity: "document", id: id.description) }
            try await db.execute("DELETE FROM disclosure_document WHERE id = \(id.rawValue)")
            try await db.insert(.change(
                "delete", entity: "disclosureDocument", entityID: id.description, agencyID: agency, before: old,
                after: DisclosureDocument?.none, actor: actor))
        }
    }

    func fetchDisclosureDocument(id: Identifier<DisclosureDocument>, agency: Identifier<AgencyRecord>) async throws
        -> (DisclosureDocument, Data)? {
        try await store.read { db in
            guard let document = try await db.fetch(
                """
                SELECT \(unescaped: Self.documentColumns) FROM disclosure_document
                WHERE id = \(id.rawValue) AND agency_id = \(agency.rawValue)
                """, as: DocumentRow.self).first.map(Self.document)
            else { return nil }
            let bytes = try await db.fetch("SELECT bytes FROM blob WHERE sha256 = \(document.sha256)", as: Data.self)
            return bytes.first.map { (document, $0) }
        }
    }

    static func document(_ row: DocumentRow) -> DisclosureDocument {
        DisclosureDocument(
            id: Identifier(row.0), agencyID: Identifier(row.1), fiscalYear: row.2, itemCode: row.3, fileName: row.4,
            contentType: row.5, size: row.6, sha256: row.7, uploadedAt: row.8.date, uploadedBy: row.9)
    }
}
