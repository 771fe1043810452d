import Criteria
import Documents
import Foundation
import Hummingbird
import Scoring
import ThaiText
import Workbench

/// The agency's overview: score, distance to 85, indicators against the target, measures and what is late.
struct DashboardRoutes {
    let environment: WebEnvironment

    func register(on routes: RouteTable) {
        routes.get("/a/:agency", .agencyReader) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            guard scope.year != nil else {
                return PageResponse.html(DashboardPage.empty(scope: scope, context: context))
            }
            let plan = try await scope.plan(environment)
            let progress = try await environment.repositories.plans.fetchProgress(agency: scope.agency.id, year: plan.year.planYear)
            let criteria = try environment.catalog.criteria(for: plan.year.assessedYear)
            let card = try IndicatorScorer.scoreCard(indicators: plan.year.result.indicators, criteria: criteria)
            let standings = MeasureStanding.standings(plan: plan, progress: progress, today: ThaiDate(environment.now()))
            let page = DashboardPage(scope: scope, context: context, plan: plan, card: card, criteria: criteria, standings: standings)
            return PageResponse.html(page.render())
        }
    }
}
