import Criteria
import Disclosure
import Foundation
import ThaiText

/// `/a/:agency/disclosure/items/:item` — one item: its required components, the form to enter links,
/// ticks with evidence, period, months, responsible and due date, and its documents.
struct DisclosureItemPage {
    let workspace: DisclosureWorkspace
    let item: Item
    let flags: [DisclosureFlag]
    let context: AppRequestContext
    let saved: Bool

    var t: Language { context.language }
    var scope: DisclosureScope { workspace.scope }
    var record: DisclosureRecord? { workspace.record(item) }
    var action: String { "\(scope.base)/items/\(DisclosureScope.segment(item.code))\(scope.yearQuery)" }

    func render() -> String {
        let source = workspace.source(for: item)
        let automatic: HTML = source.map {
            "<p class=\"notice\">\(t("ข้อนี้กรอกอัตโนมัติ:", "Filled in automatically:")) \(t($0.nameTH, $0.nameEN)) — \(t("ลิงก์และองค์ประกอบมาจากแผนที่บันทึกไว้ แก้ไขที่หน้ามาตรการและความก้าวหน้า", "links and components come from the stored plan; edit them on the measures and progress pages"))</p>"
        } ?? .empty
        let savedNotice: HTML = saved ? "<p class=\"notice success\" role=\"status\">\(t("บันทึกแล้ว", "Saved"))</p>" : .empty
        let flagList: HTML = flags.isEmpty
            ? "<p class=\"notice success\">\(t("ไม่พบสิ่งที่ต้องแก้ (ยังไม่ได้ตรวจลิงก์)", "Nothing to fix found (links not opened yet)"))</p>"
            : "<div class=\"notice error\"><p><strong>\(t("สิ่งที่ต้องแก้", "To fix"))</strong></p>\(DisclosureViews.flags(flags, item: item, t: t))\(DisclosureViews.gaps(workspace.source(for: item), t: t))</div>"
        let content: HTML = """
            <p><a href="\(scope.base)\(scope.yearQuery)">← \(t("รายการทั้งหมด ปี", "All items,")) \(scope.year)</a></p>
            <h1>\(item.code) \(item.textTH)</h1>
            <p class="muted">\(t("ตัวชี้วัดย่อย", "Sub-indicator")) \(t(scope.criteria.subIndicatorLabel(for: item).th, scope.criteria.subIndicatorLabel(for: item).en)) · \(timingText())</p>
            \(scope.criteria.caveat(for: item).map { "<p class=\"notice\" id=\"item-caveat\">\(t($0.th, $0.en))</p>" as HTML } ?? .empty)
            \(savedNotice)\(automatic)\(flagList)
            \(scope.canEdit ? form() : readOnly())
            \(DisclosureDocumentsView(workspace: workspace, item: item, record: record, t: t).render())
            """
        return scope.layout(context, path: action).page(title: "\(item.code) \(item.textTH)", content)
    }

    func timingText() -> String {
        let fiscal = FiscalYear(scope.year)
        switch item.timing {
        case .currentYear?: return t("ข้อมูลปี พ.ศ. \(fiscal)", "of fiscal year \(fiscal)")
        case .previousYear?: return t("รายงานของปี พ.ศ. \(fiscal.previous)", "a report on fiscal year \(fiscal.previous)")
        case .firstHalfOfCurrentYear?: return t("รายงานรอบ 6 เดือน \(fiscal.firstHalf.thaiAbbreviated)", "6-month report \(fiscal.firstHalf.english)")
        case .monthlyInCurrentYear?: return t("ข้อมูลรายเดือนของปี พ.ศ. \(fiscal)", "monthly through fiscal year \(fiscal)")
        case .standing?, nil: return t("ข้อมูลปัจจุบัน", "current information")
        }
    }

    func form() -> HTML {
        let links = (record?.links ?? []) + Array(repeating: DisclosureLink(url: ""), count: 2)
        let linkRows = links.enumerated().map { index, link -> HTML in
            """
            <div class="panel link-row"><label for="url\(index)">URL \(index + 1)<span class="hint">\(t("ลิงก์บนเว็บไซต์หลักของหน่วยงาน", "a link on the agency's main website"))</span></label>
            <input type="text" id="url\(index)" name="url" inputmode="url" value="\(link.url)">
            <label for="location\(index)">\(t("ตำแหน่งข้อมูลบนหน้าเว็บ", "Where on the page"))<span class="hint">\(t("เช่น เมนูข้อมูลหน่วยงาน > ผู้บริหาร", "e.g. menu About > Executives"))</span></label>
            <input type="text" id="location\(index)" name="location" value="\(link.location)"></div>
            """
        }
        let components = item.components.map { component -> HTML in
            let evidence = record?.evidence(for: component.id)
            let field = "evidence-\(component.id)"
            return """
                <div class="panel component"><label class="check"><input type="checkbox" name="component" value="\(component.id)"\(evidence != nil ? HTML(" checked") : .empty)>
                <span><strong>\(component.id)</strong> \(component.textTH)</span></label>
                <label for="\(field)" class="hint">\(t("หลักฐานที่แสดงองค์ประกอบนี้ (หน้า/หัวข้อ)", "Evidence that shows it (page or heading)"))</label>
                <input type="text" id="\(field)" name="\(field)" value="\(evidence?.evidence ?? "")"></div>
                """
        }
        return """
            <form method="post" action="\(action)" class="stack">\(CSRF.field(scope.agency.identity))
            <fieldset><legend>\(t("ลิงก์ที่เผยแพร่", "Published links"))</legend>\(linkRows)</fieldset>
            <fieldset><legend>\(t("องค์ประกอบที่ข้อมูลแสดง", "Components the data shows"))</legend>
            <p class="hint">\(t("ทำเครื่องหมายองค์ประกอบที่ข้อมูลแสดงแล้ว และระบุหลักฐาน", "Tick each component the data shows and say where"))</p>\(components)</fieldset>
            \(DisclosurePeriodFields(item: item, record: record, year: scope.year, t: t).render())
            <label for="responsible">\(t("ผู้รับผิดชอบ", "Responsible"))</label>
            <input type="text" id="responsible" name="responsible" value="\(record?.responsible ?? "")">
            <label for="due">\(t("กำหนดเสร็จ", "Due date"))</label>
            <input type="date" id="due" name="due" value="\(record?.dueDate?.iso8601 ?? "")">
            <label for="note">\(t("หมายเหตุ", "Note"))</label>
            <textarea id="note" name="note" rows="3">\(record?.note ?? "")</textarea>
            <div class="actions"><button type="submit">\(t("บันทึก", "Save"))</button></div>
            </form>
            """
    }

    func readOnly() -> HTML {
        let links = (record?.links ?? []).map { link -> HTML in
            "<li><a href=\"\(link.url)\">\(link.url)</a> — \(link.location)</li>"
        }
        let ticks = item.components.map { component -> HTML in
            let evidence = record?.evidence(for: component.id)
            return "<li>\(evidence != nil ? "✓" : "✗") \(component.id) \(component.textTH) \(evidence?.evidence ?? "")</li>"
        }
        return "<h2>\(t("ลิงก์", "Links"))</h2><ul>\(links)</ul><h2>\(t("องค์ประกอบ", "Components"))</h2><ul>\(ticks)</ul>"
    }
}
