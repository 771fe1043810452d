import Foundation
import Hummingbird
import Workbench

/// Finds out who is asking (session cookie or bearer token) and in which language to answer.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    static let cookieName = "prongsai_session"
    static let languageCookie = "lang"

    let environment: WebEnvironment

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let cookies = Self.cookieValues(request.headers[.cookie])
        if let code = cookies.language, let language = Language(rawValue: code) {
            context.language = language
        }
        if let (token, bearer) = Self.token(in: request, cookie: cookies.session) {
            context.identity = try await identity(token: token, bearer: bearer)
        }
        return try await next(request, context)
    }

    /// The session token a request carries (bearer header or cookie), and whether it came as a bearer token.
    static func token(in request: Request) -> (String, Bool)? {
        token(in: request, cookie: cookieValues(request.headers[.cookie]).session)
    }

    static func token(in request: Request, cookie: String?) -> (String, Bool)? {
        if let header = request.headers[.authorization], header.hasPrefix("Bearer ") {
            return (String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces), true)
        }
        if let cookie, !cookie.isEmpty {
            return (cookie, false)
        }
        return nil
    }

    /// The two cookies Prongsai reads, found in one pass over the header: every request needs them,
    /// and parsing every cookie into a dictionary twice showed in profiles.
    static func cookieValues(_ header: String?) -> (session: String?, language: String?) {
        guard let header else { return (nil, nil) }
        var session: String?
        var language: String?
        for pair in header.split(separator: ";") {
            let trimmed = pair.drop { $0 == " " }
            if trimmed.hasPrefix(cookieName + "=") {
                session = String(trimmed.dropFirst(cookieName.count + 1))
            } else if trimmed.hasPrefix(languageCookie + "=") {
                language = String(trimmed.dropFirst(languageCookie.count + 1))
            }
        }
        return (session, language)
    }

    private func identity(token: String, bearer: Bool) async throws -> Identity? {
        let users = environment.repositories.users
        guard let session = try await users.fetchSession(tokenHash: SessionTokens.hash(token)) else { return nil }
        guard session.expiresAt > environment.now() else {
            try await users.deleteSession(tokenHash: session.tokenHash)
            return nil
        }
        guard let user = try await users.fetchUser(id: session.userID), user.active else { return nil }
        return Identity(user: user, session: session, viaBearer: bearer)
    }
}
