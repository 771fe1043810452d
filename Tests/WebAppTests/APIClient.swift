import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import WebApp

/// A script's view of the API in tests: a bearer token and JSON in, JSON out.
struct APIClient: Sendable {
    let client: any TestClientProtocol
    let token: String

    /// Signs in with `POST /api/v1/session`; anything but 200 is a test failure.
    static func signIn(_ client: any TestClientProtocol, _ username: String, _ password: String) async throws -> APIClient {
        let response = try await post(client, "/api/v1/session", ["username": username, "password": password])
        guard response.status == .ok, let token = try JSONAnswer(response)["token"] as? String else {
            throw TestFailure("API sign-in as \(username) answered \(response.status): \(response.text)")
        }
        return APIClient(client: client, token: token)
    }

    static func post(_ client: any TestClientProtocol, _ uri: String, _ json: [String: String]) async throws -> TestResponse {
        try await client.execute(
            uri: uri, method: .post, headers: [.contentType: "application/json"],
            body: ByteBuffer(bytes: try JSONEncoder().encode(json)))
    }

    @discardableResult
    func send(_ uri: String, _ method: HTTPRequest.Method, json: [String: String]? = nil) async throws -> TestResponse {
        try await send(uri, method, raw: try json.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) })
    }

    @discardableResult
    func send(_ uri: String, _ method: HTTPRequest.Method, raw: String?) async throws -> TestResponse {
        var headers: HTTPFields = [.authorization: "Bearer \(token)"]
        if raw != nil { headers[.contentType] = "application/json" }
        return try await client.execute(uri: uri, method: method, headers: headers, body: raw.map { ByteBuffer(string: $0) })
    }
}

/// A JSON answer read loosely, as a script would.
struct JSONAnswer {
    let object: [String: Any]

    init(_ response: TestResponse) throws {
        guard let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] else {
            throw TestFailure("not a JSON object: \(response.text)")
        }
        self.object = object
    }

    subscript(_ key: String) -> Any? { object[key] }

    /// `answer.at("user", "username")`
    func at(_ path: String...) -> Any? {
        var value: Any? = object
        for key in path { value = (value as? [String: Any])?[key] }
        return value
    }
}

/// The SHA-256 under which sessions are stored.
enum SHA256Hex {
    static func of(_ token: String) -> String { SessionTokens.hash(token) }
}
