import Foundation
import Planning
import Workbench

/// The measures table as the measures document has it: number, measure, steps, divisions,
/// period and monitoring. `actions` adds a last column (edit, progress, move) on the measures page.
struct MeasuresTableView {
    let measures: [(number: Int, measure: Measure)]
    let language: Language
    var actions: ((Int) -> HTML)?

    func render() -> HTML {
        let t = language
        let rows = measures.enumerated().map { index, entry -> HTML in
            let measure = entry.measure
            let steps = measure.steps.map { "<li>\($0)</li>" as HTML }
            let divisions = measure.divisions.map { "<li>\($0)</li>" as HTML }
            let period = t(measure.period.thaiAbbreviated, measure.period.english)
            let extra: HTML = actions.map { "<td class=\"nowrap\">\($0(index))</td>" } ?? .empty
            return """
                <tr><td>\(entry.number)</td><td>\(measure.title)</td><td><ol>\(steps)</ol></td><td><ul>\(divisions)</ul></td>
                <td class="nowrap">\(period)</td><td>\(measure.monitoring)</td>\(extra)</tr>
                """
        }
        let actionHeader: HTML = actions == nil ? .empty : "<th scope=\"col\">\(t("จัดการ", "Actions"))</th>"
        return """
            <table class="data measures"><thead><tr><th scope="col">#</th><th scope="col">\(t("มาตรการ/แนวทาง", "Measure"))</th>
            <th scope="col">\(t("วิธีดำเนินการ", "Steps"))</th><th scope="col">\(t("ผู้รับผิดชอบ", "Responsible"))</th>
            <th scope="col">\(t("ระยะเวลาดำเนินการ", "Period"))</th><th scope="col">\(t("การติดตามประเมินผล", "Monitoring"))</th>\(actionHeader)</tr></thead>
            <tbody>\(rows)</tbody></table>
            """
    }
}
