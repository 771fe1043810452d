import Foundation

/// Settings of the web app, read once at start-up by Bootstrap.
public struct WebOptions: Sendable {
    /// Set cookies with `Secure` (when TLS is terminated in front of Prongsai or by it).
    public var secureCookies: Bool
    /// How long a sign-in lasts.
    public var sessionLifetime: TimeInterval
    /// The largest evidence or document upload accepted, in bytes.
    public var maxUploadBytes: Int
    /// bcrypt cost; 12 in production, lower only in tests.
    public var bcryptCost: UInt8

    public init(
        secureCookies: Bool = false, sessionLifetime: TimeInterval = 8 * 3600, maxUploadBytes: Int = 10 * 1024 * 1024,
        bcryptCost: UInt8 = 12
    ) {
        self.secureCookies = secureCookies
        self.sessionLifetime = sessionLifetime
        self.maxUploadBytes = maxUploadBytes
        self.bcryptCost = bcryptCost
    }
}
