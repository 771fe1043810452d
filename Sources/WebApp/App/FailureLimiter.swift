import Foundation
import Synchronization

/// Counts tries per key in memory: after `maximumFailures` within `window`, the key is locked for
/// `lockout`. Shared by the sign-in limit (per username) and the receipt limit (per agency); nothing
/// about the client is kept.
///
/// A try is reserved before the slow hash, not counted after it: `reserve` counts it at once as a
/// failure in flight, so 40 guesses sent together get at most `maximumFailures` hashes between them.
/// `recordFailure` confirms a reservation; `release` (a right receipt) or `recordSuccess` (a right
/// password) gives it back.
final class FailureLimiter<Key: Hashable & Sendable>: Sendable {
    private struct Record {
        var failures: [Date] = []
        /// Reserved tries whose outcome is not known yet; they count like failures.
        var pending: [Date] = []
        var lockedUntil: Date?

        var isEmpty: Bool { failures.isEmpty && pending.isEmpty && lockedUntil == nil }
    }

    let maximumFailures: Int
    let window: TimeInterval
    let lockout: TimeInterval
    /// At most this many keys are remembered, so trying many keys cannot fill the memory.
    let capacity: Int
    private let records = Mutex<[Key: Record]>([:])
    private let granted = Mutex(0)

    init(maximumFailures: Int, window: TimeInterval, lockout: TimeInterval, capacity: Int) {
        self.maximumFailures = maximumFailures
        self.window = window
        self.lockout = lockout
        self.capacity = capacity
    }

    /// Until when the key is refused, or nil when it may try (a query: nothing is reserved).
    func lockedUntil(_ key: Key, at now: Date) -> Date? {
        records.withLock { records in
            guard let until = records[key]?.lockedUntil, until > now else { return nil }
            return until
        }
    }

    /// Reserves one try for the key, counted as a failure until it is released: nil when granted, or
    /// until when the key is refused. Tries in flight count, so concurrent guesses cannot overrun the limit.
    func reserve(_ key: Key, at now: Date) -> Date? {
        let refusal: Date? = records.withLock { records in
            var record = records[key] ?? Record()
            if let until = record.lockedUntil {
                if until > now { return until }
                record = Record()
            }
            record.failures = record.failures.filter { now.timeIntervalSince($0) < window }
            record.pending = record.pending.filter { now.timeIntervalSince($0) < window }
            guard record.failures.count + record.pending.count < maximumFailures else {
                // Full with tries whose outcome is still coming: refuse briefly, without locking.
                records[key] = record
                return now.addingTimeInterval(60)
            }
            record.pending.append(now)
            records[key] = record
            if records.count > capacity { prune(&records, now: now) }
            return nil
        }
        if refusal == nil { granted.withLock { $0 += 1 } }
        return refusal
    }

    /// Like `reserve`, but when the key is full only of tries still in flight (honest people trying at
    /// the same moment, not a lockout), waits for one of them to finish, up to `patience` seconds.
    /// The bound on concurrent hashes stays; only a confirmed lockout refuses at once.
    func reserve(_ key: Key, patience: TimeInterval, now: @Sendable () -> Date) async -> Date? {
        // Patience runs on the monotonic clock: the app's clock may be a fixed one in tests.
        let deadline = ContinuousClock.now.advanced(by: .milliseconds(Int(patience * 1000)))
        while true {
            let moment = now()
            guard let refusal = reserve(key, at: moment) else { return nil }
            let locked = lockedUntil(key, at: moment) != nil
            if locked || ContinuousClock.now >= deadline { return refusal }
            try? await Task.sleep(for: .milliseconds(25))
        }
    }

    /// Confirms a reserved try as a failure (or counts one that was not reserved); the key locks once
    /// `maximumFailures` failures fall within the window.
    func recordFailure(_ key: Key, at now: Date) {
        records.withLock { records in
            var record = records[key] ?? Record()
            if let until = record.lockedUntil, until <= now { record = Record() }
            if !record.pending.isEmpty { record.pending.removeFirst() }
            record.failures = record.failures.filter { now.timeIntervalSince($0) < window } + [now]
            if record.failures.count >= maximumFailures, record.lockedUntil == nil {
                record.lockedUntil = now.addingTimeInterval(lockout)
            }
            records[key] = record
            if records.count > capacity { prune(&records, now: now) }
        }
    }

    /// Gives back one reserved try that turned out right, leaving earlier failures counted.
    func release(_ key: Key) {
        records.withLock { records in
            guard var record = records[key] else { return }
            if !record.pending.isEmpty { record.pending.removeFirst() }
            records[key] = record.isEmpty ? nil : record
        }
    }

    /// A success clears the failures and gives back its own reservation; other tries still in flight stay counted.
    func recordSuccess(_ key: Key) {
        records.withLock { records in
            guard var record = records[key] else { return }
            if !record.pending.isEmpty { record.pending.removeFirst() }
            record.failures = []
            record.lockedUntil = nil
            records[key] = record.isEmpty ? nil : record
        }
    }

    /// How many keys are remembered now.
    var count: Int { records.withLock { $0.count } }

    /// How many tries were granted since start: each one may run the slow hash once.
    var grantedTries: Int { granted.withLock { $0 } }

    /// Forgets what no longer matters, then the oldest records if there are still too many.
    private func prune(_ records: inout [Key: Record], now: Date) {
        records = records.filter { _, record in
            if let until = record.lockedUntil { return until > now }
            return (record.failures + record.pending).contains { now.timeIntervalSince($0) < window }
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
