import Foundation
import Workbench

/// One check of the watch log: during the review window, the public page and its links are fetched
/// and each answer recorded, so the agency can show they stayed up.
public struct WatchLogEntry: Codable, Hashable, Sendable {
    public var id: Identifier<WatchLogEntry>
    public var agencyID: Identifier<AgencyRecord>
    public var fiscalYear: Int
    public var checkedAt: Date
    public var url: String
    /// The HTTP status, when the server answered.
    public var status: Int?
    public var ok: Bool
    /// The reason when not ok ("timed out", "redirect → …"); empty when ok.
    public var detail: String

    public init(
        id: Identifier<WatchLogEntry>, agencyID: Identifier<AgencyRecord>, fiscalYear: Int, checkedAt: Date, url: String,
        status: Int?, ok: Bool, detail: String
    ) {
        self.id = id
        self.agencyID = agencyID
        self.fiscalYear = fiscalYear
        self.checkedAt = checkedAt
        self.url = url
        self.status = status
        self.ok = ok
        self.detail = detail
    }

    /// An entry from a link check's result.
    public init(
        _ status: LinkStatus, id: Identifier<WatchLogEntry>, agency: Identifier<AgencyRecord>, fiscalYear: Int, at date: Date
    ) {
        self.init(
            id: id, agencyID: agency, fiscalYear: fiscalYear, checkedAt: date, url: status.url,
            status: status.status, ok: status.isAlive, detail: status.isAlive ? "" : status.summary)
    }
}
