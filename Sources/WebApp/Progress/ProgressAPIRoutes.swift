import Foundation
import Hummingbird
import Workbench

/// The progress operations of the pages as JSON, with the same rules: readers read, the people
/// responsible for a measure write, through the same `ProgressRecorder`.
struct ProgressAPIRoutes {
    let environment: WebEnvironment
    var recorder: ProgressRecorder { ProgressRecorder(environment: environment) }
    var reads: MeasureProgress { MeasureProgress(environment: environment) }
    static let base = "/api/v1/agencies/:agency"

    func register(on routes: RouteTable) {
        routes.get("\(Self.base)/measures/:measure/progress", .agencyReader) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            let measure = try await recorder.measure(context, scope: scope)
            let (standing, evidence) = try await reads.standing(of: measure)
            return JSONResponse.encode(MeasureProgressJSON(standing, evidence: evidence, user: scope.user, agencySlug: scope.agency.slug))
        }
        routes.post("\(Self.base)/measures/:measure/progress", .measureWorker) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            let measure = try await recorder.measure(context, scope: scope)
            try recorder.requireWork(on: measure, user: scope.user)
            try APIBody.requireWriteAccess(request, scope.identity)
            let submission: ProgressSubmission
            if request.headers[.contentType]?.hasPrefix("multipart/form-data") == true {
                submission = ProgressSubmission(form: try await FormData.read(request, limit: recorder.bodyLimit))
            } else {
                submission = ProgressSubmission(json: try await APIBody.decode(ProgressSubmission.JSON.self, from: request))
            }
            let (entry, files) = try await recorder.record(submission, on: measure, identity: scope.identity)
            return JSONResponse.encode(ProgressEntryJSON(entry, evidence: files, agencySlug: scope.agency.slug), status: .created)
        }
        routes.get("\(Self.base)/evidence/:evidence", .agencyReader) { request, context in
            try await ProgressRoutes.evidence(request, context, environment)
        }
        routes.get("\(Self.base)/years/:year/progress", .agencyReader) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            let year = try APIYear.resolve(context, scope)
            guard let plan = try await environment.repositories.plans.fetchPlan(agency: scope.agency.id, year: year) else {
                throw WebError(.notFound, field: "year", th: "ไม่มีข้อมูลปีงบประมาณ \(year)", en: "no plan for fiscal year \(year)")
            }
            let (standings, evidence) = try await reads.standings(of: plan)
            let measures = standings.map {
                MeasureProgressJSON($0, evidence: evidence, user: scope.user, agencySlug: scope.agency.slug)
            }
            return JSONResponse.encode(YearProgressJSON(year: year, measures: measures))
        }
    }
}
