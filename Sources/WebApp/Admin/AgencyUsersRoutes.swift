import Hummingbird
import Workbench

/// `/a/:agency/users`: the coordinator manages the accounts of their own agency (coordinators,
/// division heads, viewers), with the same forms and rules as the administrator.
struct AgencyUsersRoutes {
    let environment: WebEnvironment
    var userPages: UserPages { UserPages(environment: environment) }

    func register(on routes: RouteTable) {
        routes.get("/a/:agency/users", .planEditor) { request, context in
            try await userPages.list(try await scope(request, context), context)
        }
        routes.post("/a/:agency/users", .planEditor) { request, context in
            try await userPages.create(try await scope(request, context), request, context)
        }
        routes.post("/a/:agency/users/:user/reset", .planEditor) { request, context in
            try await userPages.reset(try await scope(request, context), request, context)
        }
        routes.post("/a/:agency/users/:user/deactivate", .planEditor) { request, context in
            try await userPages.setActive(false, try await scope(request, context), request, context)
        }
        routes.post("/a/:agency/users/:user/activate", .planEditor) { request, context in
            try await userPages.setActive(true, try await scope(request, context), request, context)
        }
    }

    private func scope(_ request: Request, _ context: AppRequestContext) async throws -> AccountScope {
        try AccountScope.agency(try await AgencyScope.resolve(request, context, environment))
    }
}
