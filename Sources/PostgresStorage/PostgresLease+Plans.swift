import Foundation
import Planning
import PostgresNIO
import Scoring
import Storage
import ThaiText
import Workbench

/// Reading and writing the rows of `fiscal_year` and `measure`, shared by the plan repository's calls.
extension PostgresLease {
    /// The fiscal year of an agency; `lock` holds the row until the transaction ends, for a change to it.
    func fetchFiscalYear(agency: Identifier<AgencyRecord>, year: Int, lock: Bool) async throws -> FiscalYearRecord? {
        let rows = try await fetch(
            """
            SELECT assessed_year, result, assessor_summary, recommendations, analysis, updated_at FROM fiscal_year
            WHERE agency_id = \(agency.rawValue) AND plan_year = \(year) \(unescaped: lock ? "FOR UPDATE" : "")
            """,
            as: (Int, String, String?, String, String, PostgresTimestamp).self)
        return try rows.first.map { assessed, result, summary, recommendations, analysis, updatedAt in
            FiscalYearRecord(
                agencyID: agency, planYear: year, assessedYear: assessed,
                result: try PostgresJSON.decode(PublishedResult.self, from: result, column: "fiscal_year.result"),
                assessorSummary: summary,
                recommendations: try PostgresJSON.decode(
                    [Recommendation].self, from: recommendations, column: "fiscal_year.recommendations"),
                analysis: try PostgresJSON.decode([IndicatorAnalysis].self, from: analysis, column: "fiscal_year.analysis"),
                updatedAt: updatedAt.date)
        }
    }

    /// One measure of an agency; `lock` holds the row until the transaction ends.
    func fetchMeasure(id: Identifier<MeasureRecord>, agency: Identifier<AgencyRecord>, lock: Bool) async throws -> MeasureRecord? {
        try await fetchMeasures(
            """
            SELECT \(unescaped: Self.measureColumns) FROM measure
            WHERE id = \(id.rawValue) AND agency_id = \(agency.rawValue) \(unescaped: lock ? "FOR UPDATE" : "")
            """
        ).first
    }

    /// The measures of a plan year in table order; `lock` holds their rows until the transaction ends.
    func fetchMeasures(agency: Identifier<AgencyRecord>, year: Int, lock: Bool) async throws -> [MeasureRecord] {
        try await fetchMeasures(
            """
            SELECT \(unescaped: Self.measureColumns) FROM measure
            WHERE agency_id = \(agency.rawValue) AND plan_year = \(year) ORDER BY position, id
            \(unescaped: lock ? "FOR UPDATE" : "")
            """)
    }

    /// Writes the new positions, each with its audit event.
    func renumber(_ changes: [(before: MeasureRecord, after: MeasureRecord)], actor: Actor) async throws {
        for (before, after) in changes {
            try await execute(
                """
                UPDATE measure SET position = \(after.position), updated_at = \(PostgresTimestamp(after.updatedAt))
                WHERE id = \(after.id.rawValue) AND agency_id = \(after.agencyID.rawValue)
                """)
            try await insert(.change(
                "update", entity: "measure", entityID: after.id.description, agencyID: after.agencyID, before: before,
                after: after, actor: actor))
        }
    }

    /// Measures from a query selecting `measureColumns`.
    func fetchMeasures(_ query: PostgresQuery) async throws -> [MeasureRecord] {
        let rows = try await fetch(
            query,
            as: (UUID, UUID, Int, Int, String, String, String, PostgresDay, PostgresDay, String, String, String,
                 PostgresTimestamp).self)
        return try rows.map { id, agency, year, position, title, steps, divisions, start, end, monitoring, indicators,
                              itemCodes, updatedAt in
            let measure = Measure(
                title: title, steps: try PostgresJSON.decode([String].self, from: steps, column: "measure.steps"),
                divisions: try PostgresJSON.decode([String].self, from: divisions, column: "measure.divisions"),
                period: MonthPeriod(start: start.yearMonth, end: end.yearMonth), monitoring: monitoring,
                indicators: try PostgresJSON.decode([Int].self, from: indicators, column: "measure.indicators"),
                itemCodes: try PostgresJSON.decode([String].self, from: itemCodes, column: "measure.item_codes"))
            return MeasureRecord(
                id: Identifier(id), agencyID: Identifier(agency), planYear: year, position: position, measure: measure,
                updatedAt: updatedAt.date)
        }
    }

    /// Adds a measure to its plan year; a taken id throws `.duplicate(field: "measure")`.
    func insert(_ record: MeasureRecord) async throws {
        let measure = record.measure
        try await execute(
            """
            INSERT INTO measure (\(unescaped: Self.measureColumns))
            VALUES (\(record.id.rawValue), \(record.agencyID.rawValue), \(record.planYear), \(record.position),
                    \(measure.title), \(try PostgresJSON.encode(measure.steps))::jsonb,
                    \(try PostgresJSON.encode(measure.divisions))::jsonb, \(PostgresDay(measure.period.start)),
                    \(PostgresDay(measure.period.end)), \(measure.monitoring),
                    \(try PostgresJSON.encode(measure.indicators))::jsonb,
                    \(try PostgresJSON.encode(measure.itemCodes))::jsonb, \(PostgresTimestamp(record.updatedAt)))
            """,
            constraints: ["measure_pkey": .duplicate(field: "measure", value: record.id.description)])
    }

    static let measureColumns = """
        id, agency_id, plan_year, position, title, steps, divisions, period_start, period_end, monitoring, indicators, \
        item_codes, updated_at
        """
}
