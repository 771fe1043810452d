extension PostgresMigration {
    /// Criteria files by year and version as `bytea`, so a file comes back byte for byte (`jsonb` would
    /// reorder keys and drop whitespace), and which version each agency's plan or disclosure used. Saved
    /// versions are history that scores were computed with: a trigger refuses to change or remove them, as it
    /// does for the audit trail. A use names its version without a foreign key, since version 0, the bundled
    /// file, has no row.
    static let criteria = PostgresMigration(name: "004-criteria-versions", statements: [
        """
        CREATE TABLE criteria_version (
            fiscal_year integer NOT NULL,
            version integer NOT NULL CONSTRAINT criteria_version_stored CHECK (version >= 1),
            json bytea NOT NULL,
            note text NOT NULL,
            created_at timestamptz NOT NULL,
            created_by text NOT NULL,
            CONSTRAINT criteria_version_pkey PRIMARY KEY (fiscal_year, version)
        )
        """,
        """
        CREATE FUNCTION criteria_version_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'criteria_version is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
        END
        $$
        """,
        """
        CREATE TRIGGER criteria_version_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON criteria_version
            FOR EACH STATEMENT EXECUTE FUNCTION criteria_version_refuse_change()
        """,
        """
        CREATE TABLE criteria_use (
            agency_id uuid NOT NULL CONSTRAINT criteria_use_agency_fkey REFERENCES agency (id),
            subject text NOT NULL,
            fiscal_year integer NOT NULL,
            version integer NOT NULL,
            recorded_at timestamptz NOT NULL,
            CONSTRAINT criteria_use_pkey PRIMARY KEY (agency_id, subject)
        )
        """,
    ])
}
