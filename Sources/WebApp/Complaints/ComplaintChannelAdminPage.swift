import Complaints
import Foundation
import ThaiText
import Workbench

/// `/admin/complaints/<agency>`: the channel's readiness in plain words, and every setting that decides
/// who can read reports and whether any could be lost.
struct ComplaintChannelAdminPage {
    let identity: Identity
    let language: Language
    let state: ChannelState
    var error: WebError?
    var notice: String?

    var t: Language { language }
    var base: String { "/admin/complaints/\(state.agency.slug)" }
    var csrf: HTML { CSRF.field(identity) }

    func render() -> String {
        let content: HTML = """
            \(ComplaintStylesheet.link)
            <p><a href="/admin/complaints">← \(t("ช่องทางร้องเรียนของทุกหน่วยงาน", "Every agency's channel"))</a></p>
            <h1>\(t("ช่องทางร้องเรียน", "Complaint channel")): \(state.agency.agency.fullName)</h1>
            \(FormNotice.error(error, language: language))
            \(FormNotice.success(notice))
            \(readiness())
            \(keysAwaitingConfirmation())
            \(recipients())
            \(recovery())
            \(retention())
            <p><a href="\(PublicComplaintLink.path(agencySlug: state.agency.slug))">\(t("หน้าสาธารณะ", "Public page"))</a> ·
            <a href="\(PublicComplaintLink.path(agencySlug: state.agency.slug))/poster">\(t("โปสเตอร์", "Poster"))</a> ·
            <a href="/a/\(state.agency.slug)/complaints">\(t("กล่องเรื่องของหน่วยงาน", "The agency's inbox"))</a></p>
            """
        return Layout(language: language, identity: identity, agency: nil, year: nil, current: .admin, path: base)
            .page(title: t("ช่องทางร้องเรียน", "Complaint channel"), content)
    }

    private func readiness() -> HTML {
        let r = state.readiness
        let status: HTML = r.acceptsReports
            ? "<p class=\"notice success\" id=\"readiness\">\(t("เปิดรับเรื่องอยู่ และเรื่องทุกเรื่องมีผู้เปิดอ่านได้มากกว่าหนึ่งทาง", "Open, and every report can be opened in more than one way."))</p>"
            : "<div class=\"notice \(r.mayOpen ? "warning" : "error")\" id=\"readiness\"><p><strong>\(t("ยังไม่รับเรื่อง", "Not taking reports"))</strong></p><ul>\(r.problems.map { problem -> HTML in "<li>\(t(problem.messageTH, problem.messageEN))</li>" })</ul></div>"
        let toggle: HTML = state.channel?.isOpen == true
            ? "<form method=\"post\" action=\"\(base)/close\" class=\"inline\">\(csrf)<button type=\"submit\" class=\"secondary\">\(t("ปิดรับเรื่องชั่วคราว", "Close the channel"))</button></form>"
            : "<form method=\"post\" action=\"\(base)/open\" class=\"inline\">\(csrf)<button type=\"submit\" id=\"open-channel\">\(t("เปิดรับเรื่อง", "Open the channel"))</button></form>"
        return "<section><h2>\(t("สถานะ", "Status"))</h2>\(status)<p class=\"actions\">\(toggle)</p></section>"
    }

    private func recipients() -> HTML {
        let keyHolders = Set(state.keys.map(\.userID))
        let rows = state.accounts.filter(\.active).map { user -> HTML in
            let checked: HTML = state.channel?.recipientIDs.contains(user.id) == true ? " checked" : ""
            let key = state.keys.first { $0.userID == user.id }
            let keyText: String = key.map { key in
                key.trust == .awaitingConfirmation
                    ? t("กุญแจใหม่รอการยืนยัน (สร้าง \(ThaiDate(key.createdAt).thaiAbbreviated))", "new key awaiting confirmation (made \(ThaiDate(key.createdAt).iso8601))")
                    : t("มีกุญแจ (สร้าง \(ThaiDate(key.createdAt).thaiAbbreviated))", "has a key (made \(ThaiDate(key.createdAt).iso8601))")
            }
                ?? (checked == .empty ? "" : t("ยังไม่มีกุญแจ — จะสร้างเมื่อเข้าสู่ระบบครั้งถัดไป", "no key yet — made at the next sign-in"))
            return """
                <tr><td><label class="check"><input type="checkbox" name="recipient" value="\(user.id)"\(checked)> \(user.displayName)</label></td>
                <td>\(user.username)</td><td>\(t(user.role.nameTH, user.role.nameEN))</td><td class="\(keyHolders.contains(user.id) ? "good" : "muted")">\(keyText)</td></tr>
                """
        }
        return """
            <section><h2>\(t("ผู้รับเรื่อง", "Receiving officers"))</h2>
            <p>\(t("ผู้รับเรื่องเป็นผู้เดียวที่อ่านเรื่องร้องเรียนได้ แต่ละคนมีกุญแจของตนซึ่งเปิดได้ด้วยรหัสผ่านของตนเท่านั้น ระบบสร้างกุญแจให้เมื่อผู้รับเรื่องเข้าสู่ระบบครั้งถัดไป ควรกำหนดอย่างน้อยสองคน", "Receiving officers are the only people who can read reports. Each has a key that only their own password opens; it is made when they next sign in. Name at least two."))</p>
            <p class="notice warning">\(t("ถ้าผู้ดูแลระบบรีเซ็ตรหัสผ่านของผู้รับเรื่อง กุญแจเดิมของผู้นั้นจะใช้ไม่ได้อีก ระบบจะสร้างกุญแจใหม่เมื่อเข้าสู่ระบบ แต่กุญแจนั้นจะไม่ได้รับเรื่องใดจนกว่าผู้ดูแลระบบจะยืนยัน (เทียบรหัสกุญแจกับเจ้าตัว) และเรื่องเก่าจะเปิดได้อีกก็ต่อเมื่อผู้รับเรื่องคนอื่นกดแบ่งปัน หรือผู้ดูแลระบบใช้กุญแจกู้คืน", "If an administrator resets a receiving officer’s password, that officer’s key can no longer be opened. A new key is made at their next sign-in, but it receives nothing until an administrator confirms it (compare its fingerprint with the officer), and older reports open for them again only when another receiving officer shares them or the administrator uses the recovery key."))</p>
            <form method="post" action="\(base)/recipients" class="stack">\(csrf)
            <table class="data" id="recipients"><thead><tr><th scope="col">\(t("ผู้รับเรื่อง", "Receives"))</th><th scope="col">\(t("ชื่อผู้ใช้", "Username"))</th>
            <th scope="col">\(t("บทบาท", "Role"))</th><th scope="col">\(t("กุญแจ", "Key"))</th></tr></thead><tbody>\(rows)</tbody></table>
            <div class="actions"><button type="submit" id="save-recipients">\(t("บันทึกผู้รับเรื่อง", "Save the receiving officers"))</button></div></form>
            </section>
            """
    }

    /// Keys made after someone else reset the officer's password: nothing is sealed for them until confirmed.
    private func keysAwaitingConfirmation() -> HTML {
        let waiting = state.keys.filter { $0.trust == .awaitingConfirmation }
        guard !waiting.isEmpty else { return .empty }
        let rows = waiting.map { key -> HTML in
            let name = state.recipients.first { $0.id == key.userID }?.displayName ?? key.userID.description
            return """
                <tr><td>\(name)</td><td><code class="fingerprint">\(KeyFingerprint.text(key))</code></td>
                <td>\(language == .th ? ThaiDate(key.createdAt).thaiAbbreviated : ThaiDate(key.createdAt).iso8601)</td>
                <td><form method="post" action="\(base)/confirm-key" class="inline">\(csrf)<input type="hidden" name="key" value="\(key.id)">
                <button type="submit" id="confirm-key-\(key.id)">\(t("ยืนยันกุญแจนี้", "Confirm this key"))</button></form></td></tr>
                """
        }
        return """
            <section id="keys-awaiting-confirmation"><h2>\(t("กุญแจที่รอการยืนยัน", "Keys awaiting confirmation"))</h2>
            <p class="notice warning">\(t("กุญแจเหล่านี้ถูกสร้างหลังจากผู้อื่นรีเซ็ตรหัสผ่านของเจ้าของ ผู้ที่รีเซ็ตรู้รหัสผ่านชั่วคราวและอาจเป็นผู้สร้างกุญแจเอง ระบบจึงไม่เข้ารหัสเรื่องใดให้จนกว่าท่านจะยืนยัน ติดต่อเจ้าของโดยตรงและเทียบรหัสกุญแจที่เจ้าตัวเห็นในหน้ากล่องเรื่องก่อนยืนยัน", "These keys were made after someone else reset their owner's password. Whoever reset it knew the one-time password and may have made the key, so no report is sealed for it until you confirm. Contact the owner directly and compare the fingerprint they see on their inbox before confirming."))</p>
            <table class="data"><thead><tr><th scope="col">\(t("ผู้รับเรื่อง", "Officer"))</th><th scope="col">\(t("รหัสกุญแจ", "Fingerprint"))</th>
            <th scope="col">\(t("สร้างเมื่อ", "Made"))</th><th scope="col"></th></tr></thead><tbody>\(rows)</tbody></table></section>
            """
    }

    private func recovery() -> HTML {
        let current: HTML = state.channel?.recovery.map { key in
            "<p class=\"notice success\" id=\"recovery-status\">\(t("เปิดใช้กุญแจกู้คืนแล้ว (สร้างเมื่อ \(ThaiDate(key.createdAt).thaiAbbreviated)) เรื่องทุกเรื่องเข้ารหัสให้กุญแจนี้ด้วย", "A recovery key exists (made \(ThaiDate(key.createdAt).iso8601)); every report is sealed for it too."))</p>"
        } ?? "<p class=\"notice\" id=\"recovery-status\">\(t("ยังไม่ได้เปิดใช้กุญแจกู้คืน", "No recovery key."))</p>"
        let use: HTML = state.channel?.recovery == nil ? .empty : """
            <form method="post" action="\(base)/recovery/use" class="stack panel" autocomplete="off">\(csrf)
            <div><label for="recoveryKey">\(t("ใช้กุญแจกู้คืน", "Use the recovery key"))
            <span class="hint">\(t("พิมพ์กุญแจกู้คืนที่เก็บไว้ ระบบจะแบ่งปันทุกเรื่องให้ผู้รับเรื่องปัจจุบัน แล้วลืมกุญแจทันที", "Type the stored recovery key: every report is shared with today's receiving officers, and the key is forgotten at once."))</span></label>
            <textarea id="recoveryKey" name="recoveryKey" rows="3" spellcheck="false"></textarea></div>
            <div class="actions"><button type="submit" class="secondary">\(t("ใช้กุญแจกู้คืน", "Use it"))</button></div></form>
            <form method="post" action="\(base)/recovery" class="inline">\(csrf)<input type="hidden" name="remove" value="yes">
            <button type="submit" class="secondary">\(t("ยกเลิกกุญแจกู้คืน", "Remove the recovery key"))</button></form>
            """
        return """
            <section><h2>\(t("กุญแจกู้คืน (ทางเลือกของผู้ดูแลระบบ)", "Recovery key (the administrator's choice)"))</h2>
            <p>\(t("กุญแจกู้คืนเป็นทางสำรองเมื่อผู้รับเรื่องทุกคนทำกุญแจหาย เช่น ลืมรหัสผ่านหรือย้ายงาน ระบบจะแสดงกุญแจเพียงครั้งเดียวให้พิมพ์เก็บไว้ในที่ปลอดภัยนอกระบบ ผู้ที่ได้กุญแจนี้ไปพร้อมฐานข้อมูลจะอ่านเรื่องร้องเรียนทั้งหมดได้ ถ้าไม่เปิดใช้ ต้องมีผู้รับเรื่องที่มีกุญแจอย่างน้อยสองคน", "The recovery key is the way back in when every receiving officer has lost their key (a forgotten password, a move). It is shown once, to print and keep somewhere safe outside the system. Whoever holds it together with the database can read every report. Without it, at least two receiving officers must hold keys."))</p>
            \(current)
            <form method="post" action="\(base)/recovery" class="inline">\(csrf)
            <button type="submit" id="create-recovery">\(state.channel?.recovery == nil ? t("สร้างกุญแจกู้คืน", "Create a recovery key") : t("สร้างกุญแจกู้คืนใหม่แทนของเดิม", "Replace the recovery key"))</button></form>
            \(use)
            </section>
            """
    }

    private func retention() -> HTML {
        let policy = state.channel?.retention ?? .standard
        let fields = ComplaintCategory.allCases.map { category -> HTML in
            """
            <div><label for="retention-\(category.rawValue)">\(t(category.nameTH, category.nameEN)) (\(t("ปี", "years")))</label>
            <input type="number" id="retention-\(category.rawValue)" name="retention-\(category.rawValue)" min="1" max="20" value="\(policy.years(for: category))"></div>
            """
        }
        return """
            <section><h2>\(t("ระยะเวลาเก็บรักษาหลังปิดเรื่อง", "How long closed cases are kept"))</h2>
            <p>\(t("เมื่อใกล้ครบกำหนด ผู้รับเรื่องจะเห็นคำเตือนล่วงหน้า \(RetentionPolicy.warningDays) วัน เมื่อครบแล้วผู้รับเรื่องเป็นผู้กดลบเอง ระบบไม่ลบเอง", "Receiving officers are warned \(RetentionPolicy.warningDays) days ahead; when the time is up they delete the case themselves. Nothing is deleted automatically."))</p>
            <form method="post" action="\(base)/retention" class="stack retention">\(csrf)\(fields)
            <div class="actions"><button type="submit" class="secondary">\(t("บันทึก", "Save"))</button></div></form></section>
            """
    }
}
