import Foundation
import Storage
import Workbench

/// Starting year N+1 from year N, for the page and the API alike.
enum NextYearStart {
    /// Copies year `year` into the next one and stores it; refuses when the next year exists.
    static func start(
        from year: Int, agency: AgencyRecord, environment: WebEnvironment, actor: Actor
    ) async throws -> StoredPlan {
        let plans = environment.repositories.plans
        guard let plan = try await plans.fetchPlan(agency: agency.id, year: year) else {
            throw WebError(.notFound, field: "year", th: "ไม่มีแผนของปีงบประมาณ \(year)", en: "there is no plan for fiscal year \(year)")
        }
        guard try await plans.fetchPlan(agency: agency.id, year: year + 1) == nil else {
            throw alreadyStarted(year + 1)
        }
        let next = PlanRollover.nextYear(from: plan, at: actor.at) { Identifier(UUID()) }
        do {
            try await plans.insertPlan(next, actor: actor)
        } catch StorageError.duplicate {
            // Someone else started it between the check and the insert.
            throw alreadyStarted(year + 1)
        }
        try await CriteriaUseRecorder(environment: environment).recordPlan(
            agency: agency.id, planYear: next.year.planYear, assessedYear: next.year.assessedYear, actor: actor)
        return next
    }

    static func alreadyStarted(_ year: Int) -> WebError {
        WebError(
            .conflict, field: "year", th: "ปีงบประมาณ \(year) เริ่มไว้แล้ว จึงเริ่มซ้ำไม่ได้",
            en: "fiscal year \(year) has already been started")
    }
}
