import Foundation

/// The answer to signing in, and to `GET /api/v1/me` (without the token).
struct SessionJSON: Encodable {
    var token: String?
    var expiresAt: Date
    var mustChangePassword: Bool
    var user: AccountJSON
}
