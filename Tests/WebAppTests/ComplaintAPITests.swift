import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import WebApp

/// The officers' JSON API: the same case, the same checks, a bearer session's key unlocked at sign-in.
@Suite struct ComplaintAPITests {
    @Test func anOfficerHandlesACaseThroughTheAPI() async throws {
        try await ComplaintFixture.run { fixture in
            let receipt = try ComplaintFixture.receipt(try await fixture.file(fixture.reporter()).text)
            let api = try await APIClient.signIn(fixture.client, "officer.two", ComplaintFixture.password)
            let inbox = try JSONAnswer(try await api.send("/api/v1/agencies/thapkhlo/complaints", .get))
            #expect(inbox["recipient"] as? Bool == true && inbox["unlocked"] as? Bool == true)
            let list = try #require(inbox["complaints"] as? [[String: Any]])
            let id = try #require(list.first?["id"] as? String)
            #expect(list.first?["openable"] as? Bool == true && list.first?["category"] as? String == "corruption")

            let opened = try await api.send("/api/v1/complaints/\(id)", .get)
            #expect(opened.status == .ok && opened.text.contains(ComplaintFixture.sentence))
            let replied = try await api.send("/api/v1/complaints/\(id)/replies", .post, json: ["text": "ตอบผ่าน API แล้ว"])
            #expect(replied.status == .ok && replied.text.contains("ตอบผ่าน API แล้ว"))
            #expect(try await api.send("/api/v1/complaints/\(id)/notes", .post, json: ["text": "บันทึกผ่าน API"]).status == .ok)
            let status = try await api.send("/api/v1/complaints/\(id)/status", .put, json: ["status": "closed"])
            #expect(try JSONAnswer(status).at("complaint", "status") as? String == "closed")
            #expect(try await api.send("/api/v1/complaints/\(id)/status", .put, json: ["status": "nonsense"]).status == .badRequest)
            #expect(try await api.send("/api/v1/complaints/\(id)/forwardings", .post, json: ["destination": "district"]).status == .ok)
            #expect(try await api.send("/api/v1/complaints/\(id)", .delete).status == .conflict, "not before the retention period is over")

            let reporterView = try await fixture.followUp(fixture.reporter(), receipt: receipt)
            #expect(reporterView.text.contains("ตอบผ่าน API แล้ว") && !reporterView.text.contains("บันทึกผ่าน API"))

            let statistics = try JSONAnswer(try await api.send("/api/v1/agencies/thapkhlo/complaints/statistics", .get))
            #expect(statistics["total"] as? String == "<3")
        }
    }

    @Test func casesDoNotExistForAnyoneButRecipients() async throws {
        try await ComplaintFixture.run { fixture in
            try await fixture.file(fixture.reporter())
            let id = try #require(try await fixture.caseIDs().first)
            let coordinator = try await APIClient.signIn(fixture.client, "coordinator.c", ComplaintFixture.password)
            #expect(try await coordinator.send("/api/v1/complaints/\(id)", .get).status == .notFound)
            #expect(try await coordinator.send("/api/v1/complaints/\(id)/replies", .post, json: ["text": "x"]).status == .notFound)
            let inbox = try JSONAnswer(try await coordinator.send("/api/v1/agencies/thapkhlo/complaints", .get))
            #expect(inbox["recipient"] as? Bool == false && (inbox["complaints"] as? [Any])?.isEmpty == true)
            let anonymous = try await fixture.client.execute(uri: "/api/v1/complaints/\(id)", method: .get, headers: [:], body: nil)
            #expect(anonymous.status == .unauthorized)
        }
    }
}
