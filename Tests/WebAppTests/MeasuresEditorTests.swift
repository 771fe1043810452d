import Foundation
import HTTPTypes
import HummingbirdTesting
import Planning
import Testing
import ThaiText
import Workbench

/// The measures table and the measure form: who may edit what, validation, add, move, delete.
@Suite struct MeasuresEditorTests {
    typealias Fixtures = PlanEditingFixtures

    /// A complete, valid form; `change` adjusts fields before sending.
    static func form(
        title: String = "ประชาสัมพันธ์แผนการใช้จ่ายงบประมาณ", start: (Int, Int) = (10, 2565), end: (Int, Int) = (9, 2566),
        divisions: [String] = ["กองคลัง"], other: String = ""
    ) -> [(String, String)] {
        [
            ("title", title), ("steps", "ประชุมชี้แจง\n\nจัดทำอินโฟกราฟิก\n"),
            ("period.start.month", String(start.0)), ("period.start.year", String(start.1)),
            ("period.end.month", String(end.0)), ("period.end.year", String(end.1)),
            ("monitoring", "รายงานในการประชุมประจำเดือน"), ("divisions-other", other),
        ] + divisions.map { ("divisions", $0) }
    }

    @Test func theTableLinksEveryMeasureToItsFormItsProgressAndTheExports() async throws {
        try await TestServer.run { server, browser in
            try await Fixtures.signIn(browser, server, as: .coordinator)
            let plan = try await Fixtures.plan(server)
            let page = try await browser.get("/a/thapkhlo/measures")
            #expect(page.status == .ok)
            for record in plan.measures {
                #expect(page.text.contains("/a/thapkhlo/measures/\(record.id)/progress"))
                #expect(page.text.contains("/a/thapkhlo/measures/\(record.id)/edit?year=2566"))
            }
            #expect(page.text.contains("/a/thapkhlo/export/measures.csv?year=2566"))
            #expect(page.text.contains("ต.ค. 2565 - เม.ย. 2566"))
        }
    }

    @Test func aDivisionHeadEditsOnlyTheMeasuresOfTheDivision() async throws {
        try await TestServer.run { server, browser in
            let plan = try await Fixtures.plan(server)
            // Measure 2 names กองคลัง only.
            let measure = plan.measures[1]
            #expect(measure.measure.divisions == ["กองคลัง"])
            try await Fixtures.signIn(browser, server, as: .divisionHead, division: "กองช่าง", username: "head-works")
            #expect(try await browser.get("/a/thapkhlo/measures/\(measure.id)/edit").status == .forbidden)
            try await browser.get("/a/thapkhlo/measures")
            let refused = try await browser.post("/a/thapkhlo/measures/\(measure.id)/edit", form: Self.form(title: "ไม่ควรเปลี่ยน"))
            #expect(refused.status == .forbidden)
            #expect(try await Fixtures.plan(server).measures[1] == measure)

            let finance = Browser(client: browser.client)
            try await Fixtures.signIn(finance, server, as: .divisionHead, division: "กองคลัง", username: "head-finance")
            #expect(try await finance.get("/a/thapkhlo/measures/\(measure.id)/edit").status == .ok)
            let saved = try await finance.post("/a/thapkhlo/measures/\(measure.id)/edit", form: Self.form(title: "ปรับปรุงแล้ว"))
            #expect(saved.status == .seeOther)
            let stored = try await Fixtures.plan(server).measures[1]
            #expect(stored.measure.title == "ปรับปรุงแล้ว")
            #expect(stored.measure.steps == ["ประชุมชี้แจง", "จัดทำอินโฟกราฟิก"])
            #expect(stored.measure.indicators == measure.measure.indicators, "what the form does not edit is kept")
        }
    }

    @Test(arguments: [
        (MeasuresEditorTests.form(start: (4, 2566), end: (10, 2565)), "period.start"),
        (MeasuresEditorTests.form(title: "  "), "title"),
        (MeasuresEditorTests.form(divisions: [], other: " , "), "divisions"),
        (MeasuresEditorTests.form(end: (9, 2568)), "period.end"),
        ([("title", "ไม่มีระยะเวลา"), ("steps", "ขั้นตอน"), ("divisions", "กองคลัง")], "period.start"),
    ])
    func badInputIsRefusedNamingTheFieldAndChangesNothing(form: [(String, String)], field: String) async throws {
        try await TestServer.run { server, browser in
            try await Fixtures.signIn(browser, server, as: .coordinator)
            let measure = try await Fixtures.plan(server).measures[0]
            try await browser.get("/a/thapkhlo/measures/\(measure.id)/edit")
            let response = try await browser.post("/a/thapkhlo/measures/\(measure.id)/edit", form: form)
            #expect(response.status == .badRequest)
            #expect(response.text.contains("<code>\(field)</code>"))
            #expect(try await Fixtures.plan(server).measures[0] == measure, "the stored measure is unchanged")
        }
    }

    @Test func divisionsComeFromCheckboxesAndTheFreeTextLine() async throws {
        try await TestServer.run { server, browser in
            try await Fixtures.signIn(browser, server, as: .coordinator)
            let measure = try await Fixtures.plan(server).measures[6]
            let page = try await browser.get("/a/thapkhlo/measures/\(measure.id)/edit")
            // "สำนักปลัด (งานวิเคราะห์นโยบายและแผน)" is not in the division list, so it sits in the free line.
            #expect(page.text.contains("name=\"divisions-other\" value=\"สำนักปลัด (งานวิเคราะห์นโยบายและแผน)\""))
            #expect(page.text.contains("<option value=\"10\" selected>ต.ค.</option>"))
            let saved = try await browser.post("/a/thapkhlo/measures/\(measure.id)/edit", form: Self.form(
                divisions: ["สำนักปลัด", "กองคลัง"], other: "งานนิติการ, กองคลัง"))
            #expect(saved.status == .seeOther)
            let stored = try await Fixtures.plan(server).measures[6]
            #expect(stored.measure.divisions == ["สำนักปลัด", "กองคลัง", "งานนิติการ"])
            #expect(stored.measure.period == MonthPeriod(start: YearMonth(year: 2565, month: .october), end: YearMonth(year: 2566, month: .september)))
        }
    }

    @Test func addMoveAndDelete() async throws {
        try await TestServer.run { server, browser in
            try await Fixtures.signIn(browser, server, as: .coordinator)
            try await browser.get("/a/thapkhlo/measures")
            let key = try #require(MeasureTemplateLibrary.bundled.templates.first?.key)
            let added = try await browser.post("/a/thapkhlo/measures?year=2566", form: [("template", key)])
            #expect(added.status == .seeOther)
            var plan = try await Fixtures.plan(server)
            #expect(plan.measures.count == 8 && plan.measures[7].position == 8)
            #expect(added.headers[.location] == "/a/thapkhlo/measures/\(plan.measures[7].id)/edit?year=2566")

            #expect(try await browser.get("/a/thapkhlo/measures/new").status == .ok)
            let blank = try await browser.post("/a/thapkhlo/measures?year=2566", form: Self.form(title: "มาตรการใหม่"))
            #expect(blank.status == .seeOther)
            let refused = try await browser.post("/a/thapkhlo/measures?year=2566", form: Self.form(title: ""))
            #expect(refused.status == .badRequest)
            plan = try await Fixtures.plan(server)
            #expect(plan.measures.map(\.measure.title).last == "มาตรการใหม่" && plan.measures.count == 9)

            let first = plan.measures[0]
            #expect(try await browser.post("/a/thapkhlo/measures/\(first.id)/move", form: [("direction", "down")]).status == .seeOther)
            plan = try await Fixtures.plan(server)
            #expect(plan.measures[1].id == first.id && plan.measures.map(\.position) == Array(1...9))

            try await Fixtures.addProgress(server, to: first)
            let kept = try await browser.post("/a/thapkhlo/measures/\(first.id)/delete", form: [])
            #expect(kept.status == .conflict)
            #expect(kept.text.contains("มีรายงานความก้าวหน้าแล้ว"))
            let other = plan.measures[0]
            #expect(try await browser.post("/a/thapkhlo/measures/\(other.id)/delete", form: []).status == .seeOther)
            plan = try await Fixtures.plan(server)
            #expect(plan.measures.count == 8 && plan.measures.map(\.position) == Array(1...8))
            #expect(plan.measures[0].id == first.id)
        }
    }

    @Test func divisionHeadsCannotAddMoveOrDelete() async throws {
        try await TestServer.run { server, browser in
            let measure = try await Fixtures.plan(server).measures[1]
            try await Fixtures.signIn(browser, server, as: .divisionHead, division: "กองคลัง")
            try await browser.get("/a/thapkhlo/measures")
            #expect(try await browser.post("/a/thapkhlo/measures", form: [("template", "x")]).status == .forbidden)
            #expect(try await browser.post("/a/thapkhlo/measures/\(measure.id)/move", form: [("direction", "up")]).status == .forbidden)
            #expect(try await browser.post("/a/thapkhlo/measures/\(measure.id)/delete", form: []).status == .forbidden)
            #expect(try await browser.get("/a/thapkhlo/measures/new").status == .forbidden)
        }
    }
}
