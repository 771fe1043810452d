extension PostgresMigration {
    /// OIT disclosure: records as `jsonb` (links, ticks, period and months travel together), documents
    /// sharing `blob` with evidence, settings, and two append-only tables — frozen submissions, which a
    /// trigger keeps unchangeable, and the watch log.
    static let disclosure = PostgresMigration(name: "002-oit-disclosure", statements: [
        """
        CREATE TABLE disclosure_record (
            agency_id uuid NOT NULL CONSTRAINT disclosure_record_agency_fkey REFERENCES agency (id),
            fiscal_year integer NOT NULL,
            item_code text NOT NULL,
            record jsonb NOT NULL,
            updated_at timestamptz NOT NULL,
            PRIMARY KEY (agency_id, fiscal_year, item_code)
        )
        """,
        """
        CREATE TABLE disclosure_document (
            id uuid PRIMARY KEY,
            agency_id uuid NOT NULL CONSTRAINT disclosure_document_agency_fkey REFERENCES agency (id),
            fiscal_year integer NOT NULL,
            item_code text NOT NULL,
            file_name text NOT NULL,
            content_type text NOT NULL,
            size integer NOT NULL,
            sha256 text NOT NULL REFERENCES blob (sha256),
            uploaded_at timestamptz NOT NULL,
            uploaded_by text NOT NULL
        )
        """,
        "CREATE INDEX disclosure_document_item_idx ON disclosure_document (agency_id, fiscal_year, item_code)",
        """
        CREATE TABLE disclosure_settings (
            agency_id uuid PRIMARY KEY CONSTRAINT disclosure_settings_agency_fkey REFERENCES agency (id),
            settings jsonb NOT NULL
        )
        """,
        """
        CREATE TABLE disclosure_submission (
            id uuid PRIMARY KEY,
            agency_id uuid NOT NULL CONSTRAINT disclosure_submission_agency_fkey REFERENCES agency (id),
            fiscal_year integer NOT NULL,
            submitted_at timestamptz NOT NULL,
            submitted_by text NOT NULL,
            sheet text NOT NULL,
            sha256 text NOT NULL
        )
        """,
        "CREATE INDEX disclosure_submission_year_idx ON disclosure_submission (agency_id, fiscal_year, submitted_at)",
        """
        CREATE FUNCTION disclosure_submission_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'disclosure_submission is frozen: % refused', TG_OP USING ERRCODE = 'restrict_violation';
        END
        $$
        """,
        """
        CREATE TRIGGER disclosure_submission_frozen BEFORE UPDATE OR DELETE OR TRUNCATE ON disclosure_submission
            FOR EACH STATEMENT EXECUTE FUNCTION disclosure_submission_refuse_change()
        """,
        """
        CREATE TABLE watch_log_entry (
            id uuid PRIMARY KEY,
            agency_id uuid NOT NULL CONSTRAINT watch_log_entry_agency_fkey REFERENCES agency (id),
            fiscal_year integer NOT NULL,
            checked_at timestamptz NOT NULL,
            url text NOT NULL,
            status integer,
            ok boolean NOT NULL,
            detail text NOT NULL
        )
        """,
        "CREATE INDEX watch_log_entry_year_idx ON watch_log_entry (agency_id, fiscal_year, checked_at)",
    ])
}
