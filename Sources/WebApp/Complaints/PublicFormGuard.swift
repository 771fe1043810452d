import ComplaintCrypto
import Foundation
import Hummingbird
import Workbench

/// The CSRF check of the anonymous forms, which have no session to carry a token.
///
/// Each public form carries a signed, time-limited `_form` token (see `FormTokens`). A browser that is
/// also signed in sends its session cookie along, so it is held to the session's `_csrf` token as on
/// every other form, unless the `_form` token is valid; refused, it gets 403 naming `_csrf`. Without a
/// session nothing rides on the request, and a missing or stale form token is answered by the page itself
/// (the form shown again, its text kept), never by losing what was typed.
struct PublicFormGuard {
    static let formLifetime: TimeInterval = 4 * 3600
    let tokens: FormTokens
    let now: Date

    enum Outcome {
        case valid
        /// No valid token and no session: show the form again with a fresh token.
        case stale
    }

    func check(_ form: FormData, purpose: String, agency: AgencyRecord, context: AppRequestContext) throws -> Outcome {
        if let token = form["_form"],
           tokens.isValidFormToken(token, purpose: purpose, agency: agency.slug, at: now, lifetime: Self.formLifetime) {
            return .valid
        }
        if let identity = context.identity {
            try CSRF.check(form, identity: identity)
            return .valid
        }
        return .stale
    }

    /// The hidden field a public form carries.
    func field(purpose: String, agency: AgencyRecord) -> HTML {
        "<input type=\"hidden\" name=\"_form\" value=\"\(tokens.formToken(purpose: purpose, agency: agency.slug, at: now))\">"
    }

    enum Purpose {
        static let newReport = "complaint-new"
        static let followUp = "complaint-follow-up"
        static let message = "complaint-message"
    }
}
