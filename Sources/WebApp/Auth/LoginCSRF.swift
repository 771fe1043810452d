import Foundation
import Hummingbird

/// The sign-in form's token before there is a session (login CSRF): the form carries it in a hidden
/// field and the browser in a `SameSite=Strict` cookie scoped to /login, and `POST /login` needs both,
/// equal. Another site's form gets no cookie sent with it and cannot read the field, so it cannot
/// sign a visitor in to an account the other site chose.
enum LoginCSRF {
    static let cookieName = "prongsai_login"

    /// The token the browser already has, or a new one with the cookie that gives it.
    static func token(for request: Request, secure: Bool) -> (token: String, cookie: Cookie?) {
        if let existing = sent(request) { return (existing, nil) }
        let token = SessionTokens.random()
        return (token, cookie(token, secure: secure, maxAge: 3600))
    }

    /// Whether the form's `_csrf` matches the cookie.
    static func isValid(_ form: FormData, request: Request) -> Bool {
        guard let cookie = sent(request), let field = form["_csrf"] else { return false }
        return SessionTokens.equal(cookie, field)
    }

    /// Clears the cookie once signed in.
    static func expired(secure: Bool) -> Cookie {
        cookie("", secure: secure, maxAge: 0)
    }

    static func field(_ token: String) -> HTML {
        "<input type=\"hidden\" name=\"_csrf\" value=\"\(token)\">"
    }

    private static func cookie(_ value: String, secure: Bool, maxAge: Int) -> Cookie {
        Cookie(name: cookieName, value: value, maxAge: maxAge, path: "/login", secure: secure, httpOnly: true, sameSite: .strict)
    }

    /// The cookie's value when it looks like one of our tokens (43 URL-safe base64 characters).
    private static func sent(_ request: Request) -> String? {
        guard let header = request.headers[.cookie] else { return nil }
        for pair in header.split(separator: ";") {
            let trimmed = pair.drop { $0 == " " }
            guard trimmed.hasPrefix(cookieName + "=") else { continue }
            let value = trimmed.dropFirst(cookieName.count + 1)
            let valid = value.count == 43 && value.utf8.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            }
            return valid ? String(value) : nil
        }
        return nil
    }
}
