import Foundation
import Hummingbird
import Storage
import Workbench

/// Bearer sessions for scripts: sign in with JSON, who am I, change the password, sign out.
/// A session is stored exactly like a browser's: only the SHA-256 of its token.
struct SessionAPIRoutes {
    let environment: WebEnvironment
    /// Failed sign-ins per username. Until `WebEnvironment` carries one instance for the page and the
    /// API, the API keeps its own.
    var throttle: SignInThrottle { environment.signInThrottle }
    var hasher: PasswordHasher { PasswordHasher(cost: environment.options.bcryptCost) }
    var users: any UserRepository { environment.repositories.users }

    struct Credentials: Decodable {
        var username: String?
        var password: String?
    }

    struct PasswordChange: Decodable {
        var current: String?
        var new: String?
    }

    func register(on routes: RouteTable) {
        routes.post("/api/v1/session", .anyone) { request, context in try await signIn(request, context) }
        routes.delete("/api/v1/session", .signedIn) { request, context in
            let identity = try APIAccess.identity(context)
            try APIBody.requireWriteAccess(request, identity)
            try await users.deleteSession(tokenHash: identity.session.tokenHash)
            return Response(status: .noContent)
        }
        routes.get("/api/v1/me", .signedIn) { _, context in
            let identity = try APIAccess.identity(context)
            let me = SessionJSON(
                token: nil, expiresAt: identity.session.expiresAt, mustChangePassword: identity.user.mustChangePassword,
                user: try await APIAccess.json(identity.user, environment))
            return JSONResponse.encode(me)
        }
        routes.post("/api/v1/password", .signedIn) { request, context in try await changePassword(request, context) }
        AgencyAPIRoutes(environment: environment).register(on: routes)
        UserAPIRoutes(environment: environment).register(on: routes)
    }

    private func signIn(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let credentials = try await APIBody.decode(Credentials.self, from: request, limit: 16 * 1024)
        let username = (credentials.username ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        guard !username.isEmpty else {
            throw WebError.badInput("username", th: "กรุณากรอกชื่อผู้ใช้", en: "the username is required")
        }
        guard let password = credentials.password, !password.isEmpty else {
            throw WebError.badInput("password", th: "กรุณากรอกรหัสผ่าน", en: "the password is required")
        }
        let now = environment.now()
        // Reserved before bcrypt, so concurrent guesses are counted before they are hashed.
        if let until = throttle.reserve(username, at: now) {
            var response = try SignInThrottle.refusal(until: until, now: now).response(from: request, context: context)
            response.headers[.retryAfter] = String(Int(until.timeIntervalSince(now).rounded(.up)))
            return response
        }
        let found = try await users.fetchUser(username: username)
        // An unknown or inactive account is verified against a dummy hash: the answer takes as long.
        let verified = try await hasher.verify(password, account: found.flatMap { $0.active ? $0.passwordHash : nil })
        guard verified, var user = found else {
            throttle.recordFailure(username, at: now)
            throw WebError(.unauthorized, th: "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง", en: "the username or password is wrong")
        }
        throttle.recordSuccess(username)
        user = try await LoginRoutes(environment: environment).upgradeHashIfNeeded(user, password: password)
        let token = SessionTokens.random()
        let session = SessionRecord(
            tokenHash: SessionTokens.hash(token), userID: user.id, csrfToken: SessionTokens.random(),
            expiresAt: now.addingTimeInterval(environment.options.sessionLifetime))
        try await users.deleteSessions(expiredBefore: now)
        try await users.insertSession(session)
        await OfficerKeyring(environment: environment).signedIn(user, password: password, sessionToken: token)
        try await environment.repositories.audit.insertAuditEvent(.note(
            "sign-in", entity: "user", entityID: user.id.description, agencyID: user.agencyID,
            actor: Actor(userID: user.id, name: user.displayName, at: now)))
        let body = SessionJSON(
            token: token, expiresAt: session.expiresAt, mustChangePassword: user.mustChangePassword,
            user: try await APIAccess.json(user, environment))
        return JSONResponse.encode(body)
    }

    /// The same rules as the page. Every other session of the account ends; this one goes on.
    private func changePassword(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let identity = try APIAccess.identity(context)
        try APIBody.requireWriteAccess(request, identity)
        let change = try await APIBody.decode(PasswordChange.self, from: request, limit: 16 * 1024)
        let now = environment.now()
        // A stolen session must not become a way around the sign-in limit.
        try throttle.check(identity.user.username, at: now)
        guard let current = change.current, try await hasher.verify(current, hash: identity.user.passwordHash) else {
            throttle.recordFailure(identity.user.username, at: now)
            throw WebError.badInput("current", th: "รหัสผ่านปัจจุบันไม่ถูกต้อง", en: "the current password is wrong")
        }
        throttle.recordSuccess(identity.user.username)
        guard let new = change.new, !new.isEmpty else {
            throw WebError.badInput("new", th: "กรุณากรอกรหัสผ่านใหม่", en: "the new password is required")
        }
        if let problem = PasswordHasher.problem(with: new, username: identity.user.username) {
            throw WebError.badInput("new", th: problem.th, en: problem.en)
        }
        guard new != current else {
            throw WebError.badInput("new", th: "รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสเดิม", en: "the new password must differ from the old one")
        }
        var user = identity.user
        user.passwordHash = try await hasher.hash(new)
        user.mustChangePassword = false
        try await users.updateUser(user, actor: identity.actor(at: now))
        try await users.deleteSessions(user: user.id)
        try await users.insertSession(identity.session)
        if let token = SessionMiddleware.token(in: request)?.0 {
            await OfficerKeyring(environment: environment).passwordChanged(user, from: current, to: new, sessionToken: token)
        }
        return JSONResponse.encode(["user": try await APIAccess.json(user, environment)])
    }
}
