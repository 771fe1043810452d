import GRDB
import Workbench

/// A progress entry as a row of `progress_entry`.
struct ProgressEntryRow: FetchableRecord, PersistableRecord {
    static let databaseTableName = "progress_entry"
    var record: ProgressEntry

    init(_ record: ProgressEntry) { self.record = record }

    init(row: Row) throws {
        record = ProgressEntry(
            id: try row.identifier("id"), measureID: try row.identifier("measure_id"),
            agencyID: try row.identifier("agency_id"), date: try row.thaiDate("date"), text: try row.value("text"),
            status: try row.enumValue("status"), percent: try row.value("percent"),
            authorID: try row.optionalIdentifier("author_id"), authorName: try row.value("author_name"),
            createdAt: try row.date("created_at"))
    }

    func encode(to container: inout PersistenceContainer) {
        container["id"] = record.id.description
        container["measure_id"] = record.measureID.description
        container["agency_id"] = record.agencyID.description
        container["date"] = ColumnCoding.text(record.date)
        container["text"] = record.text
        container["status"] = record.status.rawValue
        container["percent"] = record.percent
        container["author_id"] = record.authorID?.description
        container["author_name"] = record.authorName
        container["created_at"] = ColumnCoding.seconds(record.createdAt)
    }
}
