import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs one external program to completion or until a deadline, its output kept in a log file.
struct ToolProcess {
    var executable: URL
    var arguments: [String]
    /// Where stdout and stderr go; a file, not a pipe, so a chatty tool can never block on a full pipe.
    var logFile: URL
    var environment: [String: String]?

    enum Outcome: Equatable {
        case exited(Int32)
        case timedOut
    }

    /// Starts the program and waits for it; stops it (SIGTERM, then SIGKILL) at the timeout.
    func run(timeout: Duration) throws -> Outcome {
        try Data().write(to: logFile)
        let log = try FileHandle(forWritingTo: logFile)
        defer { try? log.close() }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = log
        process.standardError = log
        if let environment { process.environment = environment }
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()

        if finished.wait(timeout: .now() + Self.seconds(timeout)) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 3) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                _ = finished.wait(timeout: .now() + 3)
            }
            return .timedOut
        }
        return .exited(process.terminationStatus)
    }

    /// The last few lines of the log, for an error message.
    func logTail(lines: Int = 12) -> String {
        guard let text = try? String(contentsOf: logFile, encoding: .utf8) else { return "" }
        return text.split(separator: "\n").suffix(lines).joined(separator: "\n")
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
