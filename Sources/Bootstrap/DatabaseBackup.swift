import Foundation
import PostgresStorage
import SQLiteStorage

/// `prongsai backup` and `restore` for whichever database the configuration names.
public enum DatabaseBackup {
    /// Why a backup or restore could not be done, in Thai and English.
    public struct Failure: Error, CustomStringConvertible {
        public var messageTH: String
        public var messageEN: String
        public var description: String { "\(messageTH)\n\(messageEN)" }
    }

    /// Copies the database to `file`: SQLite's online backup, or `pg_dump` in the custom format.
    public static func backup(_ database: ServerConfiguration.Database, to file: String) async throws {
        do {
            switch database {
            case .sqlite(let path):
                guard FileManager.default.fileExists(atPath: path) else {
                    throw Failure(messageTH: "ไม่พบฐานข้อมูล \(path)", messageEN: "no database at \(path)")
                }
                try SQLiteBackup.backup(database: path, to: file)
            case .postgres(let url):
                try await PostgresBackup.dump(url: url, to: file)
            }
        } catch {
            throw failure(error)
        }
    }

    /// Restores `file` into the database; one that already has Prongsai tables is refused unless `replace`.
    public static func restore(_ file: String, into database: ServerConfiguration.Database, replace: Bool) async throws {
        guard FileManager.default.fileExists(atPath: file) else {
            throw Failure(messageTH: "ไม่พบไฟล์สำรอง \(file)", messageEN: "no backup file at \(file)")
        }
        do {
            switch database {
            case .sqlite(let path):
                try FileManager.default.createDirectory(
                    at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
                try SQLiteBackup.restore(from: file, to: path, replace: replace)
            case .postgres(let url):
                try await PostgresBackup.restore(from: file, url: url, replace: replace)
            }
        } catch {
            throw failure(error)
        }
    }

    static func failure(_ error: any Error) -> any Error {
        switch error {
        case let failure as Failure: return failure
        case SQLiteBackup.Failure.notAProngsaiDatabase(let path):
            return Failure(
                messageTH: "\(path) ไม่ใช่ฐานข้อมูล SQLite ของโปร่งใส", messageEN: "\(path) is not a Prongsai SQLite database")
        case SQLiteBackup.Failure.targetNotEmpty(let path):
            return Failure(
                messageTH: "ฐานข้อมูล \(path) มีข้อมูลอยู่แล้ว ไม่กู้คืนทับ (ใช้ --replace หากต้องการแทนที่)",
                messageEN: "the database \(path) already has tables; not restoring over it (use --replace to overwrite)")
        case PostgresBackup.Failure.toolMissing(let tool):
            return Failure(
                messageTH: "ไม่พบโปรแกรม \(tool) กรุณาติดตั้ง postgresql-client", messageEN: "\(tool) is not on PATH; install postgresql-client")
        case PostgresBackup.Failure.toolFailed(let tool, let status, let message):
            return Failure(
                messageTH: "\(tool) ทำงานไม่สำเร็จ (รหัส \(status)): \(message)", messageEN: "\(tool) failed (status \(status)): \(message)")
        case PostgresBackup.Failure.notADump(let path):
            return Failure(
                messageTH: "\(path) ไม่ใช่ไฟล์สำรองของ pg_dump", messageEN: "\(path) is not a pg_dump custom-format backup")
        case PostgresBackup.Failure.targetNotEmpty:
            return Failure(
                messageTH: "ฐานข้อมูลปลายทางมีตารางของโปร่งใสอยู่แล้ว ไม่กู้คืนทับ (ใช้ --replace หากต้องการแทนที่)",
                messageEN: "the target database already has Prongsai tables; not restoring over it (use --replace to overwrite)")
        case PostgresBackup.Failure.unreachable(let server):
            return Failure(messageTH: "ติดต่อเซิร์ฟเวอร์ \(server) ไม่ได้", messageEN: "the server \(server) does not answer")
        default:
            return Failure(messageTH: "สำรองหรือกู้คืนไม่สำเร็จ: \(error)", messageEN: "backup or restore failed: \(error)")
        }
    }
}
