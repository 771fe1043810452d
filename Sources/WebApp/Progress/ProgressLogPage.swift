import Foundation
import ThaiText
import Workbench

/// One measure's progress log: the measure, its reports oldest first with their evidence, and the
/// form for those who may report on it.
struct ProgressLogPage {
    let scope: AgencyScope
    let context: AppRequestContext
    let standing: MeasureStanding
    let evidence: [Identifier<ProgressEntry>: [EvidenceFile]]
    /// Set when the user may report, with the days a report may carry.
    let form: ProgressEntryForm?
    let saved: Bool

    var t: Language { context.language }
    var measure: MeasureRecord { standing.measure }
    var path: String { "\(scope.base)/measures/\(measure.id)/progress" }

    func render() -> String {
        let content: HTML = """
            <p class="muted"><a href="\(scope.base)/progress\(scope.yearQuery)">\(t("← ความก้าวหน้าทุกมาตรการ", "← All measures"))</a></p>
            <h1>\(t("มาตรการที่ \(measure.position) ", "Measure \(measure.position): "))\(measure.measure.title)</h1>
            \(saved ? "<p class=\"notice success\" role=\"status\">\(t("บันทึกผลการดำเนินการแล้ว", "The report was saved."))</p>" as HTML : .empty)
            \(summary())
            <section aria-labelledby="entries-heading">
            <h2 id="entries-heading">\(t("ผลการดำเนินการ", "Reports")) (\(standing.entries.count))</h2>
            \(entries())
            </section>
            \(form?.render() ?? notAllowed())
            """
        return scope.layout(context, .progress, path: path)
            .page(title: t("ความก้าวหน้ามาตรการที่", "Progress of measure") + " \(measure.position)", content)
    }

    private func summary() -> HTML {
        let status = ProgressStatusLabel(status: standing.status, overdue: standing.isOverdue, language: t)
        return FactsTable(rows: [
            (t("ผู้รับผิดชอบ", "Responsible"), "\(measure.measure.divisions.joined(separator: ", "))"),
            (t("ระยะเวลาดำเนินการ", "Period"), "\(measure.measure.period.thaiAbbreviated)"),
            (t("สถานะล่าสุด", "Latest status"), """
                \(status.html) \(standing.percent)% <progress max="100" value="\(standing.percent)" aria-hidden="true"></progress>
                """),
        ]).html
    }

    private func entries() -> HTML {
        guard !standing.entries.isEmpty else {
            return "<p class=\"muted\">\(t("ยังไม่มีการรายงานผลการดำเนินการ", "Nothing has been reported yet."))</p>"
        }
        let items = standing.entries.map { entry -> HTML in
            let status = ProgressStatusLabel(status: entry.status, overdue: false, language: t)
            return """
                <li class="panel entry" id="entry-\(entry.id)">
                <p><strong><time datetime="\(entry.date.iso8601)">\(entry.date.thaiAbbreviated)</time></strong>
                \(status.html) <span class="nowrap">\(entry.percent)%</span></p>
                <p>\(MultilineText(entry.text).html)</p>
                <p class="muted">\(t("รายงานโดย", "Reported by")) \(entry.authorName) · \(t("บันทึกเมื่อ", "recorded")) \(ThaiDate(entry.createdAt).thaiAbbreviated)</p>
                \(evidenceTable(evidence[entry.id] ?? []))
                </li>
                """
        }
        return "<ol class=\"entries\">\(items)</ol>"
    }

    private func evidenceTable(_ files: [EvidenceFile]) -> HTML {
        guard !files.isEmpty else { return .empty }
        let rows = files.map { file -> HTML in
            """
            <tr><td><a href="\(scope.base)/evidence/\(file.id)">\(file.fileName)</a></td>
            <td>\(EvidenceIntake.label(file.contentType))</td>
            <td class="number">\(EvidenceIntake.size(file.size))</td>
            <td><code title="SHA-256 \(file.sha256)">\(file.sha256.prefix(12))…</code></td>
            <td class="nowrap">\(file.effectiveDate.thaiAbbreviated)</td>
            <td class="nowrap">\(ThaiDate(file.uploadedAt).thaiAbbreviated)</td></tr>
            """
        }
        return """
            <table class="data evidence"><caption>\(t("หลักฐาน", "Evidence"))</caption>
            <thead><tr><th scope="col">\(t("ไฟล์", "File"))</th><th scope="col">\(t("ชนิด", "Type"))</th>
            <th scope="col" class="number">\(t("ขนาด", "Size"))</th><th scope="col">SHA-256</th>
            <th scope="col">\(t("วันที่ของหลักฐาน", "Effective date"))</th><th scope="col">\(t("วันที่อัปโหลด", "Uploaded"))</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
    }

    private func notAllowed() -> HTML {
        "<p class=\"muted\">\(t("เฉพาะผู้ประสานงาน ITA และหัวหน้าส่วนราชการที่รับผิดชอบมาตรการนี้เท่านั้นที่รายงานผลได้", "Only the ITA coordinator and the heads of the responsible divisions can report on this measure."))</p>"
    }
}
