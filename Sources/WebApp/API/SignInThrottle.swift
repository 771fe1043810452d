import Foundation
import Hummingbird

/// Slows down password guessing: after `maximumFailures` failed sign-ins for one username within
/// `window`, that username is refused with 429 for `lockout`, whatever password comes next.
/// Kept in memory per process (no addresses are stored); one instance serves the sign-in page and the API.
///
/// Use: `try throttle.check(username, at: now)` before verifying the password — it reserves the try, so
/// concurrent guesses are counted before the slow hash, not after it;
/// `throttle.recordFailure(username, at: now)` when it is wrong; `throttle.recordSuccess(username)` when right.
public final class SignInThrottle: Sendable {
    private let limiter: FailureLimiter<String>

    public init(maximumFailures: Int = 10, window: TimeInterval = 15 * 60, lockout: TimeInterval = 15 * 60, capacity: Int = 10_000) {
        limiter = FailureLimiter(maximumFailures: maximumFailures, window: window, lockout: lockout, capacity: capacity)
    }

    var maximumFailures: Int { limiter.maximumFailures }
    var capacity: Int { limiter.capacity }

    /// Until when the username is refused, or nil when it may try.
    public func lockedUntil(_ username: String, at now: Date) -> Date? {
        limiter.lockedUntil(Self.key(username), at: now)
    }

    /// Reserves one try for the username before its password is hashed: nil when granted, or until when it
    /// is refused (locked out, or as many tries are already in flight as the limit allows).
    public func reserve(_ username: String, at now: Date) -> Date? {
        limiter.reserve(Self.key(username), at: now)
    }

    /// Reserves one try, or throws 429 while the username is locked out or its tries are all in flight.
    func check(_ username: String, at now: Date) throws {
        guard let until = reserve(username, at: now) else { return }
        throw Self.refusal(until: until, now: now)
    }

    /// How many tries were granted since start (each may run bcrypt once), for tests and figures.
    var grantedTries: Int { limiter.grantedTries }

    /// Counts a wrong password (or an unknown or inactive username: all look the same from outside),
    /// confirming the try `check` reserved.
    public func recordFailure(_ username: String, at now: Date) {
        limiter.recordFailure(Self.key(username), at: now)
    }

    /// How many usernames are remembered now.
    var count: Int { limiter.count }

    /// A correct password clears the count and gives back its reservation.
    public func recordSuccess(_ username: String) {
        limiter.recordSuccess(Self.key(username))
    }

    static func refusal(until: Date, now: Date) -> WebError {
        let minutes = FailureLimiter<String>.minutes(until: until, now: now)
        return WebError(
            .tooManyRequests, field: "username",
            th: "พยายามเข้าสู่ระบบผิดหลายครั้งเกินไป กรุณารอ \(minutes) นาทีแล้วลองใหม่",
            en: "too many failed sign-ins; try again in \(minutes) minutes")
    }

    private static func key(_ username: String) -> String {
        username.trimmingCharacters(in: .whitespaces).lowercased()
    }
}
