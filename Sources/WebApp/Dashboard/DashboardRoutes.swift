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
            // Criteria versions are not agency data: the key names the versions saved and the one recorded.
            let use = try await CriteriaVersionNotice.recordedUse(environment, agency: scope.agency.id, planYear: scope.year!)
            let criteriaKey = CriteriaVersionNotice.cacheKey(environment.criteriaLibrary, use: use)
            // The whole page for this session: people reload their dashboard often. Its key names the
            // session, what the header shows of the user, the language, the year and the day.
            let pageKey = "dashboard|\(scope.identity.session.tokenHash)|\(user.role.rawValue)|\(user.displayName)|"
                + "\(scope.year!)|\(context.language.rawValue)|\(today.iso8601)|\(criteriaKey)"
            let page = try await environment.cachedPage(agency: scope.agency.id, key: pageKey) {
                // Everything below the header depends only on the agency's data, the year, the
                // language, whether the reader may edit, and the day (for what is overdue).
                // The notice of newer criteria carries the session's form token, so a page with it is this session's own.
                let owner = use.map { environment.criteriaLibrary.latestVersion(of: $0.fiscalYear) > $0.version } == true
                    ? "|\(scope.identity.session.tokenHash)" : ""
                let key = "dashboard|\(scope.year!)|\(context.language.rawValue)|\(scope.canEditPlan)|\(today.iso8601)|\(criteriaKey)\(owner)"
                let content = try await environment.cachedPart(agency: scope.agency.id, key: key) {
                    let plan = try await scope.plan(environment)
                    let progress = try await environment.repositories.plans.fetchProgress(agency: scope.agency.id, year: plan.year.planYear)
                    // Scored with the version recorded for the plan; the notice says what a newer one changed.
                    // A result replaced without recording a use may have moved the plan to another year.
                    let recorded = try await environment.criteria(for: plan).flatMap { $0.fiscalYear == plan.year.assessedYear ? $0 : nil }
                    let criteria = try recorded ?? environment.catalog.criteria(for: plan.year.assessedYear)
                    let notice = CriteriaVersionNotice(use: use, plan: plan, library: environment.criteriaLibrary)
                    let card = try IndicatorScorer.scoreCard(indicators: plan.year.result.indicators, criteria: criteria)
                    let standings = MeasureStanding.standings(plan: plan, progress: progress, today: today)
                    return DashboardPage(
                        scope: scope, context: context, plan: plan, card: card, criteria: criteria, standings: standings,
                        today: today, calendarCriteria: environment.catalog.years[plan.year.planYear], criteriaNotice: notice)
                        .content()
                }
                let layout = scope.layout(context, .dashboard, path: "\(scope.base)\(scope.yearQuery)")
                return layout.page(title: context.language("ภาพรวม", "Overview"), content)
            }
            return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: page))
        }
        CriteriaAdoptRoute(environment: environment).register(on: routes)
    }
}
