import Foundation
import HTTPTypes
import Testing

@Suite struct SignInTests {
    @Test func firstStartCreatesAnAdministratorWhoMustChangeTheOneTimePassword() async throws {
        try await TestServer.run { server, browser in
            #expect(server.administratorPassword.count == 19)
            #expect(try await browser.get("/").headers[.location] == "/login")
            try await browser.signIn("admin", server.administratorPassword)
            // Until the password is changed, every page leads back to the change form.
            #expect(try await browser.get("/a/thapkhlo").headers[.location] == "/password")
            try await browser.get("/password")
            let weak = try await browser.post("/password", form: [("current", server.administratorPassword), ("new", "short"), ("repeat", "short")])
            #expect(weak.status == .badRequest)
            #expect(weak.text.contains("10"))
            let changed = try await browser.post("/password", form: [
                ("current", server.administratorPassword), ("new", "ทับคล้อ-2566-ok"), ("repeat", "ทับคล้อ-2566-ok"),
            ])
            #expect(changed.status == .seeOther)
            let dashboard = try await browser.get("/a/thapkhlo")
            #expect(dashboard.status == .ok)
            #expect(dashboard.text.contains("id=\"total\">73.35"))
            #expect(dashboard.text.contains("id=\"level\">C"))
            #expect(dashboard.text.contains("id=\"distance\">11.65"))
        }
    }

    @Test func aWrongPasswordIsRefusedWithoutSayingWhichPart() async throws {
        try await TestServer.run { _, browser in
            let response = try await browser.submitLogin("admin", "nope")
            #expect(response.status == .unauthorized)
            #expect(response.text.contains("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"))
            #expect(browser.cookies["prongsai_session"] == nil)
        }
    }

    @Test func sessionCookieIsHttpOnlyAndSameSite() async throws {
        try await TestServer.run { server, browser in
            let response = try await browser.submitLogin("admin", server.administratorPassword)
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("prongsai_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(!cookie.contains("Secure"), "no TLS in this configuration")
        }
    }

    @Test func everyResponseCarriesSecurityHeaders() async throws {
        try await TestServer.run { _, browser in
            for path in ["/login", "/health", "/nowhere", "/assets/app.css"] {
                let response = try await browser.get(path)
                #expect(response.headers[HTTPField.Name("Content-Security-Policy")!]?.contains("frame-ancestors 'none'") == true, "\(path)")
                #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY", "\(path)")
                #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff", "\(path)")
            }
        }
    }

    @Test func formsWithoutTheCSRFTokenAreRefused() async throws {
        try await TestServer.run { server, browser in
            try await browser.signIn("admin", server.administratorPassword, newPassword: "ทับคล้อ-2566-ok")
            let response = try await browser.post("/logout", form: [], csrf: "forged")
            #expect(response.status == .forbidden)
            #expect(browser.cookies["prongsai_session"] != nil, "still signed in")
        }
    }

    /// `/metrics` exists only with a token configured (see `ComplaintChannelLimitsTests`).
    @Test func healthAnswersAndMetricsAreHiddenWithoutAToken() async throws {
        try await TestServer.run { _, browser in
            let health = try await browser.get("/health")
            let metrics = try await browser.get("/metrics")
            #expect(health.status == .ok && metrics.status == .notFound)
        }
    }
}
