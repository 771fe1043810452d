/// One named step of the schema. The list is append-only: a shipped step is never edited, a change is a new step.
struct PostgresMigration: Sendable {
    var name: String
    /// Run one by one (the extended protocol takes one statement at a time), in order, in one transaction.
    var statements: [String]

    /// Every step, oldest first.
    static let all: [PostgresMigration] = [initialSchema, disclosure, complaintChannel, criteria, officerKeyTrust]

    /// Identifiers are `uuid`s; records nested in a row (the published result,
    /// recommendations, analysis, a measure's lists) are `jsonb`, whose numbers are `numeric`, so `Decimal`
    /// scores stay exact. Audit before/after stay `text`: they are shown as they were written.
    static let initialSchema = PostgresMigration(name: "001-initial-schema", statements: [
        """
        CREATE TABLE agency (
            id uuid PRIMARY KEY,
            slug text NOT NULL CONSTRAINT agency_slug_key UNIQUE,
            kind text NOT NULL,
            name text NOT NULL,
            district text NOT NULL,
            province text NOT NULL,
            created_at timestamptz NOT NULL
        )
        """,
        """
        CREATE TABLE division (
            id uuid PRIMARY KEY,
            agency_id uuid NOT NULL REFERENCES agency (id) ON DELETE CASCADE,
            name text NOT NULL,
            position integer NOT NULL
        )
        """,
        "CREATE INDEX division_agency_idx ON division (agency_id, position)",
        """
        CREATE TABLE user_account (
            id uuid PRIMARY KEY,
            username text NOT NULL CONSTRAINT user_account_username_key UNIQUE,
            display_name text NOT NULL,
            role text NOT NULL,
            agency_id uuid CONSTRAINT user_account_agency_fkey REFERENCES agency (id),
            division_name text,
            password_hash text NOT NULL,
            must_change_password boolean NOT NULL,
            active boolean NOT NULL,
            created_at timestamptz NOT NULL
        )
        """,
        "CREATE INDEX user_account_agency_idx ON user_account (agency_id)",
        """
        CREATE TABLE session (
            token_hash text PRIMARY KEY,
            user_id uuid NOT NULL CONSTRAINT session_user_fkey REFERENCES user_account (id) ON DELETE CASCADE,
            csrf_token text NOT NULL,
            expires_at timestamptz NOT NULL
        )
        """,
        "CREATE INDEX session_user_idx ON session (user_id)",
        "CREATE INDEX session_expires_idx ON session (expires_at)",
        """
        CREATE TABLE fiscal_year (
            agency_id uuid NOT NULL CONSTRAINT fiscal_year_agency_fkey REFERENCES agency (id),
            plan_year integer NOT NULL,
            assessed_year integer NOT NULL,
            result jsonb NOT NULL,
            assessor_summary text,
            recommendations jsonb NOT NULL,
            analysis jsonb NOT NULL,
            updated_at timestamptz NOT NULL,
            CONSTRAINT fiscal_year_pkey PRIMARY KEY (agency_id, plan_year)
        )
        """,
        """
        CREATE TABLE measure (
            id uuid PRIMARY KEY,
            agency_id uuid NOT NULL,
            plan_year integer NOT NULL,
            position integer NOT NULL,
            title text NOT NULL,
            steps jsonb NOT NULL,
            divisions jsonb NOT NULL,
            period_start date NOT NULL,
            period_end date NOT NULL,
            monitoring text NOT NULL,
            indicators jsonb NOT NULL,
            item_codes jsonb NOT NULL,
            updated_at timestamptz NOT NULL,
            CONSTRAINT measure_plan_fkey FOREIGN KEY (agency_id, plan_year) REFERENCES fiscal_year (agency_id, plan_year)
        )
        """,
        "CREATE INDEX measure_plan_idx ON measure (agency_id, plan_year, position)",
        """
        CREATE TABLE progress_entry (
            id uuid PRIMARY KEY,
            measure_id uuid NOT NULL CONSTRAINT progress_entry_measure_fkey REFERENCES measure (id),
            agency_id uuid NOT NULL REFERENCES agency (id),
            date date NOT NULL,
            text text NOT NULL,
            status text NOT NULL,
            percent integer NOT NULL,
            author_id uuid,
            author_name text NOT NULL,
            created_at timestamptz NOT NULL
        )
        """,
        "CREATE INDEX progress_entry_measure_idx ON progress_entry (measure_id, date, created_at)",
        """
        CREATE TABLE blob (
            sha256 text PRIMARY KEY,
            bytes bytea NOT NULL
        )
        """,
        """
        CREATE TABLE evidence_file (
            id uuid PRIMARY KEY,
            agency_id uuid NOT NULL REFERENCES agency (id),
            measure_id uuid NOT NULL REFERENCES measure (id),
            progress_entry_id uuid NOT NULL REFERENCES progress_entry (id),
            file_name text NOT NULL,
            content_type text NOT NULL,
            size bigint NOT NULL,
            sha256 text NOT NULL REFERENCES blob (sha256),
            effective_date date NOT NULL,
            uploaded_at timestamptz NOT NULL,
            uploaded_by text NOT NULL
        )
        """,
        "CREATE INDEX evidence_file_measure_idx ON evidence_file (measure_id)",
        "CREATE INDEX evidence_file_progress_idx ON evidence_file (progress_entry_id)",
        """
        CREATE TABLE meeting_report (
            id uuid PRIMARY KEY,
            agency_id uuid NOT NULL,
            plan_year integer NOT NULL,
            month date NOT NULL,
            meeting_date date NOT NULL,
            title text NOT NULL,
            notes text NOT NULL,
            created_by text NOT NULL,
            created_at timestamptz NOT NULL,
            CONSTRAINT meeting_report_plan_fkey FOREIGN KEY (agency_id, plan_year)
                REFERENCES fiscal_year (agency_id, plan_year)
        )
        """,
        "CREATE INDEX meeting_report_plan_idx ON meeting_report (agency_id, plan_year, meeting_date)",
        // `seq` keeps the order events were written in; no foreign keys, so the trail outlives what it describes.
        """
        CREATE TABLE audit_event (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            id uuid NOT NULL CONSTRAINT audit_event_id_key UNIQUE,
            at timestamptz NOT NULL,
            actor_id uuid,
            actor_name text NOT NULL,
            agency_id uuid,
            entity text NOT NULL,
            entity_id text NOT NULL,
            action text NOT NULL,
            before text,
            after text
        )
        """,
        "CREATE INDEX audit_event_agency_idx ON audit_event (agency_id, seq)",
        """
        CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
        END
        $$
        """,
        // Statement-level, so even an UPDATE or DELETE that matches no row is refused, and TRUNCATE too.
        """
        CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
            FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()
        """,
    ])
}
