import Foundation
import Synchronization

/// Counts failures per key in memory: after `maximumFailures` within `window`, the key is locked for
/// `lockout`. Shared by the sign-in limit (per username) and the receipt limit (per agency); nothing
/// about the client is kept.
final class FailureLimiter<Key: Hashable & Sendable>: Sendable {
    private struct Record {
        var failures: [Date] = []
        var lockedUntil: Date?
    }

    let maximumFailures: Int
    let window: TimeInterval
    let lockout: TimeInterval
    /// At most this many keys are remembered, so trying many keys cannot fill the memory.
    let capacity: Int
    private let records = Mutex<[Key: Record]>([:])

    init(maximumFailures: Int, window: TimeInterval, lockout: TimeInterval, capacity: Int) {
        self.maximumFailures = maximumFailures
        self.window = window
        self.lockout = lockout
        self.capacity = capacity
    }

    /// Until when the key is refused, or nil when it may try.
    func lockedUntil(_ key: Key, at now: Date) -> Date? {
        records.withLock { records in
            guard let until = records[key]?.lockedUntil, until > now else { return nil }
            return until
        }
    }

    func recordFailure(_ key: Key, at now: Date) {
        records.withLock { records in
            var record = records[key] ?? Record()
            if let until = record.lockedUntil, until <= now { record = Record() }
            record.failures = record.failures.filter { now.timeIntervalSince($0) < window } + [now]
            if record.failures.count >= maximumFailures, record.lockedUntil == nil {
                record.lockedUntil = now.addingTimeInterval(lockout)
            }
            records[key] = record
            if records.count > capacity { prune(&records, now: now) }
        }
    }

    /// A success clears the count.
    func recordSuccess(_ key: Key) {
        _ = records.withLock { $0.removeValue(forKey: key) }
    }

    /// How many keys are remembered now.
    var count: Int { records.withLock { $0.count } }

    /// Forgets what no longer matters, then the oldest records if there are still too many.
    private func prune(_ records: inout [Key: Record], now: Date) {
        records = records.filter { _, record in
            if let until = record.lockedUntil { return until > now }
            return record.failures.contains { now.timeIntervalSince($0) < window }
        }
        guard records.count > capacity else { return }
        // Locked keys are kept before all others: trying other keys must not lift a lockout.
        let ranked = records.sorted { a, b in
            let aLocked = a.value.lockedUntil != nil, bLocked = b.value.lockedUntil != nil
            if aLocked != bLocked { return aLocked }
            return (a.value.failures.last ?? .distantPast) > (b.value.failures.last ?? .distantPast)
        }
        records = Dictionary(uniqueKeysWithValues: ranked.prefix(capacity).map { ($0.key, $0.value) })
    }

    /// "try again in N minutes", rounded up, at least one.
    static func minutes(until: Date, now: Date) -> Int {
        max(1, Int((until.timeIntervalSince(now) / 60).rounded(.up)))
    }
}
