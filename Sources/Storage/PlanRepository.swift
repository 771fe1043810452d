import Foundation
import Workbench

/// The yearly cycle of an agency: plans, measures, progress with evidence, and meeting reports.
/// Every write is one transaction together with its audit event.
public protocol PlanRepository: Sendable {
    /// The plan years stored for an agency, ascending.
    func fetchPlanYears(agency: Identifier<AgencyRecord>) async throws -> [Int]
    func fetchPlan(agency: Identifier<AgencyRecord>, year: Int) async throws -> StoredPlan?
    /// Creates a fiscal year with its measures; an existing year throws `.duplicate`.
    func insertPlan(_ plan: StoredPlan, actor: Actor) async throws
    /// Replaces the year's result, recommendations and analysis (not the measures).
    func updateFiscalYear(_ year: FiscalYearRecord, actor: Actor) async throws

    func insertMeasure(_ measure: MeasureRecord, actor: Actor) async throws
    /// Replaces a measure's content; its plan year and position stay (`reorderMeasures` moves it).
    func updateMeasure(_ measure: MeasureRecord, actor: Actor) async throws
    /// Numbers the plan year's measures 1…n in `order`, in one transaction. `order` must name every measure
    /// of the year once, otherwise `.conflict`.
    func reorderMeasures(
        agency: Identifier<AgencyRecord>, year: Int, order: [Identifier<MeasureRecord>], actor: Actor) async throws
    /// Deletes a measure without progress and numbers the rest 1…n, in one transaction; a measure with
    /// progress throws `.conflict`.
    func deleteMeasure(id: Identifier<MeasureRecord>, agency: Identifier<AgencyRecord>, actor: Actor) async throws
    func fetchMeasure(id: Identifier<MeasureRecord>, agency: Identifier<AgencyRecord>) async throws -> MeasureRecord?

    /// Stores a progress entry and its evidence files (bytes and records) in one transaction.
    func insertProgress(_ entry: ProgressEntry, evidence: [EvidenceUpload], actor: Actor) async throws
    /// Progress of one measure, oldest first by date, then by creation.
    func fetchProgress(measure: Identifier<MeasureRecord>, agency: Identifier<AgencyRecord>) async throws -> [ProgressEntry]
    /// Progress of every measure of a plan year, oldest first.
    func fetchProgress(agency: Identifier<AgencyRecord>, year: Int) async throws -> [ProgressEntry]
    /// Evidence records of a plan year.
    func fetchEvidence(agency: Identifier<AgencyRecord>, year: Int) async throws -> [EvidenceFile]
    /// One evidence file with its bytes.
    func fetchEvidence(id: Identifier<EvidenceFile>, agency: Identifier<AgencyRecord>) async throws -> (EvidenceFile, Data)?

    func insertMeetingReport(_ report: MeetingReport, actor: Actor) async throws
    func fetchMeetingReports(agency: Identifier<AgencyRecord>, year: Int) async throws -> [MeetingReport]
}
