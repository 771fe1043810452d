import Complaints
import Foundation
import ThaiText
import Workbench

/// A case in the API's lists: metadata only.
struct ComplaintSummaryJSON: Encodable {
    var id: String
    var reference: String
    var category: String
    var status: String
    var receivedOn: String
    var statusChangedOn: String
    var closedOn: String?
    /// Whether the caller's key opens it.
    var openable: Bool
    var retention: String
    var deletableFrom: String?

    init(_ record: ComplaintRecord, openable: Bool, retention: RetentionPolicy, today: ThaiDate) {
        id = record.id.description
        reference = record.reference
        category = record.category.rawValue
        status = record.status.rawValue
        receivedOn = record.receivedOn.iso8601
        statusChangedOn = record.statusChangedOn.iso8601
        closedOn = record.closedOn?.iso8601
        self.openable = openable
        let state = retention.state(of: record, on: today)
        self.retention = switch state {
        case .kept: "kept"
        case .keptUntil: "keptUntil"
        case .expiring: "expiring"
        case .expired: "expired"
        }
        deletableFrom = retention.expiry(of: record)?.iso8601
    }
}
