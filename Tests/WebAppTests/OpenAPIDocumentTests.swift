import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import WebApp

/// The served OpenAPI document describes exactly the `/api/` routes of the route table, with their
/// access rules, and is valid OpenAPI 3.1.
@Suite struct OpenAPIDocumentTests {
    /// "POST /api/v1/agencies/{agency}/users" for every operation of a document's paths.
    static func operations(of document: [String: Any]) -> [String: [String: Any]] {
        var found: [String: [String: Any]] = [:]
        for (path, item) in document["paths"] as? [String: [String: Any]] ?? [:] {
            for (method, operation) in item {
                if let operation = operation as? [String: Any] { found["\(method.uppercased()) \(path)"] = operation }
            }
        }
        return found
    }

    static func templated(_ route: MatrixRoute) -> String {
        "\(route.method.rawValue) \(RoutePath.templated(route.path))"
    }

    static func served(_ fixture: RoleMatrixFixture) async throws -> [String: Any] {
        let response = try await fixture.client.execute(uri: "/openapi.json", method: .get, headers: [:], body: nil)
        #expect(response.status == .ok)
        #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
        return try JSONAnswer(response).object
    }

    @Test func everyAPIRouteIsDescribedAndNothingElse() async throws {
        try await RoleMatrixFixture.run { fixture in
            let document = try await Self.served(fixture)
            #expect(document["openapi"] as? String == "3.1.0")
            let described = Set(Self.operations(of: document).keys)
            let routes = Set(RoleMatrixRoutes.api.map(Self.templated))
            for missing in routes.subtracting(described).sorted() {
                Issue.record("\(missing) has no operation: add one to OpenAPICatalog (Sources/WebApp/API/OpenAPICatalog*.swift)")
            }
            for extra in described.subtracting(routes).sorted() {
                Issue.record("\(extra) is described but not registered")
            }
        }
    }

    @Test func eachOperationStatesTheRoutesAccessAndSecurity() async throws {
        try await RoleMatrixFixture.run { fixture in
            let operations = Self.operations(of: try await Self.served(fixture))
            for route in RoleMatrixRoutes.api {
                guard let operation = operations[Self.templated(route)] else { continue }
                #expect(operation["x-prongsai-access"] as? String == route.access.rawValue, "\(route.key)")
                let security = operation["security"] as? [[String: Any]]
                if route.access == .anyone {
                    #expect(security?.isEmpty == true, "\(route.key) needs no sign-in")
                } else if route.isWrite {
                    #expect(security?.contains { $0.keys.sorted() == ["cookieAuth", "csrfToken"] } == true, "\(route.key): cookie writes need the CSRF header")
                    #expect(security?.contains { $0.keys.sorted() == ["bearerAuth"] } == true, "\(route.key)")
                }
                let parameters = (operation["parameters"] as? [[String: Any]] ?? []).filter { $0["in"] as? String == "path" }
                #expect(Set(parameters.compactMap { $0["name"] as? String }) == Set(route.parameters), "\(route.key) path parameters")
                let responses = operation["responses"] as? [String: Any] ?? [:]
                if route.access != .anyone { #expect(responses["401"] != nil && responses["403"] != nil, "\(route.key) refusals") }
            }
        }
    }

    @Test func theDocumentDeclaresBothWaysToAuthenticate() async throws {
        try await RoleMatrixFixture.run { fixture in
            let document = try await Self.served(fixture)
            let schemes = (document["components"] as? [String: Any])?["securitySchemes"] as? [String: [String: Any]]
            #expect(schemes?["bearerAuth"]?["scheme"] as? String == "bearer")
            #expect(schemes?["cookieAuth"]?["in"] as? String == "cookie")
            #expect(schemes?["csrfToken"]?["name"] as? String == "X-CSRF-Token")
        }
    }

    @Test func operationIDsAreUniqueAndReferencesResolve() throws {
        let catalog = OpenAPICatalog.operations
        #expect(Set(catalog.map(\.id)).count == catalog.count, "operation ids are unique")
        #expect(Set(catalog.map { "\($0.method.rawValue) \($0.path)" }).count == catalog.count, "one operation per route")
        let text = try Self.encoded(OpenAPIDocument(operations: catalog))
        let names = Set(OpenAPISchemas.all.keys)
        for match in text.matches(of: /"#\/components\/schemas\/([A-Za-z]+)"/) {
            #expect(names.contains(String(match.1)), "\(match.1) is referred to but not defined")
        }
    }

    /// Both the served document and the whole catalog (routes still to come included) must validate.
    @Test func theDocumentIsValidOpenAPI31() async throws {
        guard let python = OpenAPIValidator.available() else {
            if OpenAPIValidator.required {
                Issue.record("PRONGSAI_REQUIRE_TOOLS=1 but Python's openapi-spec-validator is missing (pip install openapi-spec-validator)")
            }
            return
        }
        try await RoleMatrixFixture.run { fixture in
            let response = try await fixture.client.execute(uri: "/openapi.json", method: .get, headers: [:], body: nil)
            let served = String(buffer: response.body)
            let whole = try Self.encoded(OpenAPIDocument(operations: OpenAPICatalog.operations))
            for (name, text) in [("served", served), ("catalog", whole)] {
                let problem = try OpenAPIValidator.validate(text, python: python)
                #expect(problem == nil, "the \(name) document is not valid: \(problem ?? "")")
            }
        }
    }

    static func encoded(_ document: OpenAPIDocument) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document.json), as: UTF8.self)
    }
}
