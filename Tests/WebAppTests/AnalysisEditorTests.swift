import Foundation
import HTTPTypes
import HummingbirdTesting
import Planning
import Testing
import Workbench

/// Editing the analysis and recommendations, and drafting the analysis again.
@Suite struct AnalysisEditorTests {
    typealias Fixtures = PlanEditingFixtures

    /// The whole form for the ten indicators, with indicator 9 and the recommendations given.
    static func form(weaknesses9: String, recommendations: [(String, String)]) -> [(String, String)] {
        var fields: [(String, String)] = []
        for number in 1...10 {
            fields.append(("indicator", String(number)))
            fields.append(("analysis.\(number).stance", number == 9 ? "develop" : "keep"))
            fields.append(("analysis.\(number).keepOrImprove", number == 9 ? "ควรเปิดเผยข้อมูลให้ครบ" : "รักษามาตรฐาน"))
            fields.append(("analysis.\(number).urgentWeaknesses", number == 9 ? weaknesses9 : ""))
        }
        for (code, text) in recommendations {
            fields.append(("recommendations.itemCode", code))
            fields.append(("recommendations.text", text))
        }
        return fields
    }

    @Test func anEditRoundTripsThroughTheForm() async throws {
        try await TestServer.run { server, browser in
            try await Fixtures.signIn(browser, server, as: .coordinator)
            let before = try await Fixtures.plan(server)
            let page = try await browser.get("/a/thapkhlo/analysis")
            #expect(page.status == .ok)
            #expect(page.text.contains("name=\"analysis.9.urgentWeaknesses\""))
            #expect(page.text.contains("[O2] "), "the stored weaknesses show with their item codes")
            #expect(page.text.contains("- การสรรหาและคัดเลือกบุคลากร"), "details show as lines starting with -")
            let grouped = try #require(page.text.range(of: "(IIT)")?.lowerBound)
            #expect(grouped < (page.text.range(of: "(EIT)")?.lowerBound ?? grouped) , "grouped by instrument, IIT first")

            let weaknesses = "[o2] ไม่มีช่องทางติดต่อผู้บริหาร\n- โทรศัพท์\n - อีเมล\n\nรายงานรอบ 6 เดือนไม่ครบ"
            let saved = try await browser.post("/a/thapkhlo/analysis", form: Self.form(
                weaknesses9: weaknesses,
                recommendations: [("i7", "  เผยแพร่แผนการใช้จ่ายงบประมาณ  "), ("", ""), ("E10", "เผยแพร่ช่องทางร้องเรียน")]))
            #expect(saved.status == .seeOther)

            let after = try await Fixtures.plan(server)
            #expect(after.year.analysis.count == 10)
            let nine = try #require(after.year.analysis.first { $0.indicator == 9 })
            #expect(nine.stance == .develop && nine.keepOrImprove == "ควรเปิดเผยข้อมูลให้ครบ")
            #expect(nine.urgentWeaknesses == [
                Weakness(text: "ไม่มีช่องทางติดต่อผู้บริหาร", itemCode: "O2", details: ["โทรศัพท์", "อีเมล"]),
                Weakness(text: "รายงานรอบ 6 เดือนไม่ครบ"),
            ])
            #expect(after.year.recommendations == [
                Recommendation(itemCode: "I7", indicator: 2, text: "เผยแพร่แผนการใช้จ่ายงบประมาณ"),
                Recommendation(itemCode: "E10", indicator: 7, text: "เผยแพร่ช่องทางร้องเรียน"),
            ])
            #expect(after.measures == before.measures, "the analysis never touches measures")

            let shown = try await browser.get("/a/thapkhlo/analysis").text
            #expect(shown.contains("[O2] ไม่มีช่องทางติดต่อผู้บริหาร\n- โทรศัพท์\n- อีเมล\nรายงานรอบ 6 เดือนไม่ครบ"))
            #expect(shown.contains("value=\"E10\""))
        }
    }

    @Test(arguments: [
        (["[O99] ไม่มีข้อนี้"], [("I7", "ข้อความ")], "analysis[8].urgentWeaknesses[0].itemCode", "O99"),
        ([""], [("I7", "ข้อความ"), ("X5", "ไม่มีข้อนี้")], "recommendations[1].itemCode", "X5"),
        ([""], [("I7", "")], "recommendations[0].text", "ข้อเสนอแนะแถวที่ 1"),
    ])
    func unknownCodesAndEmptyTextsAreRefused(weaknesses: [String], recommendations: [(String, String)], field: String, named: String) async throws {
        try await TestServer.run { server, browser in
            try await Fixtures.signIn(browser, server, as: .coordinator)
            let before = try await Fixtures.plan(server)
            try await browser.get("/a/thapkhlo/analysis")
            let response = try await browser.post("/a/thapkhlo/analysis", form: Self.form(
                weaknesses9: weaknesses.joined(separator: "\n"), recommendations: recommendations))
            #expect(response.status == .badRequest)
            #expect(response.text.contains("<code>\(field)</code>"))
            #expect(response.text.contains(named))
            #expect(response.text.contains("name=\"analysis.9.urgentWeaknesses\""), "the form comes back with what was typed")
            #expect(try await Fixtures.plan(server) == before, "nothing stored changes")
        }
    }

    @Test func draftingAgainRewritesTheAnalysisOnly() async throws {
        try await TestServer.run { server, browser in
            try await Fixtures.signIn(browser, server, as: .coordinator)
            try await browser.get("/a/thapkhlo/analysis")
            try await browser.post("/a/thapkhlo/analysis", form: Self.form(weaknesses9: "", recommendations: []))
            let edited = try await Fixtures.plan(server)
            #expect(edited.year.analysis.allSatisfy { $0.keepOrImprove != "หน่วยงานควรรักษามาตรฐานการดำเนินงานอย่างสม่ำเสมอต่อไป" })

            let response = try await browser.post("/a/thapkhlo/analysis/redraft", form: [])
            #expect(response.status == .seeOther)
            let drafted = try await Fixtures.plan(server)
            #expect(drafted.year.analysis.map(\.indicator) == Array(1...10))
            #expect(drafted.year.analysis[0].stance == .keep)
            #expect(drafted.year.analysis[0].keepOrImprove == "หน่วยงานควรรักษามาตรฐานการดำเนินงานอย่างสม่ำเสมอต่อไป")
            #expect(drafted.year.analysis[9].stance == .develop, "indicator 10 scored 25")
            #expect(drafted.measures == edited.measures)
            #expect(drafted.year.recommendations == edited.year.recommendations)
        }
    }

    @Test func readersSeeTheAnalysisButCannotChangeIt() async throws {
        try await TestServer.run { server, browser in
            try await Fixtures.signIn(browser, server, as: .viewer)
            let page = try await browser.get("/a/thapkhlo/analysis")
            #expect(page.status == .ok)
            #expect(!page.text.contains("<textarea"))
            #expect(page.text.contains("ข้อเสนอแนะของผู้ตรวจประเมิน"))
            #expect(try await browser.post("/a/thapkhlo/analysis", form: Self.form(weaknesses9: "", recommendations: [])).status == .forbidden)
            #expect(try await browser.post("/a/thapkhlo/analysis/redraft", form: []).status == .forbidden)
        }
    }
}
