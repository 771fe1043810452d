import Foundation
import Hummingbird
import Planning
import ThaiText
import Workbench

/// มาตรการ: the measures table, a new measure (blank or from a template), and through
/// `MeasureRoutes` and `MeasuresAPIRoutes` the single measure pages and the API.
struct MeasuresRoutes {
    let environment: WebEnvironment

    func register(on routes: RouteTable) {
        routes.get("/a/:agency/measures", .agencyReader) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            let plan = try await scope.plan(environment)
            return PageResponse.html(MeasuresPage(scope: scope, context: context, plan: plan, criteria: try await environment.criteria(for: plan)).render())
        }
        routes.get("/a/:agency/measures/new", .planEditor) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            try scope.requireEditPlan()
            let plan = try await scope.plan(environment)
            let blank = Measure(title: "", steps: [], divisions: [], period: FiscalYear(plan.year.planYear).period, monitoring: "")
            return PageResponse.html(try await formPage(scope, context, plan: plan, measure: blank).render())
        }
        routes.post("/a/:agency/measures", .planEditor) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            try scope.requireEditPlan()
            let plan = try await scope.plan(environment)
            let form = try await FormData.read(request, limit: 256 * 1024)
            try CSRF.check(form, identity: scope.identity)
            let actor = scope.identity.actor(at: environment.now())
            if let key = form["template"] {
                let divisions = try await environment.repositories.agencies.fetchDivisions(agency: scope.agency.id).map(\.name)
                let measure = try MeasureEdit.fromTemplate(
                    key, planYear: plan.year.planYear, divisions: divisions, criteria: try await environment.criteria(for: plan))
                let record = try await MeasureEdit.insert(measure, plan: plan, environment: environment, actor: actor)
                // Straight to its form: a template is a starting point to adapt.
                return PageResponse.redirect("\(scope.base)/measures/\(record.id)/edit?year=\(record.planYear)")
            }
            let measure = try MeasureForm.measure(from: form, base: nil)
            do {
                _ = try await MeasureEdit.insert(measure, plan: plan, environment: environment, actor: actor)
            } catch let error as WebError where error.status == .badRequest {
                var page = try await formPage(scope, context, plan: plan, measure: measure)
                page.problem = error
                return PageResponse.html(page.render(), status: error.status)
            }
            return PageResponse.redirect("\(scope.base)/measures?year=\(plan.year.planYear)")
        }
        MeasureRoutes(environment: environment).register(on: routes)
        MeasuresAPIRoutes(environment: environment).register(on: routes)
    }

    private func formPage(_ scope: AgencyScope, _ context: AppRequestContext, plan: StoredPlan, measure: Measure) async throws -> MeasureFormPage {
        let divisions = try await environment.repositories.agencies.fetchDivisions(agency: scope.agency.id).map(\.name)
        return MeasureFormPage(
            scope: scope, context: context, planYear: plan.year.planYear, measure: measure, record: nil, divisions: divisions)
    }
}
