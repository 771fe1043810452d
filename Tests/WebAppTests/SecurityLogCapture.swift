import Foundation
import Logging
import Synchronization

/// Keeps every log line in memory, message and metadata, so a test can search them for secrets.
final class SecurityLogCapture: Sendable {
    private let lines = Mutex<[String]>([])

    var captured: [String] { lines.withLock { $0 } }

    func append(_ line: String) {
        lines.withLock { $0.append(line) }
    }

    /// A logger at trace level whose every line lands here.
    func logger() -> Logger {
        var logger = Logger(label: "prongsai-security-test") { label in CapturingHandler(label: label, capture: self) }
        logger.logLevel = .trace
        return logger
    }

    struct CapturingHandler: LogHandler {
        let label: String
        let capture: SecurityLogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { $1 }
            let fields = all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            capture.append("\(event.level) \(label) \(event.message) \(fields) \(event.source) \(event.file):\(event.line)")
        }
    }
}
