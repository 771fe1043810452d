import Foundation
import ThaiText

/// One step of a year's assessment calendar (registration, OIT submission, assessors' review …).
public struct CalendarStep: Codable, Hashable, Sendable {
    /// "registration", "surveys", "oit-submission", "oit-review", "clarification", "confirmation", "results".
    public var key: String
    public var labelTH: String
    public var labelEN: String
    /// First and last day as ISO 8601 Christian-era dates ("2026-01-01"), the way the data is
    /// written; people see them in พ.ศ. through `startDate` and `endDate`.
    public var start: String
    public var end: String
    public var provenance: Provenance

    public init(key: String, labelTH: String, labelEN: String, start: String, end: String, provenance: Provenance) {
        self.key = key
        self.labelTH = labelTH
        self.labelEN = labelEN
        self.start = start
        self.end = end
        self.provenance = provenance
    }

    public var startDate: ThaiDate? { ThaiDate(iso8601: start) }
    public var endDate: ThaiDate? { ThaiDate(iso8601: end) }
}
