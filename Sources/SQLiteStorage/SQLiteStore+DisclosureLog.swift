import Disclosure
import Foundation
import GRDB
import Storage
import Workbench

/// Settings, frozen submissions and the watch log.
extension SQLiteStore {
    public func fetchDisclosureSettings(agency: Identifier<AgencyRecord>) async throws -> DisclosureSettings? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT settings FROM disclosure_settings WHERE agency_id = ?", arguments: [agency.description])
                .map { try $0.json("settings") }
        }
    }

    public func fetchAllDisclosureSettings() async throws -> [DisclosureSettings] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT settings FROM disclosure_settings ORDER BY agency_id").map { try $0.json("settings") }
        }
    }

    public func saveDisclosureSettings(_ settings: DisclosureSettings, actor: Actor) async throws {
        try await write { db in
            let before: DisclosureSettings? = try Row.fetchOne(
                db, sql: "SELECT settings FROM disclosure_settings WHERE agency_id = ?", arguments: [settings.agencyID.description]
            ).map { try $0.json("settings") }
            try Self.translatingConstraints(missing: .notFound(entity: "agency", id: settings.agencyID.description)) {
                try db.execute(sql: """
                    INSERT INTO disclosure_settings (agency_id, settings) VALUES (?, ?)
                    ON CONFLICT (agency_id) DO UPDATE SET settings = excluded.settings
                    """, arguments: [settings.agencyID.description, try ColumnCoding.json(settings)])
            }
            try Self.insertAuditEvent(.change(
                before == nil ? "create" : "update", entity: "disclosureSettings", entityID: settings.agencyID.description,
                agencyID: settings.agencyID, before: before, after: settings, actor: actor), db)
        }
    }

    public func insertDisclosureSubmission(_ submission: DisclosureSubmission, actor: Actor) async throws {
        try await write { db in
            try Self.translatingConstraints(
                duplicates: ["disclosure_submission.id": .duplicate(field: "submission", value: submission.id.description)],
                missing: .notFound(entity: "agency", id: submission.agencyID.description)
            ) {
                try db.execute(sql: """
                    INSERT INTO disclosure_submission (id, agency_id, fiscal_year, submitted_at, submitted_by, sheet, sha256)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [submission.id.description, submission.agencyID.description, submission.fiscalYear,
                                     ColumnCoding.seconds(submission.submittedAt), submission.submittedBy,
                                     try ColumnCoding.json(submission.sheet), submission.sha256])
            }
            try Self.insertAuditEvent(.change(
                "freeze", entity: "disclosureSubmission", entityID: submission.id.description, agencyID: submission.agencyID,
                before: DisclosureSubmission?.none, after: submission, actor: actor), db)
        }
    }

    public func fetchDisclosureSubmissions(agency: Identifier<AgencyRecord>, year: Int) async throws -> [DisclosureSubmission] {
        try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM disclosure_submission WHERE agency_id = ? AND fiscal_year = ? ORDER BY submitted_at DESC, id DESC
                """, arguments: [agency.description, year]).map(Self.submission)
        }
    }

    public func fetchDisclosureSubmission(id: Identifier<DisclosureSubmission>, agency: Identifier<AgencyRecord>) async throws
        -> DisclosureSubmission? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM disclosure_submission WHERE id = ? AND agency_id = ?",
                             arguments: [id.description, agency.description]).map(Self.submission)
        }
    }

    public func insertWatchLogEntries(_ entries: [WatchLogEntry], actor: Actor) async throws {
        guard let agency = try DisclosureRules.requireOneAgency(entries) else { return }
        try await write { db in
            for entry in entries {
                try Self.translatingConstraints(
                    duplicates: ["watch_log_entry.id": .duplicate(field: "watchLogEntry", value: entry.id.description)],
                    missing: .notFound(entity: "agency", id: agency.description)
                ) {
                    try db.execute(sql: """
                        INSERT INTO watch_log_entry (id, agency_id, fiscal_year, checked_at, url, status, ok, detail)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [entry.id.description, entry.agencyID.description, entry.fiscalYear,
                                         ColumnCoding.seconds(entry.checkedAt), entry.url, entry.status, entry.ok, entry.detail])
                }
            }
            try Self.insertAuditEvent(.change(
                "watch", entity: "watchLog", entityID: agency.description, agencyID: agency, before: [WatchLogEntry]?.none,
                after: entries, actor: actor), db)
        }
    }

    public func fetchWatchLog(agency: Identifier<AgencyRecord>, year: Int, limit: Int) async throws -> [WatchLogEntry] {
        try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM watch_log_entry WHERE agency_id = ? AND fiscal_year = ? ORDER BY checked_at DESC, url DESC LIMIT ?
                """, arguments: [agency.description, year, max(limit, 0)]).map { row in
                WatchLogEntry(
                    id: try row.identifier("id"), agencyID: try row.identifier("agency_id"), fiscalYear: try row.value("fiscal_year"),
                    checkedAt: try row.date("checked_at"), url: try row.value("url"), status: try row.value("status"),
                    ok: try row.value("ok"), detail: try row.value("detail"))
            }
        }
    }

    static func submission(_ row: Row) throws -> DisclosureSubmission {
        DisclosureSubmission(
            id: try row.identifier("id"), agencyID: try row.identifier("agency_id"), fiscalYear: try row.value("fiscal_year"),
            submittedAt: try row.date("submitted_at"), submittedBy: try row.value("submitted_by"), sheet: try row.json("sheet"),
            sha256: try row.value("sha256"))
    }
}
