import Complaints
import Workbench

/// `/public/<agency>/complaints/new`: the report form. No sign-in, anonymous unless the reporter chooses
/// to leave contact details, and `autocomplete="off"` so a shared computer keeps nothing of it.
struct ComplaintFormPage {
    let language: Language
    let agency: AgencyRecord
    let formField: HTML
    var values: ComplaintSubmission = .empty
    var error: WebError?
    var notice: String?
    /// True when the page answers a POST: switching language would reload an empty form, so no switch is shown.
    var answersPost = false

    var t: Language { language }
    var base: String { PublicComplaintLink.path(agencySlug: agency.slug) }

    func render() -> String {
        let categories = ComplaintCategory.allCases.map { category -> HTML in
            let checked: HTML = values.category == category ? " checked" : ""
            return """
                <label class="choice"><input type="radio" name="category" value="\(category.rawValue)" required\(checked)>
                <span><strong>\(t(category.nameTH, category.nameEN))</strong>
                <span class="hint">\(t(category.examplesTH, category.examplesEN))</span></span></label>
                """
        }
        let notice: HTML = self.notice.map { "<p class=\"notice warning\" role=\"status\">\($0)</p>" } ?? .empty
        let content: HTML = """
            <h1>\(t("แจ้งเรื่องร้องเรียนหรือเบาะแส", "File a complaint or a tip-off"))</h1>
            <div class="panel promise">
            <p><strong>\(t("ท่านไม่ต้องบอกชื่อ", "You do not have to give your name."))</strong>
            \(t("ไม่ต้องเข้าสู่ระบบ ระบบไม่บันทึกหมายเลข IP หรือเวลาที่ส่ง (เก็บเพียงวันที่) และเข้ารหัสเรื่องของท่านไว้ ผู้ที่อ่านได้มีเพียงเจ้าหน้าที่ผู้รับเรื่องที่หน่วยงานกำหนด", "No sign-in. The system records no IP address and no time of day (only the date), and encrypts your report: only the receiving officers the agency named can read it."))</p>
            <p>\(t("เมื่อส่งแล้ว ท่านจะได้รับเลขรับเรื่อง 16 หลัก ใช้ติดตามสถานะ อ่านคำตอบ และส่งข้อมูลเพิ่มเติมได้โดยไม่ต้องเปิดเผยตัว", "After sending you get a 16-digit receipt: with it you can follow the status, read the replies and add information, still anonymously."))</p>
            </div>
            \(notice)
            \(PublicNotice.error(error, language: language))
            <form method="post" action="\(base)/new" enctype="multipart/form-data" class="stack panel" autocomplete="off">
              \(formField)
              <fieldset><legend>\(t("เรื่องนี้เกี่ยวกับ", "What is it about?")) <span class="required">\(t("(ต้องเลือก)", "(required)"))</span></legend>
              \(categories)</fieldset>
              <div><label for="details">\(t("เล่าเรื่องที่เกิดขึ้น", "What happened")) <span class="required">\(t("(ต้องกรอก)", "(required)"))</span>
              <span class="hint">\(t("ใคร ทำอะไร ที่ไหน เมื่อไร มีหลักฐานอะไรบ้าง เท่าที่ท่านทราบ", "who did what, where and when, and what evidence there is, as far as you know"))</span></label>
              <textarea id="details" name="details" rows="9" required maxlength="\(ComplaintSubmission.maximumDetails)">\(values.details)</textarea></div>
              <div><label for="subject">\(t("หัวเรื่องสั้น ๆ", "A short subject")) <span class="optional">\(t("(ไม่บังคับ)", "(optional)"))</span></label>
              <input type="text" id="subject" name="subject" maxlength="200" value="\(values.subject)"></div>
              <div><label for="whenAndWhere">\(t("เกิดขึ้นเมื่อไรและที่ไหน", "When and where")) <span class="optional">\(t("(ไม่บังคับ)", "(optional)"))</span></label>
              <input type="text" id="whenAndWhere" name="whenAndWhere" maxlength="\(ComplaintSubmission.maximumShortField)" value="\(values.whenAndWhere)"></div>
              <div><label for="peopleInvolved">\(t("ผู้เกี่ยวข้อง (ชื่อหรือตำแหน่ง)", "People involved (names or positions)")) <span class="optional">\(t("(ไม่บังคับ)", "(optional)"))</span></label>
              <input type="text" id="peopleInvolved" name="peopleInvolved" maxlength="\(ComplaintSubmission.maximumShortField)" value="\(values.peopleInvolved)"></div>
              <div><label for="attachment">\(t("แนบหลักฐาน", "Attach evidence")) <span class="optional">\(t("(ไม่บังคับ)", "(optional)"))</span>
              <span class="hint">\(t("PDF, รูปภาพ JPG หรือ PNG, Word หรือ Excel ไม่เกิน 5 ไฟล์ ไฟล์ละไม่เกิน 5 MB ระบบจะลบข้อมูลตำแหน่งและกล้องออกจากรูปภาพ และลบชื่อผู้สร้างออกจากไฟล์ Word, Excel และ PDF ให้ (PDF บางไฟล์อาจยังมีชื่อติดอยู่) แต่ข้อความในเอกสารเองจะไม่ถูกแก้", "PDF, JPG or PNG images, Word or Excel; up to 5 files of 5 MB each. Location and camera data are removed from photos, and the author's name from Word, Excel and PDF files (a few PDFs may still carry it); what the document itself says is not changed."))</span></label>
              <input type="file" id="attachment" name="attachment" multiple accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx"></div>
              <details class="contact"\(values.contactName.isEmpty && values.contactPhone.isEmpty && values.contactEmail.isEmpty ? "" : " open")>
              <summary>\(t("ต้องการให้เจ้าหน้าที่ติดต่อกลับ (ไม่บังคับ)", "I want an officer to contact me (optional)"))</summary>
              <p class="hint">\(t("ถ้าไม่กรอกส่วนนี้ เรื่องของท่านจะไม่ระบุตัวตน ข้อมูลที่กรอกจะถูกเข้ารหัสเช่นเดียวกับเรื่องของท่าน", "Leave this empty to stay anonymous. Whatever you enter is encrypted like the rest of your report."))</p>
              <div><label for="contactName">\(t("ชื่อ", "Name")) <span class="optional">\(t("(ไม่บังคับ)", "(optional)"))</span></label>
              <input type="text" id="contactName" name="contactName" maxlength="200" value="\(values.contactName)"></div>
              <div><label for="contactPhone">\(t("โทรศัพท์", "Phone")) <span class="optional">\(t("(ไม่บังคับ)", "(optional)"))</span></label>
              <input type="text" id="contactPhone" name="contactPhone" maxlength="200" inputmode="tel" value="\(values.contactPhone)"></div>
              <div><label for="contactEmail">\(t("อีเมล", "E-mail")) <span class="optional">\(t("(ไม่บังคับ)", "(optional)"))</span></label>
              <input type="text" id="contactEmail" name="contactEmail" maxlength="200" inputmode="email" value="\(values.contactEmail)"></div>
              </details>
              <div class="actions"><button type="submit" id="send">\(t("ส่งเรื่อง", "Send the report"))</button>
              <span class="hint">\(t("เมื่อกดส่ง ท่านจะได้เลขรับเรื่อง 16 หลัก เตรียมกระดาษและปากกาไว้จด", "After sending you get a 16-digit receipt: have pen and paper ready."))</span></div>
            </form>
            """
        return PublicPage(language: language, agency: agency, path: answersPost ? nil : "\(base)/new").render(title: t("แจ้งเรื่อง", "File a report"), content)
    }
}
