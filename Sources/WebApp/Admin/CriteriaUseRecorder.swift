import Foundation
import Storage
import Workbench

/// Records which version of a year's criteria a plan is scored with: the newest one at the time of
/// the import, or when a plan editor takes up a newer version from the dashboard.
struct CriteriaUseRecorder: Sendable {
    let library: CriteriaLibrary
    let repository: any CriteriaRepository

    init(environment: WebEnvironment) {
        library = environment.criteriaLibrary
        repository = environment.repositories.criteria
    }

    /// Records the newest version of `assessedYear` for the plan of `planYear`, and returns it.
    @discardableResult
    func recordPlan(agency: Identifier<AgencyRecord>, planYear: Int, assessedYear: Int, actor: Actor) async throws -> Int {
        try await record(agency: agency, subject: CriteriaSubject.plan(planYear), year: assessedYear, actor: actor)
    }

    /// Records the newest version of `year` as the one a frozen OIT answer sheet was checked with.
    @discardableResult
    func recordDisclosure(agency: Identifier<AgencyRecord>, year: Int, actor: Actor) async throws -> Int {
        try await record(agency: agency, subject: CriteriaSubject.disclosure(year), year: year, actor: actor)
    }

    private func record(agency: Identifier<AgencyRecord>, subject: String, year: Int, actor: Actor) async throws -> Int {
        let version = library.latestVersion(of: year)
        try await repository.recordCriteriaUse(
            CriteriaUse(agencyID: agency, subject: subject, fiscalYear: year, version: version, recordedAt: actor.at),
            actor: actor)
        return version
    }

    /// The version recorded for a plan, if any.
    func recordedVersion(agency: Identifier<AgencyRecord>, planYear: Int) async throws -> CriteriaUse? {
        try await repository.fetchCriteriaUses(agency: agency).first { $0.subject == CriteriaSubject.plan(planYear) }
    }
}
