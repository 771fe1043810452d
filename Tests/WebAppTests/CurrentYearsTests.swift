import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import Workbench
@testable import WebApp

/// The years agencies work in now: the OIT checklist of 2567–2570 lists every item of its year,
/// and a 2569 result shows its rating and what holds it back.
@Suite struct CurrentYearsTests {
    typealias Fixtures = PlanEditingFixtures

    @Test(arguments: [(2567, 43), (2568, 26), (2569, 26), (2570, 26)])
    func theChecklistListsEveryItemOfTheYearInOrder(year: Int, count: Int) async throws {
        try await TestServer.run { server, browser in
            try await Fixtures.signIn(browser, server, as: .coordinator)
            let page = try await browser.get("/a/thapkhlo/disclosure?year=\(year)")
            #expect(page.status == .ok)
            var position = page.text.startIndex
            for number in 1...count {
                let link = ">O\(number)</a>"
                guard let found = page.text.range(of: link, range: position..<page.text.endIndex) else {
                    Issue.record("O\(number) missing or out of order in \(year)")
                    return
                }
                position = found.upperBound
            }
            #expect(!page.text.contains(">O\(count + 1)</a>"))
            #expect(!page.text.contains("ยังไม่ทราบ)"), "no placeholder rows")
            if year >= 2568 {
                #expect(page.text.contains("ตัวชี้วัดย่อยไม่ทราบแน่ชัด"), "a guessed grouping says so")
            }
            #expect(page.text.contains("ยังไม่ได้ยืนยันกับคู่มือของสำนักงาน ป.ป.ช."))
        }
    }

    @Test func anItemOfUnknownTitleSaysSoOnItsPage() async throws {
        try await TestServer.run { server, browser in
            try await Fixtures.signIn(browser, server, as: .coordinator)
            let page = try await browser.get("/a/thapkhlo/disclosure/items/o7?year=2568")
            #expect(page.status == .ok)
            #expect(page.text.contains("รายการข้อ O7 ปี 2568"))
            #expect(page.text.contains("ไม่ทราบ (คาดว่า"))
        }
    }

    @Test func aResultOf2569ShowsItsRatingAndWhatHoldsItBack() async throws {
        try await TestServer.run { server, browser in
            try await Fixtures.signIn(browser, server, as: .coordinator)
            let rows = (1...5).map { "\($0),99.70" } + (6...8).map { "\($0),84.10" } + (9...10).map { "\($0),98.75" }
            let csv = (["fiscalYear,2569", "indicator,score"] + rows).joined(separator: "\n") + "\n"
            let preview = try await browser.postMultipart(
                "/a/thapkhlo/results/preview", fields: [], files: [("file", "ita-2569.csv", "text/csv", Data(csv.utf8))])
            #expect(preview.status == .ok)
            #expect(preview.text.contains("94.64"))
            #expect(preview.text.contains("ผ่าน"))
            #expect(preview.text.contains("EIT 84.10 &lt; 85") || preview.text.contains("EIT 84.10 < 85"))
            let confirmed = try await ResultsPageTests.confirm(browser, preview: preview, slug: "thapkhlo")
            #expect(confirmed.status == .seeOther)
            let plan = try await Fixtures.plan(server, year: 2570)
            #expect(plan.year.assessedYear == 2569)
            #expect(plan.year.result.level == "ผ่าน")

            let dashboard = try await browser.get("/a/thapkhlo?year=2570")
            #expect(dashboard.status == .ok)
            #expect(dashboard.text.contains("id=\"level\">ผ่าน<"))
            #expect(dashboard.text.contains("ถึงระดับผ่านดี: EIT ต้องเพิ่มอีก 0.90 คะแนน"))
            #expect(dashboard.text.contains("ยังไม่ถึงระดับผ่านดี เพราะ EIT 84.10 &lt; 85") || dashboard.text.contains("ยังไม่ถึงระดับผ่านดี เพราะ EIT 84.10 < 85"))
            #expect(dashboard.text.contains("id=\"due-next\""), "the 2570 calendar says what is due next")
            #expect(dashboard.text.contains("id=\"criteria-caveats\""))
        }
    }

    @Test func measureTemplatesShowTheNumbersOfThePlansYear() async throws {
        try await TestServer.run { server, browser in
            try await Fixtures.signIn(browser, server, as: .coordinator)
            let page = try await browser.get("/a/thapkhlo/measures?year=2566")
            #expect(page.status == .ok)
            // The example plan of 2566 answers the 2565 assessment, whose risk items are O36 and O37.
            #expect(page.text.contains("O36, O37"))
            #expect(!page.text.contains("O34, O35)"))
        }
    }
}
