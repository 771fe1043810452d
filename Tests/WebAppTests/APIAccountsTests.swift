import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import WebApp
import Workbench

/// Agencies and accounts through the API, with the same rules as the pages.
@Suite struct APIAccountsTests {
    @Test func everyoneListsTheAgenciesTheyMayRead() async throws {
        try await RoleMatrixFixture.run { fixture in
            let coordinator = try await APIClient.signIn(fixture.client, "m-coordinator", RoleMatrixFixture.password)
            let own = try JSONAnswer(try await coordinator.send("/api/v1/agencies", .get))["agencies"] as? [[String: Any]]
            #expect(own?.map { $0["slug"] as? String } == ["thapkhlo"])
            #expect((own?.first?["divisions"] as? [String])?.contains("กองคลัง") == true)
            let administrator = try await APIClient.signIn(fixture.client, "m-admin", RoleMatrixFixture.password)
            let all = try JSONAnswer(try await administrator.send("/api/v1/agencies", .get))["agencies"] as? [[String: Any]]
            #expect(all?.compactMap { $0["slug"] as? String } == ["thapkhlo", "wangsaiphun"])
        }
    }

    @Test func administratorsAddAgencies() async throws {
        try await RoleMatrixFixture.run { fixture in
            let administrator = try await APIClient.signIn(fixture.client, "m-admin", RoleMatrixFixture.password)
            let body = #"{"kind": "เทศบาลเมือง", "name": "พิจิตร", "district": "เมืองพิจิตร", "province": "พิจิตร", "slug": "phichit", "divisions": ["สำนักปลัดเทศบาล", "กองคลัง"]}"#
            let created = try await administrator.send("/api/v1/agencies", .post, raw: body)
            #expect(created.status == .created)
            #expect(try JSONAnswer(created)["fullName"] as? String == "เทศบาลเมืองพิจิตร")
            #expect(try JSONAnswer(created)["divisions"] as? [String] == ["สำนักปลัดเทศบาล", "กองคลัง"])
            let again = try await administrator.send("/api/v1/agencies", .post, raw: body)
            #expect(again.status == .conflict)
            #expect(try JSONAnswer(again)["field"] as? String == "slug")
            let bad = try await administrator.send("/api/v1/agencies", .post, json: ["kind": "เทศบาลตำบล", "name": "x", "district": "x", "province": "x", "slug": "X Y"])
            #expect(bad.status == .badRequest)
            #expect(try JSONAnswer(bad)["field"] as? String == "slug")
            let coordinator = try await APIClient.signIn(fixture.client, "m-coordinator", RoleMatrixFixture.password)
            #expect(try await coordinator.send("/api/v1/agencies", .post, raw: body.replacingOccurrences(of: "phichit", with: "other")).status == .forbidden)
            #expect(try await fixture.repositories.agencies.fetchAgencies().count == 3)
        }
    }

    @Test func administratorsManageEveryAccount() async throws {
        try await RoleMatrixFixture.run { fixture in
            let administrator = try await APIClient.signIn(fixture.client, "m-admin", RoleMatrixFixture.password)
            let list = try await administrator.send("/api/v1/users", .get)
            let names = (try JSONAnswer(list)["users"] as? [[String: Any]])?.compactMap { $0["username"] as? String } ?? []
            #expect(Set(["admin", "m-admin", "m-coordinator", "m-other", "m-target"]).isSubset(of: Set(names)))
            #expect(!list.text.contains("passwordHash") && !list.text.contains("$2"))

            let created = try await administrator.send("/api/v1/users", .post, json: [
                "username": "api.head", "displayName": "หัวหน้ากองคลัง", "role": "divisionHead", "agency": "thapkhlo", "division": "กองคลัง",
            ])
            #expect(created.status == .created)
            let password = try #require(try JSONAnswer(created)["oneTimePassword"] as? String)
            #expect(try JSONAnswer(created).at("user", "division") as? String == "กองคลัง")
            let newcomer = try await APIClient.signIn(fixture.client, "api.head", password)
            #expect(try await newcomer.send("/api/v1/me", .get).status == .forbidden, "the one-time password must be changed first")

            let reset = try await administrator.send("/api/v1/users/api.head/reset", .post)
            #expect(reset.status == .ok)
            #expect(try JSONAnswer(reset)["oneTimePassword"] as? String != password)
            #expect(try await newcomer.send("/api/v1/password", .post, json: ["current": password, "new": "whatever-long-2567"]).status == .unauthorized)

            let off = try await administrator.send("/api/v1/users/m-target/deactivate", .post)
            #expect(try JSONAnswer(off).at("user", "active") as? Bool == false)
            #expect(try await administrator.send("/api/v1/users/m-admin/deactivate", .post).status == .conflict)
            let duplicate = try await administrator.send("/api/v1/users", .post, json: ["username": "m-viewer", "displayName": "x", "role": "viewer", "agency": "thapkhlo"])
            #expect(duplicate.status == .conflict)
            #expect(try JSONAnswer(duplicate)["field"] as? String == "username")
        }
    }

    @Test func coordinatorsManageTheirOwnAgencysAccounts() async throws {
        try await RoleMatrixFixture.run { fixture in
            let coordinator = try await APIClient.signIn(fixture.client, "m-coordinator", RoleMatrixFixture.password)
            let list = try await coordinator.send("/api/v1/agencies/thapkhlo/users", .get)
            let names = (try JSONAnswer(list)["users"] as? [[String: Any]])?.compactMap { $0["username"] as? String } ?? []
            #expect(names.contains("m-head") && !names.contains("m-other") && !names.contains("m-admin"))
            #expect(try await coordinator.send("/api/v1/users", .get).status == .forbidden)
            #expect(try await coordinator.send("/api/v1/agencies/wangsaiphun/users", .get).status == .forbidden)

            let created = try await coordinator.send("/api/v1/agencies/thapkhlo/users", .post, json: [
                "username": "new.viewer", "displayName": "ผู้ดูใหม่", "role": "viewer", "agency": "wangsaiphun",
            ])
            #expect(created.status == .created)
            #expect(try JSONAnswer(created).at("user", "agency") as? String == "thapkhlo")
            let administrator = try await coordinator.send("/api/v1/agencies/thapkhlo/users", .post, json: [
                "username": "new.admin", "displayName": "x", "role": "administrator",
            ])
            #expect(administrator.status == .badRequest)
            #expect(try JSONAnswer(administrator)["field"] as? String == "role")
            #expect(try await coordinator.send("/api/v1/agencies/thapkhlo/users/m-other/reset", .post).status == .notFound)
            #expect(try await coordinator.send("/api/v1/agencies/thapkhlo/users/m-head/reset", .post).status == .ok)
        }
    }
}
