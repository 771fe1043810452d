import Foundation
import Hummingbird
import Workbench

/// The progress log of each measure with evidence upload and download, and the year's overview.
struct ProgressRoutes {
    let environment: WebEnvironment
    var recorder: ProgressRecorder { ProgressRecorder(environment: environment) }
    var reads: MeasureProgress { MeasureProgress(environment: environment) }

    func register(on routes: RouteTable) {
        routes.get("/a/:agency/progress", .agencyReader) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            let plan = try await scope.plan(environment)
            let (standings, _) = try await reads.standings(of: plan)
            let page = ProgressOverviewPage(scope: scope, context: context, year: plan.year.planYear, standings: standings)
            return PageResponse.html(page.render())
        }
        routes.get("/a/:agency/measures/:measure/progress", .agencyReader) { request, context in
            try await log(request, context)
        }
        routes.post("/a/:agency/measures/:measure/progress", .measureWorker) { request, context in
            var scope = try await AgencyScope.resolve(request, context, environment)
            let measure = try await recorder.measure(context, scope: scope)
            scope.year = measure.planYear
            try recorder.requireWork(on: measure, user: scope.user)
            let form = try await FormData.read(request, limit: recorder.bodyLimit)
            try CSRF.check(form, identity: scope.identity)
            let (entry, _) = try await recorder.record(ProgressSubmission(form: form), on: measure, identity: scope.identity)
            return PageResponse.redirect("\(scope.base)/measures/\(measure.id)/progress?saved=1#entry-\(entry.id)")
        }
        routes.get("/a/:agency/evidence/:evidence", .agencyReader) { request, context in
            try await Self.evidence(request, context, environment)
        }
        ProgressAPIRoutes(environment: environment).register(on: routes)
    }

    private func log(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        var scope = try await AgencyScope.resolve(request, context, environment)
        let measure = try await recorder.measure(context, scope: scope)
        // The page belongs to the measure's year, whatever year the link carried.
        scope.year = measure.planYear
        let (standing, evidence) = try await reads.standing(of: measure)
        let form = Permissions.canWork(on: measure, user: scope.user)
            ? ProgressEntryForm(
                identity: scope.identity, language: context.language,
                action: "\(scope.base)/measures/\(measure.id)/progress", window: recorder.window(for: measure),
                status: standing.status, percent: standing.percent, maxUploadBytes: environment.options.maxUploadBytes,
                today: reads.today)
            : nil
        let page = ProgressLogPage(
            scope: scope, context: context, standing: standing, evidence: evidence, form: form,
            saved: request.uri.queryParameters.get("saved") != nil)
        return PageResponse.html(page.render())
    }

    /// The file as stored, with the type found by sniffing at upload and its original name; only
    /// for readers of the agency it belongs to (another agency's id answers 404).
    static func evidence(_ request: Request, _ context: AppRequestContext, _ environment: WebEnvironment) async throws -> Response {
        let scope = try await AgencyScope.resolve(request, context, environment)
        guard let text = context.parameters.get("evidence"), let id = Identifier<EvidenceFile>(text),
              let (file, bytes) = try await environment.repositories.plans.fetchEvidence(id: id, agency: scope.agency.id)
        else {
            throw WebError(.notFound, field: "evidence", th: "ไม่พบไฟล์หลักฐานนี้", en: "no such evidence file")
        }
        return PageResponse.download(bytes, type: file.contentType, fileName: file.fileName)
    }
}
