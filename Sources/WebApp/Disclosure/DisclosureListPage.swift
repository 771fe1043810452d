import Criteria
import Disclosure
import Foundation
import Scoring

/// `/a/:agency/disclosure?year=Y` — every OIT item of the year by sub-indicator, with its status and
/// what to fix, the predicted indicators, the answer sheet, submissions and the watch log.
struct DisclosureListPage {
    let workspace: DisclosureWorkspace
    let check: DisclosureCheck
    let prediction: DisclosurePrediction?
    let submissions: [DisclosureSubmission]
    let watchLog: [WatchLogEntry]
    let context: AppRequestContext
    let notice: HTML

    var t: Language { context.language }
    var scope: DisclosureScope { workspace.scope }

    func render() -> String {
        let ready = check.items.filter { $0.status == .ready }.count
        let flagged = check.items.filter { $0.status == .flagged }.count
        let empty = check.items.filter { $0.status == .empty }.count
        let content: HTML = """
            <h1>\(t("การเปิดเผยข้อมูลสาธารณะ (OIT) ปี พ.ศ.", "Public disclosure (OIT), fiscal year")) \(scope.year)</h1>
            \(notice)
            \(DisclosureViews.yearLinks(scope, planYears: workspace.scope.agency.years, t: t))
            \(settingsNotice())
            \(caveatsNotice())
            <div class="cards">
            <div class="card ahead"><span class="label">\(t("พร้อมส่ง", "Ready"))</span><span class="value">\(ready)</span></div>
            <div class="card behind"><span class="label">\(t("ต้องแก้ไข", "Need work"))</span><span class="value">\(flagged)</span></div>
            <div class="card"><span class="label">\(t("ยังไม่มีข้อมูล", "Empty"))</span><span class="value">\(empty)</span></div>
            \(DisclosureViews.predictionCards(prediction, t: t))
            </div>
            <p class="muted">\(t("ผลนี้ยังไม่ได้ตรวจลิงก์ กด \"ตรวจเดี๋ยวนี้\" เพื่อตรวจว่าลิงก์เปิดได้จริง", "This view has not opened the links; use \"Check now\" to test that they answer."))</p>
            \(actions())
            \(HTML.join(tables()))
            \(DisclosureViews.submissions(submissions, scope: scope, t: t))
            \(DisclosureViews.watchLog(watchLog, scope: scope, settings: workspace.settings, t: t))
            """
        return scope.layout(context, path: "\(scope.base)\(scope.yearQuery)")
            .page(title: t("การเปิดเผยข้อมูล (OIT)", "Disclosure (OIT)"), content)
    }

    func settingsNotice() -> HTML {
        guard workspace.settings.mainDomain == nil else { return .empty }
        return """
            <p class="notice warning">\(t("ยังไม่ได้ระบุเว็บไซต์หลักของหน่วยงาน จึงยังตรวจไม่ได้ว่าลิงก์อยู่บนเว็บไซต์หลักและเปิดได้", "The agency's main website is not set, so links cannot be checked yet.")) <a href="\(scope.base)/settings\(scope.yearQuery)">\(t("ตั้งค่าเว็บไซต์หลัก", "Set the main website"))</a></p>
            """
    }

    /// The year's unverified facts, and how many items rest on a single source or none.
    func caveatsNotice() -> HTML {
        let criteria = scope.criteria
        var lines = criteria.caveats.map { caveat -> HTML in "<li>\(t(caveat.th, caveat.en))</li>" }
        let oitItems = DisclosureYearData.items(criteria)
        let unknown = oitItems.filter { $0.provenance.status == .open }.map(\.code)
        let single = oitItems.filter { !$0.provenance.isVerified && $0.provenance.status != .open }.count
        if !unknown.isEmpty {
            lines.append("<li>\(t("รายการข้อ \(unknown.joined(separator: ", ")) ปี \(criteria.fiscalYear) ยังไม่ทราบชื่อหรือองค์ประกอบที่แน่นอน และยังไม่ได้ยืนยันกับคู่มือของสำนักงาน ป.ป.ช.", "Items \(unknown.joined(separator: ", ")) of \(criteria.fiscalYear): title or components not known, not verified against an NACC manual."))</li>")
        }
        if single > 0 {
            lines.append("<li>\(t("อีก \(single) ข้อ มาจากแหล่งข้อมูลเดียวที่ไม่ใช่คู่มือของสำนักงาน ป.ป.ช. (ทำเครื่องหมาย \"ยังไม่ยืนยัน\")", "\(single) more items come from a single source other than an NACC manual (marked \"unverified\")."))</li>")
        }
        guard !lines.isEmpty else { return .empty }
        return "<div class=\"notice\" id=\"criteria-caveats\"><p>\(t("ข้อควรทราบเกี่ยวกับเกณฑ์ปี", "About the criteria of")) \(criteria.fiscalYear)</p><ul>\(HTML.join(lines))</ul></div>"
    }

    func actions() -> HTML {
        let sheet = "\(scope.base)/answer-sheet"
        let editor: HTML = scope.canEdit ? """
            <form method="post" action="\(scope.base)/check\(scope.yearQuery)" class="inline">\(CSRF.field(scope.agency.identity))
            <button type="submit">\(t("ตรวจเดี๋ยวนี้ (รวมตรวจลิงก์)", "Check now (with links)"))</button></form>
            <form method="post" action="\(scope.base)/submissions\(scope.yearQuery)" class="inline">\(CSRF.field(scope.agency.identity))
            <button type="submit" class="secondary">\(t("บันทึกแบบตอบเป็นฉบับที่ส่งแล้ว", "Freeze the answer sheet as submitted"))</button></form>
            """ : .empty
        return """
            <div class="actions">\(editor)
            <a href="\(sheet).csv\(scope.yearQuery)">\(t("แบบตอบ CSV", "Answer sheet CSV"))</a>
            <a href="\(sheet).xlsx\(scope.yearQuery)">\(t("แบบตอบ Excel (.xlsx)", "Answer sheet Excel (.xlsx)"))</a>
            <a href="\(sheet).html\(scope.yearQuery)">\(t("แบบตอบสำหรับพิมพ์", "Printable answer sheet"))</a>
            <a href="\(PublicPaths.year(scope.agency.agency.slug, scope.year))">\(t("หน้าเปิดเผยข้อมูลสาธารณะ", "Public transparency page"))</a>
            <a href="\(scope.base)/settings\(scope.yearQuery)">\(t("ตั้งค่า", "Settings"))</a>
            </div>
            """
    }

    func tables() -> [HTML] {
        scope.criteria.indicators.filter { $0.instrument == .oit }.map { indicator in
            let subs = indicator.subIndicators.map { sub -> HTML in
                let rows = sub.items.compactMap { check.item($0) }.map(row)
                // A guessed grouping is shown as such: the scores built on it are estimates.
                let caption: HTML = scope.criteria.isMembershipKnown(sub.code)
                    ? "\(sub.code) \(sub.nameTH)"
                    : "\(t("ตัวชี้วัดย่อยไม่ทราบแน่ชัด (คาดว่า \(sub.code) \(sub.nameTH))", "Sub-indicator unknown (probably \(sub.code) \(sub.nameTH))"))"
                return """
                    <table class="data disclosure">
                    <caption>\(caption)</caption>
                    <thead><tr><th scope="col">\(t("ข้อ", "Item"))</th><th scope="col">\(t("ข้อมูล", "Information"))</th>
                    <th scope="col">\(t("สถานะ", "Status"))</th><th scope="col">\(t("สิ่งที่ต้องแก้", "To fix"))</th>
                    <th scope="col">\(t("ผู้รับผิดชอบ / กำหนด", "Responsible / due"))</th></tr></thead>
                    <tbody>\(rows)</tbody></table>
                    """
            }
            return "<h2>\(t("ตัวชี้วัดที่", "Indicator")) \(indicator.number) \(t(indicator.nameTH, indicator.nameEN))</h2>\(subs)"
        }
    }

    func row(_ item: ItemCheck) -> HTML {
        let link = "\(scope.base)/items/\(DisclosureScope.segment(item.item.code))\(scope.yearQuery)"
        let automatic: HTML = workspace.source(for: item.item) != nil
            ? " <span class=\"muted\">(\(t("กรอกอัตโนมัติจาก Prongsai", "filled in by Prongsai")))</span>" : .empty
        let record = item.record
        let due = record?.dueDate.map { " · \($0.thaiAbbreviated)" } ?? ""
        let unverified: HTML = scope.criteria.caveat(for: item.item).map {
            " <span class=\"tag unverified\" title=\"\(t($0.th, $0.en))\">\(t("ยังไม่ยืนยัน", "unverified"))</span>"
        } ?? .empty
        return """
            <tr><th scope="row"><a href="\(link)">\(item.item.code)</a></th>
            <td><a href="\(link)">\(item.item.textTH)</a>\(unverified)\(automatic)</td>
            <td>\(DisclosureViews.status(item.status, t: t))</td>
            <td>\(DisclosureViews.flags(item.flags, item: item.item, t: t))\(item.passes ? HTML.empty : DisclosureViews.gaps(workspace.source(for: item.item), t: t))</td>
            <td>\(record?.responsible ?? "")\(due)</td></tr>
            """
    }
}
