import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import ThaiText
import Workbench

/// "Start next year" from the results page and the API.
@Suite struct NextYearTests {
    typealias Fixtures = PlanEditingFixtures

    @Test func nextYearCopiesTheMeasuresWithShiftedPeriodsAndNoProgress() async throws {
        try await TestServer.run { server, browser in
            try await Fixtures.signIn(browser, server, as: .coordinator)
            let current = try await Fixtures.plan(server)
            try await Fixtures.addProgress(server, to: current.measures[0], evidence: "ประชุม.pdf")
            try await browser.get("/a/thapkhlo/results")
            let response = try await browser.post("/a/thapkhlo/years/next?year=2566", form: [])
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/a/thapkhlo/results?year=2567&started=2566")

            let next = try await Fixtures.plan(server, year: 2567)
            #expect(next.measures.count == 7)
            #expect(next.measures.map(\.measure.title) == current.measures.map(\.measure.title))
            #expect(next.measures[0].measure.period.thaiAbbreviated == "ต.ค. 2566 - ก.ย. 2567")
            #expect(next.measures[5].measure.period.thaiAbbreviated == "ต.ค. 2566 - เม.ย. 2567")
            #expect(Set(next.measures.map(\.id)).isDisjoint(with: current.measures.map(\.id)), "new ids")
            #expect(next.measures.allSatisfy { $0.planYear == 2567 })
            #expect(next.year.analysis == current.year.analysis && next.year.recommendations == current.year.recommendations)
            #expect(next.year.result == current.year.result && next.year.assessedYear == 2565, "last year's result until a new one")
            let agency = current.year.agencyID
            #expect(try await server.repositories.plans.fetchProgress(agency: agency, year: 2567).isEmpty)
            #expect(try await server.repositories.plans.fetchEvidence(agency: agency, year: 2567).isEmpty)
            #expect(try await server.repositories.plans.fetchProgress(agency: agency, year: 2566).count == 1, "this year's progress stays")

            let page = try await browser.get(response.headers[.location]!)
            #expect(page.text.contains("เริ่มปีงบประมาณ 2567"))
            #expect(page.text.contains("id=\"carried-result\""))
            #expect(page.text.contains("ยังเป็นของปีงบประมาณ 2565"))

            let again = try await browser.post("/a/thapkhlo/years/next?year=2566", form: [])
            #expect(again.status == .conflict)
            #expect(again.text.contains("2567"))
        }
    }

    @Test func onlyPlanEditorsStartAYear() async throws {
        try await TestServer.run { server, browser in
            try await Fixtures.signIn(browser, server, as: .divisionHead, division: "สำนักปลัด")
            let page = try await browser.get("/a/thapkhlo/results")
            #expect(!page.text.contains("/years/next"))
            #expect(try await browser.post("/a/thapkhlo/years/next", form: []).status == .forbidden)
            #expect(try await server.repositories.plans.fetchPlanYears(agency: Fixtures.agency(server).id) == [2566])
        }
    }
}
