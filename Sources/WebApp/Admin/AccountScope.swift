import Workbench

/// Whose accounts a manager may see and change: every account of the installation (an administrator
/// at `/admin/users`), or the accounts of one agency (its coordinator at `/a/:agency/users`).
struct AccountScope: Sendable {
    /// The person managing the accounts.
    var manager: Identity
    /// Nil for the whole installation.
    var agency: AgencyRecord?

    /// An administrator's view of every account.
    static func installation(_ manager: Identity) throws -> AccountScope {
        guard Permissions.canAdminister(user: manager.user) else { throw WebError.forbidden }
        return AccountScope(manager: manager, agency: nil)
    }

    /// A coordinator's (or an administrator's) view of one agency's accounts.
    static func agency(_ scope: AgencyScope) throws -> AccountScope {
        try scope.requireEditPlan()
        return AccountScope(manager: scope.identity, agency: scope.agency)
    }

    /// Where the users page of this scope lives.
    var pagePath: String { agency.map { "/a/\($0.slug)/users" } ?? "/admin/users" }

    /// Coordinators hand out the roles of their own agency only; making administrators is for administrators.
    var assignableRoles: [Role] {
        agency == nil ? Role.allCases : [.coordinator, .divisionHead, .viewer]
    }

    /// Whether an existing account is one this scope may reset, deactivate or activate.
    func manages(_ user: UserAccount) -> Bool {
        guard let agency else { return true }
        return user.agencyID == agency.id && user.role != .administrator
    }
}
