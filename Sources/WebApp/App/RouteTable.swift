import HTTPTypes
import Hummingbird

/// Who may call a route. Declared with every route, so the role × route test can read the policy
/// from one place and check that each handler enforces it.
public enum RouteAccess: String, Sendable, CaseIterable {
    /// Anyone, signed in or not (sign-in page, health, assets).
    case anyone
    /// Any signed-in user.
    case signedIn
    /// Users who may read the agency in the path: its own users and administrators.
    case agencyReader
    /// The agency's coordinator, or an administrator.
    case planEditor
    /// A division head on one of the measure's divisions, the coordinator, or an administrator.
    case measureWorker
    /// Administrators of the installation.
    case administrator
}

/// One registered route.
public struct RouteEntry: Sendable, Hashable {
    public var method: HTTPRequest.Method
    public var path: String
    public var access: RouteAccess
}

/// Registers routes on the router and remembers each with its access rule. Used while the app is built.
public final class RouteTable {
    public let router: Router<AppRequestContext>
    public private(set) var entries: [RouteEntry] = []

    init(router: Router<AppRequestContext>) {
        self.router = router
    }

    typealias Handler = @Sendable (Request, AppRequestContext) async throws -> Response

    func get(_ path: String, _ access: RouteAccess, _ handler: @escaping Handler) {
        add(.get, path, access, handler)
    }

    func post(_ path: String, _ access: RouteAccess, _ handler: @escaping Handler) {
        add(.post, path, access, handler)
    }

    func put(_ path: String, _ access: RouteAccess, _ handler: @escaping Handler) {
        add(.put, path, access, handler)
    }

    func delete(_ path: String, _ access: RouteAccess, _ handler: @escaping Handler) {
        add(.delete, path, access, handler)
    }

    private func add(_ method: HTTPRequest.Method, _ path: String, _ access: RouteAccess, _ handler: @escaping Handler) {
        entries.append(RouteEntry(method: method, path: path, access: access))
        router.on(RouterPath(path), method: method) { request, context in
            // A one-time password must be replaced before anything else can be used.
            if access != .anyone, let identity = context.identity, identity.user.mustChangePassword,
               !Self.allowedBeforePasswordChange.contains(path) {
                if path.hasPrefix("/api/") {
                    throw WebError(.forbidden, th: "ต้องเปลี่ยนรหัสผ่านก่อน", en: "change the one-time password first")
                }
                return PageResponse.redirect("/password")
            }
            if access != .anyone, context.identity == nil {
                if path.hasPrefix("/api/") { throw WebError.signInRequired }
                return PageResponse.redirect("/login")
            }
            return try await handler(request, context)
        }
    }

    static let allowedBeforePasswordChange: Set<String> = ["/password", "/logout", "/lang/:code", "/api/v1/password", "/api/v1/session"]
}
