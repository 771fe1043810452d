import Testing
import WebApp

/// The declarations themselves: key routes must carry the rule written here, and every route must
/// fit the few policy rules that follow from its path. A wrong declaration would otherwise make the
/// matrix test check the wrong thing and pass.
@Suite struct RouteAccessDeclarationTests {
    /// Routes of the foundation and of administration, sessions and the API description: all must exist.
    static let required: [String: RouteAccess] = [
        "GET /": .anyone, "GET /login": .anyone, "POST /login": .anyone, "POST /logout": .anyone,
        "GET /health": .anyone, "GET /metrics": .anyone, "GET /openapi.json": .anyone,
        "GET /password": .signedIn, "POST /password": .signedIn,
        "GET /a/:agency": .agencyReader,
        "GET /admin": .administrator, "POST /admin/agencies": .administrator,
        "GET /admin/users": .administrator, "POST /admin/users": .administrator,
        "POST /admin/users/:user/reset": .administrator, "POST /admin/users/:user/deactivate": .administrator,
        "POST /admin/users/:user/activate": .administrator,
        "GET /admin/criteria": .administrator, "POST /admin/criteria/files": .administrator,
        "POST /admin/criteria/derivations": .administrator, "GET /admin/criteria/:year": .administrator,
        "POST /admin/criteria/:year/versions": .administrator,
        "GET /admin/criteria/:year/versions/{version}.json": .administrator,
        "POST /a/:agency/criteria/adopt": .planEditor,
        "GET /a/:agency/users": .planEditor, "POST /a/:agency/users": .planEditor,
        "POST /a/:agency/users/:user/reset": .planEditor, "POST /a/:agency/users/:user/deactivate": .planEditor,
        "POST /a/:agency/users/:user/activate": .planEditor,
        "POST /api/v1/session": .anyone, "DELETE /api/v1/session": .signedIn, "GET /api/v1/me": .signedIn,
        "POST /api/v1/password": .signedIn,
        "GET /api/v1/agencies": .signedIn, "POST /api/v1/agencies": .administrator,
        "GET /api/v1/users": .administrator, "POST /api/v1/users": .administrator,
        "POST /api/v1/users/:user/reset": .administrator,
        "GET /api/v1/agencies/:agency/users": .planEditor, "POST /api/v1/agencies/:agency/users": .planEditor,
        "POST /api/v1/agencies/:agency/users/:user/reset": .planEditor,
    ]

    /// Routes of the other features: checked when they are registered.
    static let whenPresent: [String: RouteAccess] = [
        "GET /a/:agency/results": .agencyReader, "POST /a/:agency/results/preview": .planEditor,
        "POST /a/:agency/results/confirm": .planEditor,
        "GET /a/:agency/analysis": .agencyReader, "POST /a/:agency/analysis": .planEditor,
        "GET /a/:agency/measures": .agencyReader, "POST /a/:agency/years/next": .planEditor,
        "GET /a/:agency/progress": .agencyReader,
        "GET /a/:agency/measures/:measure/progress": .agencyReader,
        "POST /a/:agency/measures/:measure/progress": .measureWorker,
        "GET /a/:agency/evidence/:evidence": .agencyReader,
        "GET /a/:agency/meetings": .agencyReader, "POST /a/:agency/meetings": .planEditor,
        "GET /api/v1/agencies/:agency/years/:year/plan": .agencyReader,
        "PUT /api/v1/agencies/:agency/years/:year/result": .planEditor,
        "POST /api/v1/agencies/:agency/years/:year/import": .planEditor,
        "POST /api/v1/agencies/:agency/years/:year/next": .planEditor,
        "POST /api/v1/agencies/:agency/measures/:measure/progress": .measureWorker,
        "POST /api/v1/agencies/:agency/years/:year/meetings": .planEditor,
    ]

    @Test func keyRoutesCarryTheirRule() {
        let declared = Dictionary(RoleMatrixRoutes.all.map { ($0.key, $0.access) }, uniquingKeysWith: { first, _ in first })
        for (key, access) in Self.required {
            #expect(declared[key] == access, "\(key) is declared \(declared[key]?.rawValue ?? "nowhere"), expected \(access.rawValue)")
        }
        for (key, access) in Self.whenPresent {
            guard let found = declared[key] else { continue }
            #expect(found == access, "\(key) is declared \(found.rawValue), expected \(access.rawValue)")
        }
    }

    @Test func noRouteIsRegisteredTwice() {
        var seen = Set<String>()
        for route in RoleMatrixRoutes.all {
            #expect(seen.insert(route.key).inserted, "\(route.key) is registered twice")
        }
    }

    @Test(arguments: RoleMatrixRoutes.all)
    func everyRouteFitsThePolicyOfItsPath(route: MatrixRoute) {
        let agencyScoped = route.path.hasPrefix("/a/:agency") || route.path.hasPrefix("/api/v1/agencies/:agency")
        if route.path == "/admin" || route.path.hasPrefix("/admin/") {
            #expect(route.access == .administrator, "administration is for administrators")
        }
        if agencyScoped {
            #expect([.agencyReader, .planEditor, .measureWorker].contains(route.access), "an agency's data needs an agency rule")
            if route.isWrite {
                #expect(route.access != .agencyReader, "reading an agency does not allow changing it")
            }
        }
        if route.access == .measureWorker {
            #expect(route.parameters.contains("measure"), "a measure rule needs a :measure to check")
        }
        if route.isAPI, !RouteAccessTests.createSessions.contains(route.key) {
            #expect(route.access != .anyone, "only signing in is open to anyone in the API")
        }
        if route.access == .agencyReader || route.access == .planEditor {
            #expect(route.parameters.contains("agency"), "an agency rule needs an :agency to check")
        }
    }
}
