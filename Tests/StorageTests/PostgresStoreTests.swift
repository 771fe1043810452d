import Foundation
@testable import PostgresStorage
import Storage
import Testing
import ThaiText
import Workbench

/// What the contract suite cannot see: the schema, its migrations, the audit trigger and transactions.
@Suite(.enabled(if: PostgresTestServer.url != nil, "PRONGSAI_TEST_POSTGRES_URL is not set"))
struct PostgresStoreTests {
    typealias F = StorageFixtures

    @Test func migrationsAreRecordedOnceAndCanRunAgain() async throws {
        let store = try await PostgresTestServer.makeStore()
        let agency = F.agency()
        try await store.repositories.agencies.insertAgency(agency, divisions: ["สำนักปลัด"], actor: F.actor)
        try await store.migrate()
        try await store.migrate()
        #expect(try await migrationNames(store) == PostgresMigration.all.map(\.name))
        #expect(try await store.repositories.agencies.fetchAgency(id: agency.id) == agency)
    }

    @Test(arguments: 1...3)
    func twoClientsMigratingAtOnceApplyEachStepOnce(round: Int) async throws {
        // Both start on a schema that does not exist yet, as two app processes would on a new database.
        let schema = PostgresTestServer.newSchema()
        let first = try await PostgresTestServer.makeUnmigratedStore(schema: schema)
        let second = try await PostgresTestServer.makeUnmigratedStore(schema: schema)
        async let a: Void = first.migrate()
        async let b: Void = second.migrate()
        _ = try await (a, b)
        #expect(try await migrationNames(second) == PostgresMigration.all.map(\.name))
        try await first.repositories.agencies.insertAgency(F.agency(), divisions: [], actor: F.actor)
        #expect(try await second.repositories.agencies.fetchAgencies().count == 1)
    }

    @Test func anUnknownMigrationMeansANewerVersionAndIsRefused() async throws {
        let store = try await PostgresTestServer.makeStore()
        try await store.write { db in try await db.execute("INSERT INTO prongsai_migration (name) VALUES ('999-future')") }
        await #expect(throws: StorageError.conflict(#"the database was migrated by a newer version: ["999-future"]"#)) {
            try await store.migrate()
        }
    }

    @Test func theAuditTrailRefusesUpdateDeleteAndTruncate() async throws {
        let store = try await PostgresTestServer.makeStore()
        let agency = F.agency()
        try await store.repositories.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        let before = try await store.repositories.audit.fetchAuditEvents(agency: nil, limit: 10)
        #expect(before.count == 1)
        for statement in ["UPDATE audit_event SET action = 'forged'", "DELETE FROM audit_event", "TRUNCATE audit_event"] {
            await #expect(throws: StorageError.self, "\(statement)") {
                try await store.write { db in try await db.execute("\(unescaped: statement)") }
            }
        }
        #expect(try await store.repositories.audit.fetchAuditEvents(agency: nil, limit: 10) == before)
    }

    @Test func aFailedWriteLeavesNoPartialRows() async throws {
        let store = try await PostgresTestServer.makeStore()
        let agency = F.agency()
        try await store.repositories.agencies.insertAgency(agency, divisions: [], actor: F.actor)

        // The year and the first measure are written before the second measure is found to be another plan's.
        var plan = F.plan(agency: agency)
        plan.measures[1].planYear = 2570
        await #expect(throws: StorageError.self) { try await store.repositories.plans.insertPlan(plan, actor: F.actor) }
        // The second measure reuses the first one's id: the failure comes from the database itself.
        var twins = F.plan(agency: agency)
        twins.measures[1].id = twins.measures[0].id
        await #expect(throws: StorageError.duplicate(field: "measure", value: twins.measures[0].id.description)) {
            try await store.repositories.plans.insertPlan(twins, actor: F.actor)
        }
        #expect(try await count(store, "fiscal_year") == 0)
        #expect(try await count(store, "measure") == 0)
        #expect(try await count(store, "audit_event") == 1)

        // Evidence is refused after the entry and the bytes of an earlier file were written.
        let good = F.plan(agency: agency)
        try await store.repositories.plans.insertPlan(good, actor: F.actor)
        let entry = F.progress(for: good.measures[0], day: 3)
        let kept = F.evidence(for: entry, bytes: Data("first".utf8))
        var stray = F.evidence(for: entry, bytes: Data("second".utf8))
        stray.file.measureID = good.measures[1].id
        await #expect(throws: StorageError.self) {
            try await store.repositories.plans.insertProgress(entry, evidence: [kept, stray], actor: F.actor)
        }
        for table in ["progress_entry", "evidence_file", "blob"] {
            #expect(try await count(store, table) == 0, "\(table)")
        }
        #expect(try await count(store, "audit_event") == 2)
    }

    @Test func twoStoresOnOneSchemaSeeEachOthersWrites() async throws {
        let schema = PostgresTestServer.newSchema()
        let first = try await PostgresTestServer.makeStore(schema: schema).repositories
        let second = try await PostgresTestServer.makeStore(schema: schema).repositories
        let agency = F.agency()
        try await first.agencies.insertAgency(agency, divisions: ["กองคลัง"], actor: F.actor)
        #expect(try await second.agencies.fetchAgency(slug: "thapkhlo") == agency)
        let user = F.user("coordinator", agency: agency)
        try await second.users.insertUser(user, actor: F.actor)
        #expect(try await first.users.fetchUser(username: "coordinator") == user)
        await #expect(throws: StorageError.duplicate(field: "slug", value: "thapkhlo")) {
            try await second.agencies.insertAgency(F.agency(), divisions: [], actor: F.actor)
        }
        #expect(try await first.audit.fetchAuditEvents(agency: agency.id, limit: 10).map(\.entity) == ["user", "agency"])
    }

    @Test func schemasKeepStoresApart() async throws {
        let first = try await PostgresTestServer.makeStore().repositories
        let second = try await PostgresTestServer.makeStore().repositories
        try await first.agencies.insertAgency(F.agency(), divisions: [], actor: F.actor)
        #expect(try await second.agencies.fetchAgencies().isEmpty)
    }

    @Test func decimalsAndTimesComeBackIdentical() async throws {
        let store = try await PostgresTestServer.makeStore().repositories
        let agency = F.agency()
        try await store.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        var plan = F.plan(agency: agency)
        for (indicator, text) in [1: "99.50", 2: "0.000001", 3: "12345678901234567890.123456789", 4: "-0.1", 5: "1E+3"] {
            plan.year.result.indicators[indicator] = Decimal(string: text)
        }
        plan.year.result.total = Decimal(string: "73.3500000000000000000001")
        for (index, seconds) in [1_700_000_000.123, 1_700_000_000.123456, 946_684_799.999999].enumerated() {
            plan.measures[index % 2].updatedAt = Date(timeIntervalSince1970: seconds)
            plan.year.updatedAt = Date(timeIntervalSince1970: seconds)
            try await store.plans.insertPlan(plan, actor: F.actor)
            #expect(try await store.plans.fetchPlan(agency: agency.id, year: plan.year.planYear) == plan)
            plan.year.planYear += 1
            plan.measures = plan.measures.map { measure in
                var next = measure
                next.id = Identifier(UUID())
                next.planYear = plan.year.planYear
                return next
            }
        }
    }

    @Test func thaiDaysAreStoredAsDates() async throws {
        let store = try await PostgresTestServer.makeStore()
        let repositories = store.repositories
        let agency = F.agency()
        try await repositories.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        let plan = F.plan(agency: agency)
        try await repositories.plans.insertPlan(plan, actor: F.actor)
        var leap = F.progress(for: plan.measures[0], day: 1)
        leap.date = ThaiDate(year: 2567, month: .february, day: 29)
        try await repositories.plans.insertProgress(leap, evidence: [], actor: F.actor)
        let stored = try await store.read { db in
            try await db.fetch("SELECT to_char(date, 'YYYY-MM-DD') FROM progress_entry", as: String.self)
        }
        #expect(stored == ["2024-02-29"])

        var impossible = F.progress(for: plan.measures[0], day: 1)
        impossible.date = ThaiDate(year: 2566, month: .february, day: 29)
        await #expect(throws: StorageError.conflict("2023-02-29 is not a calendar date")) {
            try await repositories.plans.insertProgress(impossible, evidence: [], actor: F.actor)
        }
    }

    @Test func aSessionForAnUnknownUserIsRefused() async throws {
        let store = try await PostgresTestServer.makeStore().repositories
        let stranger = Identifier<UserAccount>(UUID())
        await #expect(throws: StorageError.notFound(entity: "user", id: stranger.description)) {
            try await store.users.insertSession(
                SessionRecord(tokenHash: "h", userID: stranger, csrfToken: "c", expiresAt: F.now))
        }
    }

    private func migrationNames(_ store: PostgresStore) async throws -> [String] {
        try await store.read { db in
            try await db.fetch("SELECT name FROM prongsai_migration ORDER BY applied_at, name", as: String.self)
        }
    }

    private func count(_ store: PostgresStore, _ table: String) async throws -> Int {
        try await store.read { db in
            try await db.fetch("SELECT count(*) FROM \(unescaped: table)", as: Int.self).first ?? -1
        }
    }
}
