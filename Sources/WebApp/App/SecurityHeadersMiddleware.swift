import HTTPTypes
import Hummingbird

/// Adds the headers every response carries: a strict CSP, no framing, no sniffing, no referrer leaks.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Everything comes from this server; no inline script, no third parties.
    static var contentSecurityPolicy: String {
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        for field in SecurityHeaderFields.all {
            // A route that set its own policy (none does today) keeps it.
            if !response.headers.contains(field.name) { response.headers.append(field) }
        }
        if !response.headers.contains(.cacheControl) {
            response.headers.append(SecurityHeaderFields.noStore)
        }
        return response
    }
}

/// The headers, built once: setting a header from a string checks its characters on every response.
enum SecurityHeaderFields {
    static let all: [HTTPField] = [
        HTTPField(name: .contentSecurityPolicy, value: SecurityHeadersMiddleware<AppRequestContext>.contentSecurityPolicy),
        HTTPField(name: .xFrameOptions, value: "DENY"),
        HTTPField(name: .xContentTypeOptions, value: "nosniff"),
        HTTPField(name: .referrerPolicy, value: "same-origin"),
    ]
    static let noStore = HTTPField(name: .cacheControl, value: "no-store")
}

extension HTTPField.Name {
    static let xFrameOptions = Self("X-Frame-Options")!
    static let xContentTypeOptions = Self("X-Content-Type-Options")!
    static let referrerPolicy = Self("Referrer-Policy")!
}
