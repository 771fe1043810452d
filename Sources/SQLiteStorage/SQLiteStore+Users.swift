import Foundation
import GRDB
import Storage
import Workbench

extension SQLiteStore: UserRepository {
    public func insertUser(_ user: UserAccount, actor: Actor) async throws {
        try await write { db in
            try Self.translatingConstraints(duplicates: Self.duplicates(user), missing: Self.missingAgency(user)) {
                try UserAccountRow(user).insert(db)
            }
            try Self.insertAuditEvent(
                .change("create", entity: "user", entityID: user.id.description, agencyID: user.agencyID,
                        before: [String: String]?.none, after: user.auditView, actor: actor), db)
        }
    }

    public func updateUser(_ user: UserAccount, actor: Actor) async throws {
        try await write { db in
            guard let old = try UserAccountRow.fetchOne(db, key: user.id.description)?.record else {
                throw StorageError.notFound(entity: "user", id: user.id.description)
            }
            try Self.translatingConstraints(duplicates: Self.duplicates(user), missing: Self.missingAgency(user)) {
                try UserAccountRow(user).update(db)
            }
            // The hash itself never enters the trail; a changed hash shows as its own action.
            let action = old.passwordHash != user.passwordHash ? "password" : "update"
            try Self.insertAuditEvent(
                .change(action, entity: "user", entityID: user.id.description, agencyID: user.agencyID,
                        before: old.auditView, after: user.auditView, actor: actor), db)
        }
    }

    public func fetchUser(id: Identifier<UserAccount>) async throws -> UserAccount? {
        try await read { db in try UserAccountRow.fetchOne(db, key: id.description)?.record }
    }

    public func fetchUser(username: String) async throws -> UserAccount? {
        try await read { db in try UserAccountRow.filter(Column("username") == username).fetchOne(db)?.record }
    }

    public func fetchUsers(agency: Identifier<AgencyRecord>?) async throws -> [UserAccount] {
        try await read { db in
            // A nil agency compares as IS NULL: the installation's administrators.
            try UserAccountRow.filter(Column("agency_id") == agency?.description).order(Column("username"))
                .fetchAll(db).map(\.record)
        }
    }

    public func countUsers() async throws -> Int {
        try await read { db in try UserAccountRow.fetchCount(db) }
    }

    public func insertSession(_ session: SessionRecord) async throws {
        try await write { db in
            try Self.translatingConstraints(missing: .notFound(entity: "user", id: session.userID.description)) {
                // The same token hash again replaces the session, as a map keyed by it would.
                try SessionRow(session).insert(db, onConflict: .replace)
            }
        }
    }

    public func fetchSession(tokenHash: String) async throws -> SessionRecord? {
        try await read { db in try SessionRow.fetchOne(db, key: tokenHash)?.record }
    }

    public func deleteSession(tokenHash: String) async throws {
        try await write { db in _ = try SessionRow.deleteOne(db, key: tokenHash) }
    }

    public func deleteSessions(user: Identifier<UserAccount>) async throws {
        try await write { db in _ = try SessionRow.filter(Column("user_id") == user.description).deleteAll(db) }
    }

    public func deleteSessions(expiredBefore date: Date) async throws {
        try await write { db in
            _ = try SessionRow.filter(Column("expires_at") < ColumnCoding.seconds(date)).deleteAll(db)
        }
    }

    private static func duplicates(_ user: UserAccount) -> [String: StorageError] {
        [
            "user_account.username": .duplicate(field: "username", value: user.username),
            "user_account.id": .duplicate(field: "user", value: user.id.description),
        ]
    }

    private static func missingAgency(_ user: UserAccount) -> StorageError {
        .notFound(entity: "agency", id: user.agencyID?.description ?? "")
    }
}
