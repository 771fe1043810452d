import Documents
import Foundation
import Planning
import Testing

@Suite struct MeasuresDocumentHTMLTests {
    let document = try! MeasuresDocument(plan: SeedPlan.plan, criteria: SeedPlan.criteria)
    var html: MeasuresDocumentHTML { MeasuresDocumentHTML(document: document) }

    @Test func pageMatchesSnapshot() {
        // Linked fonts keep the snapshot readable; the embedded variant differs only in @font-face.
        Snapshot.assertMatches(html.page(fonts: .linked(prefix: "fonts/")), named: "seed-page.html")
    }

    static let seedFigures = [
        "100.00", "99.50", "99.45", "88.21", "66.15", "81.35", "74.21", "25.00",
        "99.80", "78.57", "49.60", "29.94", "23.57", "19.84", "73.35",
    ]

    @Test(arguments: seedFigures)
    func printsEveryFigureOfTheResultTable(_ figure: String) {
        #expect(html.body().contains(">\(figure)</td>"), "no table cell holds \(figure)")
    }

    @Test func mergesEachInstrumentsFiguresOverItsIndicatorRows() {
        let body = html.body()
        #expect(body.contains("<td class=\"ita-num\" rowspan=\"5\">99.80</td>"))
        #expect(body.contains("<td class=\"ita-num\" rowspan=\"3\">78.57</td>"))
        #expect(body.contains("<td class=\"ita-num\" rowspan=\"2\">49.60</td>"))
        #expect(body.contains("<td class=\"ita-num\" rowspan=\"2\">40</td>"))
        #expect(body.contains("รวม</th><td class=\"ita-num\">73.35</td>"))
        #expect(body.contains("พบว่ามีผลคะแนน 73.35 คะแนน อยู่ในระดับ C ดังนี้"))
    }

    @Test func printsTheThreeSectionsWithBuddhistEraYears() {
        let text = TextChecks.visibleText(ofHTML: html.body())
        #expect(text.contains("1. ผลการประเมิน ITA ขององค์การบริหารส่วนตำบลทับคล้อ ปีงบประมาณ พ.ศ. 2565"))
        #expect(text.contains("2. การวิเคราะห์ผลการประเมินจำแนกตามเครื่องมือการประเมิน"))
        #expect(text.contains("3. มาตรการในการส่งเสริมคุณธรรมและความโปร่งใสประจำปีงบประมาณ พ.ศ. 2566"))
        for christianYear in ["2021", "2022", "2023"] {
            #expect(!text.contains(christianYear), "a Christian-era year \(christianYear) slipped in")
        }
        for code in ["ข้อ I7", "ข้อ I23", "ข้อ E6 และ E7", "ข้อ E10", "ข้อ O38", "ข้อ O42", "ข้อ O43"] {
            #expect(text.contains(code), "recommendation \(code) is missing")
        }
        #expect(!text.contains("ข้อ 17"), "the broken printed code must not come back")
    }

    @Test func listsEveryMeasureWithItsPeriod() {
        let text = TextChecks.visibleText(ofHTML: html.body())
        for title in SeedPlan.measureTitles {
            #expect(text.contains(title), "measure \(title) is missing")
        }
        #expect(text.contains("ต.ค. 2565 - เม.ย. 2566"))
        #expect(text.contains("ต.ค. 2565 - ก.ย. 2566"))
        #expect(text.contains("สำนักปลัด (งานวิเคราะห์นโยบายและแผน)"))
    }

    @Test func analysisTablesNumberWeaknessesAndNestTheirDetails() {
        let body = html.body()
        #expect(body.components(separatedBy: "<table class=\"ita-table ita-analysis\">").count - 1 == 3)
        #expect(body.contains("scope=\"colgroup\">แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)</th>"))
        #expect(body.contains(
            "พบว่าขาดองค์ประกอบข้อมูล<ol class=\"ita-details\"><li>การสรรหาและคัดเลือกบุคลากร</li>"))
    }

    @Test func pageIsSelfContainedA4ForPrinting() throws {
        let page = html.page()
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"th\">"))
        #expect(page.contains("<meta charset=\"utf-8\">"))
        #expect(page.contains("@page { size: A4; margin: 2.5cm 2cm 2cm 3cm;"))
        #expect(page.contains("thead { display: table-header-group; }"))
        #expect(page.contains("tr { break-inside: avoid; page-break-inside: avoid; }"))
        #expect(page.contains("border-collapse: collapse"))
        #expect(page.components(separatedBy: "src: url(\"data:font/ttf;base64,").count - 1 == 2)
        #expect(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        for fetch in ["url(\"http", "src=\"http", "href=\"http"] {
            #expect(!page.contains(fetch), "the page must not load anything from the network")
        }
        // Regular and bold Sarabun as base64 are ~240 KB; the document itself is small.
        #expect(page.utf8.count < 400_000, "the page is \(page.utf8.count) bytes")
    }

    @Test func bodyIsAFragmentForAHostPage() {
        let body = html.body()
        #expect(body.hasPrefix("<article class=\"ita-measures\" lang=\"th\">"))
        #expect(body.hasSuffix("</article>"))
        #expect(!body.contains("<html") && !body.contains("<style") && !body.contains("@page"))
        // Every rule of the document stylesheet is scoped, so it cannot restyle the host page.
        for rule in DocumentStylesheet.document.split(separator: "\n") where rule.contains("{") && !rule.hasPrefix(" ") {
            #expect(rule.hasPrefix(".ita-measures"), "unscoped rule: \(rule)")
        }
    }

    @Test func outputIsDeterministic() throws {
        let again = try MeasuresDocument(plan: SeedPlan.plan, criteria: SeedPlan.criteria)
        #expect(MeasuresDocumentHTML(document: again).page() == html.page())
    }

    @Test func refusesCriteriaOfAnotherYear() {
        var plan = SeedPlan.plan
        plan.assessedYear = 2566
        #expect(throws: (any Error).self) { try MeasuresDocument(plan: plan, criteria: SeedPlan.criteria) }
    }
}
