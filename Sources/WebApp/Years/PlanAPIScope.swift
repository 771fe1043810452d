import Foundation
import Hummingbird
import Storage
import Workbench

/// The agency and plan year of an API path `/api/v1/agencies/:agency/years/:year/…`, after the
/// same read check the pages make.
struct PlanAPIScope: Sendable {
    var agencyScope: AgencyScope
    /// The `:year` of the path (it need not be stored yet: an import can create it).
    var year: Int

    var agency: AgencyRecord { agencyScope.agency }
    var identity: Identity { agencyScope.identity }
    var exists: Bool { agencyScope.years.contains(year) }

    static func resolve(_ request: Request, _ context: AppRequestContext, _ environment: WebEnvironment) async throws -> PlanAPIScope {
        let scope = try await AgencyScope.resolve(request, context, environment)
        let text = try context.parameters.require("year")
        guard let year = Int(text), (2500...2700).contains(year) else {
            throw WebError.badInput("year", th: "ปีงบประมาณ \(text) ไม่ถูกต้อง (ใช้ปี พ.ศ.)", en: "fiscal year \(text) is not a พ.ศ. year")
        }
        return PlanAPIScope(agencyScope: scope, year: year)
    }

    /// The stored plan of the year, or 404.
    func plan(_ environment: WebEnvironment) async throws -> StoredPlan {
        guard exists, let plan = try await environment.repositories.plans.fetchPlan(agency: agency.id, year: year) else {
            throw WebError(.notFound, field: "year", th: "ไม่มีแผนของปีงบประมาณ \(year)", en: "there is no plan for fiscal year \(year)")
        }
        return plan
    }

    /// For writes: the plan editor's role and, for cookie sessions, the CSRF header.
    func requireEditPlan(_ request: Request) throws {
        try agencyScope.requireEditPlan()
        try APIBody.requireWriteAccess(request, identity)
    }
}
