import Foundation
import Workbench

struct CachingAgencyRepository: AgencyRepository {
    let cache: CachingRepositories

    func insertAgency(_ agency: AgencyRecord, divisions: [String], actor: Actor) async throws {
        try await cache.write(.agency(agency.id)) {
            try await cache.base.agencies.insertAgency(agency, divisions: divisions, actor: actor)
        }
    }

    func fetchAgency(slug: String) async throws -> AgencyRecord? {
        try await cache.agenciesBySlug.value(slug) { try await cache.base.agencies.fetchAgency(slug: slug) }
    }

    func fetchAgency(id: Identifier<AgencyRecord>) async throws -> AgencyRecord? {
        try await cache.agenciesByID.value(id) { try await cache.base.agencies.fetchAgency(id: id) }
    }

    func fetchAgencies() async throws -> [AgencyRecord] { try await cache.base.agencies.fetchAgencies() }

    func fetchDivisions(agency: Identifier<AgencyRecord>) async throws -> [Division] {
        try await cache.divisions.value(agency) { try await cache.base.agencies.fetchDivisions(agency: agency) } ?? []
    }

    func replaceDivisions(agency: Identifier<AgencyRecord>, names: [String], actor: Actor) async throws {
        try await cache.write(.agency(agency)) {
            try await cache.base.agencies.replaceDivisions(agency: agency, names: names, actor: actor)
        }
    }
}

struct CachingUserRepository: UserRepository {
    let cache: CachingRepositories
    var base: any UserRepository { cache.base.users }

    func insertUser(_ user: UserAccount, actor: Actor) async throws { try await base.insertUser(user, actor: actor) }

    func updateUser(_ user: UserAccount, actor: Actor) async throws {
        try await cache.write(.user(user.id)) { try await base.updateUser(user, actor: actor) }
    }

    func fetchUser(id: Identifier<UserAccount>) async throws -> UserAccount? {
        try await cache.users.value(id) { try await base.fetchUser(id: id) }
    }

    func fetchUser(username: String) async throws -> UserAccount? { try await base.fetchUser(username: username) }
    func fetchUsers(agency: Identifier<AgencyRecord>?) async throws -> [UserAccount] { try await base.fetchUsers(agency: agency) }
    func countUsers() async throws -> Int { try await base.countUsers() }
    func insertSession(_ session: SessionRecord) async throws { try await base.insertSession(session) }

    func fetchSession(tokenHash: String) async throws -> SessionRecord? {
        try await cache.sessions.value(tokenHash) { try await base.fetchSession(tokenHash: tokenHash) }
    }

    func deleteSession(tokenHash: String) async throws {
        try await cache.write(.session(tokenHash: tokenHash)) { try await base.deleteSession(tokenHash: tokenHash) }
    }

    func deleteSessions(user: Identifier<UserAccount>) async throws {
        try await cache.write(.user(user)) { try await base.deleteSessions(user: user) }
    }

    /// Not announced to other processes: a session past its expiry is refused wherever it is cached.
    func deleteSessions(expiredBefore date: Date) async throws {
        try await base.deleteSessions(expiredBefore: date)
        cache.sessions.removeAll { _, session in session.expiresAt < date }
    }
}

struct CachingPlanRepository: PlanRepository {
    let cache: CachingRepositories
    var base: any PlanRepository { cache.base.plans }

    func fetchPlanYears(agency: Identifier<AgencyRecord>) async throws -> [Int] {
        try await cache.planYears.value(agency) { try await base.fetchPlanYears(agency: agency) } ?? []
    }

    func fetchPlan(agency: Identifier<AgencyRecord>, year: Int) async throws -> StoredPlan? {
        try await cache.plans.value(.init(agency: agency, year: year)) { try await base.fetchPlan(agency: agency, year: year) }
    }

    func insertPlan(_ plan: StoredPlan, actor: Actor) async throws {
        try await cache.write(.plan(plan.year.agencyID)) { try await base.insertPlan(plan, actor: actor) }
    }

    func updateFiscalYear(_ year: FiscalYearRecord, actor: Actor) async throws {
        try await cache.write(.plan(year.agencyID)) { try await base.updateFiscalYear(year, actor: actor) }
    }

    func insertMeasure(_ measure: MeasureRecord, actor: Actor) async throws {
        try await cache.write(.plan(measure.agencyID)) { try await base.insertMeasure(measure, actor: actor) }
    }

    func updateMeasure(_ measure: MeasureRecord, actor: Actor) async throws {
        try await cache.write(.plan(measure.agencyID)) { try await base.updateMeasure(measure, actor: actor) }
    }

    func reorderMeasures(
        agency: Identifier<AgencyRecord>, year: Int, order: [Identifier<MeasureRecord>], actor: Actor
    ) async throws {
        try await cache.write(.plan(agency)) { try await base.reorderMeasures(agency: agency, year: year, order: order, actor: actor) }
    }

    func deleteMeasure(id: Identifier<MeasureRecord>, agency: Identifier<AgencyRecord>, actor: Actor) async throws {
        try await cache.write(.plan(agency)) { try await base.deleteMeasure(id: id, agency: agency, actor: actor) }
    }

    func fetchMeasure(id: Identifier<MeasureRecord>, agency: Identifier<AgencyRecord>) async throws -> MeasureRecord? {
        try await base.fetchMeasure(id: id, agency: agency)
    }

    func insertProgress(_ entry: ProgressEntry, evidence: [EvidenceUpload], actor: Actor) async throws {
        try await cache.write(.plan(entry.agencyID)) { try await base.insertProgress(entry, evidence: evidence, actor: actor) }
    }

    func fetchProgress(measure: Identifier<MeasureRecord>, agency: Identifier<AgencyRecord>) async throws -> [ProgressEntry] {
        try await base.fetchProgress(measure: measure, agency: agency)
    }

    func fetchProgress(agency: Identifier<AgencyRecord>, year: Int) async throws -> [ProgressEntry] {
        try await cache.progress.value(.init(agency: agency, year: year)) { try await base.fetchProgress(agency: agency, year: year) } ?? []
    }

    func fetchEvidence(agency: Identifier<AgencyRecord>, year: Int) async throws -> [EvidenceFile] {
        try await base.fetchEvidence(agency: agency, year: year)
    }

    func fetchEvidence(id: Identifier<EvidenceFile>, agency: Identifier<AgencyRecord>) async throws -> (EvidenceFile, Data)? {
        try await base.fetchEvidence(id: id, agency: agency)
    }

    func insertMeetingReport(_ report: MeetingReport, actor: Actor) async throws {
        try await cache.write(.plan(report.agencyID)) { try await base.insertMeetingReport(report, actor: actor) }
    }

    func fetchMeetingReports(agency: Identifier<AgencyRecord>, year: Int) async throws -> [MeetingReport] {
        try await base.fetchMeetingReports(agency: agency, year: year)
    }
}
