import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import Workbench

/// The JSON API of the plan: same rules and authorisation as the pages.
@Suite struct MeasuresAPITests {
    typealias Fixtures = PlanEditingFixtures

    static func json(_ response: TestResponse) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(response.text.utf8))
    }

    @Test func readsTheYearsAndTheStoredPlan() async throws {
        try await TestServer.run { server, browser in
            try await Fixtures.signIn(browser, server, as: .viewer)
            let years = try Self.json(try await Fixtures.api(browser, .get, "/api/v1/agencies/thapkhlo/years")) as? [String: Any]
            #expect(years?["years"] as? [Int] == [2566])
            let response = try await Fixtures.api(browser, .get, "/api/v1/agencies/thapkhlo/years/2566/plan")
            #expect(response.status == .ok)
            let plan = try #require(try Self.json(response) as? [String: Any])
            let measures = try #require(plan["measures"] as? [[String: Any]])
            let stored = try await Fixtures.plan(server)
            // Ids are UUIDs, in whichever case; paths accept both.
            #expect(measures.compactMap { ($0["id"] as? String)?.lowercased() } == stored.measures.map(\.id.description))
            let year = try #require(plan["year"] as? [String: Any])
            #expect(year["planYear"] as? Int == 2566 && year["assessedYear"] as? Int == 2565)
            #expect(try await Fixtures.api(browser, .get, "/api/v1/agencies/thapkhlo/years/2590/plan").status == .notFound)
        }
    }

    @Test func aCookieWriteNeedsTheCSRFHeader() async throws {
        try await TestServer.run { server, browser in
            try await Fixtures.signIn(browser, server, as: .coordinator)
            try await browser.get("/a/thapkhlo/measures")
            let token = try #require(browser.lastCSRF)
            let measure = try await Fixtures.plan(server).measures[0]
            let path = "/api/v1/agencies/thapkhlo/measures/\(measure.id)"
            let body = #"{"title": "ปรับชื่อผ่าน API", "steps": ["ขั้นที่ 1"]}"#
            let refused = try await Fixtures.api(browser, .put, path, json: body)
            #expect(refused.status == .forbidden)
            #expect(try await Fixtures.plan(server).measures[0] == measure)

            let accepted = try await Fixtures.api(browser, .put, path, json: body, csrf: token)
            #expect(accepted.status == .ok)
            let answer = try #require(try Self.json(accepted) as? [String: Any])
            #expect((answer["measure"] as? [String: Any])?["title"] as? String == "ปรับชื่อผ่าน API")
            let stored = try await Fixtures.plan(server).measures[0]
            #expect(stored.measure.title == "ปรับชื่อผ่าน API" && stored.measure.divisions == measure.measure.divisions)

            let bad = try await Fixtures.api(browser, .put, path, json: #"{"period": {"start": {"year": 2567, "month": 9}, "end": {"year": 2566, "month": 10}}}"#, csrf: token)
            #expect(bad.status == .badRequest)
            #expect((try Self.json(bad) as? [String: Any])?["field"] as? String == "period.start")
        }
    }

    @Test func analysisImportNextYearAndDeleteThroughTheAPI() async throws {
        try await TestServer.run { server, browser in
            let agency = try await Fixtures.newAgency(server)
            try await Fixtures.signIn(browser, server, as: .coordinator, slug: agency.slug)
            try await browser.get("/a/\(agency.slug)/results")
            let token = try #require(browser.lastCSRF)
            let base = "/api/v1/agencies/\(agency.slug)"
            let document = String(decoding: try Fixtures.fixture(Fixtures.documentName), as: UTF8.self)

            let preview = try await Fixtures.api(browser, .post, "\(base)/years/2566/import?fileName=\(Fixtures.documentName)", json: document, csrf: token)
            #expect(preview.status == .ok)
            let previewed = try #require(try Self.json(preview) as? [String: Any])
            let warnings = try #require(previewed["warnings"] as? [[String: Any]])
            #expect(warnings.contains { $0["line"] as? Int == 35 })
            #expect(try await server.repositories.plans.fetchPlanYears(agency: agency.id).isEmpty)

            let wrongYear = try await Fixtures.api(browser, .post, "\(base)/years/2570/import?fileName=x.txt", json: document, csrf: token)
            #expect(wrongYear.status == .badRequest)
            let stored = try await Fixtures.api(browser, .post, "\(base)/years/2566/import?fileName=x.txt&confirm=true", json: document, csrf: token)
            #expect(stored.status == .created)
            #expect((try Self.json(stored) as? [String: Any])?["stored"] as? String == "created")

            let badAnalysis = try await Fixtures.api(
                browser, .put, "\(base)/years/2566/analysis",
                json: #"{"analysis": [], "recommendations": [{"itemCode": "Q1", "text": "ไม่มี"}]}"#, csrf: token)
            #expect(badAnalysis.status == .badRequest)
            #expect((try Self.json(badAnalysis) as? [String: Any])?["field"] as? String == "recommendations[0].itemCode")

            let next = try await Fixtures.api(browser, .post, "\(base)/years/2566/next", csrf: token)
            #expect(next.status == .created)
            #expect(try await Fixtures.api(browser, .post, "\(base)/years/2566/next", csrf: token).status == .conflict)

            let plan = try await Fixtures.plan(server, year: 2567, slug: agency.slug)
            let deleted = try await Fixtures.api(browser, .delete, "\(base)/measures/\(plan.measures[0].id)", csrf: token)
            #expect(deleted.status == .noContent)
            #expect(try await Fixtures.plan(server, year: 2567, slug: agency.slug).measures.map(\.position) == Array(1...6))
        }
    }

    @Test func aViewerCannotWrite() async throws {
        try await TestServer.run { server, browser in
            try await Fixtures.signIn(browser, server, as: .viewer)
            try await browser.get("/a/thapkhlo")
            let token = try #require(browser.lastCSRF)
            let measure = try await Fixtures.plan(server).measures[0]
            let put = try await Fixtures.api(browser, .put, "/api/v1/agencies/thapkhlo/measures/\(measure.id)", json: #"{"title": "x"}"#, csrf: token)
            #expect(put.status == .forbidden)
            let next = try await Fixtures.api(browser, .post, "/api/v1/agencies/thapkhlo/years/2566/next", csrf: token)
            #expect(next.status == .forbidden)
        }
    }
}
