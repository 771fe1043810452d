import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp
import Workbench

@Suite struct ProgressAPITests {
    typealias Support = ProgressTestSupport
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!

    static func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    static func post(_ browser: Browser, _ uri: String, json: String, csrf: String?) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let csrf { headers[csrfHeader] = csrf }
        return try await browser.send(uri, method: .post, headers: headers, body: ByteBuffer(string: json))
    }

    static let entry = #"{"date": "2022-12-01", "status": "completed", "percent": 100, "text": "เผยแพร่คู่มือทางเว็บไซต์แล้ว"}"#

    @Test func aCookieSessionWritesWithItsCSRFHeaderAndReadsBack() async throws {
        try await TestServer.run { server, browser in
            let measure = try await Support.agency(server).financeMeasure
            try await Support.signInAsFinanceHead(server, browser)
            let uri = "/api/v1/agencies/thapkhlo/measures/\(measure.id)/progress"
            #expect(try await Self.post(browser, uri, json: Self.entry, csrf: nil).status == .forbidden)
            #expect(try await Support.storedEntries(server).isEmpty)

            let created = try await Self.post(browser, uri, json: Self.entry, csrf: browser.lastCSRF)
            #expect(created.status == .created)
            #expect(try Self.json(created)["dateThai"] as? String == "1 ธ.ค. 2565")

            let read = try Self.json(try await browser.get(uri))
            #expect(read["status"] as? String == "completed")
            #expect(read["canReport"] as? Bool == true)
            let entries = try #require(read["entries"] as? [[String: Any]])
            #expect(entries.first?["text"] as? String == "เผยแพร่คู่มือทางเว็บไซต์แล้ว")
        }
    }

    @Test func badJSONNamesTheFieldAndStoresNothing() async throws {
        try await TestServer.run { server, browser in
            let measure = try await Support.agency(server).financeMeasure
            try await Support.signInAsFinanceHead(server, browser)
            let uri = "/api/v1/agencies/thapkhlo/measures/\(measure.id)/progress"
            let outside = Self.entry.replacingOccurrences(of: "2022-12-01", with: "2024-01-01")
            let response = try await Self.post(browser, uri, json: outside, csrf: browser.lastCSRF)
            #expect(response.status == .badRequest)
            #expect(try Self.json(response)["field"] as? String == "date")
            let typed = try await Self.post(browser, uri, json: #"{"percent": "lots"}"#, csrf: browser.lastCSRF)
            #expect(typed.status == .badRequest)
            #expect(try Self.json(typed)["field"] as? String == "percent")
            #expect(try await Support.storedEntries(server).isEmpty)
        }
    }

    @Test func aBearerTokenUploadsEvidenceWithoutCSRFAndDownloadsIt() async throws {
        try await TestServer.run { server, browser in
            let agency = try await Support.agency(server)
            let user = try await Support.addUser(server, "finance", role: .divisionHead, division: "กองคลัง")
            let token = "test-token-\(UUID().uuidString)"
            try await server.repositories.users.insertSession(SessionRecord(
                tokenHash: SessionTokens.hash(token), userID: user.id, csrfToken: "unused", expiresAt: Date().addingTimeInterval(3600)))
            let api = Browser(client: browser.client)
            let auth: HTTPFields = [.authorization: "Bearer \(token)"]
            let boundary = "----prongsai-api"
            var body = Data()
            for (name, value) in ProgressRoutesTests.fields {
                body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
            }
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"minutes.pdf\"\r\nContent-Type: application/pdf\r\n\r\n".utf8))
            body.append(Support.pdf)
            body.append(Data("\r\n--\(boundary)--\r\n".utf8))
            var headers = auth
            headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
            let created = try await api.send(
                "/api/v1/agencies/thapkhlo/measures/\(agency.financeMeasure.id)/progress", method: .post, headers: headers,
                body: ByteBuffer(bytes: body))
            #expect(created.status == .created)
            let evidence = try #require((try Self.json(created)["evidence"] as? [[String: Any]])?.first)
            #expect(evidence["contentType"] as? String == "application/pdf")
            let href = try #require(evidence["href"] as? String)
            let download = try await api.get(href, headers: auth)
            #expect(download.status == .ok)
            #expect(Data(buffer: download.body) == Support.pdf)

            let year = try Self.json(try await api.get("/api/v1/agencies/thapkhlo/years/2566/progress", headers: auth))
            let measures = try #require(year["measures"] as? [[String: Any]])
            #expect(measures.count == agency.plan.measures.count)
            #expect(measures[0]["percent"] as? Int == 40)
            let other = measures.first { ($0["measure"] as? [String: Any])?["id"] as? String == agency.otherMeasure.id.description }
            #expect(other?["canReport"] as? Bool == false)

            let refused = try await api.send(
                "/api/v1/agencies/thapkhlo/measures/\(agency.otherMeasure.id)/progress", method: .post,
                headers: [.authorization: "Bearer \(token)", .contentType: "application/json"], body: ByteBuffer(string: Self.entry))
            #expect(refused.status == .forbidden)
            #expect(try await api.get("/api/v1/agencies/thapkhlo/years/2999/progress", headers: auth).status == .notFound)
        }
    }

    @Test func withoutSignInTheAPIAnswers401() async throws {
        try await TestServer.run { server, browser in
            let measure = try await Support.agency(server).financeMeasure
            let response = try await browser.get("/api/v1/agencies/thapkhlo/measures/\(measure.id)/progress")
            #expect(response.status == .unauthorized)
        }
    }
}
