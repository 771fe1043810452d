import Foundation
import GRDB
@testable import SQLiteStorage
import Storage
import Testing
import Workbench

/// What only the SQLite adapter promises: a file that persists, a recorded schema, a trail SQLite
/// itself keeps append-only, all-or-nothing writes, WAL.
@Suite struct SQLiteStoreTests {
    typealias F = StorageFixtures

    @Test func aReopenedFileSeesTheData() async throws {
        let path = SQLiteTestFile.makePath()
        let agency = F.agency()
        let plan = F.plan(agency: agency)
        do {
            let store = try SQLiteStore(path: path)
            try await store.repositories.agencies.insertAgency(agency, divisions: ["สำนักปลัด"], actor: F.actor)
            try await store.repositories.plans.insertPlan(plan, actor: F.actor)
        }
        let reopened = try SQLiteStore(path: path).repositories
        #expect(try await reopened.agencies.fetchAgency(id: agency.id) == agency)
        #expect(try await reopened.agencies.fetchDivisions(agency: agency.id).map(\.name) == ["สำนักปลัด"])
        #expect(try await reopened.plans.fetchPlan(agency: agency.id, year: 2566) == plan)
        #expect(try await reopened.audit.fetchAuditEvents(agency: agency.id, limit: 10).map(\.entity) == ["plan", "agency"])
    }

    @Test func migrationsRunOnceAndAreRecorded() async throws {
        let path = SQLiteTestFile.makePath()
        _ = try SQLiteStore(path: path)
        let again = try SQLiteStore(path: path)
        let applied = try await again.writer.read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
        }
        #expect(applied == ["v1-agencies-users", "v2-plans", "v3-progress-evidence", "v4-audit-trail", "v5-oit-disclosure", "v6-complaint-channel", "v7-criteria-versions", "v8-officer-key-trust"])
        #expect(try await again.writer.read { db in try SQLiteStore.migrator.hasCompletedMigrations(db) })
    }

    @Test func theDatabaseRefusesToChangeTheAuditTrail() async throws {
        let store = try SQLiteStore(path: SQLiteTestFile.makePath())
        try await store.repositories.agencies.insertAgency(F.agency(), divisions: [], actor: F.actor)
        for sql in ["UPDATE audit_event SET action = 'forged'", "DELETE FROM audit_event"] {
            let error = await #expect(throws: DatabaseError.self) {
                try await store.writer.write { db in try db.execute(sql: sql) }
            }
            #expect(error?.message == "audit_event is append-only")
        }
        let events = try await store.repositories.audit.fetchAuditEvents(agency: nil, limit: 10)
        #expect(events.map(\.action) == ["create"])
    }

    @Test func aFailedWriteLeavesNoRows() async throws {
        let store = try SQLiteStore(path: SQLiteTestFile.makePath())
        let repositories = store.repositories
        let agency = F.agency()
        try await repositories.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        let plan = F.plan(agency: agency)
        try await repositories.plans.insertPlan(plan, actor: F.actor)
        let entry = F.progress(for: plan.measures[0], day: 5)
        try await repositories.plans.insertProgress(entry, evidence: [F.evidence(for: entry, bytes: Data("a".utf8))], actor: F.actor)
        let before = try await counts(store)

        // The entry row is written before the stray evidence is found, so only a rollback removes it.
        let stray = F.progress(for: plan.measures[0], day: 25)
        var wrong = F.evidence(for: entry, bytes: Data("b".utf8))
        wrong.file.sha256 = String(repeating: "b", count: 64)
        await #expect(throws: StorageError.conflict("evidence \(wrong.file.id) does not belong to progress entry \(stray.id)")) {
            try await repositories.plans.insertProgress(stray, evidence: [wrong], actor: F.actor)
        }
        await #expect(throws: StorageError.duplicate(field: "planYear", value: "2566")) {
            try await repositories.plans.insertPlan(F.plan(agency: agency, measures: ["อีกมาตรการ"]), actor: F.actor)
        }
        #expect(try await counts(store) == before)
        #expect(before == ["progress_entry": 1, "evidence_file": 1, "blob": 1, "measure": 2, "audit_event": 4])
    }

    @Test func theFileIsInWALModeWithFullSyncAndForeignKeys() async throws {
        let store = try SQLiteStore(path: SQLiteTestFile.makePath())
        let (journal, synchronous, foreignKeys) = try await store.writer.write { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA synchronous"),
             try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(journal == "wal")
        #expect(synchronous == 2)  // FULL
        #expect(foreignKeys == 1)
    }

    @Test func datesAndDecimalsComeBackBitForBit() async throws {
        let repositories = try SQLiteStore.inMemory().repositories
        var agency = F.agency()
        agency.createdAt = Date(timeIntervalSinceReferenceDate: 721_000_000.123_456_789)
        try await repositories.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        #expect(try await repositories.agencies.fetchAgency(id: agency.id)?.createdAt == agency.createdAt)
        var plan = F.plan(agency: agency)
        plan.year.result.indicators[6] = Decimal(string: "88.123456789012345678901234567")!
        try await repositories.plans.insertPlan(plan, actor: F.actor)
        #expect(try await repositories.plans.fetchPlan(agency: agency.id, year: 2566)?.year.result == plan.year.result)
    }

    @Test func theSchemaRefusesProgressOfAnotherAgencysMeasure() async throws {
        let store = try SQLiteStore.inMemory()
        let mine = F.agency("thapkhlo"), other = F.agency("wangsai")
        try await store.repositories.agencies.insertAgency(mine, divisions: [], actor: F.actor)
        try await store.repositories.agencies.insertAgency(other, divisions: [], actor: F.actor)
        let plan = F.plan(agency: mine)
        try await store.repositories.plans.insertPlan(plan, actor: F.actor)
        await #expect(throws: DatabaseError.self) {
            try await store.writer.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO progress_entry (id, measure_id, agency_id, date, text, status, percent, author_name, created_at)
                        VALUES (?, ?, ?, '2565-11-01', 'x', 'inProgress', 0, 'x', 0)
                        """,
                    arguments: [UUID().uuidString.lowercased(), plan.measures[0].id.description, other.id.description])
            }
        }
    }

    private func counts(_ store: SQLiteStore) async throws -> [String: Int] {
        try await store.writer.read { db in
            var counts: [String: Int] = [:]
            for table in ["progress_entry", "evidence_file", "blob", "measure", "audit_event"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)")
            }
            return counts
        }
    }
}
