import Foundation
import Synchronization

/// A small key → value cache with a time to live, safe to share between tasks.
///
/// Writes made through the caching repositories evict what they change at once, and a change feed
/// evicts what other server processes change; the time to live bounds how long a change that was not
/// heard can stay unseen.
public final class ReadCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Entry {
        var value: Value
        var stored: ContinuousClock.Instant
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var lifetime: Duration
        /// Counts evictions, so a load that overlapped one does not store what may be the old value.
        var evictions: UInt64 = 0
    }

    private let state: Mutex<State>
    private let loading = Mutex<[Key: Task<Value, any Error>]>([:])
    private let capacity: Int

    public init(lifetime: Duration, capacity: Int = 10_000) {
        state = Mutex(State(lifetime: lifetime))
        self.capacity = capacity
    }

    /// Changes the time to live of every entry, those already stored included.
    public func setLifetime(_ lifetime: Duration) {
        state.withLock { $0.lifetime = lifetime }
    }

    public func value(_ key: Key) -> Value? {
        let now = ContinuousClock.now
        return state.withLock { state in
            guard let entry = state.entries[key] else { return nil }
            guard now - entry.stored < state.lifetime else {
                state.entries[key] = nil
                return nil
            }
            return entry.value
        }
    }

    public func store(_ value: Value, for key: Key) {
        let now = ContinuousClock.now
        state.withLock { state in
            // A full cache is simply emptied: cheaper than tracking use, and refills in one pass.
            if state.entries.count >= capacity { state.entries.removeAll(keepingCapacity: true) }
            state.entries[key] = Entry(value: value, stored: now)
        }
    }

    /// The cached value, or the loaded one (stored when not nil).
    ///
    /// A load that overlaps an eviction is returned but not stored: it may have read the row just before
    /// the write that caused the eviction committed, and a long lifetime would keep that old value.
    public func value(_ key: Key, load: () async throws -> Value?) async throws -> Value? {
        if let cached = value(key) { return cached }
        let before = state.withLock { $0.evictions }
        let loaded = try await load()
        if let loaded {
            let now = ContinuousClock.now
            state.withLock { state in
                guard state.evictions == before else { return }
                if state.entries.count >= capacity { state.entries.removeAll(keepingCapacity: true) }
                state.entries[key] = Entry(value: loaded, stored: now)
            }
        }
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
        state.withLock { state in
            state.entries[key] = nil
            state.evictions &+= 1
        }
    }

    public func removeAll(where shouldRemove: (Key, Value) -> Bool) {
        state.withLock { state in
            state.entries = state.entries.filter { !shouldRemove($0.key, $0.value.value) }
            state.evictions &+= 1
        }
    }

    public func removeAll() {
        state.withLock { state in
            state.entries.removeAll()
            state.evictions &+= 1
        }
    }
}
