import Complaints
import ThaiText
import Workbench

/// The inbox parts about keys and the recipient's own account: what others did to it, whether the
/// recipient's own key waits for confirmation, and the other recipients' confirmed keys to share with.
extension ComplaintInboxPage {
    /// Changes someone else made to this recipient's account (a password reset, a deactivation), newest
    /// first: the recipient learns of them at their next visit, not only from the audit trail.
    func accountNotices() -> HTML {
        guard !accountChanges.isEmpty else { return .empty }
        let items = accountChanges.prefix(5).map { event -> HTML in
            let what: String = switch event.action {
            case "reset-password": t("รีเซ็ตรหัสผ่านของท่าน", "reset your password")
            case "deactivate": t("ปิดการใช้งานบัญชีของท่าน", "deactivated your account")
            case "activate": t("เปิดการใช้งานบัญชีของท่านอีกครั้ง", "reactivated your account")
            default: event.action
            }
            let day = language == .th ? ThaiDate(event.at).thaiAbbreviated : ThaiDate(event.at).iso8601
            return "<li>\(day): \(event.actorName) \(what)</li>"
        }
        return """
            <div class="notice warning" id="account-notices"><p>\(t("มีผู้อื่นเปลี่ยนแปลงบัญชีผู้รับเรื่องของท่าน ถ้าท่านไม่ได้ขอ ให้แจ้งผู้ดูแลระบบทันที", "Someone else changed your receiving officer's account. If you did not ask for this, tell the administrator at once."))</p>
            <ul>\(items)</ul></div>
            """
    }

    /// The recipient's own key, when it waits for an administrator's confirmation.
    func ownKeyNotice() -> HTML {
        guard let ownKey, ownKey.trust == .awaitingConfirmation else { return .empty }
        return """
            <div class="notice warning" id="key-awaiting-confirmation">
            <p>\(t("กุญแจของท่านถูกสร้างหลังจากผู้อื่นรีเซ็ตรหัสผ่านของท่าน จึงยังไม่ได้รับเรื่องใดจนกว่าผู้ดูแลระบบจะยืนยัน แจ้งรหัสกุญแจนี้แก่ผู้ดูแลระบบโดยตรง", "Your key was made after someone else reset your password, so it receives no report until an administrator confirms it. Give the administrator this fingerprint directly."))</p>
            <p>\(t("รหัสกุญแจ", "Fingerprint")): <code class="fingerprint">\(KeyFingerprint.text(ownKey))</code></p></div>
            """
    }

    /// Other recipients' keys that an administrator confirmed but that do not have the older cases yet:
    /// sharing them is this recipient's explicit, audited choice.
    func sharePanel() -> HTML {
        guard let ownKey, ownKey.trust != .awaitingConfirmation else { return .empty }
        let others = state.keys.filter { $0.userID != scope.user.id && !$0.sharedAutomatically }
        guard !others.isEmpty else { return .empty }
        let rows = others.map { key -> HTML in
            let name = state.recipients.first { $0.id == key.userID }?.displayName ?? ""
            let action: HTML = key.trust == .confirmed
                ? """
                    <form method="post" action="/complaints/share" class="inline">\(CSRF.field(scope.identity))
                    <input type="hidden" name="key" value="\(key.id)">
                    <button type="submit" id="share-\(key.id)">\(t("แบ่งปันเรื่องที่ท่านเปิดได้ให้กุญแจนี้", "Share the cases you can open with this key"))</button></form>
                    """
                : "<span class=\"muted\">\(t("รอผู้ดูแลระบบยืนยันก่อน", "waits for an administrator's confirmation first"))</span>"
            return "<tr><td>\(name)</td><td><code class=\"fingerprint\">\(KeyFingerprint.text(key))</code></td><td>\(action)</td></tr>"
        }
        return """
            <section id="keys-to-share"><h2>\(t("กุญแจใหม่ของผู้รับเรื่องคนอื่น", "Other receiving officers' new keys"))</h2>
            <p>\(t("กุญแจเหล่านี้ถูกสร้างหลังการรีเซ็ตรหัสผ่าน ระบบไม่แบ่งปันเรื่องเก่าให้เอง ตรวจสอบกับเจ้าของก่อน (เช่น เทียบรหัสกุญแจ) แล้วจึงกดแบ่งปัน ทุกครั้งถูกบันทึกไว้", "These keys were made after a password reset. Older cases are never shared with them by themselves: check with the owner first (compare the fingerprint), then share. Every share is recorded."))</p>
            <table class="data"><tbody>\(rows)</tbody></table></section>
            """
    }
}
