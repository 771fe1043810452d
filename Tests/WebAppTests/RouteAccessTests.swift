import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import WebApp

/// Role × route: every registered route, called by six people, answers as its declared access rule says.
/// Another agency's coordinator gets 403 (not 404) for an agency that exists: agency names are public,
/// so hiding them gains nothing, and a plain "not allowed" is clearer to a clerk who followed a wrong link.
@Suite struct RouteAccessTests {
    typealias Caller = RoleMatrixFixture.Caller

    enum Outcome: String {
        case allowed, forbidden, signInRequired
    }

    /// What the access rule promises each caller. `ownDivision` says whether the `:measure` of the
    /// call names the division head's division (always true for routes without a measure).
    static func expected(_ access: RouteAccess, _ caller: Caller, ownDivision: Bool = true) -> Outcome {
        if access == .anyone { return .allowed }
        if caller == .anonymous { return .signInRequired }
        switch access {
        case .anyone, .signedIn: return .allowed
        case .agencyReader: return caller == .otherCoordinator ? .forbidden : .allowed
        case .planEditor: return [.coordinator, .administrator].contains(caller) ? .allowed : .forbidden
        case .measureWorker:
            if caller == .divisionHead { return ownDivision ? .allowed : .forbidden }
            return [.coordinator, .administrator].contains(caller) ? .allowed : .forbidden
        case .administrator: return caller == .administrator ? .allowed : .forbidden
        }
    }

    /// Routes open to anyone that answer 401 themselves: the matrix sends empty credentials.
    static let answerWrongCredentialsWith401: Set<String> = ["POST /login"]

    @Test(arguments: RoleMatrixRoutes.all)
    func everyCallerGetsWhatTheDeclaredAccessPromises(route: MatrixRoute) async throws {
        try await RoleMatrixFixture.run { fixture in
            // Refused callers go first, so that an allowed write cannot change what they would see.
            if route.access == .measureWorker, route.parameters.contains("measure") {
                let response = try await fixture.call(route, as: .divisionHead, measure: fixture.foreignMeasure)
                Self.check(response, .forbidden, route, "divisionHead on a measure of another division")
            }
            for caller in Caller.allCases {
                let response = try await fixture.call(route, as: caller)
                Self.check(response, Self.expected(route.access, caller), route, caller.rawValue)
            }
        }
    }

    @Test(arguments: RoleMatrixRoutes.writes.filter { !RouteAccessTests.createSessions.contains($0.key) })
    func everyWriteRefusesACookieSessionWithoutItsCSRFToken(route: MatrixRoute) async throws {
        try await RoleMatrixFixture.run { fixture in
            // The administrator may call every route, so a refusal here can only be the missing token.
            let response = try await fixture.call(route, as: .administrator, withCSRF: false)
            #expect(response.status == .forbidden, "\(route.key) without a CSRF token answered \(response.status)")
            #expect(response.text.contains("_csrf"), "\(route.key) refused, but not for the CSRF token: \(response.text.prefix(300))")
        }
    }

    /// Writes that start a session rather than act in one: there is no token to send yet.
    static let createSessions: Set<String> = ["POST /login", "POST /api/v1/session"]

    static func check(_ response: TestResponse, _ outcome: Outcome, _ route: MatrixRoute, _ who: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let status = response.status
        let location = response.headers[.location] ?? ""
        let said = "\(route.key) [\(route.access.rawValue)] as \(who) → \(status.code) \(location) \(response.text.prefix(200))"
        switch outcome {
        case .signInRequired where route.isAPI:
            #expect(status == .unauthorized, "expected 401: \(said)", sourceLocation: sourceLocation)
        case .signInRequired:
            #expect(status == .seeOther && location == "/login", "expected 303 to /login: \(said)", sourceLocation: sourceLocation)
        case .forbidden:
            #expect(status == .forbidden, "expected 403: \(said)", sourceLocation: sourceLocation)
        case .allowed:
            #expect(status != .forbidden, "expected to be allowed: \(said)", sourceLocation: sourceLocation)
            if !answerWrongCredentialsWith401.contains(route.key) {
                #expect(status != .unauthorized, "expected to be allowed: \(said)", sourceLocation: sourceLocation)
            }
            if route.access != .anyone, !route.isAPI, status == .seeOther {
                #expect(location != "/login" && location != "/password", "expected to be allowed: \(said)", sourceLocation: sourceLocation)
            }
        }
    }
}
