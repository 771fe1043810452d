import Foundation

/// Runs blocking work on a Dispatch thread, so the Swift concurrency pool that the other tests share stays free.
enum OffThePool {
    static func run<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }
}
