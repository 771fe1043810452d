import ThaiText
import Workbench

/// The reads the progress page and the API share: a measure's standing and evidence, a year's standings.
struct MeasureProgress {
    let environment: WebEnvironment

    var today: ThaiDate { ThaiDate(environment.now()) }

    /// One measure with its entries, and its evidence by entry.
    func standing(of measure: MeasureRecord) async throws
        -> (MeasureStanding, [Identifier<ProgressEntry>: [EvidenceFile]]) {
        let plans = environment.repositories.plans
        let entries = try await plans.fetchProgress(measure: measure.id, agency: measure.agencyID)
        let plan = StoredPlan(
            year: try await fiscalYear(agency: measure.agencyID, year: measure.planYear), measures: [measure])
        let standing = MeasureStanding.standings(plan: plan, progress: entries, today: today)[0]
        let files = try await plans.fetchEvidence(agency: measure.agencyID, year: measure.planYear)
            .filter { $0.measureID == measure.id }
        return (standing, Dictionary(grouping: files, by: \.progressEntryID))
    }

    /// Every measure of a plan year with where it stands, and the year's evidence by entry.
    func standings(of plan: StoredPlan) async throws -> ([MeasureStanding], [Identifier<ProgressEntry>: [EvidenceFile]]) {
        let plans = environment.repositories.plans
        let agency = plan.year.agencyID
        let progress = try await plans.fetchProgress(agency: agency, year: plan.year.planYear)
        let files = try await plans.fetchEvidence(agency: agency, year: plan.year.planYear)
        return (
            MeasureStanding.standings(plan: plan, progress: progress, today: today),
            Dictionary(grouping: files, by: \.progressEntryID)
        )
    }

    private func fiscalYear(agency: Identifier<AgencyRecord>, year: Int) async throws -> FiscalYearRecord {
        guard let plan = try await environment.repositories.plans.fetchPlan(agency: agency, year: year) else {
            throw WebError(.notFound, th: "ไม่พบแผนของปีนี้", en: "there is no plan for this year")
        }
        return plan.year
    }
}
