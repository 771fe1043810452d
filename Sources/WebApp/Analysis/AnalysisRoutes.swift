import Foundation
import Hummingbird
import Workbench

/// การวิเคราะห์ผล: reading and editing the analysis and recommendations, drafting them again.
struct AnalysisRoutes {
    let environment: WebEnvironment

    func register(on routes: RouteTable) {
        routes.get("/a/:agency/analysis", .agencyReader) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            let plan = try await scope.plan(environment)
            return PageResponse.html(try await page(scope, context, plan).render())
        }
        routes.post("/a/:agency/analysis", .planEditor) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            try scope.requireEditPlan()
            let plan = try await scope.plan(environment)
            // Ten indicators of text and the recommendations: generous, but still bounded.
            let form = try await FormData.read(request, limit: 1_048_576)
            try CSRF.check(form, identity: scope.identity)
            let content = try AnalysisForm.content(from: form)
            do {
                _ = try await AnalysisEdit.save(
                    content, plan: plan, environment: environment, actor: scope.identity.actor(at: environment.now()))
            } catch let error as WebError where error.status == .badRequest {
                var page = try await page(scope, context, plan, content: content)
                page.problem = error
                return PageResponse.html(page.render(), status: error.status)
            }
            return PageResponse.redirect("\(scope.base)/analysis\(scope.yearQuery)")
        }
        routes.post("/a/:agency/analysis/redraft", .planEditor) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            try scope.requireEditPlan()
            let plan = try await scope.plan(environment)
            let form = try await FormData.read(request, limit: 16 * 1024)
            try CSRF.check(form, identity: scope.identity)
            _ = try await AnalysisEdit.redraft(
                plan: plan, agency: scope.agency, environment: environment, actor: scope.identity.actor(at: environment.now()))
            return PageResponse.redirect("\(scope.base)/analysis\(scope.yearQuery)")
        }
        AnalysisAPIRoutes(environment: environment).register(on: routes)
    }

    private func page(
        _ scope: AgencyScope, _ context: AppRequestContext, _ plan: StoredPlan, content: AnalysisEdit.Content? = nil
    ) async throws -> AnalysisPage {
        AnalysisPage(
            scope: scope, context: context, plan: plan, criteria: try await environment.criteria(for: plan),
            content: content ?? AnalysisEdit.Content(analysis: plan.year.analysis, recommendations: plan.year.recommendations))
    }
}
