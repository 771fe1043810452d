import Disclosure
import Foundation
import Hummingbird
import Workbench

/// The disclosure pages: the year's list, an item, check now, settings; exports and submissions are in
/// `AnswerSheetRoutes`, the JSON API in `DisclosureAPIRoutes`.
struct DisclosureRoutes {
    let environment: WebEnvironment
    var recorder: DisclosureRecorder { DisclosureRecorder(environment: environment) }

    func register(on routes: RouteTable) {
        routes.get("/a/:agency/disclosure", .agencyReader) { request, context in
            try await list(request, context, notice: .empty)
        }
        routes.get("/a/:agency/disclosure/items/:item", .agencyReader) { request, context in
            let scope = try await DisclosureScope.resolve(request, context, environment)
            let item = try scope.item(context)
            let workspace = try await DisclosureWorkspace.load(scope, environment)
            let flags = workspace.checker().flags(for: item, record: workspace.record(item))
            let page = DisclosureItemPage(
                workspace: workspace, item: item, flags: flags, context: context,
                saved: request.uri.queryParameters.get("saved") != nil)
            return PageResponse.html(page.render())
        }
        routes.post("/a/:agency/disclosure/items/:item", .planEditor) { request, context in
            let (scope, form) = try await editorForm(request, context, limit: 1_048_576)
            let item = try scope.item(context)
            _ = try await recorder.save(DisclosureForm(form: form), item: item, scope: scope)
            return PageResponse.redirect("\(scope.base)/items/\(DisclosureScope.segment(item.code))\(scope.yearQuery)&saved=1")
        }
        routes.post("/a/:agency/disclosure/items/:item/documents", .planEditor) { request, context in
            let (scope, form) = try await editorForm(request, context, limit: environment.options.maxUploadBytes * 3 + 1_048_576)
            let item = try scope.item(context)
            _ = try await recorder.upload(form.files(named: "document"), item: item, scope: scope)
            return PageResponse.redirect("\(scope.base)/items/\(DisclosureScope.segment(item.code))\(scope.yearQuery)&saved=1")
        }
        routes.post("/a/:agency/disclosure/documents/:document/delete", .planEditor) { request, context in
            let (scope, _) = try await editorForm(request, context, limit: 65_536)
            try await recorder.delete(context.parameters.get("document"), scope: scope)
            return PageResponse.redirect("\(scope.base)\(scope.yearQuery)")
        }
        routes.get("/a/:agency/disclosure/documents/:document", .agencyReader) { request, context in
            let scope = try await DisclosureScope.resolve(request, context, environment)
            return try await Self.document(context.parameters.get("document"), agency: scope.agency.agency.id, environment)
        }
        routes.post("/a/:agency/disclosure/check", .planEditor) { request, context in
            let (scope, _) = try await editorForm(request, context, limit: 65_536)
            let workspace = try await DisclosureWorkspace.load(scope, environment)
            let (check, statuses, prediction) = try await recorder.checkWithLinks(workspace)
            let page = DisclosureCheckPage(workspace: workspace, check: check, statuses: statuses, prediction: prediction, context: context)
            return PageResponse.html(page.render())
        }
        routes.get("/a/:agency/disclosure/settings", .agencyReader) { request, context in
            let scope = try await DisclosureScope.resolve(request, context, environment)
            let workspace = try await DisclosureWorkspace.load(scope, environment)
            return PageResponse.html(DisclosureSettingsPage(workspace: workspace, context: context).render())
        }
        routes.post("/a/:agency/disclosure/settings", .planEditor) { request, context in
            let (scope, form) = try await editorForm(request, context, limit: 65_536)
            let sent = DisclosureSettingsForm(form: form)
            do {
                _ = try await recorder.saveSettings(sent, scope: scope)
            } catch let error as WebError where error.status == .badRequest {
                // The form again, with what was typed and the reason beside its field.
                let workspace = try await DisclosureWorkspace.load(scope, environment)
                let page = DisclosureSettingsPage(workspace: workspace, context: context, sent: sent, problem: error)
                return PageResponse.html(page.render(), status: error.status)
            }
            return PageResponse.redirect("\(scope.base)\(scope.yearQuery)&saved=settings")
        }
        AnswerSheetRoutes(environment: environment).register(on: routes)
        DisclosureAPIRoutes(environment: environment).register(on: routes)
    }

    func list(_ request: Request, _ context: AppRequestContext, notice: HTML) async throws -> Response {
        let scope = try await DisclosureScope.resolve(request, context, environment)
        let workspace = try await DisclosureWorkspace.load(scope, environment)
        let check = workspace.checker().check(workspace.records)
        let agency = scope.agency.agency.id
        let submissions = try await environment.repositories.disclosures.fetchDisclosureSubmissions(agency: agency, year: scope.year)
        let watch = try await environment.repositories.disclosures.fetchWatchLog(agency: agency, year: scope.year, limit: 20)
        let t = context.language
        let saved = request.uri.queryParameters.get("saved")
        let notice: HTML = switch saved {
        case "settings"?: "<p class=\"notice success\" role=\"status\">\(t("บันทึกการตั้งค่าแล้ว", "Settings saved"))</p>"
        case "frozen"?: "<p class=\"notice success\" role=\"status\">\(t("บันทึกแบบตอบเป็นฉบับที่ส่งแล้ว", "The answer sheet is frozen as submitted"))</p>"
        default: notice
        }
        let page = DisclosureListPage(
            workspace: workspace, check: check, prediction: try await workspace.prediction(check, environment: environment),
            submissions: submissions, watchLog: watch, context: context, notice: notice)
        return PageResponse.html(page.render())
    }

    /// An editor's POST: the scope, the permission, the body and its CSRF token, in that order.
    func editorForm(_ request: Request, _ context: AppRequestContext, limit: Int) async throws -> (DisclosureScope, FormData) {
        let scope = try await DisclosureScope.resolve(request, context, environment)
        try scope.requireEdit()
        let form = try await FormData.read(request, limit: limit)
        try CSRF.check(form, identity: scope.agency.identity)
        return (scope, form)
    }

    /// A document's bytes with the type found at upload, within its agency only.
    static func document(_ text: String?, agency: Identifier<AgencyRecord>, _ environment: WebEnvironment) async throws -> Response {
        guard let text, let id = Identifier<DisclosureDocument>(text),
              let (document, bytes) = try await environment.repositories.disclosures.fetchDisclosureDocument(id: id, agency: agency)
        else { throw WebError(.notFound, field: "document", th: "ไม่พบเอกสารนี้", en: "no such document") }
        return PageResponse.download(bytes, type: document.contentType, fileName: document.fileName)
    }
}
