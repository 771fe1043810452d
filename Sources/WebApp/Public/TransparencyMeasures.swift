import Disclosure
import Scoring
import Foundation
import ThaiText
import Workbench

/// The public page's O42 and O43 sections: the year's measures and how far each has come, with the
/// documents to download.
struct TransparencyMeasures {
    let data: DisclosureYearData
    let base: String
    let today: ThaiDate

    func downloads(_ name: String, _ label: String) -> HTML {
        let links = [("pdf", "PDF"), ("docx", "Word (.docx)"), ("html", "หน้าเว็บสำหรับพิมพ์")].map { format, title -> HTML in
            "<a href=\"\(base)/documents/\(name).\(format)\">ดาวน์โหลด\(label) (\(title))</a>"
        }
        return "<p class=\"downloads\">\(links)</p>"
    }

    func measures() -> HTML {
        guard let plan = data.plan, !plan.measures.isEmpty else {
            return "<h2>มาตรการส่งเสริมคุณธรรมและความโปร่งใส</h2><p class=\"none\">ยังไม่มีมาตรการของปีนี้</p>"
        }
        let rows = plan.measures.map { record -> HTML in
            let measure = record.measure
            return """
                <tr><th scope="row">\(record.position)</th><td>\(measure.title)</td><td>\(measure.divisions.joined(separator: ", "))</td>
                <td>\(measure.period.thaiAbbreviated)</td><td>\(measure.monitoring)</td></tr>
                """
        }
        return """
            <h2>มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. \(plan.year.planYear)</h2>
            <p>จัดทำจากการวิเคราะห์ผลการประเมิน ITA ปี พ.ศ. \(plan.year.assessedYear) ของหน่วยงาน\(resultSentence(plan.year.result))</p>
            \(downloads("o42", "เอกสารมาตรการ"))
            <table><caption>มาตรการ ผู้รับผิดชอบ ระยะเวลา และการติดตามประเมินผล</caption>
            <thead><tr><th scope="col">ที่</th><th scope="col">มาตรการ</th><th scope="col">ผู้รับผิดชอบ</th>
            <th scope="col">ระยะเวลาดำเนินการ</th><th scope="col">การติดตามประเมินผล</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
    }

    /// " ซึ่งได้คะแนนรวม 94.64 คะแนน ผลการประเมิน ผ่าน": letters up to 2566, the rating from 2567.
    func resultSentence(_ result: PublishedResult) -> String {
        guard let total = result.total else { return "" }
        let level = result.level.map { level in
            level.count <= 2 ? " อยู่ในระดับ \(level)" : " ผลการประเมิน \(level)"
        } ?? ""
        return " ซึ่งได้คะแนนรวม \(Rounding.format(total)) คะแนน\(level)"
    }

    func progress() -> HTML {
        guard let plan = data.plan, !plan.measures.isEmpty else {
            return "<h2>ความก้าวหน้าการดำเนินการตามมาตรการ</h2><p class=\"none\">ยังไม่มีรายงาน</p>"
        }
        let standings = MeasureStanding.standings(plan: plan, progress: data.progress, today: today)
        let rows = standings.map { standing -> HTML in
            let latest = standing.entries.last
            return """
                <tr><th scope="row">\(standing.measure.position)</th><td>\(standing.measure.measure.title)</td>
                <td>\(standing.status.nameTH)</td><td>\(standing.percent)%</td>
                <td>\(latest.map { "\($0.date.thaiAbbreviated): \($0.text)" } ?? "ยังไม่มีรายงาน")</td></tr>
                """
        }
        return """
            <h2>ความก้าวหน้าการดำเนินการตามมาตรการ ปี พ.ศ. \(plan.year.planYear)</h2>
            \(downloads("o43", "รายงานผลการดำเนินการ"))
            <table><caption>สถานะของแต่ละมาตรการ ณ วันที่ \(today.thaiAbbreviated)</caption>
            <thead><tr><th scope="col">ที่</th><th scope="col">มาตรการ</th><th scope="col">สถานะ</th>
            <th scope="col">ความก้าวหน้า</th><th scope="col">รายงานล่าสุด</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
    }
}
