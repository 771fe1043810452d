import Foundation
import PostgresNIO
import Storage
import ThaiText
import Workbench

/// Progress entries, evidence with its de-duplicated bytes, and meeting reports.
extension PostgresPlanRepository {
    func insertProgress(_ entry: ProgressEntry, evidence files: [EvidenceUpload], actor: Actor) async throws {
        try await store.write { db in
            guard try await db.fetchMeasure(id: entry.measureID, agency: entry.agencyID, lock: false) != nil else {
                throw StorageError.notFound(entity: "measure", id: entry.measureID.description)
            }
            try await db.execute(
                """
                INSERT INTO progress_entry (\(unescaped: Self.progressColumns))
                VALUES (\(entry.id.rawValue), \(entry.measureID.rawValue), \(entry.agencyID.rawValue), \(PostgresDay(entry.date)),
                        \(entry.text), \(entry.status.rawValue), \(entry.percent), \(entry.authorID?.rawValue),
                        \(entry.authorName), \(PostgresTimestamp(entry.createdAt)))
                """,
                constraints: ["progress_entry_pkey": .duplicate(field: "progress", value: entry.id.description)])
            // Evidence stamped with another agency would be readable by that agency, so it is refused with the rest.
            for upload in files
            where upload.file.progressEntryID != entry.id || upload.file.measureID != entry.measureID
                || upload.file.agencyID != entry.agencyID {
                throw StorageError.conflict("evidence \(upload.file.id) does not belong to progress entry \(entry.id)")
            }
            for upload in files {
                let file = upload.file
                // Bytes are addressed by their hash, so a file uploaded twice is stored once.
                try await db.execute(
                    "INSERT INTO blob (sha256, bytes) VALUES (\(file.sha256), \(upload.bytes)) ON CONFLICT (sha256) DO NOTHING")
                try await db.execute(
                    """
                    INSERT INTO evidence_file (\(unescaped: Self.evidenceColumns))
                    VALUES (\(file.id.rawValue), \(file.agencyID.rawValue), \(file.measureID.rawValue),
                            \(file.progressEntryID.rawValue), \(file.fileName), \(file.contentType), \(file.size),
                            \(file.sha256), \(PostgresDay(file.effectiveDate)), \(PostgresTimestamp(file.uploadedAt)),
                            \(file.uploadedBy))
                    """,
                    constraints: ["evidence_file_pkey": .duplicate(field: "evidence", value: file.id.description)])
            }
            try await db.insert(.change(
                "create", entity: "progress", entityID: entry.id.description, agencyID: entry.agencyID,
                before: ProgressEntry?.none, after: entry, actor: actor))
            for upload in files {
                try await db.insert(.change(
                    "create", entity: "evidence", entityID: upload.file.id.description, agencyID: entry.agencyID,
                    before: EvidenceFile?.none, after: upload.file, actor: actor))
            }
        }
    }

    func fetchProgress(measure: Identifier<MeasureRecord>, agency: Identifier<AgencyRecord>) async throws -> [ProgressEntry] {
        try await store.read { db in
            try await db.fetchProgress(
                """
                SELECT \(unescaped: Self.progressColumns) FROM progress_entry
                WHERE measure_id = \(measure.rawValue) AND agency_id = \(agency.rawValue) ORDER BY date, created_at, id
                """)
        }
    }

    func fetchProgress(agency: Identifier<AgencyRecord>, year: Int) async throws -> [ProgressEntry] {
        try await store.read { db in
            try await db.fetchProgress(
                """
                SELECT \(unescaped: Self.qualified(Self.progressColumns, "p")) FROM progress_entry p
                JOIN measure m ON m.id = p.measure_id
                WHERE m.agency_id = \(agency.rawValue) AND m.plan_year = \(year) ORDER BY p.date, p.created_at, p.id
                """)
        }
    }

    func fetchEvidence(agency: Identifier<AgencyRecord>, year: Int) async throws -> [EvidenceFile] {
        // Byte order of file names is the order the in-memory store gives (Swift compares by code point).
        try await store.read { db in
            try await db.fetchEvidence(
                """
                SELECT \(unescaped: Self.qualified(Self.evidenceColumns, "e")) FROM evidence_file e
                JOIN measure m ON m.id = e.measure_id
                WHERE m.agency_id = \(agency.rawValue) AND m.plan_year = \(year)
                ORDER BY e.effective_date, e.file_name COLLATE "C", e.id
                """)
        }
    }

    func fetchEvidence(id: Identifier<EvidenceFile>, agency: Identifier<AgencyRecord>) async throws -> (EvidenceFile, Data)? {
        try await store.read { db in
            guard let file = try await db.fetchEvidence(
                """
                SELECT \(unescaped: Self.evidenceColumns) FROM evidence_file
                WHERE id = \(id.rawValue) AND agency_id = \(agency.rawValue)
                """
            ).first else { return nil }
            let bytes = try await db.fetch("SELECT bytes FROM blob WHERE sha256 = \(file.sha256)", as: Data.self)
            return bytes.first.map { (file, $0) }
        }
    }

    func insertMeetingReport(_ report: MeetingReport, actor: Actor) async throws {
        try await store.write { db in
            guard try await db.fetchFiscalYear(agency: report.agencyID, year: report.planYear, lock: false) != nil else {
                throw StorageError.notFound(entity: "plan", id: Self.key(report.agencyID, report.planYear))
            }
            try await db.execute(
                """
                INSERT INTO meeting_report (\(unescaped: Self.meetingColumns))
                VALUES (\(report.id.rawValue), \(report.agencyID.rawValue), \(report.planYear), \(PostgresDay(report.month)),
                        \(PostgresDay(report.meetingDate)), \(report.title), \(report.notes), \(report.createdBy),
                        \(PostgresTimestamp(report.createdAt)))
                """,
                constraints: ["meeting_report_pkey": .duplicate(field: "meeting", value: report.id.description)])
            try await db.insert(.change(
                "create", entity: "meeting", entityID: report.id.description, agencyID: report.agencyID,
                before: MeetingReport?.none, after: report, actor: actor))
        }
    }

    func fetchMeetingReports(agency: Identifier<AgencyRecord>, year: Int) async throws -> [MeetingReport] {
        try await store.read { db in
            try await db.fetch(
                """
                SELECT \(unescaped: Self.meetingColumns) FROM meeting_report
                WHERE agency_id = \(agency.rawValue) AND plan_year = \(year) ORDER BY meeting_date, created_at, id
                """,
                as: (UUID, UUID, Int, PostgresDay, PostgresDay, String, String, String, PostgresTimestamp).self
            ).map { id, agency, year, month, date, title, notes, createdBy, createdAt in
                MeetingReport(
                    id: Identifier(id), agencyID: Identifier(agency), planYear: year, month: month.yearMonth,
                    meetingDate: date.day, title: title, notes: notes, createdBy: createdBy, createdAt: createdAt.date)
            }
        }
    }

    static let progressColumns =
        "id, measure_id, agency_id, date, text, status, percent, author_id, author_name, created_at"
    static let evidenceColumns = """
        id, agency_id, measure_id, progress_entry_id, file_name, content_type, size, sha256, effective_date, \
        uploaded_at, uploaded_by
        """
    static let meetingColumns = "id, agency_id, plan_year, month, meeting_date, title, notes, created_by, created_at"

    /// A column list with every name prefixed by a table alias, for joins.
    static func qualified(_ columns: String, _ alias: String) -> String {
        columns.split(separator: ",").map { "\(alias).\($0.trimmingCharacters(in: .whitespaces))" }
            .joined(separator: ", ")
    }
}

extension PostgresLease {
    /// Progress entries from a query selecting `PostgresPlanRepository.progressColumns`.
    func fetchProgress(_ query: PostgresQuery) async throws -> [ProgressEntry] {
        try await fetch(
            query, as: (UUID, UUID, UUID, PostgresDay, String, String, Int, UUID?, String, PostgresTimestamp).self
        ).map { id, measure, agency, date, text, status, percent, author, authorName, createdAt in
            guard let status = ProgressStatus(rawValue: status) else {
                throw StorageError.database("progress \(id) has an unknown status \(status)")
            }
            return ProgressEntry(
                id: Identifier(id), measureID: Identifier(measure), agencyID: Identifier(agency), date: date.day,
                text: text, status: status, percent: percent, authorID: author.map(Identifier.init),
                authorName: authorName, createdAt: createdAt.date)
        }
    }

    /// Evidence records from a query selecting `PostgresPlanRepository.evidenceColumns`.
    func fetchEvidence(_ query: PostgresQuery) async throws -> [EvidenceFile] {
        try await fetch(
            query,
            as: (UUID, UUID, UUID, UUID, String, String, Int, String, PostgresDay, PostgresTimestamp, String).self
        ).map { id, agency, measure, entry, name, type, size, sha256, effective, uploadedAt, uploadedBy in
            EvidenceFile(
                id: Identifier(id), agencyID: Identifier(agency), measureID: Identifier(measure),
                progressEntryID: Identifier(entry), fileName: name, contentType: type, size: size, sha256: sha256,
                effectiveDate: effective.day, uploadedAt: uploadedAt.date, uploadedBy: uploadedBy)
        }
    }
}
