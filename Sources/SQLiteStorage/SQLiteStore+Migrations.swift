import GRDB

extension SQLiteStore {
    /// The schema as an append-only list of named steps, run on every open; GRDB records the applied
    /// ones in `grdb_migrations`. Never edit a step that has shipped: add a new one.
    ///
    /// Column conventions: ids are lower-case UUID text; `Date`s are REAL seconds since 2001-01-01 UTC,
    /// which is `Date`'s own value, so they come back bit-for-bit (ISO text or GRDB's default keep only
    /// milliseconds); `ThaiDate`s are "2565-11-05" and `YearMonth`s "2565-10" (พ.ศ.), which sort as text;
    /// nested values are JSON text from `JSONEncoder`, which writes `Decimal`s exactly.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-agencies-users") { db in try db.execute(sql: agenciesAndUsers) }
        migrator.registerMigration("v2-plans") { db in try db.execute(sql: plans) }
        migrator.registerMigration("v3-progress-evidence") { db in try db.execute(sql: progressAndEvidence) }
        migrator.registerMigration("v4-audit-trail") { db in try db.execute(sql: auditTrail) }
        migrator.registerMigration("v5-oit-disclosure") { db in try db.execute(sql: disclosure) }
        migrator.registerMigration("v6-complaint-channel") { db in try db.execute(sql: complaintChannel) }
        migrator.registerMigration("v7-criteria-versions") { db in try db.execute(sql: criteriaSchema) }
        migrator.registerMigration("v8-officer-key-trust") { db in
            try db.execute(sql: "ALTER TABLE officer_key ADD COLUMN trust TEXT NOT NULL DEFAULT 'trusted'")
        }
        return migrator
    }

    private static let agenciesAndUsers = """
        CREATE TABLE agency (
            id TEXT PRIMARY KEY NOT NULL,
            slug TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            district TEXT NOT NULL,
            province TEXT NOT NULL,
            created_at REAL NOT NULL
        );
        CREATE TABLE division (
            id TEXT PRIMARY KEY NOT NULL,
            agency_id TEXT NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            position INTEGER NOT NULL,
            UNIQUE (agency_id, position)
        );
        -- An agency with accounts cannot be deleted until they are moved or removed.
        CREATE TABLE user_account (
            id TEXT PRIMARY KEY NOT NULL,
            username TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL,
            agency_id TEXT REFERENCES agency(id) ON DELETE RESTRICT,
            division_name TEXT,
            password_hash TEXT NOT NULL,
            must_change_password INTEGER NOT NULL,
            active INTEGER NOT NULL,
            created_at REAL NOT NULL
        );
        CREATE INDEX user_account_agency ON user_account(agency_id);
        CREATE TABLE session (
            token_hash TEXT PRIMARY KEY NOT NULL,
            user_id TEXT NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
            csrf_token TEXT NOT NULL,
            expires_at REAL NOT NULL
        );
        CREATE INDEX session_user ON session(user_id);
        CREATE INDEX session_expiry ON session(expires_at);
        """

    /// A plan is a record of the agency's work, so an agency with plans cannot be deleted by accident;
    /// measures and meeting reports are parts of their plan year and go with it.
    private static let plans = """
        CREATE TABLE fiscal_year (
            agency_id TEXT NOT NULL REFERENCES agency(id) ON DELETE RESTRICT,
            plan_year INTEGER NOT NULL,
            assessed_year INTEGER NOT NULL,
            result TEXT NOT NULL,
            assessor_summary TEXT,
            recommendations TEXT NOT NULL,
            analysis TEXT NOT NULL,
            updated_at REAL NOT NULL,
            PRIMARY KEY (agency_id, plan_year)
        );
        CREATE TABLE measure (
            id TEXT PRIMARY KEY NOT NULL,
            agency_id TEXT NOT NULL,
            plan_year INTEGER NOT NULL,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            steps TEXT NOT NULL,
            divisions TEXT NOT NULL,
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            monitoring TEXT NOT NULL,
            indicators TEXT NOT NULL,
            item_codes TEXT NOT NULL,
            updated_at REAL NOT NULL,
            FOREIGN KEY (agency_id, plan_year) REFERENCES fiscal_year(agency_id, plan_year) ON DELETE CASCADE,
            UNIQUE (id, agency_id)
        );
        CREATE INDEX measure_plan ON measure(agency_id, plan_year, position);
        CREATE TABLE meeting_report (
            id TEXT PRIMARY KEY NOT NULL,
            agency_id TEXT NOT NULL,
            plan_year INTEGER NOT NULL,
            month TEXT NOT NULL,
            meeting_date TEXT NOT NULL,
            title TEXT NOT NULL,
            notes TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at REAL NOT NULL,
            FOREIGN KEY (agency_id, plan_year) REFERENCES fiscal_year(agency_id, plan_year) ON DELETE CASCADE
        );
        CREATE INDEX meeting_report_plan ON meeting_report(agency_id, plan_year, meeting_date);
        """

    /// The composite foreign keys make the database itself refuse progress or evidence whose agency
    /// differs from its measure's, besides the checks the repository makes first. A measure with
    /// progress cannot be deleted (the interface's rule); evidence goes with its entry; a blob stays
    /// while any evidence points at it. `author_id` has no foreign key: it is history, like the names.
    private static let progressAndEvidence = """
        CREATE TABLE progress_entry (
            id TEXT PRIMARY KEY NOT NULL,
            measure_id TEXT NOT NULL,
            agency_id TEXT NOT NULL,
            date TEXT NOT NULL,
            text TEXT NOT NULL,
            status TEXT NOT NULL,
            percent INTEGER NOT NULL,
            author_id TEXT,
            author_name TEXT NOT NULL,
            created_at REAL NOT NULL,
            FOREIGN KEY (measure_id, agency_id) REFERENCES measure(id, agency_id) ON DELETE RESTRICT,
            UNIQUE (id, measure_id, agency_id)
        );
        CREATE INDEX progress_entry_measure ON progress_entry(measure_id, agency_id, date, created_at);
        CREATE TABLE blob (
            sha256 TEXT PRIMARY KEY NOT NULL,
            bytes BLOB NOT NULL
        );
        CREATE TABLE evidence_file (
            id TEXT PRIMARY KEY NOT NULL,
            agency_id TEXT NOT NULL,
            measure_id TEXT NOT NULL,
            progress_entry_id TEXT NOT NULL,
            file_name TEXT NOT NULL,
            content_type TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL REFERENCES blob(sha256) ON DELETE RESTRICT,
            effective_date TEXT NOT NULL,
            uploaded_at REAL NOT NULL,
            uploaded_by TEXT NOT NULL,
            FOREIGN KEY (progress_entry_id, measure_id, agency_id)
                REFERENCES progress_entry(id, measure_id, agency_id) ON DELETE CASCADE
        );
        CREATE INDEX evidence_file_entry ON evidence_file(progress_entry_id, measure_id, agency_id);
        CREATE INDEX evidence_file_measure ON evidence_file(measure_id, effective_date, file_name);
        CREATE INDEX evidence_file_blob ON evidence_file(sha256);
        """

    /// Append-only: the triggers make SQLite itself refuse to change or remove an event, whoever asks.
    /// `seq` keeps the order of writing, which "newest first" reads backwards. No foreign keys: the
    /// trail outlives what it describes.
    private static let auditTrail = """
        CREATE TABLE audit_event (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            at REAL NOT NULL,
            actor_id TEXT,
            actor_name TEXT NOT NULL,
            agency_id TEXT,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            action TEXT NOT NULL,
            before_json TEXT,
            after_json TEXT
        );
        CREATE INDEX audit_event_agency ON audit_event(agency_id, seq);
        CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
        BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;
        CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
        BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;
        """
}
