import Criteria
import Foundation
import Importing
import Planning
import Scoring

/// What an upload would store, shown before anything is stored, with a confirm form that carries
/// the upload back (base64 in a hidden field) so the server keeps no state between the two steps.
struct ResultPreviewPage {
    let scope: AgencyScope
    let context: AppRequestContext
    let preview: PlanImport
    /// The bytes uploaded, carried to the confirm step.
    let upload: Data
    /// Whether the plan year of the upload is stored already (then only the result is replaced).
    let yearExists: Bool
    let criteria: Criteria?

    var t: Language { context.language }

    func render() -> String {
        let content: HTML = """
            <h1>\(t("ตรวจดูก่อนนำเข้า", "Check before importing")): \(preview.fileName)</h1>
            \(outcome())
            \(agencyNotice())
            <h2>\(t("คำเตือนจากการนำเข้า", "Import warnings"))</h2>
            \(ImportWarningsView(warnings: preview.warnings, language: t).render())
            <p><a href="#confirm">\(t("ไปที่ปุ่มยืนยันการนำเข้า", "Go to the confirm button"))</a></p>
            <h2>\(t("ผลการประเมินปีงบประมาณ พ.ศ.", "Result of fiscal year")) \(preview.plan.assessedYear)</h2>
            \(ResultTableView(result: preview.plan.result, criteria: criteria, language: t).render())
            \(findings())
            <h2>\(t("ข้อเสนอแนะและการวิเคราะห์ผล", "Recommendations and analysis"))</h2>
            \(analysisNote())
            \(AnalysisTableView(analysis: preview.plan.analysis, recommendations: preview.plan.recommendations, criteria: criteria, language: t).render())
            <h2>\(t("มาตรการ", "Measures")) (\(preview.plan.measures.count))</h2>
            \(measuresNote())
            \(MeasuresTableView(measures: numberedMeasures, language: t).render())
            \(confirmForm())
            """
        return scope.layout(context, .results, path: "\(scope.base)/results")
            .page(title: t("ตรวจดูก่อนนำเข้า", "Check before importing"), content)
    }

    private var numberedMeasures: [(number: Int, measure: Measure)] {
        preview.plan.measures.enumerated().map { ($0.offset + 1, $0.element) }
    }

    private func outcome() -> HTML {
        let year = preview.plan.planYear
        if yearExists {
            let replaced = preview.replacesAnalysis
                ? t("ผลคะแนน ข้อเสนอแนะ และการวิเคราะห์ผล", "the result, the recommendations and the analysis")
                : t("ผลคะแนน", "the result")
            return """
                <p class="notice" id="outcome">\(t("เมื่อยืนยัน จะแทนที่", "Confirming replaces")) \(replaced)
                \(t("ของแผนปีงบประมาณ", "of the plan for fiscal year")) \(year)\(t("", "."))
                \(t("มาตรการและความก้าวหน้าที่บันทึกไว้จะไม่เปลี่ยนแปลง", "The stored measures and their progress do not change."))</p>
                """
        }
        return """
            <p class="notice" id="outcome">\(t("เมื่อยืนยัน จะสร้างแผนปีงบประมาณ", "Confirming creates the plan for fiscal year")) \(year)
            \(t("พร้อมมาตรการ", "with")) \(preview.plan.measures.count) \(t("รายการ", "measures."))</p>
            """
    }

    private func agencyNotice() -> HTML {
        let named = preview.plan.agency
        guard preview.format == .document, !named.name.isEmpty, named.fullName != scope.agency.agency.fullName else { return .empty }
        return """
            <p class="notice warning">\(t("เอกสารนี้เป็นของ", "This document is that of")) \(named.fullName)
            \(t("แต่กำลังนำเข้าให้", "but is being imported for")) \(scope.agency.agency.fullName)\(t("", "."))</p>
            """
    }

    private func findings() -> HTML {
        let notable = preview.findings.filter { $0.kind != .consistent }
        guard !notable.isEmpty else { return .empty }
        let items = notable.map { finding -> HTML in
            let mark = finding.isProblem ? t("ผิดพลาด", "error") : t("อธิบายได้", "explained")
            return "<li><strong>\(mark)</strong> · \(finding.subject): \(t(finding.explanationTH, finding.explanationEN))</li>"
        }
        let kind = notable.contains(where: \.isProblem) ? "error" : "warning"
        return """
            <div class="notice \(kind)"><p>\(t("ตรวจตารางกับวิธีคำนวณของสำนักงาน ป.ป.ช.", "The table checked against the NACC computation")):</p>
            <ul>\(items)</ul></div>
            """
    }

    private func analysisNote() -> HTML {
        guard yearExists, !preview.replacesAnalysis else {
            return preview.replacesAnalysis ? .empty
                : "<p class=\"muted\">\(t("ร่างจากผลคะแนน แก้ไขได้ในหน้าการวิเคราะห์หลังนำเข้า", "Drafted from the result; edit it on the analysis page after importing."))</p>"
        }
        return "<p class=\"muted\">\(t("ไฟล์ผลคะแนนไม่มีการวิเคราะห์ จึงไม่เปลี่ยนการวิเคราะห์ที่บันทึกไว้ ด้านล่างเป็นเพียงร่างให้ดู", "A result file has no analysis, so the stored analysis is kept; below is only a draft to look at."))</p>"
    }

    private func measuresNote() -> HTML {
        guard yearExists else { return .empty }
        return "<p class=\"muted\">\(t("ปีนี้มีมาตรการอยู่แล้ว มาตรการด้านล่างจะไม่ถูกบันทึก", "This year has its measures already; the measures below will not be stored."))</p>"
    }

    private func confirmForm() -> HTML {
        """
        <form method="post" action="\(scope.base)/results/confirm" class="actions" id="confirm">
        \(CSRF.field(scope.identity))
        <input type="hidden" name="fileName" value="\(preview.fileName)">
        <input type="hidden" name="content" value="\(upload.base64EncodedString())">
        <button type="submit">\(t("ยืนยันการนำเข้า", "Confirm the import"))</button>
        <a class="button secondary" href="\(scope.base)/results">\(t("ยกเลิก", "Cancel"))</a>
        </form>
        """
    }
}
