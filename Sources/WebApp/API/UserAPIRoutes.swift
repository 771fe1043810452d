import Hummingbird
import Workbench

/// Accounts through the API: every account for administrators (`/api/v1/users`), an agency's own
/// for its coordinator (`/api/v1/agencies/:agency/users`). The same rules as the users pages.
struct UserAPIRoutes {
    let environment: WebEnvironment
    var administration: AccountAdministration { AccountAdministration(environment: environment) }

    typealias ScopeResolver = @Sendable (Request, AppRequestContext) async throws -> AccountScope

    func register(on routes: RouteTable) {
        register(on: routes, base: "/api/v1/users", access: .administrator) { _, context in
            try AccountScope.installation(try APIAccess.administrator(context))
        }
        register(on: routes, base: "/api/v1/agencies/:agency/users", access: .planEditor) { request, context in
            try AccountScope.agency(try await AgencyScope.resolve(request, context, environment))
        }
    }

    private func register(on routes: RouteTable, base: String, access: RouteAccess, resolve: @escaping ScopeResolver) {
        routes.get(base, access) { request, context in
            let scope = try await resolve(request, context)
            let accounts = try await APIAccess.json(try await administration.accounts(in: scope), environment)
            return JSONResponse.encode(["users": accounts])
        }
        routes.post(base, access) { request, context in
            let scope = try await resolve(request, context)
            try APIBody.requireWriteAccess(request, scope.manager)
            let input = try await APIBody.decode(NewUserInput.self, from: request, limit: 16 * 1024)
            let issued = try await administration.createAccount(input, in: scope)
            return try await answer(issued, status: .created)
        }
        routes.post("\(base)/:user/reset", access) { request, context in
            let scope = try await resolve(request, context)
            try APIBody.requireWriteAccess(request, scope.manager)
            let issued = try await administration.resetPassword(username: try context.parameters.require("user"), in: scope)
            return try await answer(issued, status: .ok)
        }
        for (action, active) in [("deactivate", false), ("activate", true)] {
            routes.post("\(base)/:user/\(action)", access) { request, context in
                let scope = try await resolve(request, context)
                try APIBody.requireWriteAccess(request, scope.manager)
                do {
                    let user = try await administration.setActive(
                        active, username: try context.parameters.require("user"), in: scope,
                        confirmed: request.uri.queryParameters.get("confirm") == "yes")
                    return JSONResponse.encode(["user": try await APIAccess.json(user, environment)])
                } catch let deactivation as AccountAdministration.RecipientDeactivation {
                    // A complaint recipient: nothing changes until the call says `?confirm=yes`.
                    throw WebError(
                        .conflict, field: "confirm",
                        th: deactivation.consequenceTH + " ส่งอีกครั้งพร้อม ?confirm=yes เพื่อยืนยัน",
                        en: deactivation.consequenceEN + " Send again with ?confirm=yes to confirm.")
                }
            }
        }
    }

    /// The one answer that carries a one-time password; it is not kept anywhere.
    private func answer(_ issued: IssuedPassword, status: HTTPResponse.Status) async throws -> Response {
        struct Issued: Encodable {
            var user: AccountJSON
            var oneTimePassword: String
        }
        let body = Issued(user: try await APIAccess.json(issued.user, environment), oneTimePassword: issued.password)
        return JSONResponse.encode(body, status: status)
    }
}
