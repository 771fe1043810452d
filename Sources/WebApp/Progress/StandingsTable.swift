import Planning
import Workbench

/// The measures of a year with their status, progress and last report — on the dashboard and the
/// progress overview alike.
struct StandingsTable {
    let base: String
    let standings: [MeasureStanding]
    let language: Language
    /// Points each measure adds to the total, where the dashboard knows them.
    var worth: [Identifier<MeasureRecord>: GainOption] = [:]

    private func worthNote(_ id: Identifier<MeasureRecord>) -> HTML {
        guard let option = worth[id], option.gain > 0 else { return .empty }
        return "<br><span class=\"muted worth\">\(language("เพิ่มคะแนนรวมได้ \(option.gainTextTH) คะแนน", "worth \(option.gainTextEN) points"))</span>"
    }

    func render() -> HTML {
        let t = language
        let rows = standings.map { standing -> HTML in
            let measure = standing.measure
            let status = ProgressStatusLabel(status: standing.status, overdue: standing.isOverdue, language: t)
            let last: HTML = standing.lastReported.map { "\($0.thaiAbbreviated)" }
                ?? "<span class=\"muted\">\(t("ยังไม่มีรายงาน", "no report yet"))</span>"
            return """
                <tr\(standing.isOverdue ? " class=\"overdue\"" : "" as HTML)><td>\(measure.position)</td>
                <td><a href="\(base)/measures/\(measure.id)/progress">\(measure.measure.title)</a>\(worthNote(measure.id))</td>
                <td>\(measure.measure.divisions.joined(separator: ", "))</td>
                <td class="nowrap">\(measure.measure.period.thaiAbbreviated)</td>
                <td>\(status.html)</td>
                <td class="number">\(standing.percent)% <progress max="100" value="\(standing.percent)" aria-hidden="true"></progress></td>
                <td class="nowrap">\(last)</td></tr>
                """
        }
        return """
            <table class="data"><thead><tr><th scope="col">#</th><th scope="col">\(t("มาตรการ", "Measure"))</th>
            <th scope="col">\(t("ผู้รับผิดชอบ", "Responsible"))</th><th scope="col">\(t("ระยะเวลา", "Period"))</th>
            <th scope="col">\(t("สถานะ", "Status"))</th><th scope="col" class="number">\(t("ความก้าวหน้า", "Progress"))</th>
            <th scope="col">\(t("รายงานล่าสุด", "Last report"))</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
    }
}
