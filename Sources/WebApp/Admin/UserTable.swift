import Workbench

/// A table of accounts: who, which role, which agency and division, and whether the account works.
/// With `actions`, each row carries the buttons to issue a new password and to switch the account off or on.
struct UserTable {
    /// The forms of each row: where they post, and the session's CSRF field.
    struct Actions {
        var basePath: String
        var identity: Identity
    }

    let language: Language
    let accounts: [UserAccount]
    let agencies: [AgencyRecord]
    let actions: Actions?
    /// Off on an agency's own page, where every row would name the same agency.
    var showsAgency = true

    var t: Language { language }

    func render() -> HTML {
        guard !accounts.isEmpty else { return "<p class=\"muted\">\(t("ยังไม่มีผู้ใช้", "No account yet."))</p>" }
        let actionHeader: HTML = actions == nil ? .empty : "<th scope=\"col\">\(t("จัดการ", "Actions"))</th>"
        return """
            <table class="data" id="users"><thead><tr><th scope="col">\(t("ชื่อผู้ใช้", "Username"))</th>
            <th scope="col">\(t("ชื่อ", "Name"))</th><th scope="col">\(t("บทบาท", "Role"))</th>
            \(showsAgency ? "<th scope=\"col\">\(t("หน่วยงาน", "Agency"))</th>" : HTML.empty)<th scope="col">\(t("ส่วนราชการ", "Division"))</th>
            <th scope="col">\(t("สถานะ", "Status"))</th>\(actionHeader)</tr></thead>
            <tbody>\(accounts.map(row))</tbody></table>
            """
    }

    private func row(_ user: UserAccount) -> HTML {
        let agency = user.agencyID.flatMap { id in agencies.first { $0.id == id } }
        let status: HTML = !user.active
            ? "<span class=\"status blocked\">\(t("ปิดการใช้งาน", "Deactivated"))</span>"
            : user.mustChangePassword
                ? "<span class=\"status notStarted\">\(t("รอเปลี่ยนรหัสผ่าน", "Must change password"))</span>"
                : "<span class=\"status completed\">\(t("ใช้งานได้", "Active"))</span>"
        return """
            <tr id="user-\(user.username)"><td><code>\(user.username)</code></td><td>\(user.displayName)</td>
            <td>\(t(user.role.nameTH, user.role.nameEN))</td>
            \(showsAgency ? "<td>\(agency?.agency.fullName ?? "—")</td>" : HTML.empty)<td>\(user.divisionName ?? "—")</td>
            <td>\(status)</td>\(actionCell(user))</tr>
            """
    }

    private func actionCell(_ user: UserAccount) -> HTML {
        guard let actions else { return .empty }
        let base = "\(actions.basePath)/\(user.username)"
        let csrf = CSRF.field(actions.identity)
        let reset: HTML = user.id == actions.identity.user.id ? .empty : """
            <form method="post" action="\(base)/reset" class="inline">\(csrf)<button type="submit" class="secondary">\(t("ออกรหัสผ่านใหม่", "New one-time password"))</button></form>
            """
        let toggle: HTML
        if user.id == actions.identity.user.id {
            toggle = "<span class=\"muted\">\(t("บัญชีของท่าน", "your account"))</span>"
        } else if user.active {
            toggle = "<form method=\"post\" action=\"\(base)/deactivate\" class=\"inline\">\(csrf)<button type=\"submit\" class=\"danger\">\(t("ปิดการใช้งาน", "Deactivate"))</button></form>"
        } else {
            toggle = "<form method=\"post\" action=\"\(base)/activate\" class=\"inline\">\(csrf)<button type=\"submit\">\(t("เปิดการใช้งาน", "Activate"))</button></form>"
        }
        return "<td><div class=\"actions\">\(reset)\(toggle)</div></td>"
    }
}
