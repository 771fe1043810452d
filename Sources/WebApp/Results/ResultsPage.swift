import Criteria
import Foundation
import Workbench

/// The results page: the stored result table of the year, the upload form and "start next year".
struct ResultsPage {
    let scope: AgencyScope
    let context: AppRequestContext
    let plan: StoredPlan?
    let criteria: Criteria?
    let maxUploadBytes: Int
    /// Set right after "start next year": the year it was started from.
    var startedFrom: Int?
    /// Set when an upload was refused (the page is then sent with a 4xx status).
    var problem: WebError?

    var t: Language { context.language }

    func render() -> String {
        let heading: HTML = plan.map { "\(t("ผลการประเมิน ITA สำหรับแผนปีงบประมาณ พ.ศ.", "ITA result for the plan of fiscal year")) \($0.year.planYear)" }
            ?? HTML(unsafe: HTML.escape(t("ผลการประเมิน ITA", "ITA result")))
        let content: HTML = """
            <h1>\(heading)</h1>
            \(ProblemNotice.render(problem, t))
            \(startedNotice())
            \(yearLinks())
            \(resultSection())
            \(uploadSection())
            \(nextYearSection())
            """
        return scope.layout(context, .results, path: "\(scope.base)/results\(scope.yearQuery)")
            .page(title: t("ผลการประเมิน", "Results"), content)
    }

    private func startedNotice() -> HTML {
        guard let startedFrom, let plan else { return .empty }
        return """
            <div class="notice success" role="status"><p>\(t("เริ่มปีงบประมาณ", "Started fiscal year")) \(plan.year.planYear)
            \(t("จากปี", "from")) \(startedFrom) \(t("แล้ว: คัดลอกการวิเคราะห์ ข้อเสนอแนะ และมาตรการ", "— copied the analysis, recommendations and"))
            \(plan.measures.count) \(t("รายการ โดยเลื่อนระยะเวลาไป 1 ปี และยังไม่มีความก้าวหน้า", "measures, periods moved one year on, no progress yet."))</p></div>
            """
    }

    private func yearLinks() -> HTML {
        guard scope.years.count > 1 else { return .empty }
        let links = scope.years.map { year -> HTML in
            year == scope.year ? "<strong>\(year)</strong>" : "<a href=\"\(scope.base)/results?year=\(year)\">\(year)</a>"
        }
        return "<p class=\"muted\">\(t("ปีงบประมาณ:", "Fiscal years:")) \(HTML.join(links, separator: " · "))</p>"
    }

    private func resultSection() -> HTML {
        guard let plan else {
            return "<p class=\"notice\">\(t("ยังไม่มีผลการประเมิน นำเข้าเอกสารมาตรการที่เผยแพร่แล้ว หรือผลคะแนนเป็น CSV/JSON", "No result yet. Import the published measures document, or a result as CSV or JSON."))</p>"
        }
        let year = plan.year
        let carried: HTML = PlanRollover.hasCarriedResult(year) ? """
            <div class="notice warning" id="carried-result"><p>\(t("ผลคะแนนด้านล่างยังเป็นของปีงบประมาณ", "The result below is still that of fiscal year")) \(year.assessedYear)
            \(t("ซึ่งคัดลอกมาเมื่อเริ่มปีนี้ กรุณานำเข้าผลการประเมินปี", "carried over when this year was started. Import the result of")) \(year.planYear - 1)
            \(t("เมื่อได้รับ แล้วใช้ปุ่ม “ร่างใหม่จากผลคะแนน” ในหน้าการวิเคราะห์", "when it is published, then use “draft again from the result” on the analysis page."))</p></div>
            """ : .empty
        return """
            <section aria-labelledby="result-heading">
            <h2 id="result-heading">\(t("ผลการประเมินปีงบประมาณ พ.ศ.", "Result of fiscal year")) \(year.assessedYear)</h2>
            \(carried)
            \(ResultTableView(result: year.result, criteria: criteria, language: t).render())
            <p class="actions"><a class="button secondary" href="\(scope.base)/export/results.csv\(scope.yearQuery)">\(t("ดาวน์โหลดตารางผลคะแนน (CSV)", "Download the result table (CSV)"))</a>
            <a class="button secondary" href="\(scope.base)/analysis\(scope.yearQuery)">\(t("ข้อเสนอแนะและการวิเคราะห์", "Recommendations and analysis"))</a></p>
            </section>
            """
    }

    private func uploadSection() -> HTML {
        guard scope.canEditPlan else { return .empty }
        let megabytes = max(1, maxUploadBytes / 1_048_576)
        return """
            <section class="panel" aria-labelledby="upload-heading">
            <h2 id="upload-heading">\(t("นำเข้าผลการประเมิน", "Import a result"))</h2>
            <form method="post" action="\(scope.base)/results/preview\(scope.yearQuery)" enctype="multipart/form-data" class="stack">
            \(CSRF.field(scope.identity))
            <div><label for="file">\(t("ไฟล์", "File"))</label>
            <span class="hint" id="file-hint">\(t("เอกสารมาตรการที่เผยแพร่แล้ว (.txt ข้อความจาก PDF) หรือผลคะแนน .csv หรือ .json เป็นข้อความ UTF-8 ขนาดไม่เกิน", "The published measures document (.txt, text from its PDF) or a result as .csv or .json, UTF-8 text, at most")) \(megabytes) MB.
            \(t("ระบบจะแสดงผลที่อ่านได้และคำเตือนให้ตรวจก่อน ยังไม่บันทึกจนกว่าจะกดยืนยัน", "You will see what was read and every warning first; nothing is stored until you confirm."))</span>
            <input type="file" id="file" name="file" accept=".txt,.csv,.json,text/plain,text/csv,application/json" aria-describedby="file-hint" required></div>
            <div class="actions"><button type="submit">\(t("อ่านไฟล์และแสดงตัวอย่าง", "Read and preview"))</button></div>
            </form></section>
            """
    }

    private func nextYearSection() -> HTML {
        guard scope.canEditPlan, let plan else { return .empty }
        let next = plan.year.planYear + 1
        if scope.years.contains(next) {
            return "<p><a href=\"\(scope.base)/results?year=\(next)\">\(t("ไปยังปีงบประมาณ", "Go to fiscal year")) \(next)</a></p>"
        }
        return """
            <section class="panel" aria-labelledby="next-heading">
            <h2 id="next-heading">\(t("เริ่มปีงบประมาณ", "Start fiscal year")) \(next)</h2>
            <p>\(t("คัดลอกการวิเคราะห์ ข้อเสนอแนะ และมาตรการ", "Copies the analysis, the recommendations and the")) \(plan.measures.count)
            \(t("รายการของปี", "measures of")) \(plan.year.planYear) \(t("ไปเป็นจุดเริ่มต้นของปี", "as the starting point of")) \(next)
            \(t("โดยเลื่อนระยะเวลาดำเนินการไป 1 ปี ไม่คัดลอกความก้าวหน้าและหลักฐาน ผลคะแนนยังเป็นของปี", "with every period moved one year on. Progress and evidence are not copied. The result stays that of")) \(plan.year.assessedYear)
            \(t("จนกว่าจะนำเข้าผลการประเมินใหม่", "until the new result is imported."))</p>
            <form method="post" action="\(scope.base)/years/next?year=\(plan.year.planYear)" class="inline">\(CSRF.field(scope.identity))
            <button type="submit">\(t("เริ่มปีงบประมาณ", "Start fiscal year")) \(next)</button></form>
            </section>
            """
    }
}
