import Foundation
import Hummingbird
import Workbench

/// `/api/v1/agencies/:agency/years…`: the plan years, a whole stored plan, and starting the next year.
struct YearsAPIRoutes {
    let environment: WebEnvironment

    struct YearList: Encodable {
        var agency: String
        var years: [Int]
    }

    func register(on routes: RouteTable) {
        routes.get("/api/v1/agencies/:agency/years", .agencyReader) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            return JSONResponse.encode(YearList(agency: scope.agency.slug, years: scope.years))
        }
        routes.get("/api/v1/agencies/:agency/years/:year/plan", .agencyReader) { request, context in
            let scope = try await PlanAPIScope.resolve(request, context, environment)
            return JSONResponse.encode(try await scope.plan(environment))
        }
        routes.post("/api/v1/agencies/:agency/years/:year/next", .planEditor) { request, context in
            let scope = try await PlanAPIScope.resolve(request, context, environment)
            try scope.requireEditPlan(request)
            let next = try await NextYearStart.start(
                from: scope.year, agency: scope.agency, environment: environment, actor: scope.identity.actor(at: environment.now()))
            return JSONResponse.encode(next, status: .created)
        }
    }
}
