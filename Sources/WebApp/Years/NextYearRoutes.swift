import Foundation
import Hummingbird
import Workbench

/// เริ่มปีงบประมาณถัดไป: the button on the results page, and the years API.
struct NextYearRoutes {
    let environment: WebEnvironment

    func register(on routes: RouteTable) {
        routes.post("/a/:agency/years/next", .planEditor) { request, context in
            let scope = try await AgencyScope.resolve(request, context, environment)
            try scope.requireEditPlan()
            let form = try await FormData.read(request, limit: 16 * 1024)
            try CSRF.check(form, identity: scope.identity)
            guard let year = scope.year else { throw WebError(.notFound, field: "year", th: "ยังไม่มีแผนปีใดให้เริ่มต่อ", en: "there is no plan year to start from") }
            let next = try await NextYearStart.start(
                from: year, agency: scope.agency, environment: environment, actor: scope.identity.actor(at: environment.now()))
            return PageResponse.redirect("\(scope.base)/results?year=\(next.year.planYear)&started=\(year)")
        }
        YearsAPIRoutes(environment: environment).register(on: routes)
    }
}
