import Documents
import ThaiText
import Workbench

/// One meeting report: for each measure, the reports dated in the month reviewed and its status
/// at the month's end.
struct MeetingPage {
    let scope: AgencyScope
    let context: AppRequestContext
    let review: MeetingReview

    var t: Language { context.language }
    var meeting: MeetingReport { review.meeting }

    func render() -> String {
        let document = "\(scope.base)/documents/meetings/\(meeting.id)"
        let reported = review.measures.filter { !$0.entries.isEmpty }.count
        let notes: HTML = meeting.notes.isEmpty ? .empty
            : "<h2>\(t("บันทึกการประชุม", "Notes"))</h2><p class=\"panel\">\(MultilineText(meeting.notes).html)</p>"
        let content: HTML = """
            <p class="muted"><a href="\(scope.base)/meetings?year=\(meeting.planYear)">\(t("← การประชุมทั้งหมด", "← All meetings"))</a></p>
            <h1>\(meeting.title)</h1>
            \(FactsTable(rows: [
                (t("วันประชุม", "Meeting date"), "\(meeting.meetingDate.thaiFull)"),
                (t("เดือนที่รายงานผล", "Month reviewed"), "\(meeting.month.thaiFull)"),
                (t("ผู้บันทึก", "Recorded by"), "\(meeting.createdBy)"),
            ]).html)
            <p class="actions"><a class="button secondary" href="\(document).html">HTML</a>
            <a class="button secondary" href="\(document).docx">Word (.docx)</a>
            <a class="button secondary" href="\(document).pdf">PDF</a></p>
            \(notes)
            <h2>\(t("ผลการดำเนินการตามมาตรการ", "Progress of the measures"))</h2>
            <p>\(t("มีการรายงานผลในเดือนนี้", "Reported this month:")) \(reported) \(t("จาก", "of")) \(review.measures.count) \(t("มาตรการ", "measures"))</p>
            \(table())
            """
        return scope.layout(context, .meetings, path: "\(scope.base)/meetings/\(meeting.id)")
            .page(title: meeting.title, content)
    }

    private func table() -> HTML {
        let rows = review.measures.map { item -> HTML in
            let measure = item.measure
            let latest: HTML = item.latest.map { entry in
                "\(ProgressStatusLabel(status: entry.status, overdue: false, language: t).html) \(entry.percent)%"
            } ?? "<span class=\"muted\">\(t("ยังไม่มีการรายงานผล", "no report yet"))</span>"
            return """
                <tr><td>\(measure.position). <a href="\(scope.base)/measures/\(measure.id)/progress">\(measure.measure.title)</a></td>
                <td>\(entries(item.entries))</td><td>\(latest)</td></tr>
                """
        }
        return """
            <table class="data meeting"><thead><tr><th scope="col">\(t("มาตรการ", "Measure"))</th>
            <th scope="col">\(t("ผลการดำเนินการในเดือน", "Reported in")) \(meeting.month.thaiFull)</th>
            <th scope="col">\(t("สถานะ ณ สิ้นเดือน", "Status at the month's end"))</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
    }

    private func entries(_ entries: [ProgressEntry]) -> HTML {
        guard !entries.isEmpty else { return "<span class=\"muted\">\(t("ไม่มีการรายงานผลในเดือนนี้", "nothing reported this month"))</span>" }
        let items = entries.map { entry -> HTML in
            let files = (review.evidence[entry.id] ?? []).map { file -> HTML in
                "<li><a href=\"\(scope.base)/evidence/\(file.id)\">\(file.fileName)</a></li>"
            }
            return """
                <li class="entry"><strong><time datetime="\(entry.date.iso8601)">\(entry.date.thaiAbbreviated)</time></strong>
                \(ProgressStatusLabel(status: entry.status, overdue: false, language: t).html) \(entry.percent)%
                <br>\(MultilineText(entry.text).html)\(files.isEmpty ? .empty : "<ul class=\"evidence\">\(files)</ul>" as HTML)</li>
                """
        }
        return "<ul class=\"entries\">\(items)</ul>"
    }
}
