import Foundation
import Hummingbird
import Workbench

/// The handlers behind both users pages; the scope decides whose accounts they reach.
/// Order in every POST: who may (the scope was checked by the caller), then the CSRF token, then the fields.
struct UserPages {
    let environment: WebEnvironment
    var administration: AccountAdministration { AccountAdministration(environment: environment) }

    func list(_ scope: AccountScope, _ context: AppRequestContext) async throws -> Response {
        try await page(scope, context, input: nil, error: nil, status: .ok)
    }

    func create(_ scope: AccountScope, _ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = try await FormData.read(request, limit: 64 * 1024)
        try CSRF.check(form, identity: scope.manager)
        let input = NewUserInput(form: form)
        do {
            let issued = try await administration.createAccount(input, in: scope)
            let page = OneTimePasswordPage(scope: scope, language: context.language, issued: issued, occasion: .created)
            return PageResponse.html(page.render(), status: .created)
        } catch let error as WebError where error.field != nil {
            // The form comes back filled in, with the reason next to it; nothing was stored.
            return try await page(scope, context, input: input, error: error, status: error.status)
        }
    }

    func reset(_ scope: AccountScope, _ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = try await FormData.read(request, limit: 16 * 1024)
        try CSRF.check(form, identity: scope.manager)
        let issued = try await administration.resetPassword(username: try context.parameters.require("user"), in: scope)
        let page = OneTimePasswordPage(scope: scope, language: context.language, issued: issued, occasion: .reset)
        return PageResponse.html(page.render())
    }

    func setActive(_ active: Bool, _ scope: AccountScope, _ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = try await FormData.read(request, limit: 16 * 1024)
        try CSRF.check(form, identity: scope.manager)
        do {
            let user = try await administration.setActive(
                active, username: try context.parameters.require("user"), in: scope, confirmed: form["confirm"] == "yes")
            return PageResponse.redirect("\(scope.pagePath)#user-\(user.username)")
        } catch let deactivation as AccountAdministration.RecipientDeactivation {
            // Nothing changed yet: the administrator reads what it would do and confirms, or not.
            return PageResponse.html(RecipientDeactivationPage(scope: scope, language: context.language, deactivation: deactivation).render())
        }
    }

    private func page(
        _ scope: AccountScope, _ context: AppRequestContext, input: NewUserInput?, error: WebError?, status: HTTPResponse.Status
    ) async throws -> Response {
        let agencies = try await environment.repositories.agencies.fetchAgencies().filter { agency in
            scope.agency.map { $0.id == agency.id } ?? true
        }
        var withDivisions: [(agency: AgencyRecord, divisions: [Division])] = []
        for agency in agencies {
            withDivisions.append((agency, try await environment.repositories.agencies.fetchDivisions(agency: agency.id)))
        }
        let page = UsersPage(
            scope: scope, language: context.language, accounts: try await administration.accounts(in: scope),
            agencies: withDivisions, input: input, error: error)
        return PageResponse.html(page.render(), status: status)
    }
}
