import Foundation
import Hummingbird
import Workbench

/// ผลการประเมิน: the stored result, uploading a document or result, previewing it, confirming it.
struct ResultsRoutes {
    let environment: WebEnvironment

    func register(on routes: RouteTable) {
        routes.get("/a/:agency/results", .agencyReader) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            var page = try await page(scope, context)
            page.startedFrom = request.uri.queryParameters.get("started").flatMap { Int($0) }
            return PageResponse.html(page.render())
        }
        routes.post("/a/:agency/results/preview", .planEditor) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            try scope.requireEditPlan()
            let form = try await FormData.read(request, limit: environment.options.maxUploadBytes)
            try CSRF.check(form, identity: scope.identity)
            guard let file = form.files(named: "file").first else {
                return try await refuse(scope, context, .badInput("file", th: "กรุณาเลือกไฟล์ที่จะนำเข้า", en: "choose a file to import"))
            }
            let fileName = (file.fileName as NSString).lastPathComponent
            do {
                // Reading a document takes seconds of CPU: inside the shared bound on heavy work.
                let preview = try await environment.heavyWork.run {
                    try await PlanImport.read(file.bytes, fileName: fileName, agency: scope.agency, environment: environment)
                }
                let criteria = environment.catalog.years[preview.plan.assessedYear]
                let exists = scope.years.contains(preview.plan.planYear)
                let page = ResultPreviewPage(
                    scope: scope, context: context, preview: preview, upload: file.bytes, yearExists: exists, criteria: criteria)
                return PageResponse.html(page.render())
            } catch let error as WebError {
                return try await refuse(scope, context, error)
            }
        }
        routes.post("/a/:agency/results/confirm", .planEditor) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            try scope.requireEditPlan()
            // The upload comes back base64-encoded and URL-encoded: allow for both.
            let form = try await FormData.read(request, limit: environment.options.maxUploadBytes * 2 + 65_536)
            try CSRF.check(form, identity: scope.identity)
            guard let content = form["content"], let data = Data(base64Encoded: content) else {
                return try await refuse(scope, context, .badInput("content", th: "ไม่พบเนื้อหาไฟล์ กรุณาอัปโหลดใหม่", en: "the file content is missing; upload it again"))
            }
            do {
                let preview = try await PlanImport.read(
                    data, fileName: form["fileName"] ?? "upload.txt", agency: scope.agency, environment: environment)
                _ = try await preview.store(
                    agency: scope.agency, plans: environment.repositories.plans, actor: scope.identity.actor(at: environment.now()))
                return PageResponse.redirect("\(scope.base)/results?year=\(preview.plan.planYear)")
            } catch let error as WebError where error.status == .badRequest {
                return try await refuse(scope, context, error)
            }
        }
        ResultsAPIRoutes(environment: environment).register(on: routes)
    }

    private func page(_ scope: AgencyScope, _ context: AppRequestContext) async throws -> ResultsPage {
        let plan = scope.year == nil ? nil : try await scope.plan(environment)
        return ResultsPage(
            scope: scope, context: context, plan: plan, criteria: plan == nil ? nil : try await environment.criteria(for: plan!),
            maxUploadBytes: environment.options.maxUploadBytes)
    }

    /// The results page again, with the refusal on top and its status.
    private func refuse(_ scope: AgencyScope, _ context: AppRequestContext, _ error: WebError) async throws -> Response {
        var page = try await page(scope, context)
        page.problem = error
        return PageResponse.html(page.render(), status: error.status)
    }
}
