import ThaiText
import Workbench

/// The form to report progress on a measure: date, status, percentage, text, and up to three
/// slots of evidence files, each slot with the date its files speak for.
struct ProgressEntryForm {
    let identity: Identity
    let language: Language
    let action: String
    let window: ProgressDateWindow
    /// The latest report's status and percentage, as a starting point.
    let status: ProgressStatus
    let percent: Int
    let maxUploadBytes: Int
    let today: ThaiDate

    static let slots = ["", "2", "3"]
    var t: Language { language }

    func render() -> HTML {
        guard window.isOpen else {
            return "<p class=\"muted\">\(t("ยังไม่ถึงช่วงเวลาที่รายงานผลมาตรการนี้ได้", "This measure cannot be reported on yet."))</p>"
        }
        let options = ProgressStatus.allCases.map { option -> HTML in
            let selected: HTML = option == status ? " selected" : ""
            return "<option value=\"\(option.rawValue)\"\(selected)>\(t(option.nameTH, option.nameEN))</option>"
        }
        return """
            <section aria-labelledby="report-heading">
            <h2 id="report-heading">\(t("รายงานผลการดำเนินการ", "Report progress"))</h2>
            <form method="post" action="\(action)" enctype="multipart/form-data" class="stack panel">
            \(CSRF.field(identity))
            <div><label for="date">\(t("วันที่ดำเนินการ", "Date of the work"))
            <span class="hint">\(t("ระหว่าง", "Between")) \(window.earliest.thaiAbbreviated) \(t("ถึง", "and")) \(window.latest.thaiAbbreviated)</span></label>
            <input type="date" id="date" name="date" required min="\(window.earliest.iso8601)" max="\(window.latest.iso8601)"\(defaultDate)></div>
            <div><label for="status">\(t("สถานะ", "Status"))</label>
            <select id="status" name="status">\(options)</select></div>
            <div><label for="percent">\(t("ร้อยละความก้าวหน้า", "Percent complete")) <span class="hint">0–100</span></label>
            <input type="number" id="percent" name="percent" min="0" max="100" step="1" required value="\(percent)"></div>
            <div><label for="text">\(t("ผลการดำเนินการ", "What was done"))</label>
            <textarea id="text" name="text" required maxlength="5000"></textarea></div>
            <fieldset><legend>\(t("หลักฐาน (ถ้ามี)", "Evidence (optional)"))</legend>
            <p class="hint">\(t("รับไฟล์ \(EvidenceIntake.acceptedTH) ไม่เกินไฟล์ละ \(EvidenceIntake.size(maxUploadBytes)) ชนิดของไฟล์ตรวจจากเนื้อไฟล์ ไม่ใช่จากชื่อ", "\(EvidenceIntake.acceptedEN), up to \(EvidenceIntake.size(maxUploadBytes)) each. The type is checked from the file's content, not its name."))</p>
            \(Self.slots.enumerated().map { slot($0.offset + 1, suffix: $0.element) })
            </fieldset>
            <div class="actions"><button type="submit">\(t("บันทึกผลการดำเนินการ", "Save the report"))</button></div>
            </form>
            </section>
            """
    }

    /// Today, when a report may carry it; otherwise the reader picks a day in the window.
    private var defaultDate: HTML {
        window.latest == today ? " value=\"\(today.iso8601)\"" : .empty
    }

    private func slot(_ number: Int, suffix: String) -> HTML {
        let file = ProgressSubmission.fileField + suffix
        let effective = ProgressSubmission.effectiveField + suffix
        return """
            <div class="slot"><label for="\(file)">\(t("ไฟล์ชุดที่", "Files, set")) \(number)
            <span class="hint">\(t("เลือกได้หลายไฟล์", "several files may be chosen"))</span></label>
            <input type="file" id="\(file)" name="\(file)" multiple accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx">
            <label for="\(effective)">\(t("วันที่ของหลักฐานชุดนี้", "Effective date of these files"))
            <span class="hint">\(t("เว้นว่างไว้ = ใช้วันที่ดำเนินการ", "leave empty to use the date of the work"))</span></label>
            <input type="date" id="\(effective)" name="\(effective)"></div>
            """
    }
}
