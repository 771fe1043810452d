import Complaints
import ThaiText
import Workbench

/// `/public/<agency>/complaints/follow-up`: the receipt form, and the case as the reporter sees it once
/// the receipt opened it — status, the report, replies, and a form to add information.
struct FollowUpPage {
    let language: Language
    let agency: AgencyRecord
    var t: Language { language }
    var base: String { PublicComplaintLink.path(agencySlug: agency.slug) }

    /// The receipt form. `answersPost` hides the language switch on a page answering a wrong receipt.
    func receiptForm(formField: HTML, error: WebError?, answersPost: Bool = false) -> String {
        let content: HTML = """
            <h1>\(t("ติดตามเรื่อง", "Follow up a report"))</h1>
            \(PublicNotice.error(error, language: language))
            <form method="post" action="\(base)/follow-up" class="stack panel" autocomplete="off">
              \(formField)
              <div><label for="receipt">\(t("เลขรับเรื่อง 16 หลัก", "The 16-digit receipt"))
              <span class="hint">\(t("พิมพ์ติดกันหรือเว้นวรรคก็ได้ ใช้เลขไทยหรือเลขอารบิกก็ได้", "with or without spaces; Thai or Arabic digits"))</span></label>
              <input type="text" id="receipt" name="receipt" inputmode="numeric" maxlength="40" required autocomplete="off" spellcheck="false"></div>
              <div class="actions"><button type="submit" id="open">\(t("เปิดดูเรื่อง", "Open the report"))</button></div>
            </form>
            <p class="muted">\(t("เลขรับเรื่องเป็นกุญแจเปิดเรื่องของท่าน ระบบไม่ได้เก็บเลขนี้ไว้ จึงออกเลขใหม่ให้ไม่ได้", "The receipt is the key to your report. The system does not keep it, so it cannot issue it again."))</p>
            """
        return PublicPage(language: language, agency: agency, path: answersPost ? nil : "\(base)/follow-up")
            .render(title: t("ติดตามเรื่อง", "Follow up"), content)
    }

    /// The opened case. `token` lets the add-information form reach the case without the receipt.
    func caseView(_ opened: OpenedCase, token: String, formField: HTML, notice: String?, error: WebError?) -> String {
        let record = opened.record
        let status = record.status
        let entries = opened.entries.map(entry)
        let noticeHTML: HTML = notice.map { "<p class=\"notice success\" role=\"status\">\($0)</p>" } ?? .empty
        let content: HTML = """
            <h1>\(t("เรื่องของท่าน", "Your report"))</h1>
            \(noticeHTML)
            \(PublicNotice.error(error, language: language))
            <div class="panel status-box status-\(status.rawValue)" id="status">
            <p class="status-name">\(t("สถานะ", "Status")): <strong>\(t(status.nameTH, status.nameEN))</strong></p>
            <p>\(t(status.explanationTH, status.explanationEN))</p>
            <p class="muted">\(t("รับเรื่องเมื่อ", "Received on")) \(day(record.receivedOn)) · \(t("สถานะล่าสุดเมื่อ", "Status since")) \(day(record.statusChangedOn)) · \(t(record.category.nameTH, record.category.nameEN))</p>
            </div>
            <h2>\(t("ความเป็นมา", "History"))</h2>
            <ol class="entries conversation" id="conversation">\(entries)</ol>
            <h2>\(t("ส่งข้อมูลเพิ่มเติม", "Add information"))</h2>
            <form method="post" action="\(base)/follow-up/message" enctype="multipart/form-data" class="stack panel" autocomplete="off">
              \(formField)
              <input type="hidden" name="followUp" value="\(token)">
              <div><label for="message">\(t("ข้อความถึงเจ้าหน้าที่", "Your message to the officers"))</label>
              <textarea id="message" name="message" rows="5" required maxlength="\(ComplaintSubmission.maximumDetails)"></textarea></div>
              <div><label for="attachment">\(t("แนบไฟล์", "Attach files")) <span class="optional">\(t("(ไม่บังคับ)", "(optional)"))</span>
              <span class="hint">\(t("PDF, JPG, PNG, Word หรือ Excel ไม่เกิน 5 ไฟล์ ไฟล์ละไม่เกิน 5 MB", "PDF, JPG, PNG, Word or Excel; up to 5 files of 5 MB each"))</span></label>
              <input type="file" id="attachment" name="attachment" multiple accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx"></div>
              <div class="actions"><button type="submit" id="add">\(t("ส่งข้อมูลเพิ่มเติม", "Send"))</button></div>
            </form>
            <p class="muted">\(t("หน้านี้ใช้ส่งข้อมูลเพิ่มเติมได้อีก 2 ชั่วโมง หลังจากนั้นให้กรอกเลขรับเรื่องอีกครั้ง หากใช้คอมพิวเตอร์ร่วมกับผู้อื่น ให้ปิดหน้าต่างนี้เมื่อเสร็จแล้ว", "This page can add information for two more hours; after that, enter the receipt again. On a shared computer, close this window when you are done."))</p>
            """
        return PublicPage(language: language, agency: agency, path: nil).render(title: t("เรื่องของท่าน", "Your report"), content)
    }

    private func entry(_ opened: OpenedCase.Entry) -> HTML {
        let who: String
        let body: HTML
        switch opened.content {
        case .report(let report):
            who = t("ท่าน (เรื่องที่แจ้ง)", "You (the report)")
            body = ReportContentView(language: language, report: report).render()
        case .message(let message):
            who = opened.entry.kind == .officerReply ? t("เจ้าหน้าที่ผู้รับเรื่อง", "Receiving officer") : t("ท่าน", "You")
            body = "<p class=\"text\">\(message.text)</p>"
        case .forwarding:
            who = ""
            body = .empty
        }
        let files = opened.attachments.map { file -> HTML in "<li>\(file.description.fileName) <span class=\"muted\">(\(Self.size(file.description.size)))</span></li>" }
        let fileList: HTML = files.isEmpty ? .empty : "<ul class=\"files\">\(files)</ul>"
        let kindClass = opened.entry.kind == .officerReply ? "from-officer" : "from-reporter"
        return "<li class=\"\(kindClass)\"><p class=\"meta\"><strong>\(who)</strong> · \(day(opened.entry.day))</p>\(body)\(fileList)</li>"
    }

    func day(_ date: ThaiDate) -> String { language == .th ? date.thaiAbbreviated : date.iso8601 }

    static func size(_ bytes: Int) -> String {
        bytes >= 1_048_576 ? String(format: "%.1f MB", Double(bytes) / 1_048_576) : "\(max(1, bytes / 1024)) KB"
    }
}
