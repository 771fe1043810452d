extension PostgresMigration {
    /// The complaint channel (see the SQLite schema for what each table holds). Content is only ever in
    /// `bytea` sealed columns; days are `date`; no column keeps a time of day for a reporter's action.
    static let complaintChannel = PostgresMigration(name: "003-complaint-channel", statements: [
        """
        CREATE TABLE complaint_installation (
            id integer PRIMARY KEY CHECK (id = 1),
            receipt_salt bytea NOT NULL,
            receipt_cost jsonb NOT NULL,
            form_key bytea NOT NULL
        )
        """,
        """
        CREATE TABLE complaint_channel (
            agency_id uuid PRIMARY KEY CONSTRAINT complaint_channel_agency_fkey REFERENCES agency (id) ON DELETE CASCADE,
            is_open boolean NOT NULL,
            recipients jsonb NOT NULL,
            recovery_key_id uuid,
            recovery_public_key bytea,
            recovery_created_at timestamptz,
            retention jsonb NOT NULL,
            updated_at timestamptz NOT NULL
        )
        """,
        """
        CREATE TABLE officer_key (
            id uuid PRIMARY KEY,
            user_id uuid NOT NULL CONSTRAINT officer_key_user_fkey REFERENCES user_account (id) ON DELETE CASCADE,
            public_key bytea NOT NULL,
            sealed_private_key bytea NOT NULL,
            salt bytea NOT NULL,
            cost jsonb NOT NULL,
            created_at timestamptz NOT NULL,
            retired boolean NOT NULL
        )
        """,
        "CREATE INDEX officer_key_user_idx ON officer_key (user_id, retired)",
        """
        CREATE TABLE officer_session_key (
            token_hash text PRIMARY KEY CONSTRAINT officer_session_key_session_fkey REFERENCES session (token_hash) ON DELETE CASCADE,
            key_id uuid NOT NULL CONSTRAINT officer_session_key_key_fkey REFERENCES officer_key (id) ON DELETE CASCADE,
            sealed_private_key bytea NOT NULL
        )
        """,
        """
        CREATE TABLE complaint (
            id uuid PRIMARY KEY,
            agency_id uuid NOT NULL CONSTRAINT complaint_agency_fkey REFERENCES agency (id),
            receipt_lookup bytea NOT NULL CONSTRAINT complaint_receipt_lookup_key UNIQUE,
            category text NOT NULL,
            status text NOT NULL,
            received_on date NOT NULL,
            status_changed_on date NOT NULL,
            closed_on date
        )
        """,
        "CREATE INDEX complaint_agency_idx ON complaint (agency_id, received_on)",
        """
        CREATE TABLE complaint_key_wrap (
            complaint_id uuid NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
            recipient_kind text NOT NULL,
            recipient_key_id text NOT NULL,
            ephemeral_public_key bytea NOT NULL,
            sealed_keys bytea NOT NULL,
            PRIMARY KEY (complaint_id, recipient_kind, recipient_key_id)
        )
        """,
        "CREATE INDEX complaint_key_wrap_recipient_idx ON complaint_key_wrap (recipient_kind, recipient_key_id)",
        """
        CREATE TABLE complaint_entry (
            id uuid PRIMARY KEY,
            complaint_id uuid NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
            sequence integer NOT NULL,
            kind text NOT NULL,
            author_id uuid,
            day date NOT NULL,
            sealed bytea NOT NULL,
            CONSTRAINT complaint_entry_sequence_key UNIQUE (complaint_id, sequence)
        )
        """,
        """
        CREATE TABLE complaint_attachment (
            id uuid PRIMARY KEY,
            complaint_id uuid NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
            entry_id uuid NOT NULL REFERENCES complaint_entry (id) ON DELETE CASCADE,
            sealed_description bytea NOT NULL,
            sealed_bytes bytea NOT NULL
        )
        """,
        "CREATE INDEX complaint_attachment_complaint_idx ON complaint_attachment (complaint_id)",
    ])
}

extension PostgresMigration {
    /// How far each officer key is trusted: a key made after someone else reset the password waits for an
    /// administrator's confirmation. Keys made before this step were made by their owners.
    static let officerKeyTrust = PostgresMigration(name: "005-officer-key-trust", statements: [
        "ALTER TABLE officer_key ADD COLUMN trust text NOT NULL DEFAULT 'trusted'",
    ])
}
