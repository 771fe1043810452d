import Workbench

/// Small steps every API handler of accounts and agencies takes.
enum APIAccess {
    /// The caller; the route table has already turned away anyone not signed in.
    static func identity(_ context: AppRequestContext) throws -> Identity {
        guard let identity = context.identity else { throw WebError.signInRequired }
        return identity
    }

    /// The caller, when they administer the installation.
    static func administrator(_ context: AppRequestContext) throws -> Identity {
        let identity = try identity(context)
        guard Permissions.canAdminister(user: identity.user) else { throw WebError.forbidden }
        return identity
    }

    static func json(_ user: UserAccount, _ environment: WebEnvironment) async throws -> AccountJSON {
        try await json([user], environment)[0]
    }

    /// Accounts with their agency's slug, each agency looked up once.
    static func json(_ users: [UserAccount], _ environment: WebEnvironment) async throws -> [AccountJSON] {
        var slugs: [Identifier<AgencyRecord>: String] = [:]
        var result: [AccountJSON] = []
        for user in users {
            var slug: String?
            if let id = user.agencyID {
                if slugs[id] == nil { slugs[id] = try await environment.repositories.agencies.fetchAgency(id: id)?.slug }
                slug = slugs[id]
            }
            result.append(AccountJSON(user, agencySlug: slug))
        }
        return result
    }
}
