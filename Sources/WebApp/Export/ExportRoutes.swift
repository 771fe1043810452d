import Foundation
import Hummingbird
import Workbench

/// CSV downloads of every table the pages show: `/a/:agency/export/<table>.csv?year=…`.
struct ExportRoutes {
    let environment: WebEnvironment

    func register(on routes: RouteTable) {
        // The parameter is the whole last component, "measures.csv": the router captures whole components.
        routes.get("/a/:agency/export/:table.csv", .agencyReader) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            let component = try context.parameters.require("table.csv")
            guard component.hasSuffix(".csv"), let table = ExportTable(rawValue: String(component.dropLast(4))) else {
                throw WebError.notFound
            }
            let plan = try await scope.plan(environment)
            let csv = try await csvTable(table, plan: plan, scope: scope)
            try await environment.repositories.audit.insertAuditEvent(.note(
                "export", entity: "csv", entityID: "\(plan.year.planYear)/\(table.rawValue)", agencyID: scope.agency.id,
                actor: scope.identity.actor(at: environment.now())))
            return PageResponse.download(
                csv.data, type: "text/csv; charset=utf-8", fileName: "\(scope.agency.slug)-\(plan.year.planYear)-\(table.rawValue).csv")
        }
    }

    private func csvTable(_ table: ExportTable, plan: StoredPlan, scope: AgencyScope) async throws -> CSVTable {
        let tables = PlanCSV(plan: plan, criteria: try await environment.criteria(for: plan))
        let plans = environment.repositories.plans
        switch table {
        case .results: return tables.results()
        case .recommendations: return tables.recommendations()
        case .analysis: return tables.analysis()
        case .measures: return tables.measures()
        case .progress: return tables.progress(try await plans.fetchProgress(agency: scope.agency.id, year: plan.year.planYear))
        case .evidence: return tables.evidence(try await plans.fetchEvidence(agency: scope.agency.id, year: plan.year.planYear))
        }
    }
}
