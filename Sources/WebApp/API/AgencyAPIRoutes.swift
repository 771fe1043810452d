import Hummingbird
import Workbench

/// `/api/v1/agencies`: the agencies the caller may read, and adding one (administrators).
struct AgencyAPIRoutes {
    let environment: WebEnvironment

    func register(on routes: RouteTable) {
        routes.get("/api/v1/agencies", .signedIn) { _, context in
            let identity = try APIAccess.identity(context)
            let readable = try await environment.repositories.agencies.fetchAgencies()
                .filter { Permissions.canRead(agency: $0.id, user: identity.user) }
            var agencies: [AgencyJSON] = []
            for agency in readable {
                agencies.append(AgencyJSON(agency, divisions: try await environment.repositories.agencies.fetchDivisions(agency: agency.id)))
            }
            return JSONResponse.encode(["agencies": agencies])
        }
        routes.post("/api/v1/agencies", .administrator) { request, context in
            let identity = try APIAccess.administrator(context)
            try APIBody.requireWriteAccess(request, identity)
            let input = try await APIBody.decode(NewAgencyInput.self, from: request, limit: 64 * 1024)
            let agency = try await AgencyRegistration(environment: environment).register(input, by: identity)
            let divisions = try await environment.repositories.agencies.fetchDivisions(agency: agency.id)
            return JSONResponse.encode(AgencyJSON(agency, divisions: divisions), status: .created)
        }
    }
}
