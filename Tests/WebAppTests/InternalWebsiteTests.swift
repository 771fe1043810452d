import Bootstrap
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// The disclosure settings refuse a main website on the server's own network: the link check would
/// otherwise fetch it from inside and report what answered.
@Suite struct InternalWebsiteTests {
    /// The real app without the tests' loopback allowance, as `serve` builds it.
    static func run(_ body: @Sendable (Browser, String) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("prongsai-web-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        var configuration = TestServer.configuration(directory)
        configuration.linkCheckAllowsLoopbackForTests = false
        let built = try await ProngsaiServer.buildApplication(configuration: configuration)
        let password = built.firstStart.administratorPassword ?? ""
        try await built.application.test(.router) { client in
            let browser = Browser(client: client)
            try await browser.signIn("admin", password, newPassword: "ทับคล้อ-2566-oit")
            try await body(browser, "ทับคล้อ-2566-oit")
        }
    }

    @Test(arguments: [
        "http://127.0.0.1:8080", "http://169.254.169.254", "http://[::1]:9000", "http://localhost:8080", "http://0.0.0.0",
        "http://10.0.0.5", "http://192.168.1.1",
    ])
    func theSettingsPageRefusesAnInternalMainWebsite(website: String) async throws {
        try await Self.run { browser, _ in
            try await browser.get("/a/thapkhlo/disclosure/settings?year=2566")
            let refused = try await browser.post(
                "/a/thapkhlo/disclosure/settings?year=2566", form: [("mainWebsite", website), ("publicSite", ""), ("reviewStart", ""), ("reviewEnd", "")])
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("id=\"mainWebsite-problem\""), "the reason is beside the field")
            #expect(refused.text.contains("เครือข่ายภายใน"))
            #expect(refused.text.contains("aria-describedby=\"mainWebsite-problem\""))
            #expect(refused.text.contains("value=\"\(website)\""), "what was typed is shown again")
        }
    }

    @Test func theAPIRefusesItToo() async throws {
        try await Self.run { browser, password in
            let api = try await APIClient.signIn(browser.client, "admin", password)
            let refused = try await api.send(
                "/api/v1/agencies/thapkhlo/disclosure/settings", .put, raw: #"{"mainWebsite": "http://169.254.169.254"}"#)
            #expect(refused.status == .badRequest)
            #expect(try JSONAnswer(refused)["field"] as? String == "mainWebsite")
            let accepted = try await api.send(
                "/api/v1/agencies/thapkhlo/disclosure/settings", .put, raw: #"{"mainWebsite": "https://www.thapkhlo.go.th"}"#)
            #expect(accepted.status == .ok, "a public name (or one that does not resolve here) is kept")
        }
    }
}
