/// The sign-in form.
struct LoginPage {
    let language: Language

    var wrongCredentials: (String, String) {
        (language("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง", "the username or password is wrong"), "username")
    }

    var formExpired: (String, String) {
        (language("แบบฟอร์มเข้าสู่ระบบหมดอายุหรือไม่ได้ส่งจากหน้านี้ กรุณาลองอีกครั้ง", "the sign-in form expired or was not sent from this page; please try again"), "_csrf")
    }

    /// `csrfToken` is the pre-session token of `LoginCSRF`.
    func render(error: (String, String)?, username: String, csrfToken: String) -> String {
        let t = language
        let notice: HTML = error.map { "<p class=\"notice error\" role=\"alert\" id=\"error\">\($0.0)</p>" } ?? .empty
        let content: HTML = """
            <h1>\(t("เข้าสู่ระบบ", "Sign in"))</h1>
            \(notice)
            <form method="post" action="/login" class="stack panel">
              \(LoginCSRF.field(csrfToken))
              <div><label for="username">\(t("ชื่อผู้ใช้", "Username"))</label>
              <input type="text" id="username" name="username" value="\(username)" autocomplete="username" required autofocus></div>
              <div><label for="password">\(t("รหัสผ่าน", "Password"))</label>
              <input type="password" id="password" name="password" autocomplete="current-password" required></div>
              <div class="actions"><button type="submit">\(t("เข้าสู่ระบบ", "Sign in"))</button></div>
            </form>
            """
        return Layout(language: language, identity: nil, agency: nil, year: nil, current: nil, path: "/login")
            .page(title: t("เข้าสู่ระบบ", "Sign in"), content, bodyClass: "login")
    }
}

/// Changing the password; required after signing in with a one-time password.
struct PasswordPage {
    let language: Language
    let identity: Identity

    func render(error: (String, String)?) -> String {
        let t = language
        let notice: HTML
        if let error {
            notice = "<p class=\"notice error\" role=\"alert\" id=\"error\">\(error.0)</p>"
        } else if identity.user.mustChangePassword {
            notice = "<p class=\"notice warning\">\(t("ท่านเข้าสู่ระบบด้วยรหัสผ่านใช้ครั้งเดียว กรุณาตั้งรหัสผ่านใหม่ก่อนใช้งาน", "You signed in with a one-time password. Please choose a new password to continue."))</p>"
        } else {
            notice = .empty
        }
        let content: HTML = """
            <h1>\(t("เปลี่ยนรหัสผ่าน", "Change password"))</h1>
            \(notice)
            <form method="post" action="/password" class="stack panel">
              \(CSRF.field(identity))
              <div><label for="current">\(t("รหัสผ่านปัจจุบัน", "Current password"))</label>
              <input type="password" id="current" name="current" autocomplete="current-password" required></div>
              <div><label for="new">\(t("รหัสผ่านใหม่", "New password"))
              <span class="hint">\(t("อย่างน้อย 10 ตัวอักษร", "at least 10 characters"))</span></label>
              <input type="password" id="new" name="new" autocomplete="new-password" required minlength="10"></div>
              <div><label for="repeat">\(t("ยืนยันรหัสผ่านใหม่", "Repeat the new password"))</label>
              <input type="password" id="repeat" name="repeat" autocomplete="new-password" required minlength="10"></div>
              <div class="actions"><button type="submit">\(t("บันทึกรหัสผ่านใหม่", "Save the new password"))</button></div>
            </form>
            """
        return Layout(language: language, identity: identity, agency: nil, year: nil, current: nil, path: "/password")
            .page(title: t("เปลี่ยนรหัสผ่าน", "Change password"), content)
    }
}
