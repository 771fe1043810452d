import Disclosure

/// The agency's disclosure settings: main website, public site, review window.
struct DisclosureSettingsPage {
    let workspace: DisclosureWorkspace
    let context: AppRequestContext
    /// What was sent when it was refused, shown again instead of the stored settings.
    var sent: DisclosureSettingsForm? = nil
    var problem: WebError? = nil

    var t: Language { context.language }
    var scope: DisclosureScope { workspace.scope }

    func render() -> String {
        let settings = workspace.settings
        let mainWebsite = sent?.mainWebsite ?? settings.mainWebsite
        let publicSite = sent?.publicSite ?? settings.publicSite
        let disabled: HTML = scope.canEdit ? .empty : " disabled"
        let button: HTML = scope.canEdit ? "<div class=\"actions\"><button type=\"submit\">\(t("บันทึก", "Save"))</button></div>" : .empty
        let content: HTML = """
            <p><a href="\(scope.base)\(scope.yearQuery)">← \(t("การเปิดเผยข้อมูล", "Disclosure"))</a></p>
            <h1>\(t("ตั้งค่าการเปิดเผยข้อมูล", "Disclosure settings"))</h1>
            \(problem?.field == "mainWebsite" || problem?.field == "publicSite" ? HTML.empty : ProblemNotice.render(problem, t))
            <form method="post" action="\(scope.base)/settings\(scope.yearQuery)" class="stack">\(CSRF.field(scope.agency.identity))
            <label for="mainWebsite">\(t("เว็บไซต์หลักของหน่วยงาน", "The agency's main website"))<span class="hint">\(t("ลิงก์ทุกข้อต้องอยู่บนเว็บไซต์นี้ เช่น https://www.thapkhlo.go.th", "every link must be on it, e.g. https://www.thapkhlo.go.th"))</span></label>
            <input type="text" id="mainWebsite" name="mainWebsite" inputmode="url" value="\(mainWebsite)"\(describedBy("mainWebsite"))\(disabled)>
            \(fieldProblem("mainWebsite"))
            <label for="publicSite">\(t("ที่อยู่ของหน้าเปิดเผยข้อมูลใน Prongsai (ถ้ามี)", "Where this Prongsai serves the public pages (if different)"))<span class="hint">\(t("เช่น https://ita.thapkhlo.go.th เว้นว่างถ้าใช้เว็บไซต์หลัก", "e.g. https://ita.thapkhlo.go.th; leave empty to use the main website"))</span></label>
            <input type="text" id="publicSite" name="publicSite" inputmode="url" value="\(publicSite)"\(describedBy("publicSite"))\(disabled)>
            \(fieldProblem("publicSite"))
            <fieldset><legend>\(t("ช่วงที่ผู้ตรวจประเมินตรวจข้อมูล OIT", "The assessor's review window"))</legend>
            <p class="hint">\(t("ระหว่างช่วงนี้ ระบบจะเปิดหน้าเปิดเผยข้อมูลและลิงก์เป็นระยะ และบันทึกว่าเปิดได้หรือไม่", "During it, Prongsai opens the public page and its links from time to time and records whether they answer."))</p>
            <div class="month-select"><div><label for="reviewStart">\(t("วันแรก", "First day"))</label>
            <input type="date" id="reviewStart" name="reviewStart" value="\(settings.reviewStart?.iso8601 ?? "")"\(disabled)></div>
            <div><label for="reviewEnd">\(t("วันสุดท้าย", "Last day"))</label>
            <input type="date" id="reviewEnd" name="reviewEnd" value="\(settings.reviewEnd?.iso8601 ?? "")"\(disabled)></div></div></fieldset>
            \(button)
            </form>
            """
        return scope.layout(context, path: "\(scope.base)/settings\(scope.yearQuery)").page(title: t("ตั้งค่าการเปิดเผยข้อมูล", "Disclosure settings"), content)
    }

    /// The refusal of one field, right below it, in the page's language and the other.
    private func fieldProblem(_ field: String) -> HTML {
        guard let problem, problem.field == field else { return .empty }
        return """
            <p class="notice error field-problem" role="alert" id="\(field)-problem">\(t(problem.messageTH, problem.messageEN))
            <span class="muted" lang="\(t.other.rawValue)">\(t.other(problem.messageTH, problem.messageEN))</span></p>
            """
    }

    private func describedBy(_ field: String) -> HTML {
        problem?.field == field ? " aria-invalid=\"true\" aria-describedby=\"\(field)-problem\"" : .empty
    }
}
