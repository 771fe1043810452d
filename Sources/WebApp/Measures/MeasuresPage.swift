import Criteria
import Foundation
import Planning
import Workbench

/// มาตรการ: the measures table with links to edit each measure and to its progress; for plan
/// editors, moving measures and adding new ones.
struct MeasuresPage {
    let scope: AgencyScope
    let context: AppRequestContext
    let plan: StoredPlan
    /// The criteria of the assessed year, so templates show that year's item codes.
    let criteria: Criteria?

    var t: Language { context.language }

    func render() -> String {
        let table = MeasuresTableView(
            measures: plan.measures.map { ($0.position, $0.measure) }, language: t,
            actions: { index in actions(plan.measures[index], index: index) })
        let body: HTML = plan.measures.isEmpty ? "<p class=\"notice\">\(t("ยังไม่มีมาตรการ", "No measures yet."))</p>" : table.render()
        let content: HTML = """
            <h1>\(t("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ.", "Integrity and transparency measures, fiscal year")) \(plan.year.planYear)</h1>
            <p class="actions"><a class="button secondary" href="\(scope.base)/export/measures.csv\(scope.yearQuery)">\(t("ดาวน์โหลดมาตรการ (CSV)", "Download the measures (CSV)"))</a>
            <a class="button secondary" href="\(scope.base)/export/progress.csv\(scope.yearQuery)">\(t("ดาวน์โหลดความก้าวหน้า (CSV)", "Download the progress (CSV)"))</a>
            <a class="button secondary" href="\(scope.base)/export/evidence.csv\(scope.yearQuery)">\(t("ดาวน์โหลดรายการหลักฐาน (CSV)", "Download the evidence list (CSV)"))</a></p>
            \(body)
            \(addSection())
            """
        return scope.layout(context, .measures, path: "\(scope.base)/measures\(scope.yearQuery)")
            .page(title: t("มาตรการ", "Measures"), content)
    }

    private func actions(_ record: MeasureRecord, index: Int) -> HTML {
        let query = "?year=\(record.planYear)"
        var lines: [HTML] = [
            "<a href=\"\(scope.base)/measures/\(record.id)/progress\">\(t("ความก้าวหน้า", "Progress"))</a>",
        ]
        if Permissions.canWork(on: record, user: scope.user) {
            lines.append("<a href=\"\(scope.base)/measures/\(record.id)/edit\(query)\">\(t("แก้ไข", "Edit"))</a>")
        }
        if scope.canEditPlan {
            var moves: [HTML] = []
            if index > 0 { moves.append(moveButton(record, "up", "↑", t("เลื่อนขึ้น", "Move up"))) }
            if index < plan.measures.count - 1 { moves.append(moveButton(record, "down", "↓", t("เลื่อนลง", "Move down"))) }
            lines.append(HTML.join(moves, separator: " "))
        }
        return HTML.join(lines, separator: "<br>")
    }

    private func moveButton(_ record: MeasureRecord, _ direction: String, _ symbol: String, _ label: String) -> HTML {
        """
        <form method="post" action="\(scope.base)/measures/\(record.id)/move?year=\(record.planYear)" class="inline">\(CSRF.field(scope.identity))
        <input type="hidden" name="direction" value="\(direction)"><button type="submit" class="link" aria-label="\(label) \(record.position)" title="\(label)">\(symbol)</button></form>
        """
    }

    private func addSection() -> HTML {
        guard scope.canEditPlan else { return .empty }
        let options = MeasureTemplateLibrary.bundled.templates.map { $0.resolved(for: criteria) }.map { template -> HTML in
            let scope = template.items.isEmpty
                ? "\(t("ตัวชี้วัดที่", "indicator")) \(template.indicators.map(String.init).joined(separator: ", "))"
                : template.items.joined(separator: ", ")
            return "<option value=\"\(template.key)\">\(template.title) (\(scope))</option>"
        }
        return """
            <section class="panel" aria-labelledby="add-heading">
            <h2 id="add-heading">\(t("เพิ่มมาตรการ", "Add a measure"))</h2>
            <form method="post" action="\(scope.base)/measures\(scope.yearQuery)" class="stack">\(CSRF.field(scope.identity))
            <div><label for="template">\(t("จากแม่แบบ", "From a template"))</label>
            <select id="template" name="template">\(options)</select></div>
            <div class="actions"><button type="submit">\(t("เพิ่มจากแม่แบบ", "Add from the template"))</button>
            <a class="button secondary" href="\(scope.base)/measures/new\(scope.yearQuery)">\(t("เพิ่มมาตรการเปล่า", "Add a blank measure"))</a></div>
            </form></section>
            """
    }
}
