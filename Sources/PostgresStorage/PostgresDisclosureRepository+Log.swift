import Disclosure
import Foundation
import PostgresNIO
import Storage
import Workbench

/// Settings, frozen submissions (a trigger refuses any change) and the watch log.
extension PostgresDisclosureRepository {
    func fetchDisclosureSettings(agency: Identifier<AgencyRecord>) async throws -> DisclosureSettings? {
        try await store.read { db in
            try await db.fetch("SELECT settings::text FROM disclosure_settings WHERE agency_id = \(agency.rawValue)", as: String.self)
                .first.map { try PostgresJSON.decode(DisclosureSettings.self, from: $0, column: "disclosure_settings.settings") }
        }
    }

    func fetchAllDisclosureSettings() async throws -> [DisclosureSettings] {
        try await store.read { db in
            try await db.fetch("SELECT settings::text FROM disclosure_settings ORDER BY agency_id", as: String.self)
                .map { try PostgresJSON.decode(DisclosureSettings.self, from: $0, column: "disclosure_settings.settings") }
        }
    }

    func saveDisclosureSettings(_ settings: DisclosureSettings, actor: Actor) async throws {
        try await store.write { db in
            let before = try await db.fetch(
                "SELECT settings::text FROM disclosure_settings WHERE agency_id = \(settings.agencyID.rawValue) FOR UPDATE",
                as: String.self
            ).first.map { try PostgresJSON.decode(DisclosureSettings.self, from: $0, column: "disclosure_settings.settings") }
            try await db.execute(
                """
                INSERT INTO disclosure_settings (agency_id, settings)
                VALUES (\(settings.agencyID.rawValue), \(try PostgresJSON.encode(settings))::jsonb)
                ON CONFLICT (agency_id) DO UPDATE SET settings = excluded.settings
                """,
                constraints: ["disclosure_settings_agency_fkey": .notFound(entity: "agency", id: settings.agencyID.description)])
            try await db.insert(.change(
                before == nil ? "create" : "update", entity: "disclosureSettings", entityID: settings.agencyID.description,
                agencyID: settings.agencyID, before: before, after: settings, actor: actor))
        }
    }

    static let submissionColumns = "id, agency_id, fiscal_year, submitted_at, submitted_by, sheet, sha256"
    typealias SubmissionRow = (UUID, UUID, Int, PostgresTimestamp, String, String, String)

    func insertDisclosureSubmission(_ submission: DisclosureSubmission, actor: Actor) async throws {
        try await store.write { db in
            try await db.execute(
                """
                INSERT INTO disclosure_submission (\(unescaped: Self.submissionColumns))
                VALUES (\(submission.id.rawValue), \(submission.agencyID.rawValue), \(submission.fiscalYear),
                        \(PostgresTimestamp(submission.submittedAt)), \(submission.submittedBy),
                        \(try PostgresJSON.encode(submission.sheet)), \(submission.sha256))
                """,
                constraints: [
                    "disclosure_submission_pkey": .duplicate(field: "submission", value: submission.id.description),
                    "disclosure_submission_agency_fkey": .notFound(entity: "agency", id: submission.agencyID.description),
                ])
            try await db.insert(.change(
                "freeze", entity: "disclosureSubmission", entityID: submission.id.description, agencyID: submission.agencyID,
                before: DisclosureSubmission?.none, after: submission, actor: actor))
        }
    }

    func fetchDisclosureSubmissions(agency: Identifier<AgencyRecord>, year: Int) async throws -> [DisclosureSubmission] {
        try await store.read { db in
            try await db.fetch(
                """
                SELECT \(unescaped: Self.submissionColumns) FROM disclosure_submission
                WHERE agency_id = \(agency.rawValue) AND fiscal_year = \(year) ORDER BY submitted_at DESC, id DESC
                """, as: SubmissionRow.self).map(Self.submission)
        }
    }

    func fetchDisclosureSubmission(id: Identifier<DisclosureSubmission>, agency: Identifier<AgencyRecord>) async throws
        -> DisclosureSubmission? {
        try await store.read { db in
            try await db.fetch(
                """
                SELECT \(unescaped: Self.submissionColumns) FROM disclosure_submission
                WHERE id = \(id.rawValue) AND agency_id = \(agency.rawValue)
                """, as: SubmissionRow.self).first.map(Self.submission)
        }
    }

    static func submission(_ row: SubmissionRow) throws -> DisclosureSubmission {
        DisclosureSubmission(
            id: Identifier(row.0), agencyID: Identifier(row.1), fiscalYear: row.2, submittedAt: row.3.date, submittedBy: row.4,
            sheet: try PostgresJSON.decode(AnswerSheet.self, from: row.5, column: "disclosure_submission.sheet"), sha256: row.6)
    }

    func insertWatchLogEntries(_ entries: [WatchLogEntry], actor: Actor) async throws {
        guard let agency = try DisclosureRules.requireOneAgency(entries) else { return }
        try await store.write { db in
            for entry in entries {
                try await db.execute(
                    """
                    INSERT INTO watch_log_entry (id, agency_id, fiscal_year, checked_at, url, status, ok, detail)
                    VALUES (\(entry.id.rawValue), \(entry.agencyID.rawValue), \(entry.fiscalYear),
                            \(PostgresTimestamp(entry.checkedAt)), \(entry.url), \(entry.status), \(entry.ok), \(entry.detail))
                    """,
                    constraints: [
                        "watch_log_entry_pkey": .duplicate(field: "watchLogEntry", value: entry.id.description),
                        "watch_log_entry_agency_fkey": .notFound(entity: "agency", id: agency.description),
                    ])
            }
            try await db.insert(.change(
                "watch", entity: "watchLog", entityID: agency.description, agencyID: agency, before: [WatchLogEntry]?.none,
                after: entries, actor: actor))
        }
    }

    func fetchWatchLog(agency: Identifier<AgencyRecord>, year: Int, limit: Int) async throws -> [WatchLogEntry] {
        try await store.read { db in
            try await db.fetch(
                """
                SELECT id, agency_id, fiscal_year, checked_at, url, status, ok, detail FROM watch_log_entry
                WHERE agency_id = \(agency.rawValue) AND fiscal_year = \(year) ORDER BY checked_at DESC, url DESC
                LIMIT \(max(limit, 0))
                """, as: (UUID, UUID, Int, PostgresTimestamp, String, Int?, Bool, String).self
            ).map {
                WatchLogEntry(
                    id: Identifier($0), agencyID: Identifier($1), fiscalYear: $2, checkedAt: $3.date, url: $4, status: $5,
                    ok: $6, detail: $7)
            }
        }
    }
}
