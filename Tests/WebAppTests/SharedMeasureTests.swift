import Foundation
import HTTPTypes
import HummingbirdTesting
import Planning
import Testing
import Workbench

/// A measure shared by several divisions: each division head changes only their own division's part.
@Suite struct SharedMeasureTests {
    typealias Fixtures = PlanEditingFixtures

    /// Measure 2 (กองคลัง) shared with กองช่าง.
    static func sharedMeasure(_ server: TestServer.Instance) async throws -> MeasureRecord {
        var measure = try await Fixtures.plan(server).measures[1]
        measure.measure.divisions = ["กองคลัง", "กองช่าง"]
        try await server.repositories.plans.updateMeasure(measure, actor: .system(at: Date()))
        return measure
    }

    @Test func aDivisionHeadCannotRemoveOrAddOtherDivisionsOnTheForm() async throws {
        try await TestServer.run { server, browser in
            let measure = try await Self.sharedMeasure(server)
            try await Fixtures.signIn(browser, server, as: .divisionHead, division: "กองคลัง", username: "head-finance")
            let form = try await browser.get("/a/thapkhlo/measures/\(measure.id)/edit")
            #expect(form.text.contains("value=\"กองช่าง\" checked disabled"), "other divisions are shown, not editable")
            // The head unticks กองช่าง and adds สำนักปลัด: neither is theirs to change.
            let saved = try await browser.post(
                "/a/thapkhlo/measures/\(measure.id)/edit",
                form: MeasuresEditorTests.form(title: "ปรับโดยกองคลัง", divisions: ["กองคลัง", "สำนักปลัด"]))
            #expect(saved.status == .seeOther)
            let stored = try await Fixtures.plan(server).measures[1]
            #expect(stored.measure.title == "ปรับโดยกองคลัง")
            #expect(stored.measure.divisions == ["กองคลัง", "กองช่าง"])
        }
    }

    @Test func aDivisionHeadMayRemoveTheirOwnDivisionOnly() async throws {
        try await TestServer.run { server, browser in
            let measure = try await Self.sharedMeasure(server)
            try await Fixtures.signIn(browser, server, as: .divisionHead, division: "กองช่าง", username: "head-works")
            try await browser.get("/a/thapkhlo/measures/\(measure.id)/edit")
            // The form sends nothing for the locked กองคลัง box; กองช่าง is unticked.
            let saved = try await browser.post("/a/thapkhlo/measures/\(measure.id)/edit", form: MeasuresEditorTests.form(divisions: []))
            #expect(saved.status == .seeOther)
            #expect(try await Fixtures.plan(server).measures[1].measure.divisions == ["กองคลัง"])
        }
    }

    @Test func theAPIKeepsTheSameRule() async throws {
        try await TestServer.run { server, browser in
            let measure = try await Self.sharedMeasure(server)
            try await Fixtures.signIn(browser, server, as: .divisionHead, division: "กองคลัง", username: "head-finance")
            let api = try await APIClient.signIn(browser.client, "head-finance", Fixtures.password)
            let answer = try await api.send("/api/v1/agencies/thapkhlo/measures/\(measure.id)", .put, raw: #"{"divisions": ["กองคลัง"]}"#)
            #expect(answer.status == .ok)
            #expect(try await Fixtures.plan(server).measures[1].measure.divisions == ["กองคลัง", "กองช่าง"])

            // The coordinator still sets them freely.
            let coordinator = Browser(client: browser.client)
            try await Fixtures.signIn(coordinator, server, as: .coordinator)
            let coordinatorAPI = try await APIClient.signIn(browser.client, "coordinator-thapkhlo", Fixtures.password)
            #expect(try await coordinatorAPI.send("/api/v1/agencies/thapkhlo/measures/\(measure.id)", .put, raw: #"{"divisions": ["กองคลัง"]}"#).status == .ok)
            #expect(try await Fixtures.plan(server).measures[1].measure.divisions == ["กองคลัง"])
        }
    }

    @Test(arguments: [
        (["กองคลัง", "กองช่าง"], ["กองคลัง"], ["กองคลัง", "กองช่าง"]),
        (["กองคลัง", "กองช่าง"], ["กองช่าง"], ["กองช่าง"]),
        (["กองคลัง"], ["กองคลัง", "กองช่าง", "สำนักปลัด"], ["กองคลัง"]),
        (["กองช่าง"], ["กองช่าง", "กองคลัง (งานพัสดุ)"], ["กองช่าง", "กองคลัง (งานพัสดุ)"]),
    ])
    func theRuleAsAPureFunction(stored: [String], proposed: [String], expected: [String]) {
        let head = UserAccount(
            id: Identifier(UUID()), username: "h", displayName: "h", role: .divisionHead, agencyID: Identifier(UUID()),
            divisionName: "กองคลัง", passwordHash: "", mustChangePassword: false, createdAt: Date())
        #expect(Permissions.divisions(afterEditBy: head, stored: stored, proposed: proposed) == expected)
    }
}
