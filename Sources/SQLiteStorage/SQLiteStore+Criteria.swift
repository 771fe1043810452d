import Foundation
import GRDB
import Storage
import Workbench

extension SQLiteStore: CriteriaRepository {
    public func saveCriteriaVersion(fiscalYear: Int, json: Data, note: String, actor: Actor) async throws -> StoredCriteriaVersion {
        try await write { db in
            // One statement reads the highest version and inserts the next. A write statement takes the write
            // lock before it reads, so another connection or process cannot take the same number in between;
            // the primary key would refuse it if it did.
            try db.execute(sql: """
                INSERT INTO criteria_version (fiscal_year, version, json, note, created_at, created_by)
                SELECT ?, COALESCE(MAX(version), 0) + 1, ?, ?, ?, ? FROM criteria_version WHERE fiscal_year = ?
                """, arguments: [fiscalYear, json, note, ColumnCoding.seconds(actor.at), actor.name, fiscalYear])
            guard let row = try Row.fetchOne(
                db, sql: "SELECT * FROM criteria_version WHERE rowid = ?", arguments: [db.lastInsertedRowID])
            else { throw StorageError.database("the saved criteria version cannot be read back") }
            let stored = try Self.criteriaVersion(row)
            try Self.insertAuditEvent(stored.savedEvent(actor: actor), db)
            return stored
        }
    }

    public func fetchCriteriaVersions(fiscalYear: Int?) async throws -> [StoredCriteriaVersion] {
        try await read { db in
            if let fiscalYear {
                try Row.fetchAll(db, sql: "SELECT * FROM criteria_version WHERE fiscal_year = ? ORDER BY version",
                                 arguments: [fiscalYear]).map(Self.criteriaVersion)
            } else {
                try Row.fetchAll(db, sql: "SELECT * FROM criteria_version ORDER BY fiscal_year, version").map(Self.criteriaVersion)
            }
        }
    }

    public func recordCriteriaUse(_ use: CriteriaUse, actor: Actor) async throws {
        try await write { db in
            let before = try Row.fetchOne(
                db, sql: "SELECT * FROM criteria_use WHERE agency_id = ? AND subject = ?",
                arguments: [use.agencyID.description, use.subject]
            ).map(Self.criteriaUse)
            try Self.translatingConstraints(missing: .notFound(entity: "agency", id: use.agencyID.description)) {
                try db.execute(sql: """
                    INSERT INTO criteria_use (agency_id, subject, fiscal_year, version, recorded_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (agency_id, subject) DO UPDATE SET
                        fiscal_year = excluded.fiscal_year, version = excluded.version, recorded_at = excluded.recorded_at
                    """, arguments: [use.agencyID.description, use.subject, use.fiscalYear, use.version,
                                     ColumnCoding.seconds(use.recordedAt)])
            }
            // Version 0 is the bundled file, which has no row. Stored versions are never deleted, so the check
            // holds after commit; throwing here rolls the use back.
            if use.version != StoredCriteriaVersion.bundledVersion {
                let stored = try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM criteria_version WHERE fiscal_year = ? AND version = ?)",
                    arguments: [use.fiscalYear, use.version]) ?? false
                guard stored else { throw use.versionNotFound }
            }
            try Self.insertAuditEvent(use.recordedEvent(replacing: before, actor: actor), db)
        }
    }

    public func fetchCriteriaUses(agency: Identifier<AgencyRecord>) async throws -> [CriteriaUse] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM criteria_use WHERE agency_id = ? ORDER BY subject",
                             arguments: [agency.description]).map(Self.criteriaUse)
        }
    }

    static func criteriaVersion(_ row: Row) throws -> StoredCriteriaVersion {
        StoredCriteriaVersion(
            fiscalYear: try row.value("fiscal_year"), version: try row.value("version"), json: try row.value("json"),
            note: try row.value("note"), createdAt: try row.date("created_at"), createdBy: try row.value("created_by"))
    }

    static func criteriaUse(_ row: Row) throws -> CriteriaUse {
        CriteriaUse(
            agencyID: try row.identifier("agency_id"), subject: try row.value("subject"),
            fiscalYear: try row.value("fiscal_year"), version: try row.value("version"),
            recordedAt: try row.date("recorded_at"))
    }

    /// Criteria files by year and version, and which version each agency's plan or disclosure used. A saved
    /// version is history that scores were computed with, so triggers refuse to change or remove it, as they
    /// do for the audit trail. A use names its version without a foreign key: version 0, the bundled file,
    /// has no row.
    static let criteriaSchema = """
        CREATE TABLE criteria_version (
            fiscal_year INTEGER NOT NULL,
            version INTEGER NOT NULL CHECK (version >= 1),
            json BLOB NOT NULL,
            note TEXT NOT NULL,
            created_at REAL NOT NULL,
            created_by TEXT NOT NULL,
            PRIMARY KEY (fiscal_year, version)
        );
        CREATE TRIGGER criteria_version_no_update BEFORE UPDATE ON criteria_version
        BEGIN SELECT RAISE(ABORT, 'criteria_version is append-only'); END;
        CREATE TRIGGER criteria_version_no_delete BEFORE DELETE ON criteria_version
        BEGIN SELECT RAISE(ABORT, 'criteria_version is append-only'); END;
        CREATE TABLE criteria_use (
            agency_id TEXT NOT NULL REFERENCES agency(id) ON DELETE RESTRICT,
            subject TEXT NOT NULL,
            fiscal_year INTEGER NOT NULL,
            version INTEGER NOT NULL,
            recorded_at REAL NOT NULL,
            PRIMARY KEY (agency_id, subject)
        );
        """
}
