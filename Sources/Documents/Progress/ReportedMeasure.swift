import Planning
import ThaiText

/// A measure with what was reported on it, as the progress documents receive it. Statuses come
/// as the words to print, so this module needs no knowledge of how the workbench stores them.
public struct ReportedMeasure: Hashable, Sendable {
    /// 1-based place in the measures table.
    public var number: Int
    public var measure: Measure
    /// Reports, oldest first.
    public var entries: [ReportedEntry]

    public init(number: Int, measure: Measure, entries: [ReportedEntry]) {
        self.number = number
        self.measure = measure
        self.entries = entries
    }
}

/// ผลการดำเนินงาน — one report on a measure.
public struct ReportedEntry: Hashable, Sendable {
    public var date: ThaiDate
    public var text: String
    /// The status in Thai, e.g. "อยู่ระหว่างดำเนินการ".
    public var status: String
    /// 0–100.
    public var percent: Int
    public var evidence: [ReportedEvidence]

    public init(date: ThaiDate, text: String, status: String, percent: Int, evidence: [ReportedEvidence] = []) {
        self.date = date
        self.text = text
        self.status = status
        self.percent = percent
        self.evidence = evidence
    }

    /// "อยู่ระหว่างดำเนินการ (ร้อยละ 40)"
    var statusLine: String { "\(status) (ร้อยละ \(percent))" }
}

/// หลักฐาน — a file that shows the work.
public struct ReportedEvidence: Hashable, Sendable {
    public var fileName: String
    /// The date the evidence speaks for.
    public var effectiveDate: ThaiDate
    /// Lower-case hex SHA-256 of the file.
    public var sha256: String

    public init(fileName: String, effectiveDate: ThaiDate, sha256: String) {
        self.fileName = fileName
        self.effectiveDate = effectiveDate
        self.sha256 = sha256
    }

    /// The first 12 hex digits: enough to tell files apart on paper and to find the file again.
    public var shortHash: String { String(sha256.prefix(12)) }
}
