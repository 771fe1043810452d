import Complaints
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import WebApp
import Workbench

/// Setting the channel up: it refuses loudly to open when one lost key could lose every report, shows
/// that on the administrator's page, and keeps cases away from everyone who is not a recipient.
@Suite struct ComplaintChannelAdminTests {
    @Test func theChannelOpensOnlyWithTwoKeyHoldersOrARecoveryKey() async throws {
        try await ComplaintFixture.run(recipients: 1, open: false) { fixture in
            let admin = Browser(client: fixture.client)
            try await admin.signIn("admin", fixture.administratorPassword, newPassword: "ผู้ดูแล-รหัสใหม่-2567")
            let page = try await admin.get("/admin/complaints/thapkhlo")
            #expect(page.text.contains("มีผู้ถือกุญแจเพียงคนเดียว"))
            let refused = try await admin.post("/admin/complaints/thapkhlo/open", form: [])
            #expect(refused.status == .conflict && refused.text.contains("ยังเปิดรับเรื่องไม่ได้"))
            #expect(try await fixture.repositories.complaints.fetchChannel(agency: fixture.agency.id)?.isOpen == false)

            // Naming the second officer (who has a key from signing in earlier) makes it safe to open.
            try await admin.get("/admin/complaints/thapkhlo")
            let named = try await admin.post(
                "/admin/complaints/thapkhlo/recipients", form: fixture.officers.map { ("recipient", $0.id.description) })
            #expect(named.status == .seeOther)
            let waiting = try await admin.get("/admin/complaints/thapkhlo")
            #expect(waiting.text.contains("ยังไม่มีกุญแจ"), "officer.two was not a recipient at sign-in, so has no key yet")
            let stillRefused = try await admin.post("/admin/complaints/thapkhlo/open", form: [])
            #expect(stillRefused.status == .conflict)
            try await Browser(client: fixture.client).signIn("officer.two", ComplaintFixture.password)
            try await admin.get("/admin/complaints/thapkhlo")
            #expect(try await admin.post("/admin/complaints/thapkhlo/open", form: []).status == .seeOther)
            #expect(try await admin.get("/admin/complaints/thapkhlo").text.contains("เปิดรับเรื่องอยู่"))
            #expect(try await fixture.reporter().get("\(fixture.base)/new").status == .ok)
            let trail = try await fixture.repositories.audit.fetchAuditEvents(agency: fixture.agency.id, limit: 50)
            #expect(trail.filter { $0.entity == "complaint-channel" }.count >= 2)
        }
    }

    @Test func removingARecipientRemovesTheirAccessToEveryCase() async throws {
        try await ComplaintFixture.run { fixture in
            try await fixture.file(fixture.reporter())
            let id = try #require(try await fixture.caseIDs().first)
            let admin = Browser(client: fixture.client)
            try await admin.signIn("admin", fixture.administratorPassword, newPassword: "ผู้ดูแล-รหัสใหม่-2567")
            try await admin.get("/admin/complaints/thapkhlo")
            try await admin.post("/admin/complaints/thapkhlo/recipients", form: [("recipient", fixture.officers[1].id.description)])
            #expect(try await fixture.officerBrowsers[0].get("/complaints/\(id)").status == .notFound)
            let keys = try await fixture.repositories.complaints.fetchActiveOfficerKeys(users: [fixture.officers[0].id])
            #expect(try await fixture.repositories.complaints.fetchComplaint(id: id)?.wrap(for: .officer(keys[0].id)) == nil)
            #expect(try await fixture.officerBrowsers[1].get("/complaints/\(id)").text.contains(ComplaintFixture.sentence))
        }
    }

    @Test func nobodyButARecipientSeesThatACaseExists() async throws {
        try await ComplaintFixture.run { fixture in
            try await fixture.file(fixture.reporter())
            let id = try #require(try await fixture.caseIDs().first)
            let coordinator = Browser(client: fixture.client)
            try await coordinator.signIn("coordinator.c", ComplaintFixture.password)
            let inbox = try await coordinator.get("/a/thapkhlo/complaints")
            #expect(inbox.status == .ok && inbox.text.contains("ท่านไม่ได้เป็นผู้รับเรื่อง") && !inbox.text.contains(id.description))
            #expect(try await coordinator.get("/complaints/\(id)").status == .notFound)
            #expect(try await coordinator.post("/complaints/\(id)/reply", form: [("text", "x")]).status == .notFound)
            let admin = Browser(client: fixture.client)
            try await admin.signIn("admin", fixture.administratorPassword, newPassword: "ผู้ดูแล-รหัสใหม่-2567")
            #expect(try await admin.get("/complaints/\(id)").status == .notFound, "administrators manage the channel, they do not read it")
            let adminInbox = try await admin.get("/a/thapkhlo/complaints")
            #expect(adminInbox.text.contains("/admin/complaints/thapkhlo"))
        }
    }

    @Test func aClosedCaseIsDeletedOnlyAfterItsRetentionPeriodWithAWarningFirst() async throws {
        let clock = TestClock(Date(timeIntervalSince1970: 1_700_000_000))
        try await ComplaintFixture.run(clock: clock) { fixture in
            try await fixture.file(fixture.reporter(), category: "service")
            let id = try #require(try await fixture.caseIDs().first)
            let officer = fixture.officerBrowsers[0]
            try await officer.get("/complaints/\(id)")
            #expect(try await officer.post("/complaints/\(id)/status", form: [("status", "closed")]).status == .seeOther)
            try await officer.get("/complaints/\(id)")
            let early = try await officer.post("/complaints/\(id)/delete", form: [("confirm", "yes")])
            #expect(early.status == .conflict)
            clock.advance(by: (2 * 365 - 10) * 86400)
            // The sessions of the fixture have expired by now: sign in again.
            let again = Browser(client: fixture.client)
            try await again.signIn("officer.one", ComplaintFixture.password)
            let warned = try await again.get("/a/thapkhlo/complaints")
            #expect(warned.text.contains("retention-warning"))
            clock.advance(by: 20 * 86400)
            let later = Browser(client: fixture.client)
            try await later.signIn("officer.one", ComplaintFixture.password)
            #expect(try await later.get("/a/thapkhlo/complaints").text.contains("retention-expired"))
            try await later.get("/complaints/\(id)")
            #expect(try await later.post("/complaints/\(id)/delete", form: [("confirm", "yes")]).status == .seeOther)
            #expect(try await fixture.caseIDs().isEmpty)
            let trail = try await fixture.repositories.audit.fetchAuditEvents(agency: fixture.agency.id, limit: 100)
            #expect(trail.contains { $0.entity == "complaint" && $0.action == "delete" })
        }
    }
}
