import Foundation
import Hummingbird
import Synchronization

/// Slows down password guessing: after `maximumFailures` failed sign-ins for one username within
/// `window`, that username is refused with 429 for `lockout`, whatever password comes next.
/// Kept in memory per process (no addresses are stored); one instance serves the sign-in page and the API.
///
/// Use: `try throttle.check(username, at: now)` before verifying the password;
/// `throttle.recordFailure(username, at: now)` when it is wrong; `throttle.recordSuccess(username)` when right.
public final class SignInThrottle: Sendable {
    private struct Record {
        var failures: [Date] = []
        var lockedUntil: Date?
    }

    let maximumFailures: Int
    let window: TimeInterval
    let lockout: TimeInterval
    /// At most this many usernames are remembered, so guessing many names cannot fill the memory.
    let capacity: Int
    private let records = Mutex<[String: Record]>([:])

    public init(maximumFailures: Int = 10, window: TimeInterval = 15 * 60, lockout: TimeInterval = 15 * 60, capacity: Int = 10_000) {
        self.maximumFailures = maximumFailures
        self.window = window
        self.lockout = lockout
        self.capacity = capacity
    }

    /// Until when the username is refused, or nil when it may try.
    public func lockedUntil(_ username: String, at now: Date) -> Date? {
        records.withLock { records in
            guard let until = records[Self.key(username)]?.lockedUntil, until > now else { return nil }
            return until
        }
    }

    /// Throws 429 while the username is locked out.
    func check(_ username: String, at now: Date) throws {
        guard let until = lockedUntil(username, at: now) else { return }
        throw Self.refusal(until: until, now: now)
    }

    /// Counts a wrong password (or an unknown or inactive username: all look the same from outside).
    public func recordFailure(_ username: String, at now: Date) {
        let key = Self.key(username)
        records.withLock { records in
            var record = records[key] ?? Record()
            if let until = record.lockedUntil, until <= now { record = Record() }
            record.failures = record.failures.filter { now.timeIntervalSince($0) < window } + [now]
            if record.failures.count >= maximumFailures, record.lockedUntil == nil {
                record.lockedUntil = now.addingTimeInterval(lockout)
            }
            records[key] = record
            if records.count > capacity { Self.prune(&records, now: now, window: window, keep: capacity) }
        }
    }

    /// How many usernames are remembered now.
    var count: Int { records.withLock { $0.count } }

    /// A correct password clears the count.
    public func recordSuccess(_ username: String) {
        _ = records.withLock { $0.removeValue(forKey: Self.key(username)) }
    }

    static func refusal(until: Date, now: Date) -> WebError {
        let minutes = max(1, Int((until.timeIntervalSince(now) / 60).rounded(.up)))
        return WebError(
            .tooManyRequests, field: "username",
            th: "พยายามเข้าสู่ระบบผิดหลายครั้งเกินไป กรุณารอ \(minutes) นาทีแล้วลองใหม่",
            en: "too many failed sign-ins; try again in \(minutes) minutes")
    }

    private static func key(_ username: String) -> String {
        username.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// Forgets what no longer matters, then the oldest records if there are still too many.
    private static func prune(_ records: inout [String: Record], now: Date, window: TimeInterval, keep: Int) {
        records = records.filter { _, record in
            if let until = record.lockedUntil { return until > now }
            return record.failures.contains { now.timeIntervalSince($0) < window }
        }
        guard records.count > keep else { return }
        // Locked usernames are kept before all others: spraying other names must not lift a lockout.
        let ranked = records.sorted { a, b in
            let aLocked = a.value.lockedUntil != nil, bLocked = b.value.lockedUntil != nil
            if aLocked != bLocked { return aLocked }
            return (a.value.failures.last ?? .distantPast) > (b.value.failures.last ?? .distantPast)
        }
        records = Dictionary(uniqueKeysWithValues: ranked.prefix(keep).map { ($0.key, $0.value) })
    }
}
