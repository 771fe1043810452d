import Foundation
import Workbench

/// The API's view of a meeting report.
struct MeetingJSON: Encodable {
    var id: String
    var planYear: Int
    /// "2565-11": พ.ศ. year and month reviewed.
    var month: String
    var monthThai: String
    var meetingDate: String
    var meetingDateThai: String
    var title: String
    var notes: String
    var createdBy: String
    var createdAt: Date

    init(_ meeting: MeetingReport) {
        id = meeting.id.description
        planYear = meeting.planYear
        month = MeasureJSON.code(meeting.month)
        monthThai = meeting.month.thaiFull
        meetingDate = meeting.meetingDate.iso8601
        meetingDateThai = meeting.meetingDate.thaiAbbreviated
        title = meeting.title
        notes = meeting.notes
        createdBy = meeting.createdBy
        createdAt = meeting.createdAt
    }
}

/// `GET …/years/:year/meetings`
struct YearMeetingsJSON: Encodable {
    var year: Int
    var meetings: [MeetingJSON]
}

/// `GET …/meetings/:meeting`: the report with each measure's reports of the month.
struct MeetingDetailJSON: Encodable {
    struct Measure: Encodable {
        var measure: MeasureJSON
        var entries: [ProgressEntryJSON]
        /// The latest report up to the month's end.
        var latest: ProgressEntryJSON?
    }

    var meeting: MeetingJSON
    var measures: [Measure]

    init(_ review: MeetingReview, agencySlug: String) {
        meeting = MeetingJSON(review.meeting)
        let json = { (entry: ProgressEntry) in
            ProgressEntryJSON(entry, evidence: review.evidence[entry.id] ?? [], agencySlug: agencySlug)
        }
        measures = review.measures.map { item in
            Measure(measure: MeasureJSON(item.measure), entries: item.entries.map(json), latest: item.latest.map(json))
        }
    }
}
