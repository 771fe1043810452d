import Foundation
import Hummingbird
import Workbench

/// Administration of the installation: agencies and every account. Administrators only.
/// Registers the coordinators' users pages too, which share the forms and the rules.
struct AdminRoutes {
    let environment: WebEnvironment
    var userPages: UserPages { UserPages(environment: environment) }

    func register(on routes: RouteTable) {
        routes.get("/admin", .administrator) { _, context in
            let identity = try administrator(context)
            return try await adminPage(identity, context, input: nil, error: nil)
        }
        routes.post("/admin/agencies", .administrator) { request, context in
            let identity = try administrator(context)
            let form = try await FormData.read(request, limit: 64 * 1024)
            try CSRF.check(form, identity: identity)
            let input = NewAgencyInput(form: form)
            do {
                let agency = try await AgencyRegistration(environment: environment).register(input, by: identity)
                // The next step for a new agency is its coordinator's account.
                return PageResponse.redirect("/a/\(agency.slug)/users")
            } catch let error as WebError where error.field != nil {
                return try await adminPage(identity, context, input: input, error: error)
            }
        }
        routes.get("/admin/users", .administrator) { _, context in
            try await userPages.list(try installation(context), context)
        }
        routes.post("/admin/users", .administrator) { request, context in
            try await userPages.create(try installation(context), request, context)
        }
        routes.post("/admin/users/:user/reset", .administrator) { request, context in
            try await userPages.reset(try installation(context), request, context)
        }
        routes.post("/admin/users/:user/deactivate", .administrator) { request, context in
            try await userPages.setActive(false, try installation(context), request, context)
        }
        routes.post("/admin/users/:user/activate", .administrator) { request, context in
            try await userPages.setActive(true, try installation(context), request, context)
        }
        AgencyUsersRoutes(environment: environment).register(on: routes)
        CriteriaRoutes(environment: environment).register(on: routes)
    }

    private func administrator(_ context: AppRequestContext) throws -> Identity {
        guard let identity = context.identity else { throw WebError.signInRequired }
        guard Permissions.canAdminister(user: identity.user) else { throw WebError.forbidden }
        return identity
    }

    private func installation(_ context: AppRequestContext) throws -> AccountScope {
        try AccountScope.installation(try administrator(context))
    }

    private func adminPage(
        _ identity: Identity, _ context: AppRequestContext, input: NewAgencyInput?, error: WebError?
    ) async throws -> Response {
        let agencies = try await environment.repositories.agencies.fetchAgencies()
        let accounts = try await AccountAdministration(environment: environment).accounts(in: .installation(identity))
        let page = AdminPage(
            identity: identity, language: context.language, agencies: agencies, accounts: accounts, input: input, error: error)
        return PageResponse.html(page.render(), status: error?.status ?? .ok)
    }
}
