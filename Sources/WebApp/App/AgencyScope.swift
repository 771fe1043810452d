import Foundation
import Hummingbird
import Storage
import Workbench

/// The agency and fiscal year a page is about, after checking that the user may see them.
struct AgencyScope: Sendable {
    var identity: Identity
    var agency: AgencyRecord
    /// Plan years stored, ascending.
    var years: [Int]
    /// The plan year shown: `?year=` when given, else the latest.
    var year: Int?

    var user: UserAccount { identity.user }
    var base: String { "/a/\(agency.slug)" }
    var canEditPlan: Bool { Permissions.canEditPlan(agency: agency.id, user: user) }

    /// Resolves `:agency` and `?year=` for a signed-in user, or refuses.
    static func resolve(_ request: Request, _ context: AppRequestContext, _ environment: WebEnvironment) async throws -> AgencyScope {
        guard let identity = context.identity else { throw WebError.signInRequired }
        let slug = try context.parameters.require("agency")
        guard let agency = try await environment.repositories.agencies.fetchAgency(slug: slug) else {
            throw WebError.notFound
        }
        guard Permissions.canRead(agency: agency.id, user: identity.user) else { throw WebError.forbidden }
        let years = try await environment.repositories.plans.fetchPlanYears(agency: agency.id)
        var year = years.last
        if let asked = request.uri.queryParameters.get("year") {
            guard let number = Int(asked), years.contains(number) else {
                throw WebError(.notFound, field: "year", th: "ไม่มีข้อมูลปีงบประมาณ \(asked)", en: "no plan for fiscal year \(asked)")
            }
            year = number
        }
        return AgencyScope(identity: identity, agency: agency, years: years, year: year)
    }

    /// The stored plan of the year shown, or a 404 that says there is none yet.
    func plan(_ environment: WebEnvironment) async throws -> StoredPlan {
        guard let year, let plan = try await environment.repositories.plans.fetchPlan(agency: agency.id, year: year) else {
            throw WebError(.notFound, th: "ยังไม่มีแผนของปีนี้ นำเข้าผลการประเมินก่อน", en: "there is no plan for this year yet; import a result first")
        }
        return plan
    }

    func requireEditPlan() throws {
        guard canEditPlan else { throw WebError.forbidden }
    }

    func layout(_ context: AppRequestContext, _ section: Layout.Section?, path: String) -> Layout {
        Layout(language: context.language, identity: identity, agency: agency, year: year, current: section, path: path)
    }

    /// "?year=2566" for links that keep the year.
    var yearQuery: String { year.map { "?year=\($0)" } ?? "" }
}
