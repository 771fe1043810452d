import Criteria
import Foundation
import Hummingbird
import Storage
import Workbench

/// One year's criteria: the editor, saving it as a new version, and each version as a JSON file.
struct CriteriaEditorRoutes {
    let environment: WebEnvironment
    var library: CriteriaLibrary { environment.criteriaLibrary }

    func register(on routes: RouteTable) {
        routes.get("/admin/criteria/:year", .administrator) { request, context in
            let identity = try CriteriaAdministration.administrator(context)
            let year = try fiscalYear(context)
            var page = try await editorPage(identity, context, year: year)
            page.saved = request.uri.queryParameters.get("saved").flatMap { Int($0) }
            return PageResponse.html(page.render())
        }
        routes.post("/admin/criteria/:year/versions", .administrator) { request, context in
            let identity = try CriteriaAdministration.administrator(context)
            let year = try fiscalYear(context)
            // Every OIT item with its components comes back; Thai text is percent-encoded nine bytes a letter.
            let form = try await FormData.read(request, limit: 4 * 1024 * 1024)
            try CSRF.check(form, identity: identity)
            return try await save(form, identity, context, year: year)
        }
        routes.get("/admin/criteria/:year/versions/{version}.json", .administrator) { _, context in
            _ = try CriteriaAdministration.administrator(context)
            let year = try fiscalYear(context)
            guard let version = context.parameters.get("version").flatMap({ Int($0) }) else { throw WebError.notFound }
            let data: Data
            if version == StoredCriteriaVersion.bundledVersion {
                guard let bundled = library.bundled.years[year] else { throw WebError.notFound }
                data = try CriteriaDerivation.json(bundled)
            } else {
                let stored = try await environment.repositories.criteria.fetchCriteriaVersions(fiscalYear: year)
                guard let record = stored.first(where: { $0.version == version }) else { throw WebError.notFound }
                data = record.json
            }
            return PageResponse.download(data, type: "application/json", fileName: "criteria-\(year)-v\(version).json")
        }
    }

    private func save(_ form: FormData, _ identity: Identity, _ context: AppRequestContext, year: Int) async throws -> Response {
        guard let base = form["base"].flatMap({ Int($0) }) else {
            throw WebError.badInput("base", th: "แบบฟอร์มไม่สมบูรณ์ กรุณาเปิดหน้าเกณฑ์ใหม่", en: "the form is incomplete; open the criteria page again")
        }
        var page = try await editorPage(identity, context, year: year)
        page.note = form["note"] ?? ""
        // Two administrators editing at once: the second would silently undo the first.
        guard base == page.baseVersion, let current = library.criteria(year: year, version: base) else {
            page.error = WebError(
                .conflict, field: "base",
                th: "มีผู้บันทึกเกณฑ์ปี \(year) ฉบับที่ \(page.baseVersion) ระหว่างที่ท่านแก้ไข กรุณาตรวจสอบแล้วแก้ไขอีกครั้ง",
                en: "version \(page.baseVersion) of \(year) was saved while you were editing; check it and edit again")
            return PageResponse.html(page.render(), status: .conflict)
        }
        let draft = CriteriaEditorForm(base: current, form: form).draft()
        if let problem = draft.problem {
            return refuse(page, draft.criteria, error: problem)
        }
        do {
            let criteria = try CriteriaAdministration.validate(draft.criteria)
            let record = try await CriteriaAdministration(environment: environment).save(
                criteria, note: form["note"], origin: .edited, by: identity)
            return PageResponse.redirect("/admin/criteria/\(year)?saved=\(record.version)")
        } catch let problem as CriteriaProblem {
            return refuse(page, draft.criteria, problem: problem)
        }
    }

    /// The editor again with what was sent, and why it was refused.
    private func refuse(
        _ page: CriteriaEditorPage, _ criteria: Criteria, error: WebError? = nil, problem: CriteriaProblem? = nil
    ) -> Response {
        var refused = CriteriaEditorPage(
            identity: page.identity, language: page.language, year: page.year, criteria: criteria,
            baseVersion: page.baseVersion, hasBundled: page.hasBundled, versions: page.versions)
        refused.error = error
        refused.problem = problem
        refused.note = page.note
        return PageResponse.html(refused.render(), status: error?.status ?? .badRequest)
    }

    private func editorPage(_ identity: Identity, _ context: AppRequestContext, year: Int) async throws -> CriteriaEditorPage {
        guard let criteria = environment.catalog.years[year] else { throw WebError.notFound }
        return CriteriaEditorPage(
            identity: identity, language: context.language, year: year, criteria: criteria,
            baseVersion: library.latestVersion(of: year), hasBundled: library.bundled.years[year] != nil,
            versions: try await environment.repositories.criteria.fetchCriteriaVersions(fiscalYear: year))
    }

    private func fiscalYear(_ context: AppRequestContext) throws -> Int {
        guard let year = context.parameters.get("year").flatMap({ Int($0) }) else { throw WebError.notFound }
        return year
    }
}
