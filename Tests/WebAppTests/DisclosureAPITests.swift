import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

/// The disclosure API does what the pages do, with the same rules.
@Suite struct DisclosureAPITests {
    static let base = "/api/v1/agencies/thapkhlo/years/2566/disclosure"

    @Test func saveCheckFreezeAndRead() async throws {
        try await AgencyWebsite.run { website in
            try await RoleMatrixFixture.run { fixture in
                let session = try #require(try await fixture.session(for: .coordinator))
                let headers: HTTPFields = [
                    .cookie: "\(SessionMiddleware.cookieName)=\(session.token)", .xCSRFToken: session.csrf,
                    .contentType: "application/json",
                ]
                func call(_ uri: String, _ method: HTTPRequest.Method, _ body: String? = nil) async throws -> TestResponse {
                    try await fixture.client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
                }
                let settings = try await call("/api/v1/agencies/thapkhlo/disclosure/settings", .put, #"{"mainWebsite": "\#(website)"}"#)
                #expect(settings.status == .ok)
                let saved = try await call("\(Self.base)/items/O23", .put, """
                    {"links": [{"url": "\(website)/ita/o23", "location": "จัดซื้อจัดจ้าง"}],
                     "components": [{"component": "O21.1", "evidence": "x"}]}
                    """)
                #expect(saved.status == .badRequest, "O21.1 is not a component of O23")
                let good = try await call("\(Self.base)/items/O21", .put, """
                    {"links": [{"url": "\(website)/ita/o21", "location": "จัดซื้อจัดจ้าง"}],
                     "components": [{"component": "O21.1", "evidence": "ตาราง"}, {"component": "O21.3", "evidence": "คอลัมน์"}],
                     "months": ["2022-10", "2022-11"]}
                    """)
                #expect(good.status == .ok)
                let year = try JSONAnswer(try await call(Self.base, .get)).object
                let items = try #require(year["items"] as? [[String: Any]])
                #expect(items.count == 43)
                let o21 = try #require(items.first { $0["code"] as? String == "O21" })
                #expect(o21["status"] as? String == "flagged")
                let flags = try #require(o21["flags"] as? [[String: Any]])
                #expect(flags.contains { $0["kind"] as? String == "missingMonths" && $0["componentID"] as? String == "O21.2" })

                let check = try JSONAnswer(try await call("\(Self.base)/check", .post)).object
                let links = try #require(check["links"] as? [[String: Any]])
                #expect(links.contains { $0["url"] as? String == "\(website)/ita/o21" && $0["ok"] as? Bool == true })
                let prediction = try #require(check["prediction"] as? [String: Any])
                #expect((prediction["indicators"] as? [String: Any])?["9"] != nil)

                let frozen = try await call("\(Self.base)/submissions", .post)
                #expect(frozen.status == .created)
                let list = try JSONSerialization.jsonObject(with: Data(buffer: try await call("\(Self.base)/submissions", .get).body)) as? [[String: Any]]
                #expect(list?.count == 1 && (list?.first?["sha256"] as? String)?.count == 64)
                let sheet = try JSONAnswer(try await call("\(Self.base)/answer-sheet", .get)).object
                #expect((sheet["rows"] as? [Any])?.count == 43)
            }
        }
    }
}
