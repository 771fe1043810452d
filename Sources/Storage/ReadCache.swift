import Foundation
import Synchronization

/// A small key → value cache with a time to live, safe to share between tasks.
///
/// Writes made through the caching repositories evict what they change at once; the time to live
/// bounds how long a change made by another server process (several servers on one PostgreSQL)
/// can stay unseen.
public final class ReadCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Entry {
        var value: Value
        var expires: ContinuousClock.Instant
    }

    private let entries = Mutex<[Key: Entry]>([:])
    private let loading = Mutex<[Key: Task<Value, any Error>]>([:])
    private let lifetime: Duration
    private let capacity: Int

    public init(lifetime: Duration, capacity: Int = 10_000) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    public func value(_ key: Key) -> Value? {
        let now = ContinuousClock.now
        return entries.withLock { entries in
            guard let entry = entries[key] else { return nil }
            guard entry.expires > now else {
                entries[key] = nil
                return nil
            }
            return entry.value
        }
    }

    public func store(_ value: Value, for key: Key) {
        let expires = ContinuousClock.now + lifetime
        entries.withLock { entries in
            // A full cache is simply emptied: cheaper than tracking use, and refills in one pass.
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = Entry(value: value, expires: expires)
        }
    }

    /// The cached value, or the loaded one (stored when not nil).
    public func value(_ key: Key, load: () async throws -> Value?) async throws -> Value? {
        if let cached = value(key) { return cached }
        let loaded = try await load()
        if let loaded { store(loaded, for: key) }
        return loaded
    }

    /// The cached value, or one load shared by every caller that misses at the same moment.
    ///
    /// When an entry expires under load, many requests miss together; without this each of them would
    /// render the same page, and the queue behind them shows as a latency spike every lifetime.
    public func shared(_ key: Key, load: @escaping @Sendable () async throws -> Value) async throws -> Value {
        if let cached = value(key) { return cached }
        let task = loading.withLock { loading -> Task<Value, any Error> in
            if let running = loading[key] { return running }
            let task = Task { try await load() }
            loading[key] = task
            return task
        }
        do {
            let loaded = try await task.value
            store(loaded, for: key)
            _ = loading.withLock { $0.removeValue(forKey: key) }
            return loaded
        } catch {
            _ = loading.withLock { $0.removeValue(forKey: key) }
            throw error
        }
    }

    public func remove(_ key: Key) {
        _ = entries.withLock { $0.removeValue(forKey: key) }
    }

    public func removeAll(where shouldRemove: (Key, Value) -> Bool) {
        entries.withLock { entries in
            entries = entries.filter { !shouldRemove($0.key, $0.value.value) }
        }
    }

    public func removeAll() {
        entries.withLock { $0.removeAll() }
    }
}
