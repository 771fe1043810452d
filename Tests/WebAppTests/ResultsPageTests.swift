import Foundation
import HTTPTypes
import HummingbirdTesting
import Scoring
import Storage
import Testing
import Workbench

/// Uploading a result or the published document, previewing it, and confirming it.
@Suite struct ResultsPageTests {
    typealias Fixtures = PlanEditingFixtures

    static func uploadDocument(_ browser: Browser, slug: String) async throws -> TestResponse {
        try await browser.postMultipart(
            "/a/\(slug)/results/preview", fields: [],
            files: [("file", Fixtures.documentName, "text/plain", try Fixtures.fixture(Fixtures.documentName))])
    }

    static func confirm(_ browser: Browser, preview: TestResponse, slug: String) async throws -> TestResponse {
        let content = try Fixtures.hiddenValue("content", in: preview.text)
        let fileName = try Fixtures.hiddenValue("fileName", in: preview.text)
        return try await browser.post("/a/\(slug)/results/confirm", form: [("fileName", fileName), ("content", content)])
    }

    @Test func theRealDocumentBecomesANewAgencysFirstPlan() async throws {
        try await TestServer.run { server, browser in
            let agency = try await Fixtures.newAgency(server)
            try await Fixtures.signIn(browser, server, as: .coordinator, slug: agency.slug)
            let empty = try await browser.get("/a/\(agency.slug)/results")
            #expect(empty.status == .ok)
            #expect(empty.text.contains("enctype=\"multipart/form-data\""))

            let preview = try await Self.uploadDocument(browser, slug: agency.slug)
            #expect(preview.status == .ok)
            let page = preview.text
            // Every warning with its line: the damaged "ข้อ 17" resolved to I7, the broken division names.
            #expect(page.contains("<strong>บรรทัด 35</strong>"))
            let line35 = try #require(page.firstMatch(of: /<li><strong>บรรทัด 35<\/strong>[^\n]*<\/li>/))
            #expect(line35.output.contains("I7") && line35.output.contains("I17"))
            #expect(page.contains("<strong>บรรทัด 118</strong>"))
            #expect(page.contains("จะสร้างแผนปีงบประมาณ 2566"))
            #expect(page.contains("id=\"result-total\">73.35") && page.contains("id=\"result-level\">C"))
            #expect(page.contains("การพัฒนาและปรับปรุงการเปิดเผยข้อมูลการป้องกันการทุจริต"), "the measures found")
            #expect(page.contains("เอกสารนี้เป็นของ องค์การบริหารส่วนตำบลทับคล้อ"))
            #expect(try await server.repositories.plans.fetchPlanYears(agency: agency.id).isEmpty, "a preview stores nothing")

            let confirmed = try await Self.confirm(browser, preview: preview, slug: agency.slug)
            #expect(confirmed.status == .seeOther)
            #expect(confirmed.headers[.location] == "/a/\(agency.slug)/results?year=2566")
            let plan = try await Fixtures.plan(server, slug: agency.slug)
            #expect(plan.measures.count == 7)
            #expect(plan.measures.map(\.position) == Array(1...7))
            #expect(plan.year.recommendations.map(\.itemCode) == ["I7", "I23", "E6", "E7", "E10", "O38", "O42", "O43"])
            #expect(plan.year.result.total == Decimal(string: "73.35"))
            let shown = try await browser.get("/a/\(agency.slug)/results")
            #expect(shown.text.contains("id=\"result-total\">73.35"))
            #expect(shown.text.contains("/years/next?year=2566"), "plan editors get the start-next-year button")
        }
    }

    @Test func importingIntoAnExistingYearReplacesTheResultAndKeepsMeasuresAndProgress() async throws {
        try await TestServer.run { server, browser in
            try await Fixtures.signIn(browser, server, as: .coordinator)
            var before = try await Fixtures.plan(server)
            var edited = before.measures[0]
            edited.measure.title = "มาตรการที่แก้ไขแล้ว"
            try await server.repositories.plans.updateMeasure(edited, actor: .system(at: Date()))
            try await Fixtures.addProgress(server, to: edited)
            var year = before.year
            year.result.total = 50
            year.recommendations = []
            try await server.repositories.plans.updateFiscalYear(year, actor: .system(at: Date()))
            before = try await Fixtures.plan(server)

            let preview = try await Self.uploadDocument(browser, slug: "thapkhlo")
            #expect(preview.status == .ok)
            #expect(preview.text.contains("มาตรการและความก้าวหน้าที่บันทึกไว้จะไม่เปลี่ยนแปลง"))
            let confirmed = try await Self.confirm(browser, preview: preview, slug: "thapkhlo")
            #expect(confirmed.status == .seeOther)

            let after = try await Fixtures.plan(server)
            #expect(after.year.result.total == Decimal(string: "73.35"), "the result is replaced")
            #expect(after.year.recommendations.count == 8, "a document brings its recommendations")
            #expect(after.measures == before.measures, "measures untouched")
            #expect(after.measures[0].measure.title == "มาตรการที่แก้ไขแล้ว")
            let progress = try await server.repositories.plans.fetchProgress(agency: after.year.agencyID, year: 2566)
            #expect(progress.count == 1)
        }
    }

    @Test func aBrokenCSVIsRefusedWithItsLineAndNothingIsStored() async throws {
        try await TestServer.run { server, browser in
            try await Fixtures.signIn(browser, server, as: .coordinator)
            let before = try await Fixtures.plan(server)
            let csv = Data("fiscalYear,2565\nindicator,score\n1,100.00\n2,ไม่ทราบ\n3,100.00\n".utf8)
            let preview = try await browser.postMultipart(
                "/a/thapkhlo/results/preview", fields: [], files: [("file", "result.csv", "text/csv", csv)])
            #expect(preview.status == .badRequest)
            #expect(preview.text.contains("บรรทัด 4"))
            #expect(preview.text.contains("line 4"), "the English message names the line too")
            #expect(preview.text.contains("<code>score</code>"), "names the field")

            // The confirm step re-reads what it is sent, so a forged body fails the same way.
            let confirm = try await browser.post(
                "/a/thapkhlo/results/confirm", form: [("fileName", "result.csv"), ("content", csv.base64EncodedString())])
            #expect(confirm.status == .badRequest)
            #expect(try await Fixtures.plan(server) == before)
            #expect(try await server.repositories.plans.fetchPlanYears(agency: before.year.agencyID) == [2566])
        }
    }

    @Test func anUploadThatIsNotUTF8TextIsRefused() async throws {
        try await TestServer.run { server, browser in
            try await Fixtures.signIn(browser, server, as: .coordinator)
            let latin1 = Data([0x66, 0x69, 0x73, 0x63, 0x61, 0x6C, 0xE9, 0x0A])
            let response = try await browser.postMultipart(
                "/a/thapkhlo/results/preview", fields: [], files: [("file", "result.txt", "text/plain", latin1)])
            #expect(response.status == .badRequest)
            #expect(response.text.contains("UTF-8"))
            #expect(response.text.contains("<code>file</code>"))
        }
    }

    @Test func aCSVResultForTheNextYearReplacesTheCarriedResult() async throws {
        try await TestServer.run { server, browser in
            try await Fixtures.signIn(browser, server, as: .coordinator)
            #expect(try await browser.post("/a/thapkhlo/years/next?year=2566", form: []).status == .seeOther)
            let carried = try await browser.get("/a/thapkhlo/results?year=2567")
            #expect(carried.text.contains("id=\"carried-result\""))
            let started = try await Fixtures.plan(server, year: 2567)

            let csv = try String(decoding: Fixtures.fixture("seed-result.csv"), as: UTF8.self)
                .replacingOccurrences(of: "fiscalYear,2565", with: "fiscalYear,2566")
                .replacingOccurrences(of: "10,25.00", with: "10,75.00")
                .components(separatedBy: "\n").filter { !$0.hasPrefix("OIT") && !$0.hasPrefix("total") && !$0.hasPrefix("level") }
                .joined(separator: "\n")
            let preview = try await browser.postMultipart(
                "/a/thapkhlo/results/preview", fields: [], files: [("file", "result-2566.csv", "text/csv", Data(csv.utf8))])
            #expect(preview.status == .ok)
            #expect(preview.text.contains("แผนปีงบประมาณ 2567"))
            #expect(preview.text.contains("มาตรการด้านล่างจะไม่ถูกบันทึก"))
            let confirmed = try await Self.confirm(browser, preview: preview, slug: "thapkhlo")
            #expect(confirmed.headers[.location] == "/a/thapkhlo/results?year=2567")

            let after = try await Fixtures.plan(server, year: 2567)
            #expect(after.year.assessedYear == 2566)
            #expect(after.year.result.indicators[10] == 75)
            #expect(after.year.result.total == Decimal(string: "83.35"), "OIT (74.21 + 75) ÷ 2 × 0.4 with the unchanged parts")
            #expect(after.measures == started.measures, "measures untouched")
            #expect(after.year.analysis == started.year.analysis, "a result file does not replace the analysis")
            #expect(!(try await browser.get("/a/thapkhlo/results?year=2567")).text.contains("id=\"carried-result\""))
        }
    }

    @Test func onlyPlanEditorsMayUpload() async throws {
        try await TestServer.run { server, browser in
            try await Fixtures.signIn(browser, server, as: .viewer)
            let page = try await browser.get("/a/thapkhlo/results")
            #expect(page.status == .ok)
            #expect(!page.text.contains("results/preview"))
            let response = try await browser.postMultipart(
                "/a/thapkhlo/results/preview", fields: [],
                files: [("file", Fixtures.documentName, "text/plain", try Fixtures.fixture(Fixtures.documentName))])
            #expect(response.status == .forbidden)
        }
    }
}
