import Workbench

/// The accounts of a scope with their actions, and the form to add one: `/admin/users` for an
/// administrator, `/a/:agency/users` for an agency's coordinator.
struct UsersPage {
    let scope: AccountScope
    let language: Language
    let accounts: [UserAccount]
    /// Agencies the form may name, each with its divisions in order.
    let agencies: [(agency: AgencyRecord, divisions: [Division])]
    var input: NewUserInput?
    var error: WebError?

    var t: Language { language }

    func render() -> String {
        let heading = scope.agency.map { t("ผู้ใช้ของ", "Users of ") + $0.agency.fullName } ?? t("ผู้ใช้ของระบบ", "Users of the installation")
        let menu: HTML = scope.agency == nil ? AdminNavigation(language: language, current: "/admin/users").render() : .empty
        let content: HTML = """
            <h1>\(heading)</h1>
            \(menu)
            \(FormNotice.error(error, language: language))
            <p class="muted">\(t("ผู้ใช้ใหม่และผู้ที่ได้รับรหัสผ่านใหม่ต้องตั้งรหัสผ่านของตนเองเมื่อเข้าสู่ระบบครั้งแรก", "New users, and users given a new one-time password, choose their own password at their next sign-in."))</p>
            \(UserTable(language: language, accounts: accounts, agencies: agencies.map(\.agency), actions: .init(basePath: scope.pagePath, identity: scope.manager), showsAgency: scope.agency == nil).render())
            <section aria-labelledby="new-user-heading">
            <h2 id="new-user-heading">\(t("เพิ่มผู้ใช้", "Add a user"))</h2>
            \(form())
            </section>
            """
        let layout = Layout(
            language: language, identity: scope.manager, agency: scope.agency, year: nil,
            current: scope.agency == nil ? .admin : nil, path: scope.pagePath)
        return layout.page(title: heading, content)
    }

    private func form() -> HTML {
        let roles = scope.assignableRoles.map { role -> HTML in
            let selected: HTML = input?.role == role.rawValue ? " selected" : ""
            return "<option value=\"\(role.rawValue)\"\(selected)>\(t(role.nameTH, role.nameEN))</option>"
        }
        return """
            <form method="post" action="\(scope.pagePath)" class="stack panel">
              \(CSRF.field(scope.manager))
              <div><label for="username">\(t("ชื่อผู้ใช้", "Username"))
              <span class="hint">\(t("a-z 0-9 . - _ ยาว 3–40 ตัว เช่น somchai.k", "a-z, 0-9, dot, dash, underscore; 3–40 characters, e.g. somchai.k"))</span></label>
              <input type="text" id="username" name="username" value="\(input?.username ?? "")" required maxlength="40" autocomplete="off"></div>
              <div><label for="displayName">\(t("ชื่อ-นามสกุล", "Full name"))</label>
              <input type="text" id="displayName" name="displayName" value="\(input?.displayName ?? "")" required maxlength="120"></div>
              <div><label for="role">\(t("บทบาท", "Role"))</label>
              <select id="role" name="role" required>\(roles)</select></div>
              \(agencyField())
              <div><label for="division">\(t("ส่วนราชการ", "Division"))
              <span class="hint">\(t("จำเป็นสำหรับหัวหน้าส่วนราชการ", "required for a division head"))</span></label>
              <select id="division" name="division"><option value="">—</option>\(divisionOptions())</select></div>
              <div class="actions"><button type="submit">\(t("เพิ่มผู้ใช้และออกรหัสผ่านใช้ครั้งเดียว", "Add the user and issue a one-time password"))</button></div>
            </form>
            """
    }

    /// Only an administrator chooses the agency; a coordinator adds users to their own.
    private func agencyField() -> HTML {
        guard scope.agency == nil else { return .empty }
        let options = agencies.map { entry -> HTML in
            let selected: HTML = input?.agency == entry.agency.slug ? " selected" : ""
            return "<option value=\"\(entry.agency.slug)\"\(selected)>\(entry.agency.agency.fullName)</option>"
        }
        return """
            <div><label for="agency">\(t("หน่วยงาน", "Agency"))
            <span class="hint">\(t("ไม่ต้องเลือกสำหรับผู้ดูแลระบบ", "leave empty for an administrator"))</span></label>
            <select id="agency" name="agency"><option value="">—</option>\(options)</select></div>
            """
    }

    /// Grouped by agency when there can be several; the server checks the division belongs to the chosen agency.
    private func divisionOptions() -> HTML {
        let groups = agencies.map { entry -> HTML in
            let options = entry.divisions.map { division -> HTML in
                let selected: HTML = input?.division == division.name && (scope.agency != nil || input?.agency == entry.agency.slug) ? " selected" : ""
                return "<option value=\"\(division.name)\"\(selected)>\(division.name)</option>"
            }
            return scope.agency == nil ? "<optgroup label=\"\(entry.agency.agency.fullName)\">\(options)</optgroup>" : HTML.join(options)
        }
        return HTML.join(groups)
    }
}
