import Foundation
import Testing

/// `prongsai backup` and `restore` refuse clearly, in Thai and English, with a non-zero exit.
@Suite struct BackupCommandTests {
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> ProngsaiBinary.Run {
        let process = Process()
        process.executableURL = ProngsaiBinary.url
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            .filter { $0.key != "PRONGSAI_DATABASE_URL" && $0.key != "PRONGSAI_DATA" }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return .init(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func aMissingBackupFileIsNamed() throws {
        let directory = try ProngsaiBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try Self.run(["restore", directory.appendingPathComponent("none.sqlite").path, "--data", directory.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("ไม่พบไฟล์สำรอง") && result.stderr.contains("no backup file"))
    }

    @Test func aMissingDatabaseIsNamed() throws {
        let directory = try ProngsaiBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try Self.run(["backup", "--data", directory.path, "-o", directory.appendingPathComponent("b").path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("ไม่พบฐานข้อมูล") && result.stderr.contains("no database at"))
    }

    @Test func aFileThatIsNotAProngsaiDatabaseIsRefused() throws {
        let directory = try ProngsaiBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("notes.txt")
        try Data("not a database".utf8).write(to: file)
        let result = try Self.run(["restore", file.path, "--data", directory.appendingPathComponent("data").path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("ไม่ใช่ฐานข้อมูล SQLite ของโปร่งใส") && result.stderr.contains("not a Prongsai SQLite database"))
    }

    @Test func aMissingPgDumpIsNamed() throws {
        let directory = try ProngsaiBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try Self.run(
            ["backup", "--database", "postgres://prongsai:secret@127.0.0.1:1/none", "-o", directory.appendingPathComponent("b").path],
            environment: ["PATH": directory.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("ไม่พบโปรแกรม pg_dump") && result.stderr.contains("pg_dump is not on PATH"))
        #expect(!result.stderr.contains("secret"))
    }
}
