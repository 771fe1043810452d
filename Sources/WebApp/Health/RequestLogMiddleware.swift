import Foundation
import Hummingbird
import Logging

/// One structured log line per request — method, path without its query, status, time — and the metrics.
/// Never the query string, cookies, headers or body: they can hold tokens and passwords.
///
/// A reporter's routes are different: no line at all unless the server failed (5xx), and then with the
/// day only (`timePrecision: day`, honoured by `JSONLogHandler`), because the channel keeps no time finer
/// than the day for anything a reporter does and a log collector stamps every line it receives. The
/// metrics leave every complaint route out: a counter that moves when a report is filed tells the time too.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: RequestMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        let reporter = ComplaintPaths.isReporter(path)
        var context = context
        if reporter { context.logger[metadataKey: "timePrecision"] = "day" }
        let start = ContinuousClock.now
        var status = 500
        defer {
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            if !ComplaintPaths.isComplaint(path) {
                metrics.record(method: request.method.rawValue, status: status, seconds: seconds)
            }
            if !reporter || status >= 500 {
                context.logger.info(
                    "request",
                    metadata: [
                        "method": .string(request.method.rawValue), "path": .string(path),
                        "status": .stringConvertible(status),
                        // A reporter's failure keeps no duration either: with the day, it is all that is needed.
                        "ms": reporter ? "-" : .stringConvertible((seconds * 100_000).rounded() / 100),
                    ])
            }
        }
        do {
            let response = try await next(request, context)
            status = Int(response.status.code)
            return response
        } catch let error as any HTTPResponseError {
            status = Int(error.status.code)
            throw error
        }
    }
}

/// Which paths belong to the complaint channel, for the request log and the metrics.
enum ComplaintPaths {
    /// A reporter's pages and what they load: `/public/<agency>/complaints…` and the channel's stylesheet.
    static func isReporter(_ path: String) -> Bool {
        if path == "/assets/complaints.css" { return true }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        return segments.count >= 3 && segments[0] == "public" && segments[2] == "complaints"
    }

    /// Any route of the channel, the officers' and the API's too.
    static func isComplaint(_ path: String) -> Bool {
        isReporter(path) || path.split(separator: "/").contains { $0 == "complaints" }
    }
}
