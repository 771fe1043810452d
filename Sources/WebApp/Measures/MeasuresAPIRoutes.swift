import Foundation
import Hummingbird
import Planning
import Workbench

/// The measures of a year and single measures, as JSON, with the same rules as the pages.
struct MeasuresAPIRoutes {
    let environment: WebEnvironment

    func register(on routes: RouteTable) {
        routes.get("/api/v1/agencies/:agency/years/:year/measures", .agencyReader) { request, context in
            let scope = try await PlanAPIScope.resolve(request, context, environment)
            return JSONResponse.encode(try await scope.plan(environment).measures)
        }
        routes.post("/api/v1/agencies/:agency/years/:year/measures", .planEditor) { request, context in
            let scope = try await PlanAPIScope.resolve(request, context, environment)
            try scope.requireEditPlan(request)
            let plan = try await scope.plan(environment)
            let body = try await APIBody.decode(MeasureBody.self, from: request)
            let measure: Measure
            if let key = body.template {
                let divisions = try await environment.repositories.agencies.fetchDivisions(agency: scope.agency.id).map(\.name)
                measure = try MeasureEdit.fromTemplate(
                    key, planYear: scope.year, divisions: divisions, criteria: try await environment.criteria(for: plan))
            } else {
                measure = try body.measure(over: nil)
            }
            let record = try await MeasureEdit.insert(measure, plan: plan, environment: environment, actor: scope.identity.actor(at: environment.now()))
            return JSONResponse.encode(record, status: .created)
        }
        routes.get("/api/v1/agencies/:agency/measures/:measure", .agencyReader) { request, context in
            let (_, record) = try await MeasureEdit.resolve(request, context, environment)
            return JSONResponse.encode(record)
        }
        routes.put("/api/v1/agencies/:agency/measures/:measure", .measureWorker) { request, context in
            let (scope, record) = try await MeasureEdit.resolve(request, context, environment)
            try MeasureEdit.requireWork(on: record, scope)
            try APIBody.requireWriteAccess(request, scope.identity)
            let body = try await APIBody.decode(MeasureBody.self, from: request)
            let updated = try await MeasureEdit.update(
                record, with: try body.measure(over: record.measure), by: scope.user, environment: environment, actor: scope.identity.actor(at: environment.now()))
            return JSONResponse.encode(updated)
        }
        routes.delete("/api/v1/agencies/:agency/measures/:measure", .planEditor) { request, context in
            let (scope, record) = try await MeasureEdit.resolve(request, context, environment)
            try scope.requireEditPlan()
            try APIBody.requireWriteAccess(request, scope.identity)
            try await MeasureEdit.delete(record, environment: environment, actor: scope.identity.actor(at: environment.now()))
            return Response(status: .noContent)
        }
        routes.post("/api/v1/agencies/:agency/measures/:measure/move", .planEditor) { request, context in
            let (scope, record) = try await MeasureEdit.resolve(request, context, environment)
            try scope.requireEditPlan()
            try APIBody.requireWriteAccess(request, scope.identity)
            let offset = switch request.uri.queryParameters.get("direction") {
            case "up": -1
            case "down": 1
            default: throw WebError.badInput("direction", th: "ทิศทางต้องเป็น up หรือ down", en: "direction must be up or down")
            }
            let plan = try await scope.plan(environment)
            try await MeasureEdit.move(record, by: offset, plan: plan, environment: environment, actor: scope.identity.actor(at: environment.now()))
            return JSONResponse.encode(try await scope.plan(environment).measures)
        }
    }
}
