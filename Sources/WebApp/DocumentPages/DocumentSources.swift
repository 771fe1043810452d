import Criteria
import Documents
import Foundation
import Planning
import Scoring
import ThaiText
import Workbench

/// Turns stored records into the documents' layouts: the O42 measures document, the O43 progress
/// report as of today, and a monthly meeting report.
struct DocumentSources {
    let environment: WebEnvironment

    /// O42, from the stored plan and the criteria of its assessed year.
    func measuresDocument(_ plan: StoredPlan, agency: AgencyRecord) async throws -> MeasuresDocument {
        do {
            let criteria = try await environment.criteria(for: plan) ?? environment.catalog.criteria(for: plan.year.assessedYear)
            return try MeasuresDocument(plan: plan.measuresPlan(agency: agency.agency), criteria: criteria)
        } catch let error as ScoringError {
            throw WebError(.conflict, th: error.messageTH, en: error.messageEN)
        } catch {
            throw WebError(
                .conflict, th: "ไม่มีเกณฑ์การประเมินของปี \(plan.year.assessedYear)",
                en: "there are no criteria for \(plan.year.assessedYear): \(error)")
        }
    }

    /// O43, with every report up to today and its evidence.
    func progressReport(_ plan: StoredPlan, agency: AgencyRecord) async throws -> ProgressReport {
        let plans = environment.repositories.plans
        let progress = try await plans.fetchProgress(agency: agency.id, year: plan.year.planYear)
        let files = Dictionary(
            grouping: try await plans.fetchEvidence(agency: agency.id, year: plan.year.planYear), by: \.progressEntryID)
        let byMeasure = Dictionary(grouping: progress, by: \.measureID)
        let measures = plan.measures.map { record in
            ReportedMeasure(
                number: record.position, measure: record.measure,
                entries: (byMeasure[record.id] ?? []).map { Self.reported($0, evidence: files[$0.id] ?? []) })
        }
        return ProgressReport(
            agency: agency.agency, planYear: plan.year.planYear, measures: measures, asOf: ThaiDate(environment.now()))
    }

    /// The monthly meeting report.
    func meetingDocument(_ review: MeetingReview, agency: AgencyRecord) -> MeetingReportDocument {
        let rows = review.measures.map { item in
            let reported = { (entry: ProgressEntry) in Self.reported(entry, evidence: review.evidence[entry.id] ?? []) }
            return MeetingReportDocument.Row(
                number: item.measure.position, measure: item.measure.measure, entries: item.entries.map(reported),
                latest: item.latest.map(reported))
        }
        let meeting = review.meeting
        return MeetingReportDocument(
            agency: agency.agency, planYear: meeting.planYear, title: meeting.title, month: meeting.month,
            meetingDate: meeting.meetingDate, notes: meeting.notes, rows: rows)
    }

    static func reported(_ entry: ProgressEntry, evidence: [EvidenceFile]) -> ReportedEntry {
        ReportedEntry(
            date: entry.date, text: entry.text, status: entry.status.nameTH, percent: entry.percent,
            evidence: evidence.sorted { ($0.effectiveDate, $0.fileName) < ($1.effectiveDate, $1.fileName) }.map {
                ReportedEvidence(fileName: $0.fileName, effectiveDate: $0.effectiveDate, sha256: $0.sha256)
            })
    }
}
