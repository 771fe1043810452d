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
            let today = ThaiDate(environment.now())
            let user = scope.user
            // The whole page for this session: people reload their dashboard often. Its key names the
            // session, what the header shows of the user, the language, the year and the day.
            let pageKey = "dashboard|\(scope.identity.session.tokenHash)|\(user.role.rawValue)|\(user.displayName)|"
                + "\(scope.year!)|\(context.language.rawValue)|\(today.iso8601)"
            let page = try await environment.cachedPage(agency: scope.agency.id, key: pageKey) {
                // Everything below the header depends only on the agency's data, the year, the
                // language, whether the reader may edit, and the day (for what is overdue).
                let key = "dashboard|\(scope.year!)|\(context.language.rawValue)|\(scope.canEditPlan)|\(today.iso8601)"
                let content = try await environment.cachedPart(agency: scope.agency.id, key: key) {
                    let plan = try await scope.plan(environment)
                    let progress = try await environment.repositories.plans.fetchProgress(agency: scope.agency.id, year: plan.year.planYear)
                    let criteria = try environment.catalog.criteria(for: plan.year.assessedYear)
                    let card = try IndicatorScorer.scoreCard(indicators: plan.year.result.indicators, criteria: criteria)
                    let standings = MeasureStanding.standings(plan: plan, progress: progress, today: today)
                    return DashboardPage(
                        scope: scope, context: context, plan: plan, card: card, criteria: criteria, standings: standings,
                        today: today, calendarCriteria: environment.catalog.years[plan.year.planYear])
                        .content()
                }
                let layout = scope.layout(context, .dashboard, path: "\(scope.base)\(scope.yearQuery)")
                return layout.page(title: context.language("ภาพรวม", "Overview"), content)
            }
            return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: page))
        }
    }
}
