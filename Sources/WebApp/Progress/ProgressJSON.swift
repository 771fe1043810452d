import Foundation
import ThaiText
import Workbench

/// The API's view of measures, progress entries and evidence. Dates are ISO (Christian era) for
/// programs, with the Thai form beside them for people.
struct MeasureJSON: Encodable {
    var id: String
    var planYear: Int
    var position: Int
    var title: String
    var divisions: [String]
    /// "2565-10": พ.ศ. year and month.
    var periodStart: String
    var periodEnd: String
    var periodThai: String

    init(_ record: MeasureRecord) {
        id = record.id.description
        planYear = record.planYear
        position = record.position
        title = record.measure.title
        divisions = record.measure.divisions
        periodStart = Self.code(record.measure.period.start)
        periodEnd = Self.code(record.measure.period.end)
        periodThai = record.measure.period.thaiAbbreviated
    }

    /// "2565-10", the form the API reads months in too.
    static func code(_ month: YearMonth) -> String {
        month.month.rawValue < 10 ? "\(month.year)-0\(month.month.rawValue)" : "\(month.year)-\(month.month.rawValue)"
    }
}

struct EvidenceJSON: Encodable {
    var id: String
    var fileName: String
    var contentType: String
    var size: Int
    var sha256: String
    var effectiveDate: String
    var effectiveDateThai: String
    var uploadedAt: Date
    var uploadedBy: String
    /// Where the API serves the bytes.
    var href: String

    init(_ file: EvidenceFile, agencySlug: String) {
        id = file.id.description
        fileName = file.fileName
        contentType = file.contentType
        size = file.size
        sha256 = file.sha256
        effectiveDate = file.effectiveDate.iso8601
        effectiveDateThai = file.effectiveDate.thaiAbbreviated
        uploadedAt = file.uploadedAt
        uploadedBy = file.uploadedBy
        href = "/api/v1/agencies/\(agencySlug)/evidence/\(file.id)"
    }
}

struct ProgressEntryJSON: Encodable {
    var id: String
    var measureID: String
    var date: String
    var dateThai: String
    var status: String
    var statusTH: String
    var percent: Int
    var text: String
    var author: String
    var createdAt: Date
    var evidence: [EvidenceJSON]

    init(_ entry: ProgressEntry, evidence: [EvidenceFile], agencySlug: String) {
        id = entry.id.description
        measureID = entry.measureID.description
        date = entry.date.iso8601
        dateThai = entry.date.thaiAbbreviated
        status = entry.status.rawValue
        statusTH = entry.status.nameTH
        percent = entry.percent
        text = entry.text
        author = entry.authorName
        createdAt = entry.createdAt
        self.evidence = evidence.map { EvidenceJSON($0, agencySlug: agencySlug) }
    }
}

/// A measure with where it stands and, optionally, its entries.
struct MeasureProgressJSON: Encodable {
    var measure: MeasureJSON
    var status: String
    var statusTH: String
    var percent: Int
    var overdue: Bool
    var lastReported: String?
    /// Whether the caller may report on it.
    var canReport: Bool
    var entries: [ProgressEntryJSON]

    init(_ standing: MeasureStanding, evidence: [Identifier<ProgressEntry>: [EvidenceFile]], user: UserAccount, agencySlug: String) {
        measure = MeasureJSON(standing.measure)
        status = standing.status.rawValue
        statusTH = standing.status.nameTH
        percent = standing.percent
        overdue = standing.isOverdue
        lastReported = standing.lastReported?.iso8601
        canReport = Permissions.canWork(on: standing.measure, user: user)
        entries = standing.entries.map { ProgressEntryJSON($0, evidence: evidence[$0.id] ?? [], agencySlug: agencySlug) }
    }
}

/// `GET …/years/:year/progress`
struct YearProgressJSON: Encodable {
    var year: Int
    var measures: [MeasureProgressJSON]
}
