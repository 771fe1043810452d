import Foundation
import GRDB
@testable import PostgresStorage
import SQLiteStorage
import Storage
import Testing
import Workbench

/// A backup restored into an empty instance holds every row of every table.
@Suite struct BackupRestoreTests {
    typealias F = StorageFixtures

    /// Agencies, users, sessions, a plan with measures, progress with evidence, audit: rows in most tables.
    static func fill(_ repositories: Repositories) async throws {
        let agency = F.agency()
        try await repositories.agencies.insertAgency(agency, divisions: ["สำนักปลัด", "กองคลัง"], actor: F.actor)
        let user = F.user("officer", agency: agency)
        try await repositories.users.insertUser(user, actor: F.actor)
        try await repositories.users.insertSession(
            SessionRecord(tokenHash: "hash", userID: user.id, csrfToken: "csrf", expiresAt: F.now.addingTimeInterval(3600)))
        let plan = F.plan(agency: agency)
        try await repositories.plans.insertPlan(plan, actor: F.actor)
        let entry = F.progress(for: plan.measures[0], day: 3)
        try await repositories.plans.insertProgress(
            entry, evidence: [F.evidence(for: entry, bytes: Data("%PDF-1.4 รายงาน".utf8))], actor: F.actor)
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("prongsai-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func sqliteRestoresEveryRowAndRefusesATargetWithTables() async throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = directory.appendingPathComponent("source.sqlite").path
        let backup = directory.appendingPathComponent("backup.sqlite").path
        let restored = directory.appendingPathComponent("restored/prongsai.sqlite").path
        try await Self.fill(try SQLiteStore(path: source).repositories)

        try SQLiteBackup.backup(database: source, to: backup)
        try FileManager.default.createDirectory(
            atPath: (restored as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try SQLiteBackup.restore(from: backup, to: restored, replace: false)

        // Attach the restored copy to the original and compare each table both ways.
        let queue = try DatabaseQueue(path: source)
        let compared = try await queue.writeWithoutTransaction { db -> [String: Int] in
            try db.execute(sql: "ATTACH DATABASE ? AS restored", arguments: [restored])
            let tables = try String.fetchAll(db, sql: "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            let restoredTables = try String.fetchAll(db, sql: "SELECT name FROM restored.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            #expect(tables == restoredTables)
            var counts: [String: Int] = [:]
            for table in tables {
                let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM main.\"\(table)\"") ?? -1
                #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM restored.\"\(table)\"") == count, "\(table)")
                for (left, right) in [("main", "restored"), ("restored", "main")] {
                    let missing = try Int.fetchOne(db, sql: """
                        SELECT count(*) FROM (SELECT * FROM \(left)."\(table)" EXCEPT SELECT * FROM \(right)."\(table)")
                        """)
                    #expect(missing == 0, "\(table): rows of \(left) missing from \(right)")
                }
                counts[table] = count
            }
            return counts
        }
        #expect(compared.count >= 10)
        #expect(compared.values.reduce(0, +) > 10)
        print("sqlite restore compared \(compared.count) tables, \(compared.values.reduce(0, +)) rows")

        #expect(throws: SQLiteBackup.Failure.targetNotEmpty(path: restored)) {
            try SQLiteBackup.restore(from: backup, to: restored, replace: false)
        }
        try SQLiteBackup.restore(from: backup, to: restored, replace: true)
        #expect(throws: SQLiteBackup.Failure.notAProngsaiDatabase(path: restored + ".none")) {
            try Data("not a database".utf8).write(to: URL(fileURLWithPath: restored + ".none"))
            try SQLiteBackup.restore(from: restored + ".none", to: restored, replace: true)
        }
    }

    @Test(.enabled(if: PostgresTestServer.url != nil, "PRONGSAI_TEST_POSTGRES_URL is not set"))
    func postgresRestoresEveryRowIntoAnEmptyDatabase() async throws {
        let schema = PostgresTestServer.newSchema()
        let source = try await PostgresTestServer.makeStore(schema: schema)
        try await Self.fill(source.repositories)
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("backup.dump").path
        let sourceURL = try Self.url(database: nil, schema: schema)
        try await PostgresBackup.dump(url: sourceURL, to: file)

        // An empty database of its own, dropped afterwards.
        let database = "prongsai_restore_\(UUID().uuidString.lowercased().prefix(8))"
        try await source.read { db in try await db.execute("CREATE DATABASE \(unescaped: database)") }
        let targetURL = try Self.url(database: database, schema: schema)
        do {
            #expect(try await PostgresBackup.hasProngsaiTables(url: targetURL) == false)
            try await PostgresBackup.restore(from: file, url: targetURL, replace: false)
            #expect(try await PostgresBackup.hasProngsaiTables(url: targetURL))
            await #expect(throws: PostgresBackup.Failure.targetNotEmpty) {
                try await PostgresBackup.restore(from: file, url: targetURL, replace: false)
            }
            try await PostgresBackup.restore(from: file, url: targetURL, replace: true)

            let target = try PostgresStore(url: targetURL)
            let running = Task { await target.run() }
            defer { running.cancel() }
            let tables = try await Self.tables(source, schema: schema)
            let targetTables = try await Self.tables(target, schema: schema)
            #expect(tables.map { "\($0.0)(\($0.1))" } == targetTables.map { "\($0.0)(\($0.1))" })
            var rows = 0
            for (table, key) in tables {
                let left = try await Self.rows(source, table: table, key: key)
                let right = try await Self.rows(target, table: table, key: key)
                #expect(left == right, "\(table)")
                rows += left.count
            }
            #expect(tables.count >= 10 && rows > 10)
            print("postgres restore compared \(tables.count) tables, \(rows) rows")
        } catch {
            try? await Self.dropDatabase(database, with: source)
            throw error
        }
        try await Self.dropDatabase(database, with: source)
    }

    static func url(database: String?, schema: String) throws -> String {
        let base = try #require(PostgresTestServer.url)
        var components = try #require(URLComponents(string: base))
        if let database { components.path = "/\(database)" }
        components.queryItems = (components.queryItems ?? []) + [URLQueryItem(name: "schema", value: schema)]
        return try #require(components.string)
    }

    static func dropDatabase(_ name: String, with store: PostgresStore) async throws {
        try await store.read { db in try await db.execute("DROP DATABASE IF EXISTS \(unescaped: name) WITH (FORCE)") }
    }

    /// Each table of the schema with its primary-key columns, by name.
    static func tables(_ store: PostgresStore, schema: String) async throws -> [(String, String)] {
        let rows = try await store.read { db in
            try await db.fetch("""
                SELECT c.relname, coalesce((
                    SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY array_position(i.indkey, a.attnum))
                    FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
                    WHERE i.indrelid = c.oid AND i.indisprimary), '1')
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = \(schema) AND c.relkind IN ('r', 'p') ORDER BY c.relname
                """, as: (String, String).self)
        }
        return rows.map { ($0.0, $0.1) }
    }

    /// Every row as JSON text, in primary-key order.
    static func rows(_ store: PostgresStore, table: String, key: String) async throws -> [String] {
        try await store.read { db in
            try await db.fetch("SELECT row_to_json(t)::text FROM \(unescaped: table) t ORDER BY \(unescaped: key)", as: String.self)
        }
    }
}
