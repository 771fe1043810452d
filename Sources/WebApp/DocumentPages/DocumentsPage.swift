import Documents
import Workbench

/// The year's documents, each as HTML, .docx and PDF: O42, O43 and every monthly meeting report.
struct DocumentsPage {
    let scope: AgencyScope
    let context: AppRequestContext
    let year: Int
    let meetings: [MeetingReport]
    let pdfAvailable: Bool
    /// The plan year's codes of the two documents on its OIT checklist.
    let codes: DocumentItemCodes

    var t: Language { context.language }

    func render() -> String {
        let base = "\(scope.base)/documents"
        let query = "?year=\(year)"
        let meetingRows = meetings.map { meeting -> HTML in
            """
            <tr><td><a href="\(scope.base)/meetings/\(meeting.id)">\(meeting.title)</a>
            <span class="muted">(\(t("ประชุม", "met")) \(meeting.meetingDate.thaiAbbreviated))</span></td>
            <td class="nowrap">\(DocumentFormat.links("\(base)/meetings/\(meeting.id)"))</td></tr>
            """
        }
        let noMeetings: HTML = "<tr><td colspan=\"2\" class=\"muted\">\(t("ยังไม่มีรายงานการประชุมประจำเดือน", "No monthly meeting report yet.")) <a href=\"\(scope.base)/meetings\(query)\">\(t("การประชุมประจำเดือน", "Monthly meetings"))</a></td></tr>"
        let pdfNote: HTML = pdfAvailable ? .empty
            : "<p class=\"notice warning\">\(t("เครื่องแม่ข่ายนี้ยังไม่ได้ติดตั้ง Chromium หรือ LibreOffice จึงยังสร้างไฟล์ PDF ไม่ได้ ใช้ HTML แล้วสั่งพิมพ์เป็น PDF จากเบราว์เซอร์แทนได้", "This server has neither Chromium nor LibreOffice, so it cannot make PDFs; open the HTML and print it to PDF from the browser instead."))</p>"
        let content: HTML = """
            <h1>\(t("เอกสาร ปีงบประมาณ พ.ศ.", "Documents, fiscal year")) \(year)</h1>
            \(pdfNote)
            <table class="data documents"><thead><tr><th scope="col">\(t("เอกสาร", "Document"))</th>
            <th scope="col">\(t("รูปแบบ", "Formats"))</th></tr></thead>
            <tbody>
            <tr><td>\(DocumentItemCodes.prefix(codes.measures))\(t("มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "Integrity and transparency measures"))</td>
            <td class="nowrap">\(DocumentFormat.links("\(base)/o42", query: query))</td></tr>
            <tr><td>\(DocumentItemCodes.prefix(codes.progress))\(t("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "Progress report on the measures"))
            <span class="muted">(\(t("ข้อมูล ณ วันที่ดาวน์โหลด", "as of the day of download")))</span></td>
            <td class="nowrap">\(DocumentFormat.links("\(base)/o43", query: query))</td></tr>
            </tbody></table>
            <h2>\(t("รายงานการประชุมประจำเดือน", "Monthly meeting reports"))</h2>
            <table class="data documents"><thead><tr><th scope="col">\(t("รายงาน", "Report"))</th>
            <th scope="col">\(t("รูปแบบ", "Formats"))</th></tr></thead>
            <tbody>\(meetings.isEmpty ? [noMeetings] : meetingRows)</tbody></table>
            """
        return scope.layout(context, .documents, path: "\(base)\(scope.yearQuery)")
            .page(title: t("เอกสาร", "Documents"), content)
    }
}
