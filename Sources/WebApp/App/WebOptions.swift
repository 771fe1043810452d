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
    /// The bearer token `/metrics` asks for; nil hides `/metrics` (404).
    public var metricsToken: String?
    /// Anonymous reports accepted per agency, and across the installation, in one clock hour.
    public var filingLimit: (perAgency: Int, total: Int)
    /// Lets link checks and the disclosure settings accept loopback addresses, where tests run a fake
    /// agency website. Only test code sets it; Bootstrap never reads it from flags or the environment.
    public var linkCheckAllowsLoopbackForTests = false

    public init(
        secureCookies: Bool = false, sessionLifetime: TimeInterval = 8 * 3600, maxUploadBytes: Int = 10 * 1024 * 1024,
        bcryptCost: UInt8 = 12, metricsToken: String? = nil, filingLimit: (perAgency: Int, total: Int) = (60, 600)
    ) {
        self.secureCookies = secureCookies
        self.sessionLifetime = sessionLifetime
        self.maxUploadBytes = maxUploadBytes
        self.bcryptCost = bcryptCost
        self.metricsToken = metricsToken
        self.filingLimit = filingLimit
    }
}
