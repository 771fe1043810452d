import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WebApp

/// Bearer sessions: sign in, who am I, change the password, sign out.
@Suite struct APISessionTests {
    @Test func signingInGivesATokenThatWorksAsBearer() async throws {
        try await RoleMatrixFixture.run { fixture in
            let response = try await APIClient.post(fixture.client, "/api/v1/session", ["username": "M-Coordinator", "password": RoleMatrixFixture.password])
            #expect(response.status == .ok)
            let answer = try JSONAnswer(response)
            let token = try #require(answer["token"] as? String)
            #expect(answer["mustChangePassword"] as? Bool == false)
            #expect(answer["expiresAt"] is String)
            #expect(answer.at("user", "username") as? String == "m-coordinator")
            #expect(answer.at("user", "role") as? String == "coordinator")
            #expect(answer.at("user", "agency") as? String == "thapkhlo")
            #expect(answer.at("user", "displayName") as? String == "ผู้ทดสอบ m-coordinator")
            #expect(!response.text.contains("passwordHash") && !response.text.contains("$2"))
            // Stored like a browser session: by its hash.
            #expect(try await fixture.repositories.users.fetchSession(tokenHash: SHA256Hex.of(token)) != nil)
            #expect(response.headers[values: .setCookie].isEmpty, "the API sets no cookie")

            let me = try await APIClient(client: fixture.client, token: token).send("/api/v1/me", .get)
            #expect(me.status == .ok)
            #expect(try JSONAnswer(me).at("user", "username") as? String == "m-coordinator")
            #expect(try JSONAnswer(me)["token"] == nil, "the token is shown only when signing in")
        }
    }

    @Test func wrongCredentialsAre401JSONAndMissingFieldsAreNamed() async throws {
        try await RoleMatrixFixture.run { fixture in
            for body in [["username": "m-coordinator", "password": "not-it-at-all"], ["username": "nobody", "password": "whatever-123"]] {
                let response = try await APIClient.post(fixture.client, "/api/v1/session", body)
                #expect(response.status == .unauthorized)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                #expect(try JSONAnswer(response)["error"] as? String == "the username or password is wrong")
                #expect(try JSONAnswer(response)["token"] == nil)
            }
            let missing = try await APIClient.post(fixture.client, "/api/v1/session", ["username": "m-coordinator"])
            #expect(missing.status == .badRequest)
            #expect(try JSONAnswer(missing)["field"] as? String == "password")
            let malformed = try await fixture.client.execute(
                uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: "{\"username\": 5}"))
            #expect(malformed.status == .badRequest)
            #expect(try JSONAnswer(malformed)["field"] as? String == "username")
            let anonymous = try await fixture.client.execute(uri: "/api/v1/me", method: .get, headers: [:], body: nil)
            #expect(anonymous.status == .unauthorized)
            #expect(try JSONAnswer(anonymous)["error"] as? String == "please sign in")
        }
    }

    @Test func signingOutEndsTheToken() async throws {
        try await RoleMatrixFixture.run { fixture in
            let api = try await APIClient.signIn(fixture.client, "m-viewer", RoleMatrixFixture.password)
            #expect(try await api.send("/api/v1/session", .delete).status == .noContent)
            #expect(try await api.send("/api/v1/me", .get).status == .unauthorized)
            #expect(try await fixture.repositories.users.fetchSession(tokenHash: SHA256Hex.of(api.token)) == nil)
        }
    }

    @Test func aOneTimePasswordMustBeChangedFirstAndTheChangeEndsOtherSessions() async throws {
        try await RoleMatrixFixture.run { fixture in
            let first = try await APIClient.signIn(fixture.client, "admin", fixture.administratorPassword)
            let second = try await APIClient.signIn(fixture.client, "admin", fixture.administratorPassword)
            #expect(try await first.send("/api/v1/me", .get).status == .forbidden)
            let weak = try await first.send("/api/v1/password", .post, json: ["current": fixture.administratorPassword, "new": "short"])
            #expect(weak.status == .badRequest)
            #expect(try JSONAnswer(weak)["field"] as? String == "new")
            let wrong = try await first.send("/api/v1/password", .post, json: ["current": "not-the-one", "new": "ทับคล้อ-ผู้ดูแล-2567"])
            #expect(wrong.status == .badRequest)
            #expect(try JSONAnswer(wrong)["field"] as? String == "current")
            let changed = try await first.send("/api/v1/password", .post, json: ["current": fixture.administratorPassword, "new": "ทับคล้อ-ผู้ดูแล-2567"])
            #expect(changed.status == .ok)
            #expect(try JSONAnswer(changed).at("user", "mustChangePassword") as? Bool == false)
            let me = try await first.send("/api/v1/me", .get)
            #expect(me.status == .ok, "this session goes on")
            #expect(try JSONAnswer(me)["mustChangePassword"] as? Bool == false)
            #expect(try await second.send("/api/v1/me", .get).status == .unauthorized, "the other session ended")
            _ = try await APIClient.signIn(fixture.client, "admin", "ทับคล้อ-ผู้ดูแล-2567")
        }
    }

    @Test func aCookieSessionMustSendItsCSRFTokenToWrite() async throws {
        try await RoleMatrixFixture.run { fixture in
            let session = try #require(try await fixture.session(for: .viewer))
            let cookie = "prongsai_session=\(session.token)"
            let body = ByteBuffer(string: "{\"current\": \"\(RoleMatrixFixture.password)\", \"new\": \"viewer-renewed-2567\"}")
            let refused = try await fixture.client.execute(
                uri: "/api/v1/password", method: .post, headers: [.cookie: cookie, .contentType: "application/json"], body: body)
            #expect(refused.status == .forbidden)
            #expect(try JSONAnswer(refused)["field"] as? String == "_csrf")
            let read = try await fixture.client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: cookie], body: nil)
            #expect(read.status == .ok, "reads need no token")
            let accepted = try await fixture.client.execute(
                uri: "/api/v1/password", method: .post,
                headers: [.cookie: cookie, .contentType: "application/json", HTTPField.Name("X-CSRF-Token")!: session.csrf], body: body)
            #expect(accepted.status == .ok)
        }
    }
}
