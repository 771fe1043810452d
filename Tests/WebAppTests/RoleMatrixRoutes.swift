import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp
import Workbench

/// A registered route as a test argument, named "METHOD /path" in the test report.
struct MatrixRoute: Sendable, Hashable, CustomTestStringConvertible {
    var entry: RouteEntry

    var method: HTTPRequest.Method { entry.method }
    var path: String { entry.path }
    var access: RouteAccess { entry.access }
    var isAPI: Bool { path.hasPrefix("/api/") }
    var isWrite: Bool { method != .get && method != .head }
    var key: String { "\(method.rawValue) \(path)" }
    var parameters: [String] { RoutePath.parameters(path) }
    var testDescription: String { key }
}

/// Every route of the app, read from the same function that builds it; the matrix follows this
/// list, so routes added by any feature are covered without touching the tests.
enum RoleMatrixRoutes {
    static let all: [MatrixRoute] = WebApplication.registeredRoutes.map(MatrixRoute.init)

    static var reads: [MatrixRoute] { all.filter { !$0.isWrite } }
    static var writes: [MatrixRoute] { all.filter(\.isWrite) }
    static var api: [MatrixRoute] { all.filter(\.isAPI) }
}

extension RoleMatrixFixture {
    /// The path with every parameter replaced by a real value, or a failure naming the one it cannot fill.
    func uri(for route: MatrixRoute, measure: MeasureRecord? = nil) -> Result<String, TestFailure> {
        RoutePath.filled(route.path) { value(for: $0, measure: measure ?? ownMeasure) }.mapError { missing in
            TestFailure("\(route.key): no value for the parameter \(missing.name); add one to RoleMatrixFixture.value(for:) in RoleMatrixRoutes.swift")
        }
    }

    func value(for parameter: String, measure: MeasureRecord) -> String? {
        switch parameter {
        case "agency": agency.slug
        case "year": String(planYear)
        // Criteria: the bundled version of the year, which every year with criteria has.
        case "version": "0"
        case "measure": measure.id.description
        case "evidence": evidenceID
        case "meeting": meetingID
        case "user": target.username
        case "code": "en"
        case "name": "Sarabun-Regular.ttf"
        // Documents and exports: a format, a table, a meeting's file.
        case "format": "html"
        case "table.csv": "measures.csv"
        case "table": "measures"
        case "file": "\(meetingID).html"
        // OIT disclosure: an item of the year's criteria; a document or submission id that does not exist.
        case "item": "O1"
        case "document", "submission": "00000000-0000-4000-8000-000000000000"
        // Complaints: ids of no case, so every caller gets the same 404 a non-recipient gets.
        case "complaint": "00000000-0000-4000-8000-00000000c0de"
        case "attachment": "00000000-0000-4000-8000-0000000a77ac"
        default: nil
        }
    }

    /// Calls a route as a caller with a fresh session. Writes carry a valid CSRF token unless
    /// `withCSRF` is false: pages in the form, the API in `X-CSRF-Token` (with an empty JSON body).
    func call(_ route: MatrixRoute, as caller: Caller, measure: MeasureRecord? = nil, withCSRF: Bool = true) async throws -> TestResponse {
        let target = try uri(for: route, measure: measure).get()
        var headers: HTTPFields = [:]
        var body: ByteBuffer?
        let credentials = try await session(for: caller)
        if let credentials { headers[.cookie] = "\(SessionMiddleware.cookieName)=\(credentials.token)" }
        if route.isWrite {
            if route.isAPI {
                headers[.contentType] = "application/json"
                if withCSRF, let credentials { headers[.xCSRFToken] = credentials.csrf }
                body = ByteBuffer(string: "{}")
            } else {
                headers[.contentType] = "application/x-www-form-urlencoded"
                body = ByteBuffer(string: withCSRF ? credentials.map { "_csrf=\(Browser.encode($0.csrf))" } ?? "" : "")
            }
        }
        return try await client.execute(uri: target, method: route.method, headers: headers, body: body)
    }
}
