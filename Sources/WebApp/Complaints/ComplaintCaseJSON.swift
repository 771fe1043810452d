import Complaints
import Foundation
import ThaiText

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
