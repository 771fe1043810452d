import Foundation
import Workbench

/// Accounts and sessions.
public protocol UserRepository: Sendable {
    /// Stores a new account; a taken username throws `.duplicate`.
    func insertUser(_ user: UserAccount, actor: Actor) async throws
    /// Replaces an account's fields (role, names, division, hash, flags) and records the change without the hash.
    func updateUser(_ user: UserAccount, actor: Actor) async throws
    func fetchUser(id: Identifier<UserAccount>) async throws -> UserAccount?
    func fetchUser(username: String) async throws -> UserAccount?
    /// Accounts of one agency, or the installation's administrators when `agency` is nil; by username.
    func fetchUsers(agency: Identifier<AgencyRecord>?) async throws -> [UserAccount]
    /// How many accounts exist at all (zero on first start).
    func countUsers() async throws -> Int

    func insertSession(_ session: SessionRecord) async throws
    func fetchSession(tokenHash: String) async throws -> SessionRecord?
    func deleteSession(tokenHash: String) async throws
    /// Removes every session of a user (after a password change).
    func deleteSessions(user: Identifier<UserAccount>) async throws
    func deleteSessions(expiredBefore date: Date) async throws
}
