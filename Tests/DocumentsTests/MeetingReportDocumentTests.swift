@testable import Documents
import Foundation
import Testing
import ThaiText

@Suite struct MeetingReportDocumentTests {
    let meeting = ProgressReportFixture.novemberMeeting

    @Test func bodyMatchesSnapshot() {
        Snapshot.assertMatches(ReportHTML(meeting).body() + "\n", named: "meeting-report-body.html")
    }

    @Test func defaultTitleNamesTheMonth() {
        #expect(MeetingReportDocument.defaultTitle(for: YearMonth(year: 2565, month: .november))
            == "รายงานผลการดำเนินการตามมาตรการ ในการประชุมประจำเดือน พฤศจิกายน 2565")
        #expect(meeting.titleLines[1] == "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566")
        #expect(meeting.fields.map(\.value) == ["วันที่ 7 ธันวาคม พ.ศ. 2565", "พฤศจิกายน พ.ศ. 2565"])
    }

    @Test func listsOnlyTheMonthsReportsWithTheStatusAtTheMonthsEnd() {
        let rows = meeting.table.rows
        #expect(rows.count == 7)
        #expect(rows[0][1].lines == [
            "5 พ.ย. 2565: \(ProgressReportFixture.briefing)", "หลักฐาน: รายงานการประชุมชี้แจงแผน.pdf (SHA-256 3a7bd3e2360a)",
        ])
        // December's report on measure 1 is not November's, and does not set November's status.
        #expect(rows[0][2].lines == ["อยู่ระหว่างดำเนินการ", "ร้อยละ 40"])
        #expect(rows[1][1].lines == [MeetingReportDocument.nothingThisMonth])
        #expect(rows[1][2].lines == [ProgressReport.noReport])
        #expect(rows[5][1].lines.count == 1)
        #expect(meeting.summaryLine == "มีการรายงานผลการดำเนินการในเดือนพฤศจิกายน 2 จาก 7 มาตรการ")
        let text = TextChecks.visibleText(ofHTML: ReportHTML(meeting).body())
        #expect(!text.contains(ProgressReportFixture.published))
    }

    @Test func notesBecomeParagraphs() {
        #expect(meeting.notes == ["ที่ประชุมรับทราบผลการดำเนินการ", "ให้ทุกกองรายงานผลภายในวันที่ 5 ของเดือนถัดไป"])
        let xml = ReportDOCX(meeting).documentXML
        #expect(xml.contains("ให้ทุกกองรายงานผลภายในวันที่ 5 ของเดือนถัดไป"))
        #expect(TextChecks.xmlError(Data(xml.utf8)) == nil)
    }
}
