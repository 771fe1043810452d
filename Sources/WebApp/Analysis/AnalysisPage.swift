import Criteria
import Foundation
import Planning
import Scoring
import Workbench

/// การวิเคราะห์ผล: per indicator, grouped by instrument, the stance, the keep-or-improve text and
/// the urgent weaknesses; then the assessor's recommendations. A form for plan editors.
struct AnalysisPage {
    let scope: AgencyScope
    let context: AppRequestContext
    let plan: StoredPlan
    let criteria: Criteria?
    /// What the form shows: the stored content, or what was sent when it was refused.
    let content: AnalysisEdit.Content
    var problem: WebError?

    var t: Language { context.language }

    func render() -> String {
        let body = scope.canEditPlan && criteria != nil
            ? editor()
            : AnalysisTableView(analysis: content.analysis, recommendations: content.recommendations, criteria: criteria, language: t).render()
        let page: HTML = """
            <h1>\(t("การวิเคราะห์ผลการประเมิน ปีงบประมาณ พ.ศ.", "Analysis of the result, fiscal year")) \(plan.year.assessedYear)
            <span class="muted">(\(t("แผนปี", "plan")) \(plan.year.planYear))</span></h1>
            \(ProblemNotice.render(problem, t))
            <p class="actions"><a class="button secondary" href="\(scope.base)/export/analysis.csv\(scope.yearQuery)">\(t("ดาวน์โหลดการวิเคราะห์ (CSV)", "Download the analysis (CSV)"))</a>
            <a class="button secondary" href="\(scope.base)/export/recommendations.csv\(scope.yearQuery)">\(t("ดาวน์โหลดข้อเสนอแนะ (CSV)", "Download the recommendations (CSV)"))</a></p>
            \(body)
            \(redraftForm())
            """
        return scope.layout(context, .analysis, path: "\(scope.base)/analysis\(scope.yearQuery)")
            .page(title: t("การวิเคราะห์", "Analysis"), page)
    }

    private func editor() -> HTML {
        let numbers = criteria?.indicatorNumbers ?? content.analysis.map(\.indicator)
        let groups = AnalysisGrouping.groups(numbers: numbers, criteria: criteria).map { group -> HTML in
            "<h2>\(group.title(t))</h2>\(group.numbers.map(indicatorFields))"
        }
        return """
            <form method="post" action="\(scope.base)/analysis\(scope.yearQuery)" class="stack analysis-form">
            \(CSRF.field(scope.identity))
            <p class="hint">\(t("จุดอ่อน: หนึ่งบรรทัดต่อหนึ่งประเด็น ขึ้นต้นด้วยรหัสข้อในวงเล็บเหลี่ยม เช่น [O27] เพื่อระบุข้อ บรรทัดที่ขึ้นต้นด้วย - คือรายการย่อยของประเด็นด้านบน", "Weaknesses: one per line. Start a line with the item code in brackets, e.g. [O27], to name the item; lines starting with - list the parts of the weakness above."))</p>
            \(groups)
            \(recommendationFields())
            <div class="actions"><button type="submit">\(t("บันทึกการวิเคราะห์และข้อเสนอแนะ", "Save the analysis and recommendations"))</button></div>
            </form>
            """
    }

    private func indicatorFields(_ number: Int) -> HTML {
        let entry = content.analysis.first { $0.indicator == number }
            ?? IndicatorAnalysis(indicator: number, stance: .develop, keepOrImprove: "")
        let name = criteria?.indicator(number).map { t($0.nameTH, $0.nameEN) } ?? ""
        let score = plan.year.result.indicators[number].map { " — \(t("คะแนน", "score")) \(Rounding.format($0))" } ?? ""
        let prefix = "analysis.\(number)."
        func radio(_ stance: IndicatorAnalysis.Stance, _ label: String) -> HTML {
            let checked: HTML = entry.stance == stance ? " checked" : ""
            return "<label><input type=\"radio\" name=\"\(prefix)stance\" value=\"\(stance.rawValue)\"\(checked)> \(label)</label>"
        }
        return """
            <fieldset id="indicator-\(number)"><legend>\(t("ตัวชี้วัดที่", "Indicator")) \(number) \(name)\(score)</legend>
            <input type="hidden" name="indicator" value="\(number)">
            \(radio(.keep, t("ควรรักษามาตรฐาน", "Keep the standard")))
            \(radio(.develop, t("ควรพัฒนา", "Develop")))
            <label for="keep-\(number)">\(t("ประเด็นที่ควรรักษามาตรฐานการดำเนินงานหรือพัฒนาให้ดีขึ้น", "What to keep or improve"))</label>
            <textarea id="keep-\(number)" name="\(prefix)keepOrImprove" rows="\(Self.rows(for: entry.keepOrImprove))">\(entry.keepOrImprove)</textarea>
            <label for="weak-\(number)">\(t("ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน", "Urgent weaknesses"))</label>
            <textarea id="weak-\(number)" name="\(prefix)urgentWeaknesses" rows="\(Self.rows(for: AnalysisForm.text(of: entry.urgentWeaknesses)))">\(AnalysisForm.text(of: entry.urgentWeaknesses))</textarea>
            </fieldset>
            """
    }

    private func recommendationFields() -> HTML {
        // Three empty rows to add to; clearing both cells of a row deletes it.
        let rows = content.recommendations + Array(repeating: Recommendation(itemCode: nil, indicator: nil, text: ""), count: 3)
        let cells = rows.enumerated().map { index, recommendation -> HTML in
            """
            <tr><td>\(index + 1)</td>
            <td><input type="text" name="recommendations.itemCode" value="\(recommendation.itemCode ?? "")" size="5" aria-label="\(t("รหัสข้อ แถวที่", "Item code, row")) \(index + 1)"></td>
            <td><textarea name="recommendations.text" rows="\(Self.rows(for: recommendation.text))" aria-label="\(t("ข้อเสนอแนะ แถวที่", "Recommendation, row")) \(index + 1)">\(recommendation.text)</textarea></td></tr>
            """
        }
        return """
            <h2 id="recommendations">\(t("ข้อเสนอแนะของผู้ตรวจประเมิน", "Assessor recommendations"))</h2>
            <p class="hint">\(t("รหัสข้อตามเกณฑ์ เช่น I7, E10, O42 ลบแถวโดยลบทั้งรหัสและข้อความ", "Item codes as the criteria spell them (I7, E10, O42). Clear both cells of a row to delete it."))</p>
            <table class="data"><thead><tr><th scope="col">#</th><th scope="col">\(t("ข้อ", "Item"))</th>
            <th scope="col">\(t("ข้อเสนอแนะ", "Recommendation"))</th></tr></thead><tbody>\(cells)</tbody></table>
            """
    }

    /// Enough rows to show a text whole at the form's width (about 70 Thai characters a line).
    static func rows(for text: String) -> Int {
        let lines = text.components(separatedBy: "\n").reduce(0) { $0 + 1 + $1.count / 70 }
        return min(24, max(2, lines))
    }

    private func redraftForm() -> HTML {
        guard scope.canEditPlan else { return .empty }
        return """
            <section class="panel" aria-labelledby="redraft-heading">
            <h2 id="redraft-heading">\(t("ร่างใหม่จากผลคะแนน", "Draft again from the result"))</h2>
            <p>\(t("เขียนการวิเคราะห์ใหม่ทั้งหมดจากผลคะแนนและข้อเสนอแนะที่บันทึกไว้ (จุดอ่อนที่ไม่มีข้อเสนอแนะครอบคลุมจะคงไว้) ข้อความที่แก้ไขไว้จะถูกแทนที่ มาตรการไม่เปลี่ยน", "Rewrites the whole analysis from the stored result and recommendations (weaknesses no recommendation covers are kept). Edited texts are replaced; measures do not change."))</p>
            <form method="post" action="\(scope.base)/analysis/redraft\(scope.yearQuery)" class="inline">\(CSRF.field(scope.identity))
            <button type="submit" class="secondary">\(t("ร่างการวิเคราะห์ใหม่", "Draft the analysis again"))</button></form>
            </section>
            """
    }
}
