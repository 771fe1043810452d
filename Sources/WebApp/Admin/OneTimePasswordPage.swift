import Workbench

/// The one page that ever shows a one-time password. It is not stored anywhere in clear, and the
/// response is marked no-store, so reloading or going back does not show it again.
struct OneTimePasswordPage {
    enum Occasion {
        case created
        case reset
    }

    let scope: AccountScope
    let language: Language
    let issued: IssuedPassword
    let occasion: Occasion

    var t: Language { language }

    func render() -> String {
        let user = issued.user
        let heading = occasion == .created
            ? t("เพิ่มผู้ใช้ \(user.username) แล้ว", "User \(user.username) added")
            : t("ออกรหัสผ่านใหม่ให้ \(user.username) แล้ว", "New one-time password for \(user.username)")
        let ended: HTML = occasion == .reset
            ? "<p>\(t("การเข้าสู่ระบบเดิมของผู้ใช้นี้ทั้งหมดสิ้นสุดแล้ว", "Every session this user had has ended."))</p>" : .empty
        let content: HTML = """
            <h1>\(heading)</h1>
            <div class="panel">
            <p>\(user.displayName) · \(t(user.role.nameTH, user.role.nameEN))\(user.divisionName.map { " · \($0)" } ?? "")</p>
            <div class="cards"><div class="card"><span class="label">\(t("รหัสผ่านใช้ครั้งเดียว", "One-time password"))</span>
            <code id="one-time-password" class="value">\(issued.password)</code></div></div>
            <p class="notice warning">\(t("รหัสนี้แสดงเพียงครั้งเดียว ระบบไม่ได้เก็บไว้ กรุณาแจ้งผู้ใช้โดยตรง ผู้ใช้ต้องตั้งรหัสผ่านใหม่เมื่อเข้าสู่ระบบครั้งแรก", "This password is shown only once and is not kept. Give it to the user in person; they must choose their own password when they first sign in."))</p>
            \(ended)
            </div>
            <p><a href="\(scope.pagePath)">\(t("กลับไปหน้ารายชื่อผู้ใช้", "Back to the users"))</a></p>
            """
        let layout = Layout(
            language: language, identity: scope.manager, agency: scope.agency, year: nil,
            current: scope.agency == nil ? .admin : nil, path: scope.pagePath)
        return layout.page(title: heading, content)
    }
}
