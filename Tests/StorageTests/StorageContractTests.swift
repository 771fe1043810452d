import Foundation
import Planning
import Storage
import Testing
import ThaiText
import Workbench

/// The behaviour every storage adapter must share. Each test runs once per adapter.
@Suite(.serialized) struct StorageContractTests {
    typealias F = StorageFixtures

    @Test(arguments: StorageAdapter.all)
    func agenciesAreStoredWithTheirDivisions(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let agency = F.agency()
        try await store.agencies.insertAgency(agency, divisions: TypicalDivisions.subdistrictAdministrativeOrganisation, actor: F.actor)
        #expect(try await store.agencies.fetchAgency(slug: "thapkhlo") == agency)
        #expect(try await store.agencies.fetchAgency(id: agency.id) == agency)
        #expect(try await store.agencies.fetchAgency(slug: "nowhere") == nil)
        let divisions = try await store.agencies.fetchDivisions(agency: agency.id)
        #expect(divisions.map(\.name) == TypicalDivisions.subdistrictAdministrativeOrganisation)
        #expect(divisions.map(\.position) == [1, 2, 3, 4, 5, 6])

        try await store.agencies.replaceDivisions(agency: agency.id, names: ["สำนักปลัด", "กองคลัง"], actor: F.actor)
        #expect(try await store.agencies.fetchDivisions(agency: agency.id).map(\.name) == ["สำนักปลัด", "กองคลัง"])
    }

    @Test(arguments: StorageAdapter.all)
    func aTakenSlugIsRefusedAndNothingChanges(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        try await store.agencies.insertAgency(F.agency(), divisions: ["สำนักปลัด"], actor: F.actor)
        await #expect(throws: StorageError.duplicate(field: "slug", value: "thapkhlo")) {
            try await store.agencies.insertAgency(F.agency(), divisions: ["กองช่าง"], actor: F.actor)
        }
        #expect(try await store.agencies.fetchAgencies().count == 1)
    }

    @Test(arguments: StorageAdapter.all)
    func agenciesAreSortedBySlug(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        for slug in ["wangsai", "banklang", "thapkhlo"] {
            try await store.agencies.insertAgency(F.agency(slug), divisions: [], actor: F.actor)
        }
        #expect(try await store.agencies.fetchAgencies().map(\.slug) == ["banklang", "thapkhlo", "wangsai"])
    }

    @Test(arguments: StorageAdapter.all)
    func usersAndSessions(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let agency = F.agency()
        try await store.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        #expect(try await store.users.countUsers() == 0)
        let admin = F.user("admin", agency: nil, role: .administrator)
        var head = F.user("head.finance", agency: agency, role: .divisionHead, division: "กองคลัง")
        try await store.users.insertUser(admin, actor: F.actor)
        try await store.users.insertUser(head, actor: F.actor)
        #expect(try await store.users.countUsers() == 2)
        #expect(try await store.users.fetchUser(username: "head.finance") == head)
        #expect(try await store.users.fetchUsers(agency: agency.id).map(\.username) == ["head.finance"])
        #expect(try await store.users.fetchUsers(agency: nil).map(\.username) == ["admin"])

        await #expect(throws: StorageError.duplicate(field: "username", value: "admin")) {
            try await store.users.insertUser(F.user("admin", agency: agency), actor: F.actor)
        }

        head.passwordHash = "$2b$12$zyxwvutsrqponmlkjihgfe"
        head.mustChangePassword = false
        try await store.users.updateUser(head, actor: F.actor)
        #expect(try await store.users.fetchUser(id: head.id) == head)

        let session = SessionRecord(tokenHash: "h1", userID: head.id, csrfToken: "c1", expiresAt: F.now.addingTimeInterval(3600))
        let old = SessionRecord(tokenHash: "h0", userID: admin.id, csrfToken: "c0", expiresAt: F.now.addingTimeInterval(-1))
        try await store.users.insertSession(session)
        try await store.users.insertSession(old)
        #expect(try await store.users.fetchSession(tokenHash: "h1") == session)
        try await store.users.deleteSessions(expiredBefore: F.now)
        #expect(try await store.users.fetchSession(tokenHash: "h0") == nil)
        try await store.users.deleteSessions(user: head.id)
        #expect(try await store.users.fetchSession(tokenHash: "h1") == nil)
    }

    @Test(arguments: StorageAdapter.all)
    func plansRoundTripExactly(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let agency = F.agency()
        try await store.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        let plan = F.plan(agency: agency)
        try await store.plans.insertPlan(plan, actor: F.actor)
        let fetched = try #require(try await store.plans.fetchPlan(agency: agency.id, year: 2566))
        #expect(fetched == plan)
        #expect(fetched.year.result.indicators[4] == Decimal(string: "99.45"))
        #expect(try await store.plans.fetchPlanYears(agency: agency.id) == [2566])
        await #expect(throws: StorageError.duplicate(field: "planYear", value: "2566")) {
            try await store.plans.insertPlan(F.plan(agency: agency), actor: F.actor)
        }
    }

    @Test(arguments: StorageAdapter.all)
    func measuresAreEditedAndAudited(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let agency = F.agency()
        try await store.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        let plan = F.plan(agency: agency)
        try await store.plans.insertPlan(plan, actor: F.actor)
        var measure = plan.measures[0]
        measure.measure.title = "การเผยแพร่แผนการใช้จ่ายงบประมาณ <ฉบับแก้ไข>"
        measure.measure.period = MonthPeriod(start: YearMonth(year: 2565, month: .october), end: YearMonth(year: 2566, month: .april))
        try await store.plans.updateMeasure(measure, actor: F.actor)
        #expect(try await store.plans.fetchMeasure(id: measure.id, agency: agency.id) == measure)

        let added = F.measure("มาตรการที่ 3", agency: agency, position: 3)
        try await store.plans.insertMeasure(added, actor: F.actor)
        #expect(try await store.plans.fetchPlan(agency: agency.id, year: 2566)?.measures.map(\.position) == [1, 2, 3])
        try await store.plans.deleteMeasure(id: added.id, agency: agency.id, actor: F.actor)
        #expect(try await store.plans.fetchMeasure(id: added.id, agency: agency.id) == nil)

        let events = try await store.audit.fetchAuditEvents(agency: agency.id, limit: 10)
        #expect(events.map(\.action).prefix(3) == ["delete", "create", "update"])
        let update = events[2]
        #expect(update.entity == "measure" && update.entityID == measure.id.description)
        #expect(update.before?.contains("มาตรการที่ 1") == true)
        #expect(update.after?.contains("ฉบับแก้ไข") == true)
        #expect(update.actorName == "tester")
    }

    @Test(arguments: StorageAdapter.all)
    func progressWithEvidenceIsOneTransaction(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let agency = F.agency()
        try await store.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        let plan = F.plan(agency: agency)
        try await store.plans.insertPlan(plan, actor: F.actor)
        let measure = plan.measures[0]
        let later = F.progress(for: measure, day: 20)
        let earlier = F.progress(for: measure, day: 5)
        let bytes = Data("%PDF-1.4 evidence".utf8)
        let upload = F.evidence(for: later, bytes: bytes)
        try await store.plans.insertProgress(later, evidence: [upload], actor: F.actor)
        try await store.plans.insertProgress(earlier, evidence: [], actor: F.actor)
        #expect(try await store.plans.fetchProgress(measure: measure.id, agency: agency.id).map(\.id) == [earlier.id, later.id])
        #expect(try await store.plans.fetchProgress(agency: agency.id, year: 2566).count == 2)
        let (file, stored) = try #require(try await store.plans.fetchEvidence(id: upload.file.id, agency: agency.id))
        #expect(file == upload.file)
        #expect(stored == bytes)
        #expect(try await store.plans.fetchEvidence(agency: agency.id, year: 2566) == [upload.file])

        // A measure with progress cannot be deleted, and the refusal changes nothing.
        await #expect(throws: StorageError.self) {
            try await store.plans.deleteMeasure(id: measure.id, agency: agency.id, actor: F.actor)
        }
        #expect(try await store.plans.fetchMeasure(id: measure.id, agency: agency.id) != nil)

        // Evidence that points at another entry is refused, and neither the entry nor the file is kept.
        let stray = F.progress(for: measure, day: 25)
        let wrong = F.evidence(for: later, bytes: Data("x".utf8))
        await #expect(throws: StorageError.self) {
            try await store.plans.insertProgress(stray, evidence: [wrong], actor: F.actor)
        }
        #expect(try await store.plans.fetchProgress(measure: measure.id, agency: agency.id).count == 2)
        #expect(try await store.plans.fetchEvidence(id: wrong.file.id, agency: agency.id) == nil)
    }

    @Test(arguments: StorageAdapter.all)
    func agenciesCannotReachEachOthersData(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let mine = F.agency("thapkhlo")
        let other = F.agency("wangsai")
        try await store.agencies.insertAgency(mine, divisions: [], actor: F.actor)
        try await store.agencies.insertAgency(other, divisions: [], actor: F.actor)
        let plan = F.plan(agency: mine)
        try await store.plans.insertPlan(plan, actor: F.actor)
        let measure = plan.measures[0]
        let entry = F.progress(for: measure, day: 1)
        let upload = F.evidence(for: entry, bytes: Data("secret".utf8))
        try await store.plans.insertProgress(entry, evidence: [upload], actor: F.actor)

        #expect(try await store.plans.fetchPlan(agency: other.id, year: 2566) == nil)
        #expect(try await store.plans.fetchMeasure(id: measure.id, agency: other.id) == nil)
        #expect(try await store.plans.fetchProgress(measure: measure.id, agency: other.id).isEmpty)
        #expect(try await store.plans.fetchEvidence(id: upload.file.id, agency: other.id) == nil)
        var hijacked = measure
        hijacked.agencyID = other.id
        await #expect(throws: StorageError.notFound(entity: "measure", id: measure.id.description)) {
            try await store.plans.updateMeasure(hijacked, actor: F.actor)
        }
        #expect(try await store.audit.fetchAuditEvents(agency: other.id, limit: 50).allSatisfy { $0.entity == "agency" })
    }

    @Test(arguments: StorageAdapter.all)
    func reorderAndDeleteRenumberInOneTransaction(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let agency = F.agency()
        try await store.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        let plan = F.plan(agency: agency, measures: ["ก", "ข", "ค", "ง"])
        try await store.plans.insertPlan(plan, actor: F.actor)
        let ids = plan.measures.map(\.id)
        let plans = store.plans
        let titles = { () async throws -> [String] in
            let stored = try await plans.fetchPlan(agency: agency.id, year: 2566)?.measures ?? []
            #expect(stored.map(\.position) == stored.indices.map { $0 + 1 })
            return stored.map(\.measure.title)
        }

        try await store.plans.reorderMeasures(agency: agency.id, year: 2566, order: [ids[2], ids[0], ids[1], ids[3]], actor: F.actor)
        #expect(try await titles() == ["ค", "ก", "ข", "ง"])
        let moves = try await store.audit.fetchAuditEvents(agency: agency.id, limit: 10).prefix(3)
        #expect(moves.allSatisfy { $0.action == "update" && $0.entity == "measure" })
        #expect(Set(moves.map(\.entityID)) == Set([ids[0], ids[1], ids[2]].map(\.description)))

        // An order read before another change (a measure missing, or named twice) changes nothing.
        for stale in [[ids[0], ids[1], ids[2]], [ids[0], ids[0], ids[1], ids[2]]] {
            await #expect(throws: StorageError.self) {
                try await store.plans.reorderMeasures(agency: agency.id, year: 2566, order: stale, actor: F.actor)
            }
        }
        #expect(try await titles() == ["ค", "ก", "ข", "ง"])

        // A content edit keeps the stored place, even from a record read before the move.
        var edited = plan.measures[3]
        edited.measure.title = "ง (แก้ไข)"
        try await store.plans.updateMeasure(edited, actor: F.actor)
        #expect(try await titles() == ["ค", "ก", "ข", "ง (แก้ไข)"])

        try await store.plans.deleteMeasure(id: ids[0], agency: agency.id, actor: F.actor)
        #expect(try await titles() == ["ค", "ข", "ง (แก้ไข)"])
        await #expect(throws: StorageError.notFound(entity: "plan", id: "\(agency.id)/2570")) {
            try await store.plans.reorderMeasures(agency: agency.id, year: 2570, order: [], actor: F.actor)
        }
    }

    @Test(arguments: StorageAdapter.all)
    func meetingReportsAndFiscalYearUpdates(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let agency = F.agency()
        try await store.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        let plan = F.plan(agency: agency)
        try await store.plans.insertPlan(plan, actor: F.actor)
        let report = MeetingReport(
            id: Identifier(UUID()), agencyID: agency.id, planYear: 2566, month: YearMonth(year: 2565, month: .november),
            meetingDate: ThaiDate(year: 2565, month: .december, day: 2), title: "ประชุมประจำเดือน พ.ย. 2565",
            notes: "ทุกกองรายงานความก้าวหน้า", createdBy: "ผู้ประสานงาน", createdAt: F.now)
        try await store.plans.insertMeetingReport(report, actor: F.actor)
        #expect(try await store.plans.fetchMeetingReports(agency: agency.id, year: 2566) == [report])

        var year = plan.year
        year.assessorSummary = "แก้ไขแล้ว"
        year.analysis.append(IndicatorAnalysis(indicator: 7, stance: .develop, keepOrImprove: "พัฒนา", urgentWeaknesses: [Weakness(text: "ช่องทางร้องเรียน", itemCode: "E10")]))
        try await store.plans.updateFiscalYear(year, actor: F.actor)
        #expect(try await store.plans.fetchPlan(agency: agency.id, year: 2566)?.year == year)
    }

    @Test(arguments: StorageAdapter.all)
    func refusalsAreTheSameErrorsEverywhere(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let agency = F.agency()
        let nowhere = F.agency("nowhere")
        try await store.agencies.insertAgency(agency, divisions: [], actor: F.actor)
        let plan = F.plan(agency: agency)
        await #expect(throws: StorageError.notFound(entity: "agency", id: nowhere.id.description)) {
            try await store.plans.insertPlan(F.plan(agency: nowhere), actor: F.actor)
        }
        await #expect(throws: StorageError.notFound(entity: "agency", id: nowhere.id.description)) {
            try await store.agencies.replaceDivisions(agency: nowhere.id, names: ["กองช่าง"], actor: F.actor)
        }
        var stray = plan
        stray.measures[1].planYear = 2567
        await #expect(throws: StorageError.conflict("measure \(stray.measures[1].id) does not belong to the plan year")) {
            try await store.plans.insertPlan(stray, actor: F.actor)
        }
        #expect(try await store.plans.fetchPlanYears(agency: agency.id).isEmpty)

        try await store.plans.insertPlan(plan, actor: F.actor)
        let measure = plan.measures[0]
        await #expect(throws: StorageError.notFound(entity: "plan", id: "\(agency.id)/2567")) {
            try await store.plans.insertMeasure(F.measure("ปีหน้า", agency: agency, year: 2567), actor: F.actor)
        }
        await #expect(throws: StorageError.duplicate(field: "measure", value: measure.id.description)) {
            try await store.plans.insertMeasure(measure, actor: F.actor)
        }
        var nextYear = plan.year
        nextYear.planYear = 2567
        await #expect(throws: StorageError.notFound(entity: "plan", id: "\(agency.id)/2567")) {
            try await store.plans.updateFiscalYear(nextYear, actor: F.actor)
        }

        let entry = F.progress(for: measure, day: 3)
        try await store.plans.insertProgress(entry, evidence: [], actor: F.actor)
        await #expect(throws: StorageError.duplicate(field: "progress", value: entry.id.description)) {
            try await store.plans.insertProgress(entry, evidence: [], actor: F.actor)
        }
        await #expect(throws: StorageError.conflict("measure \(measure.id) has progress entries")) {
            try await store.plans.deleteMeasure(id: measure.id, agency: agency.id, actor: F.actor)
        }
        var elsewhere = F.progress(for: measure, day: 4)
        elsewhere.agencyID = nowhere.id
        await #expect(throws: StorageError.notFound(entity: "measure", id: measure.id.description)) {
            try await store.plans.insertProgress(elsewhere, evidence: [], actor: F.actor)
        }
        let ghost = F.user("ghost", agency: agency)
        await #expect(throws: StorageError.notFound(entity: "user", id: ghost.id.description)) {
            try await store.users.updateUser(ghost, actor: F.actor)
        }
    }

    @Test(arguments: StorageAdapter.all)
    func auditTrailKeepsNoPasswordHashes(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        var user = F.user("coordinator", agency: nil)
        try await store.users.insertUser(user, actor: F.actor)
        user.passwordHash = "$2b$12$SECRETSECRETSECRETSECRE"
        try await store.users.updateUser(user, actor: F.actor)
        let events = try await store.audit.fetchAuditEvents(agency: nil, limit: 10)
        #expect(events.first?.action == "password")
        for event in events {
            #expect(!(event.before ?? "").contains("$2b$"))
            #expect(!(event.after ?? "").contains("$2b$"))
        }
    }
}

extension StorageContractTests {
    @Test(arguments: StorageAdapter.all)
    func evidenceLabelledWithAnotherAgencyIsRefused(adapter: StorageAdapter) async throws {
        let store = try await adapter.make()
        let mine = F.agency("thapkhlo")
        let other = F.agency("wangsai")
        try await store.agencies.insertAgency(mine, divisions: [], actor: F.actor)
        try await store.agencies.insertAgency(other, divisions: [], actor: F.actor)
        let plan = F.plan(agency: mine)
        try await store.plans.insertPlan(plan, actor: F.actor)
        let entry = F.progress(for: plan.measures[0], day: 2)
        var upload = F.evidence(for: entry, bytes: Data("x".utf8))
        upload.file.agencyID = other.id
        do {
            try await store.plans.insertProgress(entry, evidence: [upload], actor: F.actor)
            Issue.record("evidence of another agency was stored")
        } catch let error as StorageError {
            guard case .conflict = error else {
                Issue.record("expected a conflict, got \(error)")
                return
            }
        }
        #expect(try await store.plans.fetchProgress(measure: plan.measures[0].id, agency: mine.id).isEmpty)
        #expect(try await store.plans.fetchEvidence(id: upload.file.id, agency: other.id) == nil)
    }
}
