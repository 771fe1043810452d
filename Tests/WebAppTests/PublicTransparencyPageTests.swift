import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

/// The public transparency page: no sign-in, no script, Thai, every item, cacheable with an ETag.
@Suite struct PublicTransparencyPageTests {
    static let path = "/public/thapkhlo/ita/2566"

    @Test func itServesEveryItemWithoutSignInOrScript() async throws {
        try await TestServer.run { _, browser in
            let page = try await browser.client.execute(uri: Self.path, method: .get, headers: [:], body: nil)
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("<html lang=\"th\">"))
            #expect(!html.lowercased().contains("<script"))
            #expect(html.components(separatedBy: "<h1").count == 2, "one h1")
            for number in 1...43 { #expect(html.contains("<th scope=\"row\">O\(number)</th>"), "O\(number)") }
            #expect(html.contains("<caption>ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน</caption>"))
            #expect(html.contains("href=\"/public/thapkhlo/complaints/new\""))
            #expect(html.contains("class=\"skip\" href=\"#main\""))
            // O42 and O43 link to Prongsai's own documents, which are public too.
            #expect(html.contains("/public/thapkhlo/ita/2566/documents/o42.html"))
            #expect(html.contains("การเผยแพร่และประชาสัมพันธ์ข้อมูลการใช้จ่ายงบประมาณ"))
            #expect(page.headers[.cacheControl] == "public, max-age=300")
            let tag = try #require(page.headers[.eTag])

            let again = try await browser.client.execute(uri: Self.path, method: .get, headers: [.ifNoneMatch: tag], body: nil)
            #expect(again.status == .notModified)
            #expect(again.body.readableBytes == 0)
            #expect(again.headers[.eTag] == tag)

            let document = try await browser.client.execute(uri: Self.path + "/documents/o42.html", method: .get, headers: [:], body: nil)
            #expect(document.status == .ok && document.text.contains("มาตรการส่งเสริมคุณธรรมและความโปร่งใส"))
            let report = try await browser.client.execute(uri: Self.path + "/documents/o43.docx", method: .get, headers: [:], body: nil)
            #expect(report.status == .ok && report.headers[.contentType] == DocumentFormat.docxType)
            let css = try await browser.client.execute(uri: PublicPaths.stylesheet, method: .get, headers: [:], body: nil)
            #expect(css.status == .ok && css.text.contains(".skip:focus"))
        }
    }

    @Test func aChangeGivesANewETag() async throws {
        try await TestServer.run { server, browser in
            let first = try await browser.client.execute(uri: Self.path, method: .get, headers: [:], body: nil)
            try await browser.signIn("admin", server.administratorPassword, newPassword: "ทับคล้อ-2566-pub")
            try await browser.get("/a/thapkhlo/disclosure/items/O5?year=2566")
            try await browser.post("/a/thapkhlo/disclosure/items/O5?year=2566", form: [("url", "https://www.thapkhlo.go.th/contact")])
            let second = try await browser.client.execute(uri: Self.path, method: .get, headers: [.ifNoneMatch: first.headers[.eTag] ?? ""], body: nil)
            #expect(second.status == .ok)
            #expect(second.text.contains("https://www.thapkhlo.go.th/contact"))
            #expect(second.headers[.eTag] != first.headers[.eTag])
        }
    }

    @Test func unknownAgenciesAndYearsAre404() async throws {
        try await TestServer.run { _, browser in
            for uri in ["/public/nowhere/ita/2566", "/public/thapkhlo/ita/2599", "/public/thapkhlo/ita/abc"] {
                let response = try await browser.client.execute(uri: uri, method: .get, headers: [:], body: nil)
                #expect(response.status == .notFound, "\(uri)")
            }
        }
    }
}
