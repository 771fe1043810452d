import Hummingbird
import Workbench

/// What every request carries through the middleware to its handler.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The page language, from the `lang` cookie.
    public var language: Language = .th
    /// The signed-in user, when there is one.
    public var identity: Identity?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// Evidence and documents can be a few megabytes; the upload limit itself is checked per route.
    public var maxUploadSize: Int { 16 * 1024 * 1024 }
}

/// A signed-in user and the session that proves it.
public struct Identity: Sendable {
    public var user: UserAccount
    public var session: SessionRecord
    /// True when the request authenticated with `Authorization: Bearer`, which needs no CSRF token.
    public var viaBearer: Bool

    public init(user: UserAccount, session: SessionRecord, viaBearer: Bool) {
        self.user = user
        self.session = session
        self.viaBearer = viaBearer
    }
}
