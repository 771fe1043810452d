/// Every form of a signed-in page carries the session's token; a POST without it is refused.
enum CSRF {
    static func field(_ identity: Identity?) -> HTML {
        guard let identity else { return .empty }
        return "<input type=\"hidden\" name=\"_csrf\" value=\"\(identity.session.csrfToken)\">"
    }

    /// Bearer-token API calls are not cookie-borne, so they need no token.
    static func check(_ form: FormData, identity: Identity) throws {
        if identity.viaBearer { return }
        guard let sent = form["_csrf"], SessionTokens.equal(sent, identity.session.csrfToken) else {
            throw WebError.badCSRF
        }
    }

    /// JSON API calls with a cookie send the token in a header instead.
    static func check(header: String?, identity: Identity) throws {
        if identity.viaBearer { return }
        guard let header, SessionTokens.equal(header, identity.session.csrfToken) else { throw WebError.badCSRF }
    }
}
