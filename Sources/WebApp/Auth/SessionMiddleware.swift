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
        if let code = request.cookies[Self.languageCookie]?.value, let language = Language(rawValue: code) {
            context.language = language
        }
        if let (token, bearer) = Self.token(in: request) {
            context.identity = try await identity(token: token, bearer: bearer)
        }
        return try await next(request, context)
    }

    static func token(in request: Request) -> (String, Bool)? {
        if let header = request.headers[.authorization], header.hasPrefix("Bearer ") {
            return (String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces), true)
        }
        if let cookie = request.cookies[cookieName]?.value, !cookie.isEmpty {
            return (cookie, false)
        }
        return nil
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
