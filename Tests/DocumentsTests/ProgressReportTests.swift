@testable import Documents
import Foundation
import Testing

@Suite struct ProgressReportTests {
    let report = ProgressReportFixture.report

    @Test func pageMatchesSnapshot() {
        Snapshot.assertMatches(ReportHTML(report).page(fonts: .linked(prefix: "fonts/")), named: "progress-report-page.html")
    }

    @Test func documentXMLMatchesSnapshot() {
        Snapshot.assertMatches(ReportDOCX(report).documentXML, named: "progress-report-document.xml")
    }

    @Test func titleNamesTheYearAgencyAndTheDayTheDataStandsAt() {
        #expect(report.titleLines == [
            "รายงานผลการดำเนินการ", "ตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "ประจำปีงบประมาณ พ.ศ. 2566",
            "ขององค์การบริหารส่วนตำบลทับคล้อ", "อำเภอทับคล้อ จังหวัดพิจิตร",
        ])
        #expect(report.documentTitle == "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
            + "ประจำปีงบประมาณ พ.ศ. 2566 ขององค์การบริหารส่วนตำบลทับคล้อ")
        #expect(report.dateLine == "ข้อมูล ณ วันที่ 31 มีนาคม พ.ศ. 2566")
    }

    @Test func eachMeasureShowsWhatWasDoneWithEvidenceAndItsCurrentStatus() throws {
        #expect(report.measures.count == 7)
        let first = report.measures[0]
        #expect(first.heading == "มาตรการที่ 1 การเผยแพร่และประชาสัมพันธ์ข้อมูลการใช้จ่ายงบประมาณ")
        #expect(first.fields.map(\.value) == ["สำนักปลัด, กองคลัง", "ต.ค. 2565 - ก.ย. 2566", "ดำเนินการแล้วเสร็จ (ร้อยละ 100)"])
        let log = try #require(first.log)
        #expect(log.rows.count == 2)
        #expect(log.rows[0][0].lines == ["5 พ.ย. 2565"])
        #expect(log.rows[0][1].lines == [ProgressReportFixture.briefing])
        #expect(log.rows[0][2].lines == ["รายงานการประชุมชี้แจงแผน.pdf", "ลงวันที่ 5 พ.ย. 2565", "SHA-256 3a7bd3e2360a"])
        #expect(log.rows[0][3].lines == ["อยู่ระหว่างดำเนินการ", "ร้อยละ 40"])
        #expect(report.measures[2].log == nil)
        #expect(report.measures[2].fields[2].value == ProgressReport.noReport)
    }

    @Test func leavesOutReportsDatedAfterTheAsOfDay() throws {
        let sixth = try #require(report.measures[5].log)
        #expect(sixth.rows.count == 1)
        #expect(!ReportHTML(report).body().contains(ProgressReportFixture.afterAsOf))
        #expect(report.summary.rows[5][2].lines == ["อยู่ระหว่างดำเนินการ"])
        #expect(report.summary.rows[5][3].lines == ["30"])
    }

    @Test func summarisesEveryMeasure() {
        #expect(report.summary.rows.count == 7)
        #expect(report.summary.rows[0].map(\.lines) == [["1"], [SeedPlan.measureTitles[0]], ["ดำเนินการแล้วเสร็จ"], ["100"]])
        #expect(report.summary.rows[6][2].lines == [ProgressReport.noReport])
        #expect(report.summaryLine == "มีการรายงานผลการดำเนินการแล้ว 3 จาก 7 มาตรการ")
    }

    @Test func escapesTypedTextInBothFormats() {
        let html = ReportHTML(report).body()
        #expect(html.contains("&lt;ฉบับร่าง&gt; &amp; เสนอ"))
        #expect(!html.contains("<ฉบับร่าง>"))
        let xml = ReportDOCX(report).documentXML
        #expect(xml.contains("&lt;ฉบับร่าง&gt; &amp; เสนอ"))
    }

    @Test func sameDataAndDayGiveTheSameBytes() throws {
        let again = ProgressReport(
            agency: SeedPlan.plan.agency, planYear: 2566, measures: ProgressReportFixture.measures, asOf: ProgressReportFixture.asOf)
        #expect(try ReportDOCX(again).data() == ReportDOCX(report).data())
        #expect(ReportHTML(again).page() == ReportHTML(report).page())
    }

    @Test func docxUnzipsIntoWellFormedPartsWhoseRelationshipsResolve() throws {
        let parts = try MeasuresDocumentDOCXTests.unzip(try ReportDOCX(report).data())
        #expect(Set(parts.keys) == Set(MeasuresDocumentDOCXTests.expectedParts.filter { !$0.hasPrefix("word/media/") }))
        for (path, data) in parts where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
            #expect(TextChecks.xmlError(data) == nil, "\(path): \(TextChecks.xmlError(data) ?? "")")
        }
        let relationships = String(decoding: try #require(parts["word/_rels/document.xml.rels"]), as: UTF8.self)
        for target in MeasuresDocumentDOCXTests.matches(#"Target="([^"]+)""#, in: relationships) {
            #expect(parts["word/" + target] != nil, "word/\(target) is missing")
        }
    }

    @Test func columnWidthsFillTheTextWidthExactly() {
        for kind in ReportTable.Kind.allCases {
            #expect(kind.widths.reduce(0, +) == 100, "\(kind)")
            #expect(ReportDocumentBody.twips(kind.widths).reduce(0, +) == WordDocumentBody.textWidth, "\(kind)")
        }
    }
}
