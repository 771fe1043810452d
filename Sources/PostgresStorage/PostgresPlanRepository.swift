import Foundation
import PostgresNIO
import Storage
import Workbench

/// Fiscal years and measures in `fiscal_year` and `measure`; progress, evidence and meetings are in
/// `PostgresPlanRepository+Progress.swift`. Every query names the agency, so another agency's row is "not found".
struct PostgresPlanRepository: PlanRepository {
    let store: PostgresStore

    func fetchPlanYears(agency: Identifier<AgencyRecord>) async throws -> [Int] {
        try await store.read { db in
            try await db.fetch(
                "SELECT plan_year FROM fiscal_year WHERE agency_id = \(agency.rawValue) ORDER BY plan_year", as: Int.self)
        }
    }

    func fetchPlan(agency: Identifier<AgencyRecord>, year: Int) async throws -> StoredPlan? {
        try await store.read { db in
            guard let record = try await db.fetchFiscalYear(agency: agency, year: year, lock: false) else { return nil }
            return StoredPlan(year: record, measures: try await db.fetchMeasures(agency: agency, year: year, lock: false))
        }
    }

    func insertPlan(_ plan: StoredPlan, actor: Actor) async throws {
        let year = plan.year
        try await store.write { db in
            // Checked in the in-memory store's order, so both adapters report the same first problem.
            guard try await db.exists("SELECT 1 FROM agency WHERE id = \(year.agencyID.rawValue)") else {
                throw StorageError.notFound(entity: "agency", id: year.agencyID.description)
            }
            try await db.execute(
                """
                INSERT INTO fiscal_year (agency_id, plan_year, assessed_year, result, assessor_summary, recommendations,
                                         analysis, updated_at)
                VALUES (\(year.agencyID.rawValue), \(year.planYear), \(year.assessedYear),
                        \(try PostgresJSON.encode(year.result))::jsonb, \(year.assessorSummary),
                        \(try PostgresJSON.encode(year.recommendations))::jsonb,
                        \(try PostgresJSON.encode(year.analysis))::jsonb, \(PostgresTimestamp(year.updatedAt)))
                """,
                constraints: ["fiscal_year_pkey": .duplicate(field: "planYear", value: String(year.planYear))])
            for measure in plan.measures where measure.agencyID != year.agencyID || measure.planYear != year.planYear {
                throw StorageError.conflict("measure \(measure.id) does not belong to the plan year")
            }
            for measure in plan.measures {
                try await db.insert(measure)
            }
            try await db.insert(.change(
                "create", entity: "plan", entityID: Self.key(year.agencyID, year.planYear), agencyID: year.agencyID,
                before: StoredPlan?.none, after: plan, actor: actor))
        }
    }

    func updateFiscalYear(_ year: FiscalYearRecord, actor: Actor) async throws {
        let key = Self.key(year.agencyID, year.planYear)
        try await store.write { db in
            guard let old = try await db.fetchFiscalYear(agency: year.agencyID, year: year.planYear, lock: true) else {
                throw StorageError.notFound(entity: "plan", id: key)
            }
            try await db.execute(
                """
                UPDATE fiscal_year SET assessed_year = \(year.assessedYear),
                    result = \(try PostgresJSON.encode(year.result))::jsonb, assessor_summary = \(year.assessorSummary),
                    recommendations = \(try PostgresJSON.encode(year.recommendations))::jsonb,
                    analysis = \(try PostgresJSON.encode(year.analysis))::jsonb,
                    updated_at = \(PostgresTimestamp(year.updatedAt))
                WHERE agency_id = \(year.agencyID.rawValue) AND plan_year = \(year.planYear)
                """)
            try await db.insert(.change(
                "update", entity: "plan", entityID: key, agencyID: year.agencyID, before: old, after: year, actor: actor))
        }
    }

    func insertMeasure(_ measure: MeasureRecord, actor: Actor) async throws {
        try await store.write { db in
            guard try await db.fetchFiscalYear(agency: measure.agencyID, year: measure.planYear, lock: false) != nil else {
                throw StorageError.notFound(entity: "plan", id: Self.key(measure.agencyID, measure.planYear))
            }
            try await db.insert(measure)
            try await db.insert(.change(
                "create", entity: "measure", entityID: measure.id.description, agencyID: measure.agencyID,
                before: MeasureRecord?.none, after: measure, actor: actor))
        }
    }

    func updateMeasure(_ measure: MeasureRecord, actor: Actor) async throws {
        try await store.write { db in
            guard let old = try await db.fetchMeasure(id: measure.id, agency: measure.agencyID, lock: true) else {
                throw StorageError.notFound(entity: "measure", id: measure.id.description)
            }
            // A measure stays in its plan year and its place; only its content changes.
            var updated = measure
            updated.planYear = old.planYear
            updated.position = old.position
            let content = updated.measure
            try await db.execute(
                """
                UPDATE measure SET position = \(updated.position), title = \(content.title),
                    steps = \(try PostgresJSON.encode(content.steps))::jsonb,
                    divisions = \(try PostgresJSON.encode(content.divisions))::jsonb,
                    period_start = \(PostgresDay(content.period.start)), period_end = \(PostgresDay(content.period.end)),
                    monitoring = \(content.monitoring), indicators = \(try PostgresJSON.encode(content.indicators))::jsonb,
                    item_codes = \(try PostgresJSON.encode(content.itemCodes))::jsonb,
                    updated_at = \(PostgresTimestamp(updated.updatedAt))
                WHERE id = \(updated.id.rawValue) AND agency_id = \(updated.agencyID.rawValue)
                """)
            try await db.insert(.change(
                "update", entity: "measure", entityID: measure.id.description, agencyID: measure.agencyID, before: old,
                after: updated, actor: actor))
        }
    }

    func deleteMeasure(id: Identifier<MeasureRecord>, agency: Identifier<AgencyRecord>, actor: Actor) async throws {
        let hasProgress = StorageError.conflict("measure \(id) has progress entries")
        let missing = StorageError.notFound(entity: "measure", id: id.description)
        try await store.write { db in
            guard let found = try await db.fetchMeasure(id: id, agency: agency, lock: false) else { throw missing }
            // The plan year is locked before its measures, as every renumbering does, so two never deadlock.
            _ = try await db.fetchFiscalYear(agency: agency, year: found.planYear, lock: true)
            guard let old = try await db.fetchMeasure(id: id, agency: agency, lock: true) else { throw missing }
            guard try await !db.exists("SELECT 1 FROM progress_entry WHERE measure_id = \(id.rawValue)") else {
                throw hasProgress
            }
            // The foreign key also refuses, should progress arrive between the check and the delete.
            try await db.execute(
                "DELETE FROM measure WHERE id = \(id.rawValue) AND agency_id = \(agency.rawValue)",
                constraints: ["progress_entry_measure_fkey": hasProgress])
            try await db.insert(.change(
                "delete", entity: "measure", entityID: id.description, agencyID: agency, before: old,
                after: MeasureRecord?.none, actor: actor))
            let rest = try await db.fetchMeasures(agency: agency, year: old.planYear, lock: true)
            try await db.renumber(try MeasureNumbering.changes(of: rest, to: rest.map(\.id), at: actor.at), actor: actor)
        }
    }

    func reorderMeasures(
        agency: Identifier<AgencyRecord>, year: Int, order: [Identifier<MeasureRecord>], actor: Actor
    ) async throws {
        try await store.write { db in
            guard try await db.fetchFiscalYear(agency: agency, year: year, lock: true) != nil else {
                throw StorageError.notFound(entity: "plan", id: Self.key(agency, year))
            }
            let current = try await db.fetchMeasures(agency: agency, year: year, lock: true)
            try await db.renumber(try MeasureNumbering.changes(of: current, to: order, at: actor.at), actor: actor)
        }
    }

    func fetchMeasure(id: Identifier<MeasureRecord>, agency: Identifier<AgencyRecord>) async throws -> MeasureRecord? {
        try await store.read { db in try await db.fetchMeasure(id: id, agency: agency, lock: false) }
    }

    /// The id the in-memory store and the audit trail give a plan year.
    static func key(_ agency: Identifier<AgencyRecord>, _ year: Int) -> String { "\(agency)/\(year)" }
}
