import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import WebApp
import Workbench

/// `/admin/users`: accounts with one-time passwords shown once, new passwords, switching accounts off.
@Suite struct AdminUserTests {
    static func oneTimePassword(in response: TestResponse) -> String? {
        response.text.firstMatch(of: /id="one-time-password" class="value">([^<]+)</).map { String($0.1) }
    }

    static func signedInAdministrator(_ fixture: RoleMatrixFixture) async throws -> Browser {
        let browser = Browser(client: fixture.client)
        try await browser.signIn("m-admin", RoleMatrixFixture.password)
        try await browser.get("/admin/users")
        return browser
    }

    @Test func aNewUserGetsAOneTimePasswordShownOnce() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = try await Self.signedInAdministrator(fixture)
            let created = try await browser.post("/admin/users", form: [
                ("username", "Kanya.S"), ("displayName", "กัญญา สุขใจ"), ("role", "divisionHead"), ("agency", "thapkhlo"),
                ("division", "กองช่าง"),
            ])
            #expect(created.status == .created)
            let password = try #require(Self.oneTimePassword(in: created))
            #expect(password.count == 19)
            let user = try #require(try await fixture.repositories.users.fetchUser(username: "kanya.s"))
            #expect(user.role == .divisionHead && user.agencyID == fixture.agency.id && user.divisionName == "กองช่าง")
            #expect(user.mustChangePassword)
            #expect(user.passwordHash.hasPrefix("sha256:$2") && !user.passwordHash.contains(password))
            // Not shown again anywhere.
            #expect(!(try await browser.get("/admin/users")).text.contains(password))
            // The new user signs in with it and must choose a password first.
            let newcomer = Browser(client: fixture.client)
            let signIn = try await newcomer.submitLogin("kanya.s", password)
            #expect(signIn.headers[.location] == "/password")
        }
    }

    @Test func anAdministratorNeedsNoAgency() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = try await Self.signedInAdministrator(fixture)
            let created = try await browser.post("/admin/users", form: [
                ("username", "second-admin"), ("displayName", "ผู้ดูแลคนที่สอง"), ("role", "administrator"), ("agency", "thapkhlo"),
            ])
            #expect(created.status == .created)
            let user = try #require(try await fixture.repositories.users.fetchUser(username: "second-admin"))
            #expect(user.agencyID == nil && user.role == .administrator)
        }
    }

    @Test(arguments: [
        ("username", "", 400), ("username", "a b", 400), ("username", "m-viewer", 409), ("displayName", "", 400),
        ("role", "mayor", 400), ("agency", "", 400), ("agency", "nowhere", 400), ("division", "", 400),
        ("division", "กองไม่มีจริง", 400),
    ])
    func badInputIsNamedAndNothingIsStored(field: String, value: String, status: Int) async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = try await Self.signedInAdministrator(fixture)
            let form = [
                ("username", "new.head"), ("displayName", "หัวหน้าใหม่"), ("role", "divisionHead"), ("agency", "thapkhlo"),
                ("division", "กองคลัง"),
            ].filter { $0.0 != field } + [(field, value)]
            let before = try await fixture.repositories.users.fetchUsers(agency: fixture.agency.id).count
            let response = try await browser.post("/admin/users", form: form)
            #expect(Int(response.status.code) == status, "\(field)=\(value): \(response.status)")
            #expect(response.text.contains("<code>\(field)</code>"), "the refusal names \(field)")
            #expect(Self.oneTimePassword(in: response) == nil)
            #expect(try await fixture.repositories.users.fetchUsers(agency: fixture.agency.id).count == before)
        }
    }

    @Test func aNewPasswordEndsTheUsersSessions() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = try await Self.signedInAdministrator(fixture)
            let target = Browser(client: fixture.client)
            try await target.signIn("m-target", RoleMatrixFixture.password)
            #expect(try await target.get("/a/thapkhlo").status == .ok)
            let reset = try await browser.post("/admin/users/m-target/reset", form: [])
            #expect(reset.status == .ok)
            let password = try #require(Self.oneTimePassword(in: reset))
            #expect(try await target.get("/a/thapkhlo").headers[.location] == "/login", "the old session ended")
            #expect(try await fixture.repositories.users.fetchUser(username: "m-target")?.mustChangePassword == true)
            let again = try await Browser(client: fixture.client).submitLogin("m-target", password)
            #expect(again.headers[.location] == "/password")
        }
    }

    @Test func deactivatedUsersCannotSignInUntilActivated() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = try await Self.signedInAdministrator(fixture)
            let target = Browser(client: fixture.client)
            try await target.signIn("m-target", RoleMatrixFixture.password)
            let off = try await browser.post("/admin/users/m-target/deactivate", form: [])
            #expect(off.status == .seeOther && off.headers[.location] == "/admin/users#user-m-target")
            #expect(try await fixture.repositories.users.fetchUser(username: "m-target")?.active == false)
            #expect(try await target.get("/a/thapkhlo").headers[.location] == "/login")
            let refused = try await Browser(client: fixture.client).submitLogin("m-target", RoleMatrixFixture.password)
            #expect(refused.status == .unauthorized)
            #expect(try await browser.post("/admin/users/m-target/activate", form: []).status == .seeOther)
            try await Browser(client: fixture.client).signIn("m-target", RoleMatrixFixture.password)
        }
    }

    @Test func anAdministratorCannotDeactivateThemself() async throws {
        try await RoleMatrixFixture.run { fixture in
            let browser = try await Self.signedInAdministrator(fixture)
            let response = try await browser.post("/admin/users/m-admin/deactivate", form: [])
            #expect(response.status == .conflict)
            #expect(try await fixture.repositories.users.fetchUser(username: "m-admin")?.active == true)
            #expect(try await browser.get("/admin").status == .ok, "still signed in")
            #expect(try await browser.post("/admin/users/nobody/deactivate", form: []).status == .notFound)
        }
    }
}
