import Complaints
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import WebApp
import Workbench

/// Officers' keys across password changes, resets, new recipients and the recovery key.
@Suite struct ComplaintKeyLifecycleTests {
    @Test func aPasswordChangeKeepsTheKeyAndTheNextSignInOpensIt() async throws {
        try await ComplaintFixture.run { fixture in
            try await fixture.file(fixture.reporter())
            let id = try #require(try await fixture.caseIDs().first)
            let officer = fixture.officerBrowsers[0]
            try await officer.get("/password")
            let new = "a-new-password-2567"
            let changed = try await officer.post(
                "/password", form: [("current", ComplaintFixture.password), ("new", new), ("repeat", new)])
            #expect(changed.status == .seeOther)
            #expect(try await officer.get("/complaints/\(id)").text.contains(ComplaintFixture.sentence), "the new session has the key")
            let later = Browser(client: fixture.client)
            try await later.signIn("officer.one", new)
            #expect(try await later.get("/complaints/\(id)").text.contains(ComplaintFixture.sentence))
            let keys = try await fixture.repositories.complaints.fetchActiveOfficerKeys(users: [fixture.officers[0].id])
            #expect(keys.count == 1, "the same key, sealed again under the new password")
        }
    }

    @Test func afterAResetOldCasesWaitForConfirmationAndAnotherOfficersShare() async throws {
        try await ComplaintFixture.run { fixture in
            try await fixture.file(fixture.reporter())
            let id = try #require(try await fixture.caseIDs().first)
            let before = try await fixture.repositories.complaints.fetchActiveOfficerKeys(users: [fixture.officers[0].id])
            // The administrator resets officer.one's password through the API.
            let admin = try await Self.administrator(fixture)
            let reset = try await admin.send("/api/v1/users/officer.one/reset", .post)
            let oneTime = try #require(try JSONAnswer(reset)["oneTimePassword"] as? String)
            let officer = Browser(client: fixture.client)
            try await officer.signIn("officer.one", oneTime, newPassword: "after-reset-2567")
            let after = try await fixture.repositories.complaints.fetchActiveOfficerKeys(users: [fixture.officers[0].id])
            #expect(after.count == 1 && after[0].id != before[0].id, "a new key replaced the one the reset locked")
            #expect(after[0].trust == .awaitingConfirmation)
            #expect(try await officer.get("/complaints/\(id)").text.contains("not-shared"))
            // The other officer opens the inbox: nothing is shared with a key nobody confirmed.
            try await fixture.officerBrowsers[1].get("/a/thapkhlo/complaints")
            #expect(try await officer.get("/complaints/\(id)").text.contains("not-shared"))
            // The administrator confirms the key; the other officer then shares, on purpose.
            let adminBrowser = Browser(client: fixture.client)
            try await adminBrowser.signIn("admin", "ผู้ดูแล-รหัสใหม่-2567")
            try await adminBrowser.get("/admin/complaints/thapkhlo")
            try await adminBrowser.post("/admin/complaints/thapkhlo/confirm-key", form: [("key", after[0].id.description)])
            try await fixture.officerBrowsers[1].get("/a/thapkhlo/complaints")
            try await fixture.officerBrowsers[1].post("/complaints/share", form: [("key", after[0].id.description)])
            #expect(try await officer.get("/complaints/\(id)").text.contains(ComplaintFixture.sentence))
            let trail = try await fixture.repositories.audit.fetchAuditEvents(agency: fixture.agency.id, limit: 100)
            #expect(trail.contains { $0.entity == "officer-key" && $0.actorID == fixture.officers[0].id })
        }
    }

    @Test func theRecoveryKeyReopensEveryCaseWhenAllOfficersLostTheirKeys() async throws {
        try await ComplaintFixture.run { fixture in
            let admin = Browser(client: fixture.client)
            try await admin.signIn("admin", fixture.administratorPassword, newPassword: "ผู้ดูแล-รหัสใหม่-2567")
            try await admin.get("/admin/complaints/thapkhlo")
            let created = try await admin.post("/admin/complaints/thapkhlo/recovery", form: [])
            let text = try #require(created.text.firstMatch(of: /id="recovery-key">([A-Z0-9-]+)</).map { String($0.1) })
            try await fixture.file(fixture.reporter())
            let id = try #require(try await fixture.caseIDs().first)
            #expect(try await fixture.repositories.complaints.fetchComplaint(id: id)?.keyWraps.contains { if case .recovery = $0.recipient { true } else { false } } == true)

            let api = try await APIClient.signIn(fixture.client, "admin", "ผู้ดูแล-รหัสใหม่-2567")
            var officers: [Browser] = []
            for officer in ["officer.one", "officer.two"] {
                let reset = try await api.send("/api/v1/users/\(officer)/reset", .post)
                let oneTime = try #require(try JSONAnswer(reset)["oneTimePassword"] as? String)
                let browser = Browser(client: fixture.client)
                try await browser.signIn(officer, oneTime, newPassword: "รหัสใหม่-\(officers.count)-หลังรีเซ็ต")
                #expect(try await browser.get("/complaints/\(id)").text.contains("not-shared"))
                officers.append(browser)
            }
            // Keys made after a reset get nothing until the administrator confirms them.
            for officer in ["officer.one", "officer.two"] {
                let user = try #require(try await fixture.repositories.users.fetchUser(username: officer))
                let key = try #require(try await fixture.repositories.complaints.fetchActiveOfficerKeys(users: [user.id]).first)
                try await admin.get("/admin/complaints/thapkhlo")
                try await admin.post("/admin/complaints/thapkhlo/confirm-key", form: [("key", key.id.description)])
            }
            try await admin.get("/admin/complaints/thapkhlo")
            let wrong = try await admin.post("/admin/complaints/thapkhlo/recovery/use", form: [("recoveryKey", "PRK1-AAAAA-BBBBB")])
            #expect(wrong.status == .badRequest)
            let used = try await admin.post("/admin/complaints/thapkhlo/recovery/use", form: [("recoveryKey", text.lowercased())])
            #expect(used.status == .ok && used.text.contains("1"))
            for browser in officers {
                #expect(try await browser.get("/complaints/\(id)").text.contains(ComplaintFixture.sentence))
            }
        }
    }

    @Test func aRecipientWhoseKeyIsLockedIsAskedForThePassword() async throws {
        try await ComplaintFixture.run { fixture in
            try await fixture.file(fixture.reporter())
            // A session whose key row is gone (as when the session is stored again without it) is locked.
            let browser = Browser(client: fixture.client)
            try await browser.signIn("officer.one", ComplaintFixture.password)
            try await browser.get("/a/thapkhlo")
            let hash = SessionTokens.hash(try #require(browser.cookies["prongsai_session"]))
            try await fixture.repositories.users.deleteSession(tokenHash: hash)
            try await fixture.repositories.users.insertSession(SessionRecord(
                tokenHash: hash, userID: fixture.officers[0].id, csrfToken: try #require(browser.lastCSRF), expiresAt: Date().addingTimeInterval(3600)))
            let inbox = try await browser.get("/a/thapkhlo/complaints")
            #expect(inbox.text.contains("id=\"unlock\""))
            let wrong = try await browser.post("/complaints/unlock", form: [("password", "not-the-password")])
            #expect(wrong.status == .badRequest)
            let unlocked = try await browser.post("/complaints/unlock", form: [("password", ComplaintFixture.password)])
            #expect(unlocked.status == .seeOther)
            #expect(try await browser.get("/a/thapkhlo/complaints").text.contains("id=\"complaints\""))
        }
    }

    static func administrator(_ fixture: ComplaintFixture) async throws -> APIClient {
        let browser = Browser(client: fixture.client)
        try await browser.signIn("admin", fixture.administratorPassword, newPassword: "ผู้ดูแล-รหัสใหม่-2567")
        return try await APIClient.signIn(fixture.client, "admin", "ผู้ดูแล-รหัสใหม่-2567")
    }
}
