extension SQLiteStore {
    /// The complaint channel's tables. Content lives only in the `sealed*` BLOBs; the plaintext columns
    /// are metadata that identifies nobody (category, status, days). Days are "2566-11-05" text like every
    /// other `ThaiDate`, and no column holds a time of day for anything a reporter does.
    ///
    /// A session's key goes with the session (ON DELETE CASCADE), and a case's wraps, entries and
    /// attachments go with the case.
    static let complaintChannel = """
        CREATE TABLE complaint_installation (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            receipt_salt BLOB NOT NULL,
            receipt_cost TEXT NOT NULL,
            form_key BLOB NOT NULL
        );
        CREATE TABLE complaint_channel (
            agency_id TEXT PRIMARY KEY NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
            is_open INTEGER NOT NULL,
            recipients TEXT NOT NULL,
            recovery_key_id TEXT,
            recovery_public_key BLOB,
            recovery_created_at REAL,
            retention TEXT NOT NULL,
            updated_at REAL NOT NULL
        );
        CREATE TABLE officer_key (
            id TEXT PRIMARY KEY NOT NULL,
            user_id TEXT NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
            public_key BLOB NOT NULL,
            sealed_private_key BLOB NOT NULL,
            salt BLOB NOT NULL,
            cost TEXT NOT NULL,
            created_at REAL NOT NULL,
            retired INTEGER NOT NULL
        );
        CREATE INDEX officer_key_user ON officer_key(user_id, retired);
        CREATE TABLE officer_session_key (
            token_hash TEXT PRIMARY KEY NOT NULL REFERENCES session(token_hash) ON DELETE CASCADE,
            key_id TEXT NOT NULL REFERENCES officer_key(id) ON DELETE CASCADE,
            sealed_private_key BLOB NOT NULL
        );
        CREATE INDEX officer_session_key_key ON officer_session_key(key_id);
        CREATE TABLE complaint (
            id TEXT PRIMARY KEY NOT NULL,
            agency_id TEXT NOT NULL REFERENCES agency(id) ON DELETE RESTRICT,
            receipt_lookup BLOB NOT NULL UNIQUE,
            category TEXT NOT NULL,
            status TEXT NOT NULL,
            received_on TEXT NOT NULL,
            status_changed_on TEXT NOT NULL,
            closed_on TEXT
        );
        CREATE INDEX complaint_agency ON complaint(agency_id, received_on);
        CREATE TABLE complaint_key_wrap (
            complaint_id TEXT NOT NULL REFERENCES complaint(id) ON DELETE CASCADE,
            recipient_kind TEXT NOT NULL,
            recipient_key_id TEXT NOT NULL,
            ephemeral_public_key BLOB NOT NULL,
            sealed_keys BLOB NOT NULL,
            PRIMARY KEY (complaint_id, recipient_kind, recipient_key_id)
        );
        CREATE INDEX complaint_key_wrap_recipient ON complaint_key_wrap(recipient_kind, recipient_key_id);
        CREATE TABLE complaint_entry (
            id TEXT PRIMARY KEY NOT NULL,
            complaint_id TEXT NOT NULL REFERENCES complaint(id) ON DELETE CASCADE,
            sequence INTEGER NOT NULL,
            kind TEXT NOT NULL,
            author_id TEXT,
            day TEXT NOT NULL,
            sealed BLOB NOT NULL,
            UNIQUE (complaint_id, sequence),
            UNIQUE (id, complaint_id)
        );
        CREATE TABLE complaint_attachment (
            id TEXT PRIMARY KEY NOT NULL,
            complaint_id TEXT NOT NULL REFERENCES complaint(id) ON DELETE CASCADE,
            entry_id TEXT NOT NULL,
            sealed_description BLOB NOT NULL,
            sealed_bytes BLOB NOT NULL,
            FOREIGN KEY (entry_id, complaint_id) REFERENCES complaint_entry(id, complaint_id) ON DELETE CASCADE
        );
        CREATE INDEX complaint_attachment_complaint ON complaint_attachment(complaint_id);
        """
}
