import Foundation
import ThaiText
import Workbench

/// One complaint as stored: plaintext metadata that identifies nobody, and the keys that open its
/// sealed parts. Its report, messages and attachments are `ComplaintEntry` and `ComplaintAttachment`.
///
/// Only days are kept, never times of day: a time would let whoever reads the database match a report
/// to the person seen at a computer or counter at that moment.
public struct ComplaintRecord: Codable, Hashable, Sendable {
    public var id: Identifier<ComplaintRecord>
    public var agencyID: Identifier<AgencyRecord>
    /// The first half of the receipt's slow KDF output; the only way from a receipt to its case.
    public var receiptLookup: Data
    public var category: ComplaintCategory
    public var status: ComplaintStatus
    /// The day the report came in (Thai calendar day, Bangkok time).
    public var receivedOn: ThaiDate
    public var statusChangedOn: ThaiDate
    /// The day it was closed; its retention period runs from here.
    public var closedOn: ThaiDate?
    /// The case keys, sealed once for each recipient: officers, the recovery key, the reporter.
    public var keyWraps: [ComplaintKeyWrap]

    public init(
        id: Identifier<ComplaintRecord>, agencyID: Identifier<AgencyRecord>, receiptLookup: Data,
        category: ComplaintCategory, status: ComplaintStatus, receivedOn: ThaiDate, statusChangedOn: ThaiDate,
        closedOn: ThaiDate?, keyWraps: [ComplaintKeyWrap]
    ) {
        self.id = id
        self.agencyID = agencyID
        self.receiptLookup = receiptLookup
        self.category = category
        self.status = status
        self.receivedOn = receivedOn
        self.statusChangedOn = statusChangedOn
        self.closedOn = closedOn
        self.keyWraps = keyWraps
    }

    /// The fiscal year the statistics count the complaint in: the year it was received.
    public var fiscalYear: FiscalYear { receivedOn.yearMonth.fiscalYear }

    /// The wrap for one recipient, when there is one.
    public func wrap(for recipient: ComplaintKeyWrap.Recipient) -> ComplaintKeyWrap? {
        keyWraps.first { $0.recipient == recipient }
    }

    /// A short reference officers can say aloud: the first eight characters of the id.
    public var reference: String { String(id.description.prefix(8)).uppercased() }

    /// What the audit trail keeps of a complaint: metadata only, never content.
    public var auditView: [String: String] {
        [
            "category": category.rawValue, "status": status.rawValue, "receivedOn": receivedOn.iso8601,
            "closedOn": closedOn?.iso8601 ?? "",
        ]
    }

    /// The metadata the statistics count.
    public var summary: ComplaintSummary { ComplaintSummary(category: category, status: status, receivedOn: receivedOn) }
}
