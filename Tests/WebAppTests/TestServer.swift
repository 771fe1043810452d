import Bootstrap
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Storage
import WebApp
import Workbench

/// The real app on a fresh SQLite file in a temporary folder, built by the same function as `serve`.
enum TestServer {
    struct Instance {
        var repositories: Repositories
        var administratorPassword: String
        var dataDirectory: URL
    }

    static func configuration(_ directory: URL) -> ServerConfiguration {
        var configuration = ServerConfiguration(
            host: "127.0.0.1", port: 0, dataDirectory: directory.path, bcryptCost: 4, seedExample: true)
        // The fake agency website of the disclosure tests listens on 127.0.0.1 (AgencyWebsite).
        configuration.linkCheckAllowsLoopbackForTests = true
        return configuration
    }

    /// Runs `body` against the app in process (no socket), with a fresh data folder.
    static func run(_ body: @Sendable (Instance, Browser) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("prongsai-web-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let built = try await ProngsaiServer.buildApplication(configuration: configuration(directory))
        let instance = Instance(
            repositories: built.repositories, administratorPassword: built.firstStart.administratorPassword ?? "",
            dataDirectory: directory)
        try await built.application.test(.router) { client in
            try await body(instance, Browser(client: client))
        }
    }
}

/// A tiny browser over the test client: keeps cookies, fills in CSRF tokens, follows nothing by itself.
final class Browser: @unchecked Sendable {
    let client: any TestClientProtocol
    private(set) var cookies: [String: String] = [:]

    init(client: any TestClientProtocol) {
        self.client = client
    }

    @discardableResult
    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await send(uri, method: .get, headers: headers, body: nil)
    }

    /// Posts a urlencoded form; `_csrf` is added from the last page that had one unless given.
    @discardableResult
    func post(_ uri: String, form: [(String, String)], csrf: String? = nil) async throws -> TestResponse {
        var fields = form
        if let token = csrf ?? lastCSRF, !form.contains(where: { $0.0 == "_csrf" }) { fields.append(("_csrf", token)) }
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(
            uri, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: body))
    }

    /// Posts a multipart form with files.
    @discardableResult
    func postMultipart(_ uri: String, fields: [(String, String)], files: [(field: String, name: String, type: String, data: Data)]) async throws -> TestResponse {
        let boundary = "----prongsai\(UUID().uuidString)"
        var body = Data()
        var all = fields
        if let token = lastCSRF, !fields.contains(where: { $0.0 == "_csrf" }) { all.append(("_csrf", token)) }
        for (name, value) in all {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        for file in files {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\nContent-Type: \(file.type)\r\n\r\n".utf8))
            body.append(file.data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return try await send(
            uri, method: .post, headers: [.contentType: "multipart/form-data; boundary=\(boundary)"],
            body: ByteBuffer(bytes: body))
    }

    private(set) var lastCSRF: String?

    func send(_ uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?) async throws -> TestResponse {
        var headers = headers
        if !cookies.isEmpty {
            headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ")
        }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
        for field in response.headers[values: .setCookie] {
            let pair = field.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let value = String(pair[1])
            if value.isEmpty || field.contains("Max-Age=0") { cookies[String(pair[0])] = nil } else { cookies[String(pair[0])] = value }
        }
        let text = String(buffer: response.body)
        if let match = text.firstMatch(of: /name="_csrf" value="([^"]+)"/) { lastCSRF = String(match.1) }
        return response
    }

    /// Signs in and, for a one-time password, sets `newPassword`.
    func signIn(_ username: String, _ password: String, newPassword: String? = nil) async throws {
        let response = try await submitLogin(username, password)
        guard response.status == .seeOther else { throw TestFailure("sign-in as \(username) answered \(response.status)") }
        if response.headers[.location] == "/password", let newPassword {
            try await get("/password")
            let changed = try await post("/password", form: [("current", password), ("new", newPassword), ("repeat", newPassword)])
            guard changed.status == .seeOther else { throw TestFailure("password change answered \(changed.status): \(String(buffer: changed.body))") }
        }
    }

    /// Opens the sign-in form (which gives its pre-session token and cookie) and submits it.
    @discardableResult
    func submitLogin(_ username: String, _ password: String) async throws -> TestResponse {
        try await get("/login")
        return try await post("/login", form: [("username", username), ("password", password)])
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
