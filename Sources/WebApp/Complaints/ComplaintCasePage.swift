import Complaints
import Foundation
import ThaiText
import Workbench

/// `/complaints/<id>`: one case for a receiving officer — the report, everything said since, internal
/// notes and forwarding records (marked as never shown to the reporter), the actions, and the audit trail.
struct ComplaintCasePage {
    let officerCase: OfficerCase
    let opened: OpenedCase?
    let trail: [AuditEvent]
    let language: Language
    let today: ThaiDate
    var error: WebError?

    var t: Language { language }
    var record: ComplaintRecord { officerCase.record }
    var path: String { "/complaints/\(record.id)" }
    var retention: RetentionPolicy { officerCase.state.channel?.retention ?? .standard }

    func render() -> String {
        let content: HTML = """
            \(ComplaintStylesheet.link)
            <p><a href="/a/\(officerCase.agency.slug)/complaints">← \(t("กล่องเรื่อง", "Inbox"))</a></p>
            <h1>\(t("เรื่อง", "Case")) \(record.reference)</h1>
            \(FormNotice.error(error, language: language))
            <table class="data facts"><tbody>
            <tr><th scope="row">\(t("ประเภท", "Category"))</th><td>\(t(record.category.nameTH, record.category.nameEN))</td></tr>
            <tr><th scope="row">\(t("สถานะ", "Status"))</th><td id="case-status">\(t(record.status.nameTH, record.status.nameEN)) (\(t("ตั้งแต่", "since")) \(day(record.statusChangedOn)))</td></tr>
            <tr><th scope="row">\(t("วันที่รับเรื่อง", "Received"))</th><td>\(day(record.receivedOn))</td></tr>
            <tr><th scope="row">\(t("ระยะเวลาเก็บรักษา", "Retention"))</th><td>\(retentionText())</td></tr>
            </tbody></table>
            \(body())
            """
        return Layout(language: language, identity: officerCase.identity, agency: officerCase.agency, year: nil, current: .complaints, path: path)
            .page(title: "\(t("เรื่อง", "Case")) \(record.reference)", content)
    }

    private func body() -> HTML {
        switch officerCase.access {
        case .locked:
            return "<p class=\"notice warning\">\(t("กุญแจของท่านยังไม่ได้ปลดล็อก กลับไปที่กล่องเรื่องเพื่อกรอกรหัสผ่าน", "Your key is locked; go back to the inbox and enter your password."))</p>"
        case .notShared:
            return "<p class=\"notice warning\" id=\"not-shared\">\(t("เรื่องนี้เข้ามาก่อนที่ท่านจะมีกุญแจ จะเปิดได้เมื่อผู้รับเรื่องอีกคนเปิดกล่องเรื่อง (ระบบจะแบ่งปันให้อัตโนมัติ) หรือเมื่อผู้ดูแลระบบใช้กุญแจกู้คืน", "This case came in before you had your key. It opens for you once another receiving officer opens the inbox (it is shared automatically) or the administrator uses the recovery key."))</p>"
        case .open:
            guard let opened else { return .empty }
            return """
                <h2>\(t("ความเป็นมา", "History"))</h2>
                <ol class="entries conversation" id="conversation">\(opened.entries.map(entry))</ol>
                \(forms())
                <h2>\(t("บันทึกการดำเนินการ", "Audit trail"))</h2>
                \(trailTable())
                """
        }
    }

    private func entry(_ opened: OpenedCase.Entry) -> HTML {
        let kind = opened.entry.kind
        let heading: String
        let body: HTML
        switch opened.content {
        case .report(let report):
            heading = t("เรื่องที่แจ้ง (ผู้ร้อง)", "The report (reporter)")
            body = ReportContentView(language: language, report: report).render()
        case .message(let message):
            switch kind {
            case .officerReply: heading = "\(t("ตอบผู้ร้อง", "Reply to the reporter")) — \(message.authorName ?? "")"
            case .internalNote: heading = "\(t("บันทึกภายใน — ผู้ร้องไม่เห็น", "Internal note — the reporter never sees it")) — \(message.authorName ?? "")"
            default: heading = t("ข้อมูลเพิ่มเติมจากผู้ร้อง", "More from the reporter")
            }
            body = "<p class=\"text\">\(message.text)</p>"
        case .forwarding(let forwarding):
            heading = "\(t("ส่งต่อ — ผู้ร้องไม่เห็นรายละเอียดนี้", "Forwarded — the reporter does not see these details")) — \(forwarding.authorName)"
            body = """
                <p>\(t("ส่งถึง", "To")): <strong>\(t(forwarding.destination.nameTH, forwarding.destination.nameEN))</strong>\
                \(forwarding.reference.isEmpty ? "" : " · \(t("เลขที่หนังสือ", "Reference")) \(forwarding.reference)")</p>
                \(forwarding.note.isEmpty ? HTML.empty : "<p class=\"text\">\(forwarding.note)</p>")
                """
        }
        let files = opened.attachments.map { file -> HTML in
            "<li><a href=\"\(path)/attachments/\(file.id)\">\(file.description.fileName)</a> <span class=\"muted\">(\(FollowUpPage.size(file.description.size)))</span></li>"
        }
        let fileList: HTML = files.isEmpty ? .empty : "<ul class=\"files\">\(files)</ul>"
        return "<li class=\"kind-\(kind.rawValue)\"><p class=\"meta\"><strong>\(heading)</strong> · \(day(opened.entry.day))</p>\(body)\(fileList)</li>"
    }

    private func forms() -> HTML {
        let csrf = CSRF.field(officerCase.identity)
        let statuses = ComplaintStatus.allCases.map { status -> HTML in
            "<option value=\"\(status.rawValue)\"\(status == record.status ? HTML(" selected") : .empty)>\(t(status.nameTH, status.nameEN))</option>"
        }
        let destinations = ForwardingDestination.allCases.map { destination -> HTML in
            "<option value=\"\(destination.rawValue)\">\(t(destination.nameTH, destination.nameEN))</option>"
        }
        let deletion: HTML = retention.state(of: record, on: today).mayBeDeleted ? """
            <form method="post" action="\(path)/delete" class="stack panel danger-zone">\(csrf)
            <h3>\(t("ลบเรื่องนี้", "Delete this case"))</h3>
            <p>\(t("ครบระยะเวลาเก็บรักษาแล้ว การลบจะลบเนื้อหา ไฟล์แนบ และกุญแจทั้งหมดของเรื่องนี้อย่างถาวร บันทึกการดำเนินการยังคงอยู่", "The retention period is over. Deleting removes the content, files and keys of this case for good; the audit trail stays."))</p>
            <label class="check"><input type="checkbox" name="confirm" value="yes" required> \(t("ยืนยันการลบ", "I confirm the deletion"))</label>
            <div class="actions"><button type="submit" class="danger">\(t("ลบถาวร", "Delete for good"))</button></div></form>
            """ : .empty
        return """
            <h2>\(t("ดำเนินการ", "Act"))</h2>
            <form method="post" action="\(path)/reply" class="stack panel">\(csrf)
            <div><label for="reply">\(t("ตอบผู้ร้อง", "Reply to the reporter"))
            <span class="hint">\(t("ผู้ร้องจะเห็นข้อความนี้เมื่อกรอกเลขรับเรื่อง อย่าใส่ข้อมูลที่ไม่ควรให้ผู้ร้องเห็น", "The reporter sees this with the receipt; write nothing they should not read."))</span></label>
            <textarea id="reply" name="text" rows="4" required></textarea></div>
            <div class="actions"><button type="submit" id="send-reply">\(t("ส่งคำตอบ", "Send the reply"))</button></div></form>
            <form method="post" action="\(path)/note" class="stack panel internal">\(csrf)
            <div><label for="note">\(t("บันทึกภายใน", "Internal note"))
            <span class="hint">\(t("เห็นเฉพาะผู้รับเรื่อง ผู้ร้องไม่เห็น", "Only receiving officers see it, never the reporter."))</span></label>
            <textarea id="note" name="text" rows="3" required></textarea></div>
            <div class="actions"><button type="submit" class="secondary">\(t("บันทึก", "Save the note"))</button></div></form>
            <form method="post" action="\(path)/status" class="stack panel">\(csrf)
            <div><label for="status">\(t("สถานะ", "Status"))</label><select id="status" name="status">\(statuses)</select></div>
            <div class="actions"><button type="submit" class="secondary">\(t("เปลี่ยนสถานะ", "Change the status"))</button></div></form>
            <form method="post" action="\(path)/forward" class="stack panel internal">\(csrf)
            <h3>\(t("บันทึกการส่งต่อ", "Record a referral"))</h3>
            <div><label for="destination">\(t("ส่งต่อถึง", "Sent to"))</label><select id="destination" name="destination">\(destinations)</select></div>
            <div><label for="reference">\(t("เลขที่หนังสือ", "Letter or case number"))</label><input type="text" id="reference" name="reference" maxlength="200"></div>
            <div><label for="forward-note">\(t("หมายเหตุ", "Note"))</label><textarea id="forward-note" name="note" rows="2"></textarea></div>
            <div class="actions"><button type="submit" class="secondary">\(t("บันทึกการส่งต่อ", "Record the referral"))</button></div></form>
            \(deletion)
            """
    }

    private func trailTable() -> HTML {
        let rows = trail.map { event -> HTML in
            "<tr><td class=\"nowrap\">\(Self.time(event.at, language))</td><td>\(event.actorName)</td><td>\(actionName(event.action))</td></tr>"
        }
        return """
            <table class="data" id="trail"><thead><tr><th scope="col">\(t("เวลา", "When"))</th><th scope="col">\(t("ผู้ดำเนินการ", "Who"))</th>
            <th scope="col">\(t("การดำเนินการ", "Action"))</th></tr></thead><tbody>\(rows)</tbody></table>
            <p class="muted">\(t("สิ่งที่ผู้ร้องทำไม่อยู่ในบันทึกนี้ เพื่อไม่ให้มีเวลาที่ละเอียดกว่าวันที่", "What the reporter does is not in this trail, so that no time finer than the day is kept."))</p>
            """
    }

    private func actionName(_ action: String) -> String {
        switch action {
        case "officerReply": t("ตอบผู้ร้อง", "replied to the reporter")
        case "internalNote": t("บันทึกภายใน", "internal note")
        case "forwarding": t("บันทึกการส่งต่อ", "recorded a referral")
        case "status": t("เปลี่ยนสถานะ", "changed the status")
        case "download": t("ดาวน์โหลดไฟล์แนบ", "downloaded an attachment")
        case "delete": t("ลบเรื่อง", "deleted the case")
        default: action
        }
    }

    /// "26 พ.ย. 2569 09:06" in Thailand's time: officers' actions keep their time, unlike the reporter's.
    static func time(_ date: Date, _ language: Language) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        let clock = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        let day = ThaiDate(date)
        return "\(language == .th ? day.thaiAbbreviated : day.iso8601) \(clock)"
    }

    private func retentionText() -> HTML {
        switch retention.state(of: record, on: today) {
        case .kept: "\(t("เก็บไว้ตลอดที่ยังไม่ปิดเรื่อง", "kept while the case is open"))"
        case .keptUntil(let date): "\(t("ลบได้ตั้งแต่", "may be deleted from")) \(day(date))"
        case .expiring(let date, let days): "<strong class=\"warn\">\(t("อีก \(days) วันจะครบกำหนด", "\(days) days left")) (\(day(date)))</strong>"
        case .expired(let date): "<strong class=\"bad\">\(t("ครบกำหนดแล้วตั้งแต่", "over since")) \(day(date))</strong>"
        }
    }

    private func day(_ date: ThaiDate) -> String { language == .th ? date.thaiAbbreviated : date.iso8601 }
}
