import Criteria
import Foundation
import Hummingbird
import Storage
import Workbench

/// `/admin/criteria`: the ITA criteria of every year, loaded from a file, started from an earlier year
/// or edited in forms, each save a new version. Administrators only.
struct CriteriaRoutes {
    let environment: WebEnvironment
    var administration: CriteriaAdministration { CriteriaAdministration(environment: environment) }

    func register(on routes: RouteTable) {
        routes.get("/admin/criteria", .administrator) { _, context in
            let identity = try CriteriaAdministration.administrator(context)
            return try await listPage(CriteriaListPage(
                identity: identity, language: context.language, library: environment.criteriaLibrary, stored: []))
        }
        routes.post("/admin/criteria/files", .administrator) { request, context in
            let identity = try CriteriaAdministration.administrator(context)
            let form = try await FormData.read(request, limit: environment.options.maxUploadBytes)
            try CSRF.check(form, identity: identity)
            var page = CriteriaListPage(
                identity: identity, language: context.language, library: environment.criteriaLibrary, stored: [],
                uploadNote: form["note"] ?? "")
            guard let file = form.files(named: "file").first else {
                page.error = .badInput("file", th: "กรุณาเลือกไฟล์เกณฑ์ (.json)", en: "choose a criteria file (.json)")
                return try await listPage(page)
            }
            let fileName = (file.fileName as NSString).lastPathComponent
            do {
                let criteria = try CriteriaAdministration.load(file.bytes, file: fileName)
                let record = try await administration.save(
                    criteria, note: form["note"], origin: .upload(fileName: fileName), by: identity)
                return saved(record)
            } catch let problem as CriteriaProblem {
                page.problem = problem
                return try await listPage(page)
            }
        }
        routes.post("/admin/criteria/derivations", .administrator) { request, context in
            let identity = try CriteriaAdministration.administrator(context)
            let form = try await FormData.read(request, limit: 64 * 1024)
            try CSRF.check(form, identity: identity)
            let from = form["from"].flatMap { Int($0) }
            var page = CriteriaListPage(
                identity: identity, language: context.language, library: environment.criteriaLibrary, stored: [],
                refused: .derive, derive: (from, form["year"] ?? "", form["note"] ?? ""))
            do {
                guard let from else {
                    throw WebError.badInput("from", th: "กรุณาเลือกปีที่ใช้เป็นต้นแบบ", en: "choose the year to start from")
                }
                guard let year = form["year"].flatMap({ Int($0) }) else {
                    throw WebError.badInput("year", th: "กรุณากรอกปีงบประมาณใหม่เป็นตัวเลข พ.ศ.", en: "enter the new fiscal year as a B.E. number")
                }
                let criteria = try administration.derive(year, from: from)
                let record = try await administration.save(
                    criteria, note: form["note"],
                    origin: .derived(from: from, version: environment.criteriaLibrary.latestVersion(of: from)), by: identity)
                return saved(record)
            } catch let problem as CriteriaProblem {
                page.problem = problem
                return try await listPage(page)
            } catch let error as WebError where error.field != nil {
                page.error = error
                return try await listPage(page)
            }
        }
        CriteriaEditorRoutes(environment: environment).register(on: routes)
    }

    /// Post/redirect/get: the year's page says which version was saved.
    private func saved(_ record: StoredCriteriaVersion) -> Response {
        PageResponse.redirect("/admin/criteria/\(record.fiscalYear)?saved=\(record.version)")
    }

    private func listPage(_ page: CriteriaListPage) async throws -> Response {
        var page = page
        page.stored = try await environment.repositories.criteria.fetchCriteriaVersions(fiscalYear: nil)
        let status = page.problem != nil ? .badRequest : page.error?.status ?? .ok
        return PageResponse.html(page.render(), status: status)
    }
}
