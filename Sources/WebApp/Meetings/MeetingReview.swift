import Workbench

/// A meeting report with what it reviews: each measure's reports in the month and its status at
/// the month's end, with the evidence of those reports.
struct MeetingReview: Sendable {
    var meeting: MeetingReport
    var plan: StoredPlan
    var measures: [MonthlyProgress]
    var evidence: [Identifier<ProgressEntry>: [EvidenceFile]]

    static func load(_ meeting: MeetingReport, environment: WebEnvironment) async throws -> MeetingReview {
        let plans = environment.repositories.plans
        guard let plan = try await plans.fetchPlan(agency: meeting.agencyID, year: meeting.planYear) else {
            throw WebError(.notFound, th: "ไม่พบแผนของปีนี้", en: "there is no plan for this year")
        }
        let progress = try await plans.fetchProgress(agency: meeting.agencyID, year: meeting.planYear)
        let files = try await plans.fetchEvidence(agency: meeting.agencyID, year: meeting.planYear)
        return MeetingReview(
            meeting: meeting, plan: plan, measures: MonthlyProgress.review(plan: plan, progress: progress, month: meeting.month),
            evidence: Dictionary(grouping: files, by: \.progressEntryID))
    }
}
