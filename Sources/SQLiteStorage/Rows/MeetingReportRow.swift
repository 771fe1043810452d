import GRDB
import Workbench

/// A meeting report as a row of `meeting_report`.
struct MeetingReportRow: FetchableRecord, PersistableRecord {
    static let databaseTableName = "meeting_report"
    var record: MeetingReport

    init(_ record: MeetingReport) { self.record = record }

    init(row: Row) throws {
        record = MeetingReport(
            id: try row.identifier("id"), agencyID: try row.identifier("agency_id"), planYear: try row.value("plan_year"),
            month: try row.yearMonth("month"), meetingDate: try row.thaiDate("meeting_date"), title: try row.value("title"),
            notes: try row.value("notes"), createdBy: try row.value("created_by"), createdAt: try row.date("created_at"))
    }

    func encode(to container: inout PersistenceContainer) {
        container["id"] = record.id.description
        container["agency_id"] = record.agencyID.description
        container["plan_year"] = record.planYear
        container["month"] = ColumnCoding.text(record.month)
        container["meeting_date"] = ColumnCoding.text(record.meetingDate)
        container["title"] = record.title
        container["notes"] = record.notes
        container["created_by"] = record.createdBy
        container["created_at"] = ColumnCoding.seconds(record.createdAt)
    }
}
