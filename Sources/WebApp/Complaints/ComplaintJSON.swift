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

/// One opened case for a receiving officer.
struct ComplaintCaseJSON: Encodable {
    struct Entry: Encodable {
        var id: String
        var kind: String
        var day: String
        /// Whether the reporter can read it.
        var visibleToReporter: Bool
        var author: String?
        var text: String?
        var report: ReportContent?
        var forwarding: ForwardingContent?
        var attachments: [Attachment]
    }

    struct Attachment: Encodable {
        var id: String
        var fileName: String
        var contentType: String
        var size: Int
        var href: String
    }

    var complaint: ComplaintSummaryJSON
    var entries: [Entry]

    init(_ opened: OpenedCase, retention: RetentionPolicy, today: ThaiDate) {
        complaint = ComplaintSummaryJSON(opened.record, openable: true, retention: retention, today: today)
        entries = opened.entries.map { entry in
            var json = Entry(
                id: entry.entry.id.description, kind: entry.entry.kind.rawValue, day: entry.entry.day.iso8601,
                visibleToReporter: entry.entry.kind.reporterSees,
                attachments: entry.attachments.map {
                    Attachment(
                        id: $0.id.description, fileName: $0.description.fileName, contentType: $0.description.contentType,
                        size: $0.description.size, href: "/api/v1/complaints/\(opened.record.id)/attachments/\($0.id)")
                })
            switch entry.content {
            case .report(let report): json.report = report
            case .message(let message): json.text = message.text; json.author = message.authorName
            case .forwarding(let forwarding): json.forwarding = forwarding; json.author = forwarding.authorName
            }
            return json
        }
    }
}

/// The protected statistics as JSON: each figure as its printed text ("12", "<3", "4–6", "—").
struct ComplaintStatisticsJSON: Encodable {
    var fiscalYear: Int
    var total: String
    var categories: [String]
    var months: [String: [String]]
    var monthTotals: [String: String]
    var categoryTotals: [String: String]
    var statuses: [String: [String]]?

    init(_ s: ProtectedComplaintStatistics) {
        fiscalYear = s.fiscalYear.buddhistEra
        total = s.grandTotal.text
        categories = s.categories.map(\.rawValue)
        let monthKeys = s.months.map { "\($0.year)-\($0.month.rawValue < 10 ? "0" : "")\($0.month.rawValue)" }
        months = Dictionary(uniqueKeysWithValues: zip(monthKeys, s.monthCells.map { $0.map(\.text) }))
        monthTotals = Dictionary(uniqueKeysWithValues: zip(monthKeys, s.monthTotals.map(\.text)))
        categoryTotals = Dictionary(uniqueKeysWithValues: zip(s.categories.map(\.rawValue), s.categoryTotals.map(\.text)))
        statuses = s.statusCells.map { cells in Dictionary(uniqueKeysWithValues: zip(s.statuses.map(\.rawValue), cells.map { $0.map(\.text) })) }
    }
}
