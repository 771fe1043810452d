import Foundation
import HTTPTypes
import HummingbirdTesting
import Planning
import Testing
import WebApp

/// `/admin`: the agencies of the installation, and adding one.
@Suite struct AdminAgencyTests {
    static let newAgency: [(String, String)] = [
        ("kind", "เทศบาลตำบล"), ("name", "สามง่าม"), ("district", "สามง่าม"), ("province", "พิจิตร"), ("slug", "samngam"),
    ]

    @Test func theAdminPageListsAgenciesAndAccounts() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = Browser(client: fixture.client)
            try await browser.signIn("m-admin", RoleMatrixFixture.password)
            let page = try await browser.get("/admin")
            #expect(page.status == .ok)
            #expect(page.text.contains("<a href=\"/a/thapkhlo\">องค์การบริหารส่วนตำบลทับคล้อ</a>"))
            #expect(page.text.contains("href=\"/a/wangsaiphun/users\""))
            #expect(page.text.contains("<code>m-other</code>") && page.text.contains("<code>m-admin</code>"))
            #expect(page.text.contains("name=\"_csrf\""))
            #expect(page.text.contains("<option value=\"เทศบาลเมือง\">"), "suggested kinds")
            // English one click away.
            try await browser.get("/lang/en?next=/admin")
            let english = try await browser.get("/admin")
            #expect(english.text.contains("Add an agency") && english.text.contains("Users of the installation"))
        }
    }

    @Test func anAdministratorAddsAnAgencyWithTheTypicalDivisions() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = Browser(client: fixture.client)
            try await browser.signIn("m-admin", RoleMatrixFixture.password)
            try await browser.get("/admin")
            let created = try await browser.post("/admin/agencies", form: Self.newAgency + [("divisions", "")])
            #expect(created.status == .seeOther)
            #expect(created.headers[.location] == "/a/samngam/users")
            let agency = try #require(try await fixture.repositories.agencies.fetchAgency(slug: "samngam"))
            #expect(agency.agency.fullName == "เทศบาลตำบลสามง่าม")
            #expect(agency.agency.locationLine == "อำเภอสามง่าม จังหวัดพิจิตร")
            let divisions = try await fixture.repositories.agencies.fetchDivisions(agency: agency.id).map(\.name)
            #expect(divisions == TypicalDivisions.subdistrictAdministrativeOrganisation)
            #expect(try await browser.get("/a/samngam/users").status == .ok)
        }
    }

    @Test func divisionsAreOnePerLineInOrder() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = Browser(client: fixture.client)
            try await browser.signIn("m-admin", RoleMatrixFixture.password)
            try await browser.get("/admin")
            let form = Self.newAgency + [("divisions", "สำนักปลัดเทศบาล\r\n  กองคลัง \r\n\r\nกองช่าง\n")]
            #expect(try await browser.post("/admin/agencies", form: form).status == .seeOther)
            let agency = try #require(try await fixture.repositories.agencies.fetchAgency(slug: "samngam"))
            let divisions = try await fixture.repositories.agencies.fetchDivisions(agency: agency.id).map(\.name)
            #expect(divisions == ["สำนักปลัดเทศบาล", "กองคลัง", "กองช่าง"])
        }
    }

    @Test(arguments: [
        ("slug", "thapkhlo", 409, "slug"),
        ("slug", "Bad Slug!", 400, "slug"),
        ("slug", "9lives", 400, "slug"),
        ("name", "", 400, "name"),
        ("kind", "", 400, "kind"),
        ("province", "", 400, "province"),
        ("divisions", "กองคลัง\nกองคลัง", 400, "divisions"),
    ])
    func badInputIsNamedAndNothingIsStored(field: String, value: String, status: Int, named: String) async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = Browser(client: fixture.client)
            try await browser.signIn("m-admin", RoleMatrixFixture.password)
            try await browser.get("/admin")
            let before = try await fixture.repositories.agencies.fetchAgencies().count
            let form = Self.newAgency.filter { $0.0 != field } + [(field, value)]
            let response = try await browser.post("/admin/agencies", form: form)
            #expect(Int(response.status.code) == status)
            #expect(response.text.contains("<code>\(named)</code>"), "the refusal names the field")
            #expect(response.text.contains("value=\"สามง่าม\"") || field == "name", "the form comes back filled in")
            #expect(try await fixture.repositories.agencies.fetchAgencies().count == before)
        }
    }

    @Test func onlyAdministratorsAddAgencies() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = Browser(client: fixture.client)
            try await browser.signIn("m-coordinator", RoleMatrixFixture.password)
            try await browser.get("/a/thapkhlo")
            #expect(try await browser.get("/admin").status == .forbidden)
            #expect(try await browser.post("/admin/agencies", form: Self.newAgency).status == .forbidden)
            #expect(try await fixture.repositories.agencies.fetchAgency(slug: "samngam") == nil)
        }
    }
}
