import Foundation
import Workbench

struct CachingAgencyRepository: AgencyRepository {
    let cache: CachingRepositories

    func insertAgency(_ agency: AgencyRecord, divisions: [String], actor: Actor) async throws {
        try await cache.base.agencies.insertAgency(agency, divisions: divisions, actor: actor)
        cache.agencyChanged(agency.id)
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
        try await cache.base.agencies.replaceDivisions(agency: agency, names: names, actor: actor)
        cache.agencyChanged(agency)
    }
}

struct CachingUserRepository: UserRepository {
    let cache: CachingRepositories
    var base: any UserRepository { cache.base.users }

    func insertUser(_ user: UserAccount, actor: Actor) async throws { try await base.insertUser(user, actor: actor) }

    func updateUser(_ user: UserAccount, actor: Actor) async throws {
        try await base.updateUser(user, actor: actor)
        cache.users.remove(user.id)
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
        try await base.deleteSession(tokenHash: tokenHash)
        cache.sessions.remove(tokenHash)
    }

    func deleteSessions(user: Identifier<UserAccount>) async throws {
        try await base.deleteSessions(user: user)
        cache.sessions.removeAll { _, session in session.userID == user }
    }

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
        try await base.insertPlan(plan, actor: actor)
        cache.planChanged(agency: plan.year.agencyID)
    }

    func updateFiscalYear(_ year: FiscalYearRecord, actor: Actor) async throws {
        try await base.updateFiscalYear(year, actor: actor)
        cache.planChanged(agency: year.agencyID)
    }

    func insertMeasure(_ measure: MeasureRecord, actor: Actor) async throws {
        try await base.insertMeasure(measure, actor: actor)
        cache.planChanged(agency: measure.agencyID)
    }

    func updateMeasure(_ measure: MeasureRecord, actor: Actor) async throws {
        try await base.updateMeasure(measure, actor: actor)
        cache.planChanged(agency: measure.agencyID)
    }

    func reorderMeasures(
        agency: Identifier<AgencyRecord>, year: Int, order: [Identifier<MeasureRecord>], actor: Actor
    ) async throws {
        try await base.reorderMeasures(agency: agency, year: year, order: order, actor: actor)
        cache.planChanged(agency: agency)
    }

    func deleteMeasure(id: Identifier<MeasureRecord>, agency: Identifier<AgencyRecord>, actor: Actor) async throws {
        try await base.deleteMeasure(id: id, agency: agency, actor: actor)
        cache.planChanged(agency: agency)
    }

    func fetchMeasure(id: Identifier<MeasureRecord>, agency: Identifier<AgencyRecord>) async throws -> MeasureRecord? {
        try await base.fetchMeasure(id: id, agency: agency)
    }

    func insertProgress(_ entry: ProgressEntry, evidence: [EvidenceUpload], actor: Actor) async throws {
        try await base.insertProgress(entry, evidence: evidence, actor: actor)
        cache.planChanged(agency: entry.agencyID)
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
        try await base.insertMeetingReport(report, actor: actor)
        cache.planChanged(agency: report.agencyID)
    }

    func fetchMeetingReports(agency: Identifier<AgencyRecord>, year: Int) async throws -> [MeetingReport] {
        try await base.fetchMeetingReports(agency: agency, year: year)
    }
}
