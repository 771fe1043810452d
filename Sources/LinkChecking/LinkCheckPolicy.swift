import Foundation

/// The bounds every link check keeps: an agency's website is a small server, and the checker must
/// never hammer it or wait on it for long.
public struct LinkCheckPolicy: Sendable {
    /// Seconds one request may take before it counts as no answer.
    public var timeout: TimeInterval
    /// Requests one check may make in all (HEAD, GET fallback and redirects included); URLs left when
    /// it runs out are not checked, and say so.
    public var maxRequests: Int
    /// Requests in flight at once.
    public var concurrency: Int
    /// Redirects followed per URL, each staying on the domain.
    public var maxRedirects: Int

    /// Lets checks reach loopback addresses (127.0.0.0/8, ::1), where tests run a fake agency website.
    /// Only test code sets it; every other internal address stays refused even then.
    public var allowLoopbackForTests = false

    public init(timeout: TimeInterval = 5, maxRequests: Int = 120, concurrency: Int = 4, maxRedirects: Int = 3) {
        self.timeout = timeout
        self.maxRequests = maxRequests
        self.concurrency = max(1, concurrency)
        self.maxRedirects = maxRedirects
    }
}
