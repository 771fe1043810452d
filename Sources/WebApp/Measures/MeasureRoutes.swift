import Foundation
import Hummingbird
import Planning
import Workbench

/// One measure: its form (for the coordinator and the heads of its divisions), delete and move.
struct MeasureRoutes {
    let environment: WebEnvironment

    func register(on routes: RouteTable) {
        routes.get("/a/:agency/measures/:measure/edit", .measureWorker) { request, context in
            let (scope, record) = try await MeasureEdit.resolve(request, context, environment)
            try MeasureEdit.requireWork(on: record, scope)
            return PageResponse.html(try await formPage(scope, context, record: record, measure: record.measure).render())
        }
        routes.post("/a/:agency/measures/:measure/edit", .measureWorker) { request, context in
            let (scope, record) = try await MeasureEdit.resolve(request, context, environment)
            try MeasureEdit.requireWork(on: record, scope)
            let form = try await FormData.read(request, limit: 256 * 1024)
            try CSRF.check(form, identity: scope.identity)
            let measure = try MeasureForm.measure(from: form, base: record.measure)
            do {
                _ = try await MeasureEdit.update(
                    record, with: measure, by: scope.user, environment: environment, actor: scope.identity.actor(at: environment.now()))
            } catch let error as WebError where error.status == .badRequest {
                var page = try await formPage(scope, context, record: record, measure: measure)
                page.problem = error
                return PageResponse.html(page.render(), status: error.status)
            }
            return PageResponse.redirect("\(scope.base)/measures?year=\(record.planYear)")
        }
        routes.post("/a/:agency/measures/:measure/delete", .planEditor) { request, context in
            let (scope, record) = try await MeasureEdit.resolve(request, context, environment)
            try scope.requireEditPlan()
            let form = try await FormData.read(request, limit: 16 * 1024)
            try CSRF.check(form, identity: scope.identity)
            try await MeasureEdit.delete(record, environment: environment, actor: scope.identity.actor(at: environment.now()))
            return PageResponse.redirect("\(scope.base)/measures?year=\(record.planYear)")
        }
        routes.post("/a/:agency/measures/:measure/move", .planEditor) { request, context in
            let (scope, record) = try await MeasureEdit.resolve(request, context, environment)
            try scope.requireEditPlan()
            let form = try await FormData.read(request, limit: 16 * 1024)
            try CSRF.check(form, identity: scope.identity)
            let offset: Int
            switch form["direction"] {
            case "up": offset = -1
            case "down": offset = 1
            default: throw WebError.badInput("direction", th: "ทิศทางต้องเป็น up หรือ down", en: "direction must be up or down")
            }
            let plan = try await scope.plan(environment)
            try await MeasureEdit.move(record, by: offset, plan: plan, environment: environment, actor: scope.identity.actor(at: environment.now()))
            return PageResponse.redirect("\(scope.base)/measures?year=\(record.planYear)")
        }
    }

    private func formPage(_ scope: AgencyScope, _ context: AppRequestContext, record: MeasureRecord, measure: Measure) async throws -> MeasureFormPage {
        let divisions = try await environment.repositories.agencies.fetchDivisions(agency: scope.agency.id).map(\.name)
        return MeasureFormPage(
            scope: scope, context: context, planYear: record.planYear, measure: measure, record: record, divisions: divisions)
    }
}
