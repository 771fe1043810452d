import Foundation
import SQLiteStorage
import Storage

extension StorageAdapter {
    /// SQLite in memory, and on disk as production runs it: a WAL pool on a fresh temporary file.
    static var sqliteAdapters: [StorageAdapter] {
        [
            StorageAdapter(name: "sqlite-memory") { try SQLiteStore.inMemory().repositories },
            StorageAdapter(name: "sqlite-file") { try SQLiteStore(path: SQLiteTestFile.makePath()).repositories },
        ]
    }
}

/// Fresh database paths for tests, one directory per test run under the system's temporary directory.
enum SQLiteTestFile {
    static let directory: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("prongsai-sqlite-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        // The databases matter only while their test runs; without this every run would leave megabytes of WAL behind.
        atexit { try? FileManager.default.removeItem(at: SQLiteTestFile.directory) }
        return url
    }()

    /// A path where no database exists yet.
    static func makePath() -> String {
        directory.appendingPathComponent("\(UUID().uuidString.lowercased()).sqlite").path
    }
}
