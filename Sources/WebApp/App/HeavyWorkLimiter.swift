import Hummingbird
import Synchronization

/// Bounds work that takes seconds of CPU or a child process (PDF rendering, imports, attachment
/// cleaning): at most `concurrency` jobs run at once and at most `queueLimit` wait for a turn, in
/// order. Past that a request is refused at once with 503 and `Retry-After`, so a burst of anonymous
/// requests queues a few jobs instead of starving sign-in and every other page.
///
/// Use: `try await environment.heavyWork.run { … }` around the heavy part only.
public final class HeavyWorkLimiter: Sendable {
    private struct Waiter {
        var id: UInt64
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var running = 0
        var waiting: [Waiter] = []
        var nextID: UInt64 = 0
    }

    public let concurrency: Int
    public let queueLimit: Int
    /// Seconds a refused client is told to wait.
    public let retryAfterSeconds: Int
    private let state = Mutex(State())

    public init(concurrency: Int = 2, queueLimit: Int = 6, retryAfterSeconds: Int = 10) {
        self.concurrency = max(1, concurrency)
        self.queueLimit = max(0, queueLimit)
        self.retryAfterSeconds = retryAfterSeconds
    }

    /// Runs `work` when a slot is free; throws `HeavyWorkBusy` when the queue is full.
    public func run<T: Sendable>(_ work: () async throws -> T) async throws -> T {
        try await acquire()
        defer { release() }
        return try await work()
    }

    /// Jobs running and waiting now.
    public var load: (running: Int, waiting: Int) {
        state.withLock { ($0.running, $0.waiting.count) }
    }

    private func acquire() async throws {
        enum Decision { case run, wait(UInt64), refuse }
        let decision = state.withLock { state -> Decision in
            if state.running < concurrency {
                state.running += 1
                return .run
            }
            guard state.waiting.count < queueLimit else { return .refuse }
            state.nextID += 1
            return .wait(state.nextID)
        }
        switch decision {
        case .run:
            return
        case .refuse:
            throw HeavyWorkBusy(retryAfterSeconds: retryAfterSeconds)
        case .wait(let id):
            try await withTaskCancellationHandler {
                try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                    let cancelled = state.withLock { state -> Bool in
                        if Task.isCancelled { return true }
                        state.waiting.append(Waiter(id: id, continuation: continuation))
                        return false
                    }
                    if cancelled { continuation.resume(throwing: CancellationError()) }
                }
            } onCancel: {
                let waiter = state.withLock { state -> Waiter? in
                    guard let index = state.waiting.firstIndex(where: { $0.id == id }) else { return nil }
                    return state.waiting.remove(at: index)
                }
                waiter?.continuation.resume(throwing: CancellationError())
            }
        }
    }

    /// Hands the slot to the first waiter, or frees it.
    private func release() {
        let next = state.withLock { state -> Waiter? in
            if state.waiting.isEmpty {
                state.running -= 1
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.continuation.resume()
    }
}

/// The refusal when the heavy-work queue is full: 503, `Retry-After`, and a page in Thai and English.
public struct HeavyWorkBusy: Error, HTTPResponseError {
    public var retryAfterSeconds: Int
    public var status: HTTPResponse.Status { .serviceUnavailable }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let minutes = max(1, (retryAfterSeconds + 59) / 60)
        let error = WebError(
            .serviceUnavailable,
            th: "ขณะนี้ระบบกำลังสร้างเอกสารหรือนำเข้าข้อมูลให้ผู้อื่นอยู่หลายรายการ กรุณาลองใหม่ในอีกประมาณ \(minutes) นาที",
            en: "the server is busy making documents or imports for others; please try again in about \(minutes) minute\(minutes == 1 ? "" : "s")")
        var response = try error.response(from: request, context: context)
        response.headers[.retryAfter] = String(retryAfterSeconds)
        return response
    }
}
