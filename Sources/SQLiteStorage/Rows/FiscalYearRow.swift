import GRDB
import Planning
import Scoring
import Workbench

/// A plan year as a row of `fiscal_year`; the result, recommendations and analysis are JSON columns.
struct FiscalYearRow: FetchableRecord, PersistableRecord {
    static let databaseTableName = "fiscal_year"
    var record: FiscalYearRecord

    init(_ record: FiscalYearRecord) { self.record = record }

    init(row: Row) throws {
        record = FiscalYearRecord(
            agencyID: try row.identifier("agency_id"), planYear: try row.value("plan_year"),
            assessedYear: try row.value("assessed_year"), result: try row.json("result"),
            assessorSummary: try row.value("assessor_summary"), recommendations: try row.json("recommendations"),
            analysis: try row.json("analysis"), updatedAt: try row.date("updated_at"))
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["agency_id"] = record.agencyID.description
        container["plan_year"] = record.planYear
        container["assessed_year"] = record.assessedYear
        container["result"] = try ColumnCoding.json(record.result)
        container["assessor_summary"] = record.assessorSummary
        container["recommendations"] = try ColumnCoding.json(record.recommendations)
        container["analysis"] = try ColumnCoding.json(record.analysis)
        container["updated_at"] = ColumnCoding.seconds(record.updatedAt)
    }
}
