import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A URLSession that reports each request's first response and stops there: redirects are handed back
/// instead of followed, and a GET's body is not downloaded (a disclosure PDF can be large).
final class ProbeSession: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`: continuations waiting per task, resumed exactly once.
    private var waiting: [Int: CheckedContinuation<ProbeAnswer, Never>] = [:]
    private var session: URLSession?
    private let timeout: TimeInterval

    init(policy: LinkCheckPolicy) {
        timeout = policy.timeout
        super.init()
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = policy.timeout
        configuration.timeoutIntervalForResource = policy.timeout
        configuration.httpShouldSetCookies = false
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpMaximumConnectionsPerHost = policy.concurrency
        session = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
    }

    func close() {
        session?.invalidateAndCancel()
    }

    /// One request; never throws: an error is an answer too.
    func send(_ url: URL, method: String) async -> ProbeAnswer {
        guard let session else { return .failed("closed") }
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpMethod = method
        request.setValue("Prongsai link check (ITA OIT)", forHTTPHeaderField: "User-Agent")
        let task = session.dataTask(with: request)
        let timeout = self.timeout
        return await withCheckedContinuation { continuation in
            lock.withLock { waiting[task.taskIdentifier] = continuation }
            task.resume()
            // URLSession's own timeout counts idle time; this one bounds the whole request.
            Task { [weak self] in
                try? await Task.sleep(for: .seconds(timeout + 0.5))
                self?.finish(task, .failed("timed out after \(Int(timeout)) s"))
                task.cancel()
            }
        }
    }

    private func finish(_ task: URLSessionTask, _ answer: ProbeAnswer) {
        let continuation = lock.withLock { waiting.removeValue(forKey: task.taskIdentifier) }
        continuation?.resume(returning: answer)
    }

    private static func answer(_ response: URLResponse) -> ProbeAnswer {
        guard let http = response as? HTTPURLResponse else { return .failed("not an HTTP answer") }
        return .answered(status: http.statusCode, location: http.value(forHTTPHeaderField: "Location"))
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        finish(task, Self.answer(response))
        completionHandler(nil)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        finish(dataTask, Self.answer(response))
        completionHandler(.cancel)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        if let response = task.response {
            finish(task, Self.answer(response))
        } else {
            finish(task, .failed(Self.reason(error)))
        }
    }

    static func reason(_ error: (any Error)?) -> String {
        guard let error = error as? URLError else { return error.map { "\($0)" } ?? "no answer" }
        switch error.code {
        case .timedOut: return "timed out"
        case .cannotConnectToHost: return "connection refused"
        case .cannotFindHost, .dnsLookupFailed: return "unknown host"
        case .notConnectedToInternet: return "no network"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate: return "TLS certificate problem"
        default: return "no answer (\(error.code.rawValue))"
        }
    }
}
