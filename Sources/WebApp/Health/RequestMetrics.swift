import Foundation
import Synchronization

/// Counters for `/metrics`, kept in memory: requests by method and status class, and a latency histogram.
public final class RequestMetrics: Sendable {
    /// Upper bounds of the latency buckets, in seconds (Prometheus histogram convention).
    static let buckets: [Double] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]

    private struct State {
        /// Counts by method and status class ("GET|2xx"); the key is built only for methods seen.
        var requests: [Key: Int] = [:]
        var bucketCounts = Array(repeating: 0, count: RequestMetrics.buckets.count)
        var count = 0
        var sum: Double = 0
    }

    private let state = Mutex(State())
    private let started = Date()

    public init() {}

    private struct Key: Hashable, Comparable {
        var method: String
        var statusClass: Int
        static func < (a: Key, b: Key) -> Bool { (a.method, a.statusClass) < (b.method, b.statusClass) }
    }

    func record(method: String, status: Int, seconds: Double) {
        let key = Key(method: method, statusClass: status / 100)
        state.withLock { state in
            state.requests[key, default: 0] += 1
            state.count += 1
            state.sum += seconds
            for (index, bound) in Self.buckets.enumerated() where seconds <= bound {
                state.bucketCounts[index] += 1
            }
        }
    }

    /// The Prometheus text exposition format, version 0.0.4.
    public func exposition() -> String {
        let snapshot = state.withLock { $0 }
        var lines = [
            "# HELP prongsai_http_requests_total HTTP requests answered, by method and status class.",
            "# TYPE prongsai_http_requests_total counter",
        ]
        for key in snapshot.requests.keys.sorted() {
            lines.append("prongsai_http_requests_total{method=\"\(key.method)\",status=\"\(key.statusClass)xx\"} \(snapshot.requests[key]!)")
        }
        lines += [
            "# HELP prongsai_http_request_duration_seconds Time to answer a request.",
            "# TYPE prongsai_http_request_duration_seconds histogram",
        ]
        for (index, bound) in Self.buckets.enumerated() {
            lines.append("prongsai_http_request_duration_seconds_bucket{le=\"\(bound)\"} \(snapshot.bucketCounts[index])")
        }
        lines.append("prongsai_http_request_duration_seconds_bucket{le=\"+Inf\"} \(snapshot.count)")
        lines.append("prongsai_http_request_duration_seconds_sum \(snapshot.sum)")
        lines.append("prongsai_http_request_duration_seconds_count \(snapshot.count)")
        lines += [
            "# HELP prongsai_uptime_seconds Seconds since the server started.",
            "# TYPE prongsai_uptime_seconds gauge",
            "prongsai_uptime_seconds \(Int(Date().timeIntervalSince(started)))",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
