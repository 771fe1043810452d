import Complaints
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import WebApp
import Workbench

/// The channel's trust model, with the coordinator, the administrator and other officers as possible
/// attackers: who may reset or switch off a recipient, and what a key made after a reset receives.
@Suite struct ComplaintTrustTests {
    /// H3: reset a recipient's password, sign in as them, wait for the other officer's inbox to re-share.
    @Test func theResetAttackReadsNothing() async throws {
        try await ComplaintFixture.run { fixture in
            try await fixture.file(fixture.reporter())
            let id = try #require(try await fixture.caseIDs().first)

            // 1. The coordinator may not reset a recipient, through the API or the page.
            let coordinator = try await APIClient.signIn(fixture.client, "coordinator.c", ComplaintFixture.password)
            let apiReset = try await coordinator.send("/api/v1/agencies/thapkhlo/users/officer.one/reset", .post)
            #expect(apiReset.status == .forbidden)
            let coordinatorBrowser = Browser(client: fixture.client)
            try await coordinatorBrowser.signIn("coordinator.c", ComplaintFixture.password)
            try await coordinatorBrowser.get("/a/thapkhlo/users")
            #expect(try await coordinatorBrowser.post("/a/thapkhlo/users/officer.one/reset", form: []).status == .forbidden)
            let officerOne = try #require(try await fixture.repositories.users.fetchUser(username: "officer.one"))
            #expect(officerOne.passwordHash == fixture.officers[0].passwordHash, "nothing was reset")

            // 2. Whoever holds a one-time password (here the administrator's reset) signs in and makes a key.
            // (A recovery key keeps the channel open with one trusted officer, so new filings can be checked.)
            let adminBrowser = Browser(client: fixture.client)
            try await adminBrowser.signIn("admin", fixture.administratorPassword, newPassword: "ผู้ดูแล-รหัสใหม่-2567")
            try await adminBrowser.get("/admin/complaints/thapkhlo")
            try await adminBrowser.post("/admin/complaints/thapkhlo/recovery", form: [])
            let admin = try await APIClient.signIn(fixture.client, "admin", "ผู้ดูแล-รหัสใหม่-2567")
            let reset = try await admin.send("/api/v1/users/officer.one/reset", .post)
            let oneTime = try #require(try JSONAnswer(reset)["oneTimePassword"] as? String)
            let intruder = Browser(client: fixture.client)
            try await intruder.signIn("officer.one", oneTime, newPassword: "intruder-chose-2567")
            let newKey = try #require(try await fixture.repositories.complaints.fetchActiveOfficerKeys(users: [fixture.officers[0].id]).first)
            #expect(newKey.trust == .awaitingConfirmation)

            // 3. The other officer opens the inbox: nothing is shared with the new key.
            let inbox = try await fixture.officerBrowsers[1].get("/a/thapkhlo/complaints")
            #expect(inbox.status == .ok)
            let record = try #require(try await fixture.repositories.complaints.fetchComplaint(id: id))
            #expect(record.wrap(for: .officer(newKey.id)) == nil, "no automatic re-share to an unconfirmed key")
            // A report filed now is not sealed for it either.
            #expect(try await fixture.file(fixture.reporter(), details: "เรื่องใหม่หลังการรีเซ็ต").status == .ok)
            #expect(try await fixture.caseIDs().count == 2)
            for complaint in try await fixture.repositories.complaints.fetchComplaints(agency: fixture.agency.id) {
                #expect(complaint.wrap(for: .officer(newKey.id)) == nil)
            }

            // 4. So the reports stay closed to whoever signed in.
            #expect(!(try await intruder.get("/complaints/\(id)").text.contains(ComplaintFixture.sentence)))
            let own = try await intruder.get("/a/thapkhlo/complaints")
            #expect(own.text.contains("id=\"key-awaiting-confirmation\""))
            #expect(own.text.contains("id=\"account-notices\""), "the recipient is told about the reset")
            let trail = try await fixture.repositories.audit.fetchAuditEvents(agency: fixture.agency.id, limit: 500)
            #expect(trail.contains { $0.entity == "complaint-recipient" && $0.action == "reset-password" && $0.entityID == fixture.officers[0].id.description })
        }
    }

    /// After a reset, older cases reach the new key only through an administrator's confirmation and then
    /// another recipient's explicit, audited share.
    @Test func aConfirmedKeyGetsOlderCasesOnlyWhenAnotherRecipientShares() async throws {
        try await ComplaintFixture.run { fixture in
            try await fixture.file(fixture.reporter())
            let id = try #require(try await fixture.caseIDs().first)
            let admin = Browser(client: fixture.client)
            try await admin.signIn("admin", fixture.administratorPassword, newPassword: "ผู้ดูแล-รหัสใหม่-2567")
            try await admin.get("/admin/users")
            let reset = try await admin.post("/admin/users/officer.one/reset", form: [])
            let oneTime = try #require(reset.text.firstMatch(of: /id="one-time-password" class="value">([^<]+)</).map { String($0.1) })
            let officer = Browser(client: fixture.client)
            try await officer.signIn("officer.one", oneTime, newPassword: "officer-own-2567")
            let key = try #require(try await fixture.repositories.complaints.fetchActiveOfficerKeys(users: [fixture.officers[0].id]).first)

            // Sharing with a key nobody confirmed is refused.
            let other = fixture.officerBrowsers[1]
            try await other.get("/a/thapkhlo/complaints")
            #expect(try await other.post("/complaints/share", form: [("key", key.id.description)]).status == .badRequest)

            let page = try await admin.get("/admin/complaints/thapkhlo")
            #expect(page.text.contains("id=\"keys-awaiting-confirmation\"") && page.text.contains(KeyFingerprint.text(key)))
            // Without a recovery key, one trusted key is too few: the form is closed and the page says why.
            #expect(page.text.contains("รอผู้ดูแลระบบยืนยัน"))
            #expect(try await fixture.reporter().get("\(fixture.base)/new").status == .serviceUnavailable)
            #expect(try await admin.post("/admin/complaints/thapkhlo/confirm-key", form: [("key", key.id.description)]).status == .ok)
            #expect(try await fixture.repositories.complaints.fetchOfficerKey(id: key.id)?.trust == .confirmed)

            // Confirmed, but still not shared automatically.
            let inbox = try await other.get("/a/thapkhlo/complaints")
            #expect(inbox.text.contains("id=\"share-\(key.id)\""))
            #expect(!(try await officer.get("/complaints/\(id)").text.contains(ComplaintFixture.sentence)))
            #expect(try await other.post("/complaints/share", form: [("key", key.id.description)]).status == .seeOther)
            #expect(try await officer.get("/complaints/\(id)").text.contains(ComplaintFixture.sentence))
            let trail = try await fixture.repositories.audit.fetchAuditEvents(agency: fixture.agency.id, limit: 500)
            #expect(trail.contains { $0.action == "share-cases" && $0.entityID == key.id.description && $0.actorID == fixture.officers[1].id })
            #expect(trail.contains { $0.action == "trust" && $0.entityID == key.id.description })
        }
    }

    /// M1: a coordinator cannot close the channel by switching off a recipient; the administrator can,
    /// after a page that names the consequence, and the readiness page says why it closed.
    @Test func deactivatingARecipientIsTheAdministratorsConfirmedChoice() async throws {
        try await ComplaintFixture.run { fixture in
            let coordinator = Browser(client: fixture.client)
            try await coordinator.signIn("coordinator.c", ComplaintFixture.password)
            try await coordinator.get("/a/thapkhlo/users")
            #expect(try await coordinator.post("/a/thapkhlo/users/officer.two/deactivate", form: []).status == .forbidden)
            let api = try await APIClient.signIn(fixture.client, "coordinator.c", ComplaintFixture.password)
            #expect(try await api.send("/api/v1/agencies/thapkhlo/users/officer.two/deactivate", .post).status == .forbidden)
            #expect(try await fixture.repositories.users.fetchUser(username: "officer.two")?.active == true)

            let admin = Browser(client: fixture.client)
            try await admin.signIn("admin", fixture.administratorPassword, newPassword: "ผู้ดูแล-รหัสใหม่-2567")
            try await admin.get("/admin/users")
            let warning = try await admin.post("/admin/users/officer.two/deactivate", form: [])
            #expect(warning.status == .ok)
            #expect(warning.text.contains("id=\"deactivation-consequence\"") && warning.text.contains("จะหยุดรับเรื่องทันที"))
            #expect(try await fixture.repositories.users.fetchUser(username: "officer.two")?.active == true, "nothing changes before confirming")
            let adminAPI = try await APIClient.signIn(fixture.client, "admin", "ผู้ดูแล-รหัสใหม่-2567")
            #expect(try await adminAPI.send("/api/v1/users/officer.two/deactivate", .post).status == .conflict)

            #expect(try await admin.post("/admin/users/officer.two/deactivate", form: [("confirm", "yes")]).status == .seeOther)
            #expect(try await fixture.repositories.users.fetchUser(username: "officer.two")?.active == false)
            let readiness = try await admin.get("/admin/complaints/thapkhlo")
            #expect(readiness.text.contains("บัญชีของผู้รับเรื่องถูกปิดการใช้งาน (ผู้ทดสอบ officer.two)"))
            #expect(try await fixture.reporter().get("\(fixture.base)/new").status == .serviceUnavailable)
        }
    }
}
