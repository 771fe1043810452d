import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import WebApp
import Workbench

/// `/a/:agency/users`: a coordinator manages the accounts of their own agency, and only those.
@Suite struct AdminAgencyUsersTests {
    static func signedInCoordinator(_ fixture: RoleMatrixFixture) async throws -> Browser {
        let browser = Browser(client: fixture.client)
        try await browser.signIn("m-coordinator", RoleMatrixFixture.password)
        try await browser.get("/a/thapkhlo/users")
        return browser
    }

    @Test func theCoordinatorSeesTheirAgencysAccountsOnly() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = Browser(client: fixture.client)
            try await browser.signIn("m-coordinator", RoleMatrixFixture.password)
            let page = try await browser.get("/a/thapkhlo/users")
            #expect(page.status == .ok)
            #expect(page.text.contains("<code>m-head</code>") && page.text.contains("<code>m-target</code>"))
            #expect(!page.text.contains("<code>m-other</code>") && !page.text.contains("<code>m-admin</code>"))
            #expect(!page.text.contains("value=\"administrator\""), "coordinators do not make administrators")
            #expect(!page.text.contains("name=\"agency\""), "the agency is their own")
            #expect(page.text.contains("<option value=\"กองสวัสดิการสังคม\">"))
            #expect(try await browser.get("/a/wangsaiphun/users").status == .forbidden)
        }
    }

    @Test func theCoordinatorAddsADivisionHeadToTheirOwnAgency() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = try await Self.signedInCoordinator(fixture)
            let created = try await browser.post("/a/thapkhlo/users", form: [
                ("username", "chang.head"), ("displayName", "หัวหน้ากองช่าง"), ("role", "divisionHead"),
                ("agency", "wangsaiphun"), ("division", "กองช่าง"),
            ])
            #expect(created.status == .created)
            #expect(AdminUserTests.oneTimePassword(in: created) != nil)
            let user = try #require(try await fixture.repositories.users.fetchUser(username: "chang.head"))
            #expect(user.agencyID == fixture.agency.id, "a coordinator cannot place users in another agency")
        }
    }

    @Test func theCoordinatorCannotMakeAnAdministrator() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = try await Self.signedInCoordinator(fixture)
            let refused = try await browser.post("/a/thapkhlo/users", form: [
                ("username", "sneaky"), ("displayName", "ผู้แอบ"), ("role", "administrator"),
            ])
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("<code>role</code>"))
            #expect(try await fixture.repositories.users.fetchUser(username: "sneaky") == nil)
        }
    }

    @Test func accountsOfOthersAreNotFound() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = try await Self.signedInCoordinator(fixture)
            for username in ["m-other", "m-admin"] {
                #expect(try await browser.post("/a/thapkhlo/users/\(username)/reset", form: []).status == .notFound)
                #expect(try await browser.post("/a/thapkhlo/users/\(username)/deactivate", form: []).status == .notFound)
            }
            #expect(try await fixture.repositories.users.fetchUser(username: "m-admin")?.active == true)
            #expect(try await browser.post("/a/thapkhlo/users/m-coordinator/deactivate", form: []).status == .conflict)
        }
    }

    @Test func theCoordinatorResetsAndDeactivatesTheirAgencysAccounts() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = try await Self.signedInCoordinator(fixture)
            let reset = try await browser.post("/a/thapkhlo/users/m-head/reset", form: [])
            #expect(reset.status == .ok)
            #expect(AdminUserTests.oneTimePassword(in: reset) != nil)
            let off = try await browser.post("/a/thapkhlo/users/m-target/deactivate", form: [])
            #expect(off.headers[.location] == "/a/thapkhlo/users#user-m-target")
            #expect(try await fixture.repositories.users.fetchUser(username: "m-target")?.active == false)
        }
    }
}
