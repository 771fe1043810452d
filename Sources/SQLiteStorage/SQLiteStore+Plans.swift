import GRDB
import Storage
import Workbench

extension SQLiteStore: PlanRepository {
    public func fetchPlanYears(agency: Identifier<AgencyRecord>) async throws -> [Int] {
        try await read { db in
            try Int.fetchAll(db, sql: "SELECT plan_year FROM fiscal_year WHERE agency_id = ? ORDER BY plan_year",
                             arguments: [agency.description])
        }
    }

    public func fetchPlan(agency: Identifier<AgencyRecord>, year: Int) async throws -> StoredPlan? {
        try await read { db in
            guard let record = try Self.fetchFiscalYear(agency: agency, year: year, db) else { return nil }
            return StoredPlan(year: record, measures: try Self.fetchMeasures(agency: agency, year: year, db))
        }
    }

    public func insertPlan(_ plan: StoredPlan, actor: Actor) async throws {
        let year = plan.year
        let key = Self.yearKey(year.agencyID, year.planYear)
        try await write { db in
            guard try AgencyRow.exists(db, key: year.agencyID.description) else {
                throw StorageError.notFound(entity: "agency", id: year.agencyID.description)
            }
            try Self.translatingConstraints(duplicates: [
                "fiscal_year.agency_id, fiscal_year.plan_year": .duplicate(field: "planYear", value: String(year.planYear)),
            ]) {
                try FiscalYearRow(year).insert(db)
            }
            for measure in plan.measures where measure.agencyID != year.agencyID || measure.planYear != year.planYear {
                throw StorageError.conflict("measure \(measure.id) does not belong to the plan year")
            }
            for measure in plan.measures { try Self.insertMeasure(measure, db) }
            try Self.insertAuditEvent(
                .change("create", entity: "plan", entityID: key, agencyID: year.agencyID, before: StoredPlan?.none,
                        after: plan, actor: actor), db)
        }
    }

    public func updateFiscalYear(_ year: FiscalYearRecord, actor: Actor) async throws {
        let key = Self.yearKey(year.agencyID, year.planYear)
        try await write { db in
            guard let old = try Self.fetchFiscalYear(agency: year.agencyID, year: year.planYear, db) else {
                throw StorageError.notFound(entity: "plan", id: key)
            }
            try FiscalYearRow(year).update(db)
            try Self.insertAuditEvent(
                .change("update", entity: "plan", entityID: key, agencyID: year.agencyID, before: old, after: year,
                        actor: actor), db)
        }
    }

    public func insertMeasure(_ measure: MeasureRecord, actor: Actor) async throws {
        try await write { db in
            try Self.requirePlan(agency: measure.agencyID, year: measure.planYear, db)
            try Self.insertMeasure(measure, db)
            try Self.insertAuditEvent(
                .change("create", entity: "measure", entityID: measure.id.description, agencyID: measure.agencyID,
                        before: MeasureRecord?.none, after: measure, actor: actor), db)
        }
    }

    public func updateMeasure(_ measure: MeasureRecord, actor: Actor) async throws {
        try await write { db in
            guard let old = try Self.fetchMeasure(id: measure.id, agency: measure.agencyID, db) else {
                throw StorageError.notFound(entity: "measure", id: measure.id.description)
            }
            // A measure stays in its plan year and its place; moving it is not an edit.
            var updated = measure
            updated.planYear = old.planYear
            updated.position = old.position
            try MeasureRow(updated).update(db)
            try Self.insertAuditEvent(
                .change("update", entity: "measure", entityID: measure.id.description, agencyID: measure.agencyID,
                        before: old, after: updated, actor: actor), db)
        }
    }

    public func deleteMeasure(id: Identifier<MeasureRecord>, agency: Identifier<AgencyRecord>, actor: Actor) async throws {
        try await write { db in
            guard let old = try Self.fetchMeasure(id: id, agency: agency, db) else {
                throw StorageError.notFound(entity: "measure", id: id.description)
            }
            guard try ProgressEntryRow.filter(Column("measure_id") == id.description).isEmpty(db) else {
                throw StorageError.conflict("measure \(id) has progress entries")
            }
            try MeasureRow.deleteOne(db, key: id.description)
            try Self.insertAuditEvent(
                .change("delete", entity: "measure", entityID: id.description, agencyID: agency, before: old,
                        after: MeasureRecord?.none, actor: actor), db)
            let rest = try Self.fetchMeasures(agency: agency, year: old.planYear, db)
            try Self.renumber(try MeasureNumbering.changes(of: rest, to: rest.map(\.id), at: actor.at), actor: actor, db)
        }
    }

    public func reorderMeasures(
        agency: Identifier<AgencyRecord>, year: Int, order: [Identifier<MeasureRecord>], actor: Actor
    ) async throws {
        try await write { db in
            try Self.requirePlan(agency: agency, year: year, db)
            let current = try Self.fetchMeasures(agency: agency, year: year, db)
            try Self.renumber(try MeasureNumbering.changes(of: current, to: order, at: actor.at), actor: actor, db)
        }
    }

    private static func fetchMeasures(agency: Identifier<AgencyRecord>, year: Int, _ db: Database) throws -> [MeasureRecord] {
        try MeasureRow.filter(Column("agency_id") == agency.description && Column("plan_year") == year)
            .order(Column("position"), Column("id")).fetchAll(db).map(\.record)
    }

    private static func renumber(_ changes: [(before: MeasureRecord, after: MeasureRecord)], actor: Actor, _ db: Database) throws {
        for (before, after) in changes {
            try MeasureRow(after).update(db)
            try insertAuditEvent(
                .change("update", entity: "measure", entityID: after.id.description, agencyID: after.agencyID,
                        before: before, after: after, actor: actor), db)
        }
    }

    public func fetchMeasure(id: Identifier<MeasureRecord>, agency: Identifier<AgencyRecord>) async throws -> MeasureRecord? {
        try await read { db in try Self.fetchMeasure(id: id, agency: agency, db) }
    }

    public func insertMeetingReport(_ report: MeetingReport, actor: Actor) async throws {
        try await write { db in
            try Self.requirePlan(agency: report.agencyID, year: report.planYear, db)
            try Self.translatingConstraints(duplicates: [
                "meeting_report.id": .duplicate(field: "meeting", value: report.id.description),
            ]) {
                try MeetingReportRow(report).insert(db)
            }
            try Self.insertAuditEvent(
                .change("create", entity: "meeting", entityID: report.id.description, agencyID: report.agencyID,
                        before: MeetingReport?.none, after: report, actor: actor), db)
        }
    }

    public func fetchMeetingReports(agency: Identifier<AgencyRecord>, year: Int) async throws -> [MeetingReport] {
        try await read { db in
            try MeetingReportRow.filter(Column("agency_id") == agency.description && Column("plan_year") == year)
                .order(Column("meeting_date"), Column("created_at")).fetchAll(db).map(\.record)
        }
    }

    /// The id a plan year has in errors and in the audit trail, the same in every adapter.
    static func yearKey(_ agency: Identifier<AgencyRecord>, _ year: Int) -> String { "\(agency)/\(year)" }

    static func fetchFiscalYear(agency: Identifier<AgencyRecord>, year: Int, _ db: Database) throws -> FiscalYearRecord? {
        try FiscalYearRow.fetchOne(db, key: ["agency_id": agency.description, "plan_year": year])?.record
    }

    static func requirePlan(agency: Identifier<AgencyRecord>, year: Int, _ db: Database) throws {
        guard try FiscalYearRow.exists(db, key: ["agency_id": agency.description, "plan_year": year]) else {
            throw StorageError.notFound(entity: "plan", id: yearKey(agency, year))
        }
    }

    /// Another agency's measure is "not found", exactly like a missing one.
    static func fetchMeasure(id: Identifier<MeasureRecord>, agency: Identifier<AgencyRecord>, _ db: Database) throws -> MeasureRecord? {
        try MeasureRow.filter(Column("id") == id.description && Column("agency_id") == agency.description)
            .fetchOne(db)?.record
    }

    private static func insertMeasure(_ measure: MeasureRecord, _ db: Database) throws {
        try translatingConstraints(duplicates: ["measure.id": .duplicate(field: "measure", value: measure.id.description)]) {
            try MeasureRow(measure).insert(db)
        }
    }
}
