import Disclosure
import Foundation

/// The result of "check now": every flag in Thai naming item and component, the links that were
/// opened, and the predicted sub-indicators, indicators, OIT part, total and level.
struct DisclosureCheckPage {
    let workspace: DisclosureWorkspace
    let check: DisclosureCheck
    let statuses: [LinkStatus]
    let prediction: DisclosurePrediction?
    let context: AppRequestContext

    var t: Language { context.language }
    var scope: DisclosureScope { workspace.scope }

    func render() -> String {
        let flagged = check.items.filter { !$0.passes }
        let rows = flagged.map { item -> HTML in
            let link = "\(scope.base)/items/\(DisclosureScope.segment(item.item.code))\(scope.yearQuery)"
            return """
                <tr><th scope="row"><a href="\(link)">\(item.item.code)</a></th><td>\(item.item.textTH)</td>
                <td>\(DisclosureViews.flags(item.flags, item: item.item, t: t))\(DisclosureViews.gaps(workspace.source(for: item.item), t: t))</td></tr>
                """
        }
        let dead = statuses.filter { !$0.isAlive }.count
        let linkLine: HTML = workspace.settings.mainDomain == nil
            ? "<p class=\"notice warning\">\(t("ยังไม่ได้ระบุเว็บไซต์หลัก จึงไม่ได้ตรวจลิงก์", "No main website set, so no link was opened."))</p>"
            : "<p>\(t("ตรวจลิงก์บนเว็บไซต์หลักแล้ว", "Links opened on the main website:")) \(statuses.count) \(t("ลิงก์ เปิดไม่ได้", "; not answering:")) \(dead)</p>"
        let summary: HTML = flagged.isEmpty
            ? "<p class=\"notice success\" role=\"status\">\(t("ทุกข้อพร้อมส่ง ไม่พบสิ่งที่ต้องแก้", "Every item is ready; nothing to fix."))</p>"
            : "<p class=\"notice error\" role=\"status\">\(t("พบข้อที่ต้องแก้", "Items to fix:")) \(flagged.count) \(t("ข้อ จาก", "of")) \(check.items.count)</p>"
        let table: HTML = flagged.isEmpty ? .empty : """
            <table class="data"><caption>\(t("ข้อที่ต้องแก้ไขก่อนส่ง", "Items to fix before submission"))</caption>
            <thead><tr><th scope="col">\(t("ข้อ", "Item"))</th><th scope="col">\(t("ข้อมูล", "Information"))</th><th scope="col">\(t("สิ่งที่ต้องแก้", "To fix"))</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
        let content: HTML = """
            <p><a href="\(scope.base)\(scope.yearQuery)">← \(t("รายการทั้งหมด ปี", "All items,")) \(scope.year)</a></p>
            <h1>\(t("ผลการตรวจก่อนส่ง ปี พ.ศ.", "Pre-submission check, fiscal year")) \(scope.year)</h1>
            \(summary)\(linkLine)
            <h2>\(t("คะแนนคาดการณ์", "Predicted score"))</h2>
            \(DisclosureViews.predictionTable(prediction, criteria: scope.criteria, t: t))
            <h2>\(t("สิ่งที่ต้องแก้", "To fix"))</h2>
            \(table)
            """
        return scope.layout(context, path: "\(scope.base)\(scope.yearQuery)").page(title: t("ผลการตรวจก่อนส่ง", "Check result"), content)
    }
}
