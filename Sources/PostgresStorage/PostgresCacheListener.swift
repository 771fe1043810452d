import Foundation
import PostgresNIO
import Storage
import Synchronization

/// Hears the cache changes every server on the database announces (`LISTEN prongsai_cache`) and reports
/// them to this process's caches.
///
/// It holds one connection of its own, never lent to a query. If that connection drops or stops answering,
/// it reports `lost` (the caches fall back to short lifetimes) and connects again with a growing pause.
public final class PostgresCacheListener: Sendable {
    /// The notification channel; payloads are `CacheChange.payload` (`<kind>:<id>`).
    public static let channel = "prongsai_cache"

    let client: PostgresClient
    let logger: Logger
    /// How often the idle connection is asked `SELECT 1`, and how long an answer may take: a connection
    /// cut without a FIN would otherwise look alive while no notification can reach it.
    let heartbeat: Duration
    let heartbeatTimeout: Duration
    private let state = Mutex<(backendPID: Int32?, connections: Int)>((nil, 0))

    init(url: PostgresURL, logger: Logger, heartbeat: Duration = .seconds(10), heartbeatTimeout: Duration = .seconds(5)) throws {
        var configuration = try url.configuration
        configuration.options.maximumConnections = 1
        configuration.options.minimumConnections = 0
        client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.logger = logger
        self.heartbeat = heartbeat
        self.heartbeatTimeout = heartbeatTimeout
    }

    /// The server process of the listening connection while it listens (tests end it to check recovery).
    public var backendPID: Int32? { state.withLock { $0.backendPID } }
    /// How many times a connection has started listening.
    public var connections: Int { state.withLock { $0.connections } }

    /// Listens until the calling task is cancelled, reporting to `deliver`; reconnects after 0.1 s, then
    /// doubling up to 5 s while the server stays away.
    public func run(deliver: @escaping @Sendable (CacheFeedEvent) -> Void) async {
        await withDiscardingTaskGroup { group in
            group.addTask { await self.client.run() }
            var pause = Duration.milliseconds(100)
            while !Task.isCancelled {
                let before = connections
                do {
                    try await listenOnce(deliver: deliver)
                } catch {
                    if !Task.isCancelled {
                        logger.warning("cache listener lost its connection", metadata: ["error": "\(String(reflecting: error))"])
                    }
                }
                state.withLock { $0.backendPID = nil }
                deliver(.lost)
                // A connection that listened starts the pauses over; one that never did lengthens them.
                if connections > before { pause = .milliseconds(100) }
                try? await Task.sleep(for: pause)
                pause = min(pause * 2, .seconds(5))
            }
            group.cancelAll()
        }
    }

    /// One connection's life: listen, report, and end (by throwing) when it fails.
    private func listenOnce(deliver: @escaping @Sendable (CacheFeedEvent) -> Void) async throws {
        try await client.withConnection { connection in
            let pid = try await connection.query("SELECT pg_backend_pid()", logger: logger)
                .collect().first?.decode(Int32.self)
            try await connection.listen(on: Self.channel) { notifications in
                state.withLock { state in
                    state.backendPID = pid
                    state.connections += 1
                }
                // Only now can nothing be missed: what changed before is dropped by `listening`.
                deliver(.listening)
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        for try await notification in notifications {
                            if let change = CacheChange(payload: notification.payload) { deliver(.changed(change)) }
                        }
                        throw ListenerError.streamEnded
                    }
                    group.addTask { try await self.beat(connection) }
                    defer { group.cancelAll() }
                    try await group.next()
                }
            }
        }
    }

    /// Returns only by throwing: when the connection does not answer `SELECT 1` in time, it is closed.
    private func beat(_ connection: PostgresConnection) async throws {
        while true {
            try await Task.sleep(for: heartbeat)
            let answered = try await withThrowingTaskGroup(of: Bool.self) { group in
                group.addTask {
                    _ = try await connection.query("SELECT 1", logger: self.logger).collect()
                    return true
                }
                group.addTask {
                    try await Task.sleep(for: self.heartbeatTimeout)
                    return false
                }
                defer { group.cancelAll() }
                return try await group.next() ?? false
            }
            guard answered else {
                try? await connection.close()
                throw ListenerError.heartbeatTimedOut
            }
        }
    }

    enum ListenerError: Error {
        case streamEnded, heartbeatTimedOut
    }
}

extension PostgresStore {
    /// A listener for the cache changes announced on this database; start `run(deliver:)` in a task.
    public func makeCacheListener() throws -> PostgresCacheListener {
        try PostgresCacheListener(url: parsedURL, logger: logger)
    }
}

extension PostgresLease {
    /// Announces cache changes with `pg_notify`; inside a transaction they are delivered at commit.
    func announce(_ changes: [CacheChange]) async throws {
        guard !changes.isEmpty else { return }
        try await execute(
            "SELECT pg_notify(\(PostgresCacheListener.channel), payload) FROM unnest(\(changes.map(\.payload))::text[]) AS payload")
    }
}
