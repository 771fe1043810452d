import Foundation
import Planning
import ThaiText
import Workbench

/// The form for one measure: a new one, or an existing one (with "delete" for plan editors).
struct MeasureFormPage {
    let scope: AgencyScope
    let context: AppRequestContext
    let planYear: Int
    /// What the form shows: the stored measure, a blank one, or what was sent when it was refused.
    let measure: Measure
    /// Nil for a new measure.
    let record: MeasureRecord?
    /// The agency's divisions, offered as checkboxes.
    let divisions: [String]
    var problem: WebError?

    var t: Language { context.language }
    var yearQuery: String { "?year=\(planYear)" }

    func render() -> String {
        let title = record.map { "\(t("แก้ไขมาตรการที่", "Edit measure")) \($0.position)" } ?? t("เพิ่มมาตรการ", "Add a measure")
        let action = record.map { "\(scope.base)/measures/\($0.id)/edit\(yearQuery)" } ?? "\(scope.base)/measures\(yearQuery)"
        let years = MeasureForm.years(planYear: planYear, period: measure.period)
        let content: HTML = """
            <h1>\(title) <span class="muted">(\(t("แผนปี", "plan")) \(planYear))</span></h1>
            \(ProblemNotice.render(problem, t))
            <form method="post" action="\(action)" class="stack measure-form">
            \(CSRF.field(scope.identity))
            <div><label for="title">\(t("มาตรการ/แนวทาง", "Measure"))</label>
            <input type="text" id="title" name="title" value="\(measure.title)" required></div>
            <div><label for="steps">\(t("วิธีดำเนินการ", "Steps"))</label><span class="hint" id="steps-hint">\(t("หนึ่งบรรทัดต่อหนึ่งขั้นตอน", "One step per line."))</span>
            <textarea id="steps" name="steps" rows="\(max(4, measure.steps.count * 2))" aria-describedby="steps-hint" required>\(measure.steps.joined(separator: "\n"))</textarea></div>
            \(divisionFields())
            <fieldset id="period"><legend>\(t("ระยะเวลาดำเนินการ", "Period"))</legend>
            <span class="hint">\(t("ปี พ.ศ.", "Years are Buddhist Era (B.E.)."))</span>
            \(MeasureForm.monthSelects("period.start", label: t("ตั้งแต่", "From"), value: measure.period.start, years: years, language: t))
            \(MeasureForm.monthSelects("period.end", label: t("ถึง", "To"), value: measure.period.end, years: years, language: t))
            </fieldset>
            <div><label for="monitoring">\(t("การติดตามประเมินผล", "Monitoring"))</label>
            <textarea id="monitoring" name="monitoring" rows="2">\(measure.monitoring)</textarea></div>
            \(answers())
            <div class="actions"><button type="submit">\(t("บันทึกมาตรการ", "Save the measure"))</button>
            <a class="button secondary" href="\(scope.base)/measures\(yearQuery)">\(t("ยกเลิก", "Cancel"))</a></div>
            </form>
            \(deleteSection())
            """
        return scope.layout(context, .measures, path: "\(scope.base)/measures\(yearQuery)").page(title: title, content)
    }

    private func divisionFields() -> HTML {
        // A division head changes only their own division; the others are shown, not editable.
        let own = scope.user.role == .divisionHead ? scope.user.divisionName : nil
        let boxes = divisions.enumerated().map { index, name -> HTML in
            let checked: HTML = measure.divisions.contains { DivisionMatch.same($0, name) } ? " checked" : ""
            let locked: HTML = own.map { DivisionMatch.belongs(name, to: $0) ? "" : " disabled" } ?? ""
            return "<label class=\"check\"><input type=\"checkbox\" id=\"division-\(index)\" name=\"divisions\" value=\"\(name)\"\(checked)\(locked)> \(name)</label>"
        }
        let ownHint: HTML = own.map {
            "<p class=\"hint\">\(t("ท่านเพิ่มหรือนำออกได้เฉพาะ \($0) หน่วยอื่นคงเดิม", "You may add or remove only \($0); the other divisions stay as they are."))</p>"
        } ?? .empty
        let others = measure.divisions.filter { name in !divisions.contains { DivisionMatch.same($0, name) } }
        return """
            <fieldset id="divisions"><legend>\(t("ผู้รับผิดชอบ", "Responsible divisions"))</legend>
            \(ownHint)
            \(boxes)
            <label for="divisions-other">\(t("หน่วยอื่น", "Others"))</label>
            <span class="hint" id="others-hint">\(t("คั่นแต่ละหน่วยด้วยเครื่องหมายจุลภาค (,)", "Separate several with commas."))</span>
            <input type="text" id="divisions-other" name="divisions-other" value="\(others.joined(separator: ", "))" aria-describedby="others-hint">
            </fieldset>
            """
    }

    /// The indicators and items the measure answers: kept from the draft or template, shown for reference.
    private func answers() -> HTML {
        guard !measure.indicators.isEmpty || !measure.itemCodes.isEmpty else { return .empty }
        let indicators = measure.indicators.map(String.init).joined(separator: ", ")
        return """
            <p class="muted">\(t("ตอบตัวชี้วัดที่", "Answers indicators")) \(indicators.isEmpty ? "-" : indicators)
            · \(t("ข้อ", "items")) \(measure.itemCodes.isEmpty ? "-" : measure.itemCodes.joined(separator: ", "))</p>
            """
    }

    private func deleteSection() -> HTML {
        guard let record, scope.canEditPlan else { return .empty }
        return """
            <section class="panel" aria-labelledby="delete-heading">
            <h2 id="delete-heading">\(t("ลบมาตรการนี้", "Delete this measure"))</h2>
            <p>\(t("ลบได้เฉพาะมาตรการที่ยังไม่มีรายงานความก้าวหน้า มาตรการที่เหลือจะเรียงลำดับใหม่", "Only a measure without progress reports can be deleted; the others are renumbered."))</p>
            <form method="post" action="\(scope.base)/measures/\(record.id)/delete\(yearQuery)" class="inline">\(CSRF.field(scope.identity))
            <button type="submit" class="danger">\(t("ลบมาตรการ", "Delete the measure"))</button></form>
            </section>
            """
    }
}
