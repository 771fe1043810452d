import Foundation
import Hummingbird
import Workbench

/// `PUT /api/v1/agencies/:agency/years/:year/analysis` with `{analysis, recommendations}`, and
/// `POST …/analysis/redraft`: the analysis page as JSON. Both answer with the year record.
struct AnalysisAPIRoutes {
    let environment: WebEnvironment

    func register(on routes: RouteTable) {
        routes.put("/api/v1/agencies/:agency/years/:year/analysis", .planEditor) { request, context in
            let scope = try await PlanAPIScope.resolve(request, context, environment)
            try scope.requireEditPlan(request)
            let plan = try await scope.plan(environment)
            let content = try await APIBody.decode(AnalysisEdit.Content.self, from: request)
            let year = try await AnalysisEdit.save(
                content, plan: plan, environment: environment, actor: scope.identity.actor(at: environment.now()))
            return JSONResponse.encode(year)
        }
        routes.post("/api/v1/agencies/:agency/years/:year/analysis/redraft", .planEditor) { request, context in
            let scope = try await PlanAPIScope.resolve(request, context, environment)
            try scope.requireEditPlan(request)
            let plan = try await scope.plan(environment)
            let year = try await AnalysisEdit.redraft(
                plan: plan, agency: scope.agency, environment: environment, actor: scope.identity.actor(at: environment.now()))
            return JSONResponse.encode(year)
        }
    }
}
