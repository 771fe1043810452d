import Hummingbird

/// `/health` for load balancers and start-up checks, `/metrics` for Prometheus.
struct HealthRoutes {
    let metrics: RequestMetrics

    func register(on routes: RouteTable) {
        routes.get("/health", .anyone) { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        }
        routes.get("/metrics", .anyone) { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: metrics.exposition())))
        }
    }
}
