import ThaiText
import Workbench

/// The year's monthly meeting reports, and for the coordinator the form to add one.
struct MeetingsPage {
    let scope: AgencyScope
    let context: AppRequestContext
    let year: Int
    let meetings: [MeetingReport]
    let today: ThaiDate

    var t: Language { context.language }

    func render() -> String {
        let content: HTML = """
            <h1>\(t("การประชุมประจำเดือน ปีงบประมาณ พ.ศ.", "Monthly meetings, fiscal year")) \(year)</h1>
            <p class="muted">\(t("รายงานผลการดำเนินการตามมาตรการในการประชุมประจำเดือน: แต่ละรายงานแสดงผลการดำเนินการที่รายงานในเดือนนั้นของทุกมาตรการ", "Each report shows, for every measure, the progress reported in the month the meeting reviewed."))</p>
            \(list())
            \(scope.canEditPlan ? form() : .empty)
            """
        return scope.layout(context, .meetings, path: "\(scope.base)/meetings\(scope.yearQuery)")
            .page(title: t("การประชุมประจำเดือน", "Monthly meetings"), content)
    }

    private func list() -> HTML {
        guard !meetings.isEmpty else {
            return "<p>\(t("ยังไม่มีรายงานการประชุม", "No meeting report yet."))</p>"
        }
        let rows = meetings.map { meeting -> HTML in
            let document = "\(scope.base)/documents/meetings/\(meeting.id)"
            return """
                <tr><td class="nowrap">\(meeting.month.thaiFull)</td>
                <td class="nowrap">\(meeting.meetingDate.thaiAbbreviated)</td>
                <td><a href="\(scope.base)/meetings/\(meeting.id)">\(meeting.title)</a></td>
                <td>\(meeting.createdBy)</td>
                <td class="nowrap"><a href="\(document).html">HTML</a> · <a href="\(document).docx">.docx</a> · <a href="\(document).pdf">PDF</a></td></tr>
                """
        }
        return """
            <table class="data"><thead><tr><th scope="col">\(t("เดือนที่รายงาน", "Month reviewed"))</th>
            <th scope="col">\(t("วันประชุม", "Meeting date"))</th><th scope="col">\(t("รายงาน", "Report"))</th>
            <th scope="col">\(t("ผู้บันทึก", "Recorded by"))</th><th scope="col">\(t("เอกสาร", "Documents"))</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
    }

    /// Meetings usually review the month before, so that month is chosen at first.
    private var suggestedMonth: YearMonth {
        let months = FiscalYear(year).period.months
        let previous = today.yearMonth.adding(months: -1)
        return months.last { $0 <= previous } ?? months[0]
    }

    private func form() -> HTML {
        let options = FiscalYear(year).period.months.map { month -> HTML in
            let selected: HTML = month == suggestedMonth ? " selected" : ""
            return "<option value=\"\(MeasureJSON.code(month))\"\(selected)>\(month.thaiFull)</option>"
        }
        return """
            <section aria-labelledby="new-heading">
            <h2 id="new-heading">\(t("บันทึกรายงานการประชุม", "Record a meeting"))</h2>
            <form method="post" action="\(scope.base)/meetings\(scope.yearQuery)" class="stack panel">
            \(CSRF.field(scope.identity))
            <div><label for="month">\(t("เดือนที่รายงานผล", "Month reviewed"))</label>
            <select id="month" name="month">\(options)</select></div>
            <div><label for="meetingDate">\(t("วันประชุม", "Meeting date"))</label>
            <input type="date" id="meetingDate" name="meetingDate" required max="\(today.iso8601)" value="\(today.iso8601)"></div>
            <div><label for="title">\(t("ชื่อรายงาน", "Title"))
            <span class="hint">\(t("เว้นว่างไว้ = “รายงานผลการดำเนินการตามมาตรการ ในการประชุมประจำเดือน” ตามด้วยเดือนที่เลือก", "if empty: “รายงานผลการดำเนินการตามมาตรการ ในการประชุมประจำเดือน” and the month chosen"))</span></label>
            <input type="text" id="title" name="title" maxlength="300"></div>
            <div><label for="notes">\(t("บันทึกการประชุม", "Notes"))</label>
            <textarea id="notes" name="notes" maxlength="10000"></textarea></div>
            <div class="actions"><button type="submit">\(t("บันทึก", "Save"))</button></div>
            </form>
            </section>
            """
    }
}
