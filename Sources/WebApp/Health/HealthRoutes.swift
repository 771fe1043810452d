import Crypto
import Foundation
import Hummingbird

/// `/health` for load balancers and start-up checks, `/metrics` for Prometheus.
///
/// `/metrics` answers only with `Authorization: Bearer <token>` when a token is configured
/// (`--metrics-token`, `PRONGSAI_METRICS_TOKEN`); without one configured it does not exist (404), and a
/// missing or wrong token is 401.
struct HealthRoutes {
    let metrics: RequestMetrics
    var token: String?

    func register(on routes: RouteTable) {
        routes.get("/health", .anyone) { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        }
        let token = token
        routes.get("/metrics", .anyone) { request, _ in
            guard let token else { return Response(status: .notFound) }
            guard Self.matches(request.headers[.authorization], token: token) else {
                return Response(status: .unauthorized, headers: [.wwwAuthenticate: "Bearer"])
            }
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: metrics.exposition())))
        }
    }

    /// Compares digests, so the time taken does not depend on how much of the token was right.
    static func matches(_ header: String?, token: String) -> Bool {
        guard let header, header.hasPrefix("Bearer ") else { return false }
        let given = SHA256.hash(data: Data(header.dropFirst("Bearer ".count).utf8))
        let wanted = SHA256.hash(data: Data(token.utf8))
        return zip(given, wanted).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
