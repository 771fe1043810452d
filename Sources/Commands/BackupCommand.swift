import ArgumentParser
import Bootstrap

/// `prongsai backup` — a consistent copy of the database in one file, even while the server runs.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "สำรองฐานข้อมูลเป็นไฟล์เดียว / copy the database to one file (SQLite online backup, or pg_dump).")

    @Option(name: .customLong("data"), help: "The data folder of the SQLite database (PRONGSAI_DATA; default ./prongsai-data).")
    var data: String?

    @Option(help: "postgres://… (or sqlite:FILE) instead of the data folder (PRONGSAI_DATABASE_URL).")
    var database: String?

    @Option(name: .shortAndLong, help: "The backup file to write.")
    var output: String

    func run() async throws {
        let target = try resolveDatabase(data: data, database: database)
        do {
            try await DatabaseBackup.backup(target, to: output)
        } catch let failure as DatabaseBackup.Failure {
            Console.error(failure.description)
            throw ExitCode(65)
        }
        Console.error("สำรองแล้ว / backed up to \(output)")
    }
}

/// The database named by the flags and the environment, the same way `serve` reads them.
func resolveDatabase(data: String?, database: String?) throws -> ServerConfiguration.Database {
    do {
        return try ServerConfiguration.resolve(host: nil, port: nil, data: data, database: database, secureCookies: false).database
    } catch let error as ConfigurationError {
        Console.error(error.description)
        throw ExitCode(64)
    }
}
