import GRDB
import Planning
import ThaiText
import Workbench

/// A measure as a row of `measure`: its text and period in columns, its lists as JSON.
struct MeasureRow: FetchableRecord, PersistableRecord {
    static let databaseTableName = "measure"
    var record: MeasureRecord

    init(_ record: MeasureRecord) { self.record = record }

    init(row: Row) throws {
        let measure = Measure(
            title: try row.value("title"), steps: try row.json("steps"), divisions: try row.json("divisions"),
            period: MonthPeriod(start: try row.yearMonth("period_start"), end: try row.yearMonth("period_end")),
            monitoring: try row.value("monitoring"), indicators: try row.json("indicators"),
            itemCodes: try row.json("item_codes"))
        record = MeasureRecord(
            id: try row.identifier("id"), agencyID: try row.identifier("agency_id"), planYear: try row.value("plan_year"),
            position: try row.value("position"), measure: measure, updatedAt: try row.date("updated_at"))
    }

    func encode(to container: inout PersistenceContainer) throws {
        let measure = record.measure
        container["id"] = record.id.description
        container["agency_id"] = record.agencyID.description
        container["plan_year"] = record.planYear
        container["position"] = record.position
        container["title"] = measure.title
        container["steps"] = try ColumnCoding.json(measure.steps)
        container["divisions"] = try ColumnCoding.json(measure.divisions)
        container["period_start"] = ColumnCoding.text(measure.period.start)
        container["period_end"] = ColumnCoding.text(measure.period.end)
        container["monitoring"] = measure.monitoring
        container["indicators"] = try ColumnCoding.json(measure.indicators)
        container["item_codes"] = try ColumnCoding.json(measure.itemCodes)
        container["updated_at"] = ColumnCoding.seconds(record.updatedAt)
    }
}
