import Workbench

/// Asks the administrator to confirm switching off a complaint recipient, naming what it does to the
/// channel: a deactivation must never close a channel without anyone noticing.
struct RecipientDeactivationPage {
    let scope: AccountScope
    let language: Language
    let deactivation: AccountAdministration.RecipientDeactivation

    var t: Language { language }

    func render() -> String {
        let user = deactivation.user
        let heading = t("ยืนยันการปิดบัญชีผู้รับเรื่อง \(user.username)", "Confirm deactivating the receiving officer \(user.username)")
        let content: HTML = """
            <h1>\(heading)</h1>
            <div class="notice \(deactivation.closesChannel ? "error" : "warning")" id="deactivation-consequence">
            <p>\(t("\(user.displayName) เป็นผู้รับเรื่องร้องเรียนของ\(deactivation.agency.agency.fullName)", "\(user.displayName) receives the complaints of \(deactivation.agency.agency.fullName)."))</p>
            <p><strong>\(t(deactivation.consequenceTH, deactivation.consequenceEN))</strong></p>
            </div>
            <form method="post" action="\(scope.pagePath)/\(user.username)/deactivate" class="stack">\(CSRF.field(scope.manager))
            <input type="hidden" name="confirm" value="yes">
            <div class="actions"><button type="submit" class="danger" id="confirm-deactivation">\(t("ยืนยันปิดการใช้งาน", "Deactivate anyway"))</button>
            <a href="\(scope.pagePath)#user-\(user.username)">\(t("ยกเลิก", "Cancel"))</a> ·
            <a href="/admin/complaints/\(deactivation.agency.slug)">\(t("ตั้งค่าผู้รับเรื่องก่อน", "Change the receiving officers first"))</a></div>
            </form>
            """
        let layout = Layout(
            language: language, identity: scope.manager, agency: scope.agency, year: nil,
            current: scope.agency == nil ? .admin : nil, path: scope.pagePath)
        return layout.page(title: heading, content)
    }
}
