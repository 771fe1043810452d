import Foundation
import Workbench

extension InMemoryStore: PlanRepository {
    public func fetchPlanYears(agency: Identifier<AgencyRecord>) -> [Int] {
        years.values.filter { $0.agencyID == agency }.map(\.planYear).sorted()
    }

    public func fetchPlan(agency: Identifier<AgencyRecord>, year: Int) -> StoredPlan? {
        guard let record = years[Self.yearKey(agency, year)] else { return nil }
        return StoredPlan(year: record, measures: yearMeasures(agency: agency, year: year))
    }

    public func insertPlan(_ plan: StoredPlan, actor: Actor) throws {
        let key = Self.yearKey(plan.year.agencyID, plan.year.planYear)
        guard agencies[plan.year.agencyID] != nil else {
            throw StorageError.notFound(entity: "agency", id: plan.year.agencyID.description)
        }
        guard years[key] == nil else { throw StorageError.duplicate(field: "planYear", value: String(plan.year.planYear)) }
        for measure in plan.measures where measure.agencyID != plan.year.agencyID || measure.planYear != plan.year.planYear {
            throw StorageError.conflict("measure \(measure.id) does not belong to the plan year")
        }
        years[key] = plan.year
        for measure in plan.measures { measures[measure.id] = measure }
        audit.append(.change("create", entity: "plan", entityID: key, agencyID: plan.year.agencyID, before: StoredPlan?.none, after: plan, actor: actor))
    }

    public func updateFiscalYear(_ year: FiscalYearRecord, actor: Actor) throws {
        let key = Self.yearKey(year.agencyID, year.planYear)
        guard let old = years[key] else { throw StorageError.notFound(entity: "plan", id: key) }
        years[key] = year
        audit.append(.change("update", entity: "plan", entityID: key, agencyID: year.agencyID, before: old, after: year, actor: actor))
    }

    public func insertMeasure(_ measure: MeasureRecord, actor: Actor) throws {
        guard years[Self.yearKey(measure.agencyID, measure.planYear)] != nil else {
            throw StorageError.notFound(entity: "plan", id: Self.yearKey(measure.agencyID, measure.planYear))
        }
        guard measures[measure.id] == nil else { throw StorageError.duplicate(field: "measure", value: measure.id.description) }
        measures[measure.id] = measure
        audit.append(.change("create", entity: "measure", entityID: measure.id.description, agencyID: measure.agencyID, before: MeasureRecord?.none, after: measure, actor: actor))
    }

    public func updateMeasure(_ measure: MeasureRecord, actor: Actor) throws {
        guard let old = measures[measure.id], old.agencyID == measure.agencyID else {
            throw StorageError.notFound(entity: "measure", id: measure.id.description)
        }
        var updated = measure
        updated.planYear = old.planYear
        updated.position = old.position
        measures[measure.id] = updated
        audit.append(.change("update", entity: "measure", entityID: measure.id.description, agencyID: measure.agencyID, before: old, after: updated, actor: actor))
    }

    public func deleteMeasure(id: Identifier<MeasureRecord>, agency: Identifier<AgencyRecord>, actor: Actor) throws {
        guard let old = measures[id], old.agencyID == agency else { throw StorageError.notFound(entity: "measure", id: id.description) }
        guard !progress.values.contains(where: { $0.measureID == id }) else {
            throw StorageError.conflict("measure \(id) has progress entries")
        }
        measures[id] = nil
        audit.append(.change("delete", entity: "measure", entityID: id.description, agencyID: agency, before: old, after: MeasureRecord?.none, actor: actor))
        let rest = yearMeasures(agency: agency, year: old.planYear)
        renumber(try MeasureNumbering.changes(of: rest, to: rest.map(\.id), at: actor.at), actor: actor)
    }

    public func reorderMeasures(
        agency: Identifier<AgencyRecord>, year: Int, order: [Identifier<MeasureRecord>], actor: Actor
    ) throws {
        guard years[Self.yearKey(agency, year)] != nil else { throw StorageError.notFound(entity: "plan", id: Self.yearKey(agency, year)) }
        renumber(try MeasureNumbering.changes(of: yearMeasures(agency: agency, year: year), to: order, at: actor.at), actor: actor)
    }

    private func renumber(_ changes: [(before: MeasureRecord, after: MeasureRecord)], actor: Actor) {
        for (before, after) in changes {
            measures[after.id] = after
            audit.append(.change("update", entity: "measure", entityID: after.id.description, agencyID: after.agencyID, before: before, after: after, actor: actor))
        }
    }

    private func yearMeasures(agency: Identifier<AgencyRecord>, year: Int) -> [MeasureRecord] {
        MeasureNumbering.ordered(measures.values.filter { $0.agencyID == agency && $0.planYear == year })
    }

    public func fetchMeasure(id: Identifier<MeasureRecord>, agency: Identifier<AgencyRecord>) -> MeasureRecord? {
        measures[id].flatMap { $0.agencyID == agency ? $0 : nil }
    }

    public func insertProgress(_ entry: ProgressEntry, evidence files: [EvidenceUpload], actor: Actor) throws {
        guard let measure = measures[entry.measureID], measure.agencyID == entry.agencyID else {
            throw StorageError.notFound(entity: "measure", id: entry.measureID.description)
        }
        guard progress[entry.id] == nil else { throw StorageError.duplicate(field: "progress", value: entry.id.description) }
        for upload in files
        where upload.file.progressEntryID != entry.id || upload.file.measureID != entry.measureID
            || upload.file.agencyID != entry.agencyID {
            throw StorageError.conflict("evidence \(upload.file.id) does not belong to progress entry \(entry.id)")
        }
        for upload in files where evidence[upload.file.id] != nil {
            throw StorageError.duplicate(field: "evidence", value: upload.file.id.description)
        }
        progress[entry.id] = entry
        for upload in files {
            evidence[upload.file.id] = upload.file
            // The first bytes stored under a hash stay, as in the database adapters.
            if blobs[upload.file.sha256] == nil { blobs[upload.file.sha256] = upload.bytes }
        }
        audit.append(.change("create", entity: "progress", entityID: entry.id.description, agencyID: entry.agencyID, before: ProgressEntry?.none, after: entry, actor: actor))
        for upload in files {
            audit.append(.change("create", entity: "evidence", entityID: upload.file.id.description, agencyID: entry.agencyID, before: EvidenceFile?.none, after: upload.file, actor: actor))
        }
    }

    public func fetchProgress(measure: Identifier<MeasureRecord>, agency: Identifier<AgencyRecord>) -> [ProgressEntry] {
        Self.ordered(progress.values.filter { $0.measureID == measure && $0.agencyID == agency })
    }

    public func fetchProgress(agency: Identifier<AgencyRecord>, year: Int) -> [ProgressEntry] {
        let ids = Set(measures.values.filter { $0.agencyID == agency && $0.planYear == year }.map(\.id))
        return Self.ordered(progress.values.filter { ids.contains($0.measureID) })
    }

    public func fetchEvidence(agency: Identifier<AgencyRecord>, year: Int) -> [EvidenceFile] {
        let ids = Set(measures.values.filter { $0.agencyID == agency && $0.planYear == year }.map(\.id))
        return evidence.values.filter { ids.contains($0.measureID) }.sorted { ($0.effectiveDate, $0.fileName) < ($1.effectiveDate, $1.fileName) }
    }

    public func fetchEvidence(id: Identifier<EvidenceFile>, agency: Identifier<AgencyRecord>) -> (EvidenceFile, Data)? {
        guard let file = evidence[id], file.agencyID == agency, let bytes = blobs[file.sha256] else { return nil }
        return (file, bytes)
    }

    public func insertMeetingReport(_ report: MeetingReport, actor: Actor) throws {
        guard years[Self.yearKey(report.agencyID, report.planYear)] != nil else {
            throw StorageError.notFound(entity: "plan", id: Self.yearKey(report.agencyID, report.planYear))
        }
        meetings[report.id] = report
        audit.append(.change("create", entity: "meeting", entityID: report.id.description, agencyID: report.agencyID, before: MeetingReport?.none, after: report, actor: actor))
    }

    public func fetchMeetingReports(agency: Identifier<AgencyRecord>, year: Int) -> [MeetingReport] {
        meetings.values.filter { $0.agencyID == agency && $0.planYear == year }.sorted { $0.meetingDate < $1.meetingDate }
    }

    static func ordered(_ entries: some Sequence<ProgressEntry>) -> [ProgressEntry] {
        entries.sorted { ($0.date, $0.createdAt) < ($1.date, $1.createdAt) }
    }
}
