import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WebApp

/// Secrets stay secret: not in the logs, not in clear in the database; ended and expired sessions
/// stop working; every kind of answer carries the security headers.
@Suite struct SecurityTests {
    static let coordinatorNewPassword = "ทับคล้อ-ใหม่-2567"

    @Test func logsHoldNoPasswordSessionTokenOrCSRFToken() async throws {
        let capture = SecurityLogCapture()
        try await RoleMatrixFixture.run(logger: capture.logger()) { fixture in
            var secrets: [String: String] = ["password": RoleMatrixFixture.password, "new password": Self.coordinatorNewPassword]
            let browser = Browser(client: fixture.client)
            try await browser.submitLogin("m-coordinator", "wrong-guess-123")
            try await browser.signIn("m-coordinator", RoleMatrixFixture.password)
            secrets["first session token"] = browser.cookies["prongsai_session"]
            try await browser.get("/password")
            secrets["first CSRF token"] = browser.lastCSRF
            let changed = try await browser.post("/password", form: [
                ("current", RoleMatrixFixture.password), ("new", Self.coordinatorNewPassword), ("repeat", Self.coordinatorNewPassword),
            ])
            #expect(changed.status == .seeOther)
            secrets["second session token"] = browser.cookies["prongsai_session"]
            try await browser.get("/a/thapkhlo")
            secrets["second CSRF token"] = browser.lastCSRF
            let api = try await APIClient.signIn(fixture.client, "m-viewer", RoleMatrixFixture.password)
            secrets["API token"] = api.token
            try await api.send("/api/v1/password", .post, json: ["current": RoleMatrixFixture.password, "new": "viewer-new-2567x"])
            secrets["API new password"] = "viewer-new-2567x"
            try await api.send("/api/v1/me", .get)
            let administrator = try await APIClient.signIn(fixture.client, "m-admin", RoleMatrixFixture.password)
            let created = try await administrator.send("/api/v1/users", .post, json: [
                "username": "logged.viewer", "displayName": "ผู้ดู", "role": "viewer", "agency": "thapkhlo",
            ])
            secrets["one-time password"] = try JSONAnswer(created)["oneTimePassword"] as? String
            let reset = try await administrator.send("/api/v1/users/logged.viewer/reset", .post)
            secrets["second one-time password"] = try JSONAnswer(reset)["oneTimePassword"] as? String
            #expect(secrets.count == 10)
            try await browser.post("/logout", form: [])

            let lines = capture.captured
            #expect(lines.contains { $0.contains("request") }, "the request log was captured")
            for (name, secret) in secrets {
                let leaks = lines.filter { $0.contains(secret) }
                #expect(leaks.isEmpty, "the \(name) appears in the log: \(leaks.first ?? "")")
            }
        }
    }

    @Test func sessionTokensAndOneTimePasswordsAreNotStoredInClear() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = Browser(client: fixture.client)
            try await browser.signIn("m-coordinator", RoleMatrixFixture.password)
            let cookie = try #require(browser.cookies["prongsai_session"])
            let api = try await APIClient.signIn(fixture.client, "m-admin", RoleMatrixFixture.password)
            let created = try await api.send("/api/v1/users", .post, json: [
                "username": "stored.viewer", "displayName": "ผู้ดู", "role": "viewer", "agency": "thapkhlo",
            ])
            let oneTimePassword = try #require(try JSONAnswer(created)["oneTimePassword"] as? String)
            let bytes = try Self.databaseBytes(fixture.dataDirectory)
            for token in [cookie, api.token] {
                #expect(bytes.range(of: Data(token.utf8)) == nil, "a session token is in the database in clear")
                #expect(bytes.range(of: Data(SHA256Hex.of(token).utf8)) != nil, "its SHA-256 is what is stored")
            }
            #expect(bytes.range(of: Data(oneTimePassword.utf8)) == nil, "the one-time password is in the database in clear")
            #expect(bytes.range(of: Data("stored.viewer".utf8)) != nil, "the account itself was stored")
        }
    }

    @Test func passwordHashesAreBcrypt() async throws {
        try await RoleMatrixFixture.run { fixture in
            let created = try await APIClient.signIn(fixture.client, "m-admin", RoleMatrixFixture.password)
            let issued = try await created.send("/api/v1/users", .post, json: [
                "username": "new.viewer", "displayName": "ผู้ดูใหม่", "role": "viewer", "agency": "thapkhlo",
            ])
            #expect(issued.status == .created)
            var all = try await fixture.repositories.users.fetchUsers(agency: nil)
            all += try await fixture.repositories.users.fetchUsers(agency: fixture.agency.id)
            #expect(all.count >= 6)
            for user in all {
                // bcrypt of the pre-hashed password (see PasswordHasher).
                #expect(user.passwordHash.hasPrefix("sha256:$2"), "\(user.username)'s hash is not bcrypt")
            }
        }
    }

    @Test func aSignedOutSessionNoLongerWorks() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = Browser(client: fixture.client)
            try await browser.signIn("m-coordinator", RoleMatrixFixture.password)
            let token = try #require(browser.cookies["prongsai_session"])
            try await browser.get("/a/thapkhlo")
            #expect(try await browser.post("/logout", form: []).status == .seeOther)
            let page = try await fixture.client.execute(
                uri: "/a/thapkhlo", method: .get, headers: [.cookie: "prongsai_session=\(token)"], body: nil)
            #expect(page.status == .seeOther && page.headers[.location] == "/login")
            let api = try await fixture.client.execute(
                uri: "/api/v1/me", method: .get, headers: [.authorization: "Bearer \(token)"], body: nil)
            #expect(api.status == .unauthorized)
        }
    }

    @Test func aSessionPastItsExpiryIsRefused() async throws {
        let clock = TestClock()
        try await RoleMatrixFixture.run(now: clock.reading) { fixture in
            let browser = Browser(client: fixture.client)
            try await browser.signIn("m-coordinator", RoleMatrixFixture.password)
            let api = try await APIClient.signIn(fixture.client, "m-viewer", RoleMatrixFixture.password)
            #expect(try await browser.get("/a/thapkhlo").status == .ok)
            #expect(try await api.send("/api/v1/me", .get).status == .ok)
            clock.advance(by: 8 * 3600 - 60)
            #expect(try await browser.get("/a/thapkhlo").status == .ok, "still inside the 8 hours")
            clock.advance(by: 120)
            let page = try await browser.get("/a/thapkhlo")
            #expect(page.status == .seeOther && page.headers[.location] == "/login")
            #expect(try await api.send("/api/v1/me", .get).status == .unauthorized)
        }
    }

    @Test func pagesAPIAndErrorsCarryTheSecurityHeaders() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = Browser(client: fixture.client)
            try await browser.signIn("m-admin", RoleMatrixFixture.password)
            let api = try await APIClient.signIn(fixture.client, "m-coordinator", RoleMatrixFixture.password)
            var responses: [(String, TestResponse)] = []
            for path in ["/admin", "/admin/users", "/a/thapkhlo/users", "/a/nowhere", "/openapi.json"] {
                responses.append(("page \(path)", try await browser.get(path)))
            }
            responses.append(("refused form", try await browser.post("/admin/agencies", form: [("slug", "x")])))
            responses.append(("API answer", try await api.send("/api/v1/me", .get)))
            responses.append(("API refusal", try await api.send("/api/v1/users", .get)))
            responses.append(("API bad input", try await api.send("/api/v1/agencies/thapkhlo/users", .post, json: [:])))
            responses.append(("API without sign-in", try await fixture.client.execute(uri: "/api/v1/me", method: .get, headers: [:], body: nil)))
            responses.append(("API unknown path", try await api.send("/api/v1/nowhere", .get)))
            for (what, response) in responses {
                #expect(response.headers[HTTPField.Name("Content-Security-Policy")!]?.contains("default-src 'self'") == true, "\(what)")
                #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY", "\(what)")
                #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff", "\(what)")
            }
            // A one-time password must not stay in a cache.
            let issued = try await browser.post("/admin/users", form: [
                ("username", "cached.viewer"), ("displayName", "ผู้ดู"), ("role", "viewer"), ("agency", "thapkhlo"),
            ])
            #expect(issued.status == .created)
            #expect(issued.headers[.cacheControl] == "no-store")
        }
    }

    /// The SQLite file with its write-ahead log, where fresh writes live until a checkpoint.
    static func databaseBytes(_ directory: URL) throws -> Data {
        var bytes = Data()
        for suffix in ["", "-wal", "-shm"] {
            let url = directory.appendingPathComponent("prongsai.sqlite\(suffix)")
            if let data = try? Data(contentsOf: url) { bytes.append(data) }
        }
        #expect(bytes.count > 4096, "the database file was found")
        return bytes
    }
}
