import Disclosure
import Foundation
import GRDB
import Storage
import Workbench

extension SQLiteStore: DisclosureRepository {
    public func fetchDisclosureRecords(agency: Identifier<AgencyRecord>, year: Int) async throws -> [DisclosureRecord] {
        try await read { db in
            let documents = try Row.fetchAll(db, sql: """
                SELECT * FROM disclosure_document WHERE agency_id = ? AND fiscal_year = ?
                """, arguments: [agency.description, year]).map(Self.document)
            let records: [DisclosureRecord] = try Row.fetchAll(db, sql: """
                SELECT record FROM disclosure_record WHERE agency_id = ? AND fiscal_year = ? ORDER BY item_code
                """, arguments: [agency.description, year]).map { try $0.json("record") }
            return DisclosureRules.attach(documents, to: records, agency: agency, year: year)
        }
    }

    public func saveDisclosureRecord(_ record: DisclosureRecord, actor: Actor) async throws {
        let stored = DisclosureRules.stored(record)
        try await write { db in
            let before: DisclosureRecord? = try Row.fetchOne(db, sql: """
                SELECT record FROM disclosure_record WHERE agency_id = ? AND fiscal_year = ? AND item_code = ?
                """, arguments: [stored.agencyID.description, stored.fiscalYear, stored.itemCode]).map { try $0.json("record") }
            try Self.translatingConstraints(missing: .notFound(entity: "agency", id: stored.agencyID.description)) {
                try db.execute(sql: """
                    INSERT INTO disclosure_record (agency_id, fiscal_year, item_code, record, updated_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (agency_id, fiscal_year, item_code) DO UPDATE SET record = excluded.record, updated_at = excluded.updated_at
                    """, arguments: [stored.agencyID.description, stored.fiscalYear, stored.itemCode, try ColumnCoding.json(stored),
                                     ColumnCoding.seconds(stored.updatedAt)])
            }
            try Self.insertAuditEvent(.change(
                before == nil ? "create" : "update", entity: "disclosure", entityID: DisclosureRules.key(stored),
                agencyID: stored.agencyID, before: before, after: stored, actor: actor), db)
        }
    }

    public func insertDisclosureDocument(_ upload: DisclosureUpload, actor: Actor) async throws {
        var document = upload.document
        document.itemCode = document.itemCode.uppercased()
        try await write { [document] db in
            try BlobRow(sha256: document.sha256, bytes: upload.bytes).insert(db, onConflict: .ignore)
            try Self.translatingConstraints(
                duplicates: ["disclosure_document.id": .duplicate(field: "document", value: document.id.description)],
                missing: .notFound(entity: "agency", id: document.agencyID.description)
            ) {
                try db.execute(sql: """
                    INSERT INTO disclosure_document (id, agency_id, fiscal_year, item_code, file_name, content_type, size, sha256,
                        uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [document.id.description, document.agencyID.description, document.fiscalYear, document.itemCode,
                                     document.fileName, document.contentType, document.size, document.sha256,
                                     ColumnCoding.seconds(document.uploadedAt), document.uploadedBy])
            }
            try Self.insertAuditEvent(.change(
                "create", entity: "disclosureDocument", entityID: document.id.description, agencyID: document.agencyID,
                before: DisclosureDocument?.none, after: document, actor: actor), db)
        }
    }

    public func deleteDisclosureDocument(id: Identifier<DisclosureDocument>, agency: Identifier<AgencyRecord>, actor: Actor) async throws {
        try await write { db in
            guard let old = try Row.fetchOne(db, sql: "SELECT * FROM disclosure_document WHERE id = ? AND agency_id = ?",
                                             arguments: [id.description, agency.description]).map(Self.document) else {
                throw StorageError.notFound(entity: "document", id: id.description)
            }
            try db.execute(sql: "DELETE FROM disclosure_document WHERE id = ?", arguments: [id.description])
            try Self.insertAuditEvent(.change(
                "delete", entity: "disclosureDocument", entityID: id.description, agencyID: agency, before: old,
                after: DisclosureDocument?.none, actor: actor), db)
        }
    }

    public func fetchDisclosureDocument(id: Identifier<DisclosureDocument>, agency: Identifier<AgencyRecord>) async throws
        -> (DisclosureDocument, Data)? {
        try await read { db in
            guard let document = try Row.fetchOne(db, sql: "SELECT * FROM disclosure_document WHERE id = ? AND agency_id = ?",
                                                  arguments: [id.description, agency.description]).map(Self.document),
                  let blob = try BlobRow.fetchOne(db, key: document.sha256)
            else { return nil }
            return (document, blob.bytes)
        }
    }

    static func document(_ row: Row) throws -> DisclosureDocument {
        DisclosureDocument(
            id: try row.identifier("id"), agencyID: try row.identifier("agency_id"), fiscalYear: try row.value("fiscal_year"),
            itemCode: try row.value("item_code"), fileName: try row.value("file_name"), contentType: try row.value("content_type"),
            size: try row.value("size"), sha256: try row.value("sha256"), uploadedAt: try row.date("uploaded_at"),
            uploadedBy: try row.value("uploaded_by"))
    }
}
