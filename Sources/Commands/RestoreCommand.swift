import ArgumentParser
import Bootstrap

/// `prongsai restore` — a backup file into an empty database (stop the server first).
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "กู้คืนฐานข้อมูลจากไฟล์สำรอง / restore a backup into an empty database (SQLite, or pg_restore).")

    @Argument(help: "The backup file made by `prongsai backup`.")
    var file: String

    @Option(name: .customLong("data"), help: "The data folder of the SQLite database (PRONGSAI_DATA; default ./prongsai-data).")
    var data: String?

    @Option(help: "postgres://… (or sqlite:FILE) instead of the data folder (PRONGSAI_DATABASE_URL).")
    var database: String?

    @Flag(help: "Overwrite a database that already has Prongsai tables.")
    var replace = false

    func run() async throws {
        let target = try resolveDatabase(data: data, database: database)
        do {
            try await DatabaseBackup.restore(file, into: target, replace: replace)
        } catch let failure as DatabaseBackup.Failure {
            Console.error(failure.description)
            throw ExitCode(65)
        }
        Console.error("กู้คืนแล้ว / restored from \(file)")
    }
}
