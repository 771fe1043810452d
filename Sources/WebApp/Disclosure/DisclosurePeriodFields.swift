import Criteria
import Disclosure
import ThaiText

/// The period fields of an item's form: a span of months, or for a monthly series a box per month.
struct DisclosurePeriodFields {
    let item: Item
    let record: DisclosureRecord?
    let year: Int
    let t: Language

    func render() -> HTML {
        switch item.timing {
        case .standing?, nil:
            return .empty
        case .monthlyInCurrentYear?:
            let published = Set(record?.months ?? [])
            let boxes = FiscalYear(year).period.months.map { month -> HTML in
                let value = DisclosureForm.monthValue(month)
                return "<label class=\"check\"><input type=\"checkbox\" name=\"month\" value=\"\(value)\"\(published.contains(month) ? HTML(" checked") : .empty)> \(month.thaiAbbreviated)</label>"
            }
            return """
                <fieldset><legend>\(t("เดือนที่เผยแพร่แล้ว", "Months published"))</legend>
                <p class="hint">\(t("ทำเครื่องหมายทุกเดือนที่มีสรุปผลเผยแพร่แล้ว", "Tick every month whose summary is published"))</p>\(boxes)</fieldset>
                """
        default:
            let start = record?.period.map { DisclosureForm.monthValue($0.start) } ?? ""
            let end = record?.period.map { DisclosureForm.monthValue($0.end) } ?? ""
            return """
                <fieldset><legend>\(t("ช่วงเวลาที่ข้อมูลครอบคลุม", "Period the evidence covers"))</legend>
                <div class="month-select"><div><label for="periodStart">\(t("ตั้งแต่เดือน", "From"))</label>
                <input type="month" id="periodStart" name="periodStart" value="\(start)" placeholder="2022-10"></div>
                <div><label for="periodEnd">\(t("ถึงเดือน", "To"))</label>
                <input type="month" id="periodEnd" name="periodEnd" value="\(end)" placeholder="2023-09"></div></div></fieldset>
                """
        }
    }
}
