import Foundation
import HTTPTypes
import HummingbirdTesting
import Storage
import Testing
import WebApp
import Workbench

/// A plan keeps the criteria version it was scored with; the dashboard says when its year has a newer
/// one and what changed, and a plan editor can take the newer one up.
@Suite struct CriteriaPlanVersionTests {
    typealias Fixtures = PlanEditingFixtures

    static func total(_ page: TestResponse) throws -> String {
        guard let match = page.text.firstMatch(of: /id="total">([0-9.]+)</) else { throw TestFailure("no total") }
        return String(match.1)
    }

    @Test func aPlanKeepsItsVersionUntilItsEditorTakesUpTheNewOne() async throws {
        try await TestServer.run { server, coordinator in
            let agency = try await Fixtures.newAgency(server)
            try await Fixtures.signIn(coordinator, server, as: .coordinator, slug: agency.slug)
            // A 2565 result, imported and confirmed: the plan records the version it is scored with.
            let preview = try await coordinator.postMultipart(
                "/a/\(agency.slug)/results/preview", fields: [],
                files: [("file", "result.json", "application/json", try Fixtures.fixture("minimal.json"))])
            #expect(preview.status == .ok)
            let confirmed = try await ResultsPageTests.confirm(coordinator, preview: preview, slug: agency.slug)
            #expect(confirmed.status == .seeOther)
            var uses = try await server.repositories.criteria.fetchCriteriaUses(agency: agency.id)
            #expect(uses.count == 1)
            let planYear = try #require(uses.first.flatMap { Int($0.subject.dropFirst("plan:".count)) })
            #expect(uses.first?.fiscalYear == 2565 && uses.first?.version == 0)
            let before = try await coordinator.get("/a/\(agency.slug)")
            let total = try Self.total(before)
            #expect(!before.text.contains("id=\"criteria-changed\""))

            // An administrator changes the 2565 weights in the editor.
            let admin = Browser(client: coordinator.client)
            try await Fixtures.signIn(admin, server, as: .administrator, slug: agency.slug, username: "admin-criteria")
            var form = try CriteriaForm(page: try await admin.get("/admin/criteria/2565").text)
            form["weight.IIT"] = "20"
            form["weight.EIT"] = "40"
            #expect(try await admin.post("/admin/criteria/2565/versions", form: form.fields).status == .seeOther)

            // The plan is still scored with version 0, and the dashboard says what version 1 changed.
            let after = try await coordinator.get("/a/\(agency.slug)")
            #expect(try Self.total(after) == total, "the recorded version still scores the plan")
            #expect(after.text.contains("id=\"criteria-changed\""))
            #expect(after.text.contains("น้ำหนัก IIT เปลี่ยนจาก 30% เป็น 20%"))
            #expect(after.text.contains("ใช้เกณฑ์ฉบับใหม่"))

            // A viewer sees the notice without the button.
            let viewer = Browser(client: coordinator.client)
            try await Fixtures.signIn(viewer, server, as: .viewer, slug: agency.slug)
            let seen = try await viewer.get("/a/\(agency.slug)")
            #expect(seen.text.contains("id=\"criteria-changed\"") && !seen.text.contains("/criteria/adopt"))
            #expect(try await viewer.post("/a/\(agency.slug)/criteria/adopt?year=\(planYear)", form: []).status == .forbidden)

            // Without the form token nothing changes; with it the plan takes up version 1.
            let forged = try await coordinator.post("/a/\(agency.slug)/criteria/adopt?year=\(planYear)", form: [], csrf: "forged")
            #expect(forged.status == .forbidden)
            let adopted = try await coordinator.post("/a/\(agency.slug)/criteria/adopt?year=\(planYear)", form: [])
            #expect(adopted.status == .seeOther)
            #expect(adopted.headers[.location] == "/a/\(agency.slug)?year=\(planYear)")
            uses = try await server.repositories.criteria.fetchCriteriaUses(agency: agency.id)
            #expect(uses.map(\.version) == [1])
            let rescored = try await coordinator.get("/a/\(agency.slug)")
            #expect(try Self.total(rescored) != total, "scored again with the new weights")
            #expect(!rescored.text.contains("id=\"criteria-changed\""))
        }
    }

    @Test func anImportAfterAnEditRecordsTheNewestVersion() async throws {
        try await TestServer.run { server, browser in
            let agency = try await Fixtures.newAgency(server)
            let admin = Browser(client: browser.client)
            try await Fixtures.signIn(admin, server, as: .administrator, slug: agency.slug, username: "admin-criteria")
            var form = try CriteriaForm(page: try await admin.get("/admin/criteria/2565").text)
            form["note"] = "ปรับตามคู่มือ"
            #expect(try await admin.post("/admin/criteria/2565/versions", form: form.fields).status == .seeOther)
            let stored = try await server.repositories.criteria.fetchCriteriaVersions(fiscalYear: 2565)
            #expect(stored.map(\.note) == ["ปรับตามคู่มือ"], "the administrator's note is kept as written")

            try await Fixtures.signIn(browser, server, as: .coordinator, slug: agency.slug)
            let preview = try await browser.postMultipart(
                "/a/\(agency.slug)/results/preview", fields: [],
                files: [("file", "result.json", "application/json", try Fixtures.fixture("minimal.json"))])
            #expect(try await ResultsPageTests.confirm(browser, preview: preview, slug: agency.slug).status == .seeOther)
            let uses = try await server.repositories.criteria.fetchCriteriaUses(agency: agency.id)
            #expect(uses.map(\.version) == [1])
            #expect(!(try await browser.get("/a/\(agency.slug)")).text.contains("id=\"criteria-changed\""))
        }
    }
}
