import Foundation
import Storage
import Workbench

/// A one-time password just issued: shown once to the person who asked, stored only as a bcrypt hash.
struct IssuedPassword: Sendable {
    var user: UserAccount
    var password: String
}

/// Creating accounts, issuing one-time passwords and switching accounts on and off, for the pages
/// and the API alike. Every call checks the scope first, so both entry points refuse the same things.
struct AccountAdministration {
    let environment: WebEnvironment
    var users: any UserRepository { environment.repositories.users }
    var hasher: PasswordHasher { PasswordHasher(cost: environment.options.bcryptCost) }

    /// The accounts the scope manages: one agency's, or every account with the administrators first.
    func accounts(in scope: AccountScope) async throws -> [UserAccount] {
        if let agency = scope.agency {
            return try await users.fetchUsers(agency: agency.id)
        }
        var all = try await users.fetchUsers(agency: nil)
        for agency in try await environment.repositories.agencies.fetchAgencies() {
            all += try await users.fetchUsers(agency: agency.id)
        }
        return all
    }

    /// Checks the input, then stores a new account that must change its one-time password at first sign-in.
    func createAccount(_ input: NewUserInput, in scope: AccountScope) async throws -> IssuedPassword {
        var user = try await draft(input, in: scope)
        let password = OneTimePassword.make()
        user.passwordHash = try await hasher.hash(password)
        do {
            try await users.insertUser(user, actor: scope.manager.actor(at: environment.now()))
        } catch StorageError.duplicate {
            throw Self.usernameTaken(user.username)
        }
        return IssuedPassword(user: user, password: password)
    }

    /// A new one-time password for an account; every session of that account ends. A complaint
    /// recipient's password is reset by the administrator only, and the recipient is told.
    func resetPassword(username: String, in scope: AccountScope) async throws -> IssuedPassword {
        var user = try await managedAccount(username, in: scope)
        guard user.id != scope.manager.user.id else {
            throw WebError(
                .conflict, field: "user", th: "เปลี่ยนรหัสผ่านของตนเองที่หน้าเปลี่ยนรหัสผ่าน",
                en: "change your own password on the change-password page")
        }
        let recipient = try await recipientChannel(user) != nil
        if recipient { try requireAdministrator(for: user, in: scope) }
        let password = OneTimePassword.make()
        user.passwordHash = try await hasher.hash(password)
        user.mustChangePassword = true
        try await users.updateUser(user, actor: scope.manager.actor(at: environment.now()))
        try await users.deleteSessions(user: user.id)
        if recipient { try await noteRecipientChange("reset-password", user, in: scope) }
        return IssuedPassword(user: user, password: password)
    }

    /// Switches an account off (its sessions end) or on again. Nobody switches off their own account,
    /// so an installation cannot lose its last administrator by a slip. A complaint recipient is switched
    /// off or on by the administrator only; switching one off throws `RecipientDeactivation` (what it would
    /// do to the channel) until `confirmed`, and the recipient is told.
    func setActive(_ active: Bool, username: String, in scope: AccountScope, confirmed: Bool = false) async throws -> UserAccount {
        var user = try await managedAccount(username, in: scope)
        if !active, user.id == scope.manager.user.id {
            throw WebError(
                .conflict, field: "user", th: "ไม่สามารถปิดบัญชีของตนเองได้", en: "you cannot deactivate your own account")
        }
        let channel = try await recipientChannel(user)
        if channel != nil { try requireAdministrator(for: user, in: scope) }
        guard user.active != active else { return user }
        if !active, let channel, !confirmed { throw deactivationConsequence(user, state: channel) }
        user.active = active
        try await users.updateUser(user, actor: scope.manager.actor(at: environment.now()))
        if !active { try await users.deleteSessions(user: user.id) }
        if channel != nil { try await noteRecipientChange(active ? "activate" : "deactivate", user, in: scope) }
        return user
    }

    /// An existing account the scope may change, or 404: an account of another agency is not shown to exist.
    func managedAccount(_ username: String, in scope: AccountScope) async throws -> UserAccount {
        guard let user = try await users.fetchUser(username: username.lowercased()), scope.manages(user) else {
            throw WebError(.notFound, field: "user", th: "ไม่พบบัญชีผู้ใช้ \(username)", en: "no account \(username)")
        }
        return user
    }

    static func usernameTaken(_ username: String) -> WebError {
        WebError(.conflict, field: "username", th: "มีผู้ใช้ชื่อ \(username) แล้ว", en: "the username \(username) is taken")
    }
}
