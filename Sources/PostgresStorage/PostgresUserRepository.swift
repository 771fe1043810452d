import Foundation
import PostgresNIO
import Storage
import Workbench

/// Accounts in `user_account` and sessions in `session`.
struct PostgresUserRepository: UserRepository {
    let store: PostgresStore

    func insertUser(_ user: UserAccount, actor: Actor) async throws {
        try await store.write { db in
            try await db.execute(
                """
                INSERT INTO user_account (\(unescaped: Self.columns))
                VALUES (\(user.id.rawValue), \(user.username), \(user.displayName), \(user.role.rawValue),
                        \(user.agencyID?.rawValue), \(user.divisionName), \(user.passwordHash), \(user.mustChangePassword),
                        \(user.active), \(PostgresTimestamp(user.createdAt)))
                """,
                constraints: constraints(for: user))
            try await db.insert(.change(
                "create", entity: "user", entityID: user.id.description, agencyID: user.agencyID,
                before: [String: String]?.none, after: user.auditView, actor: actor))
        }
    }

    func updateUser(_ user: UserAccount, actor: Actor) async throws {
        try await store.write { db in
            guard let old = try await db.fetchUsers(
                "SELECT \(unescaped: Self.columns) FROM user_account WHERE id = \(user.id.rawValue) FOR UPDATE").first
            else { throw StorageError.notFound(entity: "user", id: user.id.description) }
            try await db.execute(
                """
                UPDATE user_account SET username = \(user.username), display_name = \(user.displayName),
                    role = \(user.role.rawValue), agency_id = \(user.agencyID?.rawValue), division_name = \(user.divisionName),
                    password_hash = \(user.passwordHash), must_change_password = \(user.mustChangePassword),
                    active = \(user.active), created_at = \(PostgresTimestamp(user.createdAt))
                WHERE id = \(user.id.rawValue)
                """,
                constraints: constraints(for: user))
            // The action tells a password change apart; the hash itself never enters the trail.
            let action = old.passwordHash != user.passwordHash ? "password" : "update"
            try await db.insert(.change(
                action, entity: "user", entityID: user.id.description, agencyID: user.agencyID, before: old.auditView,
                after: user.auditView, actor: actor))
        }
    }

    func fetchUser(id: Identifier<UserAccount>) async throws -> UserAccount? {
        try await store.read { db in
            try await db.fetchUsers("SELECT \(unescaped: Self.columns) FROM user_account WHERE id = \(id.rawValue)").first
        }
    }

    func fetchUser(username: String) async throws -> UserAccount? {
        try await store.read { db in
            try await db.fetchUsers("SELECT \(unescaped: Self.columns) FROM user_account WHERE username = \(username)").first
        }
    }

    func fetchUsers(agency: Identifier<AgencyRecord>?) async throws -> [UserAccount] {
        // Usernames are ASCII; byte order matches the in-memory store.
        try await store.read { db in
            try await db.fetchUsers(
                """
                SELECT \(unescaped: Self.columns) FROM user_account
                WHERE agency_id IS NOT DISTINCT FROM \(agency?.rawValue) ORDER BY username COLLATE "C"
                """)
        }
    }

    func countUsers() async throws -> Int {
        try await store.read { db in
            try await db.fetch("SELECT count(*) FROM user_account", as: Int.self).first ?? 0
        }
    }

    func insertSession(_ session: SessionRecord) async throws {
        // Same token hash replaces the session, as in the in-memory store.
        try await store.write { db in
            try await db.execute(
                """
                INSERT INTO session (token_hash, user_id, csrf_token, expires_at)
                VALUES (\(session.tokenHash), \(session.userID.rawValue), \(session.csrfToken),
                        \(PostgresTimestamp(session.expiresAt)))
                ON CONFLICT (token_hash) DO UPDATE SET user_id = excluded.user_id, csrf_token = excluded.csrf_token,
                    expires_at = excluded.expires_at
                """,
                constraints: ["session_user_fkey": .notFound(entity: "user", id: session.userID.description)])
        }
    }

    func fetchSession(tokenHash: String) async throws -> SessionRecord? {
        try await store.read { db in
            try await db.fetch(
                "SELECT user_id, csrf_token, expires_at FROM session WHERE token_hash = \(tokenHash)",
                as: (UUID, String, PostgresTimestamp).self
            ).first.map { SessionRecord(tokenHash: tokenHash, userID: Identifier($0), csrfToken: $1, expiresAt: $2.date) }
        }
    }

    func deleteSession(tokenHash: String) async throws {
        try await store.write { db in try await db.execute("DELETE FROM session WHERE token_hash = \(tokenHash)") }
    }

    func deleteSessions(user: Identifier<UserAccount>) async throws {
        try await store.write { db in try await db.execute("DELETE FROM session WHERE user_id = \(user.rawValue)") }
    }

    func deleteSessions(expiredBefore date: Date) async throws {
        try await store.write { db in
            try await db.execute("DELETE FROM session WHERE expires_at < \(PostgresTimestamp(date))")
        }
    }

    private func constraints(for user: UserAccount) -> [String: StorageError] {
        [
            "user_account_username_key": .duplicate(field: "username", value: user.username),
            "user_account_pkey": .duplicate(field: "user", value: user.id.description),
            "user_account_agency_fkey": .notFound(entity: "agency", id: user.agencyID?.description ?? ""),
        ]
    }

    static let columns = """
        id, username, display_name, role, agency_id, division_name, password_hash, must_change_password, active, \
        created_at
        """
}

extension PostgresLease {
    /// Accounts from a query selecting `PostgresUserRepository.columns`.
    func fetchUsers(_ query: PostgresQuery) async throws -> [UserAccount] {
        try await fetch(
            query, as: (UUID, String, String, String, UUID?, String?, String, Bool, Bool, PostgresTimestamp).self
        ).map { id, username, displayName, role, agencyID, divisionName, hash, mustChange, active, createdAt in
            guard let role = Role(rawValue: role) else {
                throw StorageError.database("user \(id) has an unknown role \(role)")
            }
            return UserAccount(
                id: Identifier(id), username: username, displayName: displayName, role: role,
                agencyID: agencyID.map(Identifier.init), divisionName: divisionName, passwordHash: hash,
                mustChangePassword: mustChange, active: active, createdAt: createdAt.date)
        }
    }
}
