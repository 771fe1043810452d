import Foundation
import PostgresNIO

/// Copies a Prongsai PostgreSQL database (or its schema) with `pg_dump` in the custom format, and restores
/// it with `pg_restore`. The tools must be on PATH; the password reaches them through the environment,
/// never the command line.
public enum PostgresBackup {
    public enum Failure: Error, Equatable {
        /// `pg_dump` or `pg_restore` is not on PATH.
        case toolMissing(String)
        /// The tool ran and failed; its own message follows.
        case toolFailed(tool: String, status: Int32, message: String)
        /// The file is not a `pg_dump` custom-format archive.
        case notADump(path: String)
        /// The target already has Prongsai tables; restoring over them needs `replace`.
        case targetNotEmpty
        /// The target server did not answer.
        case unreachable(String)
    }

    /// Writes the database named by `url` (only its schema when the URL names one) to `file`.
    public static func dump(url: String, to file: String) async throws {
        let parsed = try PostgresURL(url)
        let tool = try locate("pg_dump")
        let partial = file + ".partial"
        var arguments = ["--format=custom", "--no-password", "--file=\(partial)"]
        if let schema = parsed.schema { arguments.append("--schema=\(schema)") }
        do {
            try run(tool, arguments + ["--dbname=\(parsed.database ?? parsed.username)"], url: parsed)
            // rename(2) swaps the finished file in at once, replacing an older backup of the same name.
            guard rename(partial, file) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file]) }
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
    }

    /// Restores `file` into the database named by `url`, in one transaction. A database whose schema already
    /// holds Prongsai tables is refused unless `replace`, which drops the dumped objects before recreating them.
    public static func restore(from file: String, url: String, replace: Bool) async throws {
        let parsed = try PostgresURL(url)
        let tool = try locate("pg_restore")
        guard let head = FileManager.default.contents(atPath: file)?.prefix(5), head.elementsEqual("PGDMP".utf8) else {
            throw Failure.notADump(path: file)
        }
        if try await hasProngsaiTables(url: url), !replace { throw Failure.targetNotEmpty }
        var arguments = ["--no-password", "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction"]
        if replace { arguments += ["--clean", "--if-exists"] }
        try run(tool, arguments + ["--dbname=\(parsed.database ?? parsed.username)", file], url: parsed)
    }

    /// Whether the URL's schema (or the server's search path) has `prongsai_migration`, which every
    /// migrated Prongsai database has. Gives up after 15 s: the pool would wait for a server for ever.
    public static func hasProngsaiTables(url: String) async throws -> Bool {
        let store = try PostgresStore(url: url)
        let running = Task { await store.run() }
        defer { running.cancel() }
        return try await withThrowingTaskGroup(of: Bool?.self) { group in
            group.addTask {
                try await store.read { db in
                    try await db.fetch("SELECT to_regclass('prongsai_migration') IS NOT NULL", as: Bool.self).first ?? false
                }
            }
            group.addTask {
                try await Task.sleep(for: .seconds(15))
                return nil
            }
            defer { group.cancelAll() }
            guard let answer = try await group.next() ?? nil else {
                throw Failure.unreachable("\(parsed(url)?.host ?? "?"):\(parsed(url)?.port ?? 5432)")
            }
            return answer
        }
    }

    private static func parsed(_ url: String) -> PostgresURL? { try? PostgresURL(url) }

    /// The tool's path on PATH.
    static func locate(_ name: String) throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw Failure.toolMissing(name)
    }

    /// Runs a libpq tool against the URL's server: host, port, user, password and sslmode through PG* variables.
    private static func run(_ tool: String, _ arguments: [String], url: PostgresURL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PGHOST"] = url.host
        environment["PGPORT"] = String(url.port)
        environment["PGUSER"] = url.username
        environment["PGSSLMODE"] = url.sslMode
        environment["PGPASSWORD"] = url.password
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let name = URL(fileURLWithPath: tool).lastPathComponent
            throw Failure.toolFailed(
                tool: name, status: process.terminationStatus,
                message: String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}
