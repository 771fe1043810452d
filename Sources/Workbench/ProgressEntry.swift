import Foundation
import ThaiText

/// สถานะ — where a measure stands, as its latest progress entry says.
public enum ProgressStatus: String, Codable, Hashable, Sendable, CaseIterable {
    case notStarted
    case inProgress
    case completed
    /// Work stopped by a problem the entry explains.
    case blocked

    public var nameTH: String {
        switch self {
        case .notStarted: "ยังไม่ดำเนินการ"
        case .inProgress: "อยู่ระหว่างดำเนินการ"
        case .completed: "ดำเนินการแล้วเสร็จ"
        case .blocked: "ติดปัญหา"
        }
    }

    public var nameEN: String {
        switch self {
        case .notStarted: "Not started"
        case .inProgress: "In progress"
        case .completed: "Completed"
        case .blocked: "Blocked"
        }
    }
}

/// ผลการดำเนินงาน — one report of what was done on a measure.
public struct ProgressEntry: Codable, Hashable, Sendable {
    public var id: Identifier<ProgressEntry>
    public var measureID: Identifier<MeasureRecord>
    public var agencyID: Identifier<AgencyRecord>
    /// When the work happened (not when it was typed in).
    public var date: ThaiDate
    public var text: String
    public var status: ProgressStatus
    /// 0–100.
    public var percent: Int
    public var authorID: Identifier<UserAccount>?
    public var authorName: String
    public var createdAt: Date

    public init(
        id: Identifier<ProgressEntry>, measureID: Identifier<MeasureRecord>, agencyID: Identifier<AgencyRecord>,
        date: ThaiDate, text: String, status: ProgressStatus, percent: Int, authorID: Identifier<UserAccount>?,
        authorName: String, createdAt: Date
    ) {
        self.id = id
        self.measureID = measureID
        self.agencyID = agencyID
        self.date = date
        self.text = text
        self.status = status
        self.percent = percent
        self.authorID = authorID
        self.authorName = authorName
        self.createdAt = createdAt
    }
}

/// หลักฐาน — a file that shows the work, stored by its SHA-256.
public struct EvidenceFile: Codable, Hashable, Sendable {
    public var id: Identifier<EvidenceFile>
    public var agencyID: Identifier<AgencyRecord>
    public var measureID: Identifier<MeasureRecord>
    public var progressEntryID: Identifier<ProgressEntry>
    public var fileName: String
    /// The type found by sniffing the bytes, never the one the browser claimed.
    public var contentType: String
    public var size: Int
    /// Lower-case hex SHA-256 of the bytes.
    public var sha256: String
    /// The date the evidence speaks for, which can differ from the upload date.
    public var effectiveDate: ThaiDate
    public var uploadedAt: Date
    public var uploadedBy: String

    public init(
        id: Identifier<EvidenceFile>, agencyID: Identifier<AgencyRecord>, measureID: Identifier<MeasureRecord>,
        progressEntryID: Identifier<ProgressEntry>, fileName: String, contentType: String, size: Int, sha256: String,
        effectiveDate: ThaiDate, uploadedAt: Date, uploadedBy: String
    ) {
        self.id = id
        self.agencyID = agencyID
        self.measureID = measureID
        self.progressEntryID = progressEntryID
        self.fileName = fileName
        self.contentType = contentType
        self.size = size
        self.sha256 = sha256
        self.effectiveDate = effectiveDate
        self.uploadedAt = uploadedAt
        self.uploadedBy = uploadedBy
    }
}

/// An evidence file on its way into storage: its record and its bytes.
public struct EvidenceUpload: Sendable {
    public var file: EvidenceFile
    public var bytes: Data

    public init(file: EvidenceFile, bytes: Data) {
        self.file = file
        self.bytes = bytes
    }
}

/// รายงานการประชุมประจำเดือน — the monthly meeting at which divisions report progress.
public struct MeetingReport: Codable, Hashable, Sendable {
    public var id: Identifier<MeetingReport>
    public var agencyID: Identifier<AgencyRecord>
    public var planYear: Int
    /// The month whose progress the meeting reviewed.
    public var month: YearMonth
    public var meetingDate: ThaiDate
    public var title: String
    public var notes: String
    public var createdBy: String
    public var createdAt: Date

    public init(
        id: Identifier<MeetingReport>, agencyID: Identifier<AgencyRecord>, planYear: Int, month: YearMonth,
        meetingDate: ThaiDate, title: String, notes: String, createdBy: String, createdAt: Date
    ) {
        self.id = id
        self.agencyID = agencyID
        self.planYear = planYear
        self.month = month
        self.meetingDate = meetingDate
        self.title = title
        self.notes = notes
        self.createdBy = createdBy
        self.createdAt = createdAt
    }
}
