/// The links between the administration pages, which have no agency menu.
struct AdminNavigation {
    let language: Language
    let current: String

    func render() -> HTML {
        let links = [("/admin", language("หน่วยงาน", "Agencies")), ("/admin/users", language("ผู้ใช้", "Users")),
            ("/admin/criteria", language("เกณฑ์การประเมิน", "Criteria"))]
        let items = links.map { href, label -> HTML in
            href == current ? "<li><a href=\"\(href)\" aria-current=\"page\">\(label)</a></li>" : "<li><a href=\"\(href)\">\(label)</a></li>"
        }
        return "<nav class=\"main-nav\" aria-label=\"\(language("เมนูผู้ดูแลระบบ", "Administration menu"))\"><ul>\(items)</ul></nav>"
    }
}
