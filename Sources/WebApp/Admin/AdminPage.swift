import Planning
import Workbench

/// `/admin`: the agencies of the installation with the form to add one, and every account at a glance.
struct AdminPage {
    let identity: Identity
    let language: Language
    let agencies: [AgencyRecord]
    let accounts: [UserAccount]
    /// What the agency form sent when it was refused, to show it again with the reason.
    var input: NewAgencyInput?
    var error: WebError?

    var t: Language { language }

    func render() -> String {
        let content: HTML = """
            <h1>\(t("ผู้ดูแลระบบ", "Administration"))</h1>
            \(AdminNavigation(language: language, current: "/admin").render())
            \(FormNotice.error(error, language: language))
            <section aria-labelledby="agencies-heading">
            <h2 id="agencies-heading">\(t("หน่วยงาน", "Agencies"))</h2>
            \(agencyTable())
            </section>
            <section aria-labelledby="new-agency-heading">
            <h2 id="new-agency-heading">\(t("เพิ่มหน่วยงาน", "Add an agency"))</h2>
            \(agencyForm())
            </section>
            <section aria-labelledby="users-heading">
            <h2 id="users-heading">\(t("ผู้ใช้ของระบบ", "Users of the installation"))</h2>
            <p><a href="/admin/users">\(t("จัดการผู้ใช้ เพิ่มผู้ใช้ ออกรหัสผ่านใหม่", "Manage users: add, issue new passwords, deactivate"))</a></p>
            \(UserTable(language: language, accounts: accounts, agencies: agencies, actions: nil).render())
            </section>
            <section aria-labelledby="criteria-heading">
            <h2 id="criteria-heading">\(t("เกณฑ์การประเมิน ITA", "ITA criteria"))</h2>
            <p><a href="/admin/criteria">\(t("เกณฑ์การประเมินรายปี", "The criteria of each year"))</a>
            — \(t("นำเข้าหรือแก้ไขเกณฑ์ของปีที่สำนักงาน ป.ป.ช. ประกาศ โดยไม่ต้องรอโปรแกรมรุ่นใหม่", "load or edit a year's criteria as the NACC publishes them, without waiting for a new release"))</p>
            </section>
            """
        return Layout(language: language, identity: identity, agency: nil, year: nil, current: .admin, path: "/admin")
            .page(title: t("ผู้ดูแลระบบ", "Administration"), content)
    }

    private func agencyTable() -> HTML {
        guard !agencies.isEmpty else { return "<p class=\"muted\">\(t("ยังไม่มีหน่วยงาน", "No agency yet."))</p>" }
        let rows = agencies.map { record -> HTML in
            """
            <tr><td><a href="/a/\(record.slug)">\(record.agency.fullName)</a></td>
            <td>\(record.agency.locationLine)</td><td><code>\(record.slug)</code></td>
            <td><a href="/a/\(record.slug)/users">\(t("ผู้ใช้", "Users"))</a></td></tr>
            """
        }
        return """
            <table class="data" id="agencies"><thead><tr><th scope="col">\(t("หน่วยงาน", "Agency"))</th>
            <th scope="col">\(t("ที่ตั้ง", "Location"))</th><th scope="col">\(t("ชื่อในลิงก์", "URL name"))</th>
            <th scope="col">\(t("บัญชีผู้ใช้", "Accounts"))</th></tr></thead><tbody>\(rows)</tbody></table>
            """
    }

    private func agencyForm() -> HTML {
        let kinds = NewAgencyInput.suggestedKinds.map { kind -> HTML in "<option value=\"\(kind)\"></option>" }
        let divisions = (input?.divisions?.isEmpty == false ? input?.divisions : nil)
            ?? TypicalDivisions.subdistrictAdministrativeOrganisation
        return """
            <form method="post" action="/admin/agencies" class="stack panel">
              \(CSRF.field(identity))
              <div><label for="kind">\(t("ประเภทหน่วยงาน", "Kind of agency"))
              <span class="hint">\(t("เลือกจากรายการหรือพิมพ์เอง", "pick one or type another"))</span></label>
              <input type="text" id="kind" name="kind" list="kinds" value="\(input?.kind ?? NewAgencyInput.suggestedKinds[0])" required maxlength="80">
              <datalist id="kinds">\(kinds)</datalist></div>
              <div><label for="name">\(t("ชื่อหน่วยงาน (ไม่ต้องใส่ประเภท)", "Name (without the kind)"))
              <span class="hint">\(t("เช่น ทับคล้อ", "e.g. ทับคล้อ"))</span></label>
              <input type="text" id="name" name="name" value="\(input?.name ?? "")" required maxlength="120"></div>
              <div><label for="district">\(t("อำเภอ", "District"))</label>
              <input type="text" id="district" name="district" value="\(input?.district ?? "")" required maxlength="80"></div>
              <div><label for="province">\(t("จังหวัด", "Province"))</label>
              <input type="text" id="province" name="province" value="\(input?.province ?? "")" required maxlength="80"></div>
              <div><label for="slug">\(t("ชื่อในลิงก์", "URL name"))
              <span class="hint">\(t("อักษรอังกฤษตัวเล็ก ตัวเลข และ - เช่น thapkhlo", "lower-case letters, digits and -, e.g. thapkhlo"))</span></label>
              <input type="text" id="slug" name="slug" value="\(input?.slug ?? "")" required pattern="[a-z][a-z0-9-]{1,39}" maxlength="40"></div>
              <div><label for="divisions">\(t("ส่วนราชการ", "Divisions"))
              <span class="hint">\(t("บรรทัดละหนึ่งส่วนราชการ", "one division a line"))</span></label>
              <textarea id="divisions" name="divisions" rows="7">\(divisions.joined(separator: "\n"))</textarea></div>
              <div class="actions"><button type="submit">\(t("เพิ่มหน่วยงาน", "Add the agency"))</button></div>
            </form>
            """
    }
}
