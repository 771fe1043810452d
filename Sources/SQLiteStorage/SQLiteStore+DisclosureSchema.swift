extension SQLiteStore {
    /// OIT disclosure. A record's parts (links, ticks, period, months) are one JSON value, since they are
    /// always read and written together; documents are rows of their own whose bytes share `blob` with
    /// evidence. Submissions and the watch log are append-only, enforced by triggers like the audit trail.
    static let disclosure = """
        CREATE TABLE disclosure_record (
            agency_id TEXT NOT NULL REFERENCES agency(id) ON DELETE RESTRICT,
            fiscal_year INTEGER NOT NULL,
            item_code TEXT NOT NULL,
            record TEXT NOT NULL,
            updated_at REAL NOT NULL,
            PRIMARY KEY (agency_id, fiscal_year, item_code)
        );
        CREATE TABLE disclosure_document (
            id TEXT PRIMARY KEY NOT NULL,
            agency_id TEXT NOT NULL REFERENCES agency(id) ON DELETE RESTRICT,
            fiscal_year INTEGER NOT NULL,
            item_code TEXT NOT NULL,
            file_name TEXT NOT NULL,
            content_type TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL REFERENCES blob(sha256) ON DELETE RESTRICT,
            uploaded_at REAL NOT NULL,
            uploaded_by TEXT NOT NULL
        );
        CREATE INDEX disclosure_document_item ON disclosure_document(agency_id, fiscal_year, item_code);
        CREATE TABLE disclosure_settings (
            agency_id TEXT PRIMARY KEY NOT NULL REFERENCES agency(id) ON DELETE RESTRICT,
            settings TEXT NOT NULL
        );
        CREATE TABLE disclosure_submission (
            id TEXT PRIMARY KEY NOT NULL,
            agency_id TEXT NOT NULL REFERENCES agency(id) ON DELETE RESTRICT,
            fiscal_year INTEGER NOT NULL,
            submitted_at REAL NOT NULL,
            submitted_by TEXT NOT NULL,
            sheet TEXT NOT NULL,
            sha256 TEXT NOT NULL
        );
        CREATE INDEX disclosure_submission_year ON disclosure_submission(agency_id, fiscal_year, submitted_at);
        CREATE TRIGGER disclosure_submission_no_update BEFORE UPDATE ON disclosure_submission
        BEGIN SELECT RAISE(ABORT, 'disclosure_submission is frozen'); END;
        CREATE TRIGGER disclosure_submission_no_delete BEFORE DELETE ON disclosure_submission
        BEGIN SELECT RAISE(ABORT, 'disclosure_submission is frozen'); END;
        CREATE TABLE watch_log_entry (
            id TEXT PRIMARY KEY NOT NULL,
            agency_id TEXT NOT NULL REFERENCES agency(id) ON DELETE RESTRICT,
            fiscal_year INTEGER NOT NULL,
            checked_at REAL NOT NULL,
            url TEXT NOT NULL,
            status INTEGER,
            ok INTEGER NOT NULL,
            detail TEXT NOT NULL
        );
        CREATE INDEX watch_log_entry_year ON watch_log_entry(agency_id, fiscal_year, checked_at);
        CREATE TRIGGER watch_log_entry_no_update BEFORE UPDATE ON watch_log_entry
        BEGIN SELECT RAISE(ABORT, 'watch_log_entry is append-only'); END;
        """
}
