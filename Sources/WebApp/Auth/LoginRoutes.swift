import Foundation
import Hummingbird
import Storage
import Workbench

/// Sign in, sign out, change the password, switch language.
struct LoginRoutes {
    let environment: WebEnvironment
    var hasher: PasswordHasher { PasswordHasher(cost: environment.options.bcryptCost) }

    func register(on routes: RouteTable) {
        routes.get("/", .anyone) { _, context in
            guard let user = context.identity?.user else { return PageResponse.redirect("/login") }
            if user.mustChangePassword { return PageResponse.redirect("/password") }
            if let agencyID = user.agencyID, let agency = try await environment.repositories.agencies.fetchAgency(id: agencyID) {
                return PageResponse.redirect("/a/\(agency.slug)")
            }
            return PageResponse.redirect("/admin")
        }
        routes.get("/login", .anyone) { request, context in
            loginPage(request, context, error: nil, username: "", status: .ok)
        }
        routes.post("/login", .anyone) { request, context in try await signIn(request, context) }
        routes.post("/logout", .anyone) { request, context in try await signOut(request, context) }
        routes.get("/password", .signedIn) { _, context in
            guard let identity = context.identity else { return PageResponse.redirect("/login") }
            return PageResponse.html(PasswordPage(language: context.language, identity: identity).render(error: nil))
        }
        routes.post("/password", .signedIn) { request, context in try await changePassword(request, context) }
        routes.get("/lang/:code", .anyone) { request, context in
            let language = Language(rawValue: context.parameters.get("code") ?? "") ?? .th
            // Only paths of this site, never another origin.
            var response = PageResponse.redirect(LocalRedirect.path(request.uri.queryParameters.get("next")))
            response.setCookie(Cookie(
                name: SessionMiddleware.languageCookie, value: language.rawValue, maxAge: 365 * 86400, path: "/",
                secure: environment.options.secureCookies, httpOnly: true, sameSite: .lax))
            return response
        }
    }

    private func signIn(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = try await FormData.read(request, limit: 16 * 1024)
        let username = (form["username"] ?? "").lowercased()
        let password = form.fields["password"]?.first ?? ""
        let page = LoginPage(language: context.language)
        guard LoginCSRF.isValid(form, request: request) else {
            return loginPage(request, context, error: page.formExpired, username: username, status: .badRequest)
        }
        let users = environment.repositories.users
        try environment.signInThrottle.check(username, at: environment.now())
        let found = try await users.fetchUser(username: username)
        // An unknown or inactive account is verified against a dummy hash: the answer takes as long.
        let verified = try await hasher.verify(password, account: found.flatMap { $0.active ? $0.passwordHash : nil })
        guard verified, var user = found else {
            environment.signInThrottle.recordFailure(username, at: environment.now())
            return loginPage(request, context, error: page.wrongCredentials, username: username, status: .unauthorized)
        }
        environment.signInThrottle.recordSuccess(username)
        user = try await upgradeHashIfNeeded(user, password: password)
        let token = SessionTokens.random()
        let session = SessionRecord(
            tokenHash: SessionTokens.hash(token), userID: user.id, csrfToken: SessionTokens.random(),
            expiresAt: environment.now().addingTimeInterval(environment.options.sessionLifetime))
        try await users.deleteSessions(expiredBefore: environment.now())
        try await users.insertSession(session)
        await OfficerKeyring(environment: environment).signedIn(user, password: password, sessionToken: token)
        try await environment.repositories.audit.insertAuditEvent(.note(
            "sign-in", entity: "user", entityID: user.id.description, agencyID: user.agencyID,
            actor: Actor(userID: user.id, name: user.displayName, at: environment.now())))
        var response = PageResponse.redirect(user.mustChangePassword ? "/password" : "/")
        response.setCookie(sessionCookie(token, maxAge: Int(environment.options.sessionLifetime)))
        response.setCookie(LoginCSRF.expired(secure: environment.options.secureCookies))
        return response
    }

    /// The sign-in form with its pre-session token (and the cookie that carries it, when new).
    private func loginPage(
        _ request: Request, _ context: AppRequestContext, error: (String, String)?, username: String, status: HTTPResponse.Status
    ) -> Response {
        let (token, cookie) = LoginCSRF.token(for: request, secure: environment.options.secureCookies)
        let page = LoginPage(language: context.language).render(error: error, username: username, csrfToken: token)
        var response = PageResponse.html(page, status: status)
        if let cookie { response.setCookie(cookie) }
        return response
    }

    /// A hash stored before pre-hashing is replaced by the new form now that the password is known.
    func upgradeHashIfNeeded(_ user: UserAccount, password: String) async throws -> UserAccount {
        guard hasher.needsUpgrade(user.passwordHash) else { return user }
        var upgraded = user
        upgraded.passwordHash = try await hasher.hash(password)
        // The old hash still works, so a failed write only postpones the upgrade to the next sign-in.
        do {
            try await environment.repositories.users.updateUser(
                upgraded, actor: Actor(userID: user.id, name: user.displayName, at: environment.now()))
        } catch {
            return user
        }
        return upgraded
    }

    private func signOut(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        if let identity = context.identity {
            let form = try await FormData.read(request, limit: 16 * 1024)
            try CSRF.check(form, identity: identity)
            try await environment.repositories.users.deleteSession(tokenHash: identity.session.tokenHash)
        }
        var response = PageResponse.redirect("/login")
        response.setCookie(sessionCookie("", maxAge: 0))
        return response
    }

    private func changePassword(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let identity = context.identity else { throw WebError.signInRequired }
        let form = try await FormData.read(request, limit: 16 * 1024)
        try CSRF.check(form, identity: identity)
        let page = PasswordPage(language: context.language, identity: identity)
        let current = form.fields["current"]?.first ?? ""
        let new = form.fields["new"]?.first ?? ""
        let repeated = form.fields["repeat"]?.first ?? ""
        let t = context.language
        // A stolen session must not become a way around the sign-in limit: wrong current passwords
        // count against the same username as wrong sign-ins, as they do in the API.
        let username = identity.user.username
        try environment.signInThrottle.check(username, at: environment.now())
        guard try await hasher.verify(current, hash: identity.user.passwordHash) else {
            environment.signInThrottle.recordFailure(username, at: environment.now())
            return PageResponse.html(page.render(error: (t("รหัสผ่านปัจจุบันไม่ถูกต้อง", "the current password is wrong"), "current")), status: .badRequest)
        }
        // Gives back the try reserved above.
        environment.signInThrottle.recordSuccess(username)
        guard new == repeated else {
            return PageResponse.html(page.render(error: (t("รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน", "the two new passwords differ"), "repeat")), status: .badRequest)
        }
        if let problem = PasswordHasher.problem(with: new, username: identity.user.username) {
            return PageResponse.html(page.render(error: (t(problem.th, problem.en), "new")), status: .badRequest)
        }
        guard new != current else {
            return PageResponse.html(page.render(error: (t("รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสเดิม", "the new password must differ from the old one"), "new")), status: .badRequest)
        }
        var user = identity.user
        user.passwordHash = try await hasher.hash(new)
        user.mustChangePassword = false
        let actor = Actor(userID: user.id, name: user.displayName, at: environment.now())
        try await environment.repositories.users.updateUser(user, actor: actor)
        // Every other sign-in of this account ends; this browser gets a fresh session.
        try await environment.repositories.users.deleteSessions(user: user.id)
        let token = SessionTokens.random()
        try await environment.repositories.users.insertSession(SessionRecord(
            tokenHash: SessionTokens.hash(token), userID: user.id, csrfToken: SessionTokens.random(),
            expiresAt: environment.now().addingTimeInterval(environment.options.sessionLifetime)))
        await OfficerKeyring(environment: environment).passwordChanged(user, from: current, to: new, sessionToken: token)
        var response = PageResponse.redirect("/")
        response.setCookie(sessionCookie(token, maxAge: Int(environment.options.sessionLifetime)))
        return response
    }

    private func sessionCookie(_ token: String, maxAge: Int) -> Cookie {
        Cookie(
            name: SessionMiddleware.cookieName, value: token, maxAge: maxAge, path: "/",
            secure: environment.options.secureCookies, httpOnly: true, sameSite: .lax)
    }
}
