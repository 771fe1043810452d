import Disclosure
import Foundation
import Hummingbird
import Workbench

/// What the disclosure pages do, as JSON: readers read, the coordinator writes, through the same
/// `DisclosureRecorder`. Writes from a browser session send the CSRF token in `X-CSRF-Token`.
struct DisclosureAPIRoutes {
    let environment: WebEnvironment
    var recorder: DisclosureRecorder { DisclosureRecorder(environment: environment) }
    static let base = "/api/v1/agencies/:agency"
    static let year = "\(base)/years/:year/disclosure"

    func register(on routes: RouteTable) {
        routes.get(Self.year, .agencyReader) { request, context in
            let workspace = try await DisclosureWorkspace.load(try await scope(request, context), environment)
            let check = workspace.checker().check(workspace.records)
            return JSONResponse.encode(DisclosureYearJSON(
                workspace, check: check, prediction: try await workspace.prediction(check, environment: environment)))
        }
        routes.put("\(Self.year)/items/:item", .planEditor) { request, context in
            let scope = try await writer(request, context)
            let item = try scope.item(context)
            let form = try await APIBody.decode(DisclosureForm.self, from: request)
            return JSONResponse.encode(try await recorder.save(form, item: item, scope: scope))
        }
        routes.post("\(Self.year)/items/:item/documents", .planEditor) { request, context in
            let scope = try await writer(request, context)
            let item = try scope.item(context)
            guard request.headers[.contentType]?.hasPrefix("multipart/form-data") == true else {
                throw WebError.badInput("document", th: "ส่งไฟล์แบบ multipart/form-data ในช่อง document", en: "send the file as multipart/form-data in the field document")
            }
            let form = try await FormData.read(request, limit: environment.options.maxUploadBytes * 3 + 1_048_576)
            return JSONResponse.encode(try await recorder.upload(form.files(named: "document"), item: item, scope: scope), status: .created)
        }
        routes.post("\(Self.year)/check", .planEditor) { request, context in
            let scope = try await writer(request, context)
            let (check, statuses, prediction) = try await recorder.checkWithLinks(try await DisclosureWorkspace.load(scope, environment))
            return JSONResponse.encode(DisclosureCheckJSON(
                year: scope.year, links: statuses.map(LinkStatusJSON.init), flags: check.flags, prediction: prediction.map(PredictionJSON.init)))
        }
        routes.get("\(Self.year)/answer-sheet", .agencyReader) { request, context in
            JSONResponse.encode(try await DisclosureWorkspace.load(try await scope(request, context), environment).answerSheet())
        }
        routes.get("\(Self.year)/submissions", .agencyReader) { request, context in
            let scope = try await scope(request, context)
            let submissions = try await environment.repositories.disclosures.fetchDisclosureSubmissions(agency: scope.agency.agency.id, year: scope.year)
            return JSONResponse.encode(submissions.map(SubmissionSummaryJSON.init))
        }
        routes.post("\(Self.year)/submissions", .planEditor) { request, context in
            let scope = try await writer(request, context)
            return JSONResponse.encode(try await recorder.freeze(try await DisclosureWorkspace.load(scope, environment)), status: .created)
        }
        routes.get("\(Self.year)/watch", .agencyReader) { request, context in
            let scope = try await scope(request, context)
            return JSONResponse.encode(try await environment.repositories.disclosures.fetchWatchLog(
                agency: scope.agency.agency.id, year: scope.year, limit: 1000))
        }
        routes.get("\(Self.base)/disclosure/settings", .agencyReader) { request, context in
            let workspace = try await DisclosureWorkspace.load(try await scope(request, context), environment)
            return JSONResponse.encode(workspace.settings)
        }
        routes.put("\(Self.base)/disclosure/settings", .planEditor) { request, context in
            let scope = try await writer(request, context)
            let form = try await APIBody.decode(DisclosureSettingsForm.self, from: request)
            return JSONResponse.encode(try await recorder.saveSettings(form, scope: scope))
        }
    }

    func scope(_ request: Request, _ context: AppRequestContext) async throws -> DisclosureScope {
        try await DisclosureScope.resolve(request, context, environment, yearParameter: context.parameters.get("year") != nil)
    }

    /// The coordinator's scope, after the CSRF header of a cookie session.
    func writer(_ request: Request, _ context: AppRequestContext) async throws -> DisclosureScope {
        let scope = try await scope(request, context)
        try scope.requireEdit()
        try APIBody.requireWriteAccess(request, scope.agency.identity)
        return scope
    }
}
