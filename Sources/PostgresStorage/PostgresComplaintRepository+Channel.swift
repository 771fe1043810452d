import Complaints
import Foundation
import PostgresNIO
import Storage
import Workbench

/// Installation secrets, channels, officers' keys and session keys.
extension PostgresComplaintRepository {
    func installation(creatingIfMissing candidate: ComplaintInstallation) async throws -> ComplaintInstallation {
        try await store.write { db in
            try await db.execute(
                """
                INSERT INTO complaint_installation (id, receipt_salt, receipt_cost, form_key)
                VALUES (1, \(candidate.receiptSalt), \(try PostgresJSON.encode(candidate.receiptCost))::jsonb, \(candidate.formKey))
                ON CONFLICT (id) DO NOTHING
                """)
            guard let (salt, cost, key) = try await db.fetch(
                "SELECT receipt_salt, receipt_cost, form_key FROM complaint_installation WHERE id = 1", as: (Data, String, Data).self
            ).first else { throw StorageError.database("complaint_installation is empty") }
            return ComplaintInstallation(
                receiptSalt: salt, receiptCost: try PostgresJSON.decode(ScryptCost.self, from: cost, column: "receipt_cost"), formKey: key)
        }
    }

    func fetchChannel(agency: Identifier<AgencyRecord>) async throws -> ComplaintChannel? {
        try await store.read { db in try await db.fetchChannel(agency, lock: false) }
    }

    func saveChannel(_ channel: ComplaintChannel, actor: Actor) async throws {
        try await store.write { db in
            let before = try await db.fetchChannel(channel.agencyID, lock: true)
            let recovery = channel.recovery
            try await db.execute(
                """
                INSERT INTO complaint_channel (agency_id, is_open, recipients, recovery_key_id, recovery_public_key,
                    recovery_created_at, retention, updated_at)
                VALUES (\(channel.agencyID.rawValue), \(channel.isOpen), \(try PostgresJSON.encode(channel.recipientIDs))::jsonb,
                        \(recovery?.id.rawValue), \(recovery?.publicKey), \(recovery.map { PostgresTimestamp($0.createdAt) }),
                        \(try PostgresJSON.encode(channel.retention))::jsonb, \(PostgresTimestamp(channel.updatedAt)))
                ON CONFLICT (agency_id) DO UPDATE SET is_open = excluded.is_open, recipients = excluded.recipients,
                    recovery_key_id = excluded.recovery_key_id, recovery_public_key = excluded.recovery_public_key,
                    recovery_created_at = excluded.recovery_created_at, retention = excluded.retention,
                    updated_at = excluded.updated_at
                """,
                constraints: ["complaint_channel_agency_fkey": .notFound(entity: "agency", id: channel.agencyID.description)])
            try await db.insert(.change(
                before == nil ? "create" : "update", entity: "complaint-channel", entityID: channel.agencyID.description,
                agencyID: channel.agencyID, before: before?.auditView, after: channel.auditView, actor: actor))
        }
    }

    func fetchActiveOfficerKeys(users: [Identifier<UserAccount>]) async throws -> [OfficerKey] {
        guard !users.isEmpty else { return [] }
        return try await store.read { db in
            try await db.fetchOfficerKeys(
                """
                SELECT \(unescaped: Self.keyColumns) FROM officer_key
                WHERE user_id = ANY(\(users.map(\.rawValue))) AND NOT retired ORDER BY id::text
                """)
        }
    }

    func fetchOfficerKey(id: Identifier<OfficerKey>) async throws -> OfficerKey? {
        try await store.read { db in
            try await db.fetchOfficerKeys("SELECT \(unescaped: Self.keyColumns) FROM officer_key WHERE id = \(id.rawValue)").first
        }
    }

    func insertOfficerKey(_ key: OfficerKey, actor: Actor) async throws {
        try await store.write { db in
            guard let user = try await db.fetchUsers(
                "SELECT \(unescaped: PostgresUserRepository.columns) FROM user_account WHERE id = \(key.userID.rawValue) FOR UPDATE").first
            else { throw StorageError.notFound(entity: "user", id: key.userID.description) }
            try await db.execute("UPDATE officer_key SET retired = true WHERE user_id = \(key.userID.rawValue) AND NOT retired")
            try await db.execute(
                """
                INSERT INTO officer_key (\(unescaped: Self.keyColumns))
                VALUES (\(key.id.rawValue), \(key.userID.rawValue), \(key.publicKey), \(key.protection.sealedPrivateKey),
                        \(key.protection.salt), \(try PostgresJSON.encode(key.protection.cost))::jsonb,
                        \(PostgresTimestamp(key.createdAt)), \(key.retired), \(key.trust.rawValue))
                """,
                constraints: ["officer_key_pkey": .duplicate(field: "officerKey", value: key.id.description)])
            try await db.insert(.note("create", entity: "officer-key", entityID: key.id.description, agencyID: user.agencyID, actor: actor))
        }
    }

    func updateOfficerKeyTrust(id: Identifier<OfficerKey>, trust: OfficerKey.Trust, actor: Actor) async throws {
        try await store.write { db in
            guard let key = try await db.fetchOfficerKeys(
                "SELECT \(unescaped: Self.keyColumns) FROM officer_key WHERE id = \(id.rawValue) FOR UPDATE").first,
                let user = try await db.fetchUsers(
                    "SELECT \(unescaped: PostgresUserRepository.columns) FROM user_account WHERE id = \(key.userID.rawValue)").first
            else { throw StorageError.notFound(entity: "officerKey", id: id.description) }
            try await db.execute("UPDATE officer_key SET trust = \(trust.rawValue) WHERE id = \(id.rawValue)")
            try await db.insert(.change(
                "trust", entity: "officer-key", entityID: id.description, agencyID: user.agencyID,
                before: ["trust": key.trust.rawValue], after: ["trust": trust.rawValue], actor: actor))
        }
    }

    func updateOfficerKeyProtection(id: Identifier<OfficerKey>, protection: PasswordProtectedKey) async throws {
        try await store.write { db in
            guard try await db.exists("SELECT 1 FROM officer_key WHERE id = \(id.rawValue) FOR UPDATE") else {
                throw StorageError.notFound(entity: "officerKey", id: id.description)
            }
            try await db.execute(
                """
                UPDATE officer_key SET sealed_private_key = \(protection.sealedPrivateKey), salt = \(protection.salt),
                    cost = \(try PostgresJSON.encode(protection.cost))::jsonb
                WHERE id = \(id.rawValue)
                """)
        }
    }

    func saveSessionKey(_ key: OfficerSessionKey) async throws {
        try await store.write { db in
            try await db.execute(
                """
                INSERT INTO officer_session_key (token_hash, key_id, sealed_private_key)
                VALUES (\(key.sessionTokenHash), \(key.keyID.rawValue), \(key.sealedPrivateKey))
                ON CONFLICT (token_hash) DO UPDATE SET key_id = excluded.key_id, sealed_private_key = excluded.sealed_private_key
                """,
                constraints: [
                    "officer_session_key_session_fkey": .notFound(entity: "session", id: ""),
                    "officer_session_key_key_fkey": .notFound(entity: "officerKey", id: key.keyID.description),
                ])
        }
    }

    func fetchSessionKey(sessionTokenHash: String) async throws -> OfficerSessionKey? {
        try await store.read { db in
            try await db.fetch(
                "SELECT key_id, sealed_private_key FROM officer_session_key WHERE token_hash = \(sessionTokenHash)",
                as: (UUID, Data).self
            ).first.map { OfficerSessionKey(sessionTokenHash: sessionTokenHash, keyID: Identifier($0), sealedPrivateKey: $1) }
        }
    }

    static let keyColumns = "id, user_id, public_key, sealed_private_key, salt, cost, created_at, retired, trust"
}

extension PostgresLease {
    func fetchChannel(_ agency: Identifier<AgencyRecord>, lock: Bool) async throws -> ComplaintChannel? {
        let rows = try await fetch(
            """
            SELECT is_open, recipients, recovery_key_id, recovery_public_key, recovery_created_at, retention, updated_at
            FROM complaint_channel WHERE agency_id = \(agency.rawValue) \(unescaped: lock ? "FOR UPDATE" : "")
            """,
            as: (Bool, String, UUID?, Data?, PostgresTimestamp?, String, PostgresTimestamp).self)
        return try rows.first.map { isOpen, recipients, recoveryID, recoveryKey, recoveryCreated, retention, updated in
            var recovery: RecoveryKey?
            if let recoveryID, let recoveryKey, let recoveryCreated {
                recovery = RecoveryKey(id: Identifier(recoveryID), publicKey: recoveryKey, createdAt: recoveryCreated.date)
            }
            return ComplaintChannel(
                agencyID: agency, isOpen: isOpen,
                recipientIDs: try PostgresJSON.decode([Identifier<UserAccount>].self, from: recipients, column: "complaint_channel.recipients"),
                recovery: recovery, retention: try PostgresJSON.decode(RetentionPolicy.self, from: retention, column: "complaint_channel.retention"),
                updatedAt: updated.date)
        }
    }

    func fetchOfficerKeys(_ query: PostgresQuery) async throws -> [OfficerKey] {
        try await fetch(query, as: (UUID, UUID, Data, Data, Data, String, PostgresTimestamp, Bool, String).self).map {
            id, user, publicKey, sealed, salt, cost, created, retired, trust in
            OfficerKey(
                id: Identifier(id), userID: Identifier(user), publicKey: publicKey,
                protection: PasswordProtectedKey(
                    sealedPrivateKey: sealed, salt: salt, cost: try PostgresJSON.decode(ScryptCost.self, from: cost, column: "officer_key.cost")),
                createdAt: created.date, retired: retired, trust: OfficerKey.Trust(rawValue: trust) ?? .awaitingConfirmation)
        }
    }
}
